"""What every command shares: the app, the --db option, opening the store, failing in one line."""
from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from factcheck.errors import FactcheckError

app = typer.Typer(
    name="factcheck",
    help="Extract claims from articles about a dispute, pair opposing claims, review them and report contradictions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="FACTCHECK_DB",
        help="SQLite database file, or a postgresql://user@host:port/dbname URL (password from PGPASSWORD or ~/.pgpass).",
        show_default=True,
    ),
]
DEFAULT_DB = "factcheck.db"
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON Lines.")]


def fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


@contextlib.contextmanager
def open_store(db: str | Path, create: bool = True) -> Iterator["ClaimStore"]:  # noqa: F821 - imported lazily
    """Open the store at a path or a postgresql:// URL, turning any database trouble into one line on stderr.

    psycopg is imported only when a URL is opened; a URL's password never reaches a message.
    """
    from factcheck.store import database_error, open_store as open_any

    try:
        with open_any(db, create=create) as store:
            yield store
    except FactcheckError as e:
        fail(str(e))
    except sqlite3.DatabaseError as e:
        fail(str(database_error(Path(db), e)))


def label_choice(value: str | None, option: str = "") -> "Label | None":  # noqa: F821 - imported lazily
    """The label a command-line value names (None for None); one `Error:` line otherwise."""
    from factcheck.records import Label

    if value is None:
        return None
    try:
        return Label.parse(value)
    except FactcheckError as e:
        fail(f"{option}: {e}" if option else str(e))


LABEL_HELP = "agree, conflict or unverifiable"


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))
