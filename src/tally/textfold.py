"""Folding text for comparison: the one home of the three ways tally compares names.

Each way has a reason to differ, so they are three functions, not one:

- :func:`fold_name` (the entity index within an article): case and accents
  go, apostrophes are unified, punctuation stays, because "Abu Khadija" and
  "Abu-Khadija" may be two people while "al-Rufay’i" and "al-Rufay'i" are one;
- :func:`fold_key` (linking across articles): punctuation becomes space and
  apostrophes go, so outlets' spellings of one name meet ("Rufay'i", "Rufayi");
- :func:`fold_place` (the gazetteer): dots and apostrophes go and hyphens
  become spaces, so "U.S." is "us" and "Côte d'Ivoire" is "cote divoire", as
  GeoNames writes its alternate names; only letters, digits and spaces stay.

All three start from :func:`strip_accents`.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_NAME = re.compile(r"[^a-z0-9 ]")
_APOSTROPHES = "'’‘`´ʼʻ"


def strip_accents(text: str) -> str:
    """``Behbahān`` -> ``Behbahan``: compatibility decomposition without combining marks."""
    if text.isascii():  # ASCII is unchanged by NFKD and has no combining marks: skip the work
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_name(text: str) -> str:
    """Lower-case, ASCII-fold and unify apostrophes, for comparing names within an article."""
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(strip_accents(text).lower().split())


def fold_key(text: str) -> str:
    """ASCII, lower case, apostrophes dropped, other punctuation to spaces, honorifics kept."""
    out = []
    for char in strip_accents(text).lower():
        if char in _APOSTROPHES:
            continue
        out.append(char if char.isalnum() else " ")
    return " ".join("".join(out).split())


#: Latin letters that have no decomposition into a base letter and a mark, spelt as
#: GeoNames spells them in ASCII: "Inđija" is "Indjija"'s "Indija", "Łódź" is "Lodz",
#: "Diyarbakır" is "Diyarbakir"; dropped as non-letters they cut a name in two.
_UNDECOMPOSED = str.maketrans(
    {
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
        "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th",
    }
)  # fmt: skip


def spell_undecomposed(text: str) -> str:
    """*text* with each Latin letter that has no decomposition spelt in ASCII ("Łódź" -> "Lodź")."""
    return text if text.isascii() else text.translate(_UNDECOMPOSED)


def fold_place(text: str) -> str:
    """ASCII-fold *text* for gazetteer matching: ``Behbahān`` -> ``behbahan``, ``U.S.`` -> ``us``.

    Diacritics go, case goes, dots and apostrophes go (``U.S.`` = ``US``,
    ``Côte d'Ivoire`` = ``cote divoire``), hyphens become spaces; letters without a
    decomposition take their ASCII spelling (``Łódź`` = ``lodz``).
    """
    ascii_text = (
        strip_accents(spell_undecomposed(text)).lower().replace("-", " ").replace("’", "").replace("'", "")
    )
    ascii_text = ascii_text.replace(".", "")
    ascii_text = _NON_NAME.sub(" ", ascii_text)
    return _SPACES.sub(" ", ascii_text).strip()
