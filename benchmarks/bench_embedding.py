"""Embedding: factcheck's embed stage against a bare SentenceTransformer.encode of the same texts.

The stage (factcheck.pairing.embed.embed_missing) finds claims without a
vector, encodes them in batches and commits each batch to SQLite; the
baseline only encodes. Both share one loaded model, so model loading is
outside both timings. A second run of the stage over unchanged claims
must find everything cached.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Row, Sizes, store_with_claims
import corpus


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
        store.close()
    return [
        Row("embedding", f"embed stage, {embedded:,} new claims", first, "s", "bare SentenceTransformer.encode",
            min(bare), target="<= 1.10", target_on="ratio"),
        Row("embedding", f"re-run on unchanged claims ({again} re-embedded)", rerun, "s", "first run of the stage",
            first, target="<= 0.02", target_on="ratio", note=f"{first / max(rerun, 1e-9):,.0f}x faster"),
    ]
