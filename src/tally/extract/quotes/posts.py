"""Quotes the mark scan cannot attribute: embedded posts and block quotes.

Pages copied from the web quote people in two ways the mark scan cannot see:

- an **embedded post** (a tweet, an X post) keeps its text as a paragraph
  and signs it on the line after, or at the end of the same line: "“Our
  children were beaten today.” — Nadia Farouk (@nfarouk) March 4, 2021". The
  signature names who wrote the words. A post copied as a card puts the
  author's name and handle on lines above its words and the time of posting
  below them ("Nadia Farouk¶@nfarouk¶“Our children …”¶8:42 PM · Mar 4, 2021").
  A post is a quote only when the page sets its words in quote marks
  (ANNOTATION.md: quotes are words in quote marks): an unmarked post is the
  page's copy of a document, and a quote inside it ("A nurse told me: “…”")
  is read by the mark scan with the speaker its own sentence names;
- a **block quote** (encyclopaedia pages, releases) is a paragraph set off
  after a lead-in that ends in a colon and reports speech: "Bachelet said she
  was alarmed by the reports:¶The accounts of beatings … ". The lead-in's
  verb of saying names the speaker.

Both read one paragraph (or two) at a time with bounded patterns: linear in
the text's length.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tally.clean.embedded import CARD_DATE, CARD_HANDLE, CARD_NAME_MAX_WORDS
from tally.extract.context import doc_text
from tally.extract.quotes import cues as quote_cues
from tally.extract.quotes import words as quote_words
from tally.extract.quotes.clauses import SPEECH_MIN_WORDS
from tally.extract.quotes.marks import Marks, count_words
from tally.extract.quotes.speakers import Attribution

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["block_quotes", "embedded_posts", "signed_blocks"]

#: "— Name (@handle) March 4, 2021": a dash, the author's display name (maybe
#: empty or ending in emoji), the handle in brackets and the day of the post.
_SIGNATURE = re.compile(
    r"(?:(?<=\s)|^)(?:[—–―]|--?)[ \u00a0]?(?P<name>[^\n()@—–―]{0,80}?)[ \u00a0]*"
    r"\(@(?P<handle>\w{1,30})\)[ \u00a0]*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}",
    re.MULTILINE,
)

#: Links an embedded post ends with ("pic.twitter.com/ab12", "https://t.co/x"): not its words.
_TRAILING_LINKS = re.compile(r"(?:[ \u00a0]+(?:pic\.twitter\.com/|https?://)\S*)+[ \u00a0]*\Z")

#: The letters of a display name; emoji and flags after it are not part of the name.
_NAME = re.compile(r"[^\W\d_][\w.’'\- ]*[\w.]")


#: Most paragraphs of a card post's words (its handle line, date line and name's word limit are the
#: cleaner's, :mod:`tally.clean.embedded`, which keeps such cards in the text).
CARD_MAX_PARAGRAPHS = 3


def _card_posts(text: str, paras: list[tuple[int, int]]) -> list[Attribution]:
    """Posts copied as cards: "Name¶@handle¶the post's words¶8:42 PM · Nov 4, 2022".

    A line that is only a handle, under a short line with the author's display
    name, opens the post; its words run to the line with the time and day of
    posting. Without that closing line nothing is read as a post.
    """
    out = []
    for n in range(1, len(paras) - 2):
        lo, hi = paras[n]
        if not CARD_HANDLE.fullmatch(text, lo, hi):
            continue
        n_lo, n_hi = paras[n - 1]
        if count_words(text[n_lo:n_hi]) > CARD_NAME_MAX_WORDS:
            continue
        last = next(
            (
                k
                for k in range(n + 2, min(n + 2 + CARD_MAX_PARAGRAPHS, len(paras)))
                if CARD_DATE.match(text, *paras[k])
            ),
            None,
        )
        if last is None:
            continue
        words = _post_words(text, paras[n + 1][0], paras[last - 1][1])
        if words is None:
            continue
        out.append(_post(text, words, lo, (n_lo, n_hi), (lo, hi)))
    return out


#: "Name @handle" or "Name @handle · Mar 4" on one line: the header of a post copied as a card
#: whose display name and handle share a line. The name starts with a letter and holds no handle.
_HEADER = re.compile(
    r"[ \t\u00a0]*(?P<name>[^\W\d_][^\n@·]{0,78}?)[ \t\u00a0]+@\w{1,30}"
    r"(?P<day>[ \t\u00a0]*·[ \t\u00a0]*[^\n·]{1,24})?[ \t\u00a0]*"
)

#: Marks that may enclose a post's words as a whole.
_OPENING = '"“'
_CLOSING = '"”'


def _header_posts(text: str, paras: list[tuple[int, int]]) -> list[Attribution]:
    """Posts copied under one line with their author's name and handle: "Name @handle¶the words".

    Copied from X, a post's display name and handle often share a line, with
    the day of posting after a "·" ("PTI @PTIofficial · May 12"), and the
    words below it. The words run to a line with the time of posting when one
    follows; else they are the one paragraph under it. Either way they are a
    quote only inside quote marks (:func:`_post_words`). A handle in a
    sentence ("posts as @x on X, said …") is no header: the line must be only
    a short name and the handle.
    """
    out = []
    for n in range(len(paras) - 1):
        lo, hi = paras[n]
        header = _HEADER.fullmatch(text, lo, hi)
        if header is None or len(header.group("name").split()) > CARD_NAME_MAX_WORDS:
            continue
        last = next(
            (
                k
                for k in range(n + 2, min(n + 2 + CARD_MAX_PARAGRAPHS, len(paras)))
                if CARD_DATE.match(text, *paras[k])
            ),
            None,
        )
        start, end = paras[n + 1][0], paras[last - 1][1] if last is not None else paras[n + 1][1]
        words = _post_words(text, start, end)
        if words is None:
            continue
        out.append(_post(text, words, lo, header.span("name"), header.span("name")))
    return out


#: "Name (@handle):" opening a line: a post quoted with its author's name and handle before a colon,
#: its words after the colon on the same line or alone on the next ("Ana Diaz (@adiaz): “…”").
_COLON_HEADER = re.compile(
    r"[ \t\u00a0]*(?P<name>[^\W\d_][^\n()@:]{0,78}?)[ \t\u00a0]*\(@\w{1,30}\)[ \t\u00a0]*(?P<colon>:)[ \t\u00a0]*"
)


def _colon_header_posts(text: str, paras: list[tuple[int, int]]) -> list[Attribution]:
    """Posts quoted after their author's name and handle and a colon: "Ana Diaz (@adiaz): “…”".

    Live blogs and web pages quote a post so, on one line, or with the words
    on the next line. The name must be short (a display name, not a sentence).
    """
    out = []
    for n, (lo, hi) in enumerate(paras):
        header = _COLON_HEADER.match(text, lo, hi)
        if header is None or len(header.group("name").split()) > CARD_NAME_MAX_WORDS:
            continue
        start, end = header.end(), hi
        if start >= hi:
            if n + 1 >= len(paras):
                continue
            start, end = paras[n + 1]  # "Name (@handle):¶“the words”"
        words = _post_words(text, start, end)
        if words is None:
            continue
        out.append(_post(text, words, header.start("colon"), header.span("name"), header.span("name")))
    return out


def _post(
    text: str, words: tuple[int, int, bool], cue_at: int, name: tuple[int, int], fallback: tuple[int, int]
) -> Attribution:
    """A post's *words* as its author's statement whose cue is the character at *cue_at*: the speaker
    is the display name's letters inside *name* (emoji and flags left out), or *fallback* when it
    has none. Words in quote marks are a direct quote; unmarked ones are reported (indirect): no
    quote, but still the author's, for the figures they give ("At least 40 wounded")."""
    found = _NAME.search(text, *name)
    speaker = (found.start(), found.end()) if found is not None else fallback
    start, end, marked = words
    kind = "direct" if marked else "indirect"
    return Attribution(kind, start, end, cue_span=(cue_at, cue_at + 1), speaker_span=speaker)


def _quoted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` inside the quote marks that enclose it as a whole; None when no pair of
    marks encloses it (the post's words are then no quote)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end - start > 2 and text[start] in _OPENING and text[end - 1] in _CLOSING:
        return start + 1, end - 1
    return None


def _post_words(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """A post's words in ``[start, end)``, inside the quote marks that enclose them if they do, and
    without the links they end with, and whether they stood in quote marks (words in no marks are
    no quote, ANNOTATION.md); None when too few words are left to be speech."""
    trail = _TRAILING_LINKS.search(text, start, end)
    end = trail.start() if trail is not None else end
    while end > start and text[end - 1].isspace():
        end -= 1
    inside = _quoted(text, start, end)
    lo, hi = inside if inside is not None else (start, end)
    return (lo, hi, inside is not None) if count_words(text[lo:hi]) >= SPEECH_MIN_WORDS else None


def embedded_posts(text: str, paras: list[tuple[int, int]]) -> list[Attribution]:
    """Every embedded post, its signature's name as the speaker: its words a direct quote when they
    stand in quote marks, else reported (indirect) words, which the mark scan may still find a
    quote inside."""
    if "@" not in text:
        return []  # a card's handle line, a header's handle and a signature's "(@handle)" all hold one
    out = _card_posts(text, paras) + _header_posts(text, paras) + _colon_header_posts(text, paras)
    for n, (lo, hi) in enumerate(paras):
        sig = _SIGNATURE.search(text, lo, hi)
        if sig is None:
            continue
        if text[lo : sig.start()].strip():
            start, end = lo, sig.start()  # the post and its signature on one line
        elif n > 0:
            start, end = paras[n - 1]  # the signature on the line after the post
        else:
            continue
        words = _post_words(text, start, end)
        if words is None:
            continue
        out.append(_post(text, words, sig.start(), sig.span("name"), sig.span("handle")))
    return out


#: "— Michelle Bachelet, UN High Commissioner[33]": a dash, a capitalised name, then a role,
#: a reference mark or the end of the line.
_BYLINE = re.compile(r"[—―–][ \u00a0]?(?P<name>[A-Z][^\n,(\[]{1,60}?)[ \u00a0]*(?:[,(\[]|$)", re.MULTILINE)

#: Longest line, in words, that signs a block quote.
BYLINE_MAX_WORDS = 16

#: Lower-case words a signing name may hold ("Ministry of the Interior").
_JOINERS = frozenset({"of", "the", "and", "for", "on", "de", "al", "bin"})


def signed_blocks(doc: Doc, paras: list[tuple[int, int]]) -> list[Attribution]:
    """A quoted paragraph signed on the line after it: "…¶— Ana Diaz, UN rapporteur[33]".

    Encyclopaedia pages and releases set a quotation off as a block and sign
    it with a dash and the speaker's name. The name must be a person's (the
    tagger's reading) or carry a role after a comma: "— AFP" or "— Al Jazeera
    and news agencies" closing an article credit the copy, they sign no words.
    """
    text = doc_text(doc)
    out = []
    for n in range(1, len(paras)):
        lo, hi = paras[n]
        line = _BYLINE.match(text, lo, hi)
        if line is None or count_words(text[lo:hi]) > BYLINE_MAX_WORDS or _SIGNATURE.match(text, lo, hi):
            continue  # a post's signature "— Name (@handle) date": the posts' reader decides
        s, e = line.span("name")
        words = text[s:e].split()
        if not all(w[:1].isupper() or w in _JOINERS for w in words):
            continue
        role = e < hi and text[line.end() - 1] == ","
        person = any(t.ent_type_ == "PERSON" for t in quote_cues.tokens_between(doc, s, e))
        if not (person or (role and len(words) >= 2)):
            continue
        start, end = paras[n - 1]
        if count_words(text[start:end]) < SPEECH_MIN_WORDS or _quotes_inside(text, start, end):
            continue
        out.append(Attribution("direct", start, end, cue_span=(lo, lo + 1), speaker_span=(s, e)))
    return out


def _quotes_inside(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)``, not enclosed in quote marks as a whole, holds quote marks: then the
    marked words are the quote ("A nurse told me: “…”" signed by the one who reported her), and the
    paragraph around them is no one's quote."""
    if _quoted(text, start, end) is not None:
        return False
    return any(c in _OPENING or c in _CLOSING for c in text[start:end])


def block_quotes(
    doc: Doc, paras: list[tuple[int, int]], marks: Marks, cue_set: set[int]
) -> list[Attribution]:
    """Unmarked paragraphs quoted after a lead-in that ends in a colon and a verb of saying.

    "The rapporteur said she was alarmed by the reports:¶The accounts …". The
    paragraph must read as prose (a capital first, a sentence's end last, with
    or without a reference mark "[12]"); a list after "three main demands:"
    has no verb of saying before it and is left alone.
    """
    text = doc_text(doc)
    out = []
    for n in range(1, len(paras)):
        lo, hi = paras[n]
        p_lo, p_hi = paras[n - 1]
        if not text[p_lo:p_hi].rstrip().endswith(":") or marks.containing(lo) is not None:
            continue
        if text[lo] in '“"‘«„' or not text[lo].isupper() or count_words(text[lo:hi]) < SPEECH_MIN_WORDS:
            continue
        if _quotes_inside(text, lo, hi):
            continue  # "A doctor told me: “…”": the marked words are the quote, the doctor's
        body = text[lo:hi].rstrip()
        while body.endswith("]") and "[" in body[-8:]:
            body = body[: body.rindex("[")].rstrip()  # "… account.[12]": a reference mark
        if body[-1:] not in {".", "!", "?"}:
            continue
        cue = _lead_in_cue(doc, p_lo, p_hi, marks, cue_set)
        if cue is None:
            continue
        speaker = quote_cues.subject_of(cue) if cue.pos_ == "VERB" else None
        out.append(
            Attribution(
                "direct",
                lo,
                lo + len(body),
                cue_tok=cue,
                cue_span=(cue.idx, cue.idx + len(cue.text)),
                speaker_tok=speaker,
            )
        )
    return out


def _lead_in_cue(doc: Doc, lo: int, hi: int, marks: Marks, cue_set: set[int]) -> Token | None:
    """The verb of saying of the lead-in's last sentence, outside quote marks."""
    tokens = quote_cues.tokens_between(doc, lo, hi)
    if not tokens:
        return None
    last_sent = tokens[-1].sent
    for tok in reversed(tokens):
        if tok.i < last_sent.start:
            break
        if marks.containing(tok.idx) is not None:
            continue
        if tok.i in cue_set and tok.pos_ == "VERB" and tok.lemma_.lower() in quote_words.CUE_VERBS:
            return tok
    return None
