"""Who gives each figure, twenty-fourth round: constructions of encyclopaedia tables, UN briefing
notes and long wire stories, each in a sentence of our own (none copied from an article or a gold
set)."""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles, roles_of

pytestmark = pytest.mark.model


def _givers(text: str) -> dict[float, list[str]]:
    return {value: asserted for value, asserted, _, _ in figure_roles(text)}


# -- a table whose lead-in sentence names who gives its counts ----------------------------------


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "== Casualties by province ==\n\nThe figures below were released by the Ministry of Health "
            "on 3 March.[12]\n\nProvince | Dead | Wounded\nNorthern Province | 48 | 310\n"
            "Coastal Province | 17 | 95\n\nMore fighting was reported later.",
            "Ministry of Health",
        ),
        (
            "Clashes continued through the week.\n\nAccording to the Red Crescent, casualties by "
            "district were as follows:\n\nDistrict | Killed | Wounded\nEastern district | 48 | 310\n"
            "Western district | 17 | 95",
            "Red Crescent",
        ),
    ],
)
def test_a_table_takes_the_source_of_its_lead_in(text: str, giver: str) -> None:
    """ "The figures below were released by X." / "According to X, … were as follows:" above a table:
    every count in its cells is X's."""
    givers = _givers(text)
    for value in (48, 310, 17, 95):
        assert any(giver in name for name in givers[value]), (value, givers)


@pytest.mark.parametrize(
    "lead_in",
    [
        "Police said 40 people were detained on Monday.",  # a source, but no pointing forward
        "Casualties by district are shown below.",  # pointing forward, but nobody named
    ],
)
def test_a_table_after_other_sentences_has_no_source(lead_in: str) -> None:
    """Guard: a lead-in that does not point at the table, or names nobody, gives its rows nothing."""
    givers = _givers(f"{lead_in}\n\nDistrict | Killed\nEastern district | 23\nWestern district | 11")
    assert givers[23] == [] and givers[11] == [], givers


# -- a closing "according to X" hung on the last clause, then a part of the count ----------------


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "At least nine protesters were killed and some 45 others wounded, many with rubber bullet "
            "wounds to the face or eyes, according to local doctors. Two of those killed were students.",
            2,
            "local doctors",
        ),
        (
            "On Monday, 17 people were killed and nearly 70 others injured, several with gunshot wounds "
            "to the head or chest, according to the medical committee. Five of those killed were women.",
            5,
            "medical committee",
        ),
    ],
)
def test_a_part_after_a_citation_on_the_last_clause(text: str, value: float, giver: str) -> None:
    """ "9 were killed and 45 others wounded, …, according to X. Two of those killed were students.":
    the citation the parser hung on the last clause closes both, so X gives the part after it."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_a_part_after_a_sentence_without_a_citation_has_no_source() -> None:
    """Guard: "Of those" after a sentence that cites nobody stays the writer's."""
    asserted, _, _ = roles_of(
        "At least nine protesters were killed and some 45 others wounded on the bridge. Two of those "
        "killed were students.",
        2,
    )
    assert asserted == [], asserted


# -- a chain of one person's pronouns ------------------------------------------------------------


def test_a_pronoun_chain_carries_the_name_past_the_window() -> None:
    """ "Colonel X …. She told …. She said …. '…,' she said. She later released …: 37": the same
    pronoun before, still X, resolves the last one."""
    asserted, _, _ = roles_of(
        "The army named a new commander, Colonel Miriam Osei, in March. She told reporters that the "
        'unit had been reorganised. She said morale was high. "We have lost good people this year, '
        "and we grieve for them,\" she said. She later released the unit's own count: 37 soldiers "
        "killed since January.",
        37,
    )
    assert any("Miriam Osei" in name for name in asserted), asserted


def test_a_pronoun_with_no_person_before_stays_unresolved() -> None:
    """Guard: "he" with no person named anywhere before it names no one."""
    asserted, _, _ = roles_of(
        "The convoy was stopped at the border. Heavy rain fell all night. He said 12 drivers were detained.",
        12,
    )
    assert asserted == [], asserted


# -- "assessed that …" ---------------------------------------------------------------------------


def test_assessed_that_gives_the_count() -> None:
    """ "X has assessed that at least 4,000 …": a finding stated, like "concluded that"."""
    asserted, _, _ = roles_of(
        "The envoy told the council that the country's intelligence service has assessed that at least "
        "4,000 fighters crossed the border since March.",
        4000,
    )
    assert any("intelligence service" in name for name in asserted), asserted


def test_assessed_people_at_a_place_still_gives_nothing() -> None:
    """Guard: "Medics assessed 30 injured protesters at a field hospital, witnesses said" is the
    witnesses'."""
    asserted, _, _ = roles_of(
        "Medics assessed 30 injured protesters at a field hospital, witnesses said.", 30
    )
    assert any("witnesses" in name for name in asserted), asserted
    assert not any("Medics" in name for name in asserted), asserted


# -- a part of a count that has a giver of its own -----------------------------------------------


def test_a_part_has_the_source_of_its_whole() -> None:
    """ "X said 71 …. The monitor's own count has risen to 88, including 11 children.": the 11 are
    the monitor's, as the 88 are, not the speaker of the sentence before."""
    givers = _givers(
        "On Sunday, Amnesty International said at least 71 people had been killed. The Baluch "
        "Monitor's own count has since risen to 88, including 11 children."
    )
    assert any("Baluch Monitor" in name for name in givers[11]), givers
    assert not any("Amnesty" in name for name in givers[11]), givers


def test_a_part_of_a_count_with_no_source_goes_on_as_before() -> None:
    """Guard: a whole that only carries the sentence before's voice passes it to its part."""
    givers = _givers(
        "Police said 40 people had been detained. More than 300 were arrested across the country, "
        "including 12 journalists."
    )
    assert any("Police" in name for name in givers[12]), givers


# -- a participle picturing the one who speaks ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            '"We will not be silenced," the opposition leader Anna Kovacs told reporters outside the '
            "court, surrounded by relatives of 30 detained students.",
            30,
        ),
        (
            '"The operation is over," the interior minister told a news conference, flanked by the '
            "commanders of 12 police units.",
            12,
        ),
    ],
)
def test_a_participle_picturing_the_speaker_is_the_writers(text: str, value: float) -> None:
    """ "…, X told reporters, surrounded by relatives of 30 …": the participle pictures X speaking;
    the count in it is the writer's narration, not what X said."""
    asserted, _, _ = roles_of(text, value)
    assert asserted == [], asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "At least 40 people were killed in the raid, the ministry said, quoted by state media.",
            40,
            "ministry",
        ),
        ("Police reported 40 arrests, made in 12 towns.", 12, "Police"),
    ],
)
def test_a_participle_of_saying_or_on_the_content_still_gives(text: str, value: float, giver: str) -> None:
    """Guard: "…, quoted by state media" is a participle of saying, and "reported 40 arrests, made
    in 12 towns" hangs on what is reported: the speaker still gives the count."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


# -- a speaker after a semicolon -----------------------------------------------------------------


def test_a_speaker_after_a_semicolon_does_not_give_the_count_before_it() -> None:
    """ "The alliance flew in 3,000 soldiers …; the government described their task as …": the
    description after the semicolon is the government's, the count before it the writer's."""
    asserted, _, _ = roles_of(
        "The alliance flew in about 3,000 soldiers, most of them paratroopers; the government "
        'described their task as protecting "key sites", and the last units left in March.',
        3000,
    )
    assert asserted == [], asserted


def test_a_quotation_holding_a_semicolon_is_still_its_speakers() -> None:
    """Guard: a count inside quotation marks, with a semicolon before the speaker, is the speaker's."""
    asserted, _, _ = roles_of(
        '"Soldiers shot dead 14 villagers in the square; we buried them ourselves the next morning," '
        "said the priest, Father Tomas Okello.",
        14,
    )
    assert any("Tomas Okello" in name for name in asserted), asserted


# -- "Our field monitors …" in a body's own bulletin ---------------------------------------------


_BULLETIN_HEAD = "LAKESIDE RIGHTS OBSERVATORY (LRO)\nQuarterly Report – March 2021\n\n"


def test_our_field_monitors_are_the_bulletins_issuer() -> None:
    """ "Our field monitors … documented 84 arrests", with "our" hung on "field": the writer's own
    staff, so the body the head names gives the count and its parts."""
    givers = _givers(
        _BULLETIN_HEAD + "March 2021 was the worst month we have seen since the unrest began in 2019. Our "
        "field monitors in the North-East and South-East districts documented the arrest of at least 84 "
        "people, including 9 women and 6 minors, by police and soldiers."
    )
    for value in (84, 9, 6):
        assert any("LAKESIDE RIGHTS OBSERVATORY" in name for name in givers[value]), (value, givers)


def test_monitors_without_our_are_not_the_writer() -> None:
    """Guard: "Field monitors … documented" with no "our" are not the bulletin's own voice."""
    givers = _givers(
        _BULLETIN_HEAD + "March 2021 was the worst month we have seen since the unrest began in 2019. "
        "Field monitors in the North-East and South-East districts documented the arrest of at least 84 "
        "people, including 9 women and 6 minors, by police and soldiers."
    )
    assert not any("LAKESIDE" in name for name in givers[84]), givers
