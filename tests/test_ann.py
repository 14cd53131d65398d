"""embeddings.ann: the approximate index must agree with exact search, survive a save, and grow in place."""
import subprocess
import sys

import numpy as np
import pytest

from embeddings import ExactIndex
from embeddings.ann import AnnIndex, AnnSettings, index_path_for

pytest.importorskip("faiss")

DIM = 64
SMALL = AnnSettings(exact_below=1_000)  # a few thousand vectors then exercise the IVF index


def clustered(n: int, seed: int = 0) -> np.ndarray:
    # Topics that vary along a few directions, like sentence embeddings; isotropic noise
    # would make every neighbour a near tie, which real claims never are.
    rng = np.random.default_rng(seed)
    centres = np.random.default_rng(99).standard_normal((80, DIM))
    basis = np.random.default_rng(98).standard_normal((8, DIM))
    v = centres[rng.integers(0, len(centres), n)] + 0.5 * rng.standard_normal((n, 8)) @ basis
    v += 0.05 * rng.standard_normal((n, DIM))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found.tolist(), truth.tolist())]))


def test_approximate_recall_against_exact_search():
    vectors = clustered(4_000)
    ids = np.arange(100, 4_100)
    index = AnnIndex.of(ids, vectors, SMALL)
    assert not index.is_exact
    queries = clustered(200, seed=1)
    truth = ExactIndex(ids, vectors).search(queries, 10)
    found = index.search(queries, 10)
    assert recall(found.ids, truth.ids) >= 0.95
    assert found.scores.shape == (200, 10)
    assert np.all(np.diff(found.scores, axis=1) <= 1e-6)  # best first
    assert np.mean(np.isclose(found.scores[:, 0], truth.scores[:, 0], atol=1e-4)) >= 0.95  # cosine, like exact


def test_small_stores_stay_exact():
    vectors = clustered(500)
    index = AnnIndex.of(np.arange(500), vectors, SMALL)
    assert index.is_exact
    found = index.search(vectors[:5], 3)
    assert found.ids[:, 0].tolist() == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("n", [300, 3_000])
def test_save_and_load_round_trip(tmp_path, n):
    vectors = clustered(n)
    index = AnnIndex.of(np.arange(n) * 7, vectors, SMALL)
    path = index_path_for(tmp_path / "store.db")
    index.save(path)
    assert path.name == "store.db.faiss" and path.with_name("store.db.faiss.ids.npy").exists()
    again = AnnIndex.load(path, SMALL)
    assert len(again) == n and again.is_exact == index.is_exact
    queries = clustered(20, seed=2)
    assert np.array_equal(again.search(queries, 10).ids, index.search(queries, 10).ids)


def test_mismatched_id_map_is_refused(tmp_path):
    path = tmp_path / "store.db.faiss"
    AnnIndex.of(np.arange(2_000), clustered(2_000), SMALL).save(path)
    np.save(tmp_path / "store.db.faiss.ids.npy", np.arange(10))
    with pytest.raises(ValueError, match="rebuild"):
        AnnIndex.load(path)


def test_add_extends_the_index_without_rebuilding():
    vectors = clustered(3_000)
    index = AnnIndex.of(np.arange(2_000), vectors[:2_000], SMALL)
    ivf = index._ann
    index.add(np.arange(2_000, 3_000), vectors[2_000:])
    assert index._ann is ivf and ivf.ntotal == 3_000 and len(index) == 3_000
    found = index.search(vectors[2_500:2_600], 1)
    assert np.mean(found.ids[:, 0] == np.arange(2_500, 2_600)) >= 0.95


def test_crossing_the_threshold_moves_rows_into_the_index():
    vectors = clustered(1_200)
    index = AnnIndex.of(np.arange(900), vectors[:900], SMALL)
    assert index.is_exact
    index.add(np.arange(900, 1_200), vectors[900:])
    assert not index.is_exact and len(index) == 1_200
    assert index.search(vectors[10:11], 1).ids[0, 0] == 10


def test_empty_and_short_results_are_padded():
    index = AnnIndex(DIM, SMALL)
    assert index.search(clustered(2), 3).ids.tolist() == [[-1, -1, -1]] * 2
    index.add([5, 6], clustered(2))
    found = index.search(clustered(1), 4)
    assert sorted(found.ids[0, :2].tolist()) == [5, 6] and found.ids[0, 2:].tolist() == [-1, -1]


def test_embeddings_imports_neither_factcheck_nor_claims_nor_faiss_for_small_stores():
    code = (
        "import sys, numpy as np; from embeddings.ann import AnnIndex;"
        "AnnIndex.of([1, 2], np.eye(2, 8)).search(np.eye(1, 8));"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('factcheck', 'claims', 'faiss')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_synced_adds_new_claims_and_rebuilds_only_when_stale(tmp_path):
    path = tmp_path / "store.db.faiss"
    vectors = clustered(2_500)
    assert AnnIndex.synced(path, np.arange(900), vectors[:900], SMALL).is_exact and not path.exists()
    first = AnnIndex.synced(path, np.arange(2_000), vectors[:2_000], SMALL)
    assert path.exists() and len(first) == 2_000
    grown = AnnIndex.synced(path, np.arange(2_500), vectors, SMALL)
    assert len(grown) == 2_500 and len(AnnIndex.load(path)) == 2_500
    assert grown.search(vectors[2_400:2_401], 1).ids[0, 0] == 2_400
    # Another model's vectors under the same ids: the saved index is no longer theirs.
    other = clustered(2_500, seed=5)
    rebuilt = AnnIndex.synced(path, np.arange(2_500), other, SMALL)
    assert rebuilt.search(other[7:8], 1).ids[0, 0] == 7
    # A claim that vanished: rebuilt without it.
    fewer = AnnIndex.synced(path, np.arange(1, 2_500), other[1:], SMALL)
    assert 0 not in set(fewer.ids.tolist()) and len(fewer) == 2_499
    path.write_bytes(b"garbage")
    assert len(AnnIndex.synced(path, np.arange(1_500), other[:1_500], SMALL)) == 1_500


def test_synced_redraws_lists_once_the_store_has_outgrown_them(tmp_path):
    path = tmp_path / "store.db.faiss"
    vectors = clustered(9_000)
    first = AnnIndex.synced(path, np.arange(1_000), vectors[:1_000], SMALL)
    lists = first._ann.nlist
    assert AnnIndex.synced(path, np.arange(2_000), vectors[:2_000], SMALL)._ann.nlist == lists  # added in place
    grown = AnnIndex.synced(path, np.arange(9_000), vectors, SMALL)
    assert grown._ann.nlist > lists and len(grown) == 9_000
