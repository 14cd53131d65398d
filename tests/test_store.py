
import pytest

from claims.model import Claim, Quantity
from factcheck.errors import FactcheckError
from factcheck.store.migrations import MIGRATION_NAMES, migrations
from factcheck.records import SourceDocument
from factcheck.store import Store


def claim(text, position=0, start=0, quantities=()):
    return Claim(text=text, start=start, end=start + len(text), position=position, speaker="A", side="union",
                 checkworthiness=0.9, quantities=tuple(quantities))


def doc(text="Workers said pay is low.", source="/tmp/a.txt"):
    return SourceDocument(source=source, path=source, text=text, title="A")


def test_blank_database_gets_every_migration(db_path):
    with Store(db_path, create=True) as store:
        applied = [m.name for m in migrations.applied(store.db)]
        tables = set(store.db.table_names())
    assert applied == MIGRATION_NAMES
    assert {"documents", "claims", "quantities", "pairs", "labels", "embeddings"} <= tables


def test_wal_mode_and_busy_timeout(db_path):
    with Store(db_path, create=True) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_upgrade_from_first_version_keeps_rows(db_path):
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m002_embeddings_clusters_pairs_labels")
    doc_id = db["documents"].insert({"source": "s", "sha256": "x", "text": "t"}).last_pk
    db["claims"].insert({"document_id": doc_id, "position": 0, "text": "Pay rose 5 percent.", "side": "union"})
    db.close()
    with Store(db_path, create=True) as store:
        [row] = store.db.query("select text, content_hash from claims")
        assert row["content_hash"] and len(row["content_hash"]) == 64
        assert "pairs" in store.db.table_names()


def test_upgrade_to_frames_keeps_figures_and_reads_them_without_a_frame(db_path):
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m003_quantity_frames")
    doc_id = db["documents"].insert({"source": "s", "sha256": "x", "text": "Pay rose 5 percent."}).last_pk
    claim_id = db["claims"].insert({"document_id": doc_id, "position": 0, "char_start": 0, "char_end": 19,
                                    "text": "Pay rose 5 percent.", "side": "union", "content_hash": "h"}).last_pk
    db["quantities"].insert({"claim_id": claim_id, "text": "5 percent", "char_start": 9, "char_end": 18, "kind": "percent",
                             "value": 5, "unit": "percent", "qualifier": "exact", "counted": ""})
    db.close()
    with Store(db_path) as store:
        [stored] = store.claims()
    assert [(q.value, q.unit, q.frame) for q in stored.quantities] == [(5, "percent", None)]


def test_frames_are_stored_and_read_back_whole(db_path):
    from claims.model import Frame

    frame = Frame(owner="the union", owner_side="union", measure="raise demanded", period="over three years",
                  low=4.5, high=5.5)
    text = "The union wants a 5% raise."
    with Store(db_path, create=True) as store:
        store.save_document(doc(text), [claim(text, quantities=[Quantity("5%", 18, 20, "percent", 5, "percent", frame=frame)])])
        [stored] = store.claims()
    assert stored.quantities[0].frame == frame


def test_newer_schema_is_refused(db_path):
    with Store(db_path, create=True) as store:
        store.db["_sqlite_migrations"].insert({"migration_set": "factcheck", "name": "m999_from_the_future", "applied_at": "x"})
    with pytest.raises(FactcheckError, match="newer factcheck"):
        Store(db_path)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(FactcheckError, match="not a factcheck database"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_save_document_is_idempotent_and_replaces_changed_claims(db_path):
    with Store(db_path, create=True) as store:
        q = Quantity(text="5 percent", start=9, end=18, kind="percent", value=5, unit="percent")
        outcome, doc_id = store.save_document(doc(), [claim("Pay rose 5 percent.", quantities=[q]), claim("Staff left.", 1, 20)])
        assert outcome == "added"
        kept = {c.text: c.id for c in store.claims()}
        assert store.save_document(doc(), [claim("anything")]) == ("skipped", doc_id)
        changed = doc(text="Workers said pay is low. New line.")
        outcome, same_id = store.save_document(changed, [claim("Pay rose 5 percent.", quantities=[q]), claim("New claim.", 1)])
        assert (outcome, same_id) == ("replaced", doc_id)
        after = {c.text: c.id for c in store.claims()}
        assert after["Pay rose 5 percent."] == kept["Pay rose 5 percent."]  # unchanged claim keeps its id
        assert "Staff left." not in after
        assert store.claims()[0].quantities == (q,)
        assert store.counts()["documents"] == 1


def test_failed_document_leaves_nothing(db_path):
    with Store(db_path, create=True) as store:
        bad = claim("x")
        object.__setattr__(bad, "quantities", (object(),))  # breaks halfway through the claims
        with pytest.raises(AttributeError):
            store.save_document(doc(), [claim("A first claim."), bad])
        assert store.counts()["documents"] == 0
        assert store.counts()["claims"] == 0


def test_labels_are_appended_and_checked(db_path):
    with Store(db_path, create=True) as store:
        store.save_document(doc(), [claim("One claim here."), claim("Another claim.", 1)])
        a, b = (c.id for c in store.claims())
        store.db["pairs"].insert({"claim_a": a, "claim_b": b, "similarity": 0.8, "suggested_label": "conflict",
                                  "confidence": 0.7, "reasons": "[]", "topic": "pay"})
        store.add_label(1, "agree", "ann")
        store.add_label(1, "conflict", "ann", note="second look")
        assert [(e.label, e.note) for e in store.label_events(1)] == [("agree", ""), ("conflict", "second look")]
        with pytest.raises(FactcheckError, match="label must be"):
            store.add_label(1, "maybe", "ann")
        with pytest.raises(FactcheckError, match="no pair"):
            store.add_label(99, "agree", "ann")
