"""Write ``reports/check40.jsonl``: 8 more real LGL articles, annotated by hand (round 40).

The annotation is held below; the texts are read from the LGL corpus (``lgl/dev.jsonl`` under
``$TALLY_EVAL_ROOT``, else ``../shared/eval`` beside the checkout, or the path given with
``--source``), unchanged. Every verbatim string (figure ``evidence``, quote ``text_start``,
place, date ``text``) must be a substring of the article's text (a figure's evidence may instead
lie in the title); the script fails loudly otherwise, and if an article was already in another
split (``tally.evaluate.reports_gold`` does the checking and the writing for every builder of
this gold).

Conventions as in ``README.md``: ``published`` and ``url`` are null (LGL's ``date`` is the
day of download); ``outlet`` is named from LGL's ``source``; a figure nothing attributes is
asserted by the outlet; relative dates are not listed (no full date precedes them).

    python eval/reports_lgl/build_check40.py [--source path/to/lgl/dev.jsonl]
"""

from __future__ import annotations

import sys
from pathlib import Path

from tally.evaluate.reports_gold import build, record
from tally.evaluate.reports_gold import fig as F
from tally.evaluate.reports_gold import quote as Q

OUT = Path(__file__).resolve().parent / "reports" / "check40.jsonl"

HC = "The Hartford Courant"
KCS = "The Kansas City Star"
GS = "The Gainesville Sun"
AC = "The Augusta Chronicle"
II = "Irish Independent"
PG = "Pittsburgh Post-Gazette"
DN = "Los Angeles Daily News"

GOLD: dict[str, dict] = {
    # Hartford drug raids
    "lgl-40455191": {
        "outlet": HC,
        "figures": [
            F(1248, "exact", "other", "Hartford police", "1,248 bags of heroin"),
            F(3, "exact", "other", "Hartford police", "three guns"),
            F(13, "exact", "arrested", "Hartford police", "arrested 13 people"),
            F(259, "exact", "other", "Hartford police", "259 bags of heroin"),
            F(
                4,
                "exact",
                "arrested",
                "Hartford police",
                "Four people, all of whom live at 44 Hungerford St., were arrested",
            ),
        ],
        "quotes": [],
        "places": ["Hartford", "Hungerford St."],
        "dates": [],
    },
    # North Kansas City apartment fire
    "lgl-41538159": {
        "outlet": KCS,
        "figures": [
            F(1, "exact", "other", KCS, "one building with about eight units was engulfed"),
            F(8, "about", "other", KCS, "about eight units"),
            F(2, "exact", "injured", "fire officials", "Two firefighters reported minor injuries"),
        ],
        "quotes": [
            Q("direct", "Rose", "If it wasn’t for my neighbor, I probably would have died"),
            Q("direct", "Rose", "I have to be around for my son"),
        ],
        "places": [
            "North Kansas City",
            "Sunny Hills Apartments & Town Homes",
            "Northeast Club House Drive",
            "Northland",
            "Kansas City",
            "Interstate 35",
        ],
        "dates": [],
    },
    # Chiefland bar brawl
    "lgl-41377684": {
        "outlet": GS,
        "figures": [
            F(200, "up_to", "other", GS, "involving as many as 200 people"),
            F(3, "exact", "other", GS, "Off-duty officers from three agencies"),
            F(1, "exact", "arrested", "officials", "One man was arrested"),
        ],
        "quotes": [
            Q(
                "direct",
                "Chiefland Police Chief Robert Douglas",
                "Even with all that manpower, it took about 30 minutes",
            ),
            Q(
                "direct",
                "Chiefland Police Chief Robert Douglas",
                "We have had some fights at that bar, but none this big",
            ),
            Q(
                "direct",
                "Chiefland Police Chief Robert Douglas",
                "We aren’t sure what started this, but when we got there",
            ),
            Q(
                "direct",
                "Chiefland Police Chief Robert Douglas",
                "As the fights were broken up, people ran off",
            ),
        ],
        "places": ["Chiefland", "Knucklehead’s Bar", "Cross City"],
        "dates": [],
    },
    # Augusta: shooting staged as cover for a murder
    "lgl-44145248": {
        "outlet": AC,
        "figures": [],
        "quotes": [
            Q("mixed", "Rebecca Sears", "didn't have his money it would be her face"),
            Q("direct", "Sgt. Blaise Dresser", "She wasn't real happy about getting shot"),
        ],
        "places": [
            "Columbia County",
            "Richmond County",
            "Grovetown",
            "Martinez",
            "Healing Hands Physical Therapy",
            "Augusta",
            "Highland Avenue",
            "Hot Springs Drive",
            "Briarwood Drive",
        ],
        "dates": [],
    },
    # Tipperary: five in court over St Patrick's Day violence
    "lgl-42323934": {
        "outlet": II,
        "figures": [
            F(5, "exact", "arrested", II, "FIVE men have appeared in court"),
            F(3, "exact", "arrested", II, "Three of the men were granted bail"),
            F(2, "exact", "arrested", II, "the other two"),
            F(4, "exact", "other", "The court", "four gardai entered his address"),
        ],
        "quotes": [
            Q("mixed", "Detective Inspector William Leahy", "a larger group"),
            Q(
                "mixed",
                "Detective Inspector William Leahy",
                "and a pattern has arisen where witnesses who made complaints",
            ),
            Q("direct", "Inspector Pascal Feeney", "It's the State's contention"),
            Q(
                "direct",
                "Inspector Pascal Feeney",
                "that over the past 12 months a number of injured parties",
            ),
        ],
        "places": [
            "Tipperary",
            "Main Street",
            "Abbey Street",
            "St Ailbe's Drive",
            "Carrowclough",
            "Upper Abbey Street",
            "Cahir",
        ],
        "dates": [],
    },
    # Hempfield: man run over outside a grocery store
    "lgl-43760800": {
        "outlet": PG,
        "figures": [
            F(3, "exact", "other", PG, "three concrete planters"),
        ],
        "quotes": [
            Q(
                "direct",
                "Westmoreland County Deputy Coroner Gerry Fritz",
                "She's not injured but she is emotionally shaken up",
            ),
        ],
        "places": [
            "Westmoreland County",
            "DeLallo Italian Marketplace",
            "Route 30",
            "Hempfield",
            "Jeannette",
            "Westmoreland Hospital",
            "DeLallo's",
        ],
        "dates": [],
    },
    # Newberry home invasion
    "lgl-41355398": {
        "outlet": GS,
        "figures": [
            F(4, "exact", "other", "the homeowner", "four men forced their way into the home"),
            F(1, "exact", "other", "the homeowner and the woman", "one carrying a gun"),
        ],
        "quotes": [
            Q("direct", "sheriff’s spokesman Art Forgey", "Apparently he was not lying still enough"),
            Q(
                "direct",
                "sheriff’s spokesman Art Forgey",
                "That makes us believe it may have been accidental",
            ),
            Q(
                "direct",
                "sheriff’s spokesman Art Forgey",
                "And they picked up the man and the woman from the kitchen floor",
            ),
        ],
        "places": ["Newberry", "SW 2nd Ave."],
        "dates": [],
    },
    # Los Angeles police on the parole of Sara Jane Olson
    "lgl-39271004": {
        "outlet": DN,
        "figures": [],
        "quotes": [
            Q("direct", "Weber", "We are extremely disappointed with Gov. Schwarzenegger's decision"),
            Q("direct", "Weber", "We believe the governor should have used his discretion"),
            Q("direct", "Weber", "It was a California mother of four she was convicted"),
            Q("direct", "Weber", "We continue to believe that the community she targeted"),
        ],
        "places": [
            "L.A.",
            "Chowchilla",
            "Calif.",
            "Minnesota",
            "Central California Women's Facility",
            "California",
            "Los Angeles",
        ],
        "dates": [
            {"text": "March 17, 2009", "value": "2009-03-17"},
            {"text": "Tuesday", "value": "2009-03-17"},
        ],
    },
}


def main() -> int:
    return build(
        GOLD,
        OUT,
        corpus="lgl",
        line=lambda aid, ann, row: record(aid, row["title"], row["text"], None, ann["outlet"], None, ann),
        description=__doc__.splitlines()[0],
        lengths=(800, 6000),
    )


if __name__ == "__main__":
    sys.exit(main())
