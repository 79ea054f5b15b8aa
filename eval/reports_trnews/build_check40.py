"""Write ``reports/check40.jsonl``: 8 more real TR-News articles, annotated by hand.

The annotation below was written by a session that never ran tally nor read its code or
output, by ``../shared/ANNOTATION.md`` and the conventions of ``README.md`` (the outlet is
named when nothing attributes a figure; ``published`` only where the corpus's date field or
the URL gives a full date, the former told in ``published_from``; an undated article lists only
dates it resolves to a year).

The articles come from the held half of TR-News (``/tmp/r40/halves/trnews/held.jsonl`` when
it was built); their texts, titles and URLs are read from the TR-News dev set
(``trnews/dev.jsonl`` under ``$TALLY_EVAL_ROOT``, else ``../shared/eval`` beside the checkout)
and copied unchanged. Every verbatim string (figure evidence, quote start, place, date text) is
checked against the text, and the script fails loudly when one is not found
(``tally.evaluate.reports_gold`` does the checking and the writing for every builder of this gold).

    python eval/reports_trnews/build_check40.py [--source PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

from tally.evaluate.reports_gold import build, date, fig, from_row, quote

OUT = Path(__file__).resolve().parent / "reports" / "check40.jsonl"

# id -> (published, outlet, figures, quotes, places, dates)
GOLD: dict[str, dict] = {
    # CNN: the Eiffel Tower goes dark for Aleppo; the ceasefire collapses (CNN's URL date).
    "trnews-1030005": {
        "published": "2016-12-14",
        "outlet": "CNN",
        "figures": [
            fig(50000, "about", "other", "CNN", "some 50,000 civilians"),
        ],
        "quotes": [
            # "he said in a statement": the speaker is not named in the text the corpus kept.
            quote(
                "direct",
                "an unnamed man",
                "While the reasons for the breakdown in the ceasefire are disputed",
            ),
        ],
        "places": ["Aleppo", "Paris", "Syria", "Turkey", "Russia"],
        "dates": [date("December 5", "2016-12-05"), date("Wednesday", "2016-12-14")],
    },
    # Moberly Monitor: a DWI arrest after a crash near Holliday, Missouri (corpus date 2017-05-08).
    "trnews-1200001": {
        "published": "2017-05-08",
        "outlet": "Moberly Monitor",
        "figures": [],
        "quotes": [],
        "places": [
            "HOLLIDAY",
            "Mo.",
            "Paris",
            "Missouri",
            "Monroe County",
            "Marion County",
            "Route C",
            "University Hospital",
            "Columbia",
        ],
        "dates": [date("Friday", "2017-05-05"), date("May 5", "2017-05-05")],
    },
    # CTV News: BC Hydro expropriates a farm family for the Site C dam (undated).
    "trnews-1080004": {
        "published": None,
        "outlet": "CTV News",
        "figures": [
            fig(400000, "exact", "other", "CTV News", "light up 400,000 homes"),
            fig(6, "exact", "other", "CTV News", "six other landowners"),
            fig(30, "about", "other", "Hydro officials", "about 30 homes"),
            fig(20, "exact", "other", "Hydro officials", "20 of those can be moved"),
        ],
        "quotes": [
            quote("direct", "Jessica McDonald", "We were not able to come to a consensual agreement"),
            quote("direct", "Jessica McDonald", "We have agreed with the Boons that they will remain"),
            quote("mixed", "Arlene Boon", "Hydro's plan is to flood our property and destroy it."),
            quote("direct", "Jessica McDonald", "It sets out that they have committed they won't"),
        ],
        "places": [
            "VICTORIA",
            "British Columbia",
            "B.C.",
            "Site C",
            "Peace River",
            "Peace River Valley",
            "Fort St. John",
        ],
        "dates": [date("2015", "2015"), date("2024", "2024")],
    },
    # ABC (Australia): dengue in Cairns and blood donations. The corpus's date field says
    # "20 Jan 201" (year cut); the URL gives 2015-01-21. As for trnews-1090004 in tune, the
    # corpus's day is kept and the year taken from the URL.
    "trnews-1090003": {
        "published": "2015-01-20",
        "published_from": "corpus date field '20 Jan 201' with the URL's year: 2015-01-20",
        "outlet": "ABC",
        "figures": [
            fig(9, "exact", "other", "ABC", "Nine cases of the mosquito-borne illness"),
            fig(136, "exact", "other", "ABC", "136 people were diagnosed"),
        ],
        "quotes": [
            quote("direct", "Sandy Holmes", "If you walk into that area, if you drive your car"),
            quote("direct", "Sandy Holmes", "If they've been to perhaps one of the shopping centres"),
        ],
        "places": [
            "Queensland",
            "Cairns",
            "Edmonton",
            "Mount Sheridan",
            "Bentley Park",
            "Trinity Beach",
            "Mooroobool",
        ],
        "dates": [date("last year", "2014")],
    },
    # BBC: the head of King Juan Carlos University accused of plagiarism (undated).
    "trnews-1020013": {
        "published": None,
        "outlet": "BBC",
        "figures": [
            fig(40000, "exact", "other", "BBC", "An email sent to 40,000 students"),
            fig(9, "at_least", "other", "BBC", "at least nine separate petitions"),
            fig(10000, "vague", "other", "BBC", "tens of thousands of signatures"),
        ],
        "quotes": [
            quote(
                "mixed",
                "the permanent commission of the conference of Spanish university chancellors",
                "information published about presumed plagiarism",
            ),
            quote("mixed", "Bernard Vincent", "scandalous"),
            quote("direct", "Bernard Vincent", "I'm absolutely indignant."),
            quote("direct", "one of the students' petitions", "Plagiarism is grounds for any student to be"),
        ],
        "places": ["Madrid"],
        "dates": [],
    },
    # BBC: Jill Stein raises funds for a Wisconsin recount (undated).
    "trnews-1020001": {
        "published": None,
        "outlet": "BBC",
        "figures": [
            fig(2, "exact", "places", "BBC", "recounts in two states"),
        ],
        "quotes": [],
        "places": ["US", "Wisconsin", "Pennsylvania", "Michigan"],
        "dates": [],
    },
    # Reuters: Obama pardons his last turkey (undated: the corpus's "Wed Nov 23" has no year).
    "trnews-1060001": {
        "published": None,
        "outlet": "Reuters",
        "figures": [],
        "quotes": [
            quote("direct", "Barack Obama", "Of course, Thanksgiving is a family holiday"),
            quote("direct", "Barack Obama", "This year they had a scheduling conflict"),
        ],
        "places": ["WASHINGTON", "U.S.", "Rose Garden", "Iowa"],
        "dates": [],
    },
    # CBC News: Edmonton eighth in the Conference Board's City Health Monitor (undated:
    # the corpus's "Dec 13, 20" has no year).
    "trnews-1010018": {
        "published": None,
        "outlet": "CBC News",
        "figures": [
            fig(
                10,
                "exact",
                "places",
                "the Conference Board of Canada's City Health Monitor report",
                "eighth place out of 10 Canadian cities",
            ),
            fig(24, "exact", "other", "CBC News", "based on 24 indicators"),
            fig(4, "exact", "other", "CBC News", "grouped into four categories"),
        ],
        "quotes": [
            quote("direct", "Louis Theriault", "Overall Edmonton received a B ranking"),
            quote("direct", "Louis Theriault", "It's not as low as the ranking seems to suggest."),
            quote("direct", "Louis Theriault", "What stands out is when you look at population health"),
            quote("direct", "Louis Theriault", "When you look at more details around lifestyle"),
            quote("direct", "Louis Theriault", "It's good in terms of healthcare access"),
            quote("direct", "Louis Theriault", "It's hard to draw causalities, but it's really"),
            quote("direct", "Louis Theriault", "That's the objective of this kind of report"),
            quote("direct", "Louis Theriault", "When you can act and do something preemptively"),
        ],
        "places": [
            "Edmonton",
            "Alberta",
            "Canada",
            "Vancouver",
            "Calgary",
            "Saskatoon",
            "Winnipeg",
            "Toronto",
            "Ottawa",
            "Montreal",
            "Quebec City",
            "Halifax",
        ],
        "dates": [],
    },
}


def main() -> int:
    return build(
        GOLD,
        OUT,
        corpus="trnews",
        line=from_row,
        description=__doc__.splitlines()[0],
    )


if __name__ == "__main__":
    sys.exit(main())
