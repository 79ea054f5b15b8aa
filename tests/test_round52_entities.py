"""Entities, round 52: a word inside a name the tagger found for one entity is never a mention of
another entity.

An article often names two people of one surname ("Peter Okafor … his daughter, Grace Okafor"),
or several streets, schools or offices that end in the same word. Every occurrence of an entity's
alias was added as its mention, also where it stood inside the other one's full name: "Okafor"
of "Grace Okafor" became a mention of Peter Okafor that sat inside Grace's name, so a pronoun
after "Grace Okafor said" met Peter first. A reader takes the word inside a full name for that
full name only.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tally.extract.entities import extract_entities

pytestmark = pytest.mark.model


def _names_over(index, word_start: int) -> list[str]:
    """The entities with a mention that covers the character at *word_start*."""
    return sorted(e.name for e in index.entities if any(s <= word_start < e_ for s, e_ in e.mentions))


_FAMILY = (
    'Peter Okafor lost his barn in the flood on Monday. "The water rose in an hour," said Okafor, '
    "who has farmed there for thirty years. His daughter, Grace Okafor, drove the cattle to the "
    "hill. Grace Okafor said she had never seen the river so high."
)


def test_a_surname_inside_another_persons_full_name_is_that_persons(nlp):
    index = extract_entities(nlp(_FAMILY))
    last = _FAMILY.rindex("Grace Okafor said") + len("Grace ")
    assert _names_over(index, last) == ["Grace Okafor"]
    first = _FAMILY.index("Grace Okafor,") + len("Grace ")
    assert _names_over(index, first) == ["Grace Okafor"]


def test_the_nearest_name_before_a_pronoun_is_the_full_name_written(nlp):
    # what the pronoun rules walk: the mentions from the pronoun backwards
    index = extract_entities(nlp(_FAMILY))
    she = _FAMILY.rindex(" she ")
    start, end, entity = next(iter(index.mentions_backwards(0, she)))
    assert entity.name == "Grace Okafor"
    assert _FAMILY[start:end] == "Grace Okafor"


def test_a_street_inside_another_street_name_is_no_mention_of_the_first(nlp):
    # guard: the tagger's streets are places, each its own
    text = (
        "Firefighters were called to a house on Linden Street at noon. "
        "The smoke could be seen from Market Street and from Harbour Street, a fire captain said."
    )
    index = extract_entities(nlp(text))
    for street in ("Market Street", "Harbour Street"):
        at = text.index(street) + len(street) - len("Street")
        assert "Linden Street" not in _names_over(index, at)


def test_a_bare_surname_still_goes_to_its_person(nlp):
    # guard: a surname standing alone is the person's mention, as before
    index = extract_entities(nlp(_FAMILY))
    alone = _FAMILY.index("Okafor, who")
    assert _names_over(index, alone) == ["Peter Okafor"]


def test_one_person_keeps_every_mention_of_the_full_name(nlp):
    # guard: the full name repeated is still the same entity's mention
    text = (
        "Mayor Helen Abara opened the bridge on Friday. Helen Abara said the town had waited ten "
        "years. Abara thanked the builders."
    )
    index = extract_entities(nlp(text))
    abara = next(e for e in index.entities if e.name == "Helen Abara")
    assert len(abara.mentions) >= 3
