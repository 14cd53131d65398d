"""Parties files: which organisations and people speak for which side.

Recommended format (the table key is the side name written on claims)::

    [union]
    aliases = ["Harbour Nurses Union", "HNU", "Local 214"]
    people = ["Ada Quill"]

    [employer]
    aliases = ["Lakeport Health", "LH"]
    people = ["Bo Lind"]

Also accepted: ``[parties.NAME]`` tables, ``[[parties]]`` with a ``side`` key,
``names`` for ``aliases`` and ``members`` for ``people``, and a single string
where a list is expected.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

from claims.model import Parties, Party

ALIAS_KEYS = ("aliases", "names", "organisations", "organizations", "orgs")
PEOPLE_KEYS = ("people", "members", "persons", "spokespeople")
LABEL_KEYS = ("label", "name", "description")
LABOUR_SIDE_NAMES = frozenset("union unions labor labour workers worker staff".split())
MANAGEMENT_SIDE_NAMES = frozenset("employer employers management company studio studios hospital owner owners".split())

# Used when no parties file is given: well-known labour organisations and employer associations whose names do not
# say what they are ("Teamsters", "SEIU"). Organisations not listed are placed by what they are and by what the
# article says of them (see sides.py and organisations.py): "United Boat Workers" and its initials are a union's.
DEFAULT_PARTIES = Parties(
    (
        Party(
            "union",
            aliases=(
                "AFL-CIO", "SEIU", "Teamsters", "USW", "United Steelworkers", "Steelworkers", "AFSCME", "IBEW",
                "UFCW", "UNITE HERE", "AFT", "NEA", "SAG-AFTRA", "National Nurses United", "NNU",
                "California Nurses Association", "CNA", "ILWU", "ILA", "IAM", "Machinists", "ALPA",
                "Air Line Pilots Association", "AFA", "TWU", "ATU", "Amalgamated Transit Union", "OPEIU", "IATSE",
                "Actors' Equity", "Starbucks Workers United", "Workers United",
            ),
        ),
        Party(
            "employer",
            aliases=(
                "Pacific Maritime Association", "PMA", "United States Maritime Alliance", "USMX",
                "National Football League", "NFL", "Major League Baseball", "MLB", "Board of Education",
            ),
        ),
    )
)


def load_parties(path: str | Path) -> Parties:
    """Read a parties TOML file; ValueError with a one-line message if it is malformed."""
    raw = Path(path).read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("parties file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise ValueError(f"parties file is not valid TOML: {str(e).splitlines()[0]}") from None
    return parties_from_mapping(data)


def parties_from_mapping(data: dict) -> Parties:
    tables = _side_tables(data)
    parties = tuple(_party(side, table) for side, table in tables)
    if not parties:
        raise ValueError("parties file names no sides: add tables such as [union] and [employer] with aliases = [...]")
    if not any(p.aliases or p.people for p in parties):
        raise ValueError("parties file lists no aliases or people for any side")
    return Parties(parties)


def _side_tables(data: dict) -> list[tuple[str, dict]]:
    nested = data.get("parties", data.get("party"))
    if isinstance(nested, dict):
        data = nested
    elif isinstance(nested, list):
        return [(_side_name_of(i, table), table) for i, table in enumerate(nested)]
    tables = []
    for side, table in data.items():
        if not isinstance(table, dict):
            raise ValueError(f"parties file: '{side}' should be a table like [{side}] with aliases = [...]")
        tables.append((str(side).strip(), table))
    return tables


def _side_name_of(index: int, table: object) -> str:
    if not isinstance(table, dict):
        raise ValueError(f"parties file: entry {index + 1} of [[parties]] is not a table")
    side = table.get("side") or table.get("name")
    if not isinstance(side, str) or not side.strip():
        raise ValueError(f"parties file: entry {index + 1} of [[parties]] has no side = \"...\"")
    return side.strip()


def _party(side: str, table: dict) -> Party:
    if not side:
        raise ValueError("parties file: a side has an empty name")
    return Party(
        side=side,
        aliases=_strings(side, table, ALIAS_KEYS),
        people=_strings(side, table, PEOPLE_KEYS),
        label=next((str(table[k]) for k in LABEL_KEYS if isinstance(table.get(k), str)), ""),
    )


def _strings(side: str, table: dict, keys: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for key in keys:
        value = table.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"parties file: [{side}] {key} should be a list of strings")
        found.extend(v.strip() for v in value if v.strip())
    return tuple(dict.fromkeys(found))


def labour_side(parties: Parties) -> str:
    """The side that speaks for workers: named so ('union', 'labor'), else the first side."""
    for party in parties.parties:
        if party.side.lower() in LABOUR_SIDE_NAMES:
            return party.side
    others = [p.side for p in parties.parties if p.side.lower() not in MANAGEMENT_SIDE_NAMES]
    return others[0] if others else parties.parties[0].side


def management_side(parties: Parties) -> str:
    """The side that speaks for the employer: named so, else the first side that is not labour's."""
    labour = labour_side(parties)
    for party in parties.parties:
        if party.side.lower() in MANAGEMENT_SIDE_NAMES:
            return party.side
    others = [p.side for p in parties.parties if p.side != labour]
    return others[0] if others else labour
