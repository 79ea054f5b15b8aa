"""Round 58 (f58): who gives a figure, constructions read from the source errors of the real
readable splits (own ``work57`` first). Sentences are our own.

- A reported clause opened by "that" that the parser hung on a clause of time between the verb of
  saying and it ("said that 300 had been arrested since the strike began and that 45 officers had
  been injured"; "told a press conference two days after the strike began that 22 had been
  killed"): the clause is what the speaker said, not part of the clause that dates it.
- A "toll" handed over in the next sentence ("Five were shot dead …, and dozens more were wounded.
  The toll was given by X"), like "the information", is every count of harm before it, also past
  the sentence's next count; "the figure" stays the nearest count's.
- "a toll of 48 dead put forward by X": a count put forward is X's, as one "released by" X is.
- A noun denied ("No witness came forward", "Not a single independent witness …") is nobody a "He"
  opening the next sentence could be: "He argued that seven …" goes on with the speaker before.
- "X puts the number of its workers detained nationwide at over 10,000": the parser hangs the
  object's participle, with the "at" of the value, on "puts"; the value still makes "put" report.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import sources_by_value as _source_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "The Interior Minister, Karl Mendez, said on Tuesday that 300 people had been arrested "
            "since the strike began and that 45 police officers had been injured.",
            45,
            "Karl Mendez",
        ),
        (
            "Interior Minister Karl Mendez told a press conference two days after the strike began "
            "that 22 people had been killed, including one police officer, and that 197 had been "
            "injured.",
            22,
            "Karl Mendez",
        ),
        (
            "Interior Minister Karl Mendez told a press conference two days after the strike began "
            "that 22 people had been killed, including one police officer, and that 197 had been "
            "injured.",
            197,
            "Karl Mendez",
        ),
        (
            "Karl Mendez said two days after the strike began that 22 people had been killed.",
            22,
            "Karl Mendez",
        ),
    ],
)
def test_reported_clause_hung_on_a_clause_of_time(text: str, value: float, name: str) -> None:
    names = _source_of(text, value)
    assert any(name in n for n in names), names


def test_clause_of_time_itself_stays_the_writers() -> None:
    # guard: the event that dates the count is no part of what is said
    assert (
        _source_of(
            "Nine days after 4,000 people took to the streets, the count rose to 612, according to the "
            "Valley Forum.",
            4000,
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Seven people were shot dead in the capital during two days of protests, and dozens more "
            "were wounded. The toll was given by the Harbour Workers' Union, which said soldiers had "
            "fired into the crowd.",
            7,
        ),
        (
            "Seven people were shot dead in the capital during two days of protests, and dozens more "
            "were wounded. The toll was given by the Harbour Workers' Union, which said soldiers had "
            "fired into the crowd.",
            12,
        ),
        (
            "Seven people were killed and 40 were wounded. The information was provided by the "
            "Harbour Workers' Union.",
            7,
        ),
    ],
)
def test_toll_handed_over_in_the_next_sentence_is_every_count_of_harm(text: str, value: float) -> None:
    names = _source_of(text, value)
    assert any("Harbour Workers' Union" in n for n in names), names


def test_singular_figure_handed_over_stays_the_nearest_count() -> None:
    # guard: "the figure" after two counts is the last one's, as before the round
    text = (
        "Seven people were killed on Sunday, and a further 20 were arrested. The figure was given by "
        "the Harbour Workers' Union."
    )
    assert _source_of(text, 7) == []
    assert any("Harbour Workers' Union" in n for n in _source_of(text, 20))


def test_count_put_forward_by_a_body_is_its_own() -> None:
    names = _source_of(
        "The minister rejected a toll of 48 dead put forward by a coalition of student groups.", 48
    )
    assert any("coalition of student groups" in n for n in names), names


@pytest.mark.parametrize(
    "quote",
    ['"Not a single independent witness came forward."', '"No witness came forward."'],
)
def test_he_after_a_denied_noun_goes_on_with_the_speaker(quote: str) -> None:
    names = _source_of(
        f"Defence lawyer Sam Oduya said his clients would appeal. {quote} He argued that seven of "
        "the men had been arrested at their homes.",
        7,
    )
    assert any("Sam Oduya" in n for n in names), names


def test_number_put_at_a_value_through_the_objects_participle() -> None:
    names = _source_of(
        "The Farmers' Party puts the number of its workers detained nationwide at over 10,000.", 10000
    )
    assert any("Farmers' Party" in n for n in names), names
