"""Hostile article texts for the extractor side of issue 17, at test-friendly sizes.

Each is ``(name, text)``: odd digits and extreme dates that once made an
extractor raise, and generated long texts on which a stage was superlinear.
The hostile-folder test writes each to a file and analyses the folder.
"""

from __future__ import annotations

from tests.long_texts import GENERATORS

#: Size of the generated long texts: enough to show a quadratic stage, quick to analyse.
LONG = 8_000


def _repeat(unit: str, size: int) -> str:
    """*unit* repeated until the text holds about *size* characters."""
    return unit * max(1, size // len(unit))


HOSTILE_TEXTS: list[tuple[str, str]] = [
    (
        "superscripts",
        "Protesters filled the 500 m² square on May 3, 2019. The crowd of 2,000³ stood for 10⁴ seconds.\n",
    ),
    (
        "subscripts",
        "Police fired tear gas and H₂O cannons on 12 March 2020; CO₂ canisters lay on the road.\n",
    ),
    (
        "footnote marks",
        "Footnote¹ The ministry said 40 people were detained on Monday². ³ Earlier reports said 30.\n",
    ),
    (
        "far dates",
        "---\ndate: 0001-01-01\n---\nPolice detained 40 protesters yesterday, two years ago and "
        "last week in Minsk, the ministry said. In 0000 and on March 3, 10000 nobody marched.\n",
    ),
    (
        "end of time",
        "---\ndate: 9999-12-31\n---\nTomorrow 20 people will march, and next year more, organisers said.\n",
    ),
    (
        "tweet out of the calendar",
        "Protesters marched on Sunday.\n\nThey beat us yesterday pic.twitter.com/abc123 — Ana Rojas "
        "(@anarojas) March 3, 10000\n\nThey came back last night pic.twitter.com/def456 — Bo Lind "
        "(@bolind) January 1, 0000\n",
    ),
    ("run of quote marks", '"' * 10_000 + "\n"),
    ("run of mixed marks", "Police said " + "“‘«(" * 1_500 + " 40 people were detained.\n"),
    # round 55's cleaning steps: a Markdown heading and an HTML body whose white space once fed a
    # pattern that backtracked over each run; a long line of mojibake and C1 controls
    ("markdown heading of spaces", "# Police" + " " * 8_000 + "fired ##\n\n**BASRA** \u2014 40 held.\n"),
    ("html body of empty tags", "<p>Police held 40" + "<b></b> " * 2_000 + "students.</p>\n"),
    ("mojibake run", "\u00e2\u20ac\u0153Stay\u00e2\u20ac\x9d " * 1_000 + "NEWARK \x97 40 held.\n"),
    *(
        (f"long {kind}", GENERATORS[kind](LONG))
        for kind in ("quotes", "figures", "paragraphs", "capitalised")
    ),
]
