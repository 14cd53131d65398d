"""Visible text and metadata of an HTML page: no scripts, styles or navigation."""
from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup

INVISIBLE = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"]
BLOCKS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "tr", "br", "figcaption", "pre"]
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
    soup = BeautifulSoup(html, "html.parser")
    title = _meta(soup, TITLE_META) or (soup.title.get_text(" ", strip=True) if soup.title else "")
    published = _meta(soup, DATE_META)
    if not published:
        time = soup.find("time", attrs={"datetime": True})
        published = str(time["datetime"]) if time else ""
    publisher = _meta(soup, PUBLISHER_META)
    url = _meta(soup, [("property", "og:url")])
    if not url:
        link = soup.find("link", attrs={"rel": "canonical", "href": True})
        url = str(link["href"]) if link else ""
    for tag in soup(INVISIBLE):
        tag.decompose()
    body = soup.find("article") or soup.find("main") or soup.body or soup
    for tag in body.find_all(BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in body.get_text().splitlines())
    text = "\n".join(line for line in lines if line)
    return HtmlPage(text=text, title=title.strip(), published=published[:10], publisher=publisher.strip(), url=url)


def _meta(soup: BeautifulSoup, keys: list[tuple[str, str]]) -> str:
    for attr, name in keys:
        tag = soup.find("meta", attrs={attr: name, "content": True})
        if tag and str(tag["content"]).strip():
            return str(tag["content"]).strip()
    return ""
