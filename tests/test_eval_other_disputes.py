"""The yardstick on two disputes the rules were not written from (tests/data/other_disputes)."""
import json
import subprocess
import sys

import pytest
from conftest import FACTCHECK, ROOT, SHARED

DATA = ROOT / "tests" / "data" / "other_disputes"
PARTIES = str(DATA / "parties.toml")

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared is not beside the checkout")


def score(kind: str, gold: str, *extra: str) -> dict:
    command = [sys.executable, str(SHARED / "eval" / "score.py"), kind, str(DATA / "corpus"), str(DATA / gold),
               "--factcheck", str(FACTCHECK), *extra]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_figures_with_parties_file():
    result = score("figures", "figures.jsonl", "--parties", PARTIES)
    assert result["found"] >= 0.95 * result["gold"], result["misses"]
    assert result["strict"] >= 0.85 * result["gold"], result["misses"]
    assert result["side_right"] >= 0.9 * result["gold"], result["misses"]


def test_figures_without_parties_file():
    """An alliance of producers is the employer, a paper named after its city is no party."""
    result = score("figures", "figures.jsonl")
    assert result["side_right"] >= 0.85 * result["gold"], result["misses"]


@pytest.mark.slow
def test_pairs_with_parties_file():
    result = score("pairs", "pairs.jsonl", "--parties", PARTIES)
    summary = {k: result[k] for k in ("gold", "found", "right", "pairs")}
    assert result["found"] >= 9, summary
    assert result["right"] >= 8, summary
    assert result["pairs"] <= 60, summary
