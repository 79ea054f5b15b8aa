"""Round 56: an unnamed source named by a participle of naming set right after the noun for the
person ("A shopkeeper surnamed Chen", as wire copy names sources in Chinese-speaking cities) is
that name, as "a driver named Tomas" already was. Sentences are our own."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(text: str) -> dict[str, str | None]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return {article.text[q.start : q.end]: names.get(q.speaker) or q.speaker_name for q in article.quotes}


def test_a_source_surnamed_in_a_participle_is_that_name() -> None:
    said = _speakers(
        "A shopkeeper surnamed Chen, who sells tea near the square, said business had collapsed. "
        '"Nobody comes here any more," he said.'
    )
    assert said.get("Nobody comes here any more,") == "Chen"


def test_a_source_surnamed_and_set_off_by_commas_is_that_name() -> None:
    said = _speakers(
        'One taxi driver, surnamed Wong, was stopped twice. "They searched my car for masks," he said.'
    )
    assert said.get("They searched my car for masks,") == "Wong"


def test_a_source_named_in_a_participle_is_unchanged() -> None:
    said = _speakers(
        'A driver named Tomas said the road had been closed. "We cannot get any food in," he said.'
    )
    assert said.get("We cannot get any food in,") == "Tomas"
