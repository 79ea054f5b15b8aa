"""Wire copy that writes quotation marks as two backticks and two apostrophes (``…'').

Newswire archives (the LDC's AP and NYT wires, Gigaword, TempEval's AQUAINT texts) keep the
typewriter convention of opening a quotation with `` and closing it with ''. Read as they are,
no quote is found in such an article. Every sentence here was written for these tests.
"""

from __future__ import annotations

from tally.clean.text import clean_text
from tally.clean.unwrap import is_dateline_alone
from tally.clean.wirequotes import normalise_wire_dashes, normalise_wire_quotes
from tally.pipeline import analyze


def test_backticks_and_double_apostrophes_become_curly_marks() -> None:
    text = "``We will rebuild the market,'' the mayor said.\n\nShe added: ``Not in a month.''"
    assert (
        normalise_wire_quotes(text)
        == "“We will rebuild the market,” the mayor said.\n\nShe added: “Not in a month.”"
    )


def test_double_apostrophes_stay_in_a_paragraph_with_no_backticks() -> None:
    # guard: a 12'' pipe and a paragraph that never opens with `` keep their marks
    text = "Workers laid a 12'' pipe under the road.\n\n``The water is back,'' a resident said."
    assert (
        normalise_wire_quotes(text)
        == "Workers laid a 12'' pipe under the road.\n\n“The water is back,” a resident said."
    )


def test_clean_text_reads_wire_marks() -> None:
    assert clean_text("``Leave now,'' the officer shouted.").text == "“Leave now,” the officer shouted."


def test_a_wire_quote_is_found_with_its_speaker() -> None:
    article = analyze(
        "MOMBASA, Kenya (AP) _ Police arrested 14 dock workers on Tuesday after a strike closed the port.\n\n"
        "``We only asked to be paid for the night shifts,'' said Ali Hamisi, a union organiser.\n",
        published="2001-03-06",
    )
    [quote] = [q for q in article.quotes if "night shifts" in q.text]
    assert article.text[quote.start : quote.end] == quote.text
    assert quote.kind == "direct"
    assert quote.speaker_name == "Ali Hamisi"


# Round 53: the backticks already turned into straight marks by some converter, the closing
# two apostrophes left as they were ("…''). Sentences written for these tests.


def test_a_straight_opening_mark_closed_by_two_apostrophes() -> None:
    text = 'The river rose overnight. "We lost the barn,\'\' said a farmer near the ford. "The road is gone."'
    assert (
        normalise_wire_quotes(text)
        == 'The river rose overnight. "We lost the barn,” said a farmer near the ford. "The road is gone."'
    )


def test_two_apostrophes_after_a_closing_single_mark() -> None:
    text = "\"All we heard was 'Come back later.' '' she said."
    assert normalise_wire_quotes(text) == "\"All we heard was 'Come back later.' ” she said."


def test_two_apostrophes_stay_without_an_open_straight_mark() -> None:
    # guards: an inch sign inside an open quote, a closed quote before the marks, no quote at all
    for text in (
        "A crew laid a 12'' pipe. \"The water is back,\" a resident said of the 6'' main.",
        "\"A pipe of 12'' is enough,\" the engineer said.",
        "The boards were cut to 10'' lengths.",
    ):
        assert normalise_wire_quotes(text) == text


def test_a_quote_closed_by_two_apostrophes_gets_its_speaker() -> None:
    article = analyze(
        "A fire destroyed the covered market in the old town on Sunday.\n\n"
        "\"We heard the roof fall in before dawn,'' said Maria Kowal, who sells bread there. "
        '"Nothing is left of my stall." Her neighbour, Omar Haddad, said the stalls had no insurance. '
        "\"We will start again from nothing,'' he said.\n",
        published="2011-05-02",
    )
    speakers = {q.text.split()[1]: q.speaker_name for q in article.quotes if q.kind == "direct"}
    assert speakers == {"heard": "Maria Kowal", "is": "Maria Kowal", "will": "Omar Haddad"}


def test_two_apostrophes_as_both_marks() -> None:
    # the New York Times archive types the opening mark as two apostrophes as well
    text = "The ferry sank at dawn.\n\n''We saw it tilt,'' said a fisherman. ''Then it was gone.''"
    assert (
        normalise_wire_quotes(text)
        == "The ferry sank at dawn.\n\n“We saw it tilt,” said a fisherman. “Then it was gone.”"
    )


def test_a_quote_opened_by_two_apostrophes_gets_its_speaker() -> None:
    article = analyze(
        "Floodwater closed the northern highway for a third day on Friday.\n\n"
        "''Nobody can reach the villages,'' said Lena Moss, a county engineer. ''We are waiting "
        "for the river to fall.''\n",
        published="2016-09-16",
    )
    quotes = [q for q in article.quotes if q.kind == "direct"]
    assert [q.text.split()[0] for q in quotes] == ["Nobody", "We"]
    assert {q.speaker_name for q in quotes} == {"Lena Moss"}


# Round 53: the AP wire's dash typed as an underscore between spaces. Sentences written for these tests.


def test_an_underscore_ending_a_dateline_is_a_dash() -> None:
    assert (
        normalise_wire_dashes("LIMA, Peru _ Two bridges fell in the storm.")
        == "LIMA, Peru — Two bridges fell in the storm."
    )
    assert normalise_wire_dashes("QUITO _\n\nThe river rose.") == "QUITO —\n\nThe river rose."
    assert normalise_wire_dashes("The rain stopped.\nCUSCO (AP) _ Roads reopened.") == (
        "The rain stopped.\nCUSCO (AP) — Roads reopened."
    )
    # guards: a dash inside a sentence, an underscore inside a word or an address
    for kept in (
        "Two bridges fell in the storm _ both of them old _ the mayor said.",
        "The file was named flood_map_2 on the server.",
        "Write to press_office@example.org today.",
        "Fill in the blank: _name_ here.",
    ):
        assert normalise_wire_dashes(kept) == kept


def test_a_dateline_before_an_underscore_dash_is_a_place() -> None:
    article = analyze(
        "OSORNO, Chile _ Firefighters contained a blaze that destroyed 40 homes on the edge of the city.\n",
        published="1999-02-03",
    )
    assert "OSORNO" in {article.text[start:end] for place in article.places for start, end in place.mentions}
    assert article.text.startswith("OSORNO, Chile — Firefighters")


def test_a_dateline_on_a_line_of_its_own_is_kept_and_read() -> None:
    # wire copy that sets the dateline over the first paragraph, with an underscore or a dash
    for dash in ("_", "—"):
        article = analyze(
            f"MANAGUA {dash}\n\nVolunteers handed out water in the flooded districts on Monday.\n",
            published="1998-11-02",
        )
        assert article.text.startswith("MANAGUA —")
        assert "MANAGUA" in {
            article.text[start:end] for place in article.places for start, end in place.mentions
        }


def test_a_dateline_followed_by_words_is_no_dateline_alone() -> None:
    assert is_dateline_alone("  QUITO (AP) --  ") and is_dateline_alone("QUITO —")
    assert not is_dateline_alone("QUITO — A") and not is_dateline_alone("QUITO — Rain fell.")
