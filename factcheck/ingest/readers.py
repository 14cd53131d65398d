"""Turn files into SourceDocuments: plain text, Markdown, HTML, JSON Lines and CSV.

A reader yields a SourceDocument or a ReadError per document, so one bad row
or file never stops the others.
"""
from __future__ import annotations

import csv
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcheck.files import FileProblem, not_regular, read_limited
from factcheck.ingest.markdown_text import markdown_to_text
from factcheck.jsonl import numbered_lines, parse_row
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
# `key: value` with a lowercase key; the value is stripped in Python (a pattern `(.*?)\s*$` is quadratic in spaces).
HEADER_LINE = re.compile(r"[ \t]*([a-z][a-z0-9_]*)[ \t]*:(.*)")
# A row's date: ISO 8601 (2024, 2024-03, 2024-03-01, with a time) or written out (March 1, 2024; 1 March 2024).
ROW_DATE = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
    r"|(?:\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \w{3,9}\.? \d{4})",
    re.ASCII,
)
NON_BLANK = re.compile(r"\S")
FILENAME_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?=[_\-. ]|$)")
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ReadError:
    where: str  # file, or file:line
    message: str


def find_files(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Expand folders recursively; a missing path, an unreadable folder or anything that is not a regular
    file (a FIFO, a device, a socket) is an error; an unknown suffix in a folder is passed over."""
    for path in paths:
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            yield ReadError(str(path), "no such file or folder")
            continue
        except OSError as e:
            yield ReadError(str(path), f"cannot read: {e.strerror or e}")
            continue
        if stat.S_ISDIR(mode):
            yield from _folder_files(path)
        elif stat.S_ISREG(mode):
            yield path
        else:
            yield ReadError(str(path), not_regular(mode))


def _folder_files(folder: Path) -> Iterator[Path | ReadError]:
    """The folder's files with a known suffix, sorted, and a line for each subfolder or file that cannot be read.

    os.walk rather than Path.rglob, which passes over an unreadable subfolder in silence. Links to folders
    are not followed (as rglob does not), so a link loop cannot run forever.
    """
    found: list[Path] = []
    problems: list[ReadError] = []

    def unreadable(e: OSError) -> None:
        problems.append(ReadError(str(e.filename or folder), f"cannot read folder: {e.strerror or e}"))

    for parent, _, names in os.walk(folder, onerror=unreadable):
        for name in names:
            path = Path(parent, name)
            if path.suffix.lower() not in SUFFIXES:
                continue
            try:
                mode = path.stat().st_mode
            except OSError:
                continue  # a dangling link: nothing there to read
            if stat.S_ISREG(mode):
                found.append(path)
            elif not stat.S_ISDIR(mode):
                problems.append(ReadError(str(path), not_regular(mode)))
    if not found and not problems:
        yield ReadError(str(folder), "no .txt, .md, .html, .jsonl or .csv files in this folder")
    yield from sorted(problems, key=lambda problem: problem.where)
    yield from sorted(found)


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
        raw = read_limited(path, max_bytes)
    except FileProblem as e:
        return ReadError(str(path), str(e))
    decoded = decode(raw)
    if isinstance(decoded, str):
        return ReadError(str(path), decoded)
    return decoded


def looks_binary(raw: bytes) -> bool:
    """Control bytes a text file does not hold, in the first 8 KB (a NUL alone is named as such by decode)."""
    head = raw[:8192]
    controls = len(head) - len(head.translate(None, BINARY_BYTES))
    return controls > len(head) // 100 + 1


BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
UTF8_BOM = b"\xef\xbb\xbf"


def decode(raw: bytes) -> tuple[str, str | None] | str:
    """(text, warning), or why the bytes are no text.

    UTF-8 (with or without BOM); UTF-16 and UTF-32 with their BOM; otherwise
    Windows-1252, the usual culprit, with a warning. A NUL byte in text that
    is otherwise fine is named, not taken for a binary file.
    """
    for bom, codec in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec), None
            except UnicodeDecodeError as e:
                return f"not valid {codec.upper()[:6]} (byte {e.start + len(bom)}), though it starts with its byte order mark"
    if looks_binary(raw):
        return "binary file, not text"
    nul = raw.find(b"\x00")
    if nul >= 0:
        return f"a NUL byte at byte {nul}: not plain text (remove it, or save the file as UTF-8 text)"
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    if raw.startswith(UTF8_BOM):  # a UTF-8 BOM on a file then edited in Windows-1252: the BOM is no text
        raw = raw[len(UTF8_BOM):]
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
    """A leading block of `key: value` lines ending at a blank line: every line a lowercase key and its value,
    at least one key known (title, source, url, publisher, date, ...). Known keys are kept, others
    (`note:`, `tags:`) passed over."""
    meta: dict[str, str] = {}
    known = False
    consumed = 0
    for _, line in numbered_lines(text, keepends=True):
        if not line.strip():
            if meta:
                consumed += len(line)
            break
        match = HEADER_LINE.match(line)
        if not match:
            return {}, text
        key = match.group(1)
        if key in HEADER_KEYS:
            known = True
            meta[key] = match.group(2).strip()
        consumed += len(line)
    else:
        return {}, text  # a file of only key: value lines has no body to speak of
    if not known:
        return {}, text
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


def date_from_filename(name: str) -> str:
    match = FILENAME_DATE.match(name)
    if not match or not 1900 <= int(match.group(1)) <= 2100:
        return ""
    return "-".join(part for part in match.groups() if part)


def _html_document(path: Path, text: str, warnings: tuple[str, ...]) -> SourceDocument:
    from factcheck.ingest.html_text import html_to_document

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
    date = row.get("date") or row.get("published") or ""
    if not (isinstance(date, str) and (not date.strip() or ROW_DATE.fullmatch(date.strip()))):
        shown = date if isinstance(date, str) else type(date).__name__
        return ReadError(where, f"date {shown[:40]!r} is not a date (use 2024-03-01)")
    return SourceDocument(
        source=f"{path.resolve()}#{number}",
        path=f"{path.resolve()}#{number}",
        url=url,
        title=str(row.get("title") or ""),
        publisher=str(row.get("publisher") or ""),
        published=date.strip(),
        text=text,
    )


def _jsonl_documents(path: Path, text: str, warnings: tuple[str, ...]) -> Iterator[SourceDocument | ReadError]:
    rows = 0
    for number, line in numbered_lines(text):
        if not line.strip():
            continue
        rows += 1
        row, wrong = parse_row(line)
        if wrong:
            yield ReadError(f"{path}:{number}", f"malformed JSON ({wrong})")
        elif not isinstance(row, dict):
            yield ReadError(f"{path}:{number}", "expected a JSON object with a text field")
        else:
            yield _with_warnings(_row_document(path, number, row), warnings)
    if rows == 0:
        yield ReadError(str(path), "empty file: no rows")


def _csv_documents(path: Path, text: str, warnings: tuple[str, ...]) -> Iterator[SourceDocument | ReadError]:
    """One document per row, read strictly: a stray quote or a row with the wrong number of fields is an error
    on its line, and reading starts again on the next line, so an unclosed quote cannot swallow the rows after it."""
    csv.field_size_limit(2**31 - 1)
    if "\n" not in text:  # old Mac line ends: one "\r" per row
        text = text.replace("\r", "\n")
    lines = _LineSource(text)
    try:
        header = next(csv.reader(lines, strict=True), [])
    except csv.Error as e:
        yield ReadError(str(path), f"malformed CSV ({e})")
        return
    fields = [f.strip().lower() for f in header]
    if not fields:
        yield ReadError(str(path), "empty file: no header row")
        return
    if "text" not in fields:
        yield ReadError(str(path), f"CSV has no text column (columns: {', '.join(fields)})")
        return
    reader = csv.reader(lines, strict=True)
    while True:
        start, number = lines.position, lines.number + 1
        try:
            row = next(reader, None)
            if row is None:
                return
            if row and len(row) != len(fields):
                raise csv.Error(f"row has {len(row)} fields, the header has {len(fields)}; quote a text that holds commas")
        except csv.Error as e:
            yield ReadError(f"{path}:{number}", f"malformed CSV ({e})")
            lines.restart_after_line(start, number)  # the next line may begin a well-formed row
            reader = csv.reader(lines, strict=True)
            continue
        if row:
            yield _with_warnings(_row_document(path, number, dict(zip(fields, row))), warnings)


class _LineSource:
    """The "\n"-ended lines of a text for csv.reader, which can be sent back to the line after a bad row's first."""

    def __init__(self, text: str):
        self.text = text
        self.position = 0
        self.number = 0

    def __iter__(self) -> "_LineSource":
        return self

    def __next__(self) -> str:
        if self.position >= len(self.text):
            raise StopIteration
        end = self.text.find("\n", self.position)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.position:end]
        self.position, self.number = end, self.number + 1
        return line

    def restart_after_line(self, start: int, number: int) -> None:
        end = self.text.find("\n", start)
        self.position = len(self.text) if end < 0 else end + 1
        self.number = number


def _with_warnings(doc: SourceDocument | ReadError, warnings: tuple[str, ...]) -> SourceDocument | ReadError:
    if isinstance(doc, ReadError) or not warnings:
        return doc
    return SourceDocument(**{**doc.__dict__, "warnings": warnings})
