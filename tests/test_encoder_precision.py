"""The default encoder's precision: bfloat16 where the processor computes it natively, float32 otherwise or
when asked (FACTCHECK_PRECISION), with the real bundled model."""
import subprocess

import numpy as np
import pytest

from embeddings import SentenceTransformerEncoder
from embeddings.encoder import PRECISION_ENV, ModelNotFound, native_bf16
from tests.conftest import FACTCHECK

CLAIMS = [
    "The union said new hires would be paid 39% less than current workers.",
    "The hospital group said its average wage is $34.97 an hour, above the market rate.",
    "More than 75,000 health care workers walked off the job, organisers said.",
    "Roughly 75,000 workers took part in the strike.",
    "The company denied that it had cut staffing at its hospitals.",
    "Teachers earn about $52,000 a year, the lowest in the state.",
]

pytestmark = pytest.mark.slow


def test_float32_when_asked_and_bfloat16_only_where_the_processor_has_it(monkeypatch):
    monkeypatch.delenv(PRECISION_ENV, raising=False)
    assert SentenceTransformerEncoder(precision="fp32").uses_bf16 is False
    assert SentenceTransformerEncoder().uses_bf16 is native_bf16()
    monkeypatch.setenv(PRECISION_ENV, "fp32")
    assert SentenceTransformerEncoder().uses_bf16 is False


def test_bfloat16_vectors_are_float32_unit_rows_close_to_float32_ones():
    float32 = SentenceTransformerEncoder(precision="fp32").encode(CLAIMS)
    bfloat16 = SentenceTransformerEncoder(precision="bf16").encode(CLAIMS)
    assert bfloat16.dtype == np.float32 and bfloat16.shape == float32.shape
    assert np.allclose(np.linalg.norm(bfloat16, axis=1), 1.0, atol=1e-5)
    cosine = (float32 * bfloat16).sum(axis=1)
    assert cosine.min() > 0.999, cosine
    # The same nearest claim for every claim.
    nearest = lambda m: np.argsort(-(m @ m.T - 2 * np.eye(len(m))), axis=1)[:, 0]  # noqa: E731
    assert (nearest(float32) == nearest(bfloat16)).all()


def test_an_unknown_precision_is_one_line_and_no_traceback(tmp_path):
    with pytest.raises(ModelNotFound, match="FACTCHECK_PRECISION=fp16"):
        SentenceTransformerEncoder(precision="fp16")
    (tmp_path / "a.txt").write_text("The union said 5,000 nurses struck on Monday.\n")
    db = tmp_path / "t.db"
    subprocess.run([str(FACTCHECK), "ingest", str(tmp_path / "a.txt"), "--db", str(db)], check=True, capture_output=True)
    done = subprocess.run([str(FACTCHECK), "pair", "--db", str(db)], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", PRECISION_ENV: "fp16", "HOME": str(tmp_path)})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["Error: FACTCHECK_PRECISION=fp16: expected one of auto, bf16, fp32"]
