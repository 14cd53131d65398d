"""Embedding: factcheck's embed stage against a bare SentenceTransformer.encode of the same texts.

The stage (factcheck.pairing.embed.embed_missing) finds claims without a
vector, encodes them in batches and commits each batch to SQLite; the
baseline only encodes. Both share one loaded model, so model loading is
outside both timings. A second run of the stage over unchanged claims
must find everything cached.

The ONNX rows run the same stage with the ONNX Runtime encoder (its export, cached
under ~/.cache/factcheck, happens before any timing), interleaved with the bare
baseline so that a busy moment costs both alike, and compare its vectors with the
float32 sentence-transformers ones: cosine row by row, and how many of each
claim's ten nearest neighbours stay among its ten nearest.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Row, Sizes, store_with_claims
import corpus
from embed_quality import agreement

PROJECTED = (1_000, 100_000, 1_000_000)


def run(sizes: Sizes) -> list[Row]:
    try:
        from embeddings import SentenceTransformerEncoder
        from factcheck.pairing.embed import embed_missing
    except ImportError as e:
        return [Row("embedding", "embed stage vs bare encode", None, "s", note=f"not in this checkout: {e}")]
    texts = list(dict.fromkeys(corpus.claim_sentences(sizes.embedding_texts * 3, seed=11)))[: sizes.embedding_texts]
    encoder = SentenceTransformerEncoder()
    encoder.encode(texts[:8])  # load the model and warm its kernels before either timing
    with tempfile.TemporaryDirectory() as tmp:
        store = store_with_claims(Path(tmp) / "bench.db", texts)
        todo = [text for _, text in store.missing_texts(encoder.name)]
        bare = []
        for _ in range(2):  # the faster of two bare runs: the baseline must not be flattered by noise
            start = time.perf_counter()
            encoder.model.encode(todo, batch_size=encoder.batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
            bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        embedded = embed_missing(store, encoder)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = embed_missing(store, encoder)
        rerun = time.perf_counter() - start
        reference = store.claim_vectors(encoder.name).matrix
        onnx_rows = _onnx_rows(store, todo, reference, first, bare, lambda: encoder.model.encode(
            todo, batch_size=encoder.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False))
        store.close()
    return [
        Row("embedding", f"embed stage, {embedded:,} new claims", first, "s", "bare SentenceTransformer.encode",
            min(bare), target="<= 1.10", target_on="ratio"),
        Row("embedding", f"re-run on unchanged claims ({again} re-embedded)", rerun, "s", "first run of the stage",
            first, target="<= 0.02", target_on="ratio", note=f"{first / max(rerun, 1e-9):,.0f}x faster"),
    ] + onnx_rows


def _onnx_rows(store, todo: list[str], reference, torch_stage: float, bare: list[float], encode_bare) -> list[Row]:
    """The same stage with the ONNX encoder, beside the bare encode, and its vectors beside float32's."""
    try:
        from embeddings.onnx_encoder import OnnxEncoder
        from factcheck.pairing.embed import embed_missing

        encoder = OnnxEncoder()
    except Exception as e:  # an export that fails here is a finding, not a crash of the whole run
        return [Row("embedding", "ONNX encoder", None, "s", note=f"unavailable: {type(e).__name__}: {e}")]
    encoder.encode(todo[:8])
    stage = []
    for _ in range(2):  # interleaved with the bare runs: the faster of each side
        with store.transaction() as db:
            db.execute("delete from embeddings where model = ?", [encoder.name])
        start = time.perf_counter()
        embed_missing(store, encoder)
        stage.append(time.perf_counter() - start)
        start = time.perf_counter()
        encode_bare()
        bare.append(time.perf_counter() - start)
    ours, baseline = min(stage), min(bare)
    vectors = store.claim_vectors(encoder.name).matrix
    found = agreement(reference, vectors)
    n = len(todo)
    rows = [
        Row("embedding", f"ONNX embed stage ({encoder.name.split('@')[1]}), {n:,} new claims", ours, "s",
            "bare SentenceTransformer.encode", baseline, target="<= 0.50", target_on="ratio",
            note=f"{baseline / ours:.2f}x as fast"),
        Row("embedding", "ONNX vs float32 vectors: mean cosine", found["cosine_mean"], "", target=">= 0.99"),
        Row("embedding", "ONNX vs float32 vectors: minimum cosine", found["cosine_min"], ""),
        Row("embedding", "ONNX vs float32: 10 nearest neighbours kept", found["neighbours_kept"], "", target=">= 0.95"),
    ]
    for claims in PROJECTED:
        rows.append(Row("embedding", f"embed {claims:,} claims, projected (ONNX)", ours / n * claims, "s",
                        "torch embed stage, projected", torch_stage / n * claims))
    return rows
