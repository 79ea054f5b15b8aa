"""Write ``reports/check40.jsonl``: 8 more real GeoWebNews articles, annotated by hand.

The annotation below was written by a session that never ran tally nor read its code or
output, by ``../shared/ANNOTATION.md`` and the conventions of ``README.md`` (the outlet is
named from the URL's site when nothing attributes a figure; ``published`` only where the
URL carries ``/YYYY/MM/DD/``; an undated article lists only dates it resolves to a year).

The texts, titles and URLs are read from the GeoWebNews dev set (``geowebnews/dev.jsonl`` under
``$TALLY_EVAL_ROOT``, else ``../shared/eval`` beside the checkout) and copied unchanged. Every
verbatim string (figure evidence, quote start, place, date text) is checked against the text, and
the script fails loudly when one is not found (``tally.evaluate.reports_gold`` does the checking
and the writing for every builder of this gold).

    python eval/reports_geoweb/build_check40.py [--source PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

from tally.evaluate.reports_gold import build, date, fig, from_row, quote

OUT = Path(__file__).resolve().parent / "reports" / "check40.jsonl"

# id -> (published, outlet, figures, quotes, places, dates)
GOLD: dict[str, dict] = {
    # CNN copy on ClickOnDetroit: Park Geun-hye sentenced to 24 years.
    "gwn-291": {
        "published": None,
        "outlet": "ClickOnDetroit",
        "figures": [
            fig(16, "exact", "other", "ClickOnDetroit", "Park was found guilty of 16 of the 18 charges"),
            fig(18, "exact", "other", "ClickOnDetroit", "16 of the 18 charges she faced"),
            fig(100, "vague", "protesters", "ClickOnDetroit", "hundreds of supporters of Park had gathered"),
            fig(
                1000000,
                "vague",
                "protesters",
                "ClickOnDetroit",
                "millions of South Koreans took to the streets",
            ),
            fig(18, "exact", "other", "ClickOnDetroit", "sentenced to 20 years in jail on 18 charges"),
        ],
        "quotes": [
            quote("direct", "the judge", "The President abused the power which was given to her"),
            quote("mixed", "unnamed accusers of Choi's father", "complete control over Park's body and soul"),
        ],
        "places": ["SEOUL", "South Korea", "Seoul Central District Court", "US"],
        "dates": [date("March 2017", "2017-03"), date("2018", "2018")],
    },
    # Human Rights Watch dispatch: journalist Aziz Orujov released in Azerbaijan.
    "gwn-257": {
        "published": "2018-04-05",
        "outlet": "Human Rights Watch",
        "figures": [
            fig(
                10,
                "at_least",
                "detained",
                "Human Rights Watch",
                "at least ten other journalists who languish in Azerbaijani jails",
            ),
        ],
        "quotes": [],
        "places": ["Baku", "Azerbaijan"],
        "dates": [
            date("April 5, 2018", "2018-04-05"),
            date("2018", "2018"),
            date("today", "2018-04-05"),
            date("May 2017", "2017-05"),
            date("December 2017", "2017-12"),
            date("yesterday", "2018-04-04"),
            date("January", "2018-01"),
            date("April 11", "2018-04-11"),
        ],
    },
    # AP copy on ABC7 New York: NYPD settles the suit over spying on Muslims.
    "gwn-237": {
        "published": None,
        "outlet": "ABC7 New York",
        "figures": [
            fig(2, "exact", "other", "ABC7 New York", "settlements in two other suits"),
        ],
        "quotes": [],
        "places": ["New Jersey", "Newark", "New York City"],
        "dates": [
            date("2012", "2012"),
            date("2014", "2014"),
            date("2015", "2015"),
            date("2016", "2016"),
            date("2018", "2018"),
        ],
    },
    # AP copy on Good4Utah: US approves artillery sale to Saudi Arabia (Yemen war).
    "gwn-255": {
        "published": None,
        "outlet": "Good4Utah",
        "figures": [
            fig(180, "about", "other", "Good4Utah", "about 180 Paladin howitzer systems"),
            fig(2, "exact", "places", "Good4Utah", "the two nations announced"),
            fig(
                10000,
                "vague",
                "other",
                "the State Department",
                "Tens of thousands of U.S. jobs could be created",
            ),
        ],
        "quotes": [
            quote(
                "mixed",
                "The Defense Security Cooperation Agency",
                "contribute to the foreign policy and national security",
            ),
            quote(
                "mixed",
                "The Defense Security Cooperation Agency",
                "political stability and economic progress",
            ),
        ],
        "places": [
            "WASHINGTON",
            "Saudi Arabia",
            "United States",
            "U.S.",
            "Middle East",
            "Yemen",
            "West",
            "New York",
            "Boston",
            "West Coast",
            "Houston",
            "Riyadh",
        ],
        "dates": [],
    },
    # Thomson Reuters Foundation: the 5Pointz graffiti award and street art.
    "gwn-142": {
        "published": None,
        "outlet": "Thomson Reuters Foundation",
        "figures": [
            fig(
                21,
                "exact",
                "other",
                "Thomson Reuters Foundation",
                "awarded $6.75 million to 21 graffiti artists",
            ),
            fig(32, "exact", "places", "Thomson Reuters Foundation", "a grouping of 32 cities"),
            fig(10, "exact", "other", "Thomson Reuters Foundation", "to create 10 projects a year"),
        ],
        "quotes": [
            quote("mixed", "the Visual Artists Rights Act (VARA)", "recognized stature"),
            quote(
                "mixed", "the Visual Artists Rights Act (VARA)", "art experts, the art community, or society"
            ),
            quote("mixed", "Leila Amineddoleh", "recognized stature"),
            quote("direct", "Leila Amineddoleh", "This is huge because it signifies the acceptance"),
            quote("mixed", "Cory L. Stowers", "the end of an era"),
            quote("direct", "Matthieu Prin", "A key milestone in this shift has been the work"),
            quote("direct", "Cory L. Stowers", "In D.C., we've had a large problem with public murals"),
            quote("mixed", "Cory L. Stowers", "shoulder shrug, because there's no real policy"),
            quote("direct", "Jeffrey Scott", "We typically want to see the murals have a lifespan"),
            quote("direct", "Jeffrey Scott", "Usually on a privately owned site we try to get"),
        ],
        "places": ["New York", "United States", "WASHINGTON", "5Pointz", "London", "D.C.", "U.S."],
        "dates": [
            date("1990", "1990"),
            date("November 2017", "2017-11"),
            date("2013", "2013"),
            date("the following year", "2014"),
        ],
    },
    # WUSA9: Pope Francis prays for Alfie Evans; the High Court ruling.
    "gwn-149": {
        "published": None,
        "outlet": "WUSA9",
        "figures": [],
        "quotes": [
            quote("mixed", "Doctors at the Alder Hey Children's Hospital", "unkind, unfair and inhumane."),
            quote("direct", "Pope Francis", "It is my sincere hope that everything necessary may be done"),
            quote("direct", "Noel Conway", "I believe it is possible to change the law so that"),
            quote("direct", "Noel Conway", "It has to be a fundamental human right"),
        ],
        "places": [
            "LONDON",
            "Alder Hey Children's Hospital",
            "Liverpool",
            "England",
            "Vatican",
            "Bambino Gesu Paediatric Hospital",
            "Rome",
            "United States",
            "Britain",
            "U.S.",
        ],
        "dates": [],
    },
    # NBC New York: Conor McGregor arrested after the Barclays Center rampage.
    "gwn-288": {
        "published": None,
        "outlet": "NBC New York",
        "figures": [],
        "quotes": [
            quote("mixed", "A source close to McGregor", "upset and distraught"),
        ],
        "places": ["Barclays Center"],
        "dates": [],
    },
    # Humanitarian News (UNHCR briefing): Venezuelans arriving in Brazil.
    "gwn-280": {
        "published": None,
        "outlet": "Humanitarian News",
        "figures": [
            fig(
                800,
                "over",
                "other",
                "the Brazilian Government",
                "more than 800 Venezuelans are entering Brazil each day",
            ),
            fig(
                52000,
                "over",
                "other",
                "UNHCR spokesperson William Spindler",
                "More than 52,000 Venezuelans [1] have arrived in Brazil",
            ),
            fig(
                40000,
                "about",
                "other",
                "UNHCR spokesperson William Spindler",
                "An estimated 40,000 have entered",
            ),
        ],
        "quotes": [],
        "places": ["Brazil", "Venezuela", "Palais des Nations", "Geneva", "Roraima", "Boa Vista"],
        "dates": [date("2017", "2017")],
    },
}


def main() -> int:
    return build(
        GOLD,
        OUT,
        corpus="geowebnews",
        line=from_row,
        description=__doc__.splitlines()[0],
    )


if __name__ == "__main__":
    sys.exit(main())
