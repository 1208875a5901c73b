// Browser test of a site built by "mdoc site": serves it on 127.0.0.1, opens
// the front page in headless Chromium (driven by playwright-core), searches
// for "socketpair", follows the hit, then follows a .Xr link to pipe(2) or
// socket(2), asserting on what each page shows.
//
// usage: node browser_test.mjs SITE_DIR
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] || '.');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}
function check(condition, message) {
  if (!condition) fail(message);
  console.log(`ok: ${message}`);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(data);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto(`${base}/index.html`);
  check(await page.title() === 'Manual pages', 'front page title');
  await page.fill('form.search input[type=search]', 'socketpair');
  const hit = page.locator('ul.search-results a.search-hit').first();
  await hit.waitFor({ timeout: 10000 });
  const hitText = await hit.textContent();
  check(hitText.startsWith('socketpair'), `first search hit is socketpair (got "${hitText}")`);
  const status = await page.locator('.search-status').textContent();
  check(/page(s)? found/.test(status), `search status says how many pages were found ("${status}")`);

  await Promise.all([page.waitForURL(/socketpair\.2\.html$/), hit.click()]);
  check(await page.locator('h1#NAME').isVisible(), 'socketpair page shows the NAME section');
  const nd = await page.locator('.Nd').first().textContent();
  check(nd.includes('create a pair of connected sockets'), 'the description is shown');
  check(await page.locator('section:has(> h1#ERRORS) dl.Bl-tag > dt[id]').count() === 5,
        'the ERRORS list shows five tagged entries');
  check(await page.locator('td.head-ltitle').textContent() === 'SOCKETPAIR(2)', 'header line shows SOCKETPAIR(2)');
  // The stylesheet applies: headings are not in the browser default serif font.
  const font = await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
  check(!/^"?Times/.test(font), `the site style sheet is applied (font-family ${font})`);

  const xr = page.locator('a.Xr[href]').filter({ hasText: /^(pipe|socket)\(2\)$/ }).first();
  check(await xr.count() === 1, 'a resolved link to pipe(2) or socket(2) is present');
  const target = (await xr.textContent()).replace('(2)', '');
  await Promise.all([page.waitForURL(new RegExp(`${target}\\.2\\.html$`)), xr.click()]);
  const header = await page.locator('td.head-ltitle').textContent();
  check(header === `${target.toUpperCase()}(2)`, `followed .Xr to ${target}(2) (header ${header})`);
  check(await page.locator('h1#SYNOPSIS').isVisible(), `${target}(2) shows its SYNOPSIS`);

  // Unresolved references are plain text, not broken links.
  const dangling = await page.locator('a.Xr[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  check(dangling.every((h) => /^(\.\.\/man[^/]+\/)?[^/]+\.html$/.test(h)), 'every .Xr link is a relative page URL');

  // Pressing Enter in the search box of a page goes to the best hit.
  await page.goto(`${base}/index.html`);
  await page.locator('form.search input[type=search]').fill('pipe');
  await page.waitForSelector('ul.search-results a.search-hit');
  await Promise.all([page.waitForURL(/pipe\.2\.html$/), page.keyboard.press('Enter')]);
  check(true, 'Enter in the search box opens the best hit (pipe)');

  check(errors.length === 0, `no script errors (${errors.join('; ')})`);
} finally {
  await browser.close();
  server.close();
}
