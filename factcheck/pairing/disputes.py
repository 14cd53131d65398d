"""Whether two documents are about the same dispute: articles about one dispute name the same people and
organisations, articles about two disputes in one store mostly do not.

Names are read from the claims already loaded (their text and speakers), so
nothing more is read from the database. Pairs across documents that share no
names are demoted, not dropped: a short brief may name nobody at all.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from claims.lexicon import EMPLOYER_ORG_NOUNS, LABOUR_ORG_NOUNS, MANAGEMENT_NOUNS, MONTHS, ROLE_NOUNS, WEEKDAYS

# A capitalised word inside a sentence (not its first word): a name, or part of one.
NAME = re.compile(r"(?<=[a-z0-9,;:] )[A-Z][\w'\u2019-]{2,}")
# Capitalised words that any two disputes share: titles, kinds of organisation, calendar words.
COMMON = (
    frozenset(MONTHS) | WEEKDAYS | LABOUR_ORG_NOUNS | EMPLOYER_ORG_NOUNS | MANAGEMENT_NOUNS | ROLE_NOUNS
    | frozenset("the this that these those and but united national american state states city county".split())
)
# Two documents sharing this many names are of one dispute outright; documents so linked, one to the next, form
# the dispute's cluster.
SHARED_NAMES = 2
FEW_NAMES = 5  # a document naming fewer than this shares one name with its dispute's other articles at least
# A document naming fewer than this is of its dispute where its title and another's share a topic ("rail strike"):
# an economist's note on a strike names the economists, not the parties.
FEW_NAMES_FOR_TITLES = 8
# Words that say what kind of dispute a title is about, after the word that says which one.
TOPIC_HEADS = frozenset("strike strikes walkout lockout protest protests dispute talks march marches reform".split())
TITLE_WORD = re.compile(r"[a-z][a-z'\u2019-]+")
# Words two disputes' titles share without being one topic.
TITLE_STOPWORDS = frozenset(
    """
    the a an of in on at to for and or but with by from as is are was were be been could would will may might
    its their his her new over after before amid says say said strike strikes workers union unions pay
    deal talks protest protests dispute cost costs day days week weeks first last more than million billion
    thousand percent dollars euros pounds
    """.split()
)
# A name in more documents than this says little about which dispute they are of (a head of state, a big city):
# it does not link documents into one cluster, which would otherwise cost a pass over every pair of them.
CLUSTER_NAME_MAX_DOCUMENTS = 200


class DocumentNames:
    """The names each document's claims use, and which documents they relate."""

    def __init__(self, by_document: dict[int, frozenset[str]], topics: dict[int, frozenset[tuple[str, str]]] | None = None):
        self.by_document = by_document
        self.topics = topics or {}  # each document's title, as pairs of adjacent words that name a topic
        self._related: dict[tuple[int, int], bool] = {}
        self._cluster: dict[int, int] | None = None

    @classmethod
    def of(cls, claims: Iterable, titles: dict[int, str] | None = None) -> DocumentNames:
        """From claims with `document_id`, `text` and `speaker`, and the documents' titles where known."""
        found: dict[int, set[str]] = defaultdict(set)
        for c in claims:
            words = NAME.findall(c.text) + [w for w in (c.speaker or "").split() if w[:1].isupper()]
            found[c.document_id].update(w.strip(".,'\u2019").lower() for w in words)
        names = {doc: frozenset(w for w in names if w and w not in COMMON) for doc, names in found.items()}
        return cls(names, {doc: title_topics(title) for doc, title in (titles or {}).items()})

    def related(self, doc_a: int, doc_b: int) -> bool:
        """Same dispute, as far as names tell; True when either document names nobody."""
        if doc_a == doc_b:
            return True
        key = (min(doc_a, doc_b), max(doc_a, doc_b))
        if key not in self._related:
            a, b = self.by_document.get(doc_a, frozenset()), self.by_document.get(doc_b, frozenset())
            shared = len(a & b)
            self._related[key] = (
                not a or not b or shared >= SHARED_NAMES or (shared >= 1 and min(len(a), len(b)) < FEW_NAMES)
                or (shared >= 1 and self.cluster(doc_a) == self.cluster(doc_b))
                or (min(len(a), len(b)) < FEW_NAMES_FOR_TITLES
                    and bool(self.topics.get(doc_a, frozenset()) & self.topics.get(doc_b, frozenset())))
            )
        return self._related[key]

    def cluster(self, doc: int) -> int:
        """The dispute cluster a document belongs to: documents sharing two names, and the documents sharing two
        with those, and so on. Two articles of one dispute may share a single name ("Duluth") while each shares
        several with a third; within one cluster a single shared name is enough."""
        if self._cluster is None:
            self._cluster = _clusters(self.by_document)
        return self._cluster.get(doc, doc)


def _clusters(by_document: dict[int, frozenset[str]]) -> dict[int, int]:
    """{document: its cluster's smallest document id}, linking documents that share `SHARED_NAMES` names."""
    docs_of: dict[str, list[int]] = defaultdict(list)
    for doc, names in by_document.items():
        for name in names:
            docs_of[name].append(doc)
    shared: Counter = Counter()
    for docs in docs_of.values():
        if 1 < len(docs) <= CLUSTER_NAME_MAX_DOCUMENTS:
            docs.sort()
            shared.update((a, b) for i, a in enumerate(docs) for b in docs[i + 1:])
    parent = {doc: doc for doc in by_document}

    def root(doc: int) -> int:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    for (a, b), n in shared.items():
        if n >= SHARED_NAMES:
            ra, rb = root(a), root(b)
            parent[max(ra, rb)] = min(ra, rb)
    return {doc: root(doc) for doc in by_document}


def title_topics(title: str) -> frozenset[tuple[str, str]]:
    """What a title says its dispute is: a word of a dispute's kind and the word that makes it one dispute,
    ("rail", "strike") of "Looming U.S. rail strike would cost $2 billion a day"."""
    words = TITLE_WORD.findall((title or "").lower())
    return frozenset((a, b) for a, b in zip(words, words[1:]) if b in TOPIC_HEADS and a not in TITLE_STOPWORDS)
