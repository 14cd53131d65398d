"""Regex pieces shared by the furniture, the figure and the side rules, so that all agree on a phone number, an
address or a web address."""

PHONE = r"\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\d{3}-\d{4}\b"
STREET_TYPES = r"(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Plaza|Square|Suite)\b"
STREET_NUMBER = rf"\d{{1,6}}\s+(?:[A-Z][\w.]*\s+){{0,3}}{STREET_TYPES}"
# A web address in a name ("Harborview.com Staff", "Lakeport.news") names an outlet.
WEB_DOMAIN = r"\w\.(?:com|org|net|ca|co|uk|de|fr|au|vn|in|news|info)\b"
# The letters of a person's name, accented ones too ("Andrée Vell", "Ágota Mész", "Łucja Piñal"): capitals
# open a name's words; the Latin Extended-A block mixes cases, so it is in both.
NAME_CAPITAL = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"
NAME_LETTER = "[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u2019'-]"
# One word of a person's name (a capital inside it too: "Vell-Moss", "McAllister").
NAME_WORD = rf"{NAME_CAPITAL}{NAME_LETTER}+(?:{NAME_CAPITAL}{NAME_LETTER}+)?"
