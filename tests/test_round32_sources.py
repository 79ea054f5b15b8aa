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
            "Bus drivers walked along the Paseo Montalvo Real through the old quarter on Tuesday. "
            "The alliance said 12,500 had joined; the city gave no estimate.",
            12500,
            "alliance",
        ),
        (
            "Farmers and their families filed along the Via Ostiense Nuova early on Thursday, a crowd the valley "
            "had not known for a decade. The alliance estimated that 8,300 took part.",
            8300,
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
            "Shortly after noon, the Dorvakh governor's office announced that residents were killed. "
            "The regional governor later gave a death toll of 23.",
            23,
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
