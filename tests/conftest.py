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


# -- both backends ------------------------------------------------------------------------------------------
# FACTCHECK_TEST_POSTGRES names a server (a URL to any database of it, as a superuser or a user that may create
# databases); `.ci/run` starts a throwaway one and sets it. Each test gets a fresh database of its own.

POSTGRES_ENV = "FACTCHECK_TEST_POSTGRES"
HOW_TO_RUN_POSTGRES = (
    f"no PostgreSQL server: set {POSTGRES_ENV}=postgresql://USER:PASSWORD@HOST:PORT/postgres, "
    "or run `bash .ci/run`, which starts a throwaway server, to include the PostgreSQL tests"
)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the test server; skips (fails under CI=true) when there is none."""
    url = os.environ.get(POSTGRES_ENV, "")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {POSTGRES_ENV} is not set: .ci/run must start a PostgreSQL server")
        pytest.skip(HOW_TO_RUN_POSTGRES)
    return url


@pytest.fixture
def postgres_db(postgres_server, request) -> str:
    """A URL to a new, empty database on the test server, dropped after the test."""
    import re
    import uuid

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:8]
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'create database "{name}"')
    yield with_database(postgres_server, name)
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'drop database if exists "{name}" with (force)')


def with_database(url: str, name: str) -> str:
    """The same server URL, naming another database."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


@pytest.fixture(params=["sqlite", "postgres"])
def db(request, tmp_path) -> str:
    """Where a test's database is, on each backend in turn: an SQLite file's path, or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("postgres_db")
