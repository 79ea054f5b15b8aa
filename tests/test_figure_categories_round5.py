"""Figure categories, fifth round (issue 13): constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (wire copy, NGO releases, state media, encyclopaedia pages
with infoboxes); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, "2023-03-02")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dying of wounds is dying: "succumbed to their injuries"
        (
            "Nineteen more villagers succumbed to their wounds in the weeks after the raid.",
            (19, "exact", "killed"),
        ),
        # the nominal group that includes the count decides: "the dead included"
        ("The dead included 14 teenagers, a local doctor said.", (14, "exact", "killed")),
        ("Among the wounded were 23 nurses, the union said.", (23, "exact", "injured")),
        # "unaccounted for" is missing
        ("Eleven fishermen remain unaccounted for after the navy raid.", (11, "exact", "disappeared")),
        # a part of a count through "of which"
        (
            "The ministry reported 212 deaths in the crackdown, of which 87 were in the capital.",
            (87, "exact", "killed"),
        ),
        # an existential restating the count before
        (
            "Before the uprising, 2,310 inmates were held in the jail. Officials said there are now 1,470.",
            (1470, "exact", "detained"),
        ),
        # a count of people with an adjective between is no date
        (
            "Militias burned two villages in March. 8 Kurdish prisoners were hanged at dawn, the group said.",
            (8, "exact", "executed"),
        ),
        # property set on fire counts without a word of violence in the sentence
        ("Officials said that 60 kiosks and 90 cars had been set ablaze.", (90, "exact", "other")),
        # a mis-tagged verb of protest in a subordinate clause of a headline
        ("Riot police arrest dozens as thousands march in Tbilisi", (1000, "vague", "protesters")),
        ("Police detain hundreds as tens of thousands rally in Minsk", (10000, "vague", "protesters")),
        # people a relative clause says were held
        (
            "The court freed the 31 students the police had held since May.",
            (31, "exact", "detained"),
        ),
        ("Four doctors were among those held overnight, the union said.", (4, "exact", "detained")),
        # lives claimed and lost
        ("The fighting in the border town has claimed 48 lives since Sunday.", (48, "exact", "killed")),
        # caught after an escape is an arrest
        ("Police said 35 of the escaped convicts had been caught by Friday.", (35, "exact", "arrested")),
        # places are counted in any sentence, townships and islands too
        ("The junta imposed martial law on seven townships of the city.", (7, "exact", "places")),
        ("Fishing fleets from 40 countries work in these waters.", (40, "exact", "places")),
        # administrative sentences handed down are sentences
        (
            "Judges in Grodno handed down 85 administrative sentences of up to 15 days.",
            (85, "exact", "sentenced"),
        ),
        # an infobox label before the count decides
        (
            "The 2024 Port Harcourt riots were protests crushed by the army.\n\nCasualties\nDeath(s)\t214[1]\nInjuries\t3,120[2]\n",
            (214, "exact", "killed"),
        ),
        (
            "The 2024 Port Harcourt riots were protests crushed by the army.\n\nCasualties\nDeath(s)\t214[1]\nInjuries\t3,120[2]\n",
            (3120, "exact", "injured"),
        ),
        # sentences received and prison terms given
        (
            "Two of the students received death sentences and nine were given prison terms.",
            (9, "exact", "sentenced"),
        ),
        (
            "Two of the students received death sentences and nine were given prison terms.",
            (2, "exact", "sentenced"),
        ),
        # a reported clause whose subject the parser made the object of "said", with an aside
        (
            "The monitor said at least 312 people, among them 41 teenagers, have been killed since March.",
            (312, "at_least", "killed"),
        ),
        (
            "The monitor said at least 312 people, among them 41 teenagers, have been killed since March.",
            (41, "exact", "killed"),
        ),
        # a toll the parser hung elsewhere, and the later parts of a list of its parts
        (
            "The medics' union, which backs the marches, said the death toll since the coup now stood at 93, "
            "including 4 women and 11 children.",
            (93, "exact", "killed"),
        ),
        (
            "The medics' union, which backs the marches, said the death toll since the coup now stood at 93, "
            "including 4 women and 11 children.",
            (11, "exact", "killed"),
        ),
        # a verb with "to death" kills, whatever it kills with
        ("Three farmers who stayed behind were burned to death in the raid.", (3, "exact", "killed")),
        # the relative clause on a part does not speak of the whole
        (
            "The number of people detained is 2,417, of which 312 have been sentenced.",
            (2417, "exact", "detained"),
        ),
        (
            "The number of people detained is 2,417, of which 312 have been sentenced.",
            (312, "exact", "sentenced"),
        ),
        # an adjective right after a count in a list of tolls
        ("The casualties in the port reached 57 dead and more than 600 wounded.", (600, "over", "injured")),
        # the people a group interviewed, every one of a list, are its sources
        ("The group interviewed 31 witnesses, 5 nurses and 3 lawyers about the raid on the march.", None),
        # the total of a partitive after a possessive, and a part of property destroyed
        ("Soldiers burned down about 90 of its 140 houses.", (90, "about", "other")),
        # people released: counted, as no category of the event
        ("A judge released 65 on bail after the protest.", (65, "exact", "other")),
        # a thing in an adverbial phrase takes no category of the verb
        (
            "At least 9 people were shot dead in three separate incidents during the protests.",
            (3, "exact", "other"),
        ),
        # a table's columns
        (
            "The monitor's count by region, as of June:\n\nRegion\tKilled\tDetained\nSagaing\t117\t604\n"
            "Magway\t58\t231\n\nThe count is updated daily.",
            (604, "exact", "detained"),
        ),
        (
            "The monitor's count by region, as of June:\n\nRegion\tKilled\tDetained\nSagaing\t117\t604\n"
            "Magway\t58\t231\n\nThe count is updated daily.",
            (58, "exact", "killed"),
        ),
        # the predicate noun decides: "are considered political prisoners"
        ("The centre says 412 people are now considered political prisoners.", (412, "exact", "detained")),
        # escaped people at large are no longer held
        ("Three hundred inmates remain at large after the jailbreak, police said.", (300, "exact", "other")),
        # the group a count is among: a noun for held people
        ("Among the detainees are 27 students and 6 of the union's lawyers.", (27, "exact", "detained")),
        ("Among the detainees are 27 students and 6 of the union's lawyers.", (6, "exact", "detained")),
        # still in hospital
        ("Ninety marchers were wounded, and 14 of them remain in hospital.", (14, "exact", "injured")),
        # "all three countries" refers back
        ("Talks will move slowly as all three countries want calm on the border.", None),
        # a proportion's second number
        ("One in five teachers is regularly absent, a survey found.", None),
        # handed over to another state: no longer a count of the held; "over" is the verb's particle
        ("Thailand held 48 refugees and then turned 40 of them over to China.", (40, "exact", "other")),
        ("The militia handed over 12 suspects to the army after the riot.", (12, "exact", "other")),
        # security-speak and beheading words for killing
        ("Eleven guards were reported killed, two of them decapitated.", (2, "exact", "killed")),
        ('Police said they had "eliminated" 17 "armed bandits" in the city.', (17, "exact", "killed")),
        # seeking treatment is being hurt
        ("More than 900 people sought treatment for injuries, the ministry said.", (900, "over", "injured")),
        # a table row whose empty cells were trimmed does not end the table
        (
            "Tolls by source\nSource\tKilled\tArrested\nMonitor (May)\t812\t5,230\nJunta (May)\n"
            "Monitor (June)\t933\t6,071\n",
            (933, "exact", "killed"),
        ),
        # a relative clause after a preposition speaks of others
        ("The group documented 164 raids on clinics, in which 19 were killed.", (164, "exact", "other")),
        # death row is a death sentence
        ("A further 58 political prisoners were on death row in December.", (58, "exact", "sentenced")),
        # a count written from "one hundred" is no "one"
        ("One hundred forty strikers were detained at the mine.", (140, "exact", "detained")),
        # things counted through "of" in a sentence about an event
        ("Dozens of wildfires still burn in the north.", (12, "vague", "other")),
        # the number of people of any kind a total is set at
        (
            "Analysts put the number of armed volunteers in the valley at about 2,000.",
            (2000, "about", "other"),
        ),
        # cases in a report on an epidemic
        (
            "The virus keeps spreading. More than 4,000 new cases were reported on Friday.",
            (4000, "over", "other"),
        ),
        # a day after a month name, a measure before a hyphen, an age after a name: no counts
        ("Havana frees the March 14 marchers, a rights group says", None),
        ("A 9-member commission of jurists reviewed the trials of the protesters.", None),
        ('"We have waited two years," said Odalys, 52, after the protest.', None),
        ('"We have waited 18 months," said Yaquelin, 45, after the hearing.', None),
        # protesters freed are no crowd
        ("Authorities freed dozens of protesters on Monday.", (12, "vague", "other")),
        # detainees moved out of custody are no count of the detained
        ("Last week the authorities deported 64 detainees to Laos.", (64, "exact", "other")),
    ],
)
def test_round5_constructions(text, expected):
    found = _figures(text)
    if expected is None:
        assert found == []
    else:
        assert expected in found
