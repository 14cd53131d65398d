"""The store's behaviour, on SQLite and on PostgreSQL (the `db` fixture), and each backend's schema handling."""
import psycopg
import pytest

from claims.model import Claim, Quantity
from factcheck.errors import FactcheckError
from factcheck.store.migrations import MIGRATION_NAMES, POSTGRES_MIGRATIONS, migrations
from factcheck.records import SourceDocument
from factcheck.store import PairRow, Store, content_hash, open_store


def claim(text, position=0, start=0, quantities=()):
    return Claim(text=text, start=start, end=start + len(text), position=position, speaker="A", side="union",
                 checkworthiness=0.9, quantities=tuple(quantities))


def doc(text="Workers said pay is low.", source="/tmp/a.txt"):
    return SourceDocument(source=source, path=source, text=text, title="A")


def test_blank_database_gets_every_migration(db):
    with open_store(db) as store:
        applied = store.applied_migrations()
        tables = set(store.table_names())
    assert applied == MIGRATION_NAMES
    assert {"documents", "claims", "quantities", "pairs", "labels", "embeddings", "clusters", "claim_clusters"} <= tables
    with open_store(db) as store:  # opening again applies nothing twice
        assert store.applied_migrations() == MIGRATION_NAMES


def test_each_migration_has_its_postgres_form_in_the_same_order():
    assert list(POSTGRES_MIGRATIONS) == MIGRATION_NAMES


def test_postgres_upgrade_from_the_first_migration_keeps_rows(postgres_db):
    with psycopg.connect(postgres_db, autocommit=True) as conn:
        conn.execute("create table factcheck_migrations (name text primary key, applied_at text not null)")
        first = MIGRATION_NAMES[0]
        conn.execute(POSTGRES_MIGRATIONS[first])
        conn.execute("insert into factcheck_migrations values (%s, 'then')", [first])
        conn.execute("insert into documents (source, sha256, text) values ('s', 'x', 't')")
        conn.execute("insert into claims (document_id, position, text, side) values (1, 0, 'Pay rose 5 percent.', 'union')")
        conn.execute("insert into quantities (claim_id, text, char_start, char_end, kind, value, unit, qualifier, counted)"
                     " values (1, '5 percent', 9, 18, 'percent', 5, 'percent', 'exact', '')")
    with open_store(postgres_db) as store:
        assert store.applied_migrations() == MIGRATION_NAMES
        [stored] = store.claims()
        assert stored.content_hash == content_hash("Pay rose 5 percent.")  # the same hash Python computes
        assert [(q.value, q.frame) for q in stored.quantities] == [(5, None)]
        assert "pairs" in store.table_names()


def test_postgres_newer_schema_is_refused(postgres_db):
    open_store(postgres_db).close()
    with psycopg.connect(postgres_db, autocommit=True) as conn:
        conn.execute("insert into factcheck_migrations values ('m999_from_the_future', 'x')")
    with pytest.raises(FactcheckError, match="newer factcheck .schema m999_from_the_future"):
        open_store(postgres_db)


def test_postgres_database_of_something_else_is_refused_and_left_alone(postgres_db):
    with psycopg.connect(postgres_db, autocommit=True) as conn:
        conn.execute("create table customers (id int)")
    with pytest.raises(FactcheckError, match="is not a factcheck database .it holds other tables: customers"):
        open_store(postgres_db)
    with psycopg.connect(postgres_db, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute("select table_name from information_schema.tables where table_schema = 'public'")]
    assert tables == ["customers"]


def test_a_database_that_is_not_there_is_not_made_when_create_is_false(db):
    with pytest.raises(FactcheckError, match=r"no such database \(create one with factcheck ingest\)"):
        open_store(db, create=False)
    open_store(db).close()
    open_store(db, create=False).close()


def test_wal_mode_and_busy_timeout(db_path):
    with Store(db_path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_upgrade_from_first_version_keeps_rows(db_path):
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m002_embeddings_clusters_pairs_labels")
    doc_id = db["documents"].insert({"source": "s", "sha256": "x", "text": "t"}).last_pk
    db["claims"].insert({"document_id": doc_id, "position": 0, "text": "Pay rose 5 percent.", "side": "union"})
    db.close()
    with Store(db_path) as store:
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


def test_upgrade_to_document_organisations_keeps_documents_which_teach_nothing(db_path):
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m004_document_organisations")
    db["documents"].insert({"source": "s", "sha256": "x", "text": "Harbourline said it had offered a raise of 5%."})
    db.close()
    with Store(db_path) as store:
        assert [d.source for d in store.documents()] == ["s"]
        assert store.organisations_taught() == {}


def test_frames_are_stored_and_read_back_whole(db):
    from claims.model import Frame

    frame = Frame(owner="the union", owner_side="union", measure="raise demanded", period="over three years",
                  low=4.5, high=5.5)
    text = "The union wants a 5% raise."
    with open_store(db) as store:
        store.save_document(doc(text), [claim(text, quantities=[Quantity("5%", 18, 20, "percent", 5, "percent", frame=frame)])])
        [stored] = store.claims()
    assert stored.quantities[0].frame == frame


def test_newer_schema_is_refused(db_path):
    with Store(db_path) as store:
        store.db["_sqlite_migrations"].insert({"migration_set": "factcheck", "name": "m999_from_the_future", "applied_at": "x"})
    with pytest.raises(FactcheckError, match="newer factcheck"):
        Store(db_path)


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(FactcheckError, match="not a factcheck database"):
        Store(path)
    assert path.read_text().startswith("these are my notes")


def test_save_document_is_idempotent_and_replaces_changed_claims(db):
    with open_store(db) as store:
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


def test_failed_document_leaves_nothing(db):
    with open_store(db) as store:
        bad = claim("x")
        object.__setattr__(bad, "quantities", (object(),))  # breaks halfway through the claims
        with pytest.raises(AttributeError):
            store.save_document(doc(), [claim("A first claim."), bad])
        assert store.counts()["documents"] == 0
        assert store.counts()["claims"] == 0


def test_labels_are_appended_and_checked(db):
    with open_store(db) as store:
        store.save_document(doc(), [claim("One claim here."), claim("Another claim.", 1)])
        a, b = (c.id for c in store.claims())
        store.save_pairs([PairRow(a, b, 0.8, "conflict", 0.7, (), "pay")])
        store.add_label(1, "agree", "ann")
        store.add_label(1, "conflict", "ann", note="second look")
        assert [(e.label, e.note) for e in store.label_events(1)] == [("agree", ""), ("conflict", "second look")]
        with pytest.raises(FactcheckError, match="label must be"):
            store.add_label(1, "maybe", "ann")
        with pytest.raises(FactcheckError, match="no pair"):
            store.add_label(99, "agree", "ann")


def test_pairing_again_keeps_labelled_pairs_and_drops_the_others(db):
    with open_store(db) as store:
        store.save_document(doc(), [claim("One claim here."), claim("Another claim.", 1), claim("A third one.", 2)])
        a, b, c = (x.id for x in store.claims())
        store.save_pairs([PairRow(a, b, 0.8, "conflict", 0.7, (), "pay"), PairRow(a, c, 0.6, "agree", 0.5, (), "pay")])
        store.add_label(1, "conflict", "ann")
        report = store.save_pairs([PairRow(b, c, 0.9, "agree", 0.9, ("same",), "staff")])
        assert (report.added, report.updated, report.dropped) == (1, 0, 1)
        assert [(p.id, p.claim_a, p.claim_b) for p in store.pairs()] == [(1, a, b), (3, b, c)]
        assert [p.id for p in store.pairs(labelled=True)] == [1]
        assert store.labelled_pair_ids() == {(a, b): 1}


def test_a_replaced_document_keeps_claims_in_labelled_pairs(db):
    with open_store(db) as store:
        _, doc_id = store.save_document(doc(), [claim("Kept claim."), claim("Reviewed claim.", 1), claim("Gone claim.", 2)])
        kept, reviewed, gone = (x.id for x in store.claims())
        store.save_pairs([PairRow(kept, reviewed, 0.8, "conflict", 0.7, (), "t"), PairRow(kept, gone, 0.8, "agree", 0.7, (), "t")])
        store.add_label(1, "agree", "ann")
        store.save_document(doc("Changed text."), [claim("Kept claim.")])
        assert {x.id for x in store.claims()} == {kept, reviewed}  # the labelled pair's claim stays, as reviewed
        assert [p.id for p in store.pairs()] == [1]
        assert store.counts() == {"documents": 1, "claims": 2, "quantities": 0, "pairs": 1, "labels": 1}
