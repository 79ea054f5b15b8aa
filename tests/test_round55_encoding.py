"""Round 55: text decoded with the wrong character set, ligatures and full-width forms.

Sentences are our own, typed as scrapers, old content systems and PDF converters leave them:
UTF-8 read as Windows-1252 ("â€œWe stayâ€\x9d"), Windows-1252 read as Latin-1 (the C1 control
``\\x97`` where an em dash stood), the ``ﬁ`` ligature a PDF's font keeps, and the full-width letters
and digits of East Asian input. tally repairs them with ftfy before any other cleaning step
(``tally.clean.encoding``).
"""

from __future__ import annotations

import pytest

from tally.clean.encoding import repair_encoding
from tally.clean.text import clean_text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # UTF-8 read as Windows-1252: curly quotes, apostrophes, dashes, accented letters
        ("\u00e2\u20ac\u0153We stay,\u00e2\u20ac\x9d she said.", "\u201cWe stay,\u201d she said."),
        ("the mayor\u00e2\u20ac\u2122s office", "the mayor\u2019s office"),
        (
            "in S\u00c3\u00a3o Paulo \u00e2\u20ac\u201d and Bogot\u00c3\u00a1",
            "in S\u00e3o Paulo \u2014 and Bogot\u00e1",
        ),
        # the closing quote's last byte (0x9D) has no Windows-1252 character and was lost
        (
            "\u00e2\u20ac\u0153We stay,\u00e2\u20ac she said. \u00e2\u20ac\u0153Go.\u00e2\u20ac",
            "\u201cWe stay,\u201d she said. \u201cGo.\u201d",
        ),
        # Windows-1252 read as Latin-1: the C1 controls of dashes, quotes and the ellipsis
        ("DENVER \x97 Police said", "DENVER \u2014 Police said"),
        ("1990\x961995, \x91maybe\x92\x85", "1990\u20131995, \u2018maybe\u2019\u2026"),
        # a PDF's ligatures and East Asian full-width forms
        ("\ufb01ve were \ufb02own out", "five were flown out"),
        ("\uff13\uff10\uff10 \uff50\uff45\uff4f\uff50\uff4c\uff45", "300 people"),
    ],
)
def test_mis_decoded_text_is_repaired(typed: str, read: str) -> None:
    assert repair_encoding(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "J\u00fcrgen M\u00fcller met Ana\u00efs in Orl\u00e9ans.",
        "\u201cWe stay,\u201d she said \u2014 twice.",
        "It was 5\u00b0C, \u00b12, and cost \u00a3300.",
        "\u00ab Non \u00bb, a-t-il dit.",
        # straight quotes and HTML are other steps' business
        "\"We stay,\" she said; 'quoted' &amp; more",
        "Persian spelling keeps the joiner: \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        "A dagger \u2020 marks the dead and a footnote\u00b9 stays.",
    ],
)
def test_well_decoded_text_stays_as_typed(typed: str) -> None:
    assert repair_encoding(typed) == typed


def test_clean_text_repairs_before_the_dateline_is_read() -> None:
    cleaned = clean_text("ASPEN \x97 Officers arrested 14 people on Sunday.")
    assert cleaned.text == "ASPEN \u2014 Officers arrested 14 people on Sunday."


def test_a_quote_typed_in_mojibake_is_found_with_its_speaker() -> None:
    from tally.pipeline import analyze

    article = analyze(
        "\u00e2\u20ac\u0153We will not leave the square,\u00e2\u20ac\x9d said Lina Haddad, a nurse in Basra."
    )
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert article.text[direct[0].start : direct[0].end].startswith("We will not leave")
    assert direct[0].speaker_name == "Lina Haddad"


def test_a_count_written_with_a_ligature_is_a_figure() -> None:
    from tally.pipeline import analyze

    article = analyze("At least \ufb01ve protesters were killed in Basra on Friday, the group said.")
    assert [(f.value, f.category) for f in article.figures] == [(5.0, "killed")]
    figure = article.figures[0]
    assert article.text[figure.start : figure.end] == figure.text


def test_a_dateline_after_a_latin_1_dash_is_a_place() -> None:
    from tally.pipeline import analyze

    article = analyze("MOSUL \x97 Gunmen killed three police officers on Sunday, officials said.")
    assert "Mosul" in [p.name for p in article.places]
    assert [(f.value, f.category) for f in article.figures] == [(3.0, "killed")]


def test_the_scorer_reads_a_gold_quote_start_as_cleaning_reads_the_text() -> None:
    from tally.evaluate.reports import normalise_quote, text_start_key

    gold = text_start_key("Our belongings\x97a tent and two bags\x97were found")
    found = normalise_quote(
        "\u201cOur belongings\u2014a tent and two bags\u2014were found by the river,\u201d"
    )
    assert gold and gold in found
