"""Articles lend each other their employers across ingests, on both backends: what each stored document showed is
kept with it, so an article ingested later learns from those stored before it as if they had come together."""
import json

import pytest

from claims import KnownOrganisations
from factcheck.cli import app
from factcheck.records import SourceDocument
from factcheck.store import open_store

STRIKE_CALL = (
    "title: Drivers to strike at Harbourline\n\n"
    "The Wessex Drivers Union said on Monday that 2,300 drivers at Harbourline would walk out for four days after "
    "talks on pay broke down. Harbourline said it had offered a raise of 5%.\n"
)
STRIKE_DAY = (
    "title: Buses idle at Harbourline\n\n"
    "Buses stood idle as the Wessex Drivers Union kept 2,300 Harbourline drivers on strike. Harbourline's chief "
    "executive said the company could not afford more than 5%.\n"
)
# Names the company only: its forecast is the employer's where other articles show Harbourline to be the employer.
BROKER_NOTE = (
    "title: Broker's note\n\n"
    "Each strike day costs the operator 3 million pounds. Harbourline's forecast for the year stands at 180 million pounds.\n"
)


@pytest.fixture
def articles(tmp_path):
    paths = {}
    for name, text in (("call", STRIKE_CALL), ("day", STRIKE_DAY), ("note", BROKER_NOTE)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text)
    return paths


def ingest(runner, db, *paths):
    result = runner.invoke(app, ["ingest", "--db", db, *map(str, paths)])
    assert result.exit_code == 0, result.output


def forecast_side(runner, db):
    result = runner.invoke(app, ["claims", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    [side] = [json.loads(line)["side"] for line in result.stdout.splitlines() if "forecast" in line]
    return side


def test_an_article_ingested_later_learns_the_employer_from_stored_ones(runner, db, articles):
    ingest(runner, db, articles["call"], articles["day"])
    ingest(runner, db, articles["note"])
    assert forecast_side(runner, db) == "employer"


def test_ingested_together_or_one_by_one_the_later_article_reads_the_same(runner, db, tmp_path, articles):
    together = db
    ingest(runner, together, articles["call"], articles["day"], articles["note"])
    one_by_one = str(tmp_path / "one-by-one.db")
    for name in ("call", "day", "note"):
        ingest(runner, one_by_one, articles[name])
    assert forecast_side(runner, together) == forecast_side(runner, one_by_one) == "employer"


def test_a_stored_article_ingested_again_is_not_counted_twice(runner, db, articles):
    # One article alone never lends (one article's mistake must not spread): ingesting it again is still one.
    ingest(runner, db, articles["call"])
    ingest(runner, db, articles["call"], articles["note"])
    assert forecast_side(runner, db) == "reporter"


def test_what_a_document_taught_is_stored_with_it_and_replaced_with_it(db):
    source = "/corpus/a.txt"
    with open_store(db) as store:
        _, first = store.save_document(SourceDocument(source=source, text="First text."), [],
                                       KnownOrganisations(frozenset({"harbourline"}), frozenset({"wessex drivers union"})))
        store.save_document(SourceDocument(source="/corpus/b.txt", text="Other text."), [])  # taught nothing
        assert store.organisations_taught() == {
            store.document_by_source(source).sha256:
                KnownOrganisations(frozenset({"harbourline"}), frozenset({"wessex drivers union"}))}
        _, again = store.save_document(SourceDocument(source=source, text="Changed text."), [],
                                       KnownOrganisations(frozenset({"pellam"}), frozenset()))
        assert again == first
        assert list(store.organisations_taught().values()) == [KnownOrganisations(frozenset({"pellam"}), frozenset())]


def test_a_copied_database_keeps_what_its_documents_taught(runner, db, tmp_path, articles):
    first = str(tmp_path / "first.db")
    ingest(runner, first, articles["call"], articles["day"])
    copied = runner.invoke(app, ["db", "copy", first, db])
    assert copied.exit_code == 0, copied.output
    ingest(runner, db, articles["note"])
    assert forecast_side(runner, db) == "employer"
