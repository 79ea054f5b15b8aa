"""Round 64 (f64): who gives a figure. Sentences are our own.

- An estimate under a passive verb of hearsay ("the consulate is understood to have estimated the
  dead at 17,000") is the passive's subject's; a deed under it gives no source.
- "consulate" is a body's noun, as "embassy" is ("the United States consulate at Algiers").
"""

from __future__ import annotations

import pytest

from tests._figure_roles import asserted_by_value

pytestmark = pytest.mark.model


def test_an_estimate_under_a_passive_of_hearsay_is_its_subjects() -> None:
    text = (
        "Exiled opposition groups speak of 6,000 dead; the French consulate in the capital is "
        "understood to have estimated the dead at 2,400."
    )
    assert asserted_by_value(text, 6000) == ["Exiled opposition groups"]
    assert asserted_by_value(text, 2400) == ["French consulate"]


def test_a_deed_under_a_passive_of_hearsay_gives_no_source() -> None:
    assert asserted_by_value("The militia is said to have killed 300 villagers in March.", 300) == []
