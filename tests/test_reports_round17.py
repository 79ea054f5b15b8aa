"""Figure sources on real reports, seventeenth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# --- an office first, its holder named in the next sentence: one source -----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "The head of the provincial judiciary said 600 rioters had been charged. Mohammad Shahriari told "
            "Tasnim that 40 of them were women.",
            600,
            "Shahriari",
        ),
        (
            "The spokesman for the national police said 72 officers were injured. Colonel Jorge Ramos told "
            "reporters that 18 of them were in hospital.",
            72,
            "Ramos",
        ),
        (
            "Riot police detained more than 90 students on Friday, their lawyer told AFP. Nomvula Dlamini said "
            "the students were held without charge.",
            90,
            "Dlamini",
        ),
        # in wire copy the holder's sentence is often the next one-sentence paragraph
        (
            "The governor of Ninewa said on Sunday that 14 protesters had been wounded.\n\nMajor General Khalid "
            "Saadi told state television that the situation was calm.",
            14,
            "Saadi",
        ),
    ],
)
def test_an_office_is_the_holder_named_in_the_next_sentence(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        # another office of its own: someone else
        (
            "The police commissioner said 12 people were killed. Opposition leader Musa Bello said 40 had died.",
            12,
            "commissioner",
        ),
        # a turn to another voice
        (
            "The regional prosecutor said 35 people were charged. But Ana Ruiz, a defence lawyer, said 80 were "
            "held.",
            35,
            "prosecutor",
        ),
        # an indefinite office is anyone's: not the person named next
        (
            "A police officer said 19 people were arrested. Juan Perez said the march had been peaceful.",
            19,
            "officer",
        ),
    ],
)
def test_an_office_keeps_itself_when_the_next_person_is_someone_else(text, value, word):
    # guards: each passes before the rule and must still pass after it
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)
    assert not any(name in a for a in asserted for name in ("Bello", "Ruiz", "Perez"))


# --- "The figures were released by X": a passive verb of handing over in the next sentence ------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "Eleven people have died and 230 have been hurt in a week of unrest in Bolivia. The figures were "
            "released on Monday by the national ombudsman, Nadia Cruz.",
            230,
            "Cruz",
        ),
        (
            "Eleven people have died and 230 have been hurt in a week of unrest in Bolivia. The figures were "
            "released on Monday by the national ombudsman, Nadia Cruz.",
            11,
            "Cruz",
        ),
        (
            "At least 45 people were killed in Omdurman on Thursday. The toll was given to Reuters by three "
            "medical sources.",
            45,
            "medical sources",
        ),
        (
            "Some 300 people were detained in Kampala. The figure was compiled by the Uganda Law Society.",
            300,
            "Uganda Law Society",
        ),
    ],
)
def test_a_count_handed_over_by_an_agent_in_the_next_sentence_is_theirs(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


def test_a_count_not_released_has_no_giver():
    # guard: a negated handing over gives nothing
    text = "Some 300 people were detained in Kampala. The figures have not been released by the ministry."
    asserted, confirmed, _ = roles_of(text, 300)
    assert not any("ministry" in a for a in asserted + confirmed)


# --- a dateline the parser took for the subject, the name joined to it ------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "LIMA – Coordinadora Nacional, the Peruvian legal aid group, said on Sunday that 212 people had been "
            "detained.",
            "Coordinadora",
        ),
        (
            "CARACAS – Foro Civico, the Venezuelan legal aid group, said on Sunday that 212 people had been "
            "detained since the vote.",
            "Foro Civico",
        ),
        # a guard (passes before the rule): the name the parser set in apposition to the dateline
        (
            "MANAGUA – Colectivo Nunca Mas, the exiled rights collective, said on Monday that 212 people were "
            "being held as political prisoners.",
            "Nunca Mas",
        ),
    ],
)
def test_the_name_joined_to_a_dateline_speaks(text, word):
    asserted, confirmed, _ = roles_of(text, 212)
    assert any(word in a for a in asserted + confirmed)


# --- a rank is no organisation: the holder named after it speaks -----------------------------------------


def test_a_rank_before_a_name_is_no_organisation():
    text = (
        "The military council's spokesman, Lieutenant General Shams al-Din Kabbashi, said 61 people had been "
        "killed."
    )
    asserted, _, _ = roles_of(text, 61)
    assert any("Kabbashi" in a for a in asserted)
    assert not any(a.strip() == "Lieutenant General" for a in asserted)


# --- "the group" with nothing before it: the name that follows ------------------------------------------


def test_the_group_with_no_antecedent_is_the_group_named_next():
    text = (
        "At least 16 protesters were killed, the group said in a report published on Tuesday. Human Rights "
        "Watch said it had interviewed 40 witnesses."
    )
    asserted, confirmed, _ = roles_of(text, 16)
    assert any("Human Rights Watch" in a for a in asserted + confirmed)


def test_the_group_with_an_antecedent_refers_back():
    # guard: "the group" after a named group is that group
    text = (
        "Amnesty International said 30 people had been detained. At least 16 protesters were killed, the group "
        "said. Human Rights Watch said it had interviewed 40 witnesses."
    )
    asserted, _, _ = roles_of(text, 16)
    assert any("Amnesty" in a for a in asserted)
