"""Who gives each figure, twenty-second round: constructions of the genres a monitor reads
(encyclopaedia articles about protests, UN briefing notes, rights groups' reports, state media,
wire copy), each in a sentence of our own (none copied from an article or a gold set)."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# -- "claimed N lives" is a toll, not a claim -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "The unrest has claimed 57 lives, according to the latest official figures.",
            57,
            "official figures",
        ),
        (
            "The fighting claimed the lives of 23 people, according to the health ministry.",
            23,
            "health ministry",
        ),
    ],
)
def test_what_claims_lives_gives_no_count(text: str, value: float, giver: str) -> None:
    """ "The unrest has claimed 57 lives": the violence kills, it does not say; only the cited
    source gives the count."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert not any(word in name for name in asserted for word in ("unrest", "fighting")), asserted


def test_a_claim_of_deaths_still_gives_the_count() -> None:
    """Guard: "X claimed that 40 had been killed" still asserts the count."""
    asserted, _, _ = roles_of("The opposition claimed that 40 protesters had been killed.", 40)
    assert asserted == ["opposition"], asserted


# -- a source in brackets after the count: encyclopaedia prose and infoboxes -----------------


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        # an unknown name led by a country's name, in prose
        (
            "At least 310 demonstrators were killed by the security forces (Georgia Human Rights), "
            "among them 40 minors.",
            310,
            "Georgia Human Rights",
        ),
        # a common noun for a source, lower case
        ("Deaths: 210 killed (state media) as of 4 May[7]", 210, "state media"),
        ("About 90 people were detained in the capital (interior ministry).", 90, "interior ministry"),
        # the bracket dates the count after a comma
        ("Arrested: estimated 16,400 (KHRG, as of 4 May).[9]", 16400, "KHRG"),
        ("By May, an estimated 16,400 people had been arrested (KHRG, as of 4 May).", 16400, "KHRG"),
        # an acronym with an encyclopaedia's footnote mark
        ("By May, over 16,400 people had been arrested in 120 towns (KHRG).[9]", 16400, "KHRG"),
    ],
)
def test_a_source_in_brackets_after_the_count_gives_it(text: str, value: float, giver: str) -> None:
    """ "N killed (X)", "N killed (state media)", "N (X, as of DATE)": the bracket right after the
    count's clause names who gives it, known to the tagger or not."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Casualties: 380 protesters killed, as well as 52 security officers (Georgia Human Rights), as of 4 May",
            (380, 52),
        ),
        ("Over 9,000 were detained in 120 towns, and at 41 universities (Georgia Human Rights).", (9000, 41)),
    ],
)
def test_a_bracketed_source_speaks_across_the_list(text: str, values: tuple[float, ...]) -> None:
    """ "N protesters killed, as well as M members (X)", "…, and at M universities (X)": the
    bracket after the list gives every count of it."""
    for value in values:
        asserted, _, _ = roles_of(text, value)
        assert any("Georgia Human Rights" in name for name in asserted), (value, asserted)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # initials of the name before the bracket: an alias, no source
        ("Police detained 35 members of the Popular Unity Front (PUF) on Friday.", 35),
        # an acronym with no footnote may name who acted
        ("At least 45 villagers were killed by paramilitary fighters (KRF) on Monday.", 45),
        # a place in brackets
        ("Some 45 people were killed in the north (Khuzestan).", 45),
        # who was counted, in brackets
        ("At least 30 were arrested (students) on Sunday.", 30),
        ("Injured: 40 (police)", 40),
    ],
)
def test_brackets_that_name_no_source_stay_out(text: str, value: float) -> None:
    """Guard: initials, a place or the people counted in brackets give nothing."""
    asserted, _, _ = roles_of(text, value)
    assert not any(
        word in name for name in asserted for word in ("PUF", "KRF", "Khuzestan", "students", "police")
    ), asserted


# -- a restated count someone "could not confirm" -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry said 2,300 had been detained, a figure Amnesty International said it could not verify.",
        "The ministry said 2,300 had been detained, a number the UN said it was unable to confirm.",
    ],
)
def test_who_could_not_confirm_a_restated_count_gives_nothing(text: str) -> None:
    """ "X said N …, a figure Y said it could not verify": Y withholds its word; only X gives N."""
    asserted, confirmed, _ = roles_of(text, 2300)
    assert any("ministry" in name for name in asserted), asserted
    assert not any(word in name for name in asserted + confirmed for word in ("Amnesty", "UN")), (
        asserted,
        confirmed,
    )


def test_who_says_a_restated_figure_is_right_still_confirms() -> None:
    """Guard: "…, a figure X said was accurate" still confirms."""
    _, confirmed, _ = roles_of(
        "The ministry said 2,300 had been detained, a figure Amnesty International said was accurate.", 2300
    )
    assert any("Amnesty" in name for name in confirmed), confirmed


# -- the official toll stands at N ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The official death toll stands at 48, but opposition groups say more than 200 have died.",
        "The official toll rose to 48 on Sunday.",
    ],
)
def test_an_official_toll_that_stands_at_a_value_is_the_officials(text: str) -> None:
    """ "The official death toll stands at 48": the count is the officials', as "the official toll
    of 48" already was."""
    asserted, _, _ = roles_of(text, 48)
    assert any("official" in name for name in asserted), asserted


def test_a_plain_toll_that_stands_at_a_value_has_no_giver() -> None:
    """Guard: "The death toll stands at 48" names no one."""
    asserted, _, _ = roles_of("The death toll stands at 48.", 48)
    assert asserted == [], asserted


def test_a_short_name_after_a_name_with_a_possessive_is_no_source() -> None:
    """Guard: "(TPLF)" after "the Tigray People's Liberation Front" is the front's short name."""
    asserted, _, _ = roles_of("Troops killed 40 fighters of the Ogaden People's Liberation Front (OPLF).", 40)
    assert not any("OPLF" in name for name in asserted), asserted


# -- an inverted closing verb after a part of the count ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least 56 people were killed, the bulk of them in the south, said the monitor.",
        "At least 56 people were killed, most of them in the capital, said the Caspian Rights Watch.",
    ],
)
def test_an_inverted_speaker_after_a_part_of_the_count_gives_it(text: str) -> None:
    """ "N were killed, the bulk of them in X, said the monitor": the parser makes the part a second
    subject of "said"; the one named after the inverted verb speaks."""
    asserted, _, _ = roles_of(text, 56)
    assert any(word in name for name in asserted for word in ("monitor", "Caspian Rights Watch")), asserted


def test_a_speaker_before_the_verb_still_speaks() -> None:
    """Guard: "…, the monitor said the bulk were in the south" keeps the monitor."""
    asserted, _, _ = roles_of("At least 56 people were killed on Sunday, the monitor said.", 56)
    assert asserted == ["monitor"], asserted
