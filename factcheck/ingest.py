"""Ingest: files in, documents and their claims stored, one transaction per document."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import claims
from claims.model import Parties
from factcheck.readers import DEFAULT_MAX_BYTES, ReadError, find_files, read_documents
from factcheck.records import SourceDocument
from factcheck.store import Store, content_hash


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
    on_file: Callable[[Path | ReadError], None] | None = None,
    on_problem: Callable[[ReadError, bool], None] | None = None,
) -> IngestReport:
    """Ingest files and folders; bad files are reported and passed over, the rest still go in.

    ``on_file`` is called once per file found (for progress); ``on_problem``
    with each error (True) or warning (False) as it happens.
    """
    report = IngestReport()

    def problem(item: ReadError, is_error: bool) -> None:
        (report.errors if is_error else report.warnings).append(item)
        if on_problem:
            on_problem(item, is_error)

    files = list(find_files(paths))
    for item in files:
        if isinstance(item, ReadError):
            problem(item, True)
        else:
            for doc in read_documents(item, max_bytes=max_bytes):
                if isinstance(doc, ReadError):
                    problem(doc, True)
                else:
                    for warning in doc.warnings:
                        problem(ReadError(doc.source, warning), False)
                    ingest_document(store, doc, parties, report)
        if on_file:
            on_file(item)
    return report


def ingest_document(store: Store, doc: SourceDocument, parties: Parties | None, report: IngestReport) -> None:
    if store.document_by_hash(content_hash(doc.text)) is not None:
        report.skipped += 1
        return
    extracted = claims.extract(doc.text, parties=parties, publisher=doc.publisher or None, title=doc.title or None)
    outcome, _ = store.save_document(doc, extracted)
    if outcome == "skipped":
        report.skipped += 1
        return
    setattr(report, outcome, getattr(report, outcome) + 1)
    report.claims += len(extracted)
