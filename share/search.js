// search.js: the search box of a site built by "mdoc site".
//
// The page holds <form class="search"> with an <input type="search"> and an
// empty <ul class="search-results">; <script data-root="../"> tells where the
// site's root is relative to this page.  The index, search.json, is a list of
// {n: names, s: section, d: description, u: URL relative to the root}.
// Results are ranked: the page's own name, another of its names, a name
// prefix, a name substring, the description.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = document.querySelector("ul.search-results");
  var status = document.querySelector(".search-status");
  var index = null;
  var maxResults = 50;

  function setStatus(text) { if (status) status.textContent = text; }

  // The first name is the page's own (its file); the others come from its
  // NAME section, which pages installed under several names share.
  function score(entry, q) {
    var best = 0;
    for (var i = 0; i < entry.n.length; i++) {
      var name = entry.n[i].toLowerCase();
      if (name === q) return i === 0 ? 5 : 4;
      if (name.indexOf(q) === 0) best = Math.max(best, 3);
      else if (name.indexOf(q) >= 0) best = Math.max(best, 2);
    }
    if (best === 0 && entry.d.toLowerCase().indexOf(q) >= 0) best = 1;
    return best;
  }

  function search(query) {
    var q = query.trim().toLowerCase();
    if (!q || !index) return [];
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], q);
      if (s > 0) hits.push({ entry: index[i], score: s });
    }
    hits.sort(function (a, b) {
      if (a.score !== b.score) return b.score - a.score;
      var an = a.entry.n[0], bn = b.entry.n[0];
      if (an.length !== bn.length) return an.length - bn.length;
      return an < bn ? -1 : an > bn ? 1 : a.entry.s < b.entry.s ? -1 : 1;
    });
    return hits;
  }

  // Results are built with DOM calls, never innerHTML: descriptions are page text.
  function show(query) {
    if (!list) return;
    while (list.firstChild) list.removeChild(list.firstChild);
    var hits = search(query);
    if (!query.trim()) { setStatus(""); return; }
    setStatus(hits.length === 0 ? "No pages found." :
              hits.length + (hits.length === 1 ? " page found." : " pages found."));
    for (var i = 0; i < hits.length && i < maxResults; i++) {
      var e = hits[i].entry;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + e.u;
      a.className = "search-hit";
      a.textContent = e.n.join(", ") + "(" + e.s + ")";
      var desc = document.createElement("span");
      desc.className = "desc";
      desc.textContent = " \u2014 " + e.d;
      li.appendChild(a);
      li.appendChild(desc);
      list.appendChild(li);
    }
  }

  form.addEventListener("submit", function (event) {
    var hits = search(input.value);
    if (hits.length > 0) {
      event.preventDefault();
      window.location.href = root + hits[0].entry.u;
    } else if (index) {
      event.preventDefault();
      show(input.value);
    }
  });
  input.addEventListener("input", function () { show(input.value); });

  setStatus("Loading the index\u2026");
  fetch(root + "search.json")
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (data) {
      index = data;
      setStatus("");
      var q = new URLSearchParams(window.location.search).get("q");
      if (q && !input.value) input.value = q;
      if (input.value) show(input.value);
    })
    .catch(function () { setStatus("The search index could not be loaded."); });
})();
