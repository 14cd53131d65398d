"""Moving label events between databases as JSON Lines.

A pair is named by the content of its two claims (their sha256), not by its
id, because ids differ between databases built from the same documents. The
documents' hashes travel too, only to tell apart pairs whose claim texts recur
in several documents.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.files import FileProblem, read_limited
from factcheck.jsonl import numbered_lines, parse_row
from factcheck.records import Label
from factcheck.store import NewLabelEvent, PairContent

MAX_IMPORT_BYTES = 2**31  # far above any export (a label event is a few hundred bytes), far below memory trouble


@dataclass
class ImportResult:
    added: int = 0
    already_there: int = 0
    unmatched: list[dict] = field(default_factory=list)


def _pair_key(content: PairContent) -> list[dict]:
    ends = sorted([(content.claim_a, content.document_a), (content.claim_b, content.document_b)])
    return [{"claim": h, "document": d} for h, d in ends]


def export_events(store) -> list[dict]:
    """Every label event, oldest first, with its pair named by content."""
    contents = {c.pair_id: c for c in store.pair_contents()}
    return [
        {
            "pair": _pair_key(contents[e.pair_id]),
            "label": e.label,
            "reviewer": e.reviewer,
            "note": e.note,
            "adjudication": e.adjudication,
            "created_at": e.created_at,
        }
        for e in store.label_events()
        if e.pair_id in contents
    ]


def write_jsonl(path: Path, events: list[dict], force: bool = False, database: str | Path | None = None) -> None:
    """Write the events whole or not at all, never over the database or a file that is not a label export."""
    from factcheck.output import write_output

    text = "".join(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n" for event in events)
    write_output(path, text, "labels", force=force, database=database)


def read_jsonl(path: Path) -> list[dict]:
    """Parse and check the whole file first, so a bad line imports nothing."""
    if not path.exists():
        raise FactcheckError(f"{path}: file not found")
    try:
        text = read_limited(path, MAX_IMPORT_BYTES, option="").decode("utf-8-sig")
    except FileProblem as e:
        raise FactcheckError(f"{path}: {e}") from None
    except UnicodeDecodeError:
        raise FactcheckError(f"{path}: not a UTF-8 text file") from None
    events = []
    for number, line in numbered_lines(text):
        if not line.strip():
            continue
        event, wrong = parse_row(line)
        if wrong:
            raise FactcheckError(f"{path}:{number}: not valid JSON ({wrong})")
        problem = _problem(event)
        if problem:
            raise FactcheckError(f"{path}:{number}: not a label event: {problem}")
        events.append(event)
    return events


def _problem(event) -> str:
    if not isinstance(event, dict):
        return "expected a JSON object"
    pair = event.get("pair")
    if not (
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(end, dict) and isinstance(end.get("claim"), str) for end in pair)
    ):
        return '"pair" must list two claims, each {"claim": sha256, "document": sha256}'
    try:
        Label.parse(str(event.get("label")))
    except FactcheckError as e:
        return str(e)
    for name in ("reviewer", "note", "created_at"):
        if not isinstance(event.get(name, ""), str):
            return f'"{name}" must be a string'
    if not event.get("created_at"):
        return '"created_at" is missing'
    if not _is_timestamp(event["created_at"]):
        return '"created_at" must be an ISO 8601 timestamp (2024-03-01T12:00:00+00:00)'
    if not isinstance(event.get("adjudication", False), bool):
        return '"adjudication" must be true or false'
    return ""


def _is_timestamp(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def import_events(store, events: list[dict]) -> ImportResult:
    """Add the events not already stored, in file order, in one transaction.

    Duplicates are counted as a multiset so that importing a file twice adds
    nothing, yet two identical events in one file both survive a round trip.
    """
    result = ImportResult()
    with store.transaction():
        pairs_by_content = _pairs_by_content(store.pair_contents())
        stored = Counter(_identity(e.pair_id, _event_fields(e)) for e in store.label_events())
        seen: Counter = Counter()
        rows = []
        for event in events:
            pair_id = _match(pairs_by_content, event["pair"])
            if pair_id is None:
                result.unmatched.append(event)
                continue
            identity = _identity(pair_id, event)
            seen[identity] += 1
            if seen[identity] <= stored[identity]:
                result.already_there += 1
                continue
            rows.append(
                NewLabelEvent(
                    pair_id=pair_id,
                    label=Label(event["label"]),
                    reviewer=event.get("reviewer", ""),
                    note=event.get("note", ""),
                    adjudication=bool(event.get("adjudication", False)),
                    created_at=event["created_at"],
                )
            )
        store.append_label_events(rows)
        result.added = len(rows)
    return result


def _event_fields(e) -> dict:
    return {"reviewer": e.reviewer, "label": e.label, "note": e.note, "created_at": e.created_at, "adjudication": e.adjudication}


def _identity(pair_id: int, event: dict) -> tuple:
    return (
        pair_id,
        event.get("reviewer") or "",
        event["label"],
        event.get("note") or "",
        event["created_at"],
        bool(event.get("adjudication")),
    )


def _pairs_by_content(contents: list[PairContent]) -> dict[tuple[str, str], list[tuple[int, tuple[str, str]]]]:
    found: dict[tuple[str, str], list[tuple[int, tuple[str, str]]]] = {}
    for content in contents:
        key = _pair_key(content)
        hashes = (key[0]["claim"], key[1]["claim"])
        found.setdefault(hashes, []).append((content.pair_id, (key[0]["document"], key[1]["document"])))
    return found


def _match(pairs_by_content, pair: list[dict]) -> int | None:
    ends = sorted((end["claim"], end.get("document") or "") for end in pair)
    candidates = pairs_by_content.get((ends[0][0], ends[1][0]), [])
    if len(candidates) > 1:
        # The same two texts in several documents: prefer the pair from the same documents.
        documents = (ends[0][1], ends[1][1])
        candidates = [c for c in candidates if c[1] == documents] or candidates
    return candidates[0][0] if candidates else None
