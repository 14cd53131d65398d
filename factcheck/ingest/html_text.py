"""Visible text and metadata of an HTML page: no scripts, styles or navigation.

One pass of the standard library's HTMLParser with a stack of open elements,
in time linear in the page: building a tree and editing it node by node (as
BeautifulSoup did here) took seconds for 10,000 nested elements and never
finished for 100,000 unclosed ones. The rules are BeautifulSoup's with
html.parser: an end tag closes the elements opened since its start tag, an
end tag with no open start tag is ignored, nothing is closed implicitly.

The text is that of the first <article>, else the first <main>, else <body>,
else the whole page, each block element on its own line.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

INVISIBLE = frozenset(
    ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
)
BLOCKS = frozenset(
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "tr", "br", "figcaption", "pre"]
)
LIST_ITEM = frozenset(["li"])
CELLS = frozenset(["td", "th"])
VOID = frozenset(
    ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link",
     "menuitem", "meta", "param", "source", "spacer", "track", "wbr"]
)
REGIONS = ("article", "main", "body")  # the text comes from the first of these the page has
TITLE_META = [("property", "og:title"), ("name", "twitter:title"), ("name", "title")]
DATE_META = [
    ("property", "article:published_time"),
    ("name", "date"),
    ("name", "pubdate"),
    ("name", "publish-date"),
    ("name", "dc.date"),
    ("itemprop", "datePublished"),
]
PUBLISHER_META = [("property", "og:site_name"), ("name", "publisher"), ("name", "application-name")]


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str = ""
    published: str = ""
    publisher: str = ""
    url: str = ""


def html_to_document(html: str) -> HtmlPage:
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    title = _meta(parser.metas, TITLE_META) or " ".join(part for part in (p.strip() for p in parser.title) if part)
    published = _meta(parser.metas, DATE_META) or parser.time
    url = _meta(parser.metas, [("property", "og:url")]) or parser.canonical
    chosen = next((parser.text[r] for r in REGIONS if parser.state[r] != _BEFORE), parser.text["page"])
    lines = (" ".join(line.split()) for line in "".join(chosen).split("\n"))
    text = "\n".join(line for line in lines if line)
    return HtmlPage(
        text=text, title=title.strip(), published=published[:10], publisher=_meta(parser.metas, PUBLISHER_META), url=url
    )


_BEFORE, _INSIDE, _DONE = 0, 1, 2


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []  # (tag, the region it opened)
        self.open = Counter()  # how many of each tag are open: an unmatched end tag costs no search
        self.hidden = 0  # invisible elements open
        self.state = {r: _BEFORE for r in REGIONS}
        self.text: dict[str, list[str]] = {r: [] for r in (*REGIONS, "page")}
        self.metas: dict[tuple[str, str], str] = {}  # first non-empty content per (attribute, value)
        self.title: list[str] = []
        self.in_title = False
        self.title_done = False
        self.time = ""
        self.canonical = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)
        if tag in VOID:
            if tag in BLOCKS:
                self._emit("\n")
            return
        if tag in BLOCKS:
            self._emit("\n")
        if tag in LIST_ITEM:
            self._emit("- ")  # the item stays a list item: a party's list of demands is read as one
        elif tag in CELLS:
            self._emit(" ")  # "Nurses" and "150 more" in two cells are two words, not "Nurses150"
        opened = None
        if tag in INVISIBLE:
            self.hidden += 1
        elif not self.hidden and tag in self.state and self.state[tag] == _BEFORE:
            self.state[tag], opened = _INSIDE, tag
        if tag == "title" and not self.title_done:
            self.in_title = True
        self.stack.append((tag, opened))
        self.open[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)
        if tag in BLOCKS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if not self.open[tag]:
            return
        while self.stack:
            name, opened = self.stack.pop()
            self.open[name] -= 1
            if name in INVISIBLE:
                self.hidden -= 1
            if opened:
                self.state[opened] = _DONE
            if name == "title" and self.in_title:
                self.in_title, self.title_done = False, True
            if name in BLOCKS:
                self._emit("\n")
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        self._emit(data)

    def unknown_decl(self, data: str) -> None:
        if data.startswith("CDATA["):
            self._emit(data[6:])

    def _emit(self, text: str) -> None:
        if self.hidden:
            return
        self.text["page"].append(text)
        for region, state in self.state.items():
            if state == _INSIDE:
                self.text[region].append(text)

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Metadata from any element, visible or not: meta tags, <time datetime>, <link rel=canonical>."""
        if tag == "meta":
            values = dict(attrs)
            content = (values.get("content") or "").strip()
            if content:
                for name, value in attrs:
                    if value is not None:
                        self.metas.setdefault((name, value), content)
        elif tag == "time" and not self.time:
            self.time = next((v for k, v in attrs if k == "datetime" and v is not None), "")
        elif tag == "link" and not self.canonical:
            values = dict(attrs)
            if "canonical" in (values.get("rel") or "").split() and values.get("href"):
                self.canonical = values["href"] or ""


def _meta(metas: dict[tuple[str, str], str], keys: list[tuple[str, str]]) -> str:
    for key in keys:
        if key in metas:
            return metas[key]
    return ""
