"""Figure sources, round 38: guards of the carry-over of "X said" from the sentence before.

Round 38 measured what tells a continued report from the writer's narration after "X said" and
found no feature that parts them (docs/history/figures.md, "thirty-eighth round — who gave each figure"); an
existential sentence ("There have been 40 cases …") as narration was tried and dropped (Wikinews
check fell). These guards hold the shapes the carry-over must keep: a count taken up from the
sentence before, a bare count going on, and "there" inside the saying's own clause. Every sentence
here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: a count taken up from the sentence before keeps the speaker
        (
            "Police said 60 protesters were detained on Sunday. Of them, there were 12 students.",
            12,
            "Police",
        ),
        # a sentence that is no existential one keeps the carry-over
        (
            "Two hundred inmates remain at large, prison officials said. Sixty have been caught.",
            60,
            "prison officials",
        ),
        # an existential clause inside the saying is the speaker's
        ("The mayor said there were 25 families without power.", 25, "mayor"),
    ],
)
def test_carry_over_kept(text: str, value: float, source: str) -> None:
    asserted, _, _ = roles_of(text, value)
    assert any(source.lower() in name.lower() for name in asserted), asserted
