"""Drawing one pair with rich, full width, from 80 columns up.

Everything from documents goes through terminal_safe and into rich Text
objects (never markup strings), so escape sequences and square brackets in
articles are shown as text and cannot drive the terminal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.text import Text

from factcheck.safe_text import terminal_safe
from factcheck.review.queue import ClaimView, ReviewItem

LABEL_STYLE = {"agree": "bold green", "conflict": "bold red", "unverifiable": "bold yellow"}
FIGURE_STYLE = "bold reverse"
HELP_LINE = "[a]gree [c]onflict [u]nverifiable [s]kip [n]ote m[o]re [b]ack [?]help [q]uit"
HELP = """\
a  agree          the two claims are consistent
c  conflict       the two claims contradict each other
u  unverifiable   they cannot be compared or checked from what is given
s  skip           leave this pair unlabelled for now
n  note           add a note to this pair (kept with your current label)
o  more context   the sentences around each claim (again: more, then none)
b  back           go back to the previous pair (to relabel it)
?  help           this page
q  quit           leave; every label is already saved

A label is saved the moment its key is pressed. Relabelling adds a new
event; nothing is ever overwritten. Press any key to go back."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")


def safe(text: str) -> Text:
    return Text(terminal_safe(text))


@dataclass(frozen=True)
class Context:
    before: str
    after: str


def context_around(document_text: str, claim: ClaimView, sentences: int) -> Context:
    """The ``sentences`` sentences just before and just after the claim in its document."""
    start = max(0, min(claim.char_start, len(document_text)))
    end = max(start, min(claim.char_end, len(document_text)))
    before = [s for s in _SENTENCE_END.split(document_text[:start]) if s.strip()]
    after = [s for s in _SENTENCE_END.split(document_text[end:]) if s.strip()]
    return Context(" ".join(before[-sentences:]).strip(), " ".join(after[:sentences]).strip())


def claim_text(claim: ClaimView) -> Text:
    text = safe(claim.text)
    for start, end in claim.figures:
        if 0 <= start < end <= len(text):
            text.stylize(FIGURE_STYLE, start, end)
    return text


def _claim_block(letter: str, claim: ClaimView, context: Context | None) -> list[RenderableType]:
    head = Text.assemble((f"{letter} ", "bold"), (f"[{terminal_safe(claim.side)}] ", "cyan"), safe(claim.speaker or "(no speaker)"))
    source = " · ".join(x for x in (claim.title, claim.publisher, claim.published) if x)
    lines: list[RenderableType] = [head]
    if source:
        lines.append(Text("  " + terminal_safe(source), style="dim"))
    if context and context.before:
        lines.append(Text("  … " + terminal_safe(context.before), style="dim"))
    lines.append(Text("  ") + claim_text(claim))
    if context and context.after:
        lines.append(Text("  " + terminal_safe(context.after) + " …", style="dim"))
    return lines


def pair_view(
    item: ReviewItem,
    position: int,
    total: int,
    *,
    contexts: tuple[Context, Context] | None = None,
    message: str = "",
    adjudicate: bool = False,
) -> RenderableType:
    title = Text.assemble((f"Pair {position} of {total}", "bold"))
    title.append(f"  #{item.pair_id}", style="dim")
    if adjudicate:
        title.append("  adjudicating", style="magenta")
    parts: list[RenderableType] = [Rule(title, align="left")]
    if item.topic:
        parts.append(Text.assemble(("Topic: ", "bold"), safe(item.topic)))
    parts.append(
        Text.assemble(
            ("Suggested: ", "bold"),
            (item.suggested, LABEL_STYLE.get(item.suggested, "")),
            f" ({item.confidence:.2f})",
        )
    )
    for reason in item.reasons:
        parts.append(Text("  - ") + safe(reason))
    parts.append(Text(""))
    ctx_a, ctx_b = contexts if contexts else (None, None)
    parts.extend(_claim_block("A", item.a, ctx_a))
    parts.append(Text(""))
    parts.extend(_claim_block("B", item.b, ctx_b))
    parts.append(Text(""))
    for vote in item.others:
        line = Text.assemble("Reviewer ", safe(vote.reviewer), ": ", (vote.label, LABEL_STYLE.get(vote.label, "")))
        if vote.note:
            line.append_text(Text(" — ") + safe(vote.note))
        parts.append(line)
    mine = Text.assemble(("Settled: " if adjudicate else "Your label: ", "bold"))
    if item.label:
        mine.append(item.label, style=LABEL_STYLE.get(item.label, ""))
    else:
        mine.append("none yet", style="dim")
    if item.note:
        mine.append_text(Text("  note: ") + safe(item.note))
    parts.append(mine)
    if message:
        parts.append(safe(message))
    parts.append(Rule(style="dim"))
    parts.append(Text(HELP_LINE, style="dim"))
    return Group(*parts)


def done_view(total: int, labelled: int, adjudicate: bool) -> RenderableType:
    what = "disagreements settled" if adjudicate else "pairs labelled"
    return Group(
        Rule(Text(f"End of the queue: {total} of {total}", style="bold"), align="left"),
        Text(f"{labelled} {what} in this session; every label is saved."),
        Text("b back to the last pair   q quit", style="dim"),
    )


def help_view() -> RenderableType:
    return Group(Rule(Text("Review keys", style="bold"), align="left"), Text(HELP))


class Screen:
    """Redraws the whole screen for each pair; only the current pair is ever rendered."""

    def __init__(self, console: Console):
        self.console = console

    def show(self, renderable: RenderableType) -> None:
        if self.console.is_terminal:
            self.console.clear()
        self.console.print(renderable)

    def prompt(self, text: str) -> None:
        self.console.print(Text(text, style="bold"), end="")
        self.console.file.flush()
