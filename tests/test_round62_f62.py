"""Round 62 (f62): who gives a figure, constructions read from the source errors of the readable
splits (own ``work61`` first, then the other readable splits). Sentences are our own.

- A citation that opens a later clause joined by "and" or "but" ("…, and according to the
  prosecutor at least 60 people have been sentenced") speaks for that clause only: a count in the
  clause before it is not the cited body's.
- "Add" with an object in a reported clause ("the ministry said courts had added 500 titles to the
  list") is a deed, not a second verb of saying: the one who reports it gives the count, as with
  counting verbs ("the ministry said police had registered 300 cases").
- A closing "…, the group said" after a sentence whose speaker is a body goes on with that body,
  not with another body described as a group further back.
- "this author", "this reporter", "this newspaper" is the writer, as "our" is: "post-mortem reports
  seen by this author show that at least 12 were shot" is no count of the author's own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


def _asserted(text: str, value: float) -> list[str]:
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


# --- "…, and according to X, <clause>": X speaks for its own clause ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In March, the government hanged three men whom the courts linked to the riots, and according "
        "to statements by the prosecutor at least 60 people have been sentenced to prison terms.",
        "Soldiers burned four houses in the village on Sunday, but according to the local council no "
        "one was hurt and at least 70 families have fled.",
    ],
)
def test_a_citation_opening_a_later_clause_is_not_the_first_clauses(text: str) -> None:
    first = figure_roles(text)[0]
    assert first[1] == [], figure_roles(text)


def test_a_citation_opening_a_later_clause_speaks_for_its_own() -> None:
    names = _asserted(
        "In March, the government hanged three men whom the courts linked to the riots, and according "
        "to statements by the prosecutor at least 60 people have been sentenced to prison terms.",
        60,
    )
    assert any("prosecutor" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: a closing citation after the second clause speaks for both; a citation that
        # opens the sentence speaks for every clause
        (
            "Police arrested 20 people, and 12 others were injured, according to the interior ministry.",
            20,
            "interior ministry",
        ),
        (
            "According to the interior ministry, police arrested 20 people, and 12 others were injured.",
            20,
            "interior ministry",
        ),
    ],
)
def test_other_citations_as_before(text: str, value: float, source: str) -> None:
    names = _asserted(text, value)
    assert any(source in n for n in names), names


# --- "X said that Y had added N items to the list": X reports Y's deed --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a statement on Monday, the ministry said police had registered 300 cases since March and "
        "that courts had added more than 500 titles to the list of banned publications.",
        "The ministry said the regulator had added 40 websites to its blacklist.",
    ],
)
def test_added_under_a_verb_of_saying_is_the_reporters(text: str) -> None:
    value = 500 if "500" in text else 40
    names = _asserted(text, value)
    assert any("ministry" in n for n in names), names


def test_added_to_its_own_list_is_the_adders() -> None:
    # guard: a body that adds people to the list it keeps gives that count
    names = _asserted("Viasna added 40 people to its list of political prisoners on Monday.", 40)
    assert names == ["Viasna"], names


def test_added_as_a_verb_of_saying_as_before() -> None:
    # guard: "added" with the words said is still the speaker's verb
    names = _asserted(
        "The ministry said 12 people had been arrested. Another 30 were injured, the police chief added.", 30
    )
    assert any("police chief" in n for n in names), names


# --- "…, the group said" goes on with the body that spoke just before ---------------------------


def test_closing_the_group_said_goes_on_with_the_speaker_before() -> None:
    names = _asserted(
        "The Kurdistan Rights Network, an exile group, said 20 people were held in Sanandaj. Hengaw "
        "said thousands of people marched on Wednesday to the cemetery. Security forces fired tear gas "
        "as the crowd left, wounding dozens, the group said.",
        12,
    )
    assert names == ["Hengaw"], names


def test_the_group_after_a_body_described_as_a_group_as_before() -> None:
    # guard: with no body speaking in the sentence before, the group described as one is meant
    names = _asserted(
        "Hengaw said thousands marched on Wednesday. The Kurdistan Rights Network, an exile group, "
        "released a report. Police fired tear gas at the crowd. At least 20 people were held, the "
        "group said.",
        20,
    )
    assert any("Kurdistan Rights Network" in n for n in names), names


# --- "this author", "this reporter": the writer -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Of the 30 people killed on Sunday, post-mortem reports seen by this reporter show that at least "
        "20 were shot in the head.",
        "Of the 30 people killed on Sunday, autopsy reports seen by this author show that at least 20 "
        "were shot in the head.",
    ],
)
def test_this_author_is_the_writer(text: str) -> None:
    assert _asserted(text, 20) == []


def test_a_reporter_named_otherwise_as_before() -> None:
    # guard: "a reporter" of another outlet is a source of its own
    names = _asserted("A Reuters reporter counted at least 40 bodies at the morgue on Sunday.", 40)
    assert names != [], names
