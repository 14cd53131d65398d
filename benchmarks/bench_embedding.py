"""Embedding: factcheck's embed stage against a bare SentenceTransformer.encode of the same texts.

The stage (factcheck.pairing.embed.embed_missing) finds claims without a
vector, encodes them in batches (in bfloat16 where the processor computes it
natively) and commits each batch to SQLite; the baseline only encodes, in
float32. Model loading is outside both timings. The stage's vectors are
compared with the float32 ones: cosine row by row, and how many of each
claim's ten nearest neighbours stay among its ten nearest. A second run of
the stage over unchanged claims must find everything cached.

The ONNX rows run the same stage with the opt-in ONNX Runtime encoder (its export,
cached under ~/.cache/factcheck, happens before any timing), interleaved with the
bare baseline, and compare its vectors with the float32 ones in the same way.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Row, Sizes, store_with_claims
import corpus
from embed_quality import agreement

PROJECTED = (1_000, 100_000, 1_000_000)


BARE_BATCH = 64  # the baseline's batch: sentence-transformers' own default is 32, which is slower here


def run(sizes: Sizes) -> list[Row]:
    try:
        from embeddings import SentenceTransformerEncoder
        from factcheck.pairing.embed import embed_missing
    except ImportError as e:
        return [Row("embedding", "embed stage vs bare encode", None, "s", note=f"not in this checkout: {e}")]
    texts = list(dict.fromkeys(corpus.claim_sentences(sizes.embedding_texts * 3, seed=11)))[: sizes.embedding_texts]
    encoder = SentenceTransformerEncoder()  # the default: bfloat16 where the processor has it
    float32 = SentenceTransformerEncoder(precision="fp32")
    encoder.encode(texts[:8])  # load the model and warm its kernels before either timing
    float32.encode(texts[:8])

    def encode_bare():
        return float32.model.encode(todo, batch_size=BARE_BATCH, normalize_embeddings=True, convert_to_numpy=True,
                                    show_progress_bar=False)

    with tempfile.TemporaryDirectory() as tmp:
        store = store_with_claims(Path(tmp) / "bench.db", texts)
        todo = [text for _, text in store.missing_texts(encoder.name)]
        reference = encode_bare()  # float32 vectors, the yardstick for the default's
        bare, stage = [], []
        for _ in range(2):  # interleaved, the faster of each side: a busy moment costs both alike
            start = time.perf_counter()
            encode_bare()
            bare.append(time.perf_counter() - start)
            with store.transaction() as db:
                db.execute("delete from embeddings where model = ?", [encoder.name])
            start = time.perf_counter()
            embedded = embed_missing(store, encoder)
            stage.append(time.perf_counter() - start)
        start = time.perf_counter()
        again = embed_missing(store, encoder)
        rerun = time.perf_counter() - start
        found = agreement(reference, store.claim_vectors(encoder.name).matrix)
        first, baseline = min(stage), min(bare)
        onnx_rows = _onnx_rows(store, todo, reference, bare, encode_bare)
        store.close()
    precision = "bfloat16" if encoder.uses_bf16 else "float32, no native bfloat16 here"
    rows = [
        Row("embedding", f"embed stage ({precision}), {embedded:,} new claims", first, "s",
            "bare SentenceTransformer.encode, float32", baseline,
            target="<= 0.50" if encoder.uses_bf16 else "<= 1.10", target_on="ratio",
            note=f"{baseline / first:.2f}x as fast"),
        Row("embedding", "default vs float32 vectors: mean cosine", found["cosine_mean"], "", target=">= 0.99"),
        Row("embedding", "default vs float32 vectors: minimum cosine", found["cosine_min"], ""),
        Row("embedding", "default vs float32: 10 nearest neighbours kept", found["neighbours_kept"], "", target=">= 0.95"),
        Row("embedding", f"re-run on unchanged claims ({again} re-embedded)", rerun, "s", "first run of the stage",
            first, target="<= 0.02", target_on="ratio", note=f"{first / max(rerun, 1e-9):,.0f}x faster"),
    ]
    for claims in PROJECTED:
        rows.append(Row("embedding", f"embed {claims:,} claims, projected", first / len(todo) * claims, "s",
                        "bare float32 encode, projected", baseline / len(todo) * claims))
    return rows + onnx_rows


def _onnx_rows(store, todo: list[str], reference, bare: list[float], encode_bare) -> list[Row]:
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
    return [
        Row("embedding", f"ONNX embed stage ({encoder.name.split('@')[1]}, opt-in), {n:,} new claims", ours, "s",
            "bare SentenceTransformer.encode, float32", baseline, note=f"{baseline / ours:.2f}x as fast"),
        Row("embedding", "ONNX vs float32 vectors: mean cosine", found["cosine_mean"], ""),
        Row("embedding", "ONNX vs float32 vectors: minimum cosine", found["cosine_min"], ""),
        Row("embedding", "ONNX vs float32: 10 nearest neighbours kept", found["neighbours_kept"], ""),
    ]
