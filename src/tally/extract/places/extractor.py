"""Places: toponyms found in the text and resolved offline to GeoNames entries.

Recognition (the parser's entities, a few patterns, surnames dropped) lives in
:mod:`tally.extract.places.candidates`.

Resolution scores each gazetteer candidate by a population prior plus the
article's context: countries and first-level divisions that the article names
elsewhere (a "Tehran" near "Iran" is the Iranian capital; a "Paris" in an
article about Texas is Paris, Texas), and an explicit qualifier ("Paris,
Texas", "Khuzestan province"). Names that match nothing keep their text and
have no coordinates; tally never makes a point up.

Gazetteer data: GeoNames (CC BY 4.0), see :mod:`tally.resources.gazetteer`.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING

from tally.extract.context import doc_ents, doc_text
from tally.extract.entities import words as entity_words
from tally.extract.entities.descriptions import described_kind
from tally.extract.entities.extractor import capital_initials
from tally.extract.places import words as place_words
from tally.extract.places.candidates import (
    COURSE_PREPOSITIONS,
    MIN_ALTERNATE_SPELLING_POPULATION,
    MIN_METONYMIC_CAPITAL_POPULATION,
    PERSON_PREPOSITIONS,
    SITE_MODIFIER_WORDS,
    Mention,
    find_mentions,
    listed_after_a_place,
    member_of_places,
    named_bodies,
    names_the_gulf_alone,
    place_prepositions,
    preposition_before,
    propagate,
    scan_country_supported,
    scan_supported,
    split_kind_word,
)
from tally.extract.spans import SpanSet
from tally.records import Place
from tally.resources.gazetteer import Entry, Gazetteer, fold, load_gazetteer, same_name

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc

    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)

#: Score added when a candidate lies in a country the article names elsewhere:
#: worth two orders of magnitude of population, so that the Iranian "Tehran"
#: beats any namesake and Paris, Texas beats Paris, France in an article that
#: keeps naming Texas.
COUNTRY_CONTEXT_BONUS = 2.0

#: Score added for each further name (beyond the first) that places the
#: article in the candidate's country, up to MAX_EXTRA_COUNTRY_NAMES names: a
#: country the article keeps naming ("Georgian", "Kutaisi", "Batumi") is a
#: stronger frame than one named once ("US").
EXTRA_COUNTRY_NAME_BONUS = 0.5
MAX_EXTRA_COUNTRY_NAMES = 2

#: Score added per other name of the article that has a reading in the same
#: first-level division as the candidate (the Gainesville of Georgia in a
#: story that also names Hall County and Georgia), up to MAX_ADMIN1_VOTES names.
ADMIN1_VOTE_BONUS = 1.0
MAX_ADMIN1_VOTES = 3.0

#: Score added, beyond the capped votes, to a candidate in a division the article names
#: itself ("Tennessee") when that division's votes pass the cap.
NAMED_DIVISION_BONUS = 1.0

#: A reading votes for its division only when its prior is within this much
#: (orders of magnitude of population) of the name's likeliest reading: the
#: Texan Paris, Athens and Italy, dwarfed by the capitals and the country, do
#: not make an article about Europe a Texan one.
VOTE_PRIOR_GAP = 2.0

#: Score added per other name of the article read as a town or county within
#: NEIGHBOUR_KM of the candidate, up to MAX_NEIGHBOURS names: "Hanover" near
#: "Norwich, Vt." is Hanover, New Hampshire, across the state line that the
#: division votes do not cross.
NEIGHBOUR_KM = 100.0
NEIGHBOUR_BONUS = 1.0
MAX_NEIGHBOURS = 2

#: Divisions are penalised against a city of the same name: "Tehran" and
#: "New York" name the city more often than the province or state around it,
#: while a state much bigger than its namesake city ("Washington") still wins.
ADMIN1_PENALTY = 0.5

#: Counties ("Paris" the French département, "Texas County") rarely beat a
#: city or state of the same name unless the text says "county".
ADMIN2_PENALTY = 1.5

#: A candidate this small (population) is accepted only with support from the
#: context; below it a bare name is more likely a person, a company or a
#: place missing from ``cities500`` than a hamlet, and stays unresolved.
MIN_POPULATION_WITHOUT_CONTEXT = 1000

#: A town smaller than this is read without support from the article's context only when
#: the article places no other name: a village abroad that shares the name of a town the
#: gazetteer lacks ("Koya" of Japan for the Kurdish Koya) is a worse guess than no point.
MIN_UNSUPPORTED_TOWN_POPULATION = 10000

#: A name matched under one of its alternate names ("Manhattan" for New York
#: City) yields to a place whose own name it is (Manhattan, Kansas) unless the
#: alternate reading is ten times bigger.
ALTERNATE_NAME_PENALTY = 1.0

#: Capitals are named in the news far beyond their size ("Washington").
CAPITAL_BONUS = 0.7

#: Context can lift a candidate over the name's likeliest reading only when its prior
#: is within this much of it (orders of magnitude of people): Paris, Texas (25,000
#: against the French capital) can win in a Texan story, a quarter of Khartoum that
#: GeoNames gives no population cannot take "Riyadh" from the Saudi capital.
MAX_CONTEXT_PRIOR_GAP = 5.0

#: A town named like a country can take the country's own name only with neighbours in the
#: article and a prior within this much of the country's ("Jordan" of Kowloon, 40,000
#: people): a hamlet is no reading of "Costa Rica" whatever its neighbours.
COUNTRY_NAME_PRIOR_GAP = 3.5

#: Rounds of context scoring after the first choice by prior alone.
CONTEXT_ROUNDS = 2

#: How far (in log10 of population, after the province's penalty) a town may fall below
#: the province of its name and still be what the bare name means: Valparaíso (0.3 below
#: its region) is the town; Quebec (0.7 below) and Sagaing (1.3 below) the province.
TOWN_OF_DIVISION_PRIOR_GAP = 0.5


def extract_places(ctx: ExtractContext) -> list[Place]:
    """Find the places *ctx.doc* names and resolve each to a gazetteer entry where one fits.

    :param ctx: the parsed article; only ``ctx.doc`` (with its entities) is read.
    :returns: one :class:`Place` per distinct location, all its mentions merged,
        ids ``p1``, ``p2``… in order of first mention.
    """
    return resolve_places(ctx.doc, load_gazetteer())


def resolve_places(doc: Doc, gaz: Gazetteer) -> list[Place]:
    """:func:`extract_places` with the gazetteer given (for tests and batch runs)."""
    mentions = _not_diseases(doc_text(doc), _not_an_organisations_initials(doc, find_mentions(doc, gaz)))
    mentions = _not_tongues(doc_text(doc), mentions)
    mentions = _hyphen_joined_names(doc_text(doc), mentions, gaz)
    _qualify(mentions, doc_text(doc), gaz)
    _choose(mentions)
    # "Hirak" read as Syria's "Al Hirak" in a story on Algeria: a name found only by a
    # spelling without its article, which the article does not back, is no place
    mentions = [m for m in mentions if not (m.bare and m.chosen is None)]
    _capitals_among_capitals(mentions, doc_text(doc))
    _divisions_among_divisions(mentions, doc_text(doc))
    mentions = scan_supported(doc, mentions, gaz, _prior)
    mentions = scan_country_supported(doc, mentions, gaz, _prior)
    mentions += _initials_after_places(doc_text(doc), mentions)
    mentions += _other_spellings(doc, mentions, gaz)
    mentions = propagate(doc, mentions)
    mentions += listed_after_a_place(doc, mentions, gaz)
    text = doc_text(doc)
    mentions += _listed_with_a_resolved_place(text, mentions, gaz)
    mentions += _infobox_location_places(text, mentions, gaz)
    mentions = _unknown_names_said_to_be_places(text, mentions)
    bodies = named_bodies(text)
    mentions = [m for m in mentions if not bodies.overlaps(m.start, m.end)]
    for mention in mentions:
        if (
            _OUTLET_AFTER.match(text, mention.end)
            or _OUTLET_WORD_AFTER.match(text, mention.end)
            or _opens_a_body_name(text, mention)
            or _opens_a_clubs_name(text, mention)
            or _opens_a_title_before_a_name(text, mention)
            or _closes_a_body_name(text, mention)
            or _ends_a_body_name(text, mention)
        ):
            mention.in_name = True  # "the Fars news agency", "Myanmar Now": where the outlet is from
    _outlets_named_alone(doc, text, mentions)
    mentions = _entries_of_a_count_list(text, mentions, gaz)
    _written_with_area_word(text, mentions)
    _written_with_site_word(text, mentions)
    _written_only_with_division_word(text, mentions)
    _towns_sites_beside_the_town(text, mentions)
    mentions += _sites_known_as(text, mentions)
    mentions = _written_with_compass_word(text, mentions)
    mentions = _not_saints_days(text, mentions)
    # again: the steps since resolution (other spellings, propagation, lists) may add a demonym
    # mention of a tongue the first pass already dropped elsewhere in the text
    return _group(_not_tongues(text, mentions), gaz)


#: A saint's feast day: "St. Patrick's Day", "Saint Stephen’s Day", "St. John's Eve".
_SAINTS_DAY = re.compile(r"\b(?:St\.?|Saint)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+(?:Day|Eve)\b")


def _not_saints_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* without those inside a saint's feast day (round 56): "on St. Patrick's Day"
    is a date; the tagger made the saint a place ("Patrick", "St. George" read as the Utah
    town). A town named after a saint ("in St. George, Utah") has no "'s Day" after it."""
    days = SpanSet(match.span() for match in _SAINTS_DAY.finditer(text))
    if not days:
        return mentions
    return [m for m in mentions if not days.overlaps(m.start, m.end)]


#: Words before a demonym that make it a tongue: "speaks Somali", "fluent in Burmese" (the "in"
#: case is read by :func:`_names_a_tongue`).
_SPEAKING_BEFORE = re.compile(
    r"\b(?:speak|speaks|spoke|spoken|speaking|fluent|translated into|translated from)\s+$"
)

#: Words after a demonym that make it a tongue: "the Somali language", "French-speaking",
#: "Persian speakers", "a Burmese translation".
_TONGUE_AFTER = re.compile(
    r"(?:\s+|-)(?:language|languages|speaking|speakers?|translation|translations|translator|translators"
    r"|interpreter|interpreters|subtitles|dialect|dialects)\b"
)

#: "in" right before a demonym, "and" or a comma of a list of tongues allowed between: "taught
#: in Somali", "written in Burmese and English" (group 1: "in" or a list's joint).
_IN_BEFORE = re.compile(r"(?:\b(in)|(,|\band|\bor))\s+$")

#: What may follow a tongue after "in": the end of a clause, a list's joint or a word of grammar
#: ("taught in Somali until …", "broadcast in Persian from …"); a noun or a name after the word
#: makes it an adjective ("in Somali villages", "in Somali Region").
_AFTER_A_TONGUE = re.compile(
    r"(?:\s*(?:$|[.,;:!?)\"”’'—–-])|\s+(?:and|or|until|till|from|to|on|at|by|for|with|without|during|since|as|but"
    r"|while|before|after|when|because|so|than|instead|only|too|the|a|an|is|was|were|are|has|had|have)\b)"
)

#: How far back a list of tongues is followed ("in Burmese, Shan and English").
_TONGUE_LIST_REACH = 4


def _not_tongues(text: str, mentions: list[Mention]) -> list[Mention]:
    """*mentions* without the demonyms that name a language: "classes taught in Somali",
    "speaks French", "a Persian-language station" (round 50). A language is no evidence of where
    anything happened: the small model tags it as a people, so "taught in Somali" listed Somalia
    among the article's places."""
    demonyms = [m for m in mentions if m.demonym]
    if not demonyms:
        return mentions
    tongues: set[int] = set()
    for mention in sorted(demonyms, key=lambda m: m.start):
        if _names_a_tongue(text, mention, tongues):
            tongues.add(mention.start)
    return [m for m in mentions if not (m.demonym and m.start in tongues)]


def _names_a_tongue(text: str, mention: Mention, tongues: set[int]) -> bool:
    """Whether the demonym *mention* names a language: after a verb of speaking, before a word
    for a language or its speakers, or after "in" with no noun after it ("in Somali until …"; a
    name listed after such a tongue too, *tongues* holding the starts of those found before)."""
    if _SPEAKING_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True
    if _TONGUE_AFTER.match(text, mention.end):
        return True
    before = _IN_BEFORE.search(text, max(0, mention.start - 6), mention.start)
    if before is None or not _AFTER_A_TONGUE.match(text, mention.end):
        return False
    if before.group(1):
        return True
    # "in Burmese and English": a name listed right after a tongue
    joint = before.start()
    return any(joint - _TONGUE_LIST_REACH <= t_end <= joint for t_end in _tongue_ends(text, tongues))


def _tongue_ends(text: str, tongues: set[int]) -> list[int]:
    """The ends of the tongues found so far (their starts in *tongues*)."""
    ends = []
    for start in tongues:
        end = start
        while end < len(text) and (text[end].isalpha() or text[end] in "-"):
            end += 1
        ends.append(end)
    return ends


#: The word right before a name, "the" allowed between: "in Torkula", "near the Mouillee",
#: "eastern Ghouta"; a preposition opening a sentence too ("In Githurai, on the outskirts …",
#: round 46; :func:`_cued` reads the lower-case word).
_CUE_BEFORE = re.compile(r"\b([a-z]+|(?:In|Near|From|Outside|Inside|Across|Throughout))\s+(?:the\s+)?$")

#: The first lower-case word after a name ("the Darfur region"), and the one after it
#: ("the Incirlik air base").
_CUE_AFTER = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?")

#: What joins a name to the one before it in a list: "Foua and Kfraya", "Caucasus, Mideast".
_JOIN_BEFORE = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+|/)$")

#: ... and to the one after it, a possessive included: "Somalia's Puntland".
_JOIN_AFTER = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+|/|['’]s\s+)")


@cache
def _kind_words(*lists: frozenset[str]) -> frozenset[str]:
    """The words for a place's kind that *lists* hold together ("the Darfur region", "Kpangalam
    neighbourhoods", "the Incirlik air base"), joined once per language."""
    return frozenset().union(*lists)


#: A name listed right after a place: a comma or "and"/"or", then one to three capitalised
#: words, a lower-case letter second ("Abu al-Khasib" with its particle; no initials), the name
#: not going on nor followed by a verb of saying ("obey Beijing, Xinhua added": the name after
#: the comma is who reports, no item of a list). Each word's run is unambiguous: nothing
#: backtracks.
_LISTED_NAME_AFTER = re.compile(
    r"(?:,[ \u00a0]*(?:and[ \u00a0]+|or[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \u00a0](?:al-|el-)?[A-Z][a-z][\w'’-]*){0,2})"
    r"(?![\w'’-]|[ \u00a0]+[A-Z]|['’]s\b|[ \u00a0]+(?:said|says|added|adds|reported|reports|told|tells|wrote|writes"
    r"|announced|announces|claimed|claims|stated|states|tweeted)\b)"
)

#: The kinds of place a listed name may be read as, and the size a town must have.
_LISTED_KINDS = frozenset({"city", "admin1", "admin2"})
MIN_LISTED_TOWN_POPULATION = 10000


def _listed_with_a_resolved_place(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A name listed right after a town or division the article places ("from Johor and Perak",
    "in Oran, Constantine, Bejaia and Tizi Ouzou") that the gazetteer knows, under that very
    name, as a division or a sizeable town of the same country is a place of the list, whatever
    the parser made of it (the small model calls "Perak" a person and glues "Oran,
    Constantine," into one organisation).

    The list is read from each resolved place forward, one name at a time, so every name of
    the list after a place is read. The same country and the name's own entry keep people
    out: "talks in Moscow, Beijing and Kovalenko" lists no Russian town Kovalenko, and a
    person listed with a town rarely bears the name of a sizeable town of its country."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    queue = [m for m in mentions if _lists_onward(m)]
    while queue:
        place = queue.pop()
        match = _LISTED_NAME_AFTER.match(text, place.end)
        if match is None or taken.overlaps(*match.span("name")):
            continue
        name = match.group("name")
        key = fold(name)
        chosen = place.chosen
        assert chosen is not None
        entries = [
            e
            for e in gaz.lookup(name)
            if e.kind in _LISTED_KINDS
            and e.country == chosen.country
            and same_name(e, key)
            and (e.kind != "city" or e.population >= MIN_LISTED_TOWN_POPULATION)
        ]
        if not entries:
            continue
        start, end = match.span("name")
        listed = Mention(start, end, name, candidates=entries)
        listed.chosen = max(entries, key=lambda e: (e.kind != "city", e.population))
        taken.add(start, end)
        found.append(listed)
        queue.append(listed)
    return found


#: An infobox's field of place, alone on its line: "Location: Basra, Zubair and other towns".
_LOCATION_FIELD = re.compile(r"(?m)^[ \t]*(?:Locations?|Place|Places|Venue):[ \t]*(\S[^\n]*)$")

#: One name of the field: a run of capitalised words after lower-case fillers ("mainly",
#: "also", "and"), up to a comma, a semicolon or the line's end.
_FIELD_ITEM = re.compile(
    r"(?:^|[,;(])\s*(?:[a-z]+\s+){0,2}"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s(?:[A-Z][\w'’.-]*|de|del|da|do|of|al-[\w'’-]+|el-[\w'’-]+)){0,3})"
    r"\s*(?=[,;)]|$|\sand\s)"
)
_FIELD_KINDS = frozenset({"country", "admin1", "admin2", "city"})


def _infobox_location_places(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """An encyclopedia's infobox names where an event took place in a field of its own
    ("Location: Quilmes, mainly Bernal; also Lanús and other towns"): every name of the field
    the gazetteer knows under that very name is a place, whatever the parser made of a line
    with no sentence around it (round 58). An entry of a country the article already places
    wins over a bigger one elsewhere."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    countries = {m.chosen.country for m in mentions if m.chosen is not None and not m.in_name}
    found: list[Mention] = []
    for field_match in _LOCATION_FIELD.finditer(text):
        line, offset = field_match.group(1), field_match.start(1)
        for item in _FIELD_ITEM.finditer(line):
            name = item.group("name").rstrip(".")
            start = offset + item.start("name")
            end = start + len(name)
            if taken.overlaps(start, end):
                continue
            key = fold(name)
            entries = [e for e in gaz.lookup(name) if e.kind in _FIELD_KINDS and same_name(e, key)]
            if not entries:
                continue
            mention = Mention(start, end, name, candidates=entries)
            mention.chosen = max(
                entries, key=lambda e: (e.country in countries, e.kind == "country", e.population)
            )
            countries.add(mention.chosen.country)
            taken.add(start, end)
            found.append(mention)
    return found


#: A site's other name in apposition: ", known as El Rodeo", ", also known as "the Pit"," (group
#: "name": one to four capitalised words, short lower-case particles between; the article "the"
#: and quote marks stay out). The name must end there: no capitalised word, no "'s" after it.
_KNOWN_AS = re.compile(
    r",[ \u00a0]+(?:also[ \u00a0]+|locally[ \u00a0]+|popularly[ \u00a0]+|widely[ \u00a0]+)?known[ \u00a0]+as[ \u00a0]+"
    r"[\"“‘']?(?:the[ \u00a0]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \u00a0](?:(?:de|del|la|el|al|of)[ \u00a0])?[A-Z][\w'’-]*){0,3})"
    r"(?![\w'’-]|[ \u00a0][A-Z]|['’]s\b)"
)

#: Capitalised heads that make the name before them a building's, which a site's other name
#: may follow: "the [name] Central Penitentiary, known as …", "the [name] House, also known as …".
_BUILDING_HEADS = frozenset(
    {"penitentiary", "prison", "jail", "house", "building", "barracks", "residence", "headquarters", "palace"}
)

#: The capitalised run before ", known as" that ends in a building's head: one to five words, a
#: possessive allowed inside ("the [town] Corps Commander's House").
_BUILDING_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]*(?:['’]s)?[ \u00a0]){0,4}(?P<head>[A-Z][a-z]+)$")


def _sites_known_as(text: str, mentions: list[Mention]) -> list[Mention]:
    """A site's other name given in apposition ("taken to [town] central prison, known as
    "[name]"", "held at the [name] Central Penitentiary, known as [name]") is a place: the
    site is one where the article places it, the other name the one people call it by. The
    name before the comma must be a place found (a site with its word) or a building by its
    capitalised head (a prison, a penitentiary, a house, barracks, headquarters); that
    building is then a site too. A person's or a group's other name ("[name], also known as
    [alias]", "an organisation known as …") follows no site and stays out."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    found_before = SpanSet((m.start, m.end) for m in mentions)  # the mentions only, searched by position
    ends = {m.end for m in mentions if _a_site(text, m)}
    found: list[Mention] = []
    for match in _KNOWN_AS.finditer(text):
        start, end = match.span("name")
        if taken.overlaps(start, end):
            continue
        if match.start() not in ends:
            building = _BUILDING_BEFORE.search(text, max(0, match.start() - 80), match.start())
            if building is None or building.group("head").lower() not in _BUILDING_HEADS:
                continue
            site_start = building.start()
            # no mention runs across either edge (one holding the characters on both its sides)
            if not any(found_before.holding(edge - 1, edge + 1) for edge in (site_start, match.start())):
                found.append(Mention(site_start, match.start(), building.group(0), candidates=[], site=True))
                taken.add(site_start, match.start())
        name = Mention(start, end, text[start:end], candidates=[], site=True)
        found.append(name)
        taken.add(start, end)
    return found


def _a_site(text: str, mention: Mention) -> bool:
    """Whether *mention* is a site written with its word ("[town] central prison", "Evin
    prison"), not a town a person may be from ("a singer from [town], known as [alias]")."""
    if mention.demonym or mention.in_name:
        return False
    last = text[mention.start : mention.end].rsplit(None, 1)[-1].lower()
    return last in _BUILDING_HEADS or last in place_words.SITE_WORDS or last in place_words.FACILITY_WORDS


def _lists_onward(mention: Mention) -> bool:
    """Whether *mention* is a named town or division a list may run on from."""
    return (
        mention.chosen is not None
        and mention.chosen.kind in _LISTED_KINDS
        and not mention.demonym
        and not mention.in_name
        and mention.end == mention.start + len(mention.text)
    )


def _unknown_names_said_to_be_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a one-word name the parser tagged as a place that the gazetteer does not know and
    that the text never places: "The Print, an Indian online publication", "talks with
    Newmont", "A Qiang, who used to work in the media", "lockdown over Easter".

    Such a name is the tagger's guess alone; it stays a place when one of its mentions has a
    cue of place: a preposition of place before it ("in Torkula", "near the Mouillee"), a
    word for a place's kind after it ("the Darfur region", "Komah neighbourhoods",
    ``places/unknown_name_cues.txt``), a compass word before it ("eastern Ghouta"), a list
    that joins it to a place ("Foua and Kfraya", "Somalia's Puntland"), a dateline, or a
    seat of government ("the Kremlin")."""
    unknown: dict[str, list[Mention]] = {}
    for mention in mentions:
        if (
            mention.chosen is None
            and not mention.candidates
            and not mention.demonym
            and mention.within is None
            and not mention.dateline
            and mention.text.isalnum()
            and mention.text not in place_words.SEAT_NAMES
            and not names_the_gulf_alone(text, mention.start, mention.end)
        ):
            unknown.setdefault(fold(mention.text), []).append(mention)
    if not unknown:
        return mentions
    by_start: dict[int, list[str]] = {}  # where an unknown name starts: its key
    by_end: dict[int, list[str]] = {}
    for key, group in unknown.items():
        for mention in group:
            by_start.setdefault(mention.start, []).append(key)
            by_end.setdefault(mention.end, []).append(key)
    queue = [key for key, group in unknown.items() if any(_cued(text, m) for m in group)]
    for mention in mentions:
        if fold(mention.text) not in unknown and not mention.demonym:
            queue.extend(_joined_names(text, mention, by_start, by_end))
    kept: set[str] = set()
    while queue:  # "of Puntland and Jubaland": a list's places place each other, once each
        key = queue.pop()
        if key in kept:
            continue
        kept.add(key)
        for mention in unknown[key]:
            queue.extend(_joined_names(text, mention, by_start, by_end))
    drop = {id(m) for key, group in unknown.items() if key not in kept for m in group}
    return [m for m in mentions if id(m) not in drop]


def _cued(text: str, mention: Mention) -> bool:
    """Whether a word before or after *mention* says it is a place: "in Torkula", "eastern
    Ghouta", "the Darfur region", "the Incirlik air base"."""
    before = _CUE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if before is not None:
        word = before.group(1).lower()
        if word in place_prepositions():
            return True
        if word in COURSE_PREPOSITIONS and text[before.end(1) : mention.start].strip() == "the":
            return True  # "the bridges over the Nile", "along the Danube"; not "a lockdown over Easter"
        if word in place_words.UNKNOWN_NAME_CUES and text[before.end(1) : mention.start] == " ":
            return True
    if member_of_places(text, mention.start, mention.end):
        return True  # "districts, including Abara", "Abara and other towns"
    after = _CUE_AFTER.match(text, mention.end)
    if after is None:
        return False
    kinds = _kind_words(
        place_words.UNKNOWN_NAME_CUES,
        place_words.DIVISION_SUFFIXES,
        place_words.CITY_SUFFIXES,
        place_words.SITE_WORDS,
        place_words.LOWER_FEATURE_WORDS,
        place_words.GENERIC_WORDS,
        place_words.STREET_WORDS,
    )
    return any(
        word in kinds or word.removesuffix("s") in kinds  # "Chavchavadze and Melikishvili avenues"
        for word in (after.group(1), after.group(2) or "")
    )


def _joined_names(
    text: str, place: Mention, by_start: dict[int, list[str]], by_end: dict[int, list[str]]
) -> list[str]:
    """The keys of the unknown names a list joins to *place*: the name before it ("Foua and
    [Kfraya]" from Kfraya) and the name after it, its own possession included ("Somalia's
    Puntland"; "Newmont's Peru office" places no Newmont)."""
    found: list[str] = []
    before = _JOIN_BEFORE.search(text, max(0, place.start - 8), place.start)
    if before is not None:
        found.extend(by_end.get(before.start(), ()))
    after = _JOIN_AFTER.match(text, place.end)
    if after is not None:
        found.extend(by_start.get(after.end(), ()))
    return found


#: Words for a disease after its name, one lower-case word between allowed: "Ebola
#: haemorrhagic fever", "the Nipah virus", "Chikungunya, a mosquito-borne disease" (not "outbreak":
#: "the Kampungu outbreak" is where it broke out).
_DISEASE_AFTER = re.compile(
    r"(?:,\s+an?)?\s+(?:[a-z][a-z-]+\s+)?(?:fever|virus|disease|infections?|vaccines?|strain)\b"
)

#: Words before a disease's name: "cases of", "a vaccine against", "infected with".
_DISEASE_BEFORE = re.compile(
    r"\b(?:(?:cases|outbreaks?|symptoms|strains?) of|(?:vaccines?|treatment|cure|tests?) (?:for|against)"
    r"|infected with|died of)\s+(?:the\s+)?$"
)


def _not_diseases(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Ebola virus", "a vaccine against Ebola", "Chikungunya, a mosquito-borne disease": a
    name the gazetteer does not know that the article writes as a disease (a word for one after
    it, or "cases of", "a vaccine against" before it) is the disease in every mention, no place
    (a river or a village it is named after is not what the article names)."""
    diseases = {
        fold(m.text)
        for m in mentions
        if not m.candidates
        and not m.demonym
        and (_DISEASE_AFTER.match(text, m.end) or _DISEASE_BEFORE.search(text, max(0, m.start - 30), m.start))
    }
    if not diseases:
        return mentions
    return [m for m in mentions if m.candidates or fold(m.text) not in diseases]


#: The prepositions of place that do not place an outlet's name after them: "of" and
#: "including", which take a person or a body as readily, and "to" ("according to Xinhua").
_NOT_BEFORE_AN_OUTLETS_PLACE = PERSON_PREPOSITIONS | {"to"}


def _outlets_named_alone(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """ "the Xinhua news agency reported … according to Xinhua", "the official newspaper Granma":
    a name the article itself calls an outlet (lower-case words for one after it, or a noun for
    one right before it) is that outlet, also where it stands alone as the source of a report
    (ANNOTATION.md: a place inside an outlet's name is no place). Only the name that is the
    outlet's whole name: "Tehran" of "the Tehran Times" still speaks for Tehran. A mention after
    a preposition of place ("protests in Fars") stays the place the outlet is named after."""
    outlets: set[str] = set()
    for mention in mentions:
        if mention.demonym:
            continue
        if _OUTLET_AFTER.match(text, mention.end):
            outlets.add(fold(mention.text))
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and described_kind(doc, span.start, span.end) == "MEDIA":
            outlets.add(fold(mention.text))
    if not outlets:
        return
    for mention in mentions:
        if (
            not mention.demonym
            and fold(mention.text) in outlets
            and not preposition_before(text, mention.start, _NOT_BEFORE_AN_OUTLETS_PLACE)
        ):
            mention.in_name = True


#: Lower-case words of a title between a place and its role word: "White House press
#: secretary", "the U.S. deputy attorney general".
_TITLE_WORDS = (
    r"(?:press|deputy|acting|interim|foreign|interior|defense|defence|health|home|justice|finance|state)"
)


#: Offices of police, fire and courts that head a title as role words do: "Lorain County
#: Sheriff X", "Lorain County Fire Marshal X", "State Police Lieutenant X".
_OFFICE_RANKS = (
    "sheriff",
    "marshal",
    "lieutenant",
    "sergeant",
    "captain",
    "detective",
    "trooper",
    "constable",
)

#: A rank or office abbreviated with its full stop, one or two of them: "Oregon Gov. X",
#: "Texas Lt. Gov. X", "State Police Sgt. X" (the offices of ``entities/person_titles.txt``,
#: not its honorifics "Mr.", "Dr.").
_ABBREVIATED_RANK = (
    r"(?:Gov|Lt|Sgt|Sen|Rep|Capt|Col|Gen|Maj|Det|Supt|Atty|Adm|Cpl|Insp)\.(?: (?:Gov|Gen|Col)\.)?"
)


#: Up to two words of a title (capitalised: "Homeland Security"), a role word
#: (``entities/role_words.txt``, an office of :data:`_OFFICE_RANKS`) or an abbreviated rank,
#: an optional "of" and a capitalised word ("Secretary of State"), then a person's two
#: capitalised names.
@cache
def _title_before_a_name(roles: frozenset[str]) -> re.Pattern[str]:
    words = roles | frozenset(_OFFICE_RANKS)
    role = "|".join(re.escape(r) for r in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?: (?:[A-Z][a-z]+|{_TITLE_WORDS})){{0,2}}? (?:(?i:{role})|{_ABBREVIATED_RANK})"
        r"(?: of [A-Z][a-z]+)? [A-Z][a-z]+ [A-Z][a-z]"
    )


def _opens_a_title_before_a_name(text: str, mention: Mention) -> bool:
    """Whether *mention* opens a title of office right before a person's name: "U.S. Secretary
    of State Mara Velden", "Ottawa Mayor Henrik Sollan", "White House press secretary Dana
    Pirell". ANNOTATION.md: a job title is no place; the place still counts where the article
    names it otherwise (its other mentions stay)."""
    if mention.demonym or mention.in_name:
        return False
    return _title_before_a_name(entity_words.ROLE_WORDS).match(text, mention.end) is not None


#: A university or college named, then "at" right before a place: the campus's name, "the
#: University of Texas at Tyler", "California State University at San Marcos".
_CAMPUS_AT = re.compile(r"\b(?:University|College|Institute)(?: of(?: [A-Z][a-z]+){1,2})? at $")

#: A company's legal ending right after a place, with or without its comma: "the Riverside
#: Garden Club of Ohio, Inc.", "Acme Holdings of Nevada LLC".
_LEGAL_ENDING_AFTER = re.compile(r",? (?:Inc|Ltd|LLC|Corp|PLC|GmbH|Pty)\b")

#: How far before a place the name of a campus's university may begin.
_CAMPUS_REACH = 60


def _closes_a_body_name(text: str, mention: Mention) -> bool:
    """Whether *mention* ends the name of a campus or a company: "the University of Texas at
    Tyler", "the Riverside Garden Club of Ohio, Inc.". ANNOTATION.md and issue 13: a place
    word inside an organisation's or company's name is no place (its free-standing mentions
    still are)."""
    if mention.demonym or mention.in_name:
        return False
    if _LEGAL_ENDING_AFTER.match(text, mention.end):
        return True
    return _CAMPUS_AT.search(text, max(0, mention.start - _CAMPUS_REACH), mention.start) is not None


#: The words of a body's name before the place that ends it: capitalised words (or "and",
#: "of", "for", "on" between them) ending in "in", "of" or "of the": "the United Nations Support
#: Mission in ", "the Human Rights Commission of the ". Bounded repeats, anchored at the end.
_BODY_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \u00a0]+(?:(?:and|of|for|on)[ \u00a0]+)?){2,8})(in|of)[ \u00a0]+(?:the[ \u00a0]+)?$"
)

#: The body's initials right after the place: " (UNSMIL)", " (Redhac)", ", AUSSOM,". After a
#: comma they are written in capitals: a capitalised word there is the place's own qualifier
#: ("the [name] University in [quarter], West Jakarta": where the campus is, round 64).
_INITIALS_AFTER_PLACE = re.compile(r" \([A-Z][A-Za-z]{2,7}\b|, [A-Z]{2}[A-Za-z]{1,6}\b")

#: Heads of a body's name beyond ``entities/org_words.txt`` that a place may end: "the
#: African Union Transition Mission in Somalia", "the Network of Rights Defenders in Central
#: Africa".
_BODY_NAME_HEADS = frozenset({"mission", "defenders", "observatory", "tribunal"})

#: How far before a place the name of a body may begin.
_BODY_NAME_REACH = 120


def _ends_a_body_name(text: str, mention: Mention) -> bool:
    """Whether *mention* ends the name of a body: "the United Nations Support Mission in Libya
    (UNSMIL)", "the Human Rights Commission of the Maldives", "the Network of Human Rights
    Defenders in Central Africa (Redhac)". ANNOTATION.md: a place inside an organisation's
    name is no place (its free-standing mentions still are).

    The capitalised words before "of" or "in" must hold a body's head word (a commission, a
    mission, a council, a network: ``entities/org_words.txt``); after "in", which may also say
    where a body of the country works ("the Ministry of Health in Kenya said"), the body's
    initials must follow the place as well."""
    if mention.demonym or mention.in_name:
        return False
    before = _BODY_NAME_BEFORE.search(text, max(0, mention.start - _BODY_NAME_REACH), mention.start)
    if before is None:
        return False
    words = {w.lower() for w in before.group(1).split()}
    if not words & (entity_words.ORG_WORDS | _BODY_NAME_HEADS):
        return False
    return before.group(2) == "of" or _INITIALS_AFTER_PLACE.match(text, mention.end) is not None


#: A lower-case word of a public body's land between a name and its word: "the Mouillee
#: state game area", "the Tarvo national wildlife refuge".
_AREA_WORD_MODIFIERS = ("state ", "national ", "provincial ", "federal ", "county ")


@cache
def _area_word_after(words: frozenset[str]) -> re.Pattern[str]:
    """A space, at most one modifier and one of *words* in the singular, right after a name."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    modifiers = "|".join(re.escape(m) for m in _AREA_WORD_MODIFIERS)
    return re.compile(rf" (?:{modifiers})?(?:{alternatives})(?![\w'’-])")


def _written_with_area_word(text: str, mentions: list[Mention]) -> None:
    """A name the gazetteer does not know, written in the article only right before a lower-case
    word for a road or a tract of land (``places/area_words.txt``: "the Dhaka-Mymensingh
    highway", "the Mouillee state game area"): the article names the road or the tract with the
    word, so its mentions run over it; the place keeps the name alone (``Mention.text``). A town
    the gazetteer knows is the place of "the Umm Qasr road"; a name also written bare keeps its
    bare mentions; sites of ``site_words.txt`` ("Evin prison", "JFK airport") are written
    with their word each mention on its own (:func:`_written_with_site_word`)."""
    after = _area_word_after(place_words.AREA_WORDS)
    by_name: dict[str, list[tuple[Mention, re.Match[str] | None]]] = defaultdict(list)
    for mention in mentions:
        if mention.chosen is None and not mention.demonym and not mention.in_name:
            by_name[fold(mention.text)].append((mention, after.match(text, mention.end)))
    for found in by_name.values():
        if any(match is None for _, match in found):
            continue
        name = found[0][0].text
        written = re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text)
        if any(after.match(text, w.end()) is None for w in written):
            continue  # "the Kolbara highway … Kolbara": the name is also written alone
        for mention, match in found:
            mention.end = match.end()  # type: ignore[union-attr]


#: One entry of a count list keyed by place, as a bulletin writes it: on a line of its own
#: (a bullet allowed) "Fars: 88", "- Gomel region: 27", "• Kachin State – 9", or inside a
#: run after a colon or a semicolon ("by province: Niassa 12; Cabo Delgado province 9;"):
#: one to four capitalised words ("and", "de", "del" between them), a lower-case word that
#: may be a division word, then the count ending the entry. Each word's run is unambiguous
#: and the words are at most four: nothing backtracks far.
_COUNT_ENTRY = re.compile(
    r"(?:^[ \t]*(?:[-•*–][ \t]*)?|[;:][ \t]*)"
    r"(?P<name>[A-Z][\w'’.-]*(?:[ ](?:and[ ]|de[ ]|del[ ])?[A-Z][\w'’.-]*){0,3})"
    r"(?:[ ](?P<word>[a-z]+))?"
    r"(?:[ \t]*[:–—][ \t]*|[ ])\d[\d,]*(?=[ \t]*(?:[;\n]|$)|\.(?:\s|$))",
    re.M,
)

#: Division words an entry of a count list may write after its name, in either case
#: ("- Gomel region: 27", "- Sagaing Region: 40", "- Kachin State: 9"): in a list keyed by
#: place "state" is the division, not an adjective.
_ENTRY_DIVISION_WORDS = frozenset(
    {"county", "department", "district", "governorate", "oblast", "parish", "prefecture"}
    | {"province", "region", "state", "territory", "municipality"}
)

#: The kinds an entry may be read as; a town must be this big unless its entry writes a
#: division word (a list by region may name a region by its town: "Gomel region").
_ENTRY_KINDS = frozenset({"country", "admin1", "admin2", "city"})
MIN_ENTRY_TOWN_POPULATION = 10000


@dataclass
class _CountEntry:
    """One entry of a count list: its name and the span it is written with (the division
    word included), and the gazetteer entries its name may be."""

    name: str
    start: int
    end: int
    word: bool
    entries: list[Entry]


def _entries_of_a_count_list(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The entries of a count list keyed by place are places, written as the entry writes
    them: a monitoring group's bulletin lists "Deaths by province:" then "- Mazandaran: 29"
    line after line, or "Maputo City 29; Maputo province 14; Zambézia 7" in one sentence, and
    the parser tags such a bare line as nothing or as a person.

    A run of entries (only spaces, line breaks or the next entry's semicolon between them)
    is a list of places when two or more of its names are places the gazetteer knows in one
    country (a country itself, a division, or a town of 10,000 or more unless the entry
    writes a division word); each such entry becomes one mention over its name and division
    word ("Gomel region"), replacing the mentions found inside it, so a gold that lists the
    entry whole finds it. A list of counts by kind ("Date: 14", "Deaths: 2") names at most
    one such place ("Date" is a Japanese town) and is left alone."""
    found: list[Mention] = []
    for run in _count_list_runs(text, gaz):
        country = _count_list_country(run)
        placed = [
            (entry, kept)
            for entry in run
            if (kept := [e for e in entry.entries if e.kind == "country" or e.country == country])
        ]
        if len(placed) < 2:
            continue
        for entry, kept in placed:
            inside = [m for m in mentions if entry.start <= m.start and m.end <= entry.end]
            chosen = next((m.chosen for m in inside if m.chosen in kept and not entry.word), None)
            if chosen is None:
                chosen = max(
                    kept, key=lambda e: (entry.word == (e.kind in ("admin1", "admin2")), e.population)
                )
            mention = Mention(entry.start, entry.end, entry.name, candidates=kept)
            mention.chosen = chosen
            found.append(mention)
    if not found:
        return mentions
    taken = SpanSet((m.start, m.end) for m in found)
    return [m for m in mentions if not taken.overlaps(m.start, m.end)] + found


def _count_list_runs(text: str, gaz: Gazetteer) -> Iterator[list[_CountEntry]]:
    """The runs of :data:`_COUNT_ENTRY` entries of *text*: entries with nothing but spaces,
    line breaks and bullets between one's count and the next one's name."""
    run: list[_CountEntry] = []
    last_end = -1
    for match in _COUNT_ENTRY.finditer(text):
        entry = _count_entry(match, gaz)
        if entry is None:
            continue
        if run and text[last_end : match.start()].strip(" \t\n;:") != "":
            yield run
            run = []
        run.append(entry)
        last_end = match.end()
    if run:
        yield run


def _count_entry(match: re.Match[str], gaz: Gazetteer) -> _CountEntry | None:
    """The entry *match* writes, with the gazetteer entries of its name: a division word
    written after the name, lower-case or capitalised ("Gomel region", "Sagaing Region"), is
    read as such and kept in the span; a lower-case word that is none ends no entry."""
    name, word = match.group("name"), match.group("word")
    start, end = match.span("name")
    if word is not None:
        if word not in _ENTRY_DIVISION_WORDS:
            return None
        end = match.end("word")
    else:
        head, _, last = name.rpartition(" ")
        if head and last.casefold() in _ENTRY_DIVISION_WORDS:
            name, word = head, last
    entries = [
        e
        for e in gaz.lookup(name)
        if e.kind in _ENTRY_KINDS
        and (e.kind != "city" or word is not None or e.population >= MIN_ENTRY_TOWN_POPULATION)
    ]
    return _CountEntry(name, start, end, word is not None, entries)


def _count_list_country(run: list[_CountEntry]) -> str | None:
    """The country most of *run*'s names may lie in, each name voting once per country."""
    votes: Counter[str] = Counter()
    for entry in run:
        votes.update({e.country for e in entry.entries if e.country and e.kind != "country"})
    return votes.most_common(1)[0][0] if votes else None


#: A lower-case word for a division right after a name ("Helmand province", "the North
#: region", "Toelung Dechen county"); "state" and "territory" stay out: they also read as
#: adjectives ("Texas state troopers", "Ontario territory claims").
_LOWER_DIVISION_WORDS = (
    r"(?:county|department|district|governorate|oblast|parish|prefecture|province|region)(?![\w'’-])"
)
_DIVISION_WORD_AFTER = re.compile(rf" {_LOWER_DIVISION_WORDS}")


def _written_only_with_division_word(text: str, mentions: list[Mention]) -> None:
    """A place every mention of which the article writes right before a lower-case division
    word ("shot in Helmand province", "members in the North region", "a driver from Toelung
    Dechen county") or, for a town the gazetteer resolved, a lower-case site word ("shot near
    Kirumba market", "held in the Hamilton County jail") names it with the word: its mentions
    run over the word and the place keeps the name alone, so a gold that lists either form
    finds the one written place (the scorer matches a gold string to a mention's text or to
    the place's name).

    Read per place (a gazetteer entry, or an unknown name): a place also written bare ("Kasai
    … Kasai province") keeps its bare mentions, as the golds list the bare name there; a
    resolved place whose gazetteer name is not the name written, accents included ("Kurdistan"
    read as Kordestan, "Colón" as Colon), keeps its bare mention: the bare name is then found
    only as written. Demonyms and names inside a body's name are not mentions."""
    groups: dict[object, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.demonym or mention.in_name:
            continue
        key: object = ("t", fold(mention.text)) if mention.chosen is None else ("g", mention.chosen.geonameid)
        groups[key].append(mention)
    for group in groups.values():
        if any(m.end != m.start + len(m.text) for m in group):
            continue  # already run over a word of its own (a road, a tract, a site)
        chosen = group[0].chosen
        if chosen is not None and any(m.text.casefold() != chosen.name.casefold() for m in group):
            continue  # "Colón" read as GeoNames' "Colon": the written name is not the place's
        ends = [_word_after(text, m) for m in group]
        if any(match is None for match in ends) or _written_bare(text, group[0].text):
            continue
        for mention, match in zip(group, ends, strict=True):
            mention.end = match.end()  # type: ignore[union-attr]


#: What may follow a name written bare: not a division word, not another capitalised word (the
#: name goes on: "the Kurdistan Human Rights Network").
_NOT_BARE_AFTER = re.compile(rf" (?:[A-Z]|{_LOWER_DIVISION_WORDS})")


def _word_after(text: str, mention: Mention) -> re.Match[str] | None:
    """The division word right after *mention*, or for a place the gazetteer resolved, a
    lower-case site word ("Kirumba market", "the Hamilton County jail"); a division word before
    a site word is the site's ("the Kitgum district jail")."""
    match = _DIVISION_WORD_AFTER.match(text, mention.end)
    if match is not None and mention.chosen is not None:
        facility = _facility_after().match(text, mention.end)
        return facility if facility is not None else match
    if match is None and mention.chosen is not None:
        match = _any_site_word_after().match(text, mention.end)
    return match


def _written_bare(text: str, name: str, *others: re.Pattern[str]) -> bool:
    """Whether *name* stands somewhere in *text* on its own, neither before a division word nor
    as the opening of a longer name: "Farmers in the Tamarongo region … In Tamarongo, prices
    doubled" writes the place bare as well (the parser may not have tagged that mention).
    *others*: further words after the name that make a mention not bare (round 58: a town's
    facility, "Nakuru hospital")."""
    site_word_after = _any_site_word_after()
    for written in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if (
            _NOT_BARE_AFTER.match(text, written.end()) is None
            and site_word_after.match(text, written.end()) is None
            and all(other.match(text, written.end()) is None for other in others)
        ):
            return True
    return False


def _any_site_word_after() -> re.Pattern[str]:
    """:func:`_site_word_after` for every site word and compound of the active language."""
    return _site_word_after(place_words.SITE_WORDS | place_words.SITE_COMPOUNDS)


@cache
def _site_word_after(words: frozenset[str]) -> re.Pattern[str]:
    """A space, at most two lower-case modifiers of a site ("central", "high-security") and a
    lower-case site word in the singular (one of *words*, a compound's space any run of
    spaces), right after a name. Alternations of literals: nothing backtracks far."""
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True) if w.islower()
    )
    return re.compile(rf" (?:(?:{SITE_MODIFIER_WORDS}) ){{0,2}}(?:{alternatives})(?![\w'’-])")


#: Modifiers of a town's site beyond :data:`SITE_MODIFIER_WORDS`: the level of a hospital or a
#: jail ("the Kaolack district jail", "the Tamale teaching hospital").
_FACILITY_MODIFIERS = rf"{SITE_MODIFIER_WORDS}|district|teaching|general|referral|city|state|county"

#: An indefinite article (and an adjective) before a town's site: "in a Nakuru jail", "a notorious
#: Minsk detention center" is one site or another of the town, not a named one.
_INDEFINITE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Aa]ny)\s+(?:[a-z][a-z-]*\s+)?$"
)
_INDEFINITE_REACH = 30


@cache
def _facility_after() -> re.Pattern[str]:
    """A town's custodial, medical or market site word (``places/facility_words.txt``) after one or
    two modifiers, right after a name: " central prison", " regional hospital", " district jail".
    A bare word ("the Hanover police station", "Jau prison") stays the town's, as the golds drawn
    from the public toponym sets list it: measured in round 58, the bare word cost a place in
    three scored-only splits."""
    words = place_words.FACILITY_WORDS
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf" (?:(?:{_FACILITY_MODIFIERS}) ){{1,2}}(?:{alternatives})(?![\w'’-])")


def _towns_sites_beside_the_town(text: str, mentions: list[Mention]) -> None:
    """ "Protests spread to Mopti … moved to the Mopti central prison": a town the gazetteer
    resolved, written right before a modifier and a lower-case custodial, medical or market site
    word (``places/facility_words.txt``: "central prison", "regional hospital"), names that site, one place of the town the article also
    writes bare elsewhere: the mention runs over the word, the bare mentions stay (round 58;
    :func:`_written_only_with_division_word` already runs a town written only so over its word).
    After an indefinite article ("in a Nakuru jail") the site is any of the town's and the town
    stays bare; areas, stations and airports are not these words (the golds list the town)."""
    after = _facility_after()
    for mention in mentions:
        if mention.demonym or mention.in_name or mention.chosen is None:
            continue
        if mention.end != mention.start + len(mention.text):
            continue  # already run over a word of its own
        match = after.match(text, mention.end)
        if match is None:
            continue
        if _INDEFINITE_BEFORE.search(text, max(0, mention.start - _INDEFINITE_REACH), mention.start):
            continue
        if not _written_bare(text, mention.text, after):
            continue  # "flown to Nakuru hospital" alone: the town, as the older golds list it (round 46)
        mention.end = match.end()


def _written_with_site_word(text: str, mentions: list[Mention]) -> None:
    """ "the Tacumbú prison", "the Shoprite roundabout", "the Koutoukalé high-security prison":
    a site's name (an unknown name, or one :func:`candidates._sites` found before its word)
    written right before a lower-case site word (``places/site_words.txt``,
    ``places/site_compounds.txt``) names the site together with the word, as the article
    writes it (ANNOTATION.md: a place "as written"); the mention runs over the word and the
    place keeps the name alone (``Mention.text``), so a reading of either is the place.

    Each mention is read on its own: "Jau prison … Jau inmates" keeps a bare mention beside the
    written site. A name the gazetteer resolved keeps its bare mention ("the Winnipeg jail",
    "Novi Sad railway station", "a Havana neighbourhood": the town is the place the tune golds
    list, whether the parser or :func:`candidates._sites` found it); so do demonyms and names
    inside a body's name, and a plural word ("the Evin and Qezel Hesar prisons") is each
    name's, none's whole.
    """
    after = _any_site_word_after()
    roads = _area_word_after(place_words.AREA_WORDS)
    for mention in mentions:
        if mention.demonym or mention.in_name or mention.chosen is not None:
            continue  # a town the gazetteer resolved is the place of its site ("Novi Sad railway station")
        if mention.end != mention.start + len(mention.text):
            continue  # already run over a word of its own (a road, a tract)
        if roads.match(text, mention.end):
            continue  # a road's word ("highway", round 47) is read by _written_with_area_word
        match = after.match(text, mention.end) or _BUILDING_WORD_AFTER.match(text, mention.end)
        if match is not None:
            mention.end = match.end()


#: A lower-case hospital (its level before it allowed) or factory (one word of its trade before it)
#: right after a name the gazetteer does not know (round 61): "moved out of the [name] hospital",
#: "arrested at the [name] garment factory". The tagger called the name alone a place; the golds of
#: two readable splits list the building as written, word and all (a town's hospital stays the
#: town's: :func:`_written_with_site_word` reads only unknown names). Not a word of grammar before
#: "factory" ("[name] and factory workers"), not a plural.
_BUILDING_WORD_AFTER = re.compile(
    rf" (?:(?:{_FACILITY_MODIFIERS}) ){{0,2}}hospital(?![\w'’-])"
    r"| (?:(?!(?:and|or|of|the|a|an|to|in|on|at|for|with|from|by)\b)[a-z]+ )?factory(?![\w'’-])"
)


#: Capitalised compass words that may open a place's written name.
_COMPASS_NAMES = ("North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western")
_COMPASS = "(?:" + "|".join(_COMPASS_NAMES) + ")"

#: A capitalised compass word of two joined by a hyphen (round 56): "North-Western", "South-East".
_COMPASS_COMPOUND = r"(?:North|South)[-‐](?:East|West)(?:ern)?"
_IS_COMPASS_COMPOUND = re.compile(rf"{_COMPASS_COMPOUND}\Z")

#: A capitalised compass word right before a name, a space between: "South [state]", "West
#: [town]" (lower case, "southern [country]", it only places something inside the name).
_COMPASS_BEFORE = re.compile(rf"(?<![\w'’.-])(?:{_COMPASS}|{_COMPASS_COMPOUND}) $")

#: The word before a compass word, when it is one: a capitalised one makes the compass word the
#: end of another name ("[given name] West [town]").
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")

#: A compass word and "and", "or" or a comma right before another compass word: the two share
#: the name after them ("East and Southern [continent]").
_SHARED_COMPASS = re.compile(rf"(?<![\w'’.-])(?:{_COMPASS}|{_COMPASS_COMPOUND})(?:,| and| or| &) $")

#: Capitalised words that may stand before a compass word opening a name: a sentence's
#: opening word of grammar ("In South [state], …").
_OPENING_WORDS = frozenset(
    {"in", "at", "on", "to", "from", "across", "throughout", "for", "of", "near", "the", "and", "around"}
)

#: How far back a compass word and the word before it are looked for.
_COMPASS_REACH = 40


def _written_with_compass_word(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "retirees in South [state]", "schools in West [town]": a capitalised compass word right
    before a place's mention opens the name the article gives the part of the place it means
    (the golds of five articles in five readable splits list it whole, never the bare name
    alone); the mention runs back over the word and the place keeps its reading and its name
    (``Mention.text``), so a gold that lists either form finds it. Read last, on the places
    already read: the compass word changes no reading (round 26 left "North Georgia" to its
    context for that reason; that still holds).

    Not: a lower-case compass word ("eastern [country]"), a demonym ("Central American"), a
    name inside a body's name, a compass word after a capitalised word other than a
    sentence's opening word of grammar (it ends another name), a compass word tagged a place
    of its own, a name before a word for a natural feature ("South China Sea": the feature's
    name), a resolved place whose gazetteer name is not the written one (the bare gold then
    matches only the bare mention, as round 45 found for division words).

    A compass word of two joined by a hyphen ("North-Western [city]", "South-East [state]",
    round 56) opens the name too, also when the tagger made it a place of its own (GeoNames holds
    provinces of that name abroad): that mention goes, the name after it is the place.

    :returns: *mentions* without the hyphenated compass words so joined to the name after them."""
    taken = {(m.start, m.end): m for m in mentions}
    joined: set[int] = set()
    for mention in mentions:
        if mention.demonym or mention.in_name or not text.startswith(mention.text, mention.start):
            continue
        chosen = mention.chosen
        if chosen is not None and mention.text.casefold() != chosen.name.casefold():
            continue
        compass = _COMPASS_BEFORE.search(text, max(0, mention.start - _COMPASS_REACH), mention.start)
        if compass is None:
            continue
        own = taken.get((compass.start(), compass.end() - 1))
        if own is not None and not _IS_COMPASS_COMPOUND.match(own.text):
            continue
        if not _opens_a_name(text, compass.start()) or _before_a_feature_word(text, mention.end):
            continue
        if own is not None:
            joined.add(id(own))
        mention.start = compass.start()
    return [m for m in mentions if id(m) not in joined]


def _opens_a_name(text: str, at: int) -> bool:
    """Whether the capitalised word at *at* may open a name: no word before it on its line, a
    mark, a lower-case word or a sentence's opening word of grammar before it (a capitalised
    word or a number makes it the end of another name: "[given name] West", "Route 9 West")."""
    before = _WORD_BEFORE.search(text, max(0, at - _COMPASS_REACH), at)
    if before is None:
        return True
    word = before.group(1)
    if _SHARED_COMPASS.search(text, max(0, at - _COMPASS_REACH), at):
        return False  # "for East and Southern [continent]": two parts of one name, neither written whole
    return word[-1] in ".,;:!?'’" or word[0].islower() or word.lower() in _OPENING_WORDS


#: The word after a name.
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _before_a_feature_word(text: str, end: int) -> bool:
    """Whether the word after a name is a word for a natural feature ("South China Sea")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower().removesuffix("s") in place_words.FEATURE_WORDS


#: Initials in brackets right after a name, or after the capitalised words of its kind that the
#: mention leaves out: "the Democratic Republic of Congo (DRC)", "Gorno-Badakhshan [Autonomous
#: Oblast] (GBAO)".
_INITIALS_AFTER = re.compile(r"((?: [A-Z][a-z]+){0,3}) ?\(([A-Z]{2,6})\)")


#: Status words that may stand between a place's mention and its initials, with its kind
#: word ("Autonomous Oblast", "Special Administrative Region"), and no other name's words.
_STATUS_WORDS = frozenset({"autonomous", "special", "administrative"})


def _initials_after_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Democratic Republic of Congo (DRC)", "the Gorno-Badakhshan Autonomous Oblast
    (GBAO)": initials in brackets after a place that spell its name are a mention of that
    place, and the article goes on to use them ("clashes in GBAO"), which
    :func:`propagate` then finds.

    The letters must be the initials of the place's capitalised words (hyphenated parts
    count apart), so an outlet after a dateline ("Tbilisi (AFP)") is none."""
    found = []
    for mention in mentions:
        if mention.demonym or mention.in_name:
            continue
        match = _INITIALS_AFTER.match(text, mention.end)
        if (
            match is None
            or match.group(2) != _initials_of(mention.text + match.group(1))
            or any(
                word.lower() not in _STATUS_WORDS | place_words.DIVISION_SUFFIXES
                for word in match.group(1).split()
            )
        ):
            continue  # not "Sri Lanka [Podujana Peramuna] (SLPP)": a party named after its country
        initials = Mention(
            match.start(2),
            match.end(2),
            match.group(2),
            kinds=mention.kinds,
            candidates=mention.candidates,
            site=mention.site,
        )
        initials.chosen = mention.chosen
        found.append(initials)
    return found


#: Labels under which the parser hides another spelling of a place the article names:
#: "Irbil's governor" (ORG) after "Erbil", "Kiev's mayor" (PERSON) after "Kyiv".
_SPELLING_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "FAC"})

#: How alike (difflib's ratio of the folded names) another spelling must be to a place's
#: written name: transliterations share most letters ("Irbil"/"Erbil" 0.8, "Kiev"/"Kyiv"
#: 0.75, "Rangoon"/"Yangon" 0.77), while a nickname GeoNames keeps ("Peter" for St
#: Petersburg, 0.56) or a ship named in the place's own tongue is no spelling (0.5 let
#: "Chittagong" after "Chattogram" in, and one such name too many in the VOA check set).
SPELLING_RATIO = 0.7


def _other_spellings(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """One-word names the parser took for a person, a body or a thing that the gazetteer
    knows as another spelling of a place the article already names: "Irbil's governor" after
    "Erbil", "Kiev's mayor" after "Kyiv". Reports mix transliterations, and a place named
    once under one spelling is the reading of the other.

    The spelling must look like a written name of that place (:data:`SPELLING_RATIO`): GeoNames
    also lists nicknames and translations that are people's names."""
    named: dict[int, list[str]] = defaultdict(list)
    for mention in mentions:
        chosen = mention.chosen
        if chosen is not None and chosen.geonameid is not None and not (mention.demonym or mention.in_name):
            named[chosen.geonameid].append(fold(mention.text))
    if not named:
        return []
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    for ent in doc_ents(doc):
        if ent.label_ not in _SPELLING_LABELS or len(ent) != 1 or not ent.text.istitle():
            continue
        if taken.overlaps(ent.start_char, ent.end_char):
            continue
        key = fold(ent.text)
        for entry in gaz.lookup(ent.text):
            written = named.get(entry.geonameid) if entry.geonameid is not None else None
            if written and key not in written and any(_spelling_of(key, name) for name in written):
                found.append(
                    Mention(ent.start_char, ent.end_char, ent.text, candidates=[entry], chosen=entry)
                )
                break
    return found


def _spelling_of(key: str, name: str) -> bool:
    """Whether the folded *key* looks like another spelling of the folded *name*."""
    return SequenceMatcher(None, key, name).ratio() >= SPELLING_RATIO


def _initials_of(name: str) -> str:
    """The first letters of the capitalised words of *name*, hyphenated parts apart:
    "Gorno-Badakhshan Autonomous Oblast" -> "GBAO", "Democratic Republic of Congo" -> "DRC"."""
    return "".join(word[0] for word in re.split(r"[ -]+", name) if word[:1].isupper())


def _not_an_organisations_initials(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """*mentions* without the capitals that spell an organisation the article names: "UN: 500
    killed" over "…, the United Nations said" is no town Un; "HRW" is no place either."""
    initials = {
        capital_initials(_without_the(ent.text))
        for ent in doc_ents(doc)
        if ent.label_ == "ORG" and len(ent.text.split()) > 1
    }
    return [
        m
        for m in mentions
        if not (
            2 <= len(m.text) <= 6
            and _capitals_of(m.text) in initials
            and not any(c.kind in {"country", "admin1"} for c in m.candidates)  # "UAE" stays a country
        )
    ]


def _without_the(name: str) -> str:
    """*name* without a leading "The", which an organisation's initials skip ("The Ministry
    of Defence", MoD)."""
    return name[4:] if name.startswith("The ") else name


def _capitals_of(word: str) -> str | None:
    """The capitals that a word of initials spells: "UN" of "UN", "MD" of "MoD" (mixed
    case, lower-case letters between the capitals of an organisation's name, as British
    ministries write theirs); None for a plain name ("Kut") or a lower-case word."""
    if word.isupper():
        return word
    capitals = "".join(ch for ch in word if ch.isupper())
    short_gaps = all(len(run) <= 2 for run in _LOWER_RUN.findall(word))  # "MoD", not "McAllen"
    if len(capitals) >= 2 and word[0].isupper() and word.isalpha() and short_gaps:
        return capitals
    return None


_LOWER_RUN = re.compile(r"[a-z]+")


#: Lower-case words after a name that make it an outlet's: "Fars news agency", "Mehr news site".
_OUTLET_AFTER = re.compile(r"\s+news\s+(?:agency|agencies|site|website|service|channel|outlet|portal)\b")

#: A capitalised word that ends an outlet's name right after a place, with no further
#: capitalised word ("Myanmar Now", "Kazakhstan Today", "France 24"; not "Baghdad
#: International Airport"): the parser tags the place alone.
_OUTLET_WORD_AFTER = re.compile(
    r" (?:Now|Today|Daily|Times|Post|News|Online|Tribune|Herald|Journal|Monitor|Observer"
    r"|Insider|Express|Gazette|Radio|TV|Television|International|24)(?![\w’'-]| [A-Z0-9])"
)


#: Capitalised last words of the names of companies and institutions that the entity
#: lists (``entities/org_words.txt``, ``media_words.txt``, ``places/body_heads.txt``) leave
#: out: "Kenya Airways", "Columbia University", "Alexandria Bank", "Georgia Power"; and the
#: institutions a town names ("Kennedy Elementary School", "Liverpool Academy", "the Mwanza
#: District Hospital"), which the reports gold never counts as the town.
_COMPANY_HEADS = frozenset(
    {
        "airlines",
        "airways",
        "bank",
        "company",
        "corporation",
        "college",
        "power",
        "energy",
        "telecom",
        "bureau",
        "school",
        "schools",
        "academy",
        "hospital",
        "clinic",
        "residence",
    }
)

#: Last words of bodies' names that also end the names of sites or of places, which are
#: places themselves (ANNOTATION.md): "the Okrestina Detention Centre", "Erbil International
#: Airport", "the Tehran Province Court" is left to the rules of sites and courts.
_SITE_LIKE_HEADS = frozenset({"center", "centre", "headquarters", "hq", "international", "court"})

#: Up to four capitalised words and a last one, right after a place, with no further
#: capitalised word: the words of a name the place opens ("Columbia University protests",
#: "the South Coast Air Quality Management District"). A possessive ends the name whatever
#: follows it: "a Kenya Radio's reporter", "the Ohio Network's Jane Doe" (round 37).
_CAPITALISED_WORDS_AFTER = re.compile(
    r"((?: [A-Z][A-Za-z&]*){0,4}) ([A-Z][a-z]+)(?:['’]s?(?![\w’'-])|(?![\w’'-]| [A-Z0-9]))"
)

#: The word before "District" that makes the district a body's, a service's own ("the Orange
#: County Sanitation District", "the Kern Unified School District", "a Water District"),
#: and no division ("Narsingdi District", "the Accra Metropolitan District"): a noun of
#: the service in "-tion"/"-ment", an institution's noun, or a utility.
_SERVICE_BEFORE_DISTRICT = re.compile(r"[A-Z][a-z]+(?:tion|ment)|School|Water|Fire|Hospital|Transit|Utility")


def _opens_a_body_name(text: str, mention: Mention) -> bool:
    """Whether *mention* opens the name of a company, institution or outlet that the parser
    left untagged: "last year's Columbia University protests", "Kenya Airways flights",
    "the Georgia Bureau of Investigation". ANNOTATION.md: a place word inside an
    organisation's name is no place (its free-standing mentions still are).

    The name's last word must be a word for a body; a place's own kind words ("Mexico City",
    "Hall County") and sites ("Baghdad International Airport") are not, and neither is a
    demonym's or a country's list ("Kenya, Uganda and Tanzania" has commas)."""
    if mention.demonym or mention.in_name:
        return False
    match = _CAPITALISED_WORDS_AFTER.match(text, mention.end)
    if match is None:
        return False
    last = match.group(2).lower()
    if last == "district":
        between = match.group(1).split()
        return bool(between) and _SERVICE_BEFORE_DISTRICT.fullmatch(between[-1]) is not None
    heads = entity_words.ORG_WORDS | entity_words.MEDIA_WORDS | place_words.BODY_HEADS | _COMPANY_HEADS
    return last in heads - _SITE_LIKE_HEADS


#: One or two capitalised words ending in a plural "s" right after a place, with no further
#: capitalised word: the rest of a club's name ("Dallas Cowboys", "Miami Dolphins", "Portland
#: Trail Blazers"), which the parser may tag as a place whole.
_PLURAL_NAME_AFTER = re.compile(r"(?: [A-Z][a-z]+)? ([A-Z][a-z]+s)(?![\w’'-]| [A-Z0-9])")

#: A line is a title-case headline when at least this share of its longer words is capitalised
#: ("Kenya Protests Turn Deadly"): its plurals are common nouns, no club's name.
HEADLINE_CAPITALS_SHARE = 0.6


def _opens_a_clubs_name(text: str, mention: Mention) -> bool:
    """Whether *mention* opens a sports club's name, a place followed by a capitalised plural
    ("a former Dallas Cowboys linebacker"): ANNOTATION.md counts no place inside a name.

    A plural that ends a place's own name ("the Golan Heights", "Colorado Springs") or names a
    party's members ("Texas Democrats") is no club's, and a title-case headline's plurals are
    common nouns ("Kenya Protests Turn Deadly")."""
    if mention.demonym or mention.in_name:
        return False
    match = _PLURAL_NAME_AFTER.match(text, mention.end)
    if match is None:
        return False
    last = match.group(1).lower()
    if last in place_words.FEATURE_WORDS or last in place_words.PLURAL_PLACE_WORDS:
        return False
    return not _in_a_headline(text, mention.start)


def _in_a_headline(text: str, at: int) -> bool:
    """Whether the line holding *at* is written in title case, as headlines are."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return bool(words) and capitals >= HEADLINE_CAPITALS_SHARE * len(words)


# --------------------------------------------------------------------------- resolution


def _qualify(mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
    """Mark "Paris, Texas": a place followed by ", <division or country>" lies in it."""
    for mention in mentions:
        country = _country_of_division(mention, text, gaz)
        if country is not None:
            # "the Kurdistan Region of Iraq": the division lies in that country, and a
            # namesake elsewhere (Iran's Kurdistan province) is no reading of it
            mention.candidates = [c for c in mention.candidates if c.country == country]
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = text[first.end : second.start]
        if between.strip() != "," or not second.candidates:
            continue
        container = max(
            (c for c in second.candidates if c.kind in ("admin1", "country")),
            key=lambda c: c.population,
            default=None,
        )
        if container is None or _listed_country(first, second, container, text):
            continue
        if not first.candidates and container.kind == "admin1":
            # "Myaung Township, Sagaing Region": a township the gazetteer lacks lies in the
            # division that qualifies it (its country and division, never a point)
            first.within = container
            continue
        inside = [c for c in first.candidates if _contains(container, c) and c is not container]
        if inside and _another_places_own_name(first, inside):
            continue  # "in Tehran, Isfahan and Shiraz": a list, not Tiran of Isfahan province
        if inside:
            first.within = container
            second.chosen = container
        elif _qualified_by_a_town(first, second, container, text):
            # "in Mirpur, Dhaka": a quarter of the town after the comma; its namesake abroad
            # (a Mirpur in Pakistan) is no reading of it
            first.candidates = []
            first.within = container


def _another_places_own_name(first: Mention, inside: list[Entry]) -> bool:
    """Whether the readings of *first* inside the division after its comma go by other
    spellings only while a bigger place outside bears the name as its own: "Tehran, Isfahan"
    lists the capital, since the one "Tehran" of Isfahan province is a spelling of Tiran,
    where "Paris, Texas" names a Paris of Texas and "Kiev, Ukraine" has no other owner."""
    key = fold(first.text)
    if any(same_name(c, key) for c in inside):
        return False
    biggest = max(c.population for c in inside)
    return any(
        same_name(c, key) and c.kind in ("city", "admin1") and c.population > biggest and c not in inside
        for c in first.candidates
    )


#: A name of a list right before a place's mention: "Karachi, Dhaka": a list, no qualifier.
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*,|\band|\bor)\s+$")

#: A list going on after the second name: ", Delhi", " and Delhi".
_LIST_AFTER = re.compile(r",?\s+(?:and\s+|or\s+)?[A-Z]")


def _qualified_by_a_town(first: Mention, second: Mention, container: Entry, text: str) -> bool:
    """Whether "<first>, <second>" places a name the gazetteer knows only abroad in the town
    after the comma ("Mirpur, Dhaka", "New Market, Dhaka"): the second names a division and
    its chief town, no reading of the first lies in that division's country, and neither
    name is an item of a list ("Karachi, Dhaka, Delhi and Kathmandu")."""
    if container.kind != "admin1" or not first.candidates or first.within is not None:
        return False
    if any(c.country == container.country for c in first.candidates):
        return False
    key = fold(second.text)
    if not any(c.kind == "city" and _contains(container, c) and same_name(c, key) for c in second.candidates):
        return False
    return not (
        _LISTED_BEFORE.search(text, max(0, first.start - 30), first.start)
        or _LIST_AFTER.match(text, second.end)
    )


#: "and" or "or" right after a name: the list it belongs to goes on ("Honduras, Mexico and Spain").
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s+[A-Z]")


def _listed_country(first: Mention, second: Mention, container: Entry, text: str) -> bool:
    """Whether "<first>, <second country>" is two items of a list rather than "Paris,
    France": the first is a country under its own name (a country lies in no other), or
    a list goes on after the country with "and" ("fled to Honduras, Mexico and Spain").

    A division after the comma stays a qualifier even in a list ("in Columbus, Ohio
    and Austin, Texas"): only countries are listed so.
    """
    if container.kind != "country":
        return False
    key = fold(first.text)
    own_country = any(c.kind == "country" and same_name(c, key) for c in first.candidates)
    return own_country or _LIST_GOES_ON.match(text, second.end) is not None


#: Capitalised words that end a division's name: "the Kurdistan Region of Iraq".
_DIVISION_WORDS = frozenset(
    {"Region", "Province", "State", "Governorate", "Oblast", "Prefecture", "Territory"}
)


#: " of " and a capitalised name of one to three words after a division's name.
_OF_NAME = re.compile(r" of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


def _country_of_division(mention: Mention, text: str, gaz: Gazetteer) -> str | None:
    """The country that "<X Region> of <country>" puts the division in, else None
    (the tagger often leaves the country after "of" untagged)."""
    if mention.text.rpartition(" ")[2] not in _DIVISION_WORDS:
        return None
    match = _OF_NAME.match(text, mention.end)
    if match is None:
        return None
    countries = [c for c in gaz.lookup(match.group(1)) if c.kind == "country"]
    return countries[0].country if countries else None


def _contains(container: Entry, entry: Entry) -> bool:
    if container.kind == "country":
        return entry.country == container.country
    return entry.country == container.country and entry.admin1_code == container.admin1_code


def _prior(entry: Entry, key: str) -> float:
    """Score of *entry* for the folded name *key* before any context."""
    score = math.log10(entry.population + 10)
    if entry.kind == "admin1":
        score -= ADMIN1_PENALTY
    elif entry.kind == "admin2":
        score -= ADMIN2_PENALTY
    if entry.kind in ("city", "admin1", "admin2") and not same_name(entry, key):
        score -= ALTERNATE_NAME_PENALTY
    if entry.capital:
        score += CAPITAL_BONUS
    return score


def _allowed(mention: Mention) -> list[Entry]:
    candidates = mention.candidates
    if mention.within is not None:
        candidates = [c for c in candidates if _contains(mention.within, c)] or candidates
    if mention.kinds is not None:
        candidates = [c for c in candidates if c.kind in mention.kinds] or candidates
    return candidates


def _best(mention: Mention) -> Entry | None:
    if mention.chosen is not None:
        return mention.chosen
    allowed = _allowed(mention)
    key = fold(mention.text)
    return max(allowed, key=lambda c: _prior(c, key)) if allowed else None


@dataclass
class _Context:
    """Which names of the article support each country and each first-level division."""

    countries: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # division -> {name: weight}; a name named as the division itself weighs more
    divisions: dict[tuple[str, str], dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    # name -> the point of its current reading (towns and counties only) and whether it is
    # a county's (the middle of its towns' box, :mod:`tally.resources.gazetteer`)
    points: dict[str, tuple[int | None, float, float, bool]] = field(default_factory=dict)

    def country_support(self, country: str, key: str) -> int:
        """How many other names of the article (than *key*) lie in *country*."""
        return len(self.countries.get(country, set()) - {key})

    def main_country(self) -> str | None:
        """The country most of the article's names lie in (None when none or tied)."""
        counts = sorted(((len(names), country) for country, names in self.countries.items()), reverse=True)
        if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
            return None
        return counts[0][1]

    def division_votes(self, country: str, code: str, key: str) -> float:
        votes = self.divisions.get((country, code))
        if not votes:
            return 0.0
        return sum(weight for name, weight in votes.items() if name != key)

    def names_division(self, country: str, code: str, key: str) -> bool:
        """Whether a name of the article other than *key* is the division itself ("Texas")."""
        votes = self.divisions.get((country, code)) or {}
        return any(weight >= 2.0 for name, weight in votes.items() if name != key)

    def neighbours(self, entry: Entry, key: str, *, counties: bool = True) -> int:
        """How many other names of the article are read as towns or counties near *entry*.

        Only a candidate under its own name counts them: the Funkstown that
        GeoNames also calls "Jerusalem" is not made likely by its neighbours. A county the
        article names ("the Columbiana County prosecutor") is a neighbour of the towns in and
        around it ("a Salem woman": Salem, Ohio, not Oregon's capital); with *counties* false
        only towns count, for the guards of a country's or a state's own name ("fled to
        Lebanon" stays the country beside a "Warren County" of Ohio).
        """
        if entry.lat is None or entry.lon is None:
            return 0
        return sum(
            1
            for name, (geonameid, lat, lon, county) in self.points.items()
            if name != key
            and (counties or not county)
            and geonameid != entry.geonameid  # the same place under another name is no evidence
            # a point further north or south than the radius allows is further away whatever its
            # longitude (the distance is at least the latitudes' arc): no great circle computed
            and abs(lat - entry.lat) <= _NEIGHBOUR_LAT_DEGREES
            and _km(entry.lat, entry.lon, lat, lon) <= NEIGHBOUR_KM
        )


#: A mention's folded name, its allowed candidates and their priors (:func:`_readings`).
_Reading = tuple[str, list[Entry], list[float]]


def _readings(mentions: list[Mention]) -> list[_Reading]:
    """Each mention's folded name, allowed candidates and their priors, worked out once.

    :func:`_choose` reads the context and picks every mention in each of its rounds, and
    each read folded the name and scored every candidate again (some 600 priors an article,
    each time); the mentions do not change between the rounds, so neither do these.
    """
    out: list[_Reading] = []
    for mention in mentions:
        key = fold(mention.text)
        allowed = _allowed(mention)
        out.append((key, allowed, [_prior(c, key) for c in allowed]))
    return out


def _context(
    mentions: list[Mention], picks: dict[int, Entry | None], readings: list[_Reading] | None = None
) -> _Context:
    """The countries and divisions the article's names place it in.

    Countries come from each name's current pick. Divisions are voted for by
    every reading of every name: "Gainesville", "Whitesboro" and "Grayson
    County" all have a reading in Texas, and that agreement is the evidence,
    even though each name alone is ambiguous (the spatial-minimality heuristic
    of toponym resolution). A name votes once per division however often it
    recurs; a name read as the division itself ("Texas") votes twice.
    """
    context = _Context()
    readings = _readings(mentions) if readings is None else readings
    for number, mention in enumerate(mentions):
        key, allowed, priors = readings[number]
        best = picks.get(number)
        if best is not None and best.country is not None:
            context.countries[best.country].add(key)
        if (
            best is not None
            and (best.kind == "admin2" or (best.kind == "city" and not best.derived))
            and best.lat is not None
            and best.lon is not None
        ):
            context.points.setdefault(key, (best.geonameid, best.lat, best.lon, best.kind == "admin2"))
        if mention.demonym:
            continue
        top = max(priors, default=0.0)
        for candidate, prior in zip(allowed, priors, strict=True):
            if prior < top - VOTE_PRIOR_GAP:
                continue  # Paris, Texas is no evidence for Texas: the name means Paris, France
            if candidate.country and candidate.admin1_code and candidate.kind != "country":
                division = context.divisions[(candidate.country, candidate.admin1_code)]
                weight = 2.0 if candidate is best and candidate.kind == "admin1" else 1.0
                division[key] = max(division.get(key, 0.0), weight)
    return context


def _pick(mention: Mention, context: _Context, reading: _Reading | None = None) -> tuple[Entry | None, bool]:
    """The best candidate of *mention* in *context*, and whether the context backs it.

    *reading* is the mention's entry of :func:`_readings` (worked out here when not given).
    """
    key, allowed, priors = reading if reading is not None else _readings([mention])[0]
    best: Entry | None = None
    best_score = -math.inf
    best_supported = False
    top = max(priors, default=0.0)
    country = any(c.kind == "country" and same_name(c, key) for c in allowed)
    divisions = [c for c in allowed if c.kind == "admin1" and same_name(c, key)]
    # a report is filed from the story's country or from a hub known by its name alone
    # ("GENEVA –" in a story on Nicaragua that also names the United States)
    dateline_country = context.main_country() if mention.dateline and mention.within is None else None
    capital = _capital_reading(allowed, key, context)
    for candidate, score in zip(allowed, priors, strict=True):
        if score < top - MAX_CONTEXT_PRIOR_GAP and mention.within is None:
            continue  # no context makes a nameless quarter the capital of millions
        if country and _town_without_neighbours(candidate, mention, context, key, top):
            continue  # "fled to Panama": the country, not Panama City, Florida
        if divisions and _town_named_like_a_division(candidate, divisions, mention, context, key):
            continue  # "a Delaware company": the state, not Delaware, Ohio
        supported = False
        if candidate.country:
            # a country too is backed by the article's other names in it: the
            # "Georgia" of an article full of "Georgian" and "Tbilisi"
            support = context.country_support(candidate.country, key)
            if dateline_country is not None and candidate.country != dateline_country:
                support = 0
            # "In Washington," in a story on Britain: the capital, not a namesake in England
            abroad = (
                capital is not None
                and candidate is not capital
                and candidate.country != capital.country
                and mention.within is None
            )
            if abroad:
                support = 0
            if support:
                extra = min(support - 1, MAX_EXTRA_COUNTRY_NAMES)
                score += COUNTRY_CONTEXT_BONUS + EXTRA_COUNTRY_NAME_BONUS * extra
                supported = True
            if (
                candidate.kind not in ("admin1", "country")
                and candidate.admin1_code
                and not (same_name(candidate, key) and any(_contains(d, candidate) for d in divisions))
            ):
                # a town inside the division of its own name ("Quebec" among Montreal and
                # Laval) takes no votes of that division over the division itself: they back
                # both, and its neighbours still count for it. A town known by the name only as
                # another spelling ("New York" of New York City) gets no neighbours' bonus,
                # and keeps the votes
                votes = context.division_votes(candidate.country, candidate.admin1_code, key)
                if abroad and not context.names_division(candidate.country, candidate.admin1_code, key):
                    votes = 0.0
                if votes:
                    score += ADMIN1_VOTE_BONUS * min(votes, MAX_ADMIN1_VOTES)
                    supported = True
                if votes > MAX_ADMIN1_VOTES and context.names_division(
                    candidate.country, candidate.admin1_code, key
                ):
                    # "Henry County" among "Benton County", "Perry County" and "Tennessee":
                    # every county's name has a reading in Illinois too, and the votes of
                    # both states reach the cap; the state the article names outright wins
                    score += NAMED_DIVISION_BONUS
            if candidate.kind in ("city", "admin2") and same_name(candidate, key):
                near = context.neighbours(candidate, key)
                if near:
                    score += NEIGHBOUR_BONUS * min(near, MAX_NEIGHBOURS)
                    supported = True
        if score > best_score:
            best, best_score, best_supported = candidate, score, supported
    return _town_of_division(mention, best, allowed, key), best_supported


def _capital_reading(allowed: list[Entry], key: str, context: _Context) -> Entry | None:
    """The national capital that a name is the own name of, when it is a big one ("Washington",
    "Lima", "Kampala") and the article names its country elsewhere ("the United States").

    A capital is named in the news far beyond its size, from any country: a namesake town
    abroad takes the name only on local evidence (its division named, "Paris" in a story
    that names Texas, or towns near it), not because the article names the namesake's
    country or other towns of a division as big as England ("In Washington," in a story on
    Britain that names the United States once, while Britain has two Washingtons). Where
    the article never names the capital's country, the namesake of the story's country
    keeps it (Tripoli in a story on Lebanon).
    """
    capitals = [
        c
        for c in allowed
        if c.kind == "city"
        and c.capital
        and c.population >= MIN_METONYMIC_CAPITAL_POPULATION
        and same_name(c, key)
        and c.country is not None
        and context.country_support(c.country, key)
    ]
    return max(capitals, key=lambda c: c.population) if capitals else None


def _town_of_division(mention: Mention, best: Entry | None, allowed: list[Entry], key: str) -> Entry | None:
    """The town that a bare name of a division and of its chief town names: "protests in
    Valparaíso", "clashes in Mendoza".

    News names the town more often than the province named after it; a kind word
    ("Mendoza province", "the province of Mendoza") says the province, and a town far
    smaller than its province (Sagaing, a town of 80,000 in a region of five million)
    leaves the name to the province.
    """
    if best is None or best.kind != "admin1" or mention.kinds is not None or mention.within is not None:
        return best
    towns = [
        c
        for c in allowed
        if c.kind == "city"
        and _contains(best, c)
        and same_name(c, key)
        and _prior(c, key) >= _prior(best, key) - TOWN_OF_DIVISION_PRIOR_GAP
    ]
    return max(towns, key=lambda c: c.population) if towns else best


def _town_without_neighbours(
    candidate: Entry, mention: Mention, context: _Context, key: str, top: float
) -> bool:
    """A town or county that a country's own name would name, with no other name of the
    article near it or far too small: no reading of that name.

    "Others fled to Costa Rica and Panama" in an article that also names the United
    States and Mexico: the country support that lifts a namesake town elsewhere is no
    evidence against a country written under its own name; only neighbours are (the
    "Jordan" of Kowloon among Mong Kok and Yau Ma Tei), and only for a town within
    COUNTRY_NAME_PRIOR_GAP of the country (not a hamlet of 900 people).
    """
    return (
        candidate.kind in ("city", "admin2")
        and mention.within is None
        and (
            context.neighbours(candidate, key, counties=False) == 0
            or _prior(candidate, key) < top - COUNTRY_NAME_PRIOR_GAP
        )
    )


def _town_named_like_a_division(
    candidate: Entry, divisions: list[Entry], mention: Mention, context: _Context, key: str
) -> bool:
    """A town or county of another division that a first-level division's own name names
    ("a Delaware company", "Oregon health officials", "Kansas roads"), with no other name of
    the article near it: no reading of that name.

    Context votes for a division the article names (Ohio) would otherwise carry its
    namesake town (Delaware, Ohio) past the state. A town inside the division of its name
    ("Valparaíso") is left to :func:`_town_of_division`, a national capital ("Washington")
    to its own rules, a qualified one ("Delaware, Ohio") to its qualifier; only divisions of
    the town's own country count."""
    return (
        candidate.kind in ("city", "admin2")
        and not candidate.capital
        and mention.within is None
        and any(d.country == candidate.country and not _contains(d, candidate) for d in divisions)
        and context.neighbours(candidate, key, counties=False) == 0
    )


def _choose(mentions: list[Mention]) -> None:
    """Pick each mention's entry: first by prior, then twice more in the article's context.

    The second round reads the context that the first round's choices give,
    so a "Georgia" that the context makes the US state in turn backs the
    Georgian "Columbus" and "Gainesville".
    """
    picks: dict[int, Entry | None] = {i: _best(m) for i, m in enumerate(mentions)}
    supported: dict[int, bool] = {}
    readings = _readings(mentions)  # the mentions do not change in the rounds: scored once
    for _round in range(CONTEXT_ROUNDS):
        context = _context(mentions, picks, readings)
        new_picks: dict[int, Entry | None] = {}
        for number, mention in enumerate(mentions):
            if mention.chosen is not None:
                new_picks[number] = mention.chosen
                supported[number] = True
                continue
            new_picks[number], supported[number] = _pick(mention, context, readings[number])
        picks = _one_sense(mentions, new_picks)
    # the names read in some country: "does the article place another name?" in constant time
    named = {fold(mentions[n].text) for n, pick in picks.items() if pick is not None and pick.country}
    context = _context(mentions, picks, readings)
    main = context.main_country()
    for number, mention in enumerate(mentions):
        best = picks.get(number)
        if best is None or mention.chosen is not None:
            continue
        if _small_abroad_by_country_alone(mention, best, named, context, main):
            continue  # "Siloe" in Cali is no Philippine village that "Suba" (another) backs
        if (
            best.kind in ("city", "admin2")
            and (
                best.population < MIN_POPULATION_WITHOUT_CONTEXT
                or mention.site
                or _local(mention, named)
                or _small_alias_abroad(mention, best, named)
                or _small_town_abroad(best, fold(mention.text), named)
                or mention.bare
            )
            and not supported.get(number)
            and mention.within is None
        ):
            continue  # a hamlet, or the namesake abroad of a site ("Evin prison"): no support, no point
        mention.chosen = best


def _small_abroad_by_country_alone(
    mention: Mention, best: Entry, named: set[str], context: _Context, main: str | None
) -> bool:
    """A small town, or one read under another of its spellings, in a country other than
    the one most of the article's names lie in, that nothing near it backs: only the
    country's name ("left for Mexico" lifting "El Alto" to a Mexican hamlet) or another
    small namesake of that country ("Siloe" and "Suba" of Cali as two Philippine villages).

    Such support says the country is in the story, not that the hamlet is; the name keeps
    its text and gets no point (as :func:`_small_town_abroad` does without any support).
    """
    if main is None or best.country in (None, main) or best.kind not in ("city", "admin2"):
        return False
    if mention.within is not None or mention.dateline:
        return False
    key = fold(mention.text)
    if not (_small_alias_abroad(mention, best, named) or _small_town_abroad(best, key, named)):
        return False
    if best.admin1_code and context.division_votes(best.country, best.admin1_code, key):
        return False
    return not (same_name(best, key) and context.neighbours(best, key))


def _local(mention: Mention, named: set[str]) -> bool:
    """A name with its word for a town or district ("Kani Township", "Puge county") in an
    article that names countries: a local unit, which lies in one of them or is unknown.

    The kind word says the writer places it among the article's places, so a namesake town
    of another country ("Kani" of Japan in a story about Myanmar) needs the context's support.
    """
    last = mention.text.rpartition(" ")[2].lower()
    key = fold(mention.text)
    return (mention.kinds is not None or last in _LOCAL_KIND_WORDS) and _names_elsewhere(named, key)


def _small_alias_abroad(mention: Mention, best: Entry, named: set[str]) -> bool:
    """A small town read under another of its names, in an article that names other
    places: "Almaly", a district of Almaty, is not Elmalı in Turkey (GeoNames keeps
    "Almaly" as one of its spellings). Only a sizeable town is worth such a guess
    without support from the context (the caller checks the support)."""
    key = fold(mention.text)
    return (
        best.population < MIN_ALTERNATE_SPELLING_POPULATION
        and not same_name(best, key)
        and _names_elsewhere(named, key)
    )


def _small_town_abroad(best: Entry, key: str, named: set[str]) -> bool:
    """A town too small to be news on its own name alone, in an article that places its
    other names elsewhere: "Koya" among Erbil and Iraq is the Kurdish town GeoNames lacks,
    not the Japanese village of 3,000 (the caller checks that nothing in the article backs
    the small town's country); the name keeps its text and gets no point."""
    return best.population < MIN_UNSUPPORTED_TOWN_POPULATION and _names_elsewhere(named, key)


def _names_elsewhere(named: set[str], key: str) -> bool:
    """Whether the article places a name other than *key* in some country."""
    return len(named) > 1 or (len(named) == 1 and key not in named)


#: Words for a town or a district, which put a name inside the article's countries.
_LOCAL_KIND_WORDS = frozenset({"township", "county", "district", "village", "town", "prefecture", "parish"})


#: What joins two items of a list: "Washington, London and Tel Aviv", "Moscow or Beijing".
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|,?\s+(?:and|or)\s+")


def _capitals_among_capitals(mentions: list[Mention], text: str) -> None:
    """A name listed next to another country's capital is a capital too, when it can be one.

    "It accused Washington, London and Tel Aviv": governments named by their
    seats. The country context that London gives makes "Washington" the English
    town of that name; next to a capital of another country it is the capital
    of its own. Names with their own qualifier ("Paris, Texas") keep their reading, and so
    does a town of the story's own country listed with that country's capital: "in Beirut,
    Tripoli and Sidon" of a story on Lebanon is Lebanon's Tripoli, not Libya's capital.
    """
    switched: dict[tuple[str, int | None], Entry] = {}  # (name, old reading) -> the capital
    main = _context(mentions, {n: m.chosen for n, m in enumerate(mentions)}).main_country()
    for first, second in _listed_pairs(mentions, text):
        for mention, other in ((first, second), (second, first)):
            near = other.chosen
            own = mention.chosen
            if (
                near is None
                or not near.capital
                or own is None
                or own.capital
                or mention.within is not None
                or mention.demonym
                or (main is not None and own.country == near.country == main)
            ):
                continue
            key = fold(mention.text)
            capitals = [
                c for c in _allowed(mention) if c.capital and c.country != near.country and same_name(c, key)
            ]
            if capitals:
                mention.chosen = max(capitals, key=lambda c: c.population)
                switched[(key, own.geonameid)] = mention.chosen
    _follow_switched(mentions, switched)


def _listed_pairs(mentions: list[Mention], text: str) -> Iterator[tuple[Mention, Mention]]:
    """Each two neighbouring mentions with only a list's comma or "and" between them ("Oregon and
    Washington", "Beirut, Tripoli"), in reading order: the pairs a list names of one kind."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if _LIST_GAP.fullmatch(text, first.end, second.start) is not None:
            yield first, second


def _follow_switched(mentions: list[Mention], switched: dict[tuple[str, int | None], Entry]) -> None:
    """One sense per discourse: a name's other bare mentions that had the reading a list switched
    (``(folded name, old geonameid)`` → new entry) take the new one too."""
    for mention in mentions:
        if mention.chosen is not None and mention.within is None:
            entry = switched.get((fold(mention.text), mention.chosen.geonameid))
            if entry is not None:
                mention.chosen = entry


#: How far a national capital may lie from every first-level division listed with its name and
#: still be read as the capital: "Maryland, Virginia and Washington" names the capital's region,
#: "Oregon and Washington" the state (the nearest listed division lies some 3,000 km from it).
LISTED_CAPITAL_KM = 500.0


def _divisions_among_divisions(mentions: list[Mention], text: str) -> None:
    """A name listed next to a first-level division is a division of that country too, when
    it can be one.

    "Illnesses occurred in Manitoba, Ontario and New Brunswick": a list names places of one
    kind, and the towns Ontario (California) and New Brunswick (New Jersey) that the bigger
    population or the country context made them are no items of a list of provinces. A
    national capital keeps its reading when it lies near one of the listed divisions ("in
    Maryland, Virginia and Washington"); a name with its own qualifier ("Portland, Maine") and
    a name read as a country keep theirs. The list is read left to right, so that each switched
    name backs the next ("Ontario and New Brunswick").
    """
    switched: dict[tuple[str, int | None], Entry] = {}
    for first, second in _listed_pairs(mentions, text):
        for mention, other in ((first, second), (second, first)):
            near = other.chosen
            own = mention.chosen
            if (
                near is None
                or near.kind != "admin1"
                or other.demonym
                or own is None
                or own.kind not in ("city", "admin2")
                or mention.within is not None
                or mention.demonym
                or mention.kinds is not None
            ):
                continue
            key = fold(mention.text)
            divisions = [
                c
                for c in _allowed(mention)
                if c.kind == "admin1" and c.country == near.country and same_name(c, key)
            ]
            if not divisions:
                continue
            if own.capital and _near_a_listed_division(own, first, second):
                continue
            mention.chosen = max(divisions, key=lambda c: c.population)
            switched[(key, own.geonameid)] = mention.chosen
    _follow_switched(mentions, switched)


def _near_a_listed_division(capital: Entry, first: Mention, second: Mention) -> bool:
    """Whether one of the two listed names, read as a first-level division, lies within
    :data:`LISTED_CAPITAL_KM` of *capital* (the pair only: linear in the mentions)."""
    if capital.lat is None or capital.lon is None:
        return False
    for mention in (first, second):
        entry = mention.chosen
        if entry is None or entry.kind != "admin1" or entry.lat is None or entry.lon is None:
            continue
        if _km(capital.lat, capital.lon, entry.lat, entry.lon) <= LISTED_CAPITAL_KM:
            return True
    return False


def _one_sense(mentions: list[Mention], picks: dict[int, Entry | None]) -> dict[int, Entry | None]:
    """One sense per discourse: every bare mention of a name reads as the same place.

    "Paris, Texas" once makes the later bare "Paris" of the same article Paris,
    Texas; otherwise the reading most of the name's mentions got wins (a
    "Paris City Council" does not turn one "Paris" of the article into
    another place). Mentions with their own qualifier keep their reading.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for number, mention in enumerate(mentions):
        if not mention.demonym and picks.get(number) is not None:
            groups[fold(mention.text)].append(number)
    out = dict(picks)
    for numbers in groups.values():
        if len(numbers) < 2:
            continue
        fixed = [picks[n] for n in numbers if mentions[n].within is not None or mentions[n].chosen]
        # a name inside an organisation's name was looked up among divisions
        # only: the reading of its free-standing mentions outvotes it
        free = [n for n in numbers if not mentions[n].embedded] or numbers
        counts = Counter(id(picks[n]) for n in free)
        by_id = {id(picks[n]): picks[n] for n in numbers}
        sense = fixed[0] if fixed else by_id[counts.most_common(1)[0][0]]
        for number in numbers:
            mention = mentions[number]
            if (
                mention.within is None
                and mention.chosen is None
                and (mention.embedded or sense in _allowed(mention))
            ):
                out[number] = sense
    return out


#: Degrees of latitude that :data:`NEIGHBOUR_KM` spans at most (one degree is 111.19 km on
#: :func:`_km`'s sphere), with a margin of 1 % so that rounding never decides.
_NEIGHBOUR_LAT_DEGREES = math.degrees(NEIGHBOUR_KM / 6371.0) * 1.01


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# --------------------------------------------------------------------------- output


_KINDS = {"country": "country", "admin1": "admin1", "city": "city"}


def _group(mentions: list[Mention], gaz: Gazetteer) -> list[Place]:
    placed = _ArticlePlaces.of(mentions)  # read once, for every site named after its town
    gaz_groups: dict[object, list[Mention]] = {}
    for mention in mentions:
        if mention.chosen is not None:
            entry = mention.chosen
            key: object = ("g", entry.geonameid, entry.kind, entry.name)
        else:
            key = ("t", fold(mention.text))
        gaz_groups.setdefault(key, []).append(mention)
    places: list[Place] = []
    for number, group in enumerate(gaz_groups.values(), start=1):
        named = [m for m in group if not m.demonym and not m.in_name]
        spans = sorted({(m.start, m.end) for m in named})
        demonyms = sorted({(m.start, m.end) for m in group if m.demonym})
        in_names = sorted({(m.start, m.end) for m in group if m.in_name and not m.demonym})
        chosen = group[0].chosen
        if chosen is None:
            surface = Counter(m.text for m in group).most_common(1)[0][0]
            within = next((m.within for m in group if m.within is not None), None)
            town = _town_a_site_is_named_after(surface, placed, gaz) if within is None else None
            town_division = gaz.admin1_of(town) if town is not None else None
            places.append(
                Place(
                    id=f"p{number}",
                    name=_without_capitalised_kind_word(surface),
                    kind="other",
                    country=within.country if within is not None else town.country if town else None,
                    admin1=within.name
                    if within is not None
                    else town_division.name
                    if town_division is not None
                    else None,
                    lat=round(town.lat, 5) if town is not None and town.lat is not None else None,
                    lon=round(town.lon, 5) if town is not None and town.lon is not None else None,
                    mentions=spans,
                    demonyms=demonyms,
                    in_names=in_names,
                )
            )
            continue
        division = gaz.admin1_of(chosen) if chosen.kind != "country" else None
        places.append(
            Place(
                id=f"p{number}",
                name=chosen.name,
                kind=_KINDS.get(chosen.kind, "other"),  # type: ignore[arg-type]
                country=chosen.country,
                admin1=division.name if division is not None else None,
                lat=round(chosen.lat, 5) if chosen.lat is not None else None,
                lon=round(chosen.lon, 5) if chosen.lon is not None else None,
                geonameid=chosen.geonameid,
                mentions=spans,
                demonyms=demonyms,
                in_names=in_names,
            )
        )
    return places


#: Words that alone name no place: a compass word, or a word of a place's kind ("the North
#: Region", "the Southern District" keep their kind word in their name).
_NO_NAME_ALONE = frozenset(word.lower() for word in _COMPASS_NAMES) | {"new", "old"}


def _without_capitalised_kind_word(surface: str) -> str:
    """The name of a place the gazetteer does not know, written with a capitalised word for its
    kind ("[name] Township", "[name] District"): the name without the word, as a place the
    gazetteer knows is named ("Lamu County" read as Lamu) and as a lower-case kind word leaves
    it (round 45, "[name] province"). The mention keeps the word, so a gold that lists either
    form finds the one place (golds list the whole in most articles and the bare name in some:
    a bulletin's list of townships). A head that is only compass or generic words keeps its
    kind word ("North Region")."""
    head, _ = split_kind_word(surface)
    if head is None or not surface.rpartition(" ")[2][:1].isupper():
        return surface
    words = fold(head).split()
    if all(w in _NO_NAME_ALONE or w in place_words.GENERIC_WORDS for w in words):
        return surface
    return head


#: The kinds of place a site may be named after: "St. Cloud Hospital", "DeKalb County Jail".
_TOWN_KINDS = frozenset({"city", "admin2"})


@dataclass(frozen=True)
class _ArticlePlaces:
    """The towns the article's names were read as, by folded name, and the first-level
    divisions its places lie in: gathered once per article, so that naming sites after their
    towns stays linear in the number of mentions."""

    towns: dict[str, Entry]
    divisions: frozenset[tuple[str | None, str]]

    @classmethod
    def of(cls, mentions: list[Mention]) -> _ArticlePlaces:
        read = [(m.text, m.chosen) for m in mentions if m.chosen is not None and not m.demonym]
        return cls(
            towns={fold(text): entry for text, entry in read if entry.kind in _TOWN_KINDS},
            divisions=frozenset((e.country, e.admin1_code) for _text, e in read if e.admin1_code),
        )


def _town_a_site_is_named_after(name: str, placed: _ArticlePlaces, gaz: Gazetteer) -> Entry | None:
    """The town or county whose name opens the unknown name *name*, if the article places it.

    A site, a building or a body named after its town lies in it: "St. Cloud Hospital",
    "the DeKalb County Jail", "the Rochester Public Library". The name has no gazetteer entry of
    its own and kept no point; it takes the town's, which must be a reading of another name of
    the article or lie in a first-level division one of the article's places lies in ("Sauk
    Rapids ... St. Cloud Hospital"), under its own name and of 10,000 people or more: a town
    of that name elsewhere is no evidence, nor a hamlet's other name. The longest
    opening run of capitalised words wins; the last word stays out (it is the site's own).
    A street takes no point: streets are named after towns far away ("Memphis Street" in
    Louisiana) as often as after their own.
    """
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    if words[-1].rstrip(".").lower() in place_words.STREET_WORDS:
        return None  # a street is named after a town far away as often ("Memphis Street")
    resolved, divisions = placed.towns, placed.divisions
    for size in range(len(words) - 1, 0, -1):
        opening = words[:size]
        if not all(word[:1].isupper() for word in opening):
            continue
        prefix = " ".join(opening)
        key = fold(prefix)
        own = resolved.get(key)
        if own is not None and own.lat is not None:
            return own
        towns = [
            entry
            for entry in gaz.lookup(prefix)
            if entry.kind in _TOWN_KINDS
            and entry.lat is not None
            and (entry.country, entry.admin1_code) in divisions
            # a word that is some small place's other name ("the White House", "the Temple
            # Mount") is no town: only a sizeable town under its own name
            and same_name(entry, key)
            and entry.population >= MIN_UNSUPPORTED_TOWN_POPULATION
        ]
        if towns:
            return max(towns, key=lambda entry: entry.population)
    return None


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

#: What a hyphen-joined name may be read as: a land ("Guinea-Bissau", "Schleswig-Holstein");
#: two towns so joined name a metropolitan area of two ("Minneapolis-St. Paul"), each a place.
_HYPHENED_KINDS = frozenset({"country", "admin1"})


def _hyphen_joined_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Two names the parser split at a hyphen are one where the gazetteer knows the whole.

    "Guinea-Bissau" was read as Guinea and the town of Bissau, each tagged apart; a name
    written as two capitalised names joined by a hyphen, without spaces, is one name when the
    gazetteer knows it whole as a country or a first-level division ("Guinea-Bissau",
    "Schleswig-Holstein"). Two names the gazetteer does not know joined ("the Russia-Ukraine
    border") stay two, and so do two towns ("Dallas-Fort Worth"): the area of both.
    """
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starting: dict[int, Mention] = {}
    for mention in ordered:
        starting.setdefault(mention.start, mention)  # the first mention opening at each offset
    merged: list[Mention] = []
    skip: set[int] = set()
    for first in ordered:
        if id(first) in skip:
            continue
        second = starting.get(first.end + 1) if text[first.end : first.end + 1] in _HYPHENS else None
        if (
            second is not None
            and not first.demonym
            and not second.demonym
            and first.text[:1].isupper()
            and second.text[:1].isupper()
        ):
            whole = text[first.start : second.end]
            candidates = [c for c in gaz.lookup(whole) if c.kind in _HYPHENED_KINDS]
            if candidates:
                merged.append(Mention(first.start, second.end, whole, candidates=candidates))
                skip.add(id(second))
                continue
        merged.append(first)
    return merged
