"""Figure sources on long real-style reports, eighteenth round: each test is a construction of its own,
in sentences of our own (none is copied from a probe article or a gold set)."""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles, roles_of

pytestmark = pytest.mark.model


def _named(text: str, value: float, word: str) -> bool:
    asserted, confirmed, _ = roles_of(text, value)
    return any(word in a for a in asserted + confirmed)


# --- "the toll" after a count with a part set off in apposition: the whole count's ---------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "At least 210 people, dozens of them students, have died in the crackdown, an internal count "
            "shows.\n\nThe toll, provided to The Associated Press by two health officials, is well above the "
            "government's figure.",
            210,
            "officials",
        ),
        (
            "More than 95 people, 14 of whom were women, were killed in the raids. The toll, provided to AFP by "
            "three police officers, is higher than any number given in public.",
            95,
            "officers",
        ),
    ],
)
def test_a_later_toll_is_the_whole_count_not_its_apposed_part(text, value, word):
    assert _named(text, value, word)


# --- "In X, the governor, NAME, said": the office and its holder the parser joined to the opening phrase --


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "In Kohgiluyeh-Boyer Ahmad province, the governor, Ali Reza Shahbazi, said 19 people were killed "
            "on Friday.",
            19,
            "Shahbazi",
        ),
    ],
)
def test_an_office_and_its_holder_after_an_opening_phrase_speak(text, value, word):
    assert _named(text, value, word)


# --- "the medical association": a description whose words are all in an earlier name ------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "The Zimbabwe Medical Association and Amnesty International counted 17 deaths. The medical "
            "association later said 240 people had been treated for dog bites and beatings.",
            240,
            "Medical Association",
        ),
    ],
)
def test_a_description_with_the_words_of_an_earlier_name_is_that_name(text, value, word):
    assert _named(text, value, word)


# --- "the Tasnim news agency … The agency said": the name before a compound of the noun ------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "According to a list published by the Mehr news agency, which is close to the Islamic "
            "Revolution Guards Corps, 36 police officers have died. The agency said 1,400 rioters had been "
            "arrested in the capital.",
            1400,
            "Mehr",
        ),
    ],
)
def test_the_agency_is_the_name_before_its_news_agency(text, value, word):
    assert _named(text, value, word)


# --- "X, an adviser to Y, who said": the relative clause is X's -----------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "Prime Minister Raila Odinga announced an inquiry on Monday. The plan was presented by Jane "
            "Wambui, an adviser to the prime minister, who said that 26 officers had been suspended.",
            26,
            "Wambui",
        ),
        (
            "Interior Minister Ana Gomez spoke first. Later the plan was defended by Pablo Ortiz, a spokesman "
            "for the minister, who said 81 people had been detained.",
            81,
            "Ortiz",
        ),
    ],
)
def test_who_after_an_apposition_is_the_named_person(text, value, word):
    assert _named(text, value, word)


# --- ", two of the officials said" after a list: the officials speak, and are no count -----------------


def test_two_of_the_officials_after_a_list_speak_and_count_no_one():
    text = (
        "Four officials said 180 people had been killed. The dead include 22 members of the army, the "
        "police and the gendarmerie, two of the officials said."
    )
    roles = figure_roles(text)
    assert [v for v, *_ in roles] == [180, 22]
    assert any("officials" in a for a in roles[1][1])


# --- guards: constructions that were right before this round and must stay right -------------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        # a part after "including" already leaves "the toll" to the whole count
        (
            "At least 88 people, including 9 children, were killed, a count shows. The toll, given to Reuters "
            "by three medics, is higher than the official one.",
            88,
            "medics",
        ),
        # the office as the subject, with its holder in apposition, and no opening phrase
        ("The governor, Ali Reza Shahbazi, said 19 people were killed on Friday.", 19, "Shahbazi"),
        # the same construction, parsed right before this round
        (
            "In Chaharmahal-Bakhtiari province, the police chief, Karim Nouri, said 47 people had been "
            "arrested.",
            47,
            "Nouri",
        ),
        # no opening phrase before the office: the parser finds the subject itself
        (
            "In Khuzestan province, the governor, Ali Reza Shahbazi, said 19 people were killed.",
            19,
            "Shahbazi",
        ),
        # the agency's name holds the noun itself
        (
            "The Ukrinform news agency, citing the regional military administration, said 9 civilians were "
            "wounded. The agency said 3 of them were children.",
            3,
            "Ukrinform",
        ),
        # a "who" clause on the name itself
        ("Jane Wambui, who advises the president, said that 26 officers had been suspended.", 26, "Wambui"),
        # a description that is only the noun: the organisation named before with that noun
        (
            "The Kenya Medical Association said 61 people were hurt. The association said 8 doctors were among "
            "them.",
            8,
            "Medical Association",
        ),
    ],
)
def test_guards_already_right(text, value, word):
    assert _named(text, value, word)


# --- the same, when the list before names bodies the tagger knows ---------------------------------------


def test_two_of_the_officials_after_a_list_of_named_bodies_speak():
    text = (
        "Five officials said 240 people had been killed. It includes 31 members of the Imbonerakure militia, "
        "the police and the National Intelligence Service, two of the officials said."
    )
    assert _named(text, 31, "officials")


# --- "the doctors association" past a nearer body with the same noun -------------------------------------


def test_a_description_with_the_words_of_a_name_passes_a_nearer_body_of_the_same_noun():
    text = (
        "The Zimbabwe Association of Doctors for Human Rights documented 17 deaths in Harare.\n\n"
        "The National Association of Non-Governmental Organisations said aid deliveries had stopped.\n\n"
        "The doctors association later said its members had treated 68 people for gunshot wounds."
    )
    assert _named(text, 68, "Doctors")


# --- "the group" never points back to a town the tagger took for a body ---------------------------------


def test_the_group_is_no_town_where_someone_was_killed():
    text = (
        "Among the dead named this week by the Kurdistan Human Rights Network were Kaveh Rostami, 19, shot "
        "in the town of Piranshahr; Leila Moradi, 24, a teacher killed in Rasht; and Omid Karimi, 30, who "
        "died in custody. The group said 3 of those killed were teenagers."
    )
    assert _named(text, 3, "Kurdistan Human Rights Network")


# --- "between the government, X and Y": a list, not an apposition naming "the government" ---------------


def test_a_list_after_the_government_does_not_name_it():
    text = (
        "Estimates of the number of people killed during the protests vary widely between the government, "
        "the Iraqi Observatory for Human Rights and independent monitors.\n\nIn October, the Iraqi "
        "government reported 87 deaths."
    )
    assert _named(text, 87, "government")


# --- "concluded that": a finding asserts the count ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "A parliamentary committee of inquiry concluded that 64 protesters had been shot by police.",
            64,
            "committee",
        ),
        ("The national inquiry concluded in March that 27 people had died in custody.", 27, "inquiry"),
    ],
)
def test_a_body_that_concludes_a_count_asserts_it(text, value, word):
    assert _named(text, value, word)


def test_talks_that_conclude_assert_nothing():
    # guard: "concluded" with no clause of its own gives no source
    asserted, confirmed, _ = roles_of("The talks concluded on Friday after 12 protesters were released.", 12)
    assert not asserted
