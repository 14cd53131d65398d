"""factcheck: extract the claims of articles about a dispute, pair opposing claims, review them, report.

The library's front door. Everything the command line does goes through these names::

    from factcheck import Store, ingest_paths, run_pairing, search_claims, build_report, render

Names are imported on first use, so that `factcheck --help` and the review loop start fast.
"""
from __future__ import annotations

import importlib

_WHERE = {
    "Store": "factcheck.store",
    "open_store": "factcheck.store",
    "ingest_paths": "factcheck.ingest.pipeline",
    "run_pairing": "factcheck.pairing.stage",
    "search_claims": "factcheck.search",
    "build_report": "factcheck.report",
    "render": "factcheck.report",
    "final_label": "factcheck.labels.final",
    "final_labels": "factcheck.labels.final",
    "Label": "factcheck.records",
    "FactcheckError": "factcheck.errors",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
