"""Figures and their categories, sixth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (wire copy, NGO releases, state media, opposition sites,
encyclopaedia pages); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, "2022-12-16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the count before whose verb is "be": "12 of whom were minors"
        ("Riot police detained 47 people, 9 of whom were schoolgirls.", (9, "exact", "detained")),
        (
            "The group confirmed the killing of 31 students, and said 26 of them were boys.",
            (26, "exact", "killed"),
        ),
        # a preposed partitive: "Of the 300 detained, 120 were women"
        ("Of the 260 arrested in Gomel, 70 were pensioners.", (70, "exact", "arrested")),
        ("Of the detainees, 45 were teenagers, the lawyers said.", (45, "exact", "detained")),
        # "cases of" an event noun count the events
        (
            "The ombudsman registered 38 cases of enforced disappearance in the north.",
            (38, "exact", "disappeared"),
        ),
        ("Lawyers logged 120 cases of arbitrary arrest during the strike.", (120, "exact", "arrested")),
        # death sentences of people are sentences
        (
            "Judges upheld the death sentences of at least 14 young men on Tuesday.",
            (14, "at_least", "sentenced"),
        ),
        # prison terms handed to people
        ("A total of 52 strikers have been handed prison terms.", (52, "exact", "sentenced")),
        # "a total of" only wraps the count: the verb decides, not the noun for protesters
        ("A total of 61 protesters were shot dead in the port.", (61, "exact", "killed")),
        # the people a group interviewed are its sources, victims too
        (
            "At least 40 were killed. Investigators interviewed 23 victims and relatives.",
            (40, "at_least", "killed"),
        ),
        ("At least 40 were killed. Investigators interviewed 23 victims and relatives.", "no 23 any"),
        # a bare total after a modal restates the count before
        (
            "Thousands were detained, and the opposition says the number may be over 9,000.",
            (9000, "over", "detained"),
        ),
        # crowds that number, are estimated at, attend, flood the streets
        ("Marchers numbered about 40,000, the organisers said.", (40000, "about", "protesters")),
        ("The wounded numbered in the hundreds, a nurse said.", (100, "vague", "injured")),
        ("Riot police charged a crowd estimated at 8,000 near the square.", (8000, "about", "protesters")),
        (
            "The strikers, estimated at 12,000 by the union, marched to the ministry.",
            (12000, "about", "protesters"),
        ),
        ("The funeral march was attended by some 25,000 mourners.", (25000, "about", "protesters")),
        ("Nearly 60,000 people attended the rally on Saturday.", (60000, "about", "protesters")),
        ("More than 70,000 people flooded the streets of Tbilisi.", (70000, "over", "protesters")),
        ("Tens of thousands poured into the streets after the verdict.", (10000, "vague", "protesters")),
        # a headline verb tagged as a noun decides, not the verb of the clause after it
        (
            "Gunmen martyr four Basij members in Zahedan; 31 suspects arrested",
            (4, "exact", "killed"),
        ),
        (
            "Rioters martyr three Basij members in Isfahan; 45 thugs arrested\n\nTEHRAN - Three members "
            "of the Basij force were martyred on Wednesday night, police said.",
            "no 3 arrested",
        ),
        # the verb of the clause on a total's people decides, not a "death" inside it
        (
            "Tuesday's hanging brought to 11 the number of men put to death over the riots.",
            (11, "exact", "executed"),
        ),
        # people with wounds are wounded when no verb says otherwise
        ("The clinic in Omdurman admitted 73 marchers with gunshot wounds.", (73, "exact", "injured")),
        # who votes in a chamber is no figure of the event
        ("The emergency law was approved by 212 deputies on Monday.", None),
        ("Some 140 senators voted to extend the curfew.", None),
        # an adjective of a category as the complement of a reporting passive
        ("More than 600 villagers were reported missing after the sweep.", (600, "over", "disappeared")),
        # "one of N people executed": N counts the group, it is no total of a partitive
        ("The teacher was one of 14 prisoners hanged at dawn on Saturday.", (14, "exact", "executed")),
        # infobox labels the tagger took for names, plural in "-ies" too: no crash, the label decides
        (
            "The 2021 port riots were crushed by the army.\n\nDeaths: 71[1]\nArrests: 10,000+[3]\nInjuries: 300\n",
            (10000, "over", "arrested"),
        ),
        (
            "The 2021 port riots were crushed by the army.\n\nDeaths: 71[1]\nArrests: 10,000+[3]\nInjuries: 300\n",
            (71, "exact", "killed"),
        ),
        (
            "Location: Almaty\nDeaths: 227[1]\nInjuries: 4,353+[2]\nArrested: 10,000+[3]\n",
            (4353, "over", "injured"),
        ),
        # an infobox row whose value is a vague amount in words is no tag line to clean away
        (
            "The 2021 port riots were crushed by the army.\nDeaths: 71[1]\nInjuries: thousands[2]\n",
            (1000, "vague", "injured"),
        ),
        # a relative clause whose subject is a part ("100 of whom") speaks of the part only
        (
            "Officers said they had identified 260 looters, 110 of whom had been arrested.",
            "no 260 arrested",
        ),
        (
            "Officers said they had identified 260 looters, 110 of whom had been arrested.",
            (110, "exact", "arrested"),
        ),
        # people released, named by the noun of the act
        ("The release of 350 prisoners was announced on state television.", (350, "exact", "other")),
        # people in custody, under detention, or named as political prisoners are held
        (
            "The monitor has recorded 3,817 people currently under detention since the coup.",
            (3817, "exact", "detained"),
        ),
        ("The centre recognised 1,212 people as political prisoners on Monday.", (1212, "exact", "detained")),
        # guard: a definite small group in prison refers back, it counts no one anew
        ("The lawyer visited the four students in prison on Sunday.", None),
        # an age after a partitive pronoun: "most of them under 20"
        ("Police said 1,300 people were detained in Mashhad, most of them under 25.", "no 25 any"),
        # the items of a headline list each have their own participle
        ("Police: 8 rioters arrested, 5 officers wounded", (5, "exact", "injured")),
        # martyrdom is a killing, a funeral is of the dead
        ("The Basij announced the martyrdom of 17 of its members.", (17, "exact", "killed")),
        ("Crowds gathered for the funerals of the 26 victims on Friday.", (26, "exact", "killed")),
        # where the people are is no count of what was done to them
        ("Workers at 35 mines went on strike on Monday.", "no 35 protesters"),
        # a day after an abbreviated month with its period
        ("Crowds marked the Oct. 28 deaths of the miners in Jos.", "no 28 any"),
        # a part of a group whose own verb names no category and lets no one go
        (
            "The monitor said 19 of the students killed in the dormitory raid had been identified.",
            (19, "exact", "killed"),
        ),
        ("Police said 450 of those detained on Sunday had been released.", (450, "exact", "other")),
        # a clause that says what the counted people did to others: they are the agents
        ("Officials said 14 guards who killed 6 inmates have been suspended.", "no 14 killed"),
        ("A video showed dozens of riot police beating protesters.", "no 12 injured"),
        ("Of 75 protesters who died, 9 were teenagers.", (75, "exact", "killed")),
        # a plural noun the lexicon does not know is of people when only people undergo the verb
        ("State television said 380 seditionists had been detained.", (380, "exact", "detained")),
        # the size of a body is no event count
        ("The strike committee, which has nine members in its bureau, called off the march.", None),
        # people with wounds, the phrase hung on the verb
        (
            "Doctors said they had received 140 patients with gunshot wounds since Friday.",
            (140, "exact", "injured"),
        ),
        # two verbs sharing one object: the first one's category counts too
        ("Police arrested and charged 30 students in Gomel.", (30, "exact", "arrested")),
        ("Militiamen beat and robbed 25 traders at the market.", (25, "exact", "injured")),
        # the items of a bulleted list: no item's verb decides another's count
        (
            "The toll so far:\n- 212 marchers shot dead, 180 men and 32 women\n- Over 9,000 detained\n"
            "- At least 17 people awaiting trial on capital charges\n",
            "no 17 detained",
        ),
        (
            "The toll so far:\n- 212 marchers shot dead, 180 men and 32 women\n- Over 9,000 detained\n"
            "- At least 17 people awaiting trial on capital charges\n",
            (32, "exact", "killed"),
        ),
    ],
)
def test_round6_constructions(text, expected):
    found = _figures(text)
    if expected is None:
        assert found == []
    elif isinstance(expected, str):  # "no 23 any": no figure of 23; "no 3 arrested": none of 3 arrested
        _, value, category = expected.split()
        assert all(v != float(value) or category not in {"any", c} for v, _, c in found)
    else:
        assert expected in found
