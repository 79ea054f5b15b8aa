"""A headline's verb and its object are no person's name (round 57).

In a title-cased headline the tagger calls "Condemns" or "Slams" a proper noun and the NER
takes the verb and its object for a PERSON ("Condemns Kaduna Attack"), which a later "he"
then resolves to. The model's own verb lemmas (its rule lemmatizer's ``lemma_index``, shared
by ``tally.nlp.load``) tell such a word from a name. Sentences are our own.
"""

from __future__ import annotations

import pytest

from tally.pipeline import analyze

pytestmark = pytest.mark.model


def _people(text: str) -> list[str]:
    return [e.name for e in analyze(text, published="2024-03-04").entities if e.type == "PERSON"]


def test_a_headline_verb_and_its_object_are_no_person() -> None:
    text = (
        "Regional Envoy Condemns Harbour Blast that Killed Four Dockers.\n\n"
        'The envoy spoke on Sunday. "This was an attack on working people," he said.'
    )
    people = _people(text)
    assert not any("Condemns" in name for name in people), people
    assert all(q.speaker_name is None or "Condemns" not in q.speaker_name for q in analyze(text).quotes)


def test_a_headline_verb_after_a_name_ends_the_name() -> None:
    text = (
        "Minister Slams Strike Organisers.\n\n"
        'Alan Brooks, the labour minister, spoke on Friday. "We will not give in," he said.'
    )
    assert not any("Slams" in name for name in _people(text))


def test_a_surname_that_is_a_verb_stays_a_name() -> None:
    # "Burns" ends its span: no word of the span follows it, so it is the surname, not a verb
    text = "Mary Burns Named Head of Port Authority.\n\nMary Burns will lead the authority from May."
    assert "Mary Burns" in _people(text)


def test_a_name_in_running_text_is_unchanged() -> None:
    text = "Police said Thomas Fields Ward had been released on Monday after questioning."
    people = _people(text)
    assert any(name.startswith("Thomas") for name in people), people
