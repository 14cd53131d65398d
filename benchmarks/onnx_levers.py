"""The levers of the ONNX encoder, each measured beside bare SentenceTransformer.encode in the same run.

    .venv/bin/python benchmarks/onnx_levers.py              # the export settings
    .venv/bin/python benchmarks/onnx_levers.py --sensitivity # int8 everywhere but one group of layers
    .venv/bin/python benchmarks/onnx_levers.py --runtime     # threads and batch sizes of the default

For each: speed (bare encode time / ONNX encode time, the best of interleaved repeats), mean and minimum
cosine to the float32 sentence-transformers vectors, and the share of each claim's ten nearest
neighbours kept. Exported files go to a temporary cache, never the user's.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from embed_quality import agreement  # noqa: E402

QUANTISED = ("MatMul", "Attention")  # every matrix product, the fused attention's included
GROUPS = {  # node-name fragments of the exported BERT graph
    "query": "attention/self/query", "key": "attention/self/key", "value": "attention/self/value",
    "attention out": "attention/output/dense", "ffn in": "intermediate/dense", "ffn out": "/output/dense/MatMul",
}


def texts(n: int = 1000) -> list[str]:
    return list(dict.fromkeys(corpus.claim_sentences(n * 3, seed=11)))[:n]


def measure(label: str, make, claims: list[str], bare, reference, repeats: int = 3) -> dict:
    encoder = make()
    encoder.encode(claims[:8])
    ours, theirs = [], []
    for _ in range(repeats):  # interleaved, so that a busy moment costs both sides alike
        start = time.perf_counter()
        bare(claims)
        theirs.append(time.perf_counter() - start)
        start = time.perf_counter()
        vectors = encoder.encode(claims)
        ours.append(time.perf_counter() - start)
    found = agreement(reference, vectors)
    row = {"lever": label, "speed": min(theirs) / min(ours), "onnx_s": min(ours), "bare_s": min(theirs), **found}
    print(f"| {label} | {row['speed']:.2f}x ({row['onnx_s']:.2f} s vs {row['bare_s']:.2f} s) | "
          f"{row['cosine_mean']:.4f} / {row['cosine_min']:.4f} | {row['neighbours_kept']:.3f} |", flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sensitivity", action="store_true")
    parser.add_argument("--runtime", action="store_true")
    parser.add_argument("--only", action="append", help="run only the levers whose label contains this")
    args = parser.parse_args(argv)
    os.environ["FACTCHECK_CACHE"] = tempfile.mkdtemp(prefix="factcheck-levers-")
    from embeddings import SentenceTransformerEncoder
    from embeddings.onnx_encoder import DEFAULT_SETTINGS, ExportSettings, OnnxEncoder

    claims = texts()
    torch_encoder = SentenceTransformerEncoder()
    reference = torch_encoder.encode(claims)

    def bare(batch):
        return torch_encoder.model.encode(batch, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                                          show_progress_bar=False)

    levers: list[tuple[str, object]] = []
    if args.sensitivity:
        for group, fragment in GROUPS.items():
            levers.append((f"int8 dynamic, {group} kept float", ExportSettings(quantize="dynamic", op_types=QUANTISED, keep_float=(fragment,))))
        for layer in range(6):
            levers.append((f"int8 dynamic, layer {layer} kept float", ExportSettings(quantize="dynamic", op_types=QUANTISED, keep_float=(f"layer.{layer}/",))))
        runs = [(label, lambda s=s: OnnxEncoder(settings=s)) for label, s in levers]
    elif args.runtime:
        runs = [(f"default, {t} threads, batch {b}", lambda t=t, b=b: OnnxEncoder(threads=t, batch_size=b))
                for t in (1, 2) for b in (8, 16, 32, 64, 128)]
    else:
        settings = [
            ("fp32, not fused", ExportSettings(quantize="none", fuse=False)),
            ("fp32, fused", ExportSettings(quantize="none")),
            ("int8 dynamic, per tensor", ExportSettings(quantize="dynamic", per_channel=False, op_types=QUANTISED)),
            ("int8 dynamic, per channel, embeddings too", ExportSettings(quantize="dynamic", op_types=(*QUANTISED, "EmbedLayerNormalization"))),
            ("int8 dynamic, per channel", ExportSettings(quantize="dynamic", op_types=QUANTISED)),
            ("int8 dynamic, ffn out kept float", ExportSettings(quantize="dynamic", op_types=QUANTISED, keep_float=(GROUPS["ffn out"],))),
            ("int8 dynamic, attention kept float", ExportSettings(quantize="dynamic")),
            ("int8 dynamic, attention and layer 0-1 ffn kept float", ExportSettings(quantize="dynamic", keep_float=(
                "layer.0/intermediate", "layer.0/output", "layer.1/intermediate", "layer.1/output"))),
            ("int8 static, calibrated on claims (default)", DEFAULT_SETTINGS),
        ]
        runs = [(label, lambda s=s: OnnxEncoder(settings=s)) for label, s in settings]
    runs = [(label, make) for label, make in runs if not args.only or any(o in label for o in args.only)]
    print("| lever | speed vs bare encode | cosine mean / min | neighbours kept |")
    print("| --- | --- | --- | --- |")
    for label, make in runs:
        measure(label, make, claims, bare, reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
