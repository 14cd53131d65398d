"""The yardstick: score.py pairs on the seed articles, when ../shared is beside the checkout."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared is not beside the checkout")
def test_seed_pairs_are_found_and_labelled():
    parties = ROOT / "examples" / "kaiser-parties.toml"
    args = [sys.executable, str(SHARED / "eval" / "score.py"), "pairs", str(SHARED / "seeds"), str(SHARED / "eval" / "seed_pairs.jsonl")]
    if parties.is_file():
        args += ["--parties", str(parties)]
    env = dict(os.environ, FC=str(Path(sys.executable).with_name("factcheck")))
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    summary = {k: result[k] for k in ("found", "right", "pairs")}
    assert result["found"] >= 12, summary
    assert result["right"] >= 10, summary
    assert result["pairs"] <= 60, summary
