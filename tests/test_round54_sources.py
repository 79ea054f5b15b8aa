"""Figure sources (round 54): who relays a count that people it does not name made.

"X said lawyers had documented 112 detentions" has been X's as well as the lawyers' since round 14:
the speaker reports a count its own people made. The real tune articles write the same relay with a
team or a staff in the singular ("…, the adjutant general, said a search and rescue team reported
rescuing two stranded motorists") and with a verb of saying in the inner clause ("reported"): the
speaker named in the sentence is who gives the count; the unnamed team, staff or crew is how it was
made. A count whose inner reporter is named keeps that name alone. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "relayer"),
    [
        # a team in the singular, and a verb of saying in the inner clause
        (
            "Colonel Ana Ruiz, the district commander, said a mountain rescue team reported rescuing "
            "nine stranded climbers near the pass.",
            9,
            "Ana Ruiz",
        ),
        # a staff in the singular, with a verb of counting
        (
            "The hospital director, Omar Haddad, told reporters that staff had counted 31 bodies in the "
            "morgue by Sunday night.",
            31,
            "Omar Haddad",
        ),
        # people in the plural, with a verb of saying in the inner clause
        (
            "The mayor, Lena Vogt, said firefighters reported 14 homes destroyed on the east bank.",
            14,
            "Lena Vogt",
        ),
    ],
)
def test_who_relays_a_count_unnamed_people_made_gives_it(text, value, relayer):
    asserted, _, _ = roles_of(text, value)
    assert any(relayer in a for a in asserted)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # the inner reporter is named: the name gives the count, the one who cites it does not
        (
            "The governor, Paul Mensah, said the Red Cross reported 40 deaths in the northern districts.",
            40,
            ["Red Cross"],
        ),
        # the inner reporter is the speaker itself
        (
            "The Lakeland Health Board said it had recorded 39 cases of measles since January.",
            39,
            ["Lakeland Health Board"],
        ),
    ],
)
def test_a_named_inner_reporter_keeps_the_count(text, value, expected):
    asserted, _, _ = roles_of(text, value)
    assert asserted == expected


@pytest.mark.parametrize(
    ("text", "value", "not_a_source"),
    [
        # a rival's count across a semicolon: the second speaker relays nothing of the first count
        (
            "Police estimated the crowd at the march at around 4,000; organisers said more than 25,000 "
            "people had joined.",
            4000,
            "organisers",
        ),
        # a closing speaker who calls the reports false relays nothing
        (
            "Several foreign outlets had reported that more than 60 people had died in the town, the army "
            "spokesman, Colonel Ivo Dren, said, calling the reports fabricated.",
            60,
            "Ivo Dren",
        ),
    ],
)
def test_a_rival_or_a_denier_relays_nothing(text, value, not_a_source):
    asserted, _, _ = roles_of(text, value)
    assert not any(not_a_source in a for a in asserted)
