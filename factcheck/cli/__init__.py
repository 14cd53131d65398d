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
    """Run a command. typer's own usage errors (a bad option value) are printed here, through the same
    terminal-safe filter as every other line: they quote the value given, which may hold escape sequences."""
    import io
    import sys

    from factcheck.safe_text import one_line, terminal_safe

    try:
        code = app(standalone_mode=False)
    except Exception as e:
        show, exit_code = getattr(e, "show", None), getattr(e, "exit_code", None)
        if show is None or exit_code is None:  # not a usage error: a bug, and its traceback helps
            raise
        buffer = io.StringIO()
        show(file=buffer)
        before, mark, message = buffer.getvalue().partition("Error: ")
        sys.stderr.write(terminal_safe(before) + (f"{mark}{one_line(message)}\n" if mark else ""))
        sys.exit(exit_code)
    sys.exit(code if isinstance(code, int) else 0)
