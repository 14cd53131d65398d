"""Where a database is: a path (SQLite) or a postgresql:// URL, and how messages name it without its password.

Standard library only, so that the command line can name a database without loading a backend.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

URL_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: str) -> bool:
    return str(location).lower().startswith(URL_SCHEMES)


def redact(location: str) -> str:
    """The location as messages and reports show it: a URL loses its password (in the user part or the query)."""
    location = str(location)
    if not is_postgres_url(location):
        return location
    try:
        parts = urlsplit(location)
        netloc = parts.netloc
        if "@" in netloc:
            user, host = netloc.rsplit("@", 1)
            netloc = user.split(":", 1)[0] + "@" + host
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "password"]
        return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))
    except ValueError:
        return location.split("://", 1)[0] + "://(a URL that cannot be read)"


def password_of(location: str) -> str:
    """The password written in a URL ('' when none): what every message must never show."""
    try:
        parts = urlsplit(str(location))
        query = dict((k.lower(), v) for k, v in parse_qsl(parts.query, keep_blank_values=True))
        return parts.password or query.get("password", "")
    except ValueError:
        return ""
