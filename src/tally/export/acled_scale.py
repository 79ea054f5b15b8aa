"""ACLED's ``source_scale``: how far an outlet's coverage reaches, read from the outlet's name.

ACLED codes each source's scope (Local, Subnational, National, Regional,
International, New media, Other) and joins the scopes of an event's sources with
"-" ("National-International"). tally knows an outlet only by its name, so the
scope is what the name says, through the gazetteer:

- a region wider than one country ("Central Asia Monitor", "Baltic Wire", "Horn
  Wire", "Africa News") is Regional; "International", "Global", "World" are
  International;
- the event's country, its demonym or its capital ("Kenya Times", "Iranian
  Daily", "Minsk Herald") is National; another town or province of that country
  ("Rift Valley Times", "Almaty Voice") is Subnational;
- a name that says none of these gives no scope, and an event none of whose
  outlets has one gets an empty cell rather than a guess.
"""

from __future__ import annotations

import re

from tally.resources.gazetteer import Gazetteer, load_gazetteer

#: ACLED's scopes, narrowest first (the order of a combination such as "Subnational-National").
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")

_INTERNATIONAL = re.compile(r"\b(international|global|world|worldwide)\b", re.I)
# Regions wider than a country that outlets are named after; a continent is one too.
_REGIONAL = re.compile(
    r"\b(africa|african|asia|asian|europe|european|baltic|balkans?|caucasus|sahel|horn|gulf|levant|"
    r"maghreb|middle east|latin america|arab|arabia|pan-african|eurasia|eurasian|pacific|caribbean|"
    r"scandinavia|nordic)\b",
    re.I,
)
_WORD = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*")
#: Words of outlets' names that are also the names of small towns somewhere ("Post", Texas).
_MASTHEAD_WORDS = frozenset(
    [
        "post",
        "times",
        "daily",
        "news",
        "wire",
        "voice",
        "herald",
        "standard",
        "star",
        "tribune",
        "monitor",
        "observer",
        "guardian",
        "express",
        "mail",
        "telegraph",
        "journal",
        "gazette",
        "gazeta",
        "press",
        "online",
        "today",
        "chronicle",
        "capital",
        "nation",
        "sun",
        "independent",
        "citizen",
        "review",
        "weekly",
        "agency",
        "national",
        "union",
        "centre",
        "center",
        "committee",
        "watch",
        "digest",
        "report",
        "radio",
        "tv",
        "television",
        "broadcasting",
        "network",
        "media",
        "free",
        "new",
        "nasha",
        "east",
        "west",
        "north",
        "south",
        "central",
    ]
)


def _named_places(outlet: str, gazetteer: Gazetteer) -> list[tuple[str, str, bool]]:
    """(kind, country, capital) of each gazetteer place the outlet's capitalised words name."""
    found: list[tuple[str, str, bool]] = []
    for run in _WORD.findall(outlet):
        words = run.split()
        # every contiguous piece of a capitalised run, longest first ("Rift Valley" before "Rift")
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                piece = " ".join(words[i : i + size])
                if size == 1 and piece.lower() in _MASTHEAD_WORDS:
                    continue
                for entry in gazetteer.lookup(piece):
                    if entry.kind in ("country", "admin1", "admin2", "city") and entry.country:
                        found.append((entry.kind, entry.country, entry.capital))
                demonym = gazetteer.demonym(piece) if size == 1 else None
                if demonym is not None and demonym.country:
                    found.append(("country", demonym.country, False))
    return found


def outlet_scale(outlet: str, iso2: str, gazetteer: Gazetteer | None = None) -> str:
    """ACLED's scope of one outlet reporting an event in *iso2*, "" when its name says nothing."""
    if _INTERNATIONAL.search(outlet):
        return "International"
    if _REGIONAL.search(outlet):
        return "Regional"
    places = _named_places(outlet, gazetteer or load_gazetteer())
    ours = [p for p in places if p[1] == iso2]
    if any(kind == "country" or capital for kind, _, capital in ours):
        return "National"
    if ours:
        return "Subnational"
    if any(kind == "country" for kind, _, _ in places):
        return "International"  # an outlet of another country reporting this one
    return ""


def source_scale(outlets: list[str], iso2: str) -> str:
    """The scopes of an event's outlets, narrowest first and joined as ACLED joins them."""
    gazetteer = load_gazetteer()
    scales = {outlet_scale(o, iso2, gazetteer) for o in outlets} - {""}
    return "-".join(s for s in SCALES if s in scales)
