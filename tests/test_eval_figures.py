"""The seed articles as the pairing needs them: every gold quote is a claim, and no boilerplate is.

Their figures and pairs are scored with the other sets in tests/test_eval_held_out.py."""
import json

from conftest import ROOT, SHARED, needs_shared

pytestmark = needs_shared()


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
