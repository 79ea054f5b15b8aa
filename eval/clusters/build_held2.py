"""Build eval/clusters/held2.jsonl: twelve short articles written for this set, annotated as written.

Run from the checkout: ``python eval/clusters/build_held2.py``. The articles are our own
invention (two countries, Mozambique in September 2026 and Bangladesh in April 2026): each
main incident told by two to five outlets in their own words and with their own death counts (a
rights group's higher toll, the state's lower one, a toll revised later), a killing and tear gas
told as one police action, distractors of the same kind and country on another day or in
another city, and background (last year's crackdown, a 2018 beating). Mentions are (incident,
anchor, phrase) as in build_tune.py; each incident has its conservative fatalities and its ACLED
event (README). Written and annotated before tally ran on them; tally is only scored on this split.
"""

from __future__ import annotations

from _mentions import article_line, write

#: incident -> (why its mentions are one event, conservative fatalities, ACLED event)
INCIDENTS: dict[str, tuple[str, int, str]] = {
    "mz-0914-maputo-march": (
        "the fuel-price march in Maputo on Monday 14 September 2026",
        0,
        "mz-0914-maputo",
    ),
    "mz-0914-maputo-force": (
        "police fired tear gas and live rounds at the Maputo march: police 3 then revised to 5, "
        "the Electoral Watch Centre 11; 5 is the lowest standing count",
        5,
        "mz-0914-maputo",
    ),
    "mz-0914-maputo-detentions": ("60 people detained at the Maputo march on Monday", 0, "mz-0914-maputo"),
    "mz-0914-maputo-rioting": (
        "state version: vandals looted shops along the march route (other side)",
        0,
        "mz-0914-maputo",
    ),
    "mz-0914-beira-protest": (
        "the protest near the port of Beira on Monday (another city)",
        0,
        "mz-0914-beira",
    ),
    "mz-0914-beira-force": ("police fired on the Beira protest: one vendor killed", 1, "mz-0914-beira"),
    "mz-0914-beira-stones": (
        "protesters threw stones at the police in Beira (other side)",
        0,
        "mz-0914-beira",
    ),
    "mz-0916-vigil": (
        "the candlelight vigil outside Maputo Central Hospital on Wednesday",
        0,
        "mz-0916-maputo",
    ),
    "mz-0916-vigil-force": (
        "officers fired tear gas at the vigil on Wednesday (same city, another day)",
        0,
        "mz-0916-maputo",
    ),
    "mz-2025-crackdown": ("last year's crackdown in Maputo, 40 dead: background", 40, "mz-2025-crackdown"),
    "bd-0416-rally": ("the student rally at Shahbagh, Dhaka, Thursday 16 April 2026", 0, "bd-0416-dhaka"),
    "bd-0416-force": (
        "police fired on the Shahbagh rally: the government 9, hospital records 12, Rights Forum "
        "14 then 15; 9 is the lowest standing count",
        9,
        "bd-0416-dhaka",
    ),
    "bd-0416-arrests": ("85 students arrested at the Shahbagh rally", 0, "bd-0416-dhaka"),
    "bd-0416-custody-beatings": ("arrested students beaten at the Shahbagh police station", 0, "bd-custody"),
    "bd-0416-ctg-protest": (
        "students blocked the highway in Chattogram on Thursday (another city)",
        0,
        "bd-0416-ctg",
    ),
    "bd-0417-march": (
        "students' march from the university to Shahbagh on Friday (another day)",
        0,
        "bd-0417-dhaka",
    ),
    "bd-0417-force": ("police fired tear gas at Friday's march, no deaths", 0, "bd-0417-dhaka"),
    "bd-0418-clash": (
        "police and protesters clashed near the Press Club on Saturday: two killed",
        2,
        "bd-0418-dhaka",
    ),
    "bd-0418-bricks": ("the crowd threw bricks at the police on Saturday (other side)", 0, "bd-0418-dhaka"),
    "bd-2018-beating": ("police beat students protesting for road safety in 2018: background", 0, "bd-2018"),
}

#: incidents reported only as the history behind the news (an export of these reports leaves them out)
BACKGROUND = {"mz-2025-crackdown", "bd-2018-beating"}

ARTICLES = [
    {
        "id": "m01_southernafricawire.md",
        "published": "2026-09-15",
        "title": "Police fire on fuel-price march in Maputo",
        "outlet": "Southern Africa Wire",
        "text": (
            "Police fired tear gas and live rounds at thousands of people marching against fuel prices "
            "in Maputo on Monday, and at least three people were killed, a police spokesman said.\n\n"
            "The march had set off from the Xipamanine market towards the city centre. Police said 60 "
            "people were detained for vandalism.\n\n"
            "In Beira, the country's second city, police also fired tear gas at a smaller protest "
            "outside the port.\n"
        ),
        "mentions": [
            ("mz-0914-maputo-force", "Police fired tear gas and live rounds", "fired tear gas"),
            ("mz-0914-maputo-march", "thousands of people marching against", "marching"),
            ("mz-0914-maputo-detentions", "60 people were detained", "detained"),
            ("mz-0914-beira-force", "police also fired tear gas at a smaller", "fired tear gas"),
            ("mz-0914-beira-protest", "a smaller protest outside the port", "protest"),
        ],
    },
    {
        "id": "m02_electoralwatch.md",
        "published": "2026-09-15",
        "title": "Statement: eleven killed by police in Maputo",
        "outlet": "Electoral Watch Centre",
        "text": (
            "The Electoral Watch Centre has recorded eleven people shot dead by the police during "
            "Monday's march against the fuel price rise in Maputo. Our observers saw officers fire into "
            "the crowd on Eduardo Mondlane Avenue without warning.\n\n"
            "In Beira, a 19-year-old street vendor was killed when police opened fire on demonstrators "
            "near the port.\n\n"
            "We demand the release of the dozens of people who remain in detention.\n"
        ),
        "mentions": [
            ("mz-0914-maputo-force", "eleven people shot dead by the police", "shot dead"),
            ("mz-0914-maputo-march", "Monday's march against the fuel", "march"),
            ("mz-0914-beira-force", "was killed when police opened fire", "killed"),
            ("mz-0914-maputo-detentions", "who remain in detention", "detention"),
        ],
    },
    {
        "id": "m03_nationalradio.md",
        "published": "2026-09-15",
        "title": "Order restored in Maputo after riots",
        "outlet": "National Radio",
        "text": (
            "Three people died in Maputo on Monday during disturbances caused by groups of vandals who "
            "looted shops along the route of an unauthorised march, the police spokesman, Candido "
            "Mabunda, said.\n\n"
            "The police detained 60 suspects and recovered stolen goods. Seven officers were injured by "
            "stones.\n"
        ),
        "mentions": [
            ("mz-0914-maputo-force", "Three people died in Maputo", "died"),
            ("mz-0914-maputo-rioting", "vandals who looted shops", "looted"),
            ("mz-0914-maputo-march", "an unauthorised march", "march"),
            ("mz-0914-maputo-detentions", "The police detained 60 suspects", "detained"),
        ],
    },
    {
        "id": "m04_maputodaily.md",
        "published": "2026-09-17",
        "title": "Police raise Maputo protest death toll to five",
        "outlet": "Maputo Daily",
        "text": (
            "The police on Wednesday raised the number of people killed in Monday's fuel-price protest "
            "in Maputo from three to five, after two injured men died in the Central Hospital.\n\n"
            "Hours earlier, officers fired tear gas at about 200 people holding a candlelight vigil for "
            "the dead outside the hospital. No one was detained.\n"
        ),
        "mentions": [
            ("mz-0914-maputo-force", "the number of people killed in Monday's", "killed"),
            ("mz-0914-maputo-march", "Monday's fuel-price protest in Maputo", "protest"),
            ("mz-0916-vigil-force", "officers fired tear gas at about 200", "fired tear gas"),
            ("mz-0916-vigil", "holding a candlelight vigil", "vigil"),
        ],
    },
    {
        "id": "m05_zambezipost.md",
        "published": "2026-09-16",
        "title": "Mozambique's fuel protests turn deadly again",
        "outlet": "Zambezi Post",
        "text": (
            "Mozambican police killed protesters in the streets of Maputo for the second year running on "
            "Monday, when officers shot at a march against the fuel price rise. The police count three "
            "dead, the Electoral Watch Centre eleven.\n\n"
            "Last year's crackdown on the protests against the bread price killed at least 40 people in "
            "Maputo, according to the same group.\n"
        ),
        "mentions": [
            ("mz-0914-maputo-force", "Mozambican police killed protesters", "killed"),
            ("mz-0914-maputo-march", "shot at a march against", "march"),
            ("mz-2025-crackdown", "Last year's crackdown on the protests", "crackdown"),
        ],
    },
    {
        "id": "m06_beiratoday.md",
        "published": "2026-09-15",
        "title": "Vendor killed as police disperse Beira protest",
        "outlet": "Beira Today",
        "text": (
            "A street vendor was killed and four people were wounded when police opened fire on a protest "
            "against fuel prices near the port of Beira on Monday, his family said.\n\n"
            "About 300 people had gathered outside the port gates in the morning. Police said officers "
            "had fired warning shots after protesters threw stones.\n"
        ),
        "mentions": [
            ("mz-0914-beira-force", "A street vendor was killed", "killed"),
            ("mz-0914-beira-protest", "opened fire on a protest against", "protest"),
            ("mz-0914-beira-stones", "after protesters threw stones", "threw stones"),
        ],
    },
    {
        "id": "b01_bengalwire.md",
        "published": "2026-04-17",
        "title": "Nine killed as police fire on Dhaka student rally",
        "outlet": "Bengal Wire",
        "text": (
            "Police fired rubber bullets and live rounds at a student rally in Dhaka's Shahbagh square on "
            "Thursday, killing nine people, the home ministry said.\n\n"
            "The students were demanding the reinstatement of a quota for the children of labour "
            "migrants. Police arrested 85 of them.\n\n"
            "In Chattogram, students blocked a highway for several hours on Thursday; that protest ended "
            "peacefully.\n"
        ),
        "mentions": [
            ("bd-0416-force", "Police fired rubber bullets", "fired"),
            ("bd-0416-rally", "at a student rally in Dhaka", "rally"),
            ("bd-0416-arrests", "Police arrested 85 of them", "arrested"),
            ("bd-0416-ctg-protest", "students blocked a highway", "blocked"),
        ],
    },
    {
        "id": "b02_rightsforum.md",
        "published": "2026-04-17",
        "title": "Fourteen dead at Shahbagh",
        "outlet": "Rights Forum Bangladesh",
        "text": (
            "Rights Forum Bangladesh has verified the deaths of fourteen people, among them two "
            "schoolboys, after police opened fire on a peaceful student gathering at Shahbagh in Dhaka on "
            "16 April.\n\n"
            "We also documented the arrest of at least 85 students, several of whom were beaten in "
            "custody at the Shahbagh police station.\n"
        ),
        "mentions": [
            ("bd-0416-force", "has verified the deaths of fourteen", "deaths"),
            ("bd-0416-rally", "a peaceful student gathering", "gathering"),
            ("bd-0416-arrests", "the arrest of at least 85", "arrest"),
            ("bd-0416-custody-beatings", "were beaten in custody", "beaten"),
        ],
    },
    {
        "id": "b03_dhakastar.md",
        "published": "2026-04-18",
        "title": "Hospital records show 12 dead",
        "outlet": "Daily Dhaka Star",
        "text": (
            "Records at Dhaka Medical College Hospital show that 12 people died of gunshot wounds after "
            "Thursday's clashes at Shahbagh, the hospital's director told the Daily Dhaka Star.\n\n"
            "On Friday, police fired tear gas at students who tried to march from the university to "
            "Shahbagh; no deaths were reported.\n"
        ),
        "mentions": [
            ("bd-0416-force", "12 people died of gunshot wounds", "died"),
            ("bd-0417-force", "police fired tear gas at students who", "fired tear gas"),
            ("bd-0417-march", "tried to march from", "march"),
        ],
    },
    {
        "id": "b04_chattogramchronicle.md",
        "published": "2026-04-17",
        "title": "Students block highway in Chattogram",
        "outlet": "Chattogram Chronicle",
        "text": (
            "Hundreds of students blocked the Dhaka-Chattogram highway in Chattogram on Thursday in "
            "solidarity with the rally in the capital, halting traffic for four hours.\n\n"
            "The protest ended peacefully in the afternoon. In Dhaka, police fired on protesters, "
            "killing at least nine, according to the government.\n"
        ),
        "mentions": [
            ("bd-0416-ctg-protest", "Hundreds of students blocked", "blocked"),
            ("bd-0416-rally", "with the rally in the capital", "rally"),
            ("bd-0416-force", "police fired on protesters, killing", "fired"),
        ],
    },
    {
        "id": "b05_eveningnews.md",
        "published": "2026-04-20",
        "title": "Second deadly day in Dhaka",
        "outlet": "Dhaka Evening News",
        "text": (
            "Two people were killed in Dhaka on Saturday when police and protesters clashed near the "
            "Press Club, police said, two days after the Shahbagh shootings in which at least nine "
            "died.\n\n"
            "The home ministry said 14 officers were hurt by bricks thrown by the crowd.\n\n"
            "In 2018, police had also beaten students protesting for road safety in the capital.\n"
        ),
        "mentions": [
            ("bd-0418-clash", "Two people were killed in Dhaka", "killed"),
            ("bd-0416-force", "the Shahbagh shootings", "shootings"),
            ("bd-0418-bricks", "bricks thrown by the crowd", "thrown"),
            ("bd-2018-beating", "police had also beaten students", "beaten"),
        ],
    },
    {
        "id": "b06_bengalwire_toll.md",
        "published": "2026-04-19",
        "title": "Rights group raises Shahbagh toll to 15",
        "outlet": "Bengal Wire",
        "text": (
            "Rights Forum Bangladesh raised its count of the dead from Thursday's police firing on the "
            "student rally at Shahbagh to 15 on Saturday, after a wounded teenager died in hospital. The "
            "government still puts the toll at nine.\n\n"
            "Universities in Dhaka remain closed.\n"
        ),
        "mentions": [
            ("bd-0416-force", "Thursday's police firing on the", "firing"),
            ("bd-0416-rally", "student rally at Shahbagh", "rally"),
        ],
    },
]


def _incident(name: str) -> dict[str, object]:
    why, fatalities, event = INCIDENTS[name]
    return {"why": why, "fatalities": fatalities, "acled_event": event, "background": name in BACKGROUND}


def build() -> list[dict[str, object]]:
    return [article_line(article, article["mentions"], _incident) for article in ARTICLES]


if __name__ == "__main__":
    write(build(), "held2.jsonl")
