#!/usr/bin/env python3
"""The visible text of an HTML page, for comparing our output with mandoc's.

Only <body> counts (the <head> holds our own style sheet).  Tags are dropped;
block-level tags (and <br>) count as whitespace so that the comparison does
not depend on where a renderer breaks lines; entities are decoded; runs of
whitespace, the no-break space included, collapse to one space.
"""
import html.parser
import re
import sys

BLOCK = {
    "address", "article", "aside", "blockquote", "br", "caption", "cite", "dd", "div", "dl", "dt",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
}
SKIP = {"style", "script", "head", "title", "nav"}


class _TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.skip == 0 and self.in_body:
            self.parts.append(data)


def visible_text(document: str) -> str:
    parser = _TextOf()
    parser.feed(document)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8", errors="replace") as f:
            print(visible_text(f.read()))
