"""Posts quoted inline, such as tweets pasted with their signature line.

A pasted tweet ends with ``pic.twitter.com/… — Name (@handle) Month D, YYYY``;
one copied as a card puts the name and the handle on lines above its words
and the time of posting on a line below them; one copied from a timeline puts
all three on a header line above its words;
the post's own author and date matter (a figure inside it is asserted by the
post, and its relative dates resolve against the post's date). The signature
is found with a bounded, linear pattern; the post's text runs back to the
start of its paragraph, at most one tweet long.
"""

from __future__ import annotations

import re
from datetime import datetime

from tally.records import Embedded
from tally.settings import EMBEDDED_POST_MAX_CHARS

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
#: "— Iran Freedom (@4FreedominIran) November 1, 2020" (or "1 November 2020", as
#: pages set in British English show it). Author names may hold
#: parentheses ("MEK Iran (Mujahedin-e Khalq)"), hence the bounded lazy group.
_SIGNATURE = re.compile(
    r"[—–-]{1,2}[ \t]{1,3}(?P<author>[^\n@—–]{1,80}?)[ \t]{0,3}\((?P<handle>@\w{1,15})\)[ \t]{1,3}"
    rf"(?P<date>(?:{_MONTHS})\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}})"
)
#: A line that is only the handle of a post's author, as a post copied as a card shows it:
#: "Iran Freedom¶@4FreedominIran¶the post's words¶8:42 PM · Nov 1, 2020".
CARD_HANDLE = re.compile(r"[ \t\u00a0]*@\w{1,30}[ \t\u00a0]*")
#: The line that closes a post copied as a card: "8:42 PM · Nov 4, 2022" (or "4 Nov 2022").
CARD_DATE = re.compile(
    r"[ \t\u00a0]*\d{1,2}:\d{2}[ \t\u00a0]?(?:[AaPp]\.?[Mm]\.?)?[ \t\u00a0]*·[ \t\u00a0]*"
    rf"(?P<date>(?:{_MONTHS})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTHS})\.? \d{{4}})"
)
#: A line that heads a post copied from a timeline: "Rights Monitor @rightsmonitor · Mar 4, 2024"
#: (the author, the handle and the day of posting), the post's words on the lines below it.
_HEADER = re.compile(
    r"^[ \t]*(?P<author>[^\n@·—–]{1,80}?)[ \t]{1,3}\(?(?P<handle>@\w{1,15})\)?[ \t]*·[ \t]*"
    rf"(?P<date>(?:{_MONTHS})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTHS})\.? \d{{4}})[ \t]*$",
    re.MULTILINE,
)
#: Most words of a card's display name (the line above its handle), and most lines of its words.
CARD_NAME_MAX_WORDS = 8
CARD_MAX_LINES = 3


def card_at(lines: list[str], i: int) -> int | None:
    """The index of the line that closes the card whose handle is ``lines[i]``, if it is one.

    A handle alone on its line, under a short line (the author's name), with
    the time of posting at most :data:`CARD_MAX_LINES` lines below it.
    """
    if i < 1 or not CARD_HANDLE.fullmatch(lines[i]) or len(lines[i - 1].split()) > CARD_NAME_MAX_WORDS:
        return None
    for k in range(i + 2, min(i + 2 + CARD_MAX_LINES, len(lines))):
        if CARD_DATE.match(lines[k]):
            return k
    return None


_POST_URL = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co|twitter\.com|x\.com)/[\w/.-]{1,200}")
_SENTENCE_START = re.compile(r"[.!?”\"]\s{1,5}(?=[A-Z“\"])")


def _parse_date(text: str) -> str | None:
    cleaned = text.replace(".", "").replace("Sept ", "Sep ")
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _post_start(text: str, para_start: int, sig_start: int) -> int:
    """Start of the post: its paragraph's start, or the first sentence that fits a tweet."""
    if sig_start - para_start <= EMBEDDED_POST_MAX_CHARS:
        return para_start
    for match in _SENTENCE_START.finditer(text, para_start, sig_start):
        if sig_start - match.end() <= EMBEDDED_POST_MAX_CHARS:
            return match.end()
    return sig_start


def _paragraph_start(text: str, sig_start: int) -> int:
    """Where the paragraph of the post signed at *sig_start* starts.

    The signature may follow the post on its line, or stand on a line of its own
    after it (a blank line between, as live blogs paste it): then the post is the
    line before. Only whitespace is skipped back, at most a few lines of it.
    """
    line_start = text.rfind("\n", 0, sig_start) + 1
    if text[line_start:sig_start].strip():
        return line_start
    end = line_start
    while end > 0 and text[end - 1].isspace() and line_start - end < _MAX_GAP:
        end -= 1
    if end == 0 or text[end - 1].isspace():
        return line_start
    return text.rfind("\n", 0, end) + 1


#: The most whitespace between a post and its signature line (a blank line or two, indented).
_MAX_GAP = 12


#: "Nov 4 2022" as "Nov 4, 2022", the form the date parser reads.
_MONTH_FIRST = re.compile(r"^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$")


def _card_posts(text: str) -> list[Embedded]:
    """Posts copied as cards: from the author's name line to the line with the time of posting."""
    spans = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    lines = [text[s:e] for s, e in spans]
    posts = []
    for i in range(1, len(lines)):
        k = card_at(lines, i)
        if k is None:
            continue
        date = CARD_DATE.match(lines[k])
        posts.append(
            Embedded(
                start=spans[i - 1][0] + len(lines[i - 1]) - len(lines[i - 1].lstrip()),
                end=spans[k][0] + len(lines[k].rstrip()),
                author=lines[i - 1].strip(),
                handle=lines[i].strip(),
                date=_parse_date(_MONTH_FIRST.sub(r"\1 \2, \3", date.group("date"))) if date else None,
                url=None,
            )
        )
    return posts


def _headed_posts(text: str) -> list[Embedded]:
    """Posts under a header line ("Name @handle · Mar 4, 2024"): the header and the paragraph below it.

    Live blogs paste a post from a timeline so: its relative days ("last
    night") count from the day in the header, not from the blog's. The post
    runs to the next blank line, at most :data:`EMBEDDED_POST_MAX_CHARS` long.
    """
    posts = []
    for match in _HEADER.finditer(text):
        body = match.end() + 1
        blank = text.find("\n\n", body, body + EMBEDDED_POST_MAX_CHARS)
        end = len(text.rstrip()) if blank < 0 and len(text) - body <= EMBEDDED_POST_MAX_CHARS else blank
        if end < 0 or not text[body:end].strip():
            continue
        posts.append(
            Embedded(
                start=match.start("author"),
                end=body + len(text[body:end].rstrip()),
                author=match.group("author").strip(),
                handle=match.group("handle"),
                date=_parse_date(_MONTH_FIRST.sub(r"\1 \2, \3", match.group("date"))),
                url=None,
            )
        )
    return posts


def find_embedded_posts(text: str) -> list[Embedded]:
    """Every embedded post in the cleaned *text*, with author, handle, date and URL."""
    posts: list[Embedded] = _card_posts(text) + _headed_posts(text)
    for match in _SIGNATURE.finditer(text):
        para_start = _paragraph_start(text, match.start())
        start = _post_start(text, para_start, match.start())
        urls = list(_POST_URL.finditer(text, start, match.start()))
        url = urls[-1].group(0) if urls else None
        if url and not url.startswith("http"):
            url = "https://" + url
        posts.append(
            Embedded(
                start=start,
                end=match.end(),
                author=match.group("author").strip(),
                handle=match.group("handle"),
                date=_parse_date(match.group("date")),
                url=url,
            )
        )
    return posts
