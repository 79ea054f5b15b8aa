"""Figures and their categories, sixteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (wire stories from Caracas and Lome, an Ethiopian commission's
report, a Kampala live blog, a Cameroon factbox, a Colombian NGO report, a Cuban
prisoners' count, an Iraqi factbox); none is copied from a probe or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_readings

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "The monitoring group counted 63 killings during the curfew. "
            "Soldiers were implicated in 21 of those cases, it said.",
            21,
            "killed",
        ),
        (
            "Rights lawyers said 240 protesters were convicted last year. Fifty-two of the defendants were students.",
            52,
            "sentenced",
        ),
        (
            "At least 75 marchers were arrested on Friday, the police said. Nine of those prisoners were women.",
            9,
            "arrested",
        ),
    ],
)
def test_definite_part_of_the_count_before(text: str, value: float, category: str) -> None:
    """ "(63 killings.) … in 21 of those cases", "(240 convicted.) 52 of the defendants were students":
    a part taken with "the"/"those" from a group of people or cases named before, with no verb of
    its own but "be", is a part of the count before and takes its category."""
    assert _category(text, value) == category


def test_definite_part_with_a_verb_of_its_own() -> None:
    """Guard: "(300 arrested.) 40 of the detainees were beaten": the part's own verb decides."""
    text = "Police arrested 300 people in the capital. Forty of the detainees were beaten in custody."
    assert _category(text, 40) == "injured"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nine activists were taken from their homes by masked men on Sunday night. Their whereabouts remain unknown.",
            9,
        ),
        (
            "Fourteen students were arrested by plain-clothes officers after the march. "
            "Their whereabouts are still unknown, their families said.",
            14,
        ),
        (
            "Six reporters were detained by soldiers at a checkpoint near the border. They have not been seen since.",
            6,
        ),
    ],
)
def test_whereabouts_unknown_in_the_next_sentence(text: str, value: float) -> None:
    """ "Nine activists were taken away by masked men. Their whereabouts remain unknown.": people
    taken whose fate the next sentence says is hidden are disappeared, the mark of an enforced
    disappearance told over two sentences."""
    assert _category(text, value) == "disappeared"


def test_their_lawyers_say_nothing_of_a_disappearance() -> None:
    """Guard: "(30 arrested.) Their lawyers said they would appeal": the held stay held."""
    text = "Police arrested 30 protesters in the square. Their lawyers said they would appeal."
    assert _category(text, 30) == "arrested"


def test_whereabouts_of_someone_else() -> None:
    """Guard: a sentence on another person's whereabouts after a count of arrests."""
    text = "Police arrested 30 protesters in the square. His whereabouts remain unknown, his wife said."
    assert _category(text, 30) == "arrested"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The mission documented 27 cases of journalists who were abducted by gunmen.", 27, "disappeared"),
        ("The commission recorded 19 cases of students who were arrested without a warrant.", 19, "arrested"),
    ],
)
def test_cases_of_people_to_whom_it_was_done(text: str, value: float, category: str) -> None:
    """ "27 cases of journalists who were abducted": cases of people count what was done to them,
    as the relative clause on the people says."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of people camped outside the parliament for a week.",
        "Several thousand students camped in the central square after the vote.",
        "By the third night of the strike, tens of thousands of people camped in the square outside the palace.",
    ],
)
def test_crowd_camping_in_a_public_place(text: str) -> None:
    """ "tens of thousands of people camped outside parliament": a crowd occupying a place is a
    crowd of protesters, as one that blocks or occupies it."""
    assert [c for _, _, c in figure_readings(text, _PUBLISHED)] == ["protesters"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Students marched on Friday to demand justice for the collapse of a bridge that killed 23 people in March.",
            23,
        ),
        ("The protesters blamed the government for a mine collapse which killed 41 workers last year.", 41),
    ],
)
def test_killed_by_an_accident_in_a_protest_story(text: str, value: float) -> None:
    """ "demand justice for the collapse of a bridge that killed 23 people": the killer is an
    accident (ANNOTATION's ``deaths``), though the sentence is about a protest."""
    assert _category(text, value) == "deaths"


def test_killed_by_police_in_a_protest_story() -> None:
    """Guard: "police opened fire on a crowd and killed 12 people" is violence."""
    assert (
        _category("Protesters rallied after police opened fire on a crowd and killed 12 people.", 12)
        == "killed"
    )


_WRAPPED = (
    "Police in the capital detained dozens of students on Monday night. Amnesty International\n"
    "said at least 63 people had been\n"
    "held, among them\n"
    "nine minors, and that several had been beaten.\n"
)


def test_short_line_of_a_wrapped_paragraph_is_kept() -> None:
    """ "… 63 people had been" / "held, among them" / "nine minors …": a short line of a hard-wrapped
    paragraph is part of its sentence, not a tag line; dropping it loses the verb that says what
    the count counts."""
    from tally.clean.text import clean_text

    assert "held, among them" in clean_text(_WRAPPED).text
    assert _category(_WRAPPED, 63) == "detained"


def test_tag_line_under_a_finished_sentence_is_dropped() -> None:
    """Guard: a short lower-case line under a sentence that ended is still a tag line."""
    from tally.clean.text import clean_text

    text = "Police detained 63 students on Monday night, Amnesty International said.\nregime change\n"
    assert "regime change" not in clean_text(text).text


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Police shot dead 30 protesters. Six were teenagers, a hospital official said.", 6, "killed"),
        (
            "Soldiers detained 140 villagers during the raid. Twelve were women, the group said.",
            12,
            "detained",
        ),
    ],
)
def test_bare_part_described_in_the_next_sentence(text: str, value: float, category: str) -> None:
    """ "(Police shot dead 30 protesters.) Six were teenagers.": a bare count opening the next
    sentence, said with "be" to be people of a kind, is a part of the count before."""
    assert _category(text, value) == category


def test_bare_count_larger_than_the_one_before() -> None:
    """Guard: "(30 arrested.) Forty were students": more than the count before is no part of it."""
    assert 40 not in [
        v
        for v, _, _ in figure_readings(
            "Police arrested 30 protesters on Monday. Forty were students, the union said.", _PUBLISHED
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One of the rebel group's most senior commanders is dead, killed in an air strike, officials said.",
        "One of the country's best-known activists was killed on Sunday.",
    ],
)
def test_one_of_a_group_ranked_by_a_superlative(text: str) -> None:
    """ "One of the group's most senior commanders is dead": "one of" a group ranked by a
    superlative singles out a person the story is about; no count of people."""
    assert figure_readings(text, _PUBLISHED) == []


def test_one_of_the_protesters_is_counted() -> None:
    """Guard: "One of the protesters was killed" stays a count."""
    assert _category("One of the protesters was killed on Sunday.", 1) == "killed"


def test_among_them_a_count_set_beside_them() -> None:
    """ "…, among them two of X's bodyguards, after they were picked up": a part named after "among
    them" takes the toll's category, also when the parser sets the count beside "them" and hangs
    "among" on the verb of the clause after it."""
    text = (
        "The party said that 18 of its members were still\n"
        "missing on Sunday, among them two of Besigye's bodyguards, after\n"
        "they were picked up by men in unmarked vans.\n"
    )
    assert _category(text, 2) == "disappeared"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The capital accounted for most of the killings: 46 in total.", 46, "killed"),
        ("The city recorded more than half of the arrests: 310 in all.", 310, "arrested"),
    ],
)
def test_count_in_total_sums_the_events_named_before(text: str, value: float, category: str) -> None:
    """ "most of the killings: 46 in total": a bare count with "in total" or "in all" sums the
    events the sentence named just before it."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("At least 150 people are still in jail, according to the lawyers.", 150, "detained"),
        ("At least 150 protesters are still in jail, according to the lawyers.", 150, "detained"),
        ("The group documented 38 homicides in the city during the strike.", 38, "killed"),
    ],
)
def test_people_said_to_be_in_custody(text: str, value: float, category: str) -> None:
    """ "150 protesters are still in jail": with "be", the verb's place is its subject's, and people
    in custody are held (not a crowd because they are protesters). "Homicides" are killings."""
    assert _category(text, value) == category


def test_crowd_in_a_square_is_not_held() -> None:
    """Guard: "thousands of protesters were in the square" is a crowd."""
    assert _category("Thousands of protesters were in the square on Sunday.", 1000) == "protesters"


def test_killed_by_a_rail_accident() -> None:
    """ "The derailment killed 12 passengers": an accident's dead are ``deaths``."""
    assert _category("The derailment killed 12 passengers near the border.", 12) == "deaths"


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rains have displaced 8,000 in the south, officials said.",
        "The fighting has displaced 12,000 in the north of the country.",
    ],
)
def test_bare_count_displaced_by_a_verb(text: str) -> None:
    """ "have displaced 8,000": a bare count as the object of a verb of displacement counts people
    driven from home (``other``), as its passive "8,000 have been displaced" does."""
    assert [c for _, _, c in figure_readings(text, _PUBLISHED)] == ["other"]
