"""Who is labelling: --reviewer, else $FACTCHECK_REVIEWER, else the login name."""
from __future__ import annotations

import getpass
from typing import Annotated, Optional

import typer

from factcheck.cli.common import fail

ReviewerOption = Annotated[
    Optional[str],
    typer.Option(
        "--reviewer",
        envvar="FACTCHECK_REVIEWER",
        help="Reviewer name [default: $FACTCHECK_REVIEWER, else your login name].",
        show_default=False,
    ),
]


def resolve_reviewer(name: str | None) -> str:
    if name is None:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            fail("cannot tell who you are: give --reviewer NAME or set FACTCHECK_REVIEWER")
    name = name.strip()
    if not name:
        fail("the reviewer name is empty: give --reviewer NAME")
    return name
