"""Round 54: HTML character references and invisible characters in plain-text input.

Sentences are our own. A feed or scraper export keeps a page's escapes ("&quot;", "&#8220;",
"&nbsp;") and the soft hyphens and zero-width spaces pages put inside words; tally reads them
before any other cleaning step (``tally.clean.characters``).
"""

from __future__ import annotations

import pytest

from tally.clean.characters import (
    decode_character_references,
    drop_invisible_characters,
    read_plain_characters,
)
from tally.clean.text import clean_text


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("&quot;We stay,&quot; she said.", '"We stay," she said.'),
        ("&#8220;Enough&#8221;", "\u201cEnough\u201d"),
        ("&#x201C;Enough&#x201D;", "\u201cEnough\u201d"),
        ("killed.&nbsp;Police", "killed.\u00a0Police"),
        ("AT&amp;T and Q&amp;A", "AT&T and Q&A"),
        # a feed that escaped the page's escapes: read twice, never more
        ("&amp;quot;No&amp;quot;", '"No"'),
        ("&amp;amp;lt;", "&lt;"),
        # the Windows-1252 numbers pages still carry, read as HTML5 reads them
        ("1990&#150;1995", "1990\u20131995"),
    ],
)
def test_complete_references_are_read(raw: str, read: str) -> None:
    assert decode_character_references(raw) == read


@pytest.mark.parametrize(
    "typed",
    [
        "AT&T, R&D and Q&A",
        "the &notice was posted",  # a legacy name without its semicolon is plain text
        "R&D; the lab",  # no such name
        "&#0; &#xD800; &#1114112;",  # no character
        "fish & chips; 3 & 4",
    ],
)
def test_what_is_no_reference_stays_as_typed(typed: str) -> None:
    assert decode_character_references(typed) == typed


def test_invisible_characters_inside_words_are_dropped_and_joiners_kept() -> None:
    assert drop_invisible_characters("pro\u00adtesters 300\u200b people \ufeffin\u2060side") == (
        "protesters 300 people inside"
    )
    persian = "\u0645\u06cc\u200c\u0631\u0648\u0645"  # the non-joiner is spelling, not noise
    assert drop_invisible_characters(persian) == persian
    assert read_plain_characters("pro&shy;testers") == "protesters"


def test_clean_text_reads_references_before_the_other_steps() -> None:
    cleaned = clean_text("&quot;We will not leave,&quot; said Lina Haddad.&nbsp;Police detained 45 people.")
    assert cleaned.text == '"We will not leave," said Lina Haddad.\u00a0Police detained 45 people.'


@pytest.mark.model
def test_an_escaped_quote_is_found_with_its_speaker() -> None:
    from tally.pipeline import analyze

    article = analyze("&quot;We will not leave the square,&quot; said Lina Haddad, a nurse in Basra.")
    names = {entity.id: entity.name for entity in article.entities}
    quotes = [q for q in article.quotes if q.kind == "direct"]
    assert len(quotes) == 1
    quote = quotes[0]
    assert article.text[quote.start : quote.end] == "We will not leave the square,"
    assert names[quote.speaker] == "Lina Haddad"


@pytest.mark.model
def test_a_count_split_by_invisible_characters_is_read() -> None:
    from tally.pipeline import analyze

    article = analyze(
        "Riot police arrested 300\u200b pro\u00adtesters in Tabriz on Friday, the governor said."
    )
    figures = [(f.value, f.category) for f in article.figures]
    assert (300, "arrested") in figures
    assert "\u00ad" not in article.text and "\u200b" not in article.text


@pytest.mark.model
def test_a_no_break_space_entity_does_not_glue_two_sentences() -> None:
    from tally.pipeline import analyze

    article = analyze(
        "Security forces killed at least 30 people.&nbsp;Amnesty International said 700 were arrested."
    )
    figures = {f.value: f.category for f in article.figures}
    assert figures.get(30) == "killed" and figures.get(700) == "arrested"
