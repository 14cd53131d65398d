"""The `factcheck` command: a thin layer over the library.

Command modules import their heavy dependencies inside the command functions,
so `factcheck --help` and the review loop start fast.
"""
from factcheck.cli.common import app
from factcheck.cli import documents  # noqa: F401 - registers commands
from factcheck.cli import demo  # noqa: F401
from factcheck.cli import review, labels  # noqa: F401
from factcheck.cli import report  # noqa: F401
from factcheck.cli import pairing  # noqa: F401
from factcheck.cli import database  # noqa: F401


def main() -> None:
    app()
