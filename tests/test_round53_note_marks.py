"""Note numbers copied out of a web page with their superscript lost ("…, the group said.12 The
police …") are bracketed as the reference marks they are, so that the sentence ends there and the
number is no figure. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tally.clean.notemarks import bracket_note_marks
from tally.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine were hurt, the clinic said.4 Doctors", "Nine were hurt, the clinic said.[4] Doctors"),
        ("the mayor called it “a disgrace.”17 Officers", "the mayor called it “a disgrace.”[17] Officers"),
        ("the report ends here.112\nNext", "the report ends here.[112]\nNext"),
        ("Forty were held, lawyers said.¹² The court", "Forty were held, lawyers said.[12] The court"),
        ("many of the detainees³ were minors", "many of the detainees[3] were minors"),
    ],
)
def test_a_lost_superscript_becomes_a_bracketed_mark(text: str, expected: str) -> None:
    assert bracket_note_marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inflation reached 3.5 percent in May.",  # a decimal
        "The vote was 2019.12 Delegates",  # digits before the point: not a note
        "The grades were Upper,49 Lower,22 Pass.",  # a list whose spaces went missing
        "He cited Resolution No.12 Section 4.",  # an abbreviation's number
        "The plot measured 40 m² in all.",  # a unit's power
        "Police said.12 people were hurt.",  # a count that opens a lower-case clause
    ],
)
def test_numbers_that_are_no_note_marks_stay(text: str) -> None:
    assert bracket_note_marks(text) == text


def test_a_figure_after_a_note_mark_keeps_its_source_and_the_mark_is_no_figure() -> None:
    article = analyze(
        "Riot police killed at least 41 people in the port city, the Coastal Rights Centre said.8 "
        "Officials said 900 people had been detained.9\n",
        published="2021-06-03",
    )
    entities = {e.id: e.name for e in article.entities}
    figures = {f.value: f for f in article.figures}
    assert set(figures) == {41, 900}
    assert [entities[e] for e in figures[41].asserted_by] == ["Coastal Rights Centre"]
    for figure in article.figures:
        assert article.text[figure.start : figure.end] == figure.text
