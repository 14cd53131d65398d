"""Single key presses without Enter, and a line of text when a note is typed.

termios cbreak mode rather than full raw mode: it keeps ISIG, so Ctrl-C still
raises KeyboardInterrupt and the caller can leave cleanly with status 130.
"""
from __future__ import annotations

import os
import select
import sys
import termios
import tty
from typing import Protocol, TextIO

ESCAPE = "\x1b"
KEYS = {
    "a": "agree",
    "c": "conflict",
    "u": "unverifiable",
    "s": "skip",
    "n": "note",
    "o": "context",
    "b": "back",
    "?": "help",
    "q": "quit",
}
LABEL_KEYS = {"a": "agree", "c": "conflict", "u": "unverifiable"}


class KeySource(Protocol):
    def read_key(self) -> str: ...

    def read_line(self) -> str: ...


class TerminalKeys:
    """Keys from a terminal. Use as a context manager: the terminal is restored on any exit."""

    def __init__(self, fd: int):
        self.fd = fd
        self.saved: list | None = None

    def __enter__(self) -> "TerminalKeys":
        self.saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd, termios.TCSANOW)
        return self

    def __exit__(self, *exc) -> None:
        if self.saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)

    def read_key(self) -> str:
        data = os.read(self.fd, 1)
        if not data:
            return "q"  # the terminal went away: leave as if q was pressed
        if data == ESCAPE.encode():
            self._drain()  # arrow and function keys send sequences; they mean nothing here
            return ESCAPE
        if data[0] >= 0x80:
            self._drain()  # the rest of a multi-byte character
            return ""
        return data.decode("ascii")

    def read_line(self) -> str:
        """A line typed with echo and line editing, in the terminal's own cooked mode."""
        assert self.saved is not None
        termios.tcsetattr(self.fd, termios.TCSANOW, self.saved)
        try:
            chunks = []
            while True:
                data = os.read(self.fd, 4096)
                if not data:
                    break
                chunks.append(data)
                if data.endswith(b"\n"):
                    break
            return b"".join(chunks).decode("utf-8", "replace").strip()
        finally:
            tty.setcbreak(self.fd, termios.TCSANOW)

    def _drain(self) -> None:
        while select.select([self.fd], [], [], 0.01)[0]:
            if not os.read(self.fd, 16):
                return


class StreamKeys:
    """Keys from a pipe or a test's input: one character is one key, a note ends at a newline."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def __enter__(self) -> "StreamKeys":
        return self

    def __exit__(self, *exc) -> None:
        pass

    def read_key(self) -> str:
        char = self.stream.read(1)
        return char if char else "q"

    def read_line(self) -> str:
        return self.stream.readline().strip()


def keys_for(stream: TextIO = sys.stdin) -> TerminalKeys | StreamKeys:
    try:
        if stream.isatty():
            return TerminalKeys(stream.fileno())
    except (AttributeError, ValueError, OSError):
        pass
    return StreamKeys(stream)
