"""Claim extraction for labour-dispute articles: sentences, speakers, sides and figures, by rules only.

Standard library only, so that ingest stays fast and the package can be used on its own.
"""
from claims.extract import extract, organisations_taught
from claims.model import SIDES, Claim, Frame, KnownOrganisations, Parties, Party, Quantity
from claims.parties import DEFAULT_PARTIES, load_parties

__all__ = [
    "extract", "organisations_taught", "load_parties", "DEFAULT_PARTIES",
    "Claim", "Frame", "KnownOrganisations", "Parties", "Party", "Quantity", "SIDES",
]
