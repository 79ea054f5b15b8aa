"""Round 57 (f57): who gives a figure, three constructions of real reporting. Sentences are our own.

- An office named with its remit ("The UN Special Rapporteur on Myanmar, NAME, said"): the parser
  hangs the name set off after the remit on the remit's noun (the country), and the title was taken
  as an organisation of its own; the holder named beside the office speaks.
- The list of parts after "including" or "among them" goes on past its first member ("including
  12 children and nine police officers"): every member is a part of the whole and has the whole's
  source, also when the parser hangs "including" on a clause between them ("…, since the strike
  began, including …"); "among them 31 women" is a part as "including 31 women" is.
- "The utility said" after a named power company refers back to it, as "the company" does.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import sources_by_value as _source_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "The UN Special Rapporteur on Myanmar, Tom Andrews, said 100 protesters had been killed "
            "in the past week.",
            100,
            "Tom Andrews",
        ),
        (
            "The Special Rapporteur on Eritrea, Mohamed Babiker, said 70 students had been detained "
            "at the border camp.",
            70,
            "Mohamed Babiker",
        ),
    ],
)
def test_holder_named_after_an_office_remit(text: str, value: float, name: str) -> None:
    names = _source_of(text, value)
    assert any(name in n for n in names), names


def test_office_with_its_holder_apposed_directly_still_speaks_for_the_holder() -> None:
    # guard: the parser hangs the name on the title itself; read so before the round
    names = _source_of(
        "The UN Special Rapporteur on Belarus, Anaïs Marin, said on Friday that more than 1,000 "
        "people had been detained since Sunday.",
        1000,
    )
    assert any("Anaïs Marin" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "According to the Lantern Rights Watch, at least 140 people have been killed since the "
            "strike began, including 12 children and nine police officers.",
            9,
            "Lantern Rights Watch",
        ),
        (
            "As of 1 March, rights defenders had recognised 256 people as political prisoners, up "
            "from 169 in February, among them 31 women and two minors.",
            31,
            "rights defenders",
        ),
        (
            "As of 1 March, rights defenders had recognised 256 people as political prisoners, up "
            "from 169 in February, among them 31 women and two minors.",
            2,
            "rights defenders",
        ),
    ],
)
def test_every_member_of_an_including_list_has_the_whole_source(text: str, value: float, name: str) -> None:
    names = _source_of(text, value)
    assert any(name in n for n in names), names


def test_a_list_the_whole_source_already_reached_is_read_as_before() -> None:
    # guard: with no clause between, the path to "according to" gave every member its source
    text = (
        "According to figures compiled by the Harbour Monitor, 75 people have died, including 11 "
        "women and four journalists."
    )
    assert any("Harbour Monitor" in n for n in _source_of(text, 4))


def test_a_count_joined_after_the_list_is_no_part() -> None:
    # guard: "and more than 900 have been injured" is a count of its own, its source read as before
    text = (
        "According to the Lantern Rights Watch, at least 140 people have been killed, including 12 "
        "children, and more than 900 have been injured."
    )
    assert any("Lantern Rights Watch" in n for n in _source_of(text, 900))


def test_the_utility_refers_back_to_the_named_power_company() -> None:
    text = (
        "Northgate Power said about 9,000 customers were without power on Sunday. The utility said "
        "it had restored power to more than 40,000 customers since the storm began."
    )
    names = _source_of(text, 40000)
    assert any("Northgate Power" in n for n in names), names
