"""Round 55: a quote whose cue is a participle or gerund with no subject of its own ("While
noting “…,” X warned", "… said in a statement posted online. “…”") is spoken by the subject of
the clause the cue hangs from. Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(text: str) -> dict[str, str | None]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return {article.text[q.start : q.end]: names.get(q.speaker) for q in article.quotes}


@pytest.mark.parametrize("lead", ["While noting", "After warning"])
def test_a_gerund_after_a_preposition_is_spoken_by_the_main_subject(lead: str) -> None:
    said = _speakers(f'{lead} "the roads will be closed for days," Ana Ruiz left the meeting.')
    assert said.get("the roads will be closed for days,") == "Ana Ruiz"


def test_a_quote_after_a_statement_posted_online_goes_on_from_its_speaker() -> None:
    said = _speakers(
        '"We are horrified by the shooting of unarmed marchers," commission chair Ana Ruiz said in a '
        'statement posted on X. "The police must be held to account for every life lost today."'
    )
    assert said.get("The police must be held to account for every life lost today.") == "Ana Ruiz"


def test_a_gerund_with_its_own_speaker_is_unchanged() -> None:
    said = _speakers('Ana Ruiz expressed concern about the aid, noting "the roads were closed for days."')
    assert said.get("the roads were closed for days.") == "Ana Ruiz"
