"""Remove what is not the article: repeated paragraphs, social footers, orphan tag lines.

Advocacy sites paste the same paragraph several times into one page and into
every page of a campaign; scrapers keep the category tags ("regime change")
and "follow us" footers as lines of their own. A short line between two
paragraphs of running text is a subheading of the article and stays. Each removal is listed with its
reason so that a reviewer can see that nothing of substance was dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tally.clean.embedded import card_at
from tally.clean.unwrap import is_dateline_alone
from tally.records import Removed
from tally.settings import (
    BOILERPLATE_MAX_SHARE,
    BOILERPLATE_MIN_OTHER_ARTICLES,
    DUPLICATE_MIN_CHARS,
    TAGLINE_MAX_WORDS,
)

if TYPE_CHECKING:
    from tally.resources.gazetteer import Entry, Gazetteer

#: Lines that are a site's social-media or navigation footer. Matched on lines
#: of at most FOOTER_MAX_CHARS only, so that an article sentence that mentions
#: Twitter is never taken for a footer.
_FOOTER_PATTERNS = [
    re.compile(p, re.I)
    for p in (
        r"\bfollow (?:us|them|me)\b.{0,60}\b(?:twitter|facebook|instagram|telegram|youtube|x)\b",
        r"[–—-]\s*(?:youtube|twitter|facebook|instagram|telegram)\s*$",
        r"^\s*(?:share|tweet|email|print)(?:\s+(?:this|on \w+))?\s*$",
        r"\bsubscribe\b.{0,40}\b(?:newsletter|channel|updates)\b",
        r"^\s*(?:read more|click here|related(?: articles)?|advertisement)\b",
        r"\ball rights reserved\b",
        r"^\s*©",
    )
]
FOOTER_MAX_CHARS = 200

_SENTENCE_END = re.compile(r"[.!?:;\"”’…)]\s*$")


@dataclass
class Paragraph:
    """A line of the raw text and whether it stays."""

    text: str
    keep: bool = True
    reason: str | None = None


def paragraph_hash(text: str) -> str:
    """Hash of a paragraph's words, case and spacing ignored."""
    normal = " ".join(text.lower().split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()


def is_footer(line: str) -> bool:
    """A social-media or navigation footer line."""
    return len(line) <= FOOTER_MAX_CHARS and any(p.search(line) for p in _FOOTER_PATTERNS)


#: A header field that says where a note was issued: "Location: Geneva", "Venue: Palais des
#: Nations". The label is a word for a place, the value a capitalised name. The label and its
#: colon are shared with :mod:`tally.extract.places.candidates`, which reads the name.
PLACE_FIELD_LABEL = r"(?:Location|Place|Venue|Dateline)[ \t]*:[ \t]*"
_PLACE_FIELD = re.compile(rf"^{PLACE_FIELD_LABEL}[A-ZÀ-Þ]")


def is_place_field(line: str) -> bool:
    """A header field naming where a briefing note was given ("Location: Geneva"): part of the
    report, not a tag line; ANNOTATION.md counts the place a report is filed from."""
    return _PLACE_FIELD.match(line) is not None


def is_tagline(line: str) -> bool:
    """An orphan tag line: a few words standing alone with no sentence punctuation."""
    words = line.split()
    if not words or len(words) > TAGLINE_MAX_WORDS or "\t" in line.strip():
        return False  # a table's header row ("Region\tKilled\tDetained") names the columns below it
    if is_place_field(line):
        return False  # "Location: Geneva": a briefing note's header field, where it was given
    if is_dateline_alone(line):
        return False  # "WASHINGTON —" over the first paragraph: where the story was filed
    if names_a_country_or_capital(line):
        return False  # "ALGERIA" over a yearbook's entry, a court's seat under its name: where
    if _vague_row(line):
        return False
    return not (_SENTENCE_END.search(line) or any(c.isdigit() for c in line))


#: The most words of a country's or a capital's name on a line of its own ("REPUBLIC OF THE
#: PHILIPPINES"); a longer line is not looked up.
_PLACE_LINE_MAX_WORDS = 5

#: A line of capitalised words only (particles of a country's long name allowed).
_NAME_LINE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?: (?:of|the|and|OF|THE|AND|[A-ZÀ-Þ][\w'’.-]*))*")


def names_a_country_or_capital(line: str, gaz: Gazetteer | None = None) -> list[Entry]:
    """The countries and capitals whose name is all of *line* (round 64): a reference book heads
    its entry with the country ("ALGERIA"), a judgment names the court's seat under the court
    ("SUPREME COURT" / "Manila"), a news site files a story under its country ("Burma" over
    the headline). The line says where the report is, as a dateline does, and ANNOTATION.md
    counts every place name; it is no category tag to drop. A town of such a name too small
    for a capital ("Welcome", a hamlet) heads no report so.

    :param gaz: the gazetteer; loaded here when not given, only for a line of a name's shape.
    """
    line = line.strip()
    if len(line.split()) > _PLACE_LINE_MAX_WORDS or not _NAME_LINE.fullmatch(line):
        return []
    if gaz is None:
        from tally.resources.gazetteer import load_gazetteer  # noqa: PLC0415 (only for such lines)

        gaz = load_gazetteer()
    return [entry for entry in gaz.lookup(line) if entry.kind == "country" or entry.capital]


#: A list item's bullet at the start of a line: "• Aktau", "* Aktau", "- Aktau".
_BULLET = re.compile(r"[•·▪◦*–-]\s")

#: A line's reference marks at its end: "in the following cities:[5]".
_TRAILING_MARKS = re.compile(r"(?:\[\w+\])+$")


def opens_a_list(line: str) -> bool:
    """A line of running text ending in a colon ("in the following cities:[5]"): the short
    bulleted lines under it are its items (the towns of a Wikipedia page), not taglines."""
    return len(line.split()) >= 3 and _TRAILING_MARKS.sub("", line).endswith(":")


#: Amounts an infobox gives in words: "Injuries: thousands".
_VAGUE_AMOUNTS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})


def _vague_row(line: str) -> bool:
    """An infobox row whose value is a vague amount ("Injuries: thousands"): a count in words,
    not a tag, though it has no digit."""
    label, colon, value = line.partition(":")
    return bool(colon and label.strip()) and any(
        w.strip("[]()+.,").lower() in _VAGUE_AMOUNTS for w in value.split()
    )


#: a line is body text, for the subheading rule, with at least this many words
#: and sentence punctuation at its end
BODY_MIN_WORDS = 8


def is_body(line: str | None) -> bool:
    """A paragraph of running text: long enough, and ending like a sentence."""
    return line is not None and len(line.split()) >= BODY_MIN_WORDS and bool(_SENTENCE_END.search(line))


def is_subheading(line: str, previous: str | None, following: str | None) -> bool:
    """A short line that heads a section of the article ("Arrests at night"), not a tag.

    Tags stand at the top or the bottom of a page, or in runs of their own; a
    subheading sits between paragraphs of running text and starts like a
    heading (a capital or a digit). Checked only on lines :func:`is_tagline`
    would drop, and never on footers.
    """
    if not (line[:1].isupper() and is_body(previous) and is_body(following)):
        return False
    return not (_CREDIT.search(line) or _looks_like_a_name(line))


#: photo credits and bylines between paragraphs ("REUTERS / Osman Orsal", "Photo : AP",
#: "Image copyright Getty Images", "Jose Iglesias jiglesias@…"): not subheadings
_CREDIT = re.compile(r"[/@|:©]|\b(?:photo|image|copyright|credit|courtesy|video|watch)\b", re.I)


#: A row of a table or list by place or by day: a few words or a date, then a count at the end
#: ("Kurdistan: 54", "Sagaing | 187", "Tehran – 4,100[3]", "26 June: 3").
_COUNT_ROW = re.compile(
    r"(?:\w[^\d\n]{0,60}|\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}|(?:1[89]|20)\d\d)"
    r"[\s:|–—-]\s*[~≈]?\d[\d,]*\+?(?:\[\d+\])*\Z"
)

#: A heading over such rows has at most this many words.
HEADING_MAX_WORDS = 6


def heads_a_list(line: str, following: str | None) -> bool:
    """A short line right above a row that ends with a count heads a table or a list: "Deaths by
    province" over "Kurdistan: 54", "Region | Killed" over "Sagaing | 187". It names what the
    counts count, and is no tag line."""
    return (
        following is not None
        and len(line.split()) <= HEADING_MAX_WORDS
        and len(following.split()) <= HEADING_MAX_WORDS
        and bool(_COUNT_ROW.match(following))
    )


def continues_the_line_above(line: str, above: str | None) -> bool:
    """A line of a hard-wrapped paragraph ("… at least 79 people had been" / "held, including" /
    "14 minors, …"): it starts in lower case right under a line that stops mid-sentence. A tag
    line stands alone and starts like a heading; a short line of wrapped prose is part of its
    sentence, and dropping it loses words (and the verb that says what a count counts)."""
    return bool(above) and line[:1].islower() and not _SENTENCE_END.search(above or "")


def _looks_like_a_name(line: str) -> bool:
    """Two or three words each capitalised and not all in capitals: a byline ("Barry
    Eisler") or a site's line ("Story Continued Below"), not a heading in sentence case."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not line.isupper()


#: A letter's sign-off: a name of two or three capitalised words, a comma, and where the writer
#: writes from ("Daniel Okafor, Toronto", "Ana Ruiz, Oaxaca").
_SIGN_OFF = re.compile(r"[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,2}, [A-Z][\w .'-]*\Z")


#: A sign-off has at most this many words ("Rebecca Chen, criminal defence lawyer, Toronto").
SIGN_OFF_MAX_WORDS = 8


def is_sign_off(line: str, previous: str | None) -> bool:
    """A short line that signs the paragraph of running text above it ("… I did not recognise it."
    over "Daniel Okafor, Toronto"): a reader's letter names its writer so, and the writer gives
    the letter's counts, so the line is kept. A byline under a headline ("BBC News, Abuja" below
    "By Nduka Orjinmo") follows no running text and stays a tag."""
    return is_body(previous) and looks_like_sign_off(line)


def looks_like_sign_off(line: str) -> bool:
    """The form of a sign-off: a name, a comma, where from ("Daniel Okafor, Toronto"), in a few words
    and with no sentence's final stop ("Mr. Trump, I have a deal for you." is a sentence)."""
    return (
        len(line.split()) <= SIGN_OFF_MAX_WORDS
        and not line.endswith(".")
        and _SIGN_OFF.match(line) is not None
    )


def looks_like_title(line: str, following: str | None) -> bool:
    """The first line is a headline when it is short, unpunctuated and stands alone."""
    words = line.split()
    return 3 <= len(words) <= 30 and not line.rstrip().endswith((".", "”", '"')) and following == ""


@dataclass
class BoilerplateResult:
    lines: list[Paragraph]
    title: str | None
    removed: list[Removed] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)


def remove_boilerplate(text: str, *, seen_elsewhere: Callable[[str], int] | None = None) -> BoilerplateResult:
    """Mark the lines of *text* to drop, with the reason for each.

    :param seen_elsewhere: the number of *other* articles of the corpus that
        contain a paragraph with this hash; ``None`` outside a corpus.
    """
    raw_lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [Paragraph(line) for line in raw_lines]
    first = next((i for i, p in enumerate(lines) if p.text.strip()), None)
    title = None
    if first is not None:
        following = lines[first + 1].text.strip() if first + 1 < len(lines) else None
        if looks_like_title(lines[first].text.strip(), following):
            title = lines[first].text.strip()
    seen_here: set[str] = set()
    hashes: list[str] = []
    candidates: list[tuple[Paragraph, str]] = []
    filled = [i for i, p in enumerate(lines) if p.text.strip()]
    neighbours = {
        i: (
            lines[filled[n - 1]].text.strip() if n > 0 else None,
            lines[filled[n + 1]].text.strip() if n + 1 < len(filled) else None,
        )
        for n, i in enumerate(filled)
    }
    # a post copied as a card: its author's name and handle are short lines, but no tags
    stripped = [lines[i].text.strip() for i in filled]
    cards = {filled[j] for n in range(len(filled)) if card_at(stripped, n) is not None for j in (n - 1, n)}
    listing = False  # inside a bulleted list that a line ending in a colon opens
    for i, para in enumerate(lines):
        line = para.text.strip()
        if not line:
            continue
        if i == first and title is not None:
            continue
        opened = listing
        listing = opens_a_list(line) or (listing and _BULLET.match(line) is not None)
        if is_footer(line):
            para.keep, para.reason = False, "footer"
        elif i in cards:
            continue
        elif opened and _BULLET.match(line):
            continue  # "Protests were reported in these cities: • Zhanaozen • Aktau": items, no tags
        elif (
            is_tagline(line)
            and not continues_the_line_above(line, lines[i - 1].text.strip() if i > 0 else None)
            and not is_subheading(line, *neighbours[i])
            and not heads_a_list(line, neighbours[i][1])
            and not is_sign_off(line, neighbours[i][0])
            and len(filled) > 1  # a text of one short line is the whole report ("Rebels withdraw from Goma")
        ):
            para.keep, para.reason = False, "tagline"
        elif len(line) >= DUPLICATE_MIN_CHARS:
            digest = paragraph_hash(line)
            if digest in seen_here:
                para.keep, para.reason = False, "duplicate"
                continue
            seen_here.add(digest)
            hashes.append(digest)
            if seen_elsewhere is not None and seen_elsewhere(digest) >= BOILERPLATE_MIN_OTHER_ARTICLES:
                candidates.append((para, digest))
    # a page whose paragraphs are mostly elsewhere is a republication, kept whole
    if candidates and len(candidates) <= BOILERPLATE_MAX_SHARE * max(len(hashes), 1):
        for para, _ in candidates:
            para.keep, para.reason = False, "boilerplate"
    removed = [Removed(text=p.text.strip(), reason=p.reason) for p in lines if not p.keep]  # type: ignore[arg-type]
    return BoilerplateResult(lines=lines, title=title, removed=removed, hashes=hashes)
