"""Hypothesis strategies for hostile article text, and the invariants every result must keep.

Shared by ``tests/test_fuzz.py`` (a bounded number of examples in CI) and
``scripts/fuzz.py`` (hundreds of thousands). Texts are built from pieces a
scraped page can hold: random unicode, control characters, huge numbers,
nested quotes and brackets, mixed scripts, right-to-left and zero-width
marks, superscript digits, extreme dates, and the words extractors react to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

WORDS = [
    "Police", "detained", "40", "protesters", "in", "Minsk", "on", "Sunday", "said", "told", "Reuters",
    "the", "ministry", "killed", "injured", "arrested", "according", "to", "Ana", "Rojas", "Tehran",
    "yesterday", "last", "week", "March", "3", "2019", "two", "years", "ago", "thugs", "rioters",
    "hundreds", "dozens", "of", "people", "at", "least", "more", "than", "between", "and", "1,500",
    "Iran", "Iran's", "Gov.", "U.S.", "U.N.", "rights", "group", "Amnesty", "International", "he", "she",
    "it", "they", "—", "–", "-", "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "!", "?", "@", "#",
]  # fmt: skip
MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」", "`", "´"]
ODD = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
    "\u202e", "\u2066", "\u2067", "\u2069", "\u00ad", "\u2028", "\u2029", "\u0085", "\x00", "\x07", "\x1b",
    "\x0b", "\x0c", "\r", "\t", "\n", "\n\n", "²", "³", "¹", "⁴", "₂", "₀", "½", "Ⅻ", "٣", "۴", "𝟗", "①",
    "\u0301", "\u0338", "ﬁ", "İ", "ß", "ǅ", "\U0001f600", "\U0001f1fa\U0001f1f8", "\U000e0001",
]  # fmt: skip
SCRIPTS = [
    "Минск", "Лукашенко сказал", "تهران", "قال المتحدث", "北京", "抗议者", "עזה", "Αθήνα", "서울", "ब्राज़ील",
    "Ελλάδα", "Türkiye", "Kraków", "Behbahān", "São Paulo", "Ñuñoa",
]  # fmt: skip
DATES = [
    "0000-00-00", "0001-01-01", "9999-12-31", "March 3, 10000", "March 3, 0", "Dec. 31, 9999", "year 0",
    "Jan. 1, 1", "the 1990s", "the '80s", "next year", "last year", "tomorrow", "yesterday",
    "Nov. 15 to 18", "between 2014 and 2021", "2019-0²-1³", "May ²", "10⁴ days ago", "in 0000",
    "— Ana Rojas (@anarojas) March 3, 10000", "pic.twitter.com/abc — Bo (@bo) January 1, 0000",
]  # fmt: skip


def _huge_number() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(min_value=-(10**40), max_value=10**40).map(str),
        st.integers(min_value=1, max_value=400).map(lambda n: "9" * n),
        st.integers(min_value=1, max_value=60).map(lambda n: "1," + ",".join(["000"] * n)),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
    )


def _nested(piece: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Quotes and brackets nested around a piece, a few levels deep."""
    pairs = [("“", "”"), ('"', '"'), ("‘", "’"), ("(", ")"), ("[", "]"), ("«", "»"), ("'", "'")]
    return st.recursive(
        piece,
        lambda inner: st.tuples(st.sampled_from(pairs), inner, st.booleans()).map(
            lambda t: t[0][0] + t[1] + (t[0][1] if t[2] else "")
        ),
        max_leaves=6,
    )


def _run() -> st.SearchStrategy[str]:
    """A long run of one character (quote marks, dots, dashes): what made the tokenizer quadratic."""
    return st.tuples(st.sampled_from(MARKS + [".", "-", "(", "*", "!", "—"]), st.integers(1, 600)).map(
        lambda t: t[0] * t[1]
    )


def pieces() -> st.SearchStrategy[str]:
    word = st.sampled_from(WORDS)
    return st.one_of(
        word,
        word,
        word,
        st.sampled_from(MARKS),
        st.sampled_from(ODD),
        st.sampled_from(SCRIPTS),
        st.sampled_from(DATES),
        _huge_number(),
        _nested(st.lists(word, max_size=5).map(" ".join)),
        _run(),
        st.text(max_size=12),
        st.just(" "),
        st.just(" "),
        st.just(". "),
    )


def hostile_text(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """An article-like text of hostile pieces, separated mostly by spaces."""
    return st.lists(pieces(), min_size=1, max_size=max_pieces).map(
        lambda parts: "".join(p if p[:1].isspace() or p[-1:].isspace() else p + " " for p in parts)
    )


def published() -> st.SearchStrategy[str | None]:
    """A publication date, extreme ones included."""
    return st.one_of(
        st.none(),
        st.sampled_from(
            ["0001-01-01", "9999-12-31", "2020-09-14", "0000", "9999", "2020-13", "0000-05", "x"]
        ),
        st.dates().map(lambda d: d.isoformat()),
    )


def jsonl_line() -> st.SearchStrategy[str]:
    """A JSONL line: a valid article object, hostile values, or something broken."""
    obj = st.fixed_dictionaries(
        {"text": hostile_text(20)},
        optional={
            "title": st.one_of(st.none(), st.text(max_size=30), st.integers()),
            "published": st.one_of(published(), st.integers(), st.lists(st.integers(), max_size=2)),
            "url": st.one_of(st.none(), st.text(max_size=30)),
            "outlet": st.one_of(st.none(), st.text(max_size=30), st.booleans()),
        },
    )
    return st.one_of(
        obj.map(lambda o: json.dumps(o, ensure_ascii=False)),
        obj.map(json.dumps),
        st.text(max_size=80),
        st.integers(1, 300).map(lambda n: "[" * n),
        st.just('{"text": 1e999}'),
        st.just('{"text": "a", "published": 123456789012345678901234567890}'),
    )


def html_page() -> st.SearchStrategy[str]:
    """An HTML page around hostile text, with unbalanced and nested tags."""
    tags = st.sampled_from(["p", "div", "span", "b", "script", "style", "article", "h1", "li", "a"])
    body = st.lists(st.tuples(tags, hostile_text(12), st.booleans()), max_size=8).map(
        lambda items: "".join(f"<{t}>{x}" + (f"</{t}>" if close else "") for t, x, close in items)
    )
    return st.tuples(st.text(max_size=20), body).map(
        lambda t: f"<html><head><title>{t[0]}</title></head><body>{t[1]}</body></html>"
    )


# --- invariants ---------------------------------------------------------------------------


def record_spans(article: Any) -> Iterator[tuple[str, int, int, str | None]]:
    """(what, start, end, the text the record claims or None) for every span of every record."""
    for e in article.embedded:
        yield "embedded", e.start, e.end, None
    for entity in article.entities:
        for start, end in entity.mentions:
            yield f"entity {entity.id}", start, end, None
    for place in article.places:
        for start, end in place.spans():
            yield f"place {place.id}", start, end, None
    for q in article.quotes:
        yield f"quote {q.id}", q.start, q.end, q.text
        yield f"quote {q.id} evidence", *q.evidence, None
        if q.speaker_span and q.speaker_span[0] is not None:
            yield f"quote {q.id} speaker", *q.speaker_span, None
    for f in article.figures:
        yield f"figure {f.id}", f.start, f.end, f.text
        yield f"figure {f.id} evidence", *f.evidence, None
    for v in article.events:
        yield f"event {v.id} trigger", *v.trigger, None
        yield f"event {v.id} evidence", *v.evidence, None
    for d in article.dates:
        yield "date", d.start, d.end, d.text
    for flag in article.flags:
        yield "flag", flag.start, flag.end, flag.text
        yield "flag evidence", *flag.evidence, None


def check_article(article: Any) -> None:
    """Every offset inside the text, ``text[start:end]`` what the record says, dates in the calendar."""
    text = article.text
    for what, start, end, expected in record_spans(article):
        assert 0 <= start <= end <= len(text), f"{what}: [{start}, {end}) outside a text of {len(text)}"
        if expected is not None:
            assert text[start:end] == expected, f"{what}: {text[start:end]!r} != {expected!r}"
    for d in article.dates:
        assert d.value is None or "0001" <= d.value[:4] <= "9999", d.value
    json.dumps(article.to_json_dict(), allow_nan=False)  # what export writes: no NaN or Infinity
