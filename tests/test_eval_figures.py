"""The yardstick: ../shared/eval/score.py figures, through the real CLI, on the seed articles."""
import json
import subprocess
import sys

from conftest import FACTCHECK, ROOT, SHARED, needs_shared

pytestmark = needs_shared()


def score_figures(*extra):
    command = [sys.executable, str(SHARED / "eval" / "score.py"), "figures", str(SHARED / "seeds"),
               str(SHARED / "eval" / "seed_figures.jsonl"), "--factcheck", str(FACTCHECK), *extra]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_figures_with_parties_file():
    result = score_figures("--parties", str(ROOT / "examples" / "kaiser-parties.toml"))
    assert result["strict"] >= 0.95 * result["gold"], result["misses"]
    assert result["side_right"] >= 0.85 * result["gold"], result["misses"]


def test_figures_without_parties_file():
    result = score_figures()
    assert result["side_right"] >= 0.75 * result["gold"], result["misses"]


def test_every_gold_quote_is_or_contains_a_claim(tmp_path):
    from factcheck.cli import app
    from typer.testing import CliRunner

    runner = CliRunner()
    db = str(tmp_path / "seeds.db")
    parties = str(ROOT / "examples" / "kaiser-parties.toml")
    assert runner.invoke(app, ["ingest", "--db", db, "--parties", parties, str(SHARED / "seeds")]).exit_code == 0
    claims = [json.loads(line) for line in runner.invoke(app, ["claims", "--db", db, "--json"]).stdout.splitlines()]
    texts = [squash(c["text"]) for c in claims]
    for row in map(json.loads, (SHARED / "eval" / "seed_pairs.jsonl").read_text().splitlines()):
        for quote in (squash(row["quote_a"]), squash(row["quote_b"])):
            assert any(t in quote or quote in t for t in texts), quote
    boilerplate = ("By Bernie", "Photo via", "Contact:", "Getty Images", "Sign up", "Mailing Address", "found this helpful")
    assert not [t for t in texts if any(b.lower() in t for b in boilerplate)]


def squash(text):
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        text = text.replace(a, b)
    return " ".join(text.split()).lower()
