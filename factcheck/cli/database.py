"""db copy: a whole database from one backend to the other (SQLite file, PostgreSQL URL)."""
from __future__ import annotations

from typing import Annotated

import typer

from factcheck.cli.common import app, echo, fail, open_store

db_app = typer.Typer(help="Whole databases: copy between an SQLite file and a PostgreSQL server.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("copy")
def copy(
    source: Annotated[str, typer.Argument(help="The database to copy: an SQLite file or a postgresql:// URL.")],
    dest: Annotated[str, typer.Argument(help="Where to copy it: an empty database (made if missing), or an earlier copy.")],
) -> None:
    """Copy every document, claim, vector, pair and label event, keeping their ids. Copying again adds nothing."""
    from factcheck.errors import FactcheckError
    from factcheck.store.copy import copy_database

    with open_store(source) as origin, open_store(dest, create=True) as target:
        try:
            report = copy_database(origin, target)
        except FactcheckError as e:
            fail(str(e))
        echo(f"Copied {origin.name} to {target.name}: {report.summary()}.")
