"""Claim vectors in the store and the exact index, with a fake encoder (the model is not the point)."""
import numpy as np
import pytest

from embeddings import ExactIndex, from_blobs, normalise, to_blob
from factcheck.store import open_store
from factcheck.pairing.embed import embed_missing
from tests.pairing_helpers import FakeEncoder, add_document, wage_dispute


@pytest.fixture
def store(db):
    with open_store(db) as s:
        wage_dispute(s)
        yield s


def test_every_claim_is_embedded_once_and_only_missing_ones_later(store):
    encoder = FakeEncoder()
    assert embed_missing(store, encoder) == 6
    assert embed_missing(store, encoder) == 0
    add_document(store, "c.txt", [("The hotel group said it pays its housekeepers the market rate for the region.", "employer", None),
                                  ("A brand new sentence about parking fees.", "reporter", None)])
    assert embed_missing(store, encoder) == 1  # the repeated text already has its vector
    assert len(encoder.encoded) == 7
    vectors = store.claim_vectors(encoder.name)
    assert len(vectors) == 8 and vectors.matrix.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors.matrix, axis=1), 1, atol=1e-5)


def test_another_model_means_new_vectors(store):
    embed_missing(store, FakeEncoder("one"))
    assert len(store.missing_texts("two")) == 6
    assert embed_missing(store, FakeEncoder("two", dimensions=32)) == 6
    assert store.claim_vectors("two").matrix.shape == (6, 32)
    assert store.claim_vectors("one").matrix.shape == (6, 64)


def test_an_interrupted_run_keeps_its_committed_batches_and_resumes(store):
    with pytest.raises(KeyboardInterrupt):
        embed_missing(store, FakeEncoder(fail_after=4), batch=2)
    assert len(store.claim_vectors("fake-bag-of-words")) == 4
    resumed = FakeEncoder()
    assert embed_missing(store, resumed, batch=2) == 2
    assert len(resumed.encoded) == 2


def test_blobs_round_trip_as_one_matrix():
    rows = normalise(np.random.default_rng(0).standard_normal((5, 8)))
    assert np.array_equal(from_blobs([to_blob(r) for r in rows], 8), rows)
    assert from_blobs([], 8).shape == (0, 8)


def test_exact_index_matches_a_full_scan_in_blocks():
    rng = np.random.default_rng(1)
    matrix = normalise(rng.standard_normal((300, 16)))
    ids = np.arange(1000, 1300)
    queries = normalise(rng.standard_normal((130, 16)))  # more than one block of queries
    found = ExactIndex(ids, matrix).search(queries, 5)
    full = queries @ matrix.T
    expected = np.argsort(-full, axis=1)[:, :5]
    assert np.array_equal(found.ids, ids[expected])
    assert np.allclose(found.scores, np.take_along_axis(full, expected, axis=1), atol=1e-6)


def test_exact_index_pads_when_asked_for_more_than_it_holds():
    found = ExactIndex([7, 8], normalise(np.eye(2, 4))).search(normalise(np.ones((1, 4))), 4)
    assert list(found.ids[0][2:]) == [-1, -1]
    assert np.isneginf(found.scores[0][2:]).all()
