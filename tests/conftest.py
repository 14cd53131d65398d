import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FACTCHECK = Path(sys.executable).with_name("factcheck")

# The review loop and reports must never pick up a developer's own settings.
for name in ("FACTCHECK_DB", "FACTCHECK_REVIEWER", "FACTCHECK_MODEL"):
    os.environ.pop(name, None)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


def needs_shared():
    return pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside the checkout")
