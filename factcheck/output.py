"""Writing an output file (a report, a label export) without ever destroying something else.

Every command that writes a file goes through `write_output`:

- a path that is, or resolves to, the database in use (its -wal, -shm or
  -journal file, its index `DB.faiss`) is refused, whatever --force says;
- an existing file is replaced only when it is a previous output of the same
  kind (recognised by its first bytes, see `KINDS`), or empty, or --force is
  given; an SQLite file is never replaced;
- the text goes to a temporary file in the same folder, which is then renamed
  into place: a failed write never leaves half a file.

Problems are raised as FactcheckError, one line each, before anything is written.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from factcheck.errors import FactcheckError

SQLITE_MAGIC = b"SQLite format 3\x00"
DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".faiss")
SNIFF_BYTES = 4096
LABEL_EVENT_KEYS = frozenset({"pair", "label", "reviewer", "note", "adjudication", "created_at"})


def _starts(prefix: bytes) -> Callable[[bytes], bool]:
    return lambda head: head.startswith(prefix)


def _markdown_report(head: bytes) -> bool:
    return head.startswith(b"# ") and b"\n| documents | claims | pairs | labelled |" in head


def _claimreview(head: bytes) -> bool:
    body = head.lstrip()
    return body.startswith(b"[") and (body[1:].strip() == b"]" or b'"@type": "ClaimReview"' in body[:300])


def _label_export(head: bytes) -> bool:
    first = head.split(b"\n", 1)[0]
    try:
        row = json.loads(first)
    except (ValueError, RecursionError):  # a first row longer than SNIFF_BYTES is no export of ours either
        return False
    return isinstance(row, dict) and set(row) == LABEL_EVENT_KEYS


# What each kind of output looks like in its first SNIFF_BYTES, as factcheck writes it
# (tests/test_robust_output.py renders each one and checks that it is recognised).
KINDS: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    "html": ("HTML report", _starts(b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')),
    "md": ("Markdown report", _markdown_report),
    "json": ("JSON report", lambda head: head.startswith(b'{\n "schema": "factcheck-report/')),
    "csv": ("CSV report", _starts("\ufeffpair,topic,label,status,suggested_label,".encode())),
    "claimreview": ("ClaimReview report", _claimreview),
    "labels": ("label export", _label_export),
}


def database_files(database: str | Path) -> list[Path]:
    """The database and the files SQLite and the search index keep beside it; none for a server's URL."""
    if "://" in str(database):
        return []
    return [Path(str(database) + suffix) for suffix in DATABASE_COMPANIONS]


def check_output(path: Path, kind: str, force: bool = False, database: str | Path | None = None) -> Path:
    """Why `path` must not be written, as a FactcheckError; else the real path to write to."""
    name = KINDS[kind][0]
    where = f"cannot write {path}"
    if str(path) in ("", "-"):
        raise FactcheckError(f"{where}: give a file name")
    real = Path(os.path.realpath(path))
    if database is not None:
        for companion in database_files(database):
            if real == Path(os.path.realpath(companion)) or _same_file(path, companion):
                raise FactcheckError(f"{where}: it is the database in use ({companion}); choose another file")
    try:
        st = os.stat(real)
    except FileNotFoundError:
        if not real.parent.is_dir():
            raise FactcheckError(f"{where}: folder {path.parent} does not exist") from None
        if not os.access(real.parent, os.W_OK):
            raise FactcheckError(f"{where}: the folder is not writable") from None
        return real
    except OSError as e:
        raise FactcheckError(f"{where}: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise FactcheckError(f"{where}: it is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise FactcheckError(f"{where}: not a regular file (a device, pipe or socket)")
    head = _head(real)
    if head.startswith(SQLITE_MAGIC):
        raise FactcheckError(f"{where}: it is an SQLite database; factcheck never replaces one")
    if head and not KINDS[kind][1](head) and not force:
        raise FactcheckError(f"{where}: the file exists and is not a factcheck {name}; --force replaces it")
    if not os.access(real, os.W_OK) or not os.access(real.parent, os.W_OK):
        raise FactcheckError(f"{where}: permission denied")
    return real


def write_output(
    path: Path, data: str | bytes, kind: str, force: bool = False, database: str | Path | None = None
) -> None:
    """Write `data` to `path` whole or not at all, after `check_output` (see the module's docstring)."""
    real = check_output(path, kind, force, database)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    try:
        fd, temp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".tmp")
    except OSError as e:
        raise FactcheckError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, real)
    except BaseException as e:
        try:
            os.unlink(temp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise FactcheckError(f"cannot write {path}: {e.strerror or e}") from None
        raise


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(SNIFF_BYTES)
    except OSError as e:
        raise FactcheckError(f"cannot write {path}: cannot read what is there ({e.strerror or e})") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
