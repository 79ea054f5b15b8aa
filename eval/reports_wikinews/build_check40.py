"""Build reports/check40.jsonl: 8 Wikinews articles (GeoVirus, held half) annotated by hand.

Round 40, helper gold40d, by ../shared/ANNOTATION.md, without running tally or reading its
code. Texts, ids and urls are copied from the GeoVirus held half unchanged (``geovirus/dev.jsonl``
under ``$TALLY_EVAL_ROOT``, else ``../shared/eval`` beside the checkout); the title is the id's
page name (as in tune/check). Every verbatim string is checked against the text (a figure's
evidence may lie in the title); the script fails loudly otherwise (``tally.evaluate.reports_gold``
does the checking and the writing for every builder of this gold).

    python eval/reports_wikinews/build_check40.py [--source PATH]
"""

from __future__ import annotations

import sys
import urllib.parse
from pathlib import Path

from tally.evaluate.reports_gold import build, record
from tally.evaluate.reports_gold import date as D
from tally.evaluate.reports_gold import fig as F
from tally.evaluate.reports_gold import quote as Q

OUT = Path(__file__).resolve().parent / "reports" / "check40.jsonl"
W = "Wikinews"

GOLD = {
    "geovirus-Tsunami_deaths_mount_to_more_than_120,000": {
        "figures": [
            F(120000, "over", "deaths", W, "the confirmed death count is over 120,000"),
            F(80000, "up_to", "deaths", W, "may have as many as 80,000 death"),
            F(28500, "about", "deaths", "Sri Lanka", "Sri Lanka - approximately 28,500"),
            F(7700, "over", "deaths", "India", "India - more than 7,700"),
            F(300, "over", "deaths", W, "More than 300 were killed in Malaysia"),
            F(10500, "up_to", "other", W, "As many as 10,500 foreign nationals are missing"),
            F(17, "exact", "deaths", W, "Sweden has 17 confirmed dead"),
            F(2500, "over", "other", W, "more than 2,500 are still missing"),
        ],
        "quotes": [],
        "places": [
            "Asia",
            "Indonesia",
            "Aceh",
            "Sri Lanka",
            "India",
            "Malaysia",
            "Myanmar",
            "Bangladesh",
            "Maldives",
            "Somalia",
            "Tanzania",
            "Kenya",
            "Sweden",
        ],
        "dates": [],
    },
    "geovirus-Bad_weather_makes_life_tougher_for_quake_survivors": {
        "figures": [
            F(30000, "over", "deaths", W, "killed more than 30,000 people"),
            F(23000, "exact", "deaths", "officials", "officially stands at 23,000"),
            F(4000000, "exact", "other", W, "4 million who have been made homeless"),
            F(1000000, "exact", "other", W, "1 million in acute need"),
            F(
                1300,
                "at_least",
                "deaths",
                "authorities in the Indian state of Jammu and Kashmir",
                "at least 1,300 people are known to have died",
            ),
            F(
                30,
                "exact",
                "places",
                "Jan Vandemoortele, U.N. Resident Coordinator for Pakistan",
                "30 countries including Australia",
            ),
            F(1000000, "vague", "other", "United Nations officials", "the millions of survivors"),
        ],
        "quotes": [
            Q(
                "direct",
                "a man in Pakistan-administered Kashmir",
                "I find that we are alone now. We have nothing.",
            ),
        ],
        "places": [
            "South Asia",
            "Pakistan",
            "Jammu and Kashmir",
            "Pakistan-administered Kashmir",
            "Australia",
            "France",
            "Japan",
            "Jordan",
            "China",
            "Russia",
            "Iran",
            "Syria",
            "US",
        ],
        "dates": [],
    },
    "geovirus-%27Explosive%27_Haitian_cholera_outbreak_kills_292,_neighboring_countries_prepare": {
        "figures": [
            F(292, "exact", "deaths", "the Haitian government", "killed 292 people"),
            F(4000, "over", "other", "the Haitian government", "infected over 4000"),
        ],
        "quotes": [
            Q("direct", "Jon Andrus", "health aides are in Haitian camps, educating people"),
            Q("mixed", "Jon Andrus", "the goal is to provide 24-hours-a-day medical care"),
            Q("mixed", "The United Nations (UN)", "extremely serious"),
            Q("mixed", "The United Nations (UN)", "irresponsible to plan for anything but a considerably"),
            Q("mixed", "Bruce Golding", "we must all ensure that we practise good hygiene"),
        ],
        "places": ["Port-au-Prince", "Dominican Republic", "Jamaica", "Haiti"],
        "dates": [],
    },
    "geovirus-London_court_jails_man_after_Dark_Web_ricin_sting": {
        "figures": [
            F(1400, "about", "killed", W, "the potential to kill about 1,400"),
        ],
        "quotes": [
            Q("mixed", "Mohammed Ali", "curious"),
            Q("direct", "Mohammed Ali", "Hi, would you be able to make me some ricin"),
            Q("mixed", "Mr Justice Saunders", "real risk"),
            Q("direct", "Mohammed Ali", "paid ricin guy"),
            Q("direct", "Mohammed Ali", "get pet to murder"),
        ],
        "places": ["Old Bailey", "London", "Liverpool", "UK"],
        "dates": [],
    },
    "geovirus-Saudi_Arabia_fears_Hajj_swine_flu_outbreak_as_four_pilgrims_die": {
        "figures": [
            F(
                4,
                "exact",
                "deaths",
                "the Health Ministry",
                "Four, with underlying health issues, have already died",
            ),
            F(2, "exact", "deaths", "the Health Ministry", "Two men and a woman in their seventies"),
            F(1, "exact", "deaths", "the Health Ministry", "One died in Mecca"),
            F(
                6750,
                "exact",
                "deaths",
                "The World Health Organisation",
                "current swine flu death toll at 6,750",
            ),
            F(4, "exact", "other", W, "Four more people are in Saudi hospitals"),
            F(12, "exact", "other", W, "a further twelve are recovering in hospital"),
            F(3000000, "about", "other", W, "around three million make the pilgrimage"),
            F(15000, "exact", "other", W, "Fifteen thousand extra medical staff"),
            F(100, "vague", "other", W, "hundreds of extra hospital beds"),
            F(100, "vague", "other", W, "forbade hundreds of Muslims"),
        ],
        "quotes": [],
        "places": [
            "Mecca",
            "India",
            "Sudan",
            "Morocco",
            "Nigeria",
            "Medina",
            "Egypt",
            "Cairo",
            "Africa",
            "Middle East",
            "Saudi Arabia",
            "Iran",
        ],
        "dates": [],
    },
    "geovirus-Meteorite_blamed_for_mysterious_illness_in_Peru": {
        "figures": [
            F(
                200,
                "about",
                "other",
                "a local health department official, Jorge López",
                "roughly 200 villagers",
            ),
            F(1000, "up_to", "other", W, "home to less than 1,000 people"),
        ],
        "quotes": [
            Q("mixed", "Jorge López", "nausea, vomiting, digestive problems and general sickness"),
            Q("direct", "Jorge López", "Boiling water started coming out of the crater"),
            Q("mixed", "Ursula Marvin", "wouldn't get much gas out of the earth"),
            Q("direct", "Don Yeomans", "Statistically, it's far more likely to have come from below"),
            Q("mixed", "Dr Caroline Smith", "a lake of sedimentary deposit, which may be full of"),
            Q("mixed", "David Syzdek", "that is producing toxic gasses [sic] such as methane"),
        ],
        "places": [
            "Carancas",
            "Lake Titicaca",
            "Puno",
            "Peru",
            "Bolivia",
            "Desaguadero",
            "Massachusetts",
            "London",
        ],
        "dates": [],
    },
    "geovirus-Cholera_outbreak_hits_Angola": {
        "figures": [
            # restated in Veerman's quote ("the official number of deaths countrywide is now more than 1,200")
            F(
                1200,
                "over",
                "deaths",
                "Spokesman for Medecines Sans Frontiere Richard Veerman",
                "killed over 1,200 people",
            ),
            F(
                35000,
                "about",
                "other",
                "The UN World Health Organization (WHO)",
                "about 35,000 people have fallen ill",
            ),
            F(546, "exact", "other", "The UN", "546 new cases"),
            F(31, "exact", "deaths", "The UN", "31 deaths reported in the last 24 hours"),
        ],
        "quotes": [
            Q("direct", "Richard Veerman", "Angola is heading for its worst ever outbreak"),
            Q("direct", "Richard Veerman", "It's very worrying, the official number of deaths"),
        ],
        "places": ["Angola", "Luanda"],
        "dates": [],
    },
    "geovirus-Turkish_government_accused_of_being_too_slow_to_respond_to_bird_flu": {
        "figures": [
            F(3, "exact", "deaths", W, "three siblings died"),
            F(3, "exact", "other", "The mayor of Dogubayazit, Mukkades Kubilay", "sent only three doctors"),
            F(
                11,
                "exact",
                "places",
                "Agriculture Minister Mehdi Eker",
                "confirmed in 11 of Turkey's 81 provinces",
            ),
            F(81, "exact", "places", W, "Turkey's 81 provinces"),
            F(14, "exact", "places", "Agriculture Minister Mehdi Eker", "suspected in 14 others"),
            F(18, "exact", "other", W, "confirmed human cases of H5N1 in Turkey is 18"),
        ],
        "quotes": [],
        "places": ["Dogubayazit", "Turkey"],
        "dates": [D("December, 2005", "2005-12"), D("December 15, 2005", "2005-12-15")],
    },
}


def title_of(ident: str) -> str:
    return urllib.parse.unquote(ident.removeprefix("geovirus-")).replace("_", " ")


def main() -> int:
    return build(
        GOLD,
        OUT,
        corpus="geovirus",
        line=lambda ident, gold, row: record(
            ident, title_of(ident), row["text"], row["date"], W, row["url"], gold
        ),
        description=__doc__.splitlines()[0],
        lengths=(800, 6000),
    )


if __name__ == "__main__":
    sys.exit(main())
