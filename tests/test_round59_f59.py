"""Round 59 (f59): who gives a figure, constructions read from the source errors of the readable
splits (own ``work58`` first, then ``work44`` and ``work47``). Sentences are our own.

- "the force", "the Basque police force": a definite description of a police force refers back
  to the police named before even when the name holds no word of a force ("The Ertzaintza
  arrested 23 …, the Basque police force said"; "pellets fired by Carabinieri …. The police force
  says …"), or to the plain "police" of the sentences before ("Police were accused …; the force
  later said …"), not to the description itself.
- "speak of", "talk of", "warn of" say what their "of" holds: "the opposition speaks of 45 dead",
  "the health office has spoken of 19 dead", "the agency warned of an outbreak in the camp, where
  at least 14 children have died" are the speaker's counts, as "said" would make them.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import sources_by_value as _source_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "The Ertzaintza arrested 23 people during a night of rioting in Bilbao, the Basque police "
            "force said on Friday.",
            23,
            "Ertzaintza",
        ),
        (
            "The Ertzaintza arrested 23 people during a night of rioting in Bilbao, the Basque police "
            "force said on Friday. The force said 41 of its officers had been hurt.",
            41,
            "Ertzaintza",
        ),
        (
            "Several students were hurt by rubber bullets fired by Carabinieri near the campus. Classes "
            "were suspended for a week. The rectors' tally, which the Carabinieri reject, leaves out "
            "staff. The police force says 312 of its officers have been injured.",
            312,
            "Carabinieri",
        ),
        (
            "Police were accused of arriving an hour late; the force later said it had arrested 12 men "
            "over the attack.",
            12,
            "Police",
        ),
        (
            "Since January, police have arrested 4,100 people over the unrest, according to figures "
            "released by the force on Monday.",
            4100,
            "police",
        ),
    ],
)
def test_the_force_is_the_police_named_before(text: str, value: float, name: str) -> None:
    names = _source_of(text, value)
    assert any(name in n for n in names), names


def test_the_force_after_a_named_police_body() -> None:
    # guard: a police body whose name holds "Police" was read before and stays
    names = _source_of(
        "The Sindh Police arrested 23 people in Karachi on Thursday night. The provincial force said "
        "38 of its officers were injured.",
        38,
    )
    assert any("Sindh Police" in n for n in names), names


def test_the_force_with_no_police_named_is_no_other_speaker() -> None:
    # guard: soldiers firing name no police body; the rights group is not the force
    names = _source_of(
        "Amnesty International said soldiers had fired on the crowd. The force said 38 of its officers "
        "were injured.",
        38,
    )
    assert not any("Amnesty" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        (
            "Officials put the toll at 12, but the opposition speaks of at least 45 dead.",
            45,
            "opposition",
        ),
        (
            "The regional health office, which runs the clinic, has spoken of 19 dead, and nobody has "
            "questioned that number.",
            19,
            "regional health office",
        ),
        (
            "The UNHCR warned of a measles outbreak in the Dadaab camp, where at least 14 children have died.",
            14,
            "UNHCR",
        ),
    ],
)
def test_speaking_of_a_count_gives_it(text: str, value: float, name: str) -> None:
    names = _source_of(text, value)
    assert any(name in n for n in names), names


def test_speaking_to_someone_gives_no_count() -> None:
    # guard: "spoke to reporters" says nothing of the count told after it
    assert _source_of("The minister spoke to reporters after 12 people were killed in the capital.", 12) == []


def test_the_counted_speaking_of_something_stay_counted() -> None:
    # guard: the count is who speaks of the beatings; the association gives it
    names = _source_of("Ten detainees spoke of beatings in custody, the lawyers' association said.", 10)
    assert any("lawyers' association" in n for n in names), names
