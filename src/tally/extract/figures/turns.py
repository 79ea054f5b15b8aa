"""Who speaks in the unlabelled paragraphs of a transcript: the speaker of the last labelled turn.

A debate's record, a briefing's transcript or a broadcast's script labels each
speech once, at its first paragraph ("Mrs. Jane Doe (Northfield): …",
"SPOKESPERSON: …"), and a speech often runs on over several paragraphs with no
label of its own. The quotes read each labelled paragraph as its speaker's turn
(kind ``indirect``, cued by the label's colon); a count in a later paragraph of
the same speech is that speaker's too, not the outlet's or the issuer's of the
record. A speech runs on until the next labelled paragraph, a heading (a short
line with no final stop: "Questions and answers", "11.10 p.m.") or a paragraph
that names the speaker (the narrator speaking of them, as in "Mr Diallo said
an inquiry was open"). Only a text of two labelled turns or more is a
transcript: one "Name, role: …" paragraph of a press release is no speech that
runs on.

A parliamentary record labels a minister by office with the name in brackets
("The Secretary of State for Home Affairs (Mr. John Roe): …"); that label is
read here too, its speaker the bracketed person. Lines are read once per article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tally.extract.figures.writer import is_heading, text_lines
from tally.extract.spans import memo

if TYPE_CHECKING:
    from tally.extract.context import ExtractContext

SpanT = tuple[int, int]

#: How far into a paragraph the colon of a label may stand.
LABEL_CHARS = 120

#: "The Minister of Justice (Mr. John Roe): ": an office and, in brackets, the person who holds it
#: (a title of address opens the bracket); at most one bracket, bounded repeats.
_OFFICE_LABEL = re.compile(
    r"(?:The |the )?[A-Z][^:()\n]{2,100}\((?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.? [^():\n]{2,60})\):\s"
)

#: A label of any kind at a paragraph's start: words up to a colon near the start (a colon in a
#: paragraph's first words that is no label only ends a speech the sooner).
_ANY_LABEL = re.compile(r"[^!?:\n]{1," + str(LABEL_CHARS) + r"}:\s")


def turn_speaker(ctx: ExtractContext, pos: int, speaker_of: Callable[[int], SpanT | None]) -> SpanT | None:
    """The mention of who speaks the transcript paragraph at *pos*, when the paragraph is an
    unlabelled part of a speech (or a minister's turn labelled by office), else None.

    *speaker_of* gives the speaker's mention of a labelled turn that starts at a text offset (the
    quotes' record of it), or None where no turn starts."""
    runs: list[tuple[int, int, SpanT]] = memo(
        ctx, "transcript_runs", ctx.text, lambda: _runs(ctx, speaker_of)
    )
    return next((span for start, end, span in runs if start <= pos < end), None)


def _runs(ctx: ExtractContext, speaker_of: Callable[[int], SpanT | None]) -> list[tuple[int, int, SpanT]]:
    """``(start, end, speaker)`` of each stretch of paragraphs a labelled speaker speaks on over."""
    text = ctx.text
    lines = text_lines(text)
    labelled: dict[int, SpanT | None] = {}
    for n, (start, line) in enumerate(lines):
        office = _OFFICE_LABEL.match(line)
        if office is not None:
            labelled[n] = _person_in(ctx, start + office.start("name"), start + office.end("name"))
        elif _ANY_LABEL.match(line):
            labelled[n] = speaker_of_line(start, line, speaker_of)
    if sum(1 for span in labelled.values() if span is not None) < 2:
        return []
    runs: list[tuple[int, int, SpanT]] = []
    speaker: SpanT | None = None
    for n, (start, line) in enumerate(lines):
        if n in labelled:
            speaker = labelled[n]
            if speaker is not None and _OFFICE_LABEL.match(line):
                runs.append((start, start + len(line), speaker))  # the quotes do not read this label
            continue
        if is_heading(line) or speaker is None or _names(ctx, start, start + len(line), speaker):
            speaker = None
            continue
        runs.append((start, start + len(line), speaker))
    return runs


def speaker_of_line(start: int, line: str, speaker_of: Callable[[int], SpanT | None]) -> SpanT | None:
    """The speaker of the labelled turn the line opens: the quotes' turn begins after the colon."""
    colon = line.find(":")
    after = colon + 1
    while after < len(line) and line[after].isspace():
        after += 1
    return speaker_of(start + after)


def _person_in(ctx: ExtractContext, start: int, end: int) -> SpanT | None:
    """The mention of a person inside ``[start, end)``, or None."""
    entity = ctx.entities.at(start, end)
    if entity is None or entity.type != "PERSON":
        return None
    return next(((s, e) for s, e in entity.mentions if start <= s and e <= end), None)


def _names(ctx: ExtractContext, start: int, end: int, speaker: SpanT) -> bool:
    """Whether the paragraph ``[start, end)`` names the speaker (the narrator speaks of them): a
    mention of the speaker's entity, or the last word of the speaker's name capitalised ("Dr.
    Morel said …" after the label "DR. ANNA MOREL:", which the tagger may keep apart)."""
    entity = ctx.entities.at(*speaker)
    if entity is not None and any(start <= s < end for s, _ in entity.mentions):
        return True
    words = _WORD.findall(ctx.text[speaker[0] : speaker[1]])
    if not words:
        return False
    last = words[-1].lower()
    return any(w[0].isupper() and w.lower() == last for w in _WORD.findall(ctx.text[start:end]))


#: A word of letters (a name's parts: "Lennox-Boyd" is two).
_WORD = re.compile(r"[^\W\d_]+")
