"""Write thousands grouped by spaces ("1 500", "1\u00a0500") with a comma, as English prints them.

Outlets and agencies that follow the SI or French style (UN offices, European and Belarusian
sites, web pages that keep a no-break space between groups) print "at least 1 500 people". The
tokenizer splits that into two numbers, so tally counted 1 and 500 (or nothing, with a plain
space) where the article says 1,500. A comma in place of the space is the same length, so no
offset moves; every later stage reads "1,500".

Only a run that reads as one number is joined: a first group of one to three digits that does
not open with 0, then groups of exactly three digits, with no digit, "+" or other group beside
the run (a telephone number, "0800 555 111" or "+41 22 917 0000", stays as typed).
"""

from __future__ import annotations

import re

#: The spaces printed between groups of digits: a space, a no-break space, a narrow no-break
#: space, a thin space.
_GROUP_SPACES = " \u00a0\u202f\u2009"
#: A grouped number standing alone (see the module docstring).
_GROUPED = re.compile(
    rf"(?<![\d,.+])(?<![\d+][{_GROUP_SPACES}])([1-9]\d{{0,2}})((?:[{_GROUP_SPACES}]\d{{3}})+)"
    rf"(?![\d,.]?\d)(?![{_GROUP_SPACES}]\d)"
)
_TO_COMMA = str.maketrans({space: "," for space in _GROUP_SPACES})


def _joined(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2).translate(_TO_COMMA)


def join_digit_groups(text: str) -> str:
    """*text* with each number whose thousands are grouped by spaces written with commas."""
    return _GROUPED.sub(_joined, text)
