"""Wire copy that writes quotation marks as two backticks and two apostrophes (``…'').

Newswire archives (the LDC's AP and NYT wires, Gigaword, TempEval's AQUAINT texts) keep the
typewriter convention of opening a quotation with `` and closing it with ''. Read as they are,
no quote is found in such an article. Every sentence here was written for these tests.
"""

from __future__ import annotations

from tally.clean.text import clean_text
from tally.clean.wirequotes import normalise_wire_quotes
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
