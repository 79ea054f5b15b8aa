"""Figure sources on real reports, thirteenth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# --- "she said" never points back to a town the tagger took for a person ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The board's head, Mariama Sesay, said inspectors had visited clinics in Bo, Kenema and Kabala. "
        '"We found 17 people with gunshot wounds," she told reporters.',
        # a guard (passes before the rule): no place name stands between
        "Commissioner Alhaji Turay said his staff had travelled to Port Loko and Lunsar. He said 17 people "
        "had been treated for gunshot wounds.",
    ],
)
def test_a_person_pronoun_skips_names_used_as_locations(text):
    asserted, _, _ = roles_of(text, 17)
    assert asserted and all(a in {"Mariama Sesay", "Alhaji Turay"} for a in asserted)


# --- "its observers had counted": the organisation counts through its observers ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Civic Watch Centre said its observers had counted about 3,000 people at the rally.",
        "The Tamale Rights Forum said its volunteers had confirmed 3,000 arrests across the region.",
    ],
)
def test_an_organisations_observers_count_for_it(text):
    asserted, confirmed, _ = roles_of(text, 3000)
    assert any(("Centre" in a or "Forum" in a) for a in asserted + confirmed)
    assert not any(a.lower().startswith(("its ", "observers", "volunteers")) for a in asserted + confirmed)


# --- "The head of the provincial judiciary said": an office given with its body introduces a holder ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawmaker Reza Karimi said that 230 people had been killed nationwide. The head of the provincial "
            "judiciary said in January that 90 of those arrested had been charged.",
            "head of the provincial judiciary",
        ),
        (
            "Dariush Farahani said that 230 people had been killed nationwide. The spokesman for the "
            "army said that 90 soldiers had been charged.",
            "spokesman for the army",
        ),
        # a guard: the holder given that office before is still the one meant
        (
            "Ali Rezaei, the spokesman of the judiciary, said that 230 people had been killed nationwide. "
            "The spokesman of the judiciary said that 90 people had been charged.",
            "Ali Rezaei",
        ),
    ],
)
def test_an_office_of_a_body_refers_back_only_to_its_holder(text, expected):
    asserted, _, _ = roles_of(text, 90)
    assert asserted == [expected]


# --- "X, who was among the eight killed, shows …": a count describing the subject is no claim of it -----


@pytest.mark.parametrize(
    "text",
    [
        "A column says the death of a lawmaker, John Banda, who was among the eight killed, shows the "
        "collapse of the rule of law.",
        "The mother of Musa Phiri, one of the eight killed in the capital, told reporters she wanted justice.",
    ],
)
def test_a_count_describing_the_speaker_is_not_the_speakers(text):
    asserted, _, _ = roles_of(text, 8)
    assert not any(a in {"John Banda", "Musa Phiri"} for a in asserted)


# --- "…, its chairman says": an office holder the article does not name speaks for the body ------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The National Human Rights Commission has received 40 complaints of assault since Monday, its "
            "chairman says.",
            "National Human Rights Commission",
        ),
        (
            "The Malawi Law Society condemned the arrests. Its president said 40 lawyers had been detained.",
            "Malawi Law Society",
        ),
    ],
)
def test_an_unnamed_office_holder_speaks_for_the_body(text, body):
    asserted, _, _ = roles_of(text, 40)
    assert body in asserted
