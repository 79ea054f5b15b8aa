"""Build eval/clusters/held.jsonl: ten short articles written for this set, annotated as written.

Run from the checkout: ``python eval/clusters/build_held.py``. The articles are our own
invention (two countries, Georgia and Peru, October-November 2025): a few incidents, each told
by several outlets in their own words, with distractors of the same kind and country on another
day or in another city. Mentions are (incident, anchor, phrase) as in build_tune.py. Written and
annotated before tally ran on them; tally is only scored on this split.
"""

from __future__ import annotations

from _mentions import article_line, described, write

WHY = {
    "ge-1012-rally": "the rally outside parliament on Rustaveli Avenue, Tbilisi, Sunday 12 October 2025",
    "ge-1012-force": "riot police beat the Tbilisi rally's demonstrators with batons on Sunday night",
    "ge-1012-detentions": "about 40 people (38-43) detained at the Tbilisi rally on Sunday",
    "ge-1012-attack-on-police": "state version: participants attacked officers at parliament (other sides)",
    "ge-1010-students": "students protesting at Tbilisi State University on Friday 10 October (another day)",
    "ge-1014-batumi-protest": "activists' banner protest on the Batumi seafront, Tuesday 14 October",
    "ge-1014-batumi-detentions": "eight activists detained in Batumi on Tuesday (another city, another day)",
    "ge-09-journalists-beaten": "two journalists beaten by police in Tbilisi in September (another month)",
    "pe-1106-protest": "the protest at Juliaca airport, Thursday 6 November 2025",
    "pe-1106-force": "police fired on the Juliaca airport protesters: four dead",
    "pe-1106-attack-on-police": "protesters' stones and attack on officers at the airport (other sides)",
    "pe-1108-lima-march": "the march in Lima on Saturday 8 November in solidarity with Juliaca",
    "pe-1108-lima-force": "riot police fired tear gas at the Lima march on Saturday (another city and day)",
    "pe-1108-lima-detentions": "15 people detained at the Lima march on Saturday",
    "pe-1109-funeral": "the funeral march in Juliaca on Sunday 9 November (same city, another day)",
}

#: incident -> the conservative fatalities of its reports (0 when not listed)
FATALITIES = {"pe-1106-force": 4}  # four in every report

#: incident -> its ACLED event when ACLED codes it with others as one (a demonstration and how it was
#: met, the crowd's violence and the arrests at it, in one place on one day); else the incident itself
ACLED_EVENT = {
    **dict.fromkeys(
        ["ge-1012-rally", "ge-1012-force", "ge-1012-detentions", "ge-1012-attack-on-police"],
        "ge-1012-tbilisi",
    ),
    **dict.fromkeys(["ge-1014-batumi-protest", "ge-1014-batumi-detentions"], "ge-1014-batumi"),
    **dict.fromkeys(["pe-1106-protest", "pe-1106-force", "pe-1106-attack-on-police"], "pe-1106-juliaca"),
    **dict.fromkeys(["pe-1108-lima-march", "pe-1108-lima-force", "pe-1108-lima-detentions"], "pe-1108-lima"),
}

ARTICLES = [
    {
        "id": "h01_caucasuswire.md",
        "published": "2025-10-13",
        "title": "Georgian riot police beat protesters outside parliament",
        "outlet": "Caucasus Wire",
        "text": (
            "Riot police beat demonstrators with truncheons outside parliament in Tbilisi late on "
            "Sunday and detained at least 40 people, a Caucasus Wire reporter saw.\n\n"
            "The rally on Rustaveli Avenue had drawn about 10,000 people opposed to the government's "
            "new law on foreign funding. Several protesters were carried away with bleeding head "
            "wounds.\n\n"
            "Students had protested at Tbilisi State University on Friday without incident.\n"
        ),
        "mentions": [
            ("ge-1012-force", "Riot police beat demonstrators", "beat"),
            ("ge-1012-detentions", "detained at least 40 people", "detained"),
            ("ge-1012-rally", "The rally on Rustaveli Avenue", "rally"),
            ("ge-1010-students", "Students had protested at", "protested"),
        ],
    },
    {
        "id": "h02_rightsdefenders.md",
        "published": "2025-10-13",
        "title": "Statement on the dispersal of the 12 October assembly",
        "outlet": "Georgian Rights Defenders",
        "text": (
            "Georgian Rights Defenders condemns the violence used against peaceful protesters in "
            "Tbilisi on 12 October.\n\n"
            "Shortly before midnight, officers of the special tasks department used batons on the "
            "crowd in front of the parliament building and kicked people who had fallen. Our "
            "monitors counted 43 people who were taken into custody; three of them needed hospital "
            "treatment.\n\n"
            "We recall that the assembly on Rustaveli Avenue was announced in advance and was "
            "peaceful until the police moved in.\n"
        ),
        "mentions": [
            ("ge-1012-force", "used batons on the crowd", "used batons"),
            ("ge-1012-detentions", "43 people who were taken into custody", "taken into custody"),
            ("ge-1012-rally", "the assembly on Rustaveli Avenue", "assembly"),
        ],
    },
    {
        "id": "h03_statetv.md",
        "published": "2025-10-13",
        "title": "24 police officers injured in Tbilisi",
        "outlet": "First Channel",
        "text": (
            "Participants of an unauthorised action attacked police officers near the parliament "
            "building in Tbilisi on Sunday evening, the interior ministry said. Twenty-four officers "
            "were injured, two of them seriously.\n\n"
            "Police detained 38 offenders for hooliganism and disobeying lawful orders. The ministry "
            "said that officers used only the means provided by law.\n"
        ),
        "mentions": [
            ("ge-1012-attack-on-police", "attacked police officers near", "attacked"),
            ("ge-1012-rally", "Participants of an unauthorised action", "unauthorised action"),
            ("ge-1012-detentions", "Police detained 38 offenders", "detained"),
        ],
    },
    {
        "id": "h04_exilesite.md",
        "published": "2025-10-15",
        "title": "From Tbilisi to Batumi: the crackdown spreads",
        "outlet": "Free Georgia Online",
        "text": (
            "Two days after Sunday's beating of protesters in Tbilisi, the police turned on activists "
            "in Batumi.\n\n"
            'On Tuesday afternoon, a small group unfurled a banner reading "No to the foreign agents '
            'law" on the Batumi seafront. Within minutes, police officers detained eight of them and '
            "drove them to the city police department, where they were fined.\n\n"
            "In September, police in Tbilisi beat two journalists who were filming an arrest near the "
            "railway station.\n"
        ),
        "mentions": [
            ("ge-1012-force", "Sunday's beating of protesters in Tbilisi", "beating"),
            ("ge-1014-batumi-protest", "a small group unfurled a banner", "unfurled a banner"),
            ("ge-1014-batumi-detentions", "police officers detained eight of them", "detained"),
            ("ge-09-journalists-beaten", "police in Tbilisi beat two journalists", "beat"),
        ],
    },
    {
        "id": "h05_blacksea.md",
        "published": "2025-10-15",
        "title": "Eight activists held in Batumi",
        "outlet": "Black Sea Post",
        "text": (
            "Eight activists were arrested in Batumi on Tuesday after a brief protest on the seafront "
            "against the foreign funding law, their lawyer told Black Sea Post.\n\n"
            "The lawyer, Nino Beridze, said the activists were released in the evening after paying "
            "fines of 500 lari each.\n"
        ),
        "mentions": [
            ("ge-1014-batumi-detentions", "Eight activists were arrested in Batumi", "arrested"),
            ("ge-1014-batumi-protest", "a brief protest on the seafront", "protest"),
        ],
    },
    {
        "id": "h06_andeswire.md",
        "published": "2025-11-07",
        "title": "Four killed as Peruvian police fire on airport protest",
        "outlet": "Andes Wire",
        "text": (
            "Police opened fire on protesters who tried to take over the airport in Juliaca on "
            "Thursday, killing four people, hospital officials said.\n\n"
            "Several thousand people had blocked the road to the airport since the morning to demand "
            "the resignation of the regional governor. Some protesters threw stones at officers guarding "
            "the runway fence.\n"
        ),
        "mentions": [
            ("pe-1106-force", "Police opened fire on protesters", "opened fire"),
            ("pe-1106-protest", "Several thousand people had blocked the road", "blocked the road"),
            ("pe-1106-attack-on-police", "Some protesters threw stones at officers", "threw stones"),
        ],
    },
    {
        "id": "h07_rightsnetwork.md",
        "published": "2025-11-08",
        "title": "Juliaca: four demonstrators shot dead",
        "outlet": "National Human Rights Network",
        "text": (
            "The National Human Rights Network condemns the killing of four demonstrators, who were shot "
            "dead by police officers in Juliaca on 6 November. Two of them were hit in the back.\n\n"
            "The demonstration near the airport was peaceful, according to our observers. We ask the "
            "prosecutor's office to investigate the officers who gave the order to shoot.\n"
        ),
        "mentions": [
            ("pe-1106-force", "who were shot dead by police officers", "shot dead"),
            ("pe-1106-protest", "The demonstration near the airport", "demonstration"),
        ],
    },
    {
        "id": "h08_statenews.md",
        "published": "2025-11-07",
        "title": "Ministry: violent mob attacked Juliaca airport",
        "outlet": "State News Agency",
        "text": (
            "A violent mob attacked the airport in Juliaca on Thursday and 22 police officers were "
            "injured, the interior ministry said in a statement.\n\n"
            "Four civilians died in the clashes, the ministry said, adding that the prosecutor's office "
            "would determine the circumstances of their deaths.\n"
        ),
        "mentions": [
            ("pe-1106-attack-on-police", "A violent mob attacked the airport", "attacked"),
            ("pe-1106-force", "Four civilians died in the clashes", "died"),
        ],
    },
    {
        "id": "h09_vozdelsur.md",
        "published": "2025-11-10",
        "title": "Lima marches, Juliaca buries its dead",
        "outlet": "La Voz del Sur",
        "text": (
            "Riot police fired tear gas at thousands of people marching in central Lima on Saturday in "
            "solidarity with Juliaca, where four protesters were killed at the airport on Thursday.\n\n"
            "On Sunday, tens of thousands walked behind the four coffins through the streets of "
            "Juliaca. The funeral march ended at the cemetery without incident.\n"
        ),
        "mentions": [
            ("pe-1108-lima-force", "Riot police fired tear gas at thousands", "fired tear gas"),
            ("pe-1108-lima-march", "thousands of people marching in central Lima", "marching"),
            ("pe-1106-force", "four protesters were killed at the airport", "killed"),
            ("pe-1109-funeral", "tens of thousands walked behind the four coffins", "walked"),
        ],
    },
    {
        "id": "h10_limatimes.md",
        "published": "2025-11-09",
        "title": "Tear gas and arrests at Lima solidarity march",
        "outlet": "Lima Times",
        "text": (
            "Police used tear gas to push back demonstrators near Congress in Lima on Saturday as a "
            "march in support of the Juliaca protesters reached the city centre. Fifteen people were "
            "detained, the police said.\n"
        ),
        "mentions": [
            ("pe-1108-lima-force", "Police used tear gas to push back", "used tear gas"),
            ("pe-1108-lima-march", "as a march in support of", "march"),
            ("pe-1108-lima-detentions", "Fifteen people were detained", "detained"),
        ],
    },
]


def _incident(name: str) -> dict[str, object]:
    return described(name, WHY, FATALITIES, ACLED_EVENT)


def build() -> list[dict[str, object]]:
    return [article_line(article, article["mentions"], _incident) for article in ARTICLES]


if __name__ == "__main__":
    write(build(), "held.jsonl")
