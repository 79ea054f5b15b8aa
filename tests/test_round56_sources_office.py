"""Round 56 (f56): who gives a figure when the office's holder is named after a long "of" phrase.

"The head of the army's inquiry in Gao, Adama Traore, said …": the parser hangs the name on the
last noun of the office's phrase (the place), not on the body right after "of"; the holder named
between commas speaks, not the bare office noun. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sources(text: str) -> list[tuple[float, list[str]]]:
    from tally.pipeline import analyze

    article = analyze(text)
    names = {entity.id: entity.name for entity in article.entities}
    return [(f.value, [names[e] for e in f.asserted_by + f.confirmed_by]) for f in article.figures]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The head of the army's investigation in Gao, Adama Traore, said investigators had "
            "detained 40 people.",
            "Adama Traore",
        ),
        (
            "The director of the regional police inquiry in Mombasa, Peter Otieno, said the officers "
            "have questioned more than 80 people there.",
            "Peter Otieno",
        ),
        (
            "The chief of the relief mission at the border camp, Laila Haddad, said 300 families had "
            "fled the shelling.",
            "Laila Haddad",
        ),
    ],
)
def test_holder_named_after_a_nested_office_phrase(text: str, name: str) -> None:
    figures = _sources(text)
    assert len(figures) == 1, figures
    assert any(name in source for source in figures[0][1]), figures


def test_office_of_a_named_body_still_speaks_for_its_holder() -> None:
    # guard: the plain case already read before
    figures = _sources("The chairman of the commission, Paul Ndegwa, said 30 protesters were arrested.")
    assert figures and "Paul Ndegwa" in figures[0][1], figures
