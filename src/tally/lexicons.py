"""Word lists for people: nouns that name a person, gendered nouns and first names.

They come from coreferee (MIT licence), a coreference resolver for spaCy
whose rules ask the same questions tally asks of speakers and pronouns: can
this noun be a person ("nominee", "spokeswoman"), and can "she" refer to
"Barack Obama"? The files are read from the installed package's data folders
without importing coreferee, whose import loads its neural components. When
the package is missing every list is empty and callers fall back to what the
article itself says.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import cache
from pathlib import Path

MALE, FEMALE = "m", "f"

#: Pronouns and the gender they carry.
PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "she": FEMALE, "her": FEMALE, "hers": FEMALE}


def _data_file(*parts: str) -> Path | None:
    spec = importlib.util.find_spec("coreferee")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


@cache
def _words(*parts: str) -> frozenset[str]:
    path = _data_file(*parts)
    if path is None:
        return frozenset()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip())


@cache
def person_nouns() -> frozenset[str]:
    """Lower-cased English nouns (singular) for people and their roles: "official", "nominee"."""
    return frozenset(w.lower() for w in _words("lang", "en", "data", "person_words.dat"))


@cache
def gendered_nouns() -> dict[str, str]:
    """Nouns that carry a gender ("spokeswoman" → f, "congressman" → m), lower-cased."""
    out = {w.lower(): FEMALE for w in _words("lang", "en", "data", "exclusively_female_words.dat")}
    out.update({w.lower(): MALE for w in _words("lang", "en", "data", "exclusively_male_words.dat")})
    return out


@cache
def first_name_gender() -> dict[str, str]:
    """First names given to one gender only ("Barack" → m, "Melanie" → f); names given to both are left out."""
    male = _words("lang", "common", "data", "male_names.dat")
    female = _words("lang", "common", "data", "female_names.dat")
    out = {n: MALE for n in male - female}
    out.update({n: FEMALE for n in female - male})
    return out


def given_name_gender(names: list[str]) -> str | None:
    """The gender of a name written as its capitalised words, titles left out.

    The first of two or more words is a first name ("Hillary Clinton"); a lone
    surname says nothing ("Clinton" is also a first name).
    """
    if len(names) < 2:
        return None
    genders = first_name_gender()
    # the lists spell names without accents: "Nicolás" is "Nicolas"
    folded = unicodedata.normalize("NFKD", names[0]).encode("ascii", "ignore").decode()
    return genders.get(names[0]) or genders.get(folded)


@cache
def first_names() -> frozenset[str]:
    """First names of either gender, as capitalised in the lists ("Loretta", "Jordan")."""
    return _words("lang", "common", "data", "male_names.dat") | _words(
        "lang", "common", "data", "female_names.dat"
    )


def is_person_noun(word: str) -> bool:
    """*word* (any case, singular or a regular plural) is a noun for people."""
    low = word.lower()
    nouns = person_nouns()
    if low in nouns:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("men", "man"), ("women", "woman")):
        if low.endswith(suffix) and low[: -len(suffix)] + repl in nouns:
            return True
    return False
