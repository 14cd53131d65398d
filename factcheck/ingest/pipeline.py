"""Ingest: files in, documents and their claims stored, one transaction per document."""
from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import claims
from claims.model import Claim, KnownOrganisations, Parties
from factcheck.ingest.readers import DEFAULT_MAX_BYTES, ReadError, find_files, read_documents
from factcheck.records import SourceDocument
from factcheck.store import Store, content_hash

# Above this many characters a document is extracted in pieces (see extract_claims).
PIECE_CHARS = 1_000_000


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    claims: int = 0
    errors: list[ReadError] = field(default_factory=list)
    warnings: list[ReadError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        changed = f", {self.replaced} replaced" if self.replaced else ""
        return (
            f"{self.added} documents added{changed}, {self.skipped} skipped (unchanged), "
            f"{self.failed} failed; {self.claims} claims extracted"
        )


def ingest_paths(
    store: Store,
    paths: list[Path],
    parties: Parties | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
    on_problem: Callable[[ReadError, bool], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; bad files are reported and passed over, the rest still go in."""
    return ingest_found(store, list(find_files(paths)), parties, max_bytes, on_file, on_problem)


def ingest_found(
    store: Store,
    found: list[Path | ReadError],
    parties: Parties | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
    on_problem: Callable[[ReadError, bool], None] | None = None,
) -> IngestReport:
    """Ingest what find_files found (so a caller can count it first for a progress bar).

    ``on_file`` is called once per file done; ``on_problem`` with each error
    (True) or warning (False) as it happens.
    """
    report = IngestReport()

    def problem(item: ReadError, is_error: bool) -> None:
        (report.errors if is_error else report.warnings).append(item)
        if on_problem:
            on_problem(item, is_error)

    taught = organisations_taught(found, parties, max_bytes)
    known = KnownOrganisations.agreed({**store.organisations_taught(), **taught}.values())
    for item in found:
        if isinstance(item, ReadError):
            problem(item, True)
            continue
        for doc in read_documents(item, max_bytes=max_bytes):
            if isinstance(doc, ReadError):
                problem(doc, True)
            else:
                for warning in doc.warnings:
                    problem(ReadError(doc.source, warning), False)
                ingest_document(store, doc, parties, report, known, taught.get(content_hash(doc.text)))
        if on_file:
            on_file(item)
    return report


def organisations_taught(found: list[Path | ReadError], parties: Parties | None,
                         max_bytes: int) -> dict[str, KnownOrganisations]:
    """What each document to ingest shows to be an employer or a union, by content hash, read before any is
    extracted: with what the stored documents showed, the names they agree on serve every article of the batch,
    the first as much as the last (unchanged ones, skipped later, teach too)."""
    return {
        content_hash(doc.text): claims.organisations_taught(doc.text[:PIECE_CHARS], parties, doc.publisher or None,
                                                            doc.title or None)
        for item in found if not isinstance(item, ReadError)
        for doc in read_documents(item, max_bytes=max_bytes) if not isinstance(doc, ReadError)
    }


def ingest_document(store: Store, doc: SourceDocument, parties: Parties | None, report: IngestReport,
                    known: KnownOrganisations | None = None, taught: KnownOrganisations | None = None) -> None:
    if store.document_by_hash(content_hash(doc.text)) is not None:
        report.skipped += 1
        return
    # Extraction happens before save_document takes the write lock, so reviewers never wait on it.
    extracted = extract_claims(doc, parties, known)
    outcome, _ = store.save_document(doc, extracted, taught)
    if outcome == "skipped":
        report.skipped += 1
        return
    setattr(report, outcome, getattr(report, outcome) + 1)
    report.claims += len(extracted)


def extract_claims(doc: SourceDocument, parties: Parties | None,
                   known: KnownOrganisations | None = None) -> Sequence[Claim] | SpooledClaims:
    """The document's claims; a very large document is read in pieces and its claims kept on disk.

    A news article is a few kilobytes. A file of tens of megabytes (a dump, a
    book) would otherwise hold every claim object in memory at once; in pieces
    cut at paragraph breaks, memory stays bounded by one piece's claims.
    """
    options = {"parties": parties, "publisher": doc.publisher or None, "title": doc.title or None, "known": known}
    if len(doc.text) <= PIECE_CHARS:
        return claims.extract(doc.text, **options)
    spool = SpooledClaims()
    for offset, piece in pieces(doc.text, PIECE_CHARS):
        for claim in claims.extract(piece, **options):
            spool.append(replace(claim, start=claim.start + offset, end=claim.end + offset, position=len(spool)))
    return spool


def pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """(offset, piece) of about `size` characters, cut at a paragraph break, else a line break, else a space."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            for mark in ("\n\n", "\n", " "):
                cut = text.rfind(mark, start + size // 2, end)
                if cut > 0:
                    end = cut + len(mark)
                    break
        yield start, text[start:end]
        start = end


class SpooledClaims:
    """Claims pickled to a temporary file as they come, read back one at a time in order."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._count = 0

    def append(self, claim: Claim) -> None:
        pickle.dump(claim, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Claim]:
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)

    def __del__(self) -> None:
        self._file.close()
