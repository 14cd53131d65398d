"""Regex pieces shared by the furniture, the figure and the side rules, so that all agree on a phone number, an
address or a web address."""

PHONE = r"\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\d{3}-\d{4}\b"
STREET_TYPES = r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Plaza|Square|Suite)\b"
STREET_NUMBER = rf"\d{{1,6}}\s+(?:[A-Z][\w.]*\s+){{0,3}}{STREET_TYPES}"
# A web address in a name ("Harborview.com Staff", "Lakeport.news") names an outlet.
WEB_DOMAIN = r"\w\.(?:com|org|net|ca|co|uk|de|fr|au|vn|in|news|info)\b"
