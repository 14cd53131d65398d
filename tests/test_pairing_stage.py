"""The pairing stage end to end with a fake encoder: pairs, idempotence, labels kept, caps, learning."""
import pytest

from factcheck.pairing.learn import compare_with_labels
from factcheck.pairing.stage import run_pairing
from factcheck.labels.final import pairs_with_labels
from factcheck.pairing.candidates import MAX_FRAMED_PAIRS_PER_CLAIM, review_budget
from factcheck.store import Store
from tests.pairing_helpers import FakeEncoder, add_document, wage_dispute


@pytest.fixture
def store(db_path):
    with Store(db_path, create=True) as s:
        wage_dispute(s)
        yield s


def pair_keys(store):
    return {(p.claim_a, p.claim_b): p.suggested_label for p in store.pairs()}


def texts(store, p):
    claims = store.claims_by_id([p.claim_a, p.claim_b])
    return claims[p.claim_a].text, claims[p.claim_b].text


def test_opposing_claims_are_paired_with_suggestions(store):
    report = run_pairing(store, FakeEncoder(), min_similarity=0.5)
    assert report.pairs == len(store.pairs()) > 0
    found = {frozenset(texts(store, p)): p for p in store.pairs()}
    wages = next(p for k, p in found.items() if any("$19.50" in t for t in k) and any("$16" in t for t in k))
    assert wages.suggested_label == "conflict"
    assert any("19.5 vs 16" in r for r in wages.reasons)
    strike = next(p for k, p in found.items() if all("walked out" in t for t in k))
    assert strike.suggested_label == "agree"
    for p in store.pairs():
        assert p.claim_a < p.claim_b and p.topic and p.reasons and 0 < p.confidence < 1


def test_pairing_twice_gives_the_same_pairs(store):
    run_pairing(store, FakeEncoder())
    first = pair_keys(store)
    ids = [p.id for p in store.pairs()]
    report = run_pairing(store, FakeEncoder())
    assert pair_keys(store) == first
    assert [p.id for p in store.pairs()] == ids
    assert report.embedded == 0 and report.saved.added == 0 and report.saved.dropped == 0


def test_a_labelled_pair_survives_re_pairing_after_new_documents(store):
    run_pairing(store, FakeEncoder())
    labelled = store.pairs()[-1]
    store.add_label(labelled.id, "unverifiable", "ana")
    for n in range(6):
        add_document(store, f"extra{n}.txt", [
            (f"The union said housekeepers at site {n} earn an average of $16 an hour.", "union", None),
            (f"The hotel group said housekeepers at site {n} are paid the market rate.", "employer", None),
        ])
    run_pairing(store, FakeEncoder())
    assert store.pair(labelled.id) is not None
    shown = {p.id: final.label for p, final in pairs_with_labels(store) if final}
    assert shown[labelled.id] == "unverifiable"


def test_no_claim_is_paired_with_itself_or_its_own_near_duplicate(db_path):
    with Store(db_path, create=True) as store:
        same = "The hotel group said it pays its housekeepers the market rate."
        add_document(store, "dup.txt", [(same, "employer", None), (same + " ", "employer", None), ("Unrelated words entirely here.", "union", None)])
        run_pairing(store, FakeEncoder(), min_similarity=0.1)
        for p in store.pairs():
            a, b = texts(store, p)
            assert a.strip() != b.strip()


def test_pairs_stay_within_the_budget_and_the_per_claim_cap(db_path):
    with Store(db_path, create=True) as store:
        for n in range(8):
            add_document(store, f"d{n}.txt", [
                (f"The union said the wage offer of round {n} is too low for housekeepers.", "union", None),
                (f"The hotel group said the wage offer of round {n} is generous for housekeepers.", "employer", None),
                (f"Housekeepers in round {n} rallied outside the hotel on Monday.", "reporter", None),
            ])
        report = run_pairing(store, FakeEncoder(), min_similarity=0.2)
        pairs = store.pairs()
        assert len(pairs) <= review_budget(report.claims)
        seen = [c for p in pairs for c in (p.claim_a, p.claim_b)]
        assert max(seen.count(c) for c in set(seen)) <= MAX_FRAMED_PAIRS_PER_CLAIM


@pytest.mark.parametrize("claims, budget", [(35, 45), (123, 159), (190, 247), (1_000, 569), (100_000, 5_692)])
def test_a_disputes_handful_of_articles_gets_its_full_allowance_and_a_large_store_less_per_claim(claims, budget):
    # Seven articles make about 120 claims: each gets its 1.3 pairs; a large store's claims mostly restate points.
    assert review_budget(claims) == budget


def test_clusters_get_keyword_topics(store):
    run_pairing(store, FakeEncoder(), min_similarity=0.3)
    groups = store.clusters()
    assert groups and all(g.topic and len(g.claim_ids) >= 2 for g in groups)


def test_learning_waits_for_labels_then_compares_with_the_rules(db_path):
    with Store(db_path, create=True) as store:
        for n in range(10):
            add_document(store, f"d{n}.txt", [
                (f"The union said wage offer {n} is too low for housekeepers.", "union", None),
                (f"The hotel group said wage offer {n} is generous for housekeepers.", "employer", None),
            ])
        run_pairing(store, FakeEncoder(), min_similarity=0.2)
        assert compare_with_labels(store) is None
        for i, p in enumerate(store.pairs()[:12]):
            store.add_label(p.id, "conflict" if i % 3 else "agree", "ana")
        report = compare_with_labels(store)
        assert report is not None and report.n_labels == min(12, len(store.pairs()))
        assert 0 <= report.rules_accuracy <= 1
        assert report.classifier_cv_accuracy is None or 0 <= report.classifier_cv_accuracy <= 1


def test_a_changed_document_can_be_ingested_again_after_pairing(store):
    run_pairing(store, FakeEncoder(), min_similarity=0.3)
    kept = store.pairs()[0]
    store.add_label(kept.id, "conflict", "ana")
    add_document(store, "a.txt", [("The article now says something else entirely.", "union", None)])
    add_document(store, "b.txt", [("The second article was rewritten too.", "reporter", None)])
    assert store.pair(kept.id) is not None  # the reviewed pair and its claims stay
    assert all(p.id == kept.id for p in store.pairs())
    run_pairing(store, FakeEncoder(), min_similarity=0.3)
    assert store.pair(kept.id) is not None


def test_pairs_stay_within_one_dispute_when_a_store_holds_two(tmp_path):
    """Two disputes with the same shape: the reviewer's pairs never set one dispute's figure against the other's."""
    with Store(tmp_path / "two.db", create=True) as two:
        for n, (union, employer, person, boss) in enumerate(
            [("Harbor Guild", "Meridian Studios", "Renata Solis", "Tomas Reilly"),
             ("Lakeside Education Association", "Lakeside Schools", "Dana Whitcomb", "Gregory Hale")]
        ):
            for day in range(2):
                add_document(two, f"dispute{n}-{day}.txt", [
                    (f"The union led by {person} said members of {union} earn an average of ${20 + n + day} an hour.", "union", None),
                    (f"Management, speaking through {boss} of {employer}, said the average wage is ${30 + n} an hour.", "employer", None),
                ])
        run_pairing(two, FakeEncoder())
        documents = {c.id: c.document_id for c in two.claims()}
        for p in two.pairs():
            assert (documents[p.claim_a] - 1) // 2 == (documents[p.claim_b] - 1) // 2, texts(two, p)
