"""The house rules that code review would otherwise have to catch: where SQL lives, what is documented."""
import re
from pathlib import Path

from factcheck.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SQL = re.compile(
    r"\.(execute|executemany|query)\(|\bselect\s+[\w*,. ()]+\s+from\b|\binsert\s+into\b|\bdelete\s+from\s+\w|\bupdate\s+\w+\s+set\b",
    re.I,
)


def test_no_sql_outside_the_store():
    offenders = []
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        if path.parent.name == "store" or "store" in path.relative_to(ROOT / "factcheck").parts[:1]:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if SQL.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "SQL outside factcheck/store/:\n" + "\n".join(offenders)


def command_names(typer_app, prefix="factcheck") -> list[str]:
    names = []
    for command in typer_app.registered_commands:
        names.append(f"{prefix} {command.name or command.callback.__name__.replace('_', '-')}")
    for group in typer_app.registered_groups:
        names.extend(command_names(group.typer_instance, f"{prefix} {group.name}"))
    return names


def test_every_command_is_in_the_readme():
    missing = [name for name in command_names(app) if name not in README]
    assert not missing, f"commands the README does not show: {missing}"


def test_the_library_front_door_names_what_the_readme_uses():
    import factcheck

    assert set(factcheck.__all__) >= {
        "Store", "ingest_paths", "run_pairing", "search_claims", "build_report", "render", "final_label", "FactcheckError",
    }
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_the_readme_library_example_runs(tmp_path):
    """The README's "As a library" block, run as written on two small articles (the real bundled model)."""
    import os
    import shutil
    import subprocess
    import sys

    block = README.split("## As a library", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "kaiser-parties.toml", tmp_path / "examples")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Strike talks stall\n\nThe union said the average wage is $31 an hour. Kaiser said the average wage is $34.97 an hour.\n"
    )
    (tmp_path / "articles" / "b.txt").write_text("Second day\n\nKaiser said it pays an average hourly wage of $34.97.\n")
    done = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("Kaiser employer 34.97 USD/hour exact")
    assert (tmp_path / "report.html").read_text().startswith("<!DOCTYPE html>")
