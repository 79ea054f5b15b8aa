"""Places: toponyms found in the text and resolved offline to GeoNames entries.

Recognition leans on the parser's named entities (GPE, LOC, FAC, and NORP for
demonyms) rather than on scanning the text for every gazetteer name: a
gazetteer of 235,000 cities contains "Most", "Of" and many surnames, which is
what makes plain gazetteer matchers (flashgeotext, geotext) noisy. On top of
the entities a few patterns catch what the small model leaves out ("X
province", "the city of X"), and entities that are surnames of people named
elsewhere in the article ("Raisi" after "Ebrahim Raisi") are dropped.

Resolution scores each gazetteer candidate by a population prior plus the
article's context: countries and first-level divisions that the article names
elsewhere (a "Tehran" near "Iran" is the Iranian capital; a "Paris" in an
article about Texas is Paris, Texas), and an explicit qualifier ("Paris,
Texas", "Khuzestan province"). Names that match nothing keep their text and
have no coordinates; tally never makes a point up.

Gazetteer data: GeoNames (CC BY 4.0), see :mod:`tally.extract.gazetteer`.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tally.extract.gazetteer import Entry, Gazetteer, fold, load_gazetteer
from tally.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)

#: Entity labels whose spans are looked up as places. NORP spans count only
#: when they are a country's demonym ("Iranian").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Words after a name that make it a division ("Khuzestan province").
DIVISION_SUFFIXES = frozenset(
    {
        "province",
        "state",
        "region",
        "county",
        "oblast",
        "governorate",
        "prefecture",
        "district",
        "parish",
        "department",
        "territory",
    }
)

#: Words after a name that make it a city ("Behbehan city").
CITY_SUFFIXES = frozenset({"city", "town", "village"})

#: Score added when a candidate lies in a country the article names elsewhere:
#: worth two orders of magnitude of population, so that the Iranian "Tehran"
#: beats any namesake and Paris, Texas beats Paris, France in an article that
#: keeps naming Texas.
COUNTRY_CONTEXT_BONUS = 2.0

#: Score added per other name of the article that has a reading in the same
#: first-level division as the candidate (the Gainesville of Georgia in a
#: story that also names Hall County and Georgia), up to MAX_ADMIN1_VOTES names.
ADMIN1_VOTE_BONUS = 1.0
MAX_ADMIN1_VOTES = 3.0

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

#: A name matched under one of its alternate names ("Manhattan" for New York
#: City) yields to a place whose own name it is (Manhattan, Kansas) unless the
#: alternate reading is ten times bigger.
ALTERNATE_NAME_PENALTY = 1.0

#: Capitals are named in the news far beyond their size ("Washington").
CAPITAL_BONUS = 0.7

#: Rounds of context scoring after the first choice by prior alone.
CONTEXT_ROUNDS = 2

#: Entity labels whose names may contain a place ("Texas Department of
#: Health", "U.S. House", "National Council of Resistance of Iran").
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})

#: Longest place name, in tokens, looked for inside another name.
MAX_NAME_TOKENS = 4

#: Entities whose words :func:`_scan_supported` may read as places.
SCANNED_LABELS = frozenset(
    {"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

#: Last words of street names: "Pine Needle Drive" is not the town of Pine.
STREET_WORDS = frozenset(
    {
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "drive",
        "dr",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "highway",
        "hwy",
        "way",
        "court",
        "ct",
        "parkway",
        "pkwy",
        "place",
        "pl",
        "trail",
        "circle",
        "terrace",
        "square",
        "plaza",
    }
)

#: Words that open a span but are not part of the name.
_LEADING_WORDS = ("the ",)

#: ", Ga." right after a place (spaCy often leaves the abbreviation out).
_ABBREVIATION_AFTER_COMMA = re.compile(
    r",\s?((?:[A-Z][a-z]{0,4}\.)(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2}\b)"
)


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    kinds: frozenset[str] | None = None  # restrict candidates to these kinds
    candidates: list[Entry] = field(default_factory=list)
    demonym: bool = False
    embedded: bool = False  # found inside a longer name, not tagged as a place itself
    within: Entry | None = None  # an explicit qualifier: "Paris, Texas"
    chosen: Entry | None = None


def extract_places(ctx: ExtractContext) -> list[Place]:
    """Find the places *ctx.doc* names and resolve each to a gazetteer entry where one fits.

    :param ctx: the parsed article; only ``ctx.doc`` (with its entities) is read.
    :returns: one :class:`Place` per distinct location, all its mentions merged,
        ids ``p1``, ``p2``… in order of first mention.
    """
    return resolve_places(ctx.doc, load_gazetteer())


def resolve_places(doc: Doc, gaz: Gazetteer) -> list[Place]:
    """:func:`extract_places` with the gazetteer given (for tests and batch runs)."""
    mentions = _find_mentions(doc, gaz)
    _qualify(mentions, doc.text)
    _choose(mentions)
    mentions = _scan_supported(doc, mentions, gaz)
    mentions = _propagate(doc, mentions)
    return _group(mentions, gaz)


# --------------------------------------------------------------------------- recognition


def _surnames(doc: Doc) -> tuple[set[str], set[str]]:
    """Surnames, and single words tagged as people, found in *doc*.

    The small model tags a repeated surname as GPE ("Raisi" after "Ebrahim
    Raisi", which it tags ORG); such a span is dropped when the full name
    appears as a PERSON or ORG made of name words only. A word that is a
    PERSON elsewhere drops only spans the gazetteer does not know.
    """
    surnames: set[str] = set()
    people: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        words = [t for t in ent if not t.is_punct]
        if ent.label_ == "PERSON" and len(words) == 1:
            people.add(fold(words[0].text))
        if len(words) < 2 or any(t.pos_ != "PROPN" or t.is_lower for t in words):
            continue
        surnames.add(fold(words[-1].text))
    return surnames, people


def _clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the" and a trailing possessive from a character span."""
    for word in _LEADING_WORDS:
        if text[start:end].lower().startswith(word):
            start += len(word)
    for suffix in ("’s", "'s", "’", "'"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _split_on_commas(doc: Doc, span: Span) -> list[tuple[int, int]]:
    """Character spans of the parts of "Springfield, Illinois" tagged as one entity."""
    parts: list[tuple[int, int]] = []
    begin = span.start
    for token in span:
        if token.text == ",":
            if token.i > begin:
                parts.append((doc[begin].idx, doc[token.i - 1].idx + len(doc[token.i - 1])))
            begin = token.i + 1
    if begin < span.end:
        parts.append((doc[begin].idx, doc[span.end - 1].idx + len(doc[span.end - 1])))
    return parts


def _kinds_from_cues(doc: Doc, span: Span) -> frozenset[str] | None:
    """Kinds the words around *span* allow: "X province", "the city of X"."""
    after = doc[span.end].text.lower() if span.end < len(doc) else ""
    before = [t.text.lower() for t in doc[max(0, span.start - 2) : span.start]]
    if after in DIVISION_SUFFIXES or before[-2:] in (["province", "of"], ["state", "of"]):
        return frozenset({"admin1", "admin2"})
    if after in CITY_SUFFIXES or before[-2:] in (["city", "of"], ["town", "of"], ["village", "of"]):
        return frozenset({"city"})
    return None


def _embedded(doc: Doc, ent: Span, gaz: Gazetteer, *, cities: bool = False) -> list[_Mention]:
    """Countries, first-level divisions and demonyms inside an organisation's name.

    "Texas Department of Health", "U.S. House", "National Council of
    Resistance of Iran": the name contains a toponym that says where the
    organisation belongs. Only countries and divisions under their own name
    are taken from inside names (cities named inside organisations come from
    :func:`_propagate`); with *cities*, a place entity the gazetteer does not
    know as a whole ("Northeast Georgia", "South Philadelphia") is searched
    for a known place inside it.
    """
    found: list[_Mention] = []
    tokens = list(ent)
    i = 0
    while i < len(tokens):
        if not (tokens[i].is_title or tokens[i].is_upper):
            i += 1
            continue
        matched = 0
        for size in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            piece = tokens[i : i + size]
            if not (piece[-1].is_title or piece[-1].is_upper or piece[-1].text.endswith(".")):
                continue
            start, end = piece[0].idx, piece[-1].idx + len(piece[-1])
            text = doc.text[start:end]
            country = gaz.demonym(text) if size == 1 else None
            if country is not None:
                found.append(_Mention(start, end, text, candidates=[country], demonym=True))
                matched = size
                break
            key = fold(text)
            candidates = gaz.lookup(text)
            strong = [
                c
                for c in candidates
                if c.kind == "country" or (c.kind == "admin1" and fold(c.name) == key)
            ]
            if cities and not strong:
                strong = [c for c in candidates if c.kind in ("city", "admin1")]
            if strong and (len(text) > 3 or text.isupper() or "." in text):
                found.append(_Mention(start, end, text, candidates=strong, embedded=True))
                matched = size
                break
        i += matched or 1
    return found


def _find_mentions(doc: Doc, gaz: Gazetteer) -> list[_Mention]:
    surnames, people = _surnames(doc)
    text = doc.text
    mentions: list[_Mention] = []
    inside: list[_Mention] = []
    for ent in doc.ents:
        label = ent.label_
        if label in EMBEDDING_LABELS:
            inside.extend(_embedded(doc, ent, gaz))
            continue
        if label == "NORP" or label in PLACE_LABELS:
            start, end = _clean_span(text, ent.start_char, ent.end_char)
            country = gaz.demonym(text[start:end])
            if country is not None:
                if start == 0 or text[start - 1] not in "-‐":  # "African-American"
                    mentions.append(
                        _Mention(start, end, text[start:end], candidates=[country], demonym=True)
                    )
                continue
        if label not in PLACE_LABELS:
            continue
        kinds = _kinds_from_cues(doc, ent)
        for start, end in _split_on_commas(doc, ent):
            start, end = _clean_span(text, start, end)
            name = text[start:end]
            key = fold(name)
            if not key or not any(ch.isalpha() for ch in key) or not name[0].isupper():
                continue
            if key in surnames and label == "GPE":
                continue
            candidates = gaz.lookup(name)
            state = gaz.abbreviation(name) if "." in name else None
            if state is not None:
                candidates = [state]
            if not candidates:
                part = doc.char_span(start, end, alignment_mode="expand")
                parts = _embedded(doc, part, gaz, cities=True) if part is not None else []
                if parts:
                    mentions.extend(parts)
                    continue
                if label == "FAC" or key in people:
                    continue  # buildings and roads, people: only what the gazetteer knows
            mentions.append(_Mention(start, end, name, kinds=kinds, candidates=candidates))
    # Divisions inside organisations' names count only in a country the
    # article names as a place: "Texas Department" in a US story, not the
    # "Western" of a Ghanaian region in "Western Union".
    countries = {c.country for m in mentions for c in m.candidates[:1] if c.country}
    countries |= {c.country for m in mentions if m.demonym for c in m.candidates}
    mentions += [
        m
        for m in inside
        if m.demonym
        or m.candidates[0].kind == "country"
        or any(c.country in countries for c in m.candidates)
    ]
    mentions.sort(key=lambda m: m.start)
    mentions = _drop_overlaps(mentions)
    mentions.extend(_state_abbreviations(text, mentions, gaz))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _drop_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    kept: list[_Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _state_abbreviations(text: str, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    """ "Gainesville, Ga.": a US state abbreviation right after a place and a comma."""
    taken = {m.start for m in mentions}
    found = []
    for mention in mentions:
        match = _ABBREVIATION_AFTER_COMMA.match(text, mention.end)
        if match is None or match.start(1) in taken:
            continue
        state = gaz.abbreviation(match.group(1))
        if state is None or not any(c.country == "US" for c in mention.candidates):
            continue
        found.append(_Mention(match.start(1), match.end(1), match.group(1), candidates=[state]))
    return found


def _propagate(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Other occurrences of a resolved name are mentions of the same place.

    One sense per discourse: when "Alexandria" is a place once in a story, the
    "Alexandria" of "Alexandria police" or "an Alexandria man" is the same
    place, although the parser did not tag it. Occurrences inside a person's
    name are left alone.
    """
    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    by_name: dict[str, _Mention] = {}
    for mention in mentions:
        if mention.chosen is not None and not mention.demonym and len(mention.text) > 2:
            by_name.setdefault(mention.text, mention)
    found: list[_Mention] = []
    for name, source in by_name.items():
        for variant in {name, name.upper()}:
            position = text.find(variant)
            while position != -1:
                end = position + len(variant)
                if _is_word(text, position, end) and not _overlaps(position, end, taken + people):
                    found.append(
                        _Mention(
                            position,
                            end,
                            variant,
                            candidates=source.candidates,
                            chosen=source.chosen,
                        )
                    )
                    taken.append((position, end))
                position = text.find(variant, end)
    return sorted(mentions + found, key=lambda m: m.start)


def _scan_supported(doc: Doc, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    """Capitalised names the parser missed that are places in a division the article names.

    Local news writes "an Alexandria man", "Gainesville Mayor …", "Jackson and
    Barrow counties" without the parser tagging the town or county. A run of
    capitalised words (outside people's names) is taken when it starts with a
    city or county of a first-level division that the article's tagged places
    already lie in; a hamlet elsewhere with the same name as a common word
    needs that support, which keeps the gazetteer from matching prose.
    """
    named: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for m in mentions:
        if m.chosen is not None and not m.embedded and m.chosen.admin1_code:
            weight_key = fold(m.text)
            named[(m.chosen.country, m.chosen.admin1_code)].add(weight_key)
            if m.chosen.kind == "admin1":
                named[(m.chosen.country, m.chosen.admin1_code)].add(weight_key + "/admin1")
    # a division counts when named itself or when two names lie in it
    divisions = {division for division, names in named.items() if len(names) >= 2}
    if not divisions:
        return mentions
    text = doc.text
    taken = [(m.start, m.end) for m in mentions]
    # people, dates ("August"), numbers and works are never the place
    taken += [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in SCANNED_LABELS]
    found: list[_Mention] = []
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        if not _is_name_token(tokens[i]):
            i += 1
            continue
        j = i
        while j < len(tokens) and _is_name_token(tokens[j]):
            j += 1
        run = tokens[i:j]
        after = tokens[j].text.lower() if j < len(tokens) else ""
        county_list = after in ("counties", "parishes") or _before_counties(tokens, j)
        if run[-1].text.lower().rstrip(".") in STREET_WORDS:
            i = j
            continue
        for size in range(min(MAX_NAME_TOKENS, len(run)), 0, -1):
            piece = run[:size]
            start, end = piece[0].idx, piece[-1].idx + len(piece[-1])
            if _overlaps(start, end, taken):
                break
            name = text[start:end]
            lookups = [name + " County", name + " Parish"] if county_list else [name]
            key = fold(name)
            candidates = [
                c
                for n in lookups
                for c in gaz.lookup(n)
                if c.kind in ("city", "admin2")
                and (c.country, c.admin1_code) in divisions
                and (county_list or fold(c.name) == key)
            ]
            if candidates:
                best = max(candidates, key=lambda c: _prior(c, fold(c.name)))
                found.append(_Mention(start, end, name, candidates=candidates, chosen=best))
                taken.append((start, end))
                break
        i = j
    return sorted(mentions + found, key=lambda m: m.start)


def _before_counties(tokens: list[Token], j: int) -> bool:
    """Whether the list that continues at *j* ends in "counties": "Cooke, Grayson and Love counties"."""
    for token in tokens[j : j + 12]:
        if token.text.lower() in ("counties", "parishes"):
            return True
        if not (_is_name_token(token) or token.text in (",", "and", "&")):
            return False
    return False


def _is_name_token(token: Token) -> bool:
    """A capitalised word that is a name: a proper noun, or any capitalised word mid-sentence."""
    if not (token.is_title and token.is_alpha):
        return False
    return not token.is_sent_start or token.pos_ == "PROPN"


def _is_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum() and before not in "-@#"


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# --------------------------------------------------------------------------- resolution


def _qualify(mentions: list[_Mention], text: str) -> None:
    """Mark "Paris, Texas": a place followed by ", <division or country>" lies in it."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = text[first.end : second.start]
        if between.strip() != "," or not second.candidates:
            continue
        container = max(
            (c for c in second.candidates if c.kind in ("admin1", "country")),
            key=lambda c: c.population,
            default=None,
        )
        if container is None:
            continue
        inside = [c for c in first.candidates if _contains(container, c) and c is not container]
        if inside:
            first.within = container
            second.chosen = container


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
    if entry.kind in ("city", "admin1", "admin2") and fold(entry.name) != key:
        score -= ALTERNATE_NAME_PENALTY
    if entry.capital:
        score += CAPITAL_BONUS
    return score


def _allowed(mention: _Mention) -> list[Entry]:
    candidates = mention.candidates
    if mention.within is not None:
        candidates = [c for c in candidates if _contains(mention.within, c)] or candidates
    if mention.kinds is not None:
        candidates = [c for c in candidates if c.kind in mention.kinds] or candidates
    return candidates


def _best(mention: _Mention) -> Entry | None:
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
    divisions: dict[tuple[str, str], dict[str, float]] = field(
        default_factory=lambda: defaultdict(dict)
    )

    def supports_country(self, country: str, key: str) -> bool:
        return bool(self.countries.get(country, set()) - {key})

    def division_votes(self, country: str, code: str, key: str) -> float:
        votes = self.divisions.get((country, code))
        if not votes:
            return 0.0
        return sum(weight for name, weight in votes.items() if name != key)


def _context(mentions: list[_Mention], picks: dict[int, Entry | None]) -> _Context:
    """The countries and divisions the article's names place it in.

    Countries come from each name's current pick. Divisions are voted for by
    every reading of every name: "Gainesville", "Whitesboro" and "Grayson
    County" all have a reading in Texas, and that agreement is the evidence,
    even though each name alone is ambiguous (the spatial-minimality heuristic
    of toponym resolution). A name votes once per division however often it
    recurs; a name read as the division itself ("Texas") votes twice.
    """
    context = _Context()
    for number, mention in enumerate(mentions):
        key = fold(mention.text)
        best = picks.get(number)
        if best is not None and best.country is not None:
            context.countries[best.country].add(key)
        if mention.demonym:
            continue
        for candidate in _allowed(mention):
            if candidate.country and candidate.admin1_code and candidate.kind != "country":
                division = context.divisions[(candidate.country, candidate.admin1_code)]
                weight = 2.0 if candidate is best and candidate.kind == "admin1" else 1.0
                division[key] = max(division.get(key, 0.0), weight)
    return context


def _pick(mention: _Mention, context: _Context) -> tuple[Entry | None, bool]:
    """The best candidate of *mention* in *context*, and whether the context backs it."""
    key = fold(mention.text)
    best: Entry | None = None
    best_score = -math.inf
    best_supported = False
    for candidate in _allowed(mention):
        score = _prior(candidate, key)
        supported = False
        if candidate.country and candidate.kind != "country":
            if context.supports_country(candidate.country, key):
                score += COUNTRY_CONTEXT_BONUS
                supported = True
            if candidate.kind != "admin1" and candidate.admin1_code:
                votes = context.division_votes(candidate.country, candidate.admin1_code, key)
                if votes:
                    score += ADMIN1_VOTE_BONUS * min(votes, MAX_ADMIN1_VOTES)
                    supported = True
        if score > best_score:
            best, best_score, best_supported = candidate, score, supported
    return best, best_supported


def _choose(mentions: list[_Mention]) -> None:
    """Pick each mention's entry: first by prior, then twice more in the article's context.

    The second round reads the context that the first round's choices give,
    so a "Georgia" that the context makes the US state in turn backs the
    Georgian "Columbus" and "Gainesville".
    """
    picks: dict[int, Entry | None] = {i: _best(m) for i, m in enumerate(mentions)}
    supported: dict[int, bool] = {}
    for _round in range(CONTEXT_ROUNDS):
        context = _context(mentions, picks)
        new_picks: dict[int, Entry | None] = {}
        for number, mention in enumerate(mentions):
            if mention.chosen is not None:
                new_picks[number] = mention.chosen
                supported[number] = True
                continue
            new_picks[number], supported[number] = _pick(mention, context)
        picks = new_picks
    for number, mention in enumerate(mentions):
        best = picks.get(number)
        if best is None or mention.chosen is not None:
            continue
        if (
            best.kind in ("city", "admin2")
            and best.population < MIN_POPULATION_WITHOUT_CONTEXT
            and not supported.get(number)
            and mention.within is None
        ):
            continue
        mention.chosen = best


# --------------------------------------------------------------------------- output


_KINDS = {"country": "country", "admin1": "admin1", "city": "city"}


def _group(mentions: list[_Mention], gaz: Gazetteer) -> list[Place]:
    gaz_groups: dict[object, list[_Mention]] = {}
    for mention in mentions:
        if mention.chosen is not None:
            chosen = mention.chosen
            key: object = ("g", chosen.geonameid, chosen.kind, chosen.name)
        else:
            key = ("t", fold(mention.text))
        gaz_groups.setdefault(key, []).append(mention)
    places: list[Place] = []
    for number, group in enumerate(gaz_groups.values(), start=1):
        spans = sorted({(m.start, m.end) for m in group})
        chosen = group[0].chosen
        if chosen is None:
            surface = Counter(m.text for m in group).most_common(1)[0][0]
            places.append(Place(id=f"p{number}", name=surface, kind="other", mentions=spans))
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
            )
        )
    return places
