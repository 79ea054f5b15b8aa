"""Figures and their categories, seventh round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (wire copy, NGO releases, state media, opposition sites,
encyclopaedia pages with infoboxes, live blogs); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, "2022-12-16")


_INFOBOX_NOTE = "The 2019 fuel riots were put down by the army.\n\nDeath(s)\t304–1,500 (per Amnesty)[2]\nArrested\t7,000\n"
_INFOBOX_TILDE = "The 2019 fuel riots were put down by the army.\n\nArrested\t7,000\nDetained\t~8,600[4]\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year right before a hedged count is no run of digit groups
        (
            "The strike began in the mining town where in 2011 at least 14 miners were shot dead by police.",
            (14, "at_least", "killed"),
        ),
        ("In 2008 more than 300 students were detained in the same square.", (300, "over", "detained")),
        # a number after a month name that cannot be a day counts
        (
            "Of them, about 1,100 were later charged, and by June 64 had been convicted.",
            (64, "exact", "sentenced"),
        ),
        # a verb joined to the first one does not share its subject when a count stands between them
        (
            "Of them, about 1,100 were later charged, and by June 64 had been convicted.",
            "no 1100 sentenced",
        ),
        # an infobox row whose count is followed by a note in brackets
        (_INFOBOX_NOTE, (304, "exact", "killed")),
        # a count written with a tilde ("~8,600") is an approximate count
        (_INFOBOX_TILDE, (8600, "about", "detained")),
        # injuries suffered, medical help sought: the injured
        (
            "Dozens of people suffered eye injuries from rubber bullets, the clinic said.",
            (12, "vague", "injured"),
        ),
        (
            "More than 3,000 people sought medical help after the clashes, the ministry said.",
            (3000, "over", "injured"),
        ),
        ("About 400 demonstrators needed medical attention on Sunday.", (400, "about", "injured")),
        # crowds that return to the streets or join a movement
        ("Tens of thousands returned to the streets on Friday.", (10000, "vague", "protesters")),
        (
            "Thousands of bank clerks have joined the civil disobedience movement.",
            (1000, "vague", "protesters"),
        ),
        # cases of rape or torture count the abuses
        ("Doctors recorded at least 45 cases of rape after the raid.", (45, "at_least", "other")),
        ("The group documented 31 cases of torture in police stations.", (31, "exact", "other")),
        # a funeral or a ceremony attended by a crowd
        (
            "The funeral of the student was attended by thousands of mourners on Friday.",
            (1000, "vague", "protesters"),
        ),
        (
            "Memorial ceremonies for the dead were attended by some 6,000 people in the city.",
            (6000, "about", "protesters"),
        ),
        # the victims of a toll include its parts
        (
            "The toll has risen to 214, the group said. The victims include 28 children and 17 women.",
            (28, "exact", "killed"),
        ),
        (
            "The toll has risen to 214, the group said. The victims include 28 children and 17 women.",
            (17, "exact", "killed"),
        ),
        # a bare count with wounds: wounded
        (
            "Medics carried 48 injured people to clinics, 9 with gunshot wounds.",
            (9, "exact", "injured"),
        ),
        # people driven from their homes are counted
        (
            "About 2,000 villagers fled the shelling, and 40,000 have been displaced since May.",
            (40000, "exact", "other"),
        ),
        ("Over 9,000 have fled across the border since the crackdown began.", (9000, "over", "other")),
        # a part of the count of the sentence before, said of it with "be"
        (
            "Monitors have verified the names of 58 people killed in the town. 13 of them were under 18.",
            (13, "exact", "killed"),
        ),
        # a funeral draws a crowd
        ("The funeral of the young poet drew around 4,000 people on Sunday.", (4000, "about", "protesters")),
        # an infobox row's count followed by a part of it
        (
            "The junta's record, as of May:\n\nJailed reporters: 87, of whom 31 remain in custody.\n",
            (87, "exact", "detained"),
        ),
        # people missing after a flood or a shipwreck: no enforced disappearance
        (
            "At least 30 villagers are missing after a landslide buried their homes.",
            (30, "at_least", "other"),
        ),
        (
            "At least 40 activists went missing after the night raid.",
            (40, "at_least", "disappeared"),
        ),  # guard
        (
            "Thousands were displaced and 300 went missing after the army's offensive.",
            (300, "exact", "disappeared"),
        ),  # "displaced" is no word of a natural disaster only; "missing" parsed as a clause
        # what a prison or a camp has room for is no count of the held; what a jail holds is
        ("The new wing can hold 220 prisoners, the ministry said.", (220, "exact", "other")),
        ("The new camp could house up to 25,000 migrants.", (25000, "up_to", "other")),
        ("The jail, built for 600 inmates, now holds 1,900.", (1900, "exact", "detained")),
        # an infobox row whose count names the people counted: the label decides
        (
            "The 2022 port protests were crushed.\n\nDeath(s): 318 marchers (monitors)[4]\nInjuries: 2,000+\n",
            (318, "exact", "killed"),
        ),
        # a headline's bare count with "held" after it
        ("Georgia: 1,300 held after weekend rallies", (1300, "exact", "detained")),
        # people sent back across a border
        ("In March, 300 were pushed back across the border.", (300, "exact", "other")),
        # dying under interrogation is dying in custody
        ("At least 43 people have died during interrogation since the coup.", (43, "at_least", "killed")),
        # what a disease, a disaster or an accident "killed" died no violent death
        ("Measles has killed more than 700 children this year.", (700, "over", "deaths")),
        ("A landslide killed 23 gold miners on Tuesday.", (23, "exact", "deaths")),
        ("Four people were killed in a road accident near Nakuru.", (4, "exact", "deaths")),
        ("Soldiers killed 19 protesters a week after the floods.", (19, "exact", "killed")),  # guard
        ("The quake left at least 900 people dead in the valley.", (900, "at_least", "deaths")),
        ("At least 27 migrants drowned when their dinghy capsized.", (27, "at_least", "deaths")),
        # a bare count said to be people of a kind after a count in its sentence is a part of it
        ("Monitors listed 412 people killed; 37 were children.", (37, "exact", "killed")),
        # dying among people killed is being killed, whatever the article speaks of
        ("Of the 290 people killed, 140 died in the port city.", (140, "exact", "killed")),
        # a list by place under a heading that names what it counts (the heading is kept by cleaning)
        (
            "The crackdown went on for weeks.\n\nDeaths by province\nKhuzestan: 88\nFars – 41[3]\n\nThe list is partial.",
            (41, "exact", "killed"),
        ),
        (
            "The crackdown went on for weeks.\n\nDetainees by city:\nGomel – 1,300\nBrest – 720\n\nThe list is partial.",
            (1300, "exact", "detained"),
        ),
        # a table whose cells are set off by "|"
        (
            "Counts by region, as of May:\n\nRegion | Killed | Detained\nMagway | 93 | 1,140\n\nThe counts grow daily.",
            (93, "exact", "killed"),
        ),
        # accounts, testimonies and interviews a group gathered are its sources, no count of the event
        ("Lawyers have gathered over 300 accounts of beatings in detention.", "no 300 any"),
        ("The mission conducted 140 interviews with victims and witnesses.", None),  # guard
        # people the police or the army hold
        ("Riot police held 45 students overnight in Gomel.", (45, "exact", "detained")),
        ("Security forces are holding at least 200 people at the stadium.", (200, "at_least", "detained")),
        ("Police held a meeting with 20 community leaders.", "no 20 detained"),  # guard
        # a bare count all a source said is a rival reading of the count before
        (
            "Police estimated the crowd at 40,000, while the organisers said 150,000.",
            (150000, "exact", "protesters"),
        ),
        ("The ministry counted 41 dead in the port. Activists said 130.", (130, "exact", "killed")),
        # people named through their kin keep their own adjective's category
        (
            "Families of 52 missing fishermen gathered outside the governor's office.",
            (52, "exact", "disappeared"),
        ),
        ("Mothers of 14 detained students staged a sit-in at the court.", (14, "exact", "detained")),
        # estimates that range from one count to another
        ("Estimates of the dead range from 230 to 600.", (230, "exact", "killed")),
    ],
)
def test_round7_constructions(text, expected):
    found = _figures(text)
    if expected is None:
        assert found == []
    elif isinstance(expected, str):  # "no 23 any": no figure of 23; "no 3 arrested": none of 3 arrested
        _, value, category = expected.split()
        assert all(v != float(value) or category not in {"any", c} for v, _, c in found)
    else:
        assert expected in found


def test_a_heading_over_rows_of_counts_is_kept_by_cleaning():
    from tally.clean.boilerplate import remove_boilerplate

    text = "Security forces fired on crowds in several provinces last week.\n\nDeaths by province\nKhuzestan: 88\nFars – 41\n"
    kept = [p.text for p in remove_boilerplate(text).lines if p.keep and p.text.strip()]
    assert "Deaths by province" in kept
    # guard: a tag line over running text still goes
    text = "Security forces fired on crowds in several provinces last week.\n\nMost read\nPolice fire on crowds in the capital again\n"
    kept = [p.text for p in remove_boilerplate(text).lines if p.keep and p.text.strip()]
    assert "Most read" not in kept
