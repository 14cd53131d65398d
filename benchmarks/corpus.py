"""A synthetic news corpus about labour disputes, at any size, the same for the same seed.

Documents read like wire and local-paper coverage: each dispute has two
parties with spokespeople, each story mixes the outlet's own reporting with
quoted claims, figures come with units and qualifiers ("more than 3,000
workers", "$27.50 an hour", "a 9% raise over three years"), the two sides
give different figures for the same thing, other outlets rewrite earlier
stories (near-duplicates), and pages carry boilerplate. All names are invented.

    python benchmarks/corpus.py 200 /tmp/corpus    # writes 200 .txt files
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Side:
    name: str  # how stories name the organisation
    short: str  # second mention
    people: tuple[tuple[str, str], ...]  # (name, role)


@dataclass(frozen=True)
class Topic:
    """One disputed quantity: each side's figure and how a sentence states it."""

    phrase: str  # with {fig}: the figure as the sentence says it
    union: float
    employer: float
    kind: str  # money, count, percent, duration


@dataclass(frozen=True)
class Dispute:
    key: str
    workers: str  # plural noun
    union: Side
    employer: Side
    topics: tuple[Topic, ...]
    place: str


DISPUTES = (
    Dispute(
        "hospital", "nurses",
        Side("the Riverbend Nurses Association", "the association",
             (("Carmen Ilves", "the association's president"), ("Omar Haddad", "a bargaining committee member"))),
        Side("Lakeshore Health System", "Lakeshore",
             (("Gwen Pratt", "a Lakeshore spokeswoman"), ("Dr. Alan Mercer", "the system's chief nursing officer"))),
        (
            Topic("average pay of {fig} an hour", 41.5, 52.0, "money"),
            Topic("{fig} nurses on strike", 2800, 1900, "count"),
            Topic("a raise of {fig} over four years", 14, 22, "percent"),
            Topic("{fig} vacant nursing positions", 640, 310, "count"),
            Topic("a strike lasting {fig}", 5, 3, "duration"),
        ),
        "Riverbend",
    ),
    Dispute(
        "transit", "bus drivers",
        Side("Transit Operators Local 518", "the local",
             (("Desmond Achebe", "the local's president"), ("Lucia Ferraro", "a union steward"))),
        Side("the Valley Metro Transit Agency", "the agency",
             (("Hannah Cole", "an agency spokeswoman"), ("Victor Lin", "the agency's general manager"))),
        (
            Topic("a starting wage of {fig} an hour", 22.75, 26.4, "money"),
            Topic("{fig} drivers off the job", 3100, 2200, "count"),
            Topic("a pay increase of {fig} over three years", 9, 15, "percent"),
            Topic("{fig} cancelled routes", 48, 21, "count"),
            Topic("a walkout of {fig}", 7, 4, "duration"),
        ),
        "the valley",
    ),
    Dispute(
        "studios", "screenwriters",
        Side("the Guild of Screen Writers", "the guild",
             (("Priya Ramanathan", "the guild's chief negotiator"), ("Felix Moreau", "a guild board member"))),
        Side("the Association of Film and Streaming Producers", "the producers",
             (("Margaret Oyelaran", "a producers' spokeswoman"), ("Ted Brandt", "the producers' lead negotiator"))),
        (
            Topic("median earnings of {fig} a year", 69000, 91000, "money"),
            Topic("{fig} writers on the picket lines", 11000, 7500, "count"),
            Topic("residual increases of {fig}", 76, 41, "percent"),
            Topic("{fig} productions halted", 130, 60, "count"),
            Topic("a stoppage of {fig}", 21, 10, "duration"),
        ),
        "Los Alisos",
    ),
    Dispute(
        "schools", "teachers",
        Side("the Eastfield Teachers Federation", "the federation",
             (("Rosa Kwiatkowski", "the federation's president"), ("Samuel Obi", "a middle school teacher"))),
        Side("the Eastfield Unified School District", "the district",
             (("Karen Holloway", "the district superintendent"), ("Miguel Soto", "a district spokesman"))),
        (
            Topic("a starting salary of {fig} a year", 47000, 55500, "money"),
            Topic("{fig} teachers on strike", 4200, 3000, "count"),
            Topic("class sizes of {fig} students", 34, 27, "count"),
            Topic("a raise of {fig} this year", 5, 8, "percent"),
            Topic("schools closed for {fig}", 6, 2, "duration"),
        ),
        "Eastfield",
    ),
    Dispute(
        "warehouse", "warehouse workers",
        Side("Warehouse Workers United", "the union",
             (("Tomasz Wrobel", "an organiser with the union"), ("Aisha Grant", "a picker at the site"))),
        Side("Parcelpoint Logistics", "Parcelpoint",
             (("Derek Lund", "a Parcelpoint spokesman"), ("Nina Bauer", "the company's head of operations"))),
        (
            Topic("pay of {fig} an hour", 17.25, 21.0, "money"),
            Topic("{fig} workers at the fulfilment centre", 1500, 950, "count"),
            Topic("injury rates {fig} above the industry average", 80, 12, "percent"),
            Topic("{fig} in lost deliveries", 3_500_000, 900_000, "money"),
            Topic("a strike of {fig}", 10, 2, "duration"),
        ),
        "Northgate",
    ),
)

OUTLETS = ("The Daily Ledger", "Metro Courier", "Valley Tribune", "Harbor Post", "Civic Wire",
           "The Evening Standard-Gazette", "Labor Beat", "Northgate News")
SAYS = ("said", "says", "told reporters", "claimed", "insisted", "noted", "estimated", "argued", "wrote in a statement")
QUALIFIERS = ("", "", "about ", "more than ", "nearly ", "at least ", "roughly ", "up to ")
BOILERPLATE = (
    "This story has been updated with comment from both sides.",
    "Sign up for our morning newsletter to get the day's labour news.",
    "Reporting by our staff; editing by the metro desk.",
    "Copyright {year} {outlet}. All rights reserved.",
    "Read more: what the strike means for your commute.",
    "Photo: pickets gather outside the main entrance.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NEAR_DUPLICATE_SHARE = 0.25


@dataclass(frozen=True)
class CorpusDocument:
    source: str
    title: str
    publisher: str
    published: str
    body: str
    lines: tuple[str, ...]  # the body's sentences, as written: the extraction benchmark's denominator
    dispute: str

    @property
    def sentences(self) -> int:
        return len(self.lines)

    def as_file(self) -> str:
        """The plain-text layout factcheck's reader takes: header lines, a blank line, the body."""
        return f"title: {self.title}\npublisher: {self.publisher}\ndate: {self.published}\n\n{self.body}\n"


def figure(topic: Topic, value: float, rng: random.Random) -> str:
    """The value as a reporter would write it, with a qualifier now and then."""
    jitter = value * rng.choice((1, 1, 1, 0.97, 1.03))
    qualifier = rng.choice(QUALIFIERS + (("fewer than ",) if topic.kind == "count" else ()))
    if topic.kind == "money":
        if jitter >= 1_000_000:
            text = f"${jitter / 1e6:.1f} million"
        elif jitter >= 1000:
            text = f"${round(jitter, -2):,.0f}"
        else:
            text = f"${jitter:.2f}"
    elif topic.kind == "percent":
        text = f"{round(jitter)}%" if rng.random() < 0.6 else f"{round(jitter)} percent"
    elif topic.kind == "duration":
        days = max(1, round(jitter))
        text = f"{days} days" if rng.random() < 0.7 else f"{days * 24} hours"
    else:
        text = f"{round(jitter):,}"
    return qualifier + text


def _claim(d: Dispute, topic: Topic, side: Side, value: float, rng: random.Random) -> str:
    person, role = rng.choice(side.people)
    stated = topic.phrase.format(fig=figure(topic, value, rng))
    forms = (
        f"{person}, {role}, {rng.choice(SAYS)} that the dispute involves {stated}.",
        f"\"We are looking at {stated},\" {person} {rng.choice(SAYS)}.",
        f"According to {side.short}, the figures show {stated}.",
        f"{side.name[0].upper() + side.name[1:]} {rng.choice(SAYS)} there were {stated}.",
        f"{person} {rng.choice(SAYS)} on {rng.choice(DAYS)} that {d.workers} face {stated}.",
    )
    return rng.choice(forms)


def _rebuttal(d: Dispute, topic: Topic, side: Side, other: Side, value: float, rng: random.Random) -> str:
    person, role = rng.choice(side.people)
    stated = topic.phrase.format(fig=figure(topic, value, rng))
    forms = (
        f"{side.short[0].upper() + side.short[1:]} disputed that, saying the real number is {stated}.",
        f"{person}, {role}, denied the claim and {rng.choice(SAYS)} the correct figure was {stated}.",
        f"\"That is simply not true,\" {person} said, putting it at {stated}.",
        f"{person} rejected {other.short}'s account, which {side.short} says ignores {stated}.",
    )
    return rng.choice(forms)


def _reporting(d: Dispute, rng: random.Random) -> str:
    forms = (
        f"Picket lines formed before dawn outside sites across {d.place}.",
        f"Talks between the two sides resumed on {rng.choice(DAYS)} with a mediator present.",
        f"Neither side would say when negotiations might continue.",
        f"The previous contract expired in the spring after months of bargaining.",
        f"Residents of {d.place} said the dispute had disrupted daily life.",
        f"A federal mediator has been assigned to the talks.",
    )
    return rng.choice(forms)


def _story(d: Dispute, outlet: str, year: int, rng: random.Random) -> list[str]:
    lines = [f"{d.workers[0].upper() + d.workers[1:]} in {d.place} walked off the job on {rng.choice(DAYS)}, "
             f"the latest turn in a dispute between {d.union.name} and {d.employer.name}."]
    for topic in rng.sample(d.topics, rng.randint(2, len(d.topics))):
        union_first = rng.random() < 0.5
        first, second = (d.union, d.employer) if union_first else (d.employer, d.union)
        first_value, second_value = (topic.union, topic.employer) if union_first else (topic.employer, topic.union)
        lines.append(_claim(d, topic, first, first_value, rng))
        if rng.random() < 0.7:
            lines.append(_rebuttal(d, topic, second, first, second_value, rng))
        if rng.random() < 0.4:
            lines.append(_reporting(d, rng))
    lines.append(rng.choice(BOILERPLATE).format(year=year, outlet=outlet))
    if rng.random() < 0.5:
        lines.append(rng.choice(BOILERPLATE).format(year=year, outlet=outlet))
    return lines


def _rewrite(lines: list[str], rng: random.Random) -> list[str]:
    """Another outlet's take on a story: a few sentences dropped, verbs swapped, order nudged."""
    kept = [line for i, line in enumerate(lines) if i == 0 or rng.random() > 0.15]
    kept = [line.replace(" said", " " + rng.choice(SAYS), 1) if rng.random() < 0.3 else line for line in kept]
    if len(kept) > 3:
        i = rng.randrange(1, len(kept) - 1)
        kept[i], kept[i + 1] = kept[i + 1], kept[i]
    return kept


def generate(documents: int, seed: int = 0) -> list[CorpusDocument]:
    """``documents`` stories spread over the disputes; a quarter rewrite an earlier story."""
    rng = random.Random(seed)
    out: list[CorpusDocument] = []
    stories: list[tuple[Dispute, list[str]]] = []
    for n in range(documents):
        outlet = rng.choice(OUTLETS)
        year = rng.randint(2016, 2025)
        if stories and rng.random() < NEAR_DUPLICATE_SHARE:
            dispute, original = rng.choice(stories)
            lines = _rewrite(original, rng)
        else:
            dispute = rng.choice(DISPUTES)
            lines = _story(dispute, outlet, year, rng)
            stories.append((dispute, lines))
        published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        # Paragraphs of one to three sentences, as news sites lay them out.
        paragraphs, i = [], 0
        while i < len(lines):
            step = rng.randint(1, 3)
            paragraphs.append(" ".join(lines[i:i + step]))
            i += step
        out.append(CorpusDocument(
            source=f"synthetic/{seed}/{n:06d}-{dispute.key}.txt",
            title=f"{dispute.workers.capitalize()} and {dispute.employer.short} at odds ({n})",
            publisher=outlet,
            published=published,
            body="\n\n".join(paragraphs),
            lines=tuple(lines),
            dispute=dispute.key,
        ))
    return out


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def claim_sentences(count: int, seed: int = 0) -> list[str]:
    """``count`` distinct claim-like sentences: a big store repeats a template, rarely a whole sentence.

    A sentence the stories already used is dated ("... as of March 3, 2019.") until it is new.
    """
    rng = random.Random(seed)
    found: dict[str, None] = {}
    round_ = 0
    while len(found) < count:
        for doc in generate(max(1, count // 8), seed + round_):
            for line in doc.lines:
                while line in found:
                    line = f"{line.rstrip('.')}, as of {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2000, 2025)}."
                found[line] = None
        round_ += 1
    return list(found)[:count]


def write(folder: Path, docs: list[CorpusDocument]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = folder / Path(doc.source).name
        path.write_text(doc.as_file(), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    written = write(Path(sys.argv[2] if len(sys.argv) > 2 else "synthetic-corpus"), generate(int(sys.argv[1]), seed=0))
    print(f"wrote {len(written)} documents")
