"""The organisations one article names, so that "the alliance", "IDLA" or "a spokesperson for the guild"
can stand for them, and the words of the article as written, to tell names from ordinary words.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from claims.lexicon import EMPLOYER_MEMBER_NOUNS, FINITE_WORDS, GENERIC_NAMES, REPORTING_VERBS, WORKER_NOUNS

# An organisation's name: capitalised words, with "of" or "&" between them.
ORG = r"[A-Z][\w&\u2019'.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w&\u2019'.-]*){0,4}"
# The nouns that "the guild", "the alliance", "the district" stand for, as they head an organisation's name.
ORG_TITLES = (
    "Union|Guild|Alliance|Coalition|Federation|Association|Council|Brotherhood|Company|District|Authority|Agency"
    "|Hospital|System|Studios?|Network|University|College|Corporation|Board|Department|Institute|Commission"
    "|Forum|Committee|Foundation|League|Observatory|Centre|Center|Movement"
)
CAP_WORD = r"[A-Z][\w&\u2019'.-]*"
DAY_OR_MONTH = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
                r"|October|November|December")
TITLED_ORG = re.compile(
    rf"(?:{CAP_WORD}[ \t]+(?:(?:and|&|of|for)[ \t]+(?=[A-Z]))?){{0,5}}(?P<title>(?:{ORG_TITLES})s?)\b"
    # "the Wessex Commission on Human Rights" (not "the Harbour Porters Union on Monday")
    rf"(?:[ \t]+(?:of|for|on(?![ \t]+{DAY_OR_MONTH}\b))[ \t]+{CAP_WORD}(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?{CAP_WORD}){{0,5}})?"
)
# "The Northern Shipping Alliance, which bargains for terminal operators and ocean carriers,"
BARGAINS_FOR = re.compile(
    rf"(?:[Tt]he[ \t]+)?(?P<org>{ORG}),[ \t]+(?:which|that)[ \t]+(?:bargains|negotiates|speaks|represents)[ \t]+"
    rf"(?:for|on[ \t]+behalf[ \t]+of)?[ \t]*(?P<members>[^.;]{{3,160}})"
)
# "the Northern Rail Drivers' Union (NRDU)": an acronym given in brackets after a name stands for it,
# whatever its letters (it may abbreviate the name in another language).
# The name may list with commas and end on its title in lower case: "the Harbour, Ferry and Dock Workers' union (HFDW)".
# Names in Spanish, Portuguese, French or Italian join their words with these: "Unión de Docentes de la Costa".
ROMANCE_LINKS = r"(?:de|del|des|do|dos|da|das|di|della|du)(?:[ \t]+(?:la|las|los|le|les|el))?"
NAME_LINK = rf"(?:(?:of|for|and|&|the|{ROMANCE_LINKS})[ \t]+)"
BRACKETED_ACRONYM = re.compile(
    rf"(?P<name>{CAP_WORD}(?:,?[ \t]+{NAME_LINK}?{CAP_WORD}){{1,7}}"
    rf"(?:[ \t]+(?:union|association|federation|guild|confederation))?)[ \t]+\((?P<acronym>[A-Z][A-Za-z]{{1,6}})\)"
)
# "UEC (Unión de Enfermeras de la Costa)": the acronym first, its name after it in brackets.
ACRONYM_THEN_NAME = re.compile(
    rf"\b(?P<acronym>[A-Z][A-Za-z]{{1,6}})[ \t]+\((?P<name>{CAP_WORD}(?:[ \t]+{NAME_LINK}?{CAP_WORD}){{1,7}})\)"
)
# "United Boat Workers", "Harbour Workers of America": a name headed by the workers it organises. Such a name is no
# title for "the workers" (they are as often the people), but its initials ("UBW", "HWA") stand for it.
# (Not those that name a crowd or a firm's members: "Lakeport Residents", "Terminal Operators".)
NO_TRADE = frozenset(
    "members strikers protesters protestors picketers supporters demonstrators residents associates".split()
)
WORKER_TITLES = "|".join(sorted(
    (w.capitalize() for w in WORKER_NOUNS - EMPLOYER_MEMBER_NOUNS - NO_TRADE if w.endswith("s")), key=len, reverse=True
))
WORKER_HEADED_ORG = re.compile(
    rf"(?:{CAP_WORD}[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){{1,5}}(?:{WORKER_TITLES})\b"
    rf"(?:[ \t]+of[ \t]+{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})?"
)
# "United Nurses Harwell", "Nurses United": workers who call themselves united are their own organisation, a union
# whose name has no word for one.
UNITED_WORKERS = re.compile(
    rf"\bUnited[ \t]+(?:{CAP_WORD}[ \t]+)?(?:{WORKER_TITLES})\b(?:[ \t]+(?!(?:And|Of|In|On|At)\b){CAP_WORD}){{0,2}}"
    rf"|(?:{CAP_WORD}[ \t]+){{1,2}}(?:{WORKER_TITLES})[ \t]+United\b"
)
THE_TITLE = re.compile(rf"\bthe[ \t]+({ORG_TITLES})s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Vocabulary:
    """The words of a document as written, to tell names (never in lower case) from ordinary words."""

    tokens: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        words = re.findall(r"[A-Za-z][\w\u2019'-]*", text)
        # "by the HTG's count" writes the initials "HTG" too
        return cls(frozenset(words) | {w[:-2] for w in words if w.endswith(("'s", "\u2019s"))})

    def in_lower_case(self, word: str) -> bool:
        """'Healthcare workers' is no employer: 'healthcare' is written in lower case elsewhere."""
        return word.lower() in self.tokens


@dataclass
class NamedOrganisations:
    """The organisations an article names, by the noun that heads them ("alliance", "district")."""

    by_title: dict[str, Counter] = field(default_factory=dict)  # title -> how often each name of it occurs
    acronyms: dict[str, str] = field(default_factory=dict)  # "CHWA" -> "Coastal Harbour Workers Association"
    employer_bodies: set[str] = field(default_factory=set)  # lower case: alliances that bargain for employers
    worker_bodies: set[str] = field(default_factory=set)  # lower case: "HNA, which represents 9,000 nurses"

    @classmethod
    def of(cls, text: str) -> NamedOrganisations:
        found = cls()
        vocabulary = Vocabulary.of(text)
        for match in TITLED_ORG.finditer(text):
            found._add(match, vocabulary)
        for match in WORKER_HEADED_ORG.finditer(text):
            found._add_initials(match.group().split(), vocabulary)
        for match in UNITED_WORKERS.finditer(text):
            found._add_initials(match.group().split(), vocabulary)
            found.worker_bodies.add(match.group().lower())
        if "(" in text:
            for match in (*BRACKETED_ACRONYM.finditer(text), *ACRONYM_THEN_NAME.finditer(text)):
                words = match.group("name").split()
                while words and words[0].lower() in GENERIC_NAMES:
                    words.pop(0)
                acronym = match.group("acronym")
                if len(words) > 1 and sum(c.isupper() for c in acronym) >= 2:
                    found.acronyms.setdefault(acronym, " ".join(words))
        for match in BARGAINS_FOR.finditer(text):
            members = _until_a_verb(re.findall(r"[a-z]+", match.group("members").lower()))
            employers = members & (EMPLOYER_MEMBER_NOUNS - WORKER_NOUNS)
            workers = members & (WORKER_NOUNS - EMPLOYER_MEMBER_NOUNS)
            if employers and not workers:
                found.employer_bodies.add(match.group("org").lower())
            elif workers and not employers:
                found.worker_bodies.add(match.group("org").lower())
        return found

    def named(self, title: str) -> str:
        """The organisation that 'the <title>' stands for in this document, or '' when none or several."""
        named = self.by_title.get(title.lower().rstrip("s"))
        if not named:
            return ""
        ranked = named.most_common(2)
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return ""  # two guilds named as often: "the guild" could be either
        return ranked[0][0]

    def meant(self, phrase: str) -> str:
        """'a spokesperson for the alliance' -> the Alliance of ... named in the document, or ''."""
        for match in THE_TITLE.finditer(phrase):
            named = self.named(match.group(1))
            if named:
                return named
        return ""

    def abbreviated(self, phrase: str) -> str:
        """'CHWA President Ola Brandt' -> 'Coastal Harbour Workers Association', or ''."""
        return next((self.acronyms[w] for w in phrase.split() if w in self.acronyms), "")

    def contains(self, phrase: str) -> bool:
        """'Coastal Harbour Workers Association' is one organisation, not two paired."""
        phrase = phrase.removeprefix("The ").removeprefix("the ")
        return any(phrase in name for names in self.by_title.values() for name in names)

    def _add(self, match: re.Match, vocabulary: Vocabulary) -> None:
        title_at = match.start("title") - match.start()
        before, rest = match.group()[:title_at].split(), match.group()[title_at:].split()
        while before and (before[0].lower() in GENERIC_NAMES or vocabulary.in_lower_case(before[0])
                          or before[0].endswith(("'s", "\u2019s"))):
            before.pop(0)  # "The Harbour Riggers Guild", "After Lakeport Unified School District", "Wessex's Board"
        words = before + rest
        if len(words) < 2:
            return
        name = " ".join(words).rstrip(".,")
        self.by_title.setdefault(match.group("title").lower().rstrip("s"), Counter())[name] += 1
        self._add_initials(words, vocabulary)

    def _add_initials(self, words: list[str], vocabulary: Vocabulary) -> None:
        """The name's initials stand for it where the text writes them. "United" and "National" are no article to
        leave out: they count, as in "UBW"."""
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        acronym = "".join(w[0] for w in words if w[:1].isupper())
        if len(acronym) >= 3 and acronym in vocabulary.tokens:
            self.acronyms.setdefault(acronym, " ".join(words).rstrip(".,"))


def _until_a_verb(words: list[str]) -> set[str]:
    """The words of an appositive up to the verb of the main clause it sits in."""
    for i, word in enumerate(words):
        if word in FINITE_WORDS or word in REPORTING_VERBS or word == "put":
            return set(words[:i])
    return set(words)
