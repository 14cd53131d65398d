"""labels export / import: every event moves between databases built from the same documents."""
import json

import pytest

from factcheck.cli import app
from factcheck.store import Store
from pair_fixtures import build_pairs


def invoke(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


def label_some(db_path):
    with Store(db_path, create=True) as store:
        store.add_label(1, "agree", "ann")
        store.add_label(1, "conflict", "ann", note="ünïcode note, with \"quotes\"")
        store.add_label(2, "conflict", "bob")
        store.add_label(2, "agree", "ann")
        store.add_label(2, "conflict", "lead", note="settled", adjudication=True)
        store.add_label(5, "unverifiable", "bob")


def rebuild_in_other_order(path, n_pairs=6):
    """Same documents, but pair ids differ: pairs are written in reverse order."""
    build_pairs(path, n_pairs)
    with Store(path, create=True) as store:
        rows = list(store.db.query("select * from pairs order by id desc"))
        with store.transaction() as db:
            db.execute("delete from pairs")
            for row in rows:
                row.pop("id")
            db["pairs"].insert_all(rows)


def test_round_trip_files_are_identical(runner, tmp_path):
    first_db, second_db = tmp_path / "first.db", tmp_path / "second.db"
    build_pairs(first_db, 6)
    label_some(first_db)
    rebuild_in_other_order(second_db)
    exported, again = tmp_path / "labels.jsonl", tmp_path / "again.jsonl"

    assert invoke(runner, "labels", "export", exported, "--db", first_db).exit_code == 0
    result = invoke(runner, "labels", "import", exported, "--db", second_db)
    assert result.exit_code == 0, result.output
    assert "Imported 6 label events" in result.output
    assert invoke(runner, "labels", "export", again, "--db", second_db).exit_code == 0

    assert exported.read_bytes() == again.read_bytes()
    assert len(exported.read_text(encoding="utf-8").splitlines()) == 6
    with Store(first_db) as a, Store(second_db) as b:
        assert [e.pair_id for e in b.label_events()] != [e.pair_id for e in a.label_events()]  # ids really differ
        claims_of = lambda store: {p.id: (p.claim_a, p.claim_b) for p in store.pairs()}  # noqa: E731
        texts = lambda store, ids: tuple(sorted(store.claims_by_id(list(ids))[i].text for i in ids))  # noqa: E731
        pairs_a, pairs_b = claims_of(a), claims_of(b)
        assert [
            (texts(a, pairs_a[x.pair_id]), x.label, x.reviewer, x.note, x.adjudication, x.created_at)
            for x in a.label_events()
        ] == [
            (texts(b, pairs_b[y.pair_id]), y.label, y.reviewer, y.note, y.adjudication, y.created_at)
            for y in b.label_events()
        ]


def test_importing_twice_adds_nothing(runner, tmp_path):
    db, exported = tmp_path / "a.db", tmp_path / "labels.jsonl"
    build_pairs(db, 6)
    label_some(db)
    invoke(runner, "labels", "export", exported, "--db", db)
    result = invoke(runner, "labels", "import", exported, "--db", db)
    assert "Imported 0 label events (6 already there)" in result.output
    other = tmp_path / "b.db"
    build_pairs(other, 6)
    invoke(runner, "labels", "import", exported, "--db", other)
    invoke(runner, "labels", "import", exported, "--db", other)
    with Store(other, create=True) as store:
        assert len(store.label_events()) == 6


def test_events_whose_pair_is_missing_are_reported(runner, tmp_path):
    db, exported, unmatched = tmp_path / "a.db", tmp_path / "labels.jsonl", tmp_path / "left.jsonl"
    build_pairs(db, 6)
    label_some(db)
    invoke(runner, "labels", "export", exported, "--db", db)
    smaller = tmp_path / "small.db"
    build_pairs(smaller, 6)
    with Store(smaller) as store:
        store.db.execute("delete from pairs where id = 5")
        store.db.conn.commit()
    result = invoke(runner, "labels", "import", exported, "--unmatched", unmatched, "--db", smaller)
    assert result.exit_code == 0
    assert "1 events not imported: their pair is not in" in result.output
    assert [json.loads(line)["label"] for line in unmatched.read_text().splitlines()] == ["unverifiable"]


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"label": "agree"\n', "labels.jsonl:1: not valid JSON"),
        ("[1, 2]\n", "labels.jsonl:1: not a label event: expected a JSON object"),
        ('{"pair": [], "label": "agree", "created_at": "x"}\n', '"pair" must list two claims'),
        (None, "labels.jsonl:2: not a label event: label must be one of"),
        (b"\xff\xfe\x00bad", "not a UTF-8 text file"),
    ],
)
def test_malformed_files_import_nothing(runner, tmp_path, content, message):
    db, path = tmp_path / "a.db", tmp_path / "labels.jsonl"
    build_pairs(db, 3)
    label_some_small(db)
    invoke(runner, "labels", "export", path, "--db", db)
    if content is None:
        good = path.read_text().splitlines()[0]
        path.write_text(good + "\n" + good.replace('"agree"', '"maybe"') + "\n")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    fresh = tmp_path / "fresh.db"
    build_pairs(fresh, 3)
    result = invoke(runner, "labels", "import", path, "--db", fresh)
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    with Store(fresh, create=True) as store:
        assert store.label_events() == []


def label_some_small(db_path):
    with Store(db_path, create=True) as store:
        store.add_label(1, "agree", "ann")
