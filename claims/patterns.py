"""Regex pieces shared by the furniture and the figure rules, so that both agree on a phone number or an address."""

PHONE = r"\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\d{3}-\d{4}\b"
STREET_TYPES = r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Plaza|Square|Suite)\b"
STREET_NUMBER = rf"\d{{1,6}}\s+(?:[A-Z][\w.]*\s+){{0,3}}{STREET_TYPES}"
