"""Turn files into SourceDocuments: plain text, Markdown, HTML, JSON Lines and CSV.

A reader yields a SourceDocument or a ReadError per document, so one bad row
or file never stops the others.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.ingest.markdown_text import markdown_to_text
from factcheck.records import SourceDocument

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
TITLE_SEARCH_LINES = 5  # a release puts its mark, date and contact above the headline
# Lines at the top of a release that are no title: its mark, its contact, or only a date.
RELEASE_MARK = re.compile(
    r"^(?:for immediate release|news release|press release|media advisory|embargoed\b.*"
    r"|(?:media\s+|press\s+)?contacts?:.*"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}))\W*$",
    re.IGNORECASE,
)
HTML_SUFFIXES = {".html", ".htm"}
ROW_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | ROW_SUFFIXES

HEADER_KEYS = {"title", "source", "url", "publisher", "date", "published", "author", "byline"}
HEADER_LINE = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
NON_BLANK = re.compile(r"\S")
FILENAME_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?=[_\-. ]|$)")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ReadError:
    where: str  # file, or file:line
    message: str


def find_files(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Expand folders recursively; a missing path is an error, an unknown suffix in a folder is passed over."""
    for path in paths:
        if not path.exists():
            yield ReadError(str(path), "no such file or folder")
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                yield ReadError(str(path), "no .txt, .md, .html, .jsonl or .csv files in this folder")
            yield from found
        else:
            yield path


def read_documents(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument | ReadError]:
    loaded = load_text(path, max_bytes)
    if isinstance(loaded, ReadError):
        yield loaded
        return
    text, warning = loaded
    warnings = (warning,) if warning else ()
    suffix = path.suffix.lower()
    if suffix == ".jsonl" or suffix == ".ndjson":
        yield from _jsonl_documents(path, text, warnings)
    elif suffix == ".csv":
        yield from _csv_documents(path, text, warnings)
    elif suffix in HTML_SUFFIXES:
        yield _checked(path, _html_document(path, text, warnings))
    else:
        yield _checked(path, _text_document(path, text, warnings))


def load_text(path: Path, max_bytes: int) -> tuple[str, str | None] | ReadError:
    """The file's text and a decoding warning, or why it cannot be read.

    A function of its own so that the raw bytes are freed before extraction
    starts, rather than living on in the read_documents generator.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return ReadError(str(path), f"file is {_megabytes(size)}, above the {_megabytes(max_bytes)} limit (--max-size)")
        raw = path.read_bytes()
    except OSError as e:
        return ReadError(str(path), f"cannot read: {e.strerror or e}")
    if looks_binary(raw):
        return ReadError(str(path), "binary file, not text")
    return decode(raw)


def _megabytes(size: int) -> str:
    # Binary megabytes, as --max-size counts them; one decimal so that 1.3 MB above a 1 MB limit does not read "1 MB".
    return f"{size / 2**20:.1f} MB".replace(".0 MB", " MB")


def looks_binary(raw: bytes) -> bool:
    return b"\x00" in raw[:8192]


def decode(raw: bytes) -> tuple[str, str | None]:
    """UTF-8 (with or without BOM); otherwise Windows-1252, the usual culprit, with a warning."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    try:
        return raw.decode("cp1252"), f"not valid UTF-8 ({where}); read as Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), f"not valid UTF-8 ({where}); read as Latin-1"


def _checked(path: Path, doc: SourceDocument) -> SourceDocument | ReadError:
    if not doc.text.strip():
        return ReadError(str(path), "empty file: no text to ingest")
    return doc


def _text_document(path: Path, text: str, warnings: tuple[str, ...]) -> SourceDocument:
    meta, body = split_header(text)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        body = markdown_to_text(body)
    first_line = _first_line(body)
    title = meta.get("title") or (first_line.lstrip("# ").strip() if 0 < len(first_line.split()) <= 25 else path.stem)
    return SourceDocument(
        source=str(path.resolve()),
        path=str(path.resolve()),
        url=meta.get("url", "") or (meta.get("source", "") if "://" in meta.get("source", "") else ""),
        title=title,
        publisher=meta.get("publisher", "") or (meta.get("source", "") if "://" not in meta.get("source", "") else ""),
        published=meta.get("date", "") or meta.get("published", "") or date_from_filename(path.name),
        text=body,
        warnings=warnings,
    )


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A leading block of `key: value` lines (title, source, url, publisher, date) ending at a blank line."""
    meta: dict[str, str] = {}
    consumed = 0
    for line in _lines(text):
        if not line.strip():
            if meta:
                consumed += len(line)
            break
        match = HEADER_LINE.match(line)
        if not match or match.group(1).lower() not in HEADER_KEYS:
            return {}, text
        meta[match.group(1).lower()] = match.group(2)
        consumed += len(line)
    else:
        return {}, text  # a file of only key: value lines has no body to speak of
    return meta, text[consumed:]


def _first_line(text: str, limit: int = 1000) -> str:
    """The first non-blank line that can be a title ("FOR IMMEDIATE RELEASE" cannot), or "" when it is too
    long to be one (a file can be one line of 50 MB)."""
    at = 0
    for _ in range(TITLE_SEARCH_LINES):
        found = NON_BLANK.search(text, at)
        if not found:
            return ""
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.start())
        end = len(text) if end < 0 else end
        line = text[start:end].strip() if end - start <= limit else ""
        if not RELEASE_MARK.match(line):
            return line
        at = end
    return ""


def _lines(text: str) -> Iterator[str]:
    """Lines with their ends, one at a time: only the first few are wanted, and a file can hold millions."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def date_from_filename(name: str) -> str:
    match = FILENAME_DATE.match(name)
    if not match or not 1900 <= int(match.group(1)) <= 2100:
        return ""
    return "-".join(part for part in match.groups() if part)


def _html_document(path: Path, text: str, warnings: tuple[str, ...]) -> SourceDocument:
    from factcheck.ingest.html_text import html_to_document  # bs4 is only needed for HTML

    page = html_to_document(text)
    return SourceDocument(
        source=str(path.resolve()),
        path=str(path.resolve()),
        url=page.url,
        title=page.title or path.stem,
        publisher=page.publisher,
        published=page.published or date_from_filename(path.name),
        text=page.text,
        warnings=warnings,
    )


def _row_document(path: Path, number: int, row: dict) -> SourceDocument | ReadError:
    where = f"{path}:{number}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(where, "row has no text")
    url = str(row.get("url") or "")
    return SourceDocument(
        source=f"{path.resolve()}#{number}",
        path=f"{path.resolve()}#{number}",
        url=url,
        title=str(row.get("title") or ""),
        publisher=str(row.get("publisher") or ""),
        published=str(row.get("date") or row.get("published") or ""),
        text=text,
    )


def _jsonl_documents(path: Path, text: str, warnings: tuple[str, ...]) -> Iterator[SourceDocument | ReadError]:
    rows = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        rows += 1
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadError(f"{path}:{number}", f"malformed JSON ({e.msg})")
            continue
        if not isinstance(row, dict):
            yield ReadError(f"{path}:{number}", "expected a JSON object with a text field")
            continue
        yield _with_warnings(_row_document(path, number, row), warnings)
    if rows == 0:
        yield ReadError(str(path), "empty file: no rows")


def _csv_documents(path: Path, text: str, warnings: tuple[str, ...]) -> Iterator[SourceDocument | ReadError]:
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(text.splitlines(keepends=True))
    try:
        fields = [f.strip().lower() for f in reader.fieldnames or []]
    except csv.Error as e:
        yield ReadError(str(path), f"malformed CSV ({e})")
        return
    if not fields:
        yield ReadError(str(path), "empty file: no header row")
        return
    if "text" not in fields:
        yield ReadError(str(path), f"CSV has no text column (columns: {', '.join(fields)})")
        return
    try:
        for row in reader:
            number = reader.line_num
            clean = {(k or "").strip().lower(): v for k, v in row.items()}
            yield _with_warnings(_row_document(path, number, clean), warnings)
    except csv.Error as e:
        yield ReadError(f"{path}:{reader.line_num}", f"malformed CSV ({e})")


def _with_warnings(doc: SourceDocument | ReadError, warnings: tuple[str, ...]) -> SourceDocument | ReadError:
    if isinstance(doc, ReadError) or not warnings:
        return doc
    return SourceDocument(**{**doc.__dict__, "warnings": warnings})
