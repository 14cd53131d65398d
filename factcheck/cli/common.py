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
from factcheck.safe_text import one_line, terminal_safe

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
ForceOption = Annotated[
    bool, typer.Option("--force", help="Replace an existing file that is not a previous output of this command.")
]
# The most a count or id can be: SQLite's integers are 64-bit.
MAX_INTEGER = 2**63 - 1


def echo(text: str = "", err: bool = False) -> None:
    """Print through here, never with typer.echo or print: stored text and file names may carry escape sequences."""
    typer.echo(terminal_safe(text), err=err)


def error(message: str) -> None:
    """One `Error:` line on stderr, whatever the message holds (a newline in a file name cannot forge a second)."""
    typer.echo(f"Error: {one_line(message)}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    error(message)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"Warning: {one_line(message)}", err=True)


def clamp(value: int | None, most: int = MAX_INTEGER) -> int | None:
    """A limit given on the command line, brought within what can exist (`-n 10**30` asks for everything)."""
    return None if value is None else min(value, most)


def known_id(value: int | None, what: str) -> None:
    """An id beyond SQLite's 64-bit integers names nothing: say so rather than overflow in the query."""
    if value is not None and not -MAX_INTEGER - 1 <= value <= MAX_INTEGER:
        fail(f"no {what} with id {value}")


@contextlib.contextmanager
def open_store(db: str | Path, create: bool = False) -> Iterator["ClaimStore"]:  # noqa: F821 - imported lazily
    """Open the store at a path or a postgresql:// URL, turning any database trouble into one line on stderr.

    Only `ingest`, `demo` and the destination of `db copy` pass create=True: elsewhere a mistyped --db is an
    error, not a new empty database. psycopg is imported only when a URL is opened; a URL's password never
    reaches a message.
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
