"""Figure sources, round 32: a description does not refer back to a name the text uses as a place.

"The alliance said …", "the group said …", "the regional governor gave a toll of …" refer back to an organisation or an office holder named before; a name the tagger took for
an organisation or a person but the sentence uses as a place ("marched along the X", "in A and
the nearby town of B", "the X governor's office") is not what they mean. Every sentence here was
written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # "along" makes the name after it a route, like "in" or "across"
        (
            "Nurses and doctors marched along the Malecon Tradicional in the capital on Friday. "
            "The alliance said 40,000 had joined; police gave no figure.",
            40000,
            "alliance",
        ),
        (
            "Tens of thousands of people marched along the Rambla Norte on Friday, in the biggest rally "
            "the port had seen in years. The alliance estimated that 70,000 took part.",
            70000,
            "alliance",
        ),
        # a town listed after "in A and the nearby town of B" is a place like A
        (
            "Soldiers fired on crowds in Dorvan and the neighbouring town of Kelmiri on Monday. "
            "The group said 29 protesters died.",
            29,
            "group",
        ),
        # a name set before an office noun says where the office is, not who holds it
        (
            "By nightfall, the Oruzgan governor's office had confirmed that people were killed. "
            "A day later the regional governor gave a toll of 17.",
            17,
            "regional governor",
        ),
    ],
)
def test_description_does_not_refer_back_to_a_place(text: str, value: float, source: str) -> None:
    asserted, _, _ = roles_of(text, value)
    assert asserted == [source]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: the organisation or person named before is still the one meant
        (
            "Soldiers opened fire in Tarsk and the neighbouring town of Belovo on Monday, the Coastal Rights "
            "League said. The group said 29 protesters died.",
            29,
            "Coastal Rights League",
        ),
        (
            "Governor Amina Yusuf told traders on Friday that markets would reopen. "
            "On Saturday the governor said 14 had died.",
            14,
            "Amina Yusuf",
        ),
        (
            "Members of the Harbour Workers Alliance marched along the river on Friday. "
            "The alliance said 5,000 had joined.",
            5000,
            "Harbour Workers Alliance",
        ),
    ],
)
def test_description_still_refers_back_to_a_name(text: str, value: float, source: str) -> None:
    asserted, _, _ = roles_of(text, value)
    assert asserted == [source]
