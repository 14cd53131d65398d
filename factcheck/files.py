"""Reading a file named by a user: regular files only, never more than a limit, Ctrl-C always heard.

`/dev/zero`, `/dev/urandom` or a FIFO report a size of 0 and never end (or
never start): reading one whole would hang or fill memory. The file is opened
without blocking, checked to be a regular file on the opened descriptor (so
it cannot be swapped after a check by name), and read in pieces up to the
limit.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from factcheck.errors import FactcheckError

CHUNK = 1 << 20
KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileProblem(FactcheckError):
    """Why a file cannot be read; the message names no file (the caller does)."""


def not_regular(mode: int) -> str:
    """What a non-regular, non-folder file is, in words, for the line that says it is skipped."""
    for test, name in KINDS:
        if test(mode):
            return f"not a regular file ({name}); skipped"
    return "not a regular file; skipped"


def read_limited(path: Path, max_bytes: int, option: str = "--max-size") -> bytes:
    """The bytes of a regular file of at most `max_bytes`, else FileProblem."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise FileProblem(_cannot_read(e)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem("is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(not_regular(info.st_mode))
        if info.st_size > max_bytes:
            raise FileProblem(too_big(info.st_size, max_bytes, option))
        pieces, total = [], 0
        while True:
            piece = os.read(fd, min(CHUNK, max_bytes + 1 - total))
            if not piece:
                break
            pieces.append(piece)
            total += len(piece)
            if total > max_bytes:  # the file grew while it was read
                raise FileProblem(too_big(total, max_bytes, option))
        return b"".join(pieces)
    except OSError as e:
        raise FileProblem(_cannot_read(e)) from None
    finally:
        os.close(fd)


def too_big(size: int, max_bytes: int, option: str = "--max-size") -> str:
    return f"file is {megabytes(size)}, above the {megabytes(max_bytes)} limit" + (f" ({option})" if option else "")


def megabytes(size: int) -> str:
    # Binary megabytes, as --max-size counts them; one decimal so that 1.3 MB above a 1 MB limit does not read "1 MB".
    return f"{size / 2**20:.1f} MB".replace(".0 MB", " MB")


def _cannot_read(e: OSError) -> str:
    return f"cannot read: {e.strerror or e}"
