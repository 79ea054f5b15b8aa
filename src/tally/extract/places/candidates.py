"""Recognition of toponyms: the mentions that :mod:`tally.extract.places.extractor` resolves.

Recognition leans on the parser's named entities (GPE, LOC, FAC, and NORP for
demonyms) rather than on scanning the text for every gazetteer name: a
gazetteer of 235,000 cities contains "Most", "Of" and many surnames, which is
what makes plain gazetteer matchers (flashgeotext, geotext) noisy. On top of
the entities a few patterns catch what the small model leaves out ("X
province", "the city of X", "Gainesville, Ga."), and entities that are
surnames of people named elsewhere in the article ("Raisi" after "Ebrahim
Raisi") are dropped. After a first resolution, :func:`propagate` and
:func:`scan_supported` add the occurrences the parser missed of names that the
article's resolved places make safe to read as places.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from tally.clean.boilerplate import PLACE_FIELD_LABEL, names_a_country_or_capital
from tally.extract.context import (
    doc_ents,
    doc_text,
    token_ent_types,
    token_flags,
    token_lowers,
    token_pos,
    token_sent_starts,
    token_starts,
    token_texts,
)
from tally.extract.dates import words as date_words
from tally.extract.dates.tokens import MONTHS
from tally.extract.entities import words as entity_words
from tally.extract.entities.descriptions import described_kind
from tally.extract.places import words as place_words
from tally.extract.spans import SpanIndex, SpanSet
from tally.lexicons import first_names, is_person_noun
from tally.nlp.paragraphs import is_reference_mark
from tally.resources.gazetteer import Entry, Gazetteer, fold, same_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: Entity labels whose spans are looked up as places. NORP spans count only
#: when they are a country's demonym ("Iranian").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


#: Entity labels whose names may contain a place ("Texas Department of
#: Health", "U.S. House", "National Council of Resistance of Iran").
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})

#: Longest place name, in tokens, looked for inside another name.
MAX_NAME_TOKENS = 4

#: A town found inside an unknown name needs this many people: the "Rain",
#: "Police" and "Sandwich" that are hamlets somewhere are words in a name.
MIN_EMBEDDED_CITY_POPULATION = 10000


#: Entities whose words :func:`scan_supported` may read as places.
SCANNED_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


#: Words that open a span but are not part of the name.
_LEADING_WORDS = ("the ",)

#: ", Ga." right after a place (spaCy often leaves the abbreviation out).
#: A US state's dotted abbreviation: "Ga.", "Calif.", "S.C.", "N. Y.".
_DOTTED_STATE = r"(?:[A-Z][a-z]{0,4}\.)(?:\s?[A-Z][a-z]?\.)?"
_ABBREVIATION_AFTER_COMMA = re.compile(rf",\s?({_DOTTED_STATE}|[A-Z]{{2}}\b)")

#: Canadian Press and Australian abbreviations of provinces, territories and states, by
#: GeoNames admin1 code: "Barrie, Ont.", "Dubbo, NSW". Read only right after a place of
#: that country and a comma, as the US ones are ("Man." or "Tas." alone are words).
_REGION_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "CA": {
        "Alta.": "01",
        "AB": "01",
        "B.C.": "02",
        "BC": "02",
        "Man.": "03",
        "MB": "03",
        "N.B.": "04",
        "NB": "04",
        "Nfld.": "05",
        "N.L.": "05",
        "NL": "05",
        "N.S.": "07",
        "NS": "07",
        "Ont.": "08",
        "ON": "08",
        "P.E.I.": "09",
        "PEI": "09",
        "PE": "09",
        "Que.": "10",
        "Qué.": "10",
        "QC": "10",
        "Sask.": "11",
        "SK": "11",
        "Y.T.": "12",
        "YT": "12",
        "N.W.T.": "13",
        "NWT": "13",
        "NT": "13",
        "NU": "14",
    },
    "AU": {
        "ACT": "01",
        "NSW": "02",
        "N.S.W.": "02",
        "NT": "03",
        "Qld": "04",
        "Qld.": "04",
        "QLD": "04",
        "SA": "05",
        "S.A.": "05",
        "Tas.": "06",
        "Tas": "06",
        "TAS": "06",
        "Vic.": "07",
        "Vic": "07",
        "VIC": "07",
        "WA": "08",
        "W.A.": "08",
    },
}

#: ", Ont." or ", NSW" right after a place: one of :data:`_REGION_ABBREVIATIONS`, whole
#: (a full stop of its own, or no letter next).
_REGION_AFTER_COMMA = re.compile(
    r",\s?("
    + "|".join(
        re.escape(a)
        for a in sorted({a for table in _REGION_ABBREVIATIONS.values() for a in table}, key=len, reverse=True)
    )
    + r")(?![\w.])"
)

#: The abbreviations of :data:`_REGION_ABBREVIATIONS` that name their province or state
#: standing alone, with no town and comma before them ("the B.C. government", "regional
#: NSW"): none is an English word or another common abbreviation, unlike "Man.", "Que.",
#: "Vic.", "SA", "WA" or "N.B.", which are read only after a town and a comma.
_LONE_REGION_ABBREVIATIONS = frozenset(
    {"B.C.", "P.E.I.", "N.W.T.", "NWT", "Nfld.", "Sask.", "N.S.W.", "NSW", "Qld", "Qld.", "QLD"}
)

#: One of :data:`_LONE_REGION_ABBREVIATIONS` as a word of its own ("N.S.W." not read as its
#: "NSW" inside "N.S.W.", nor "Qld" inside "Qld.").
_LONE_REGION = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a) for a in sorted(_LONE_REGION_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w]|\.\w)"
)

#: A number right before a span: "100 B.C." is a year, no province.
_NUMBER_BEFORE = re.compile(r"\d\s*$")

#: A party and state tag after a lawmaker's name, AP style: "Sen. X, D-Pa.," "Rep. Y (R-S.C.)".
#: Only the dotted abbreviations: the letter and hyphen before them mark the tag.
_PARTY_STATE_TAG = re.compile(rf"(?<![\w-])[DRI]-({_DOTTED_STATE})")


#: A dateline: capitals after the start of the text, a line or a sentence,
#: then up to two of ", State", ", Kenya" or ", Jan 9" ("KISUMU, Kenya, July 12"),
#: then an outlet or a date in brackets or not ("(Reuters)", "(Kurdistan 24)",
#: "(10 January 2023)"), then a dash, "(AP)" or a colon.
#: Capitals and small letters of a dateline's town, accented ones included: "ASUNCIÓN",
#: "BOGOTÁ", "YAOUNDÉ", "SÃO PAULO", "Lomé (AFP) –".
_DL_UP = "A-ZÀ-ÖØ-Þ"
_DL_LOW = "a-zß-öø-ÿ"

#: What may follow a dateline's town after a comma: a country, a state or a month and its day
#: (", Kenya", ", Jan 9"), or a day before its month ("MINSK, 10 August", ", 6 October 2020").
_DL_AFTER_COMMA = (
    r"(?:,\s?(?:[A-Z][A-Za-z.]+(?: (?:[A-Z][A-Za-z.]+|\d{1,2}))?|\d{1,2} [A-Z][a-z]+\.?(?: \d{4})?)){0,2}"
)

#: A state agency's name between slashes after the date's full stop: "MOSCOW, January 5. /TASS/.".
_DL_SLASHED_AGENCY = r"\.\s?/[A-Z][A-Za-z-]{1,15}/"

#: An agency's initials in brackets that end a dateline with no dash, the story going on at
#: once: "LUCKNOW, Dec 2 (PTI) Police …", "Guwahati, March 6 (IANS) Police …" (Indian wires).
_DL_BARE_AGENCY = (
    r"(?:(?<=\([A-Z]{2}\))|(?<=\([A-Z]{3}\))|(?<=\([A-Z]{4}\))|(?<=\([A-Z]{2}\) )|(?<=\([A-Z]{3}\) )"
    r"|(?<=\([A-Z]{4}\) ))(?= ?[A-Z][a-z])"
)

_DATELINE = re.compile(
    rf"(?:^|\n|[.!?] |\d{{4}} )\s*([{_DL_UP}][{_DL_UP}.'’]+(?:[ -][{_DL_UP}][{_DL_UP}.'’]+){{0,3}}"
    rf"(?: ?/ ?[{_DL_UP}][{_DL_UP}.'’]+(?:[ -][{_DL_UP}][{_DL_UP}.'’]+){{0,3}}){{0,2}})"  # "BISHKEK/ALMATY"
    rf"{_DL_AFTER_COMMA}\s?(\([A-Z0-9][\w .,&’'-]{{0,30}}\)\s?)?"
    rf"(?:—|–|―|--|-|\x97|:|\(AP\)|{_DL_SLASHED_AGENCY}|{_DL_BARE_AGENCY})"
)

#: A dateline in title case at the start of the text or of a line, which only an
#: outlet in brackets makes one: "Almaty (AFP) -", "Nairobi, Kenya (Reuters) —".
_TITLE_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*([{_DL_UP}][{_DL_LOW}'’]+(?:[ -][{_DL_UP}][{_DL_LOW}'’]+){{0,2}}"
    rf"(?: ?/ ?[{_DL_UP}][{_DL_LOW}'’]+(?:[ -][{_DL_UP}][{_DL_LOW}'’]+){{0,2}}){{0,2}})"
    rf"{_DL_AFTER_COMMA} ?(\([A-Z][\w .,&’'-]{{0,30}}\)) ?(?:—|–|―|--|-|\x97|:|{_DL_BARE_AGENCY})"
)

#: A month and its day, or a day and its month, that a colon ends in a title-case dateline:
#: "Guwahati, March 6: Police …", "Imphal, 6 Mar: …" (Indian dailies).
_DL_MONTH_DAY = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}"
    r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)"
)

#: A dateline in title case with no outlet, which a full date or a country after a comma
#: and a long dash make one: "Minsk / Vilnius, 6 January 2022 —", "Yangon, Myanmar—"; a full
#: date also with a hyphen between spaces ("Lomé, 4 June 2024 - The ministry …").
_PLAIN_TITLE_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*([{_DL_UP}][{_DL_LOW}'’]+(?:[ -][{_DL_UP}][{_DL_LOW}'’]+){{0,2}}"
    rf"(?: ?/ ?[{_DL_UP}][{_DL_LOW}'’]+(?:[ -][{_DL_UP}][{_DL_LOW}'’]+){{0,2}}){{0,2}}),"
    r" ?(?:(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4}|([A-Z][a-z]+(?: [A-Z][a-z]+)?)) ?(?:—|–|―|--)"
    r"|(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4}) - "  # a full date, a spaced hyphen (round 58)
    rf"|{_DL_MONTH_DAY}:)"
)


@lru_cache(maxsize=1)
def _dateline_matches(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """Every match of :data:`_DATELINE`, :data:`_TITLE_DATELINE` and :data:`_PLAIN_TITLE_DATELINE`
    in *text*, in that order: three steps of :func:`find_mentions` read them (the datelines'
    places, the outlets in their brackets, the mentions they hold), which ran the patterns
    over the whole text three times. Kept for the last text only."""
    return tuple(tuple(p.finditer(text)) for p in (_DATELINE, _TITLE_DATELINE, _PLAIN_TITLE_DATELINE))


@dataclass
class Mention:
    """One occurrence of a (possible) place name, with its gazetteer candidates."""

    start: int
    end: int
    text: str
    kinds: frozenset[str] | None = None  # restrict candidates to these kinds
    candidates: list[Entry] = field(default_factory=list)
    demonym: bool = False
    embedded: bool = False  # found inside a longer name, not tagged as a place itself
    in_name: bool = False  # inside an organisation's name with other words ("Tehran Times")
    in_outlet: bool = False  # inside a name the parser took for a place ("Central Asia Monitor")
    within: Entry | None = None  # an explicit qualifier: "Paris, Texas"
    site: bool = False  # a name before a site word ("Evin prison"): a town's only with context
    dateline: bool = False  # the place a report is filed from ("GENEVA (AFP) –")
    bare: bool = False  # read without the Arabic article GeoNames writes ("Diwaniyah"): needs support
    chosen: Entry | None = None


def _surnames(doc: Doc) -> tuple[set[str], set[str]]:
    """Surnames, and single words tagged as people, found in *doc*.

    The small model tags a repeated surname as GPE ("Raisi" after "Ebrahim
    Raisi", which it tags ORG); such a span is dropped when the full name
    appears as a PERSON or ORG made of name words only. A word that is a
    PERSON elsewhere drops only spans the gazetteer does not know.
    """
    surnames: set[str] = set()
    people: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        words = [t for t in ent if not t.is_punct]
        if ent.label_ == "PERSON" and len(words) == 1:
            people.add(fold(words[0].text))
        if len(words) < 2 or any(t.pos_ != "PROPN" or t.is_lower for t in words):
            continue
        surnames.add(fold(words[-1].text))
    return surnames, people


def _given_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Folded first words of the people *doc* names in full ("Marta" of "Marta Velasco"): a bare
    mention of such a word that names no country, province or big town is the person called by
    the given name ("doctors said Marta was recovering"), however the parser tags it. The word
    must pass :func:`_given_name` (no title, no word that opens a place's name)."""
    found: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON":
            continue
        words = [t for t in ent if not t.is_punct]
        if len(words) < 2 or any(t.pos_ != "PROPN" or t.is_lower for t in words):
            continue
        first = words[0]
        if first.lower_.rstrip(".") in entity_words.PERSON_TITLES | entity_words.ROLE_WORDS:
            continue  # "President Velasco": a title, no given name
        if _given_name(first, gaz):
            found.add(fold(first.text))
    return found


def _given_before_surnames(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Folded given names (``lexicons.first_names``) the article writes right before a
    capitalised word that may be a surname ("spokesperson Ana Ruiz said", "on The Laura Smith
    Show"): a bare one-word mention of such a name the tagger calls a place, and the gazetteer
    knows as no country, province or big town, is the person ("As you said, Laura, …"), unless a
    preposition of place stands before it ("farms in Laura"). :func:`_given_names` reads only the
    names the tagger calls people; the small model tags a Spanish given name and surname as two
    places, and a host's name inside a programme's as part of a work.

    The word after must be capitalised letters that name no big place, no people, no weekday or
    month, and no word of a place's, a body's or a building's name ("Jordan Valley", "Chester
    Police", "Brooklyn District")."""
    given = first_names()
    found: set[str] = set()
    decided: dict[str, bool] = {}
    texts = token_texts(doc)
    alpha, title, spaced = (
        token_flags(doc, "IS_ALPHA"),
        token_flags(doc, "IS_TITLE"),
        token_flags(doc, "SPACY"),
    )
    for i in range(len(texts) - 1):
        word, after = texts[i], texts[i + 1]
        if word not in given or not spaced[i] or not (alpha[i + 1] and title[i + 1] and len(after) > 2):
            continue
        if _not_a_surname(after, gaz) or fold(word) in found:
            continue
        verdict = decided.get(word)
        if verdict is None:
            verdict = decided[word] = _given_name(doc[i], gaz)
        if verdict:
            found.add(fold(word))
    return found


def _not_a_surname(word: str, gaz: Gazetteer) -> bool:
    """Whether the capitalised *word* after a given name is rather a word of a place's, a body's
    or a date's name (:func:`_given_before_surnames`)."""
    low = word.lower()
    return (
        low in _WEEKDAYS
        or low in MONTHS
        or low in place_words.FEATURE_WORDS
        or low in place_words.GENERIC_WORDS
        or low in place_words.STREET_WORDS
        or low in place_words.CITY_SUFFIXES
        or low in place_words.DIVISION_SUFFIXES
        or low in place_words.INSTITUTION_NOUNS
        or low in entity_words.ORG_WORDS
        or low in entity_words.ORGANISATION_NOUNS
        or low in entity_words.MEDIA_WORDS
        or gaz.demonym(word) is not None
        or any(_major(c) for c in gaz.lookup(word))
    )


#: Lower-case particles between a given name and a surname ("Ursula von der Leyen").
_SURNAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "la", "le", "du", "bin", "ibn", "da", "dos"}
)

#: Capitalised words that open the names of places, not of people ("Upper Nile", "Port Sudan").
_PLACE_OPENERS = frozenset({"north", "south", "east", "west", "upper", "lower", "new", "old", "port", "fort"})

#: A word before a name that the gazetteer knows as a town this big is a place's, no given name.
MIN_OPENER_TOWN_POPULATION = 100000


def _after_given_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Folded words the article writes right after a capitalised given name ("Vassily
    Nebenzia", "Mahad Wasuge", "[Fumio] Kishida", "Ursula von der Leyen"): a bare mention of
    such a word that the gazetteer does not know is the person's surname, however the parser
    tags it ("Nebenzia dismissed the findings" tagged as a place).

    The word before must be a capitalised word of letters that is no function word, no word
    that opens a place's name ("North", "Lake", "Port") and no country, province or big town
    the gazetteer knows ("Kenya Wasuge" is no given name); a closing bracket and lower-case
    particles may stand between.

    Found once per Doc and gazetteer (:func:`find_mentions` and :func:`scan_supported` both
    read it; callers must not change the set)."""
    held: tuple[int, set[str]] | None = doc.user_data.get(_AFTER_GIVEN_KEY)
    if held is not None and held[0] == id(gaz):
        return held[1]
    found = _find_after_given_names(doc, gaz)
    doc.user_data[_AFTER_GIVEN_KEY] = (id(gaz), found)
    return found


_AFTER_GIVEN_KEY = "tally.places.after_given_names"


def _find_after_given_names(doc: Doc, gaz: Gazetteer) -> set[str]:
    """:func:`_after_given_names`, read from the Doc's columns."""
    found: set[str] = set()
    decided: dict[str, bool] = {}  # a word before a name -> whether it may be a given name
    # the Doc's columns, not a Token per word: a Token is made only for the word before a name
    texts = token_texts(doc)
    alpha, title, spaced = (
        token_flags(doc, "IS_ALPHA"),
        token_flags(doc, "IS_TITLE"),
        token_flags(doc, "SPACY"),
    )
    for j, word in enumerate(texts):
        if not (alpha[j] and title[j] and len(word) > 2):
            continue
        i = j - 1
        if i >= 0 and texts[i] == "]":
            i -= 1  # "[his predecessor Fumio] Kishida"
        elif i >= 0 and not spaced[i]:
            continue  # "al-Tabbaneh", "O'Neill": a word glued to what precedes it
        while i >= 0 and j - i <= 4 and texts[i] in _SURNAME_PARTICLES:
            i -= 1
        if i < 0:
            continue
        before = texts[i]
        given = decided.get(before)
        if given is None:
            # the verdict reads only the word's own text: each distinct word is decided once
            given = decided[before] = _given_name(doc[i], gaz)
        if given:
            found.add(fold(word))
    return found


def _given_name(before: Token, gaz: Gazetteer) -> bool:
    """Whether *before*, a word right before another name, may be a person's given name: a
    capitalised word of letters that is no function word, opens no place's name ("North",
    "Lake", "Port") and names no country, province or big town."""
    word = before.lower_
    return not (
        not (before.is_alpha and before.is_title and len(before) > 1)
        or before.vocab[word].is_stop
        or word in _PLACE_OPENERS
        or word in place_words.FEATURE_WORDS
        or word in place_words.GENERIC_WORDS
        or word in place_words.STREET_WORDS
        or before.text in place_words.TOWN_PREFIXES
        or any(_major(c) for c in gaz.lookup(before.text))
    )


def _major(entry: Entry) -> bool:
    """Whether *entry* is a country, a province or a big town (a reading a namesake does
    not take away)."""
    return entry.kind in ("country", "admin1") or entry.population >= MIN_OPENER_TOWN_POPULATION


def _clean_span(text: str, start: int, end: int, *, compass: bool = False) -> tuple[int, int]:
    """Trim a leading "the", a trailing possessive and, with *compass*, a leading lower-case
    compass adjective ("south Delhi" tagged as a place whole) from a character span."""
    for word in _LEADING_WORDS:
        if text[start:end].lower().startswith(word):
            start += len(word)
    if compass and (adjective := _LEADING_COMPASS.match(text, start, end)) is not None:
        start = adjective.end()
    for suffix in ("’s", "'s", "’", "'"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    if (bracket := _OPEN_BRACKET_AT_END.search(text, start, end)) is not None:
        end = bracket.start()  # "the Gorno-Badakhshan Autonomous Oblast (GBAO": the tagger ran on
    return start, end


#: An opened bracket (and initials) that a tagged span ends on without closing it.
_OPEN_BRACKET_AT_END = re.compile(r"\s*\((?:[A-Z]{2,6})?$")


#: A tagged name that ends in a lower-case word of grammar was cut short before the rest of its
#: name (round 56): "the City of" of "the City of [town]'s department", the town tagged apart.
#: No place's name ends so ("Republic of Korea", "Trinidad and Tobago" go on).
_CUT_BEFORE_ITS_REST = re.compile(r"\s(?:of|the|and|for|de|del|da|di|du|des)\Z")

#: The capitalised name right after such a cut ("… of [Town Name]'s"); a possessive ends it.
_NAME_AFTER_CUT = re.compile(r" ([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})")

#: Kind words that, cut short with their "of", call the name after it a place of that kind.
_CUT_KIND_HEADS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("city", "town", "village", "borough", "municipality"), frozenset({"city"})),
    **dict.fromkeys(("county", "province", "state", "district"), frozenset({"admin1", "admin2"})),
}


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
    """Kinds the words around *span* allow: "X province", "the city of X" (the words read from the
    Doc's column: no Token made)."""
    texts = token_texts(doc)
    after = texts[span.end].lower() if span.end < len(doc) else ""
    before = [texts[i].lower() for i in range(max(0, span.start - 2), span.start)]
    if after in place_words.DIVISION_SUFFIXES or before[-2:] in (["province", "of"], ["state", "of"]):
        return frozenset({"admin1", "admin2"})
    if after in place_words.CITY_SUFFIXES or before[-2:] in (
        ["city", "of"],
        ["town", "of"],
        ["village", "of"],
    ):
        return frozenset({"city"})
    return None


def _embedded(doc: Doc, ent: Span, gaz: Gazetteer, *, cities: bool = False) -> list[Mention]:
    """Countries, first-level divisions and demonyms inside an organisation's name.

    "Texas Department of Health", "U.S. House", "National Council of
    Resistance of Iran": the name contains a toponym that says where the
    organisation belongs. Only countries and divisions under their own name
    are taken from inside names (cities named inside organisations come from
    :func:`propagate`); with *cities*, a place entity the gazetteer does not
    know as a whole ("Northeast Georgia", "South Philadelphia") is searched
    for a known place inside it.
    """
    found: list[Mention] = []
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
            if cities and _head_of_a_continents_name(doc, ent, piece[-1].i):
                continue  # the "Horn" of "Horn of Africa": the head of a longer name, no town
            if cities and size < len(tokens) and fold(piece[-1].text) in _CONTINENTS:
                continue  # the "Asia" of "South Asia": a continent ends a region's name, no town Asia
            start, end = piece[0].idx, piece[-1].idx + len(piece[-1])
            if cities and (
                _glued_to_a_name(gaz, doc_text(doc), start, end, towns_only=True)
                or _word_of_a_longer_name(gaz, tokens, i, i + size)
            ):
                continue  # the "Riyadh" of "Al-Riyadh", the "Jebel" of "Jebel Aulia": one name, no town
            text = doc_text(doc)[start:end]
            if size == 1 and text.lower() in MONTHS:
                break  # "August" of an event "9 August 2020": a month, whatever GeoNames says
            country = gaz.demonym(text) if size == 1 else None
            if country is not None:
                found.append(Mention(start, end, text, candidates=[country], demonym=True))
                matched = size
                break
            key = fold(text)
            candidates = gaz.lookup(text)
            strong = [
                c
                for c in candidates
                if c.kind == "country"
                or (c.kind == "admin1" and same_name(c, key))
                # "Hall County Library": a county under its full name
                or (c.kind == "admin2" and same_name(c, key) and key.endswith((" county", " parish")))
            ]
            if any(c.kind == "admin1" for c in strong):
                # a capital of the same name competes with the division (the
                # "Washington" of "The Washington Post" is the city), and so does
                # the chief town a division is named after ("ALMATY" of a dateline
                # tagged as an organisation)
                divisions = {(c.country, c.admin1_code) for c in strong if c.kind == "admin1"}
                strong += [
                    c
                    for c in candidates
                    if c.kind == "city"
                    and same_name(c, key)
                    and (c.capital or (c.country, c.admin1_code) in divisions)
                ]
            rest = [fold(t.text) for t in tokens if t.i < piece[0].i or t.i > piece[-1].i]
            if (
                cities
                and not strong
                and key not in place_words.GENERIC_WORDS
                and key not in place_words.STREET_WORDS
                and key not in place_words.FEATURE_WORDS
                and not any(word in place_words.FEATURE_WORDS for word in rest)
            ):
                # a division, or a city under its own name, inside an unknown
                # name ("South Philadelphia"); the "Street" of "Main Street",
                # the "Napa" of "Napa Valley" (a feature) or the "North"
                # of "North Ossetia" are not the places
                strong = [
                    c
                    for c in candidates
                    if c.kind == "admin1"
                    or (
                        c.kind == "city"
                        and same_name(c, key)
                        and c.population >= MIN_EMBEDDED_CITY_POPULATION
                    )
                ]
            if strong and (len(text) > 3 or text.isupper() or "." in text):
                # the whole entity ("Harare" tagged ORG) is a place; a part of it is a name's word
                other_words = any(
                    t.is_alpha and t.lower_ not in {"the", "a", "an"} for t in rest_tokens(tokens, piece)
                )
                found.append(
                    Mention(
                        start, end, text, candidates=strong, embedded=True, in_name=not cities and other_words
                    )
                )
                matched = size
                break
        i += matched or 1
    return found


#: Capitalised words beside a known name inside an unknown one that leave the name the place:
#: "South Philadelphia", "Greater Tehran", "Downtown Beirut", "Rural Damascus" (besides the
#: generic words and the words for a division's kind).
_NAME_MODIFIERS = frozenset(
    {"downtown", "uptown", "midtown", "rural", "suburban", "inner", "outer", "metro", "historic"}
)


def _word_of_a_longer_name(gaz: Gazetteer, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the town at tokens ``[i, j)`` of an unknown place's name is one word of that
    name rather than the place: "Jebel Aulia", "Sher-e-Bangla Nagar", "the Temple of the
    Tooth" (a capitalised word beside it, or "of" after it), where "South Philadelphia" or
    "Tehran Province" keeps its town (a modifier or a kind word beside it). Only a town: a
    country or a division keeps its name inside a heading ("Politics Ukraine", "Nazi
    Germany"), and a neighbour that is itself a place makes two names run together
    ("Maiduguri Borno State", "Greece Italy")."""
    name = "".join(t.text_with_ws for t in tokens[i:j]).strip()
    if any(c.kind in ("country", "admin1", "admin2") for c in gaz.lookup(name)):
        return False  # "The [Montgomery County] Democrats": a county names its party branch
    after = tokens[j] if j < len(tokens) else None
    before = tokens[i - 1] if i > 0 else None
    if after is not None and after.lower_ == "of":
        # "the Temple of the Tooth"; but "the Nice of Russia" is Nice
        named = tokens[j + 1 : j + 3]
        return not any(t.is_title and gaz.lookup(t.text) for t in named)
    return any(
        t is not None
        and t.is_alpha
        and t.is_title
        and t.lower_ not in place_words.GENERIC_WORDS | _NAME_MODIFIERS | {"the"}
        and not _is_kind_word(t.text)
        and not gaz.lookup(t.text)
        for t in (before, after)
    )


def _head_of_a_continents_name(doc: Doc, ent: Span, last: int) -> bool:
    """Whether the token at *last* is followed inside *ent* by "of" and a continent: the
    "Horn" of "the Horn of Africa" heads a region's name; "the Nice of Russia" keeps Nice."""
    if last + 2 >= ent.end or doc[last + 1].lower_ != "of":
        return False
    return fold(doc[last + 2 : ent.end].text) in _CONTINENTS


#: Continents' names, folded: the tail of a region's name ("the Horn of Africa").
_CONTINENTS = frozenset({"africa", "asia", "europe", "america", "north america", "south america", "oceania"})


def rest_tokens(tokens: list[Token], piece: list[Token]) -> list[Token]:
    """The tokens of a name outside *piece*."""
    return [t for t in tokens if t.i < piece[0].i or t.i > piece[-1].i]


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    surnames, people = _surnames(doc)
    given_surnames = _after_given_names(doc, gaz)
    given_names = _given_names(doc, gaz)
    given_before_surnames = _given_before_surnames(doc, gaz)
    text = doc_text(doc)
    mentions: list[Mention] = []
    inside: list[Mention] = []
    for ent in doc_ents(doc):
        label = ent.label_
        feature = _natural_feature(text, ent, gaz)
        if feature is not None:
            mentions.append(feature)
            continue
        if label != "NORP" and (division := _division_word_after(doc, ent, gaz)) is not None:
            mentions.append(division)  # "Dhi Qar" tagged without the "Governorate" of its name
            continue
        if label in {"ORG", "PERSON", "NORP"} and (named := _named_by_kind(doc, ent, gaz)) is not None:
            mentions.append(named)  # "the city of Bandar-e Mahshahr" tagged as an organisation
            continue
        if label in {"ORG", "PERSON", "NORP"} and (division := _division_by_kind_word(text, ent, gaz)):
            mentions.append(division)  # "Kachin State" tagged as an organisation
            continue
        if label == "FAC":
            start, end = _clean_span(text, ent.start_char, ent.end_char)
            if region := _compass_region(gaz, text[start:end], text, end):
                # "Far North Queensland" tagged as a building: a region, as under a place's tag
                mentions.append(Mention(start, end, text[start:end], candidates=region))
                continue
        if label in EMBEDDING_LABELS:
            inside.extend(_embedded(doc, ent, gaz))
            continue
        if label == "NORP" or label in PLACE_LABELS:
            start, end = _clean_span(text, ent.start_char, ent.end_char)
            country = gaz.demonym(text[start:end])
            if country is None and label in PLACE_LABELS and _land_of_people(gaz, text[start:end]):
                continue  # "Baloch separatists" tagged as a place: a people, no place
            if country is not None:
                if start == 0 or text[start - 1] not in "-‐":  # "African-American"
                    mentions.append(Mention(start, end, text[start:end], candidates=[country], demonym=True))
                continue
        if label == "NORP" and (
            division := _division_as_people(text, ent, gaz) or _compass_name(text, ent, gaz)
        ):
            mentions.append(
                division
            )  # "Kurdistan and West Azerbaijan provinces", "West Azerbaijan" tagged NORP
            continue
        if label == "NORP" and _land_by_its_ending(text, ent):
            label = "GPE"  # "Baluchistan province" tagged as a people: "-stan" names a land
        if label not in PLACE_LABELS:
            continue
        if described_kind(doc, ent.start, ent.end) not in {None, "GPE"}:
            continue  # "Viasna, a Belarusian rights group": the article says what the name is
        kinds = _kinds_from_cues(doc, ent)
        for start, end in _split_on_commas(doc, ent):
            start, end = _clean_span(text, start, end, compass=True)
            name = text[start:end]
            key = fold(name)
            if not key or not any(ch.isalpha() for ch in key) or not name[0].isupper():
                continue
            if (cut := _CUT_BEFORE_ITS_REST.search(name)) is not None:
                # "the City of" of "the City of [town]'s police": the name is the town after it
                after_cut = _NAME_AFTER_CUT.match(text, end)
                cut_head = fold(name[: cut.start()]).rpartition(" ")[2]
                if after_cut is None or cut_head not in _CUT_KIND_HEADS:
                    continue
                start, end = after_cut.span(1)
                name, key = text[start:end], fold(text[start:end])
                kinds = _CUT_KIND_HEADS[cut_head]
            candidates = gaz.lookup(name)
            longer = _with_kind_word(doc, ent, end, gaz) if end == ent.end_char else None
            if longer is not None:
                # "Hall" tagged without the "County" that follows it
                end, candidates = longer
                name, key, kinds = text[start:end], fold(text[start:end]), None
            elif end == ent.end_char and (rest := _rest_of_name(doc, ent)) is not None:
                # "Done Taw village": the tagger stopped inside a name its kind word ends
                end = rest
                name, key = text[start:end], fold(text[start:end])
                candidates = gaz.lookup(name)
            if key in surnames and label == "GPE":
                continue  # "Raisi" after "Ebrahim Raisi"; not "Hlaing Thar Yar Township" after "Min Aung Hlaing"
            if key in given_names and label == "GPE" and not any(_major(c) for c in candidates):
                continue  # "doctors said Marta was recovering" after "Marta Velasco": the person
            state = gaz.abbreviation(name) if "." in name else None
            if state is not None:
                candidates = [state]
            head, kind_word = split_kind_word(name)
            if candidates and head and kind_word == name.rpartition(" ")[2] and gaz.lookup(head):
                # "Kurdistan province", which GeoNames also knows whole: the place is
                # named "Kurdistan", as when the gazetteer knows only the head
                end = start + len(head)
                name, key = head, fold(head)
            if not candidates and head:
                # "Sichuan province", "Puge county": the name without the word for its kind
                candidates = gaz.lookup(head)
                kinds = (
                    frozenset({"city"})
                    if kind_word in place_words.CITY_SUFFIXES
                    else frozenset({"admin1", "admin2"})
                )
                if name.rpartition(" ")[2].islower():
                    # "Lamu County" keeps its word; "Pazigyi village", a hamlet the gazetteer
                    # lacks, is named "Pazigyi" as a known town would be
                    end = start + len(head)
                    name, key = head, fold(head)
            bare = False
            if not candidates and (region := _compass_region(gaz, name, text, end)):
                candidates = region  # "Eastern China", "Far North Queensland": one region as written
            if not candidates and (without := _without_article(gaz, name)):
                candidates, bare = without, True  # "Qurna" for GeoNames' "Al Qurnah"
            if not candidates and " " not in name and key in given_surnames:
                continue  # "Nebenzia dismissed the findings" after "Vassily Nebenzia": a surname
            if _repeated_surname(text, start, name, key, candidates, given_surnames):
                continue  # "said Varga" after "Ellis Varga": the person, not a town of that name
            if not candidates and _names_no_place(name):
                continue  # "the IRGC", "the Holy Quran" tagged as places: a body's acronym, a book
            if not candidates:
                part = doc.char_span(start, end, alignment_mode="expand")
                parts = _embedded(doc, part, gaz, cities=True) if part is not None and label != "FAC" else []
                if parts:
                    if _names_a_body(name):
                        # "Central Asia Monitor" tagged as a place: an outlet, and
                        # "Asia" says where it belongs (ANNOTATION.md: no place)
                        for inner in parts:
                            inner.in_name = inner.in_outlet = not inner.demonym
                    mentions.extend(parts)
                    continue
                if label == "FAC" or key in people:
                    continue  # buildings and roads, people: only what the gazetteer knows
                if _names_a_body(name):
                    continue  # "Central Asia Monitor" tagged as a place: an outlet, no region
            if (
                not candidates
                and fold(name).split()[-1] in place_words.GENERIC_WORDS | place_words.REGIME_WORDS
            ):
                # "the Islamic Republic", "the Kingdom": a regime or a direction, no place
                # name; but "in Karenni State" is a division by its capitalised kind word
                if (division := _division_by_kind_word(text, ent, gaz)) is not None:
                    mentions.append(division)
                continue
            if _names_a_people(doc, start, end) and not any(c.kind == "country" for c in candidates):
                # "the Aymara community": a people the parser took for a place; also one the
                # gazetteer knows as a division or a town ("the [county's] tribe", round 50):
                # a noun for a people's body after it says people, not land
                continue
            if not candidates and _alone_on_its_line(text, start, end):
                continue  # "Background": a section heading the parser took for a place
            mentions.append(Mention(start, end, name, kinds=kinds, candidates=candidates, bare=bare))
    # Divisions inside organisations' names count only in a country the
    # article names as a place: "Texas Department" in a US story, not the
    # "Western" of a Ghanaian region in "Western Union".
    countries = {max(m.candidates, key=lambda c: c.population).country for m in mentions if m.candidates} - {
        None
    }
    countries |= {c.country for m in mentions if m.demonym for c in m.candidates}
    mentions += [
        m
        for m in inside
        if m.demonym or m.candidates[0].kind == "country" or any(c.country in countries for c in m.candidates)
    ]
    mentions += _datelines(text, mentions, gaz)
    sites = _sites(text, mentions, gaz, peoples=_peoples_tagged(doc))
    if sites:
        # "the Tuen Mun Highway": the site is the place, not the district inside its name
        mentions = _sites_over_names(mentions, sites) + sites
    described = _sites_described(text, mentions, surnames)
    if described:
        mentions += described
    opened, bodies = _opened_sites(text, gaz)
    if opened or bodies:
        # "Plaza Venezuela": the site, not the country it is named after; "Universidad de
        # Chile": a body, neither a Spanish hamlet "Universidad" nor a place in its name
        held = SpanSet([(m.start, m.end) for m in opened] + bodies)
        mentions = [m for m in mentions if not held.overlaps(m.start, m.end)] + opened
    features = _features_by_lower_word(doc, mentions, gaz)
    if features:
        # "the Amu Darya river": the feature, not a town or a person inside its name
        held = SpanSet((m.start, m.end) for m in features)
        mentions = [m for m in mentions if not held.overlaps(m.start, m.end)] + features
    divisions = _divisions_by_lower_word(doc, mentions, gaz)
    if divisions:
        held = SpanSet((m.start, m.end) for m in divisions)
        mentions = [m for m in mentions if not held.overlaps(m.start, m.end)] + divisions
    settlements = _settlements_of(text, mentions, gaz)
    if settlements:
        # "the village of [Tha] Yet Chaung": the tagger's piece yields to the whole name
        whole = SpanSet((m.start, m.end) for m in settlements)
        mentions = [m for m in mentions if not whole.overlaps(m.start, m.end)] + settlements
    members = _members_of_kinds(doc, mentions, gaz)
    if members:
        mentions += members
    mentions += _located_by_bearing(text, mentions, gaz, surnames)
    mentions += _after_a_compass_adjective(doc, mentions, gaz, surnames)
    seats = _seats(text)
    if seats:
        held = SpanSet((m.start, m.end) for m in seats)
        mentions = [m for m in mentions if not held.overlaps(m.start, m.end)] + seats
    # "ERBIL (Kurdistan 24) –": the outlet in a dateline's brackets is no place
    outlets = [m.span(2) for found in _dateline_matches(text)[:2] for m in found if m.group(2)]
    mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in outlets)]
    listed = _places_tagged_as_people(doc, gaz)
    if listed:
        # "in Puno, Arequipa and Ayacucho": towns of a list of places that the tagger glued
        # into one organisation's name are the list's places, not words of a name
        held = SpanSet((m.start, m.end) for m in listed)
        mentions = [m for m in mentions if not (m.in_name and held.overlaps(m.start, m.end))]
    mentions += (
        listed
        + _untagged_capitals(doc, gaz)
        + _towns_before_their_bodies(doc, gaz)
        + _waters_tagged_as_people(doc, gaz)
        + _untagged_waters(doc, gaz)
        + _countries_tagged_otherwise(doc, gaz)
        + _countries_on_their_lines(text, gaz)
        + _unknown_names_in(doc, gaz)
    )
    causes = _places_of_a_cause(doc)
    for mention in mentions:
        if mention.start in causes:
            mention.in_name = True
    roads, inside_roads = _us_numbered_roads(text, gaz)
    joined = (
        _joined_names(text, gaz)
        + _roads_between_towns(text, gaz)
        + _ezafe_names(doc, gaz)
        + _bulleted_places(text, gaz)
        + _particle_names(doc, gaz)
        + _named_after_a_date(text, gaz)
        + _the_gulf_alone(text, gaz)
        + _chambers_as_buildings(text)
        + _facilities_reached(text, gaz)
        + _place_fields(text, gaz)
        + _hometowns(text, gaz)
        + _addresses(text, gaz)
        + roads
        + _numbered_sites(text, gaz)
        + _possessive_names(text, gaz)
    )
    if joined:
        taken = SpanSet((m.start, m.end) for m in joined)
        mentions = [m for m in mentions if not taken.overlaps(m.start, m.end)] + joined
    _whole_hyphenated_names(text, mentions, gaz)
    mentions.sort(key=lambda m: m.start)
    mentions = _demonym_regions(text, _drop_overlaps(mentions))
    mentions = _longer_known_names(text, mentions, gaz)
    mentions.extend(_state_abbreviations(text, mentions, gaz))
    mentions.extend(inside_roads)  # after the overlaps are dropped: they lie inside the roads
    mentions.extend(_qualifying_divisions(text, mentions, gaz))
    mentions.extend(_towns_owning_quarters(doc, mentions, gaz))
    mentions.extend(_untagged_quarters(text, mentions, gaz))
    mentions.extend(_towns_in_a_body(doc, mentions, gaz))
    mentions.sort(key=lambda m: m.start)
    _mark_datelines(text, mentions)
    # "Xinhua added", "the Xinhua report": a news outlet, not a hamlet of its name
    mentions = [
        m
        for m in mentions
        if m.demonym or fold(m.text) not in entity_words.MEDIA_NAMES or any(_major(c) for c in m.candidates)
    ]
    mentions = _outside_person_names(text, _outside_job_titles(text, mentions))
    mentions = [m for m in mentions if not _a_case_party(text, m)]
    mentions = [m for m in mentions if not _given_name_alone(text, m, given_before_surnames)]
    speakers = _people_by_their_words(text)
    if speakers:
        mentions = [m for m in mentions if not _person_named_alone(text, m, speakers)]
    return mentions + _towns_opening_local_bodies(text, mentions, gaz)


def _given_name_alone(text: str, mention: Mention, given: set[str]) -> bool:
    """Whether *mention* is one of the *given* names of :func:`_given_before_surnames`, alone
    and with no big reading ("spokesperson Ana Ruiz said", "As you said, Laura, …"): the person,
    whatever the tagger called the word; not after a preposition of place ("farms in Laura"), nor
    after a possessive, which makes the word a place's own ("Moore's Ford": a crossing named after
    its owner, whatever "Ford Memorial" says elsewhere)."""
    return (
        not mention.demonym
        and " " not in mention.text
        and fold(mention.text) in given
        and not any(_major(c) for c in mention.candidates)
        and not preposition_before(text, mention.start)
        and _POSSESSIVE_BEFORE.search(text, max(0, mention.start - 4), mention.start) is None
    )


#: A one-word name a verb of saying introduces, then a comma or a full stop ("…," said
#: [name], who …) or one with a possessive before a kin noun ("[name]'s father"): a person.
_SPEAKER_AFTER_SAYING = re.compile(r"\b(?:said|says|added|explained|recalled)\s+([A-Z][a-z]+)(?=[.,])")
_PARENT_OF = re.compile(
    r"\b([A-Z][a-z]+)['’]s\s+(?:father|mother|dad|mom|mum|parents|daughter|son|husband|wife|sister|brother"
    r"|grandmother|grandfather|grandparents|daughters|sons|sisters|brothers)\b"
)


def _people_by_their_words(text: str) -> set[str]:
    """Folded one-word names the article makes a person (round 56): a speaker after a verb of
    saying ('"…," said [name].') or the owner of a kin noun ("[name]'s father"). Over every
    readable text and the public dev sets, 216 such uses in 119 articles name no gold place; the tagger read a
    girl called after a country and a state as the place at each of her eleven mentions."""
    return {
        fold(m.group(1)) for pattern in (_SPEAKER_AFTER_SAYING, _PARENT_OF) for m in pattern.finditer(text)
    }


def _person_named_alone(text: str, mention: Mention, people: set[str]) -> bool:
    """Whether *mention* is one word of *people* (:func:`_people_by_their_words`) with no
    preposition of place before it ("floods in [name]" stays the place) and no possessive
    before it (a place's own word)."""
    return (
        not mention.demonym
        and " " not in mention.text
        and fold(mention.text) in people
        and not preposition_before(text, mention.start)
        and _POSSESSIVE_BEFORE.search(text, max(0, mention.start - 4), mention.start) is None
    )


#: A possessive right before a name: "Moore's [Ford]".
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s?\s$")


#: The word right before a name, with the full stop of an abbreviation: "Mr." of "Mr. Lima".
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \u00a0]+$")

#: Kin nouns that also name a country's relation to another ("its neighbour Uganda", "a
#: friend of Cuba", "the parent company"): these do not make the next name a person's.
_KIN_OF_COUNTRIES = frozenset({"friend", "neighbour", "neighbor", "relative", "parent"})


def _outside_person_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the names that the word before them (or their own first word) makes a person's.

    A given name right after a lower-case kin noun ("his daughter Yulia", "his wife
    Georgia", ``common/kin_nouns.txt``), or after a capitalised honorific with or without
    its full stop ("Ms Raggi", "Mr Lima", ``entities/person_titles.txt``), is a person,
    however many towns bear it; so is a span the tagger opened with the honorific, unless
    the gazetteer knows it whole.
    """
    kept = []
    for mention in mentions:
        if not mention.demonym and _person_word_before(text, mention):
            continue
        if not mention.demonym and _person_apposition_after(text, mention):
            continue
        if not mention.demonym and _a_titles_abbreviation(text, mention):
            continue
        first, _, rest = mention.text.partition(" ")
        if rest and first.rstrip(".").lower() in entity_words.PERSON_TITLES and not mention.candidates:
            continue
        kept.append(mention)
    return kept


#: Titles written as abbreviations (``entities/person_titles.txt``) that the small model tags as a
#: place before the name they open ("called in Lt. [name]", "the commissioner, Dr, [name]"): no
#: place is written so. Titles that are whole words (Sheikh, Lady, Lord, Sir, Miss) and Burmese ones
#: (Ko, Ma, Daw) are left out: they open places' names too ("Sheikh Jarrah").
_ABBREVIATED_TITLES = frozenset(
    {"adm", "amb", "atty", "capt", "col", "det", "dr", "gen", "gov", "lt", "maj", "mr", "mrs", "ms", "msgr"}
    | {"prof", "rep", "rev", "sen", "sgt", "supt"}
)

#: The name right after a title's abbreviation: its full stop or a comma, a space, a capital.
_NAME_AFTER_TITLE = re.compile(r"\.?,?[ \u00a0]+[A-Z][a-z]")


def _a_titles_abbreviation(text: str, mention: Mention) -> bool:
    """Whether *mention* is a title's abbreviation alone, capitalised, right before a name ("Lt.
    [name]", "Det. [name]", "Dr, [name]"): a person's title the tagger read as a place, even where
    GeoNames holds a hamlet so spelt (round 61: "Lt" and "Dr" in two readable articles)."""
    word = mention.text.rstrip(".")
    return (
        word.lower() in _ABBREVIATED_TITLES
        and word[:1].isupper()
        and word[1:].islower()
        and _NAME_AFTER_TITLE.match(text, mention.start + len(word)) is not None
    )


def _person_word_before(text: str, mention: Mention) -> bool:
    """Whether the word right before *mention* is a kin noun or an honorific (see
    :func:`_outside_person_names`)."""
    before = _WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if before is None:
        return False
    word = before.group(1)
    if word.islower():
        return word in place_words.KIN_NOUNS and word not in _KIN_OF_COUNTRIES
    return word.istitle() and word.lower() in entity_words.PERSON_TITLES


#: What an apposition says of the name before it: an age alone ("Alma, 58,") or a noun phrase
#: opened by an article ("Tomas Reyl, an off-duty nurse from …"), read up to six words.
_APPOSITION_AFTER = re.compile(
    r",[ \u00a0]+(?:(?P<age>\d{1,3})(?=[,;.)]|[ \u00a0]+(?:and|or)\b)"
    r"|(?:a|an|the)[ \u00a0]+(?P<words>[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*){0,5}))"
)

#: Words that end an apposition's noun phrase: a preposition or a conjunction ("a nurse from
#: Cardiff") or a word opening a relative or subordinate clause ("a town where miners …", "a
#: nurse who …"), whose nouns are no head of the phrase.
_APPOSITION_STOPS = frozenset(
    {"from", "of", "in", "at", "with", "for", "on", "and", "or", "to"}
    | {"who", "whom", "whose", "which", "that", "where", "when", "while", "whereas"}
)


@cache
def _place_kind_words(*lists: frozenset[str]) -> frozenset[str]:
    """The kind words of places (``places/city_suffixes.txt``, ``division_suffixes.txt``,
    ``generic_words.txt``) as one set, built once per language rather than on each call."""
    return frozenset().union(*lists)


def _person_apposition_after(text: str, mention: Mention) -> bool:
    """Whether an apposition right after *mention* makes it a person: an age ("two neighbours,
    Alma, 58, …") or a noun for people ("Tomas Reyl, an off-duty nurse from Cardiff").

    The name must open with a given name (``lexicons.first_names``) and the gazetteer must
    know no major place by it: a place's apposition names a kind of place ("Selma, a small
    town"; the kind words of ``places/city_suffixes.txt`` and ``division_suffixes.txt``), never
    an age or a person's role. ANNOTATION.md: people's names are no places.
    """
    if mention.text.split(" ", 1)[0] not in first_names() or any(_major(c) for c in mention.candidates):
        return False
    after = _APPOSITION_AFTER.match(text, mention.end)
    if after is None:
        return False
    if after.group("age"):
        return True
    head = ""
    for word in after.group("words").split():
        if word in _APPOSITION_STOPS:
            break
        head = word
    kinds = _place_kind_words(
        place_words.CITY_SUFFIXES, place_words.DIVISION_SUFFIXES, place_words.GENERIC_WORDS
    )
    return bool(head) and head not in kinds and is_person_noun(head)


def _mark_datelines(text: str, mentions: list[Mention]) -> None:
    """Flag the mentions that name the place a report is filed from ("GENEVA (AFP) –")."""
    spans = SpanSet(m.span(1) for found in _dateline_matches(text) for m in found)
    if not len(spans):
        return
    for mention in mentions:
        if spans.overlaps(mention.start, mention.end):
            mention.dateline = True


#: A role and "for" right before a name: "Director for the Middle East".
_ROLE_FOR = re.compile(
    r"\b([A-Za-z]+)\s+for\s+(?:the\s+)?"
    # a compass word shared with the next region: "Director for [East and] Southern Africa"
    r"(?:(?:East|West|North|South|Central|Eastern|Western|Northern|Southern)\s+(?:and|&)\s+)?$"
)

#: A capitalised role, "on" and lower-case words right before a name: "Special Rapporteur on
#: the situation of human rights in [Myanmar]", a UN mandate's remit. Each repeat takes a
#: lower-case word and its space, so the pattern cannot backtrack into itself.
_ROLE_ON = re.compile(r"\b([A-Za-z]+)\s+on\s+(?:[a-z]+\s+){0,10}$")

#: What joins two places of one role's remit: "the Middle East and North Africa".
_REMIT_JOIN = re.compile(r"(?:,\s*|\s+)(?:and\s+|&\s+)?(?:the\s+)?")


def _outside_job_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the places of a job title: "Research Director for the Middle East and North Africa".

    ANNOTATION.md: a job title names a remit, not where anything happened. A
    place after a role word (``entities/role_words.txt``) and "for" is one,
    and so are the places joined to it by "and" or commas.
    """
    kept: list[Mention] = []
    previous_dropped: Mention | None = None
    for mention in mentions:
        match = _ROLE_FOR.search(text, max(0, mention.start - 40), mention.start)
        remit = _ROLE_ON.search(text, max(0, mention.start - 100), mention.start)
        in_title = (
            (
                not mention.demonym
                and match is not None
                and match.end() == mention.start
                and match.group(1).lower() in entity_words.ROLE_WORDS
            )
            or (
                not mention.demonym
                and remit is not None
                and remit.end() == mention.start
                and remit.group(1)[:1].isupper()
                and remit.group(1).lower() in entity_words.ROLE_WORDS
            )
            or (
                previous_dropped is not None
                and _REMIT_JOIN.fullmatch(text, previous_dropped.end, mention.start) is not None
            )
        )
        if in_title:
            previous_dropped = mention
            continue
        previous_dropped = None
        kept.append(mention)
    return _outside_remits(text, kept)


#: A possessive, a role word or a comma after a name right before a title's remit:
#: "Amnesty's [Middle East] director", "its [Asia] researcher", "Deputy [Middle East]
#: Director", "deputy [Horn of Africa] director", "Hugh Williamson, [Europe] and Central
#: Asia director".
_TITLE_OWNER = re.compile(r"(?:['’]s|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\b([A-Za-z][a-z]+)|[a-z],)\s+$")

#: What joins the places of one remit, a compass word before the next included:
#: "Europe and Central Asia", "East and Southern Africa".
_REMIT_PART = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|&\s+)?(?:the\s+)?(?:(?:Central|Eastern|Western|Northern|Southern)\s+)?"
)

#: Lower-case words of rank before a title's remit, which own it as a role word does:
#: "associate [Europe] and Central Asia director", "senior [Africa] researcher".
_RANK_WORDS = frozenset(
    {"associate", "senior", "acting", "interim", "executive", "regional", "deputy", "assistant", "chief"}
)

#: The last region of a remit that the tagger read into the body's name after it, so no
#: place was found there: "Europe [and Central Asia] Division" (tagged "Central Asia Division").
_REMIT_TAIL = re.compile(r"\s+(?:and|&)\s+")

#: A capitalised word of such a last region: "Central", "Asia".
_REMIT_TAIL_WORD = re.compile(r"\s*[A-Z][a-z]+(?=\s)")

#: Lower-case words for the field of a remit's work between it and the role word: "the
#: group's [North Africa] campaigns director", "its [Asia] research director".
_FIELD_WORDS = frozenset(
    {"campaigns", "campaign", "research", "advocacy", "programme", "program", "programmes", "programs"}
)

#: The word right after a remit: "[Asia] director", "[North Africa] Director".
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


def _role_after(text: str, end: int) -> re.Match[str] | None:
    """The word after a remit that ends at *end*, past words of rank and of a field of work,
    in either case: "[Middle East and North Africa] deputy director" and "[Middle East and
    North Africa] Regional Director" give the director, "[North Africa] campaigns director"
    too (round 46: a capitalised rank word ended the reading, and left its remit a place)."""
    after = _WORD_AFTER.match(text, end)
    for _ in range(2):  # "deputy regional director" at most
        if after is None or after.group(1).lower() not in _RANK_WORDS | _FIELD_WORDS:
            break
        if after.group(1).lower() in _FIELD_WORDS and not after.group(1).islower():
            break  # "[Asia] Research Institute": a capitalised field word names a body
        after = _WORD_AFTER.match(text, after.end())
    return after


#: The first region of a remit that no place was found for, and its joint to the next:
#: "[Middle East and ]North Africa Regional Director" (the tagger read it into the body's name).
_REMIT_HEAD = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,2}(?:and|&)\s+$")


def _is_remit_role(word: str) -> bool:
    """A role word after a remit (``places/remit_roles.txt``); "Division" only capitalised, a
    body's unit: a lower-case "division" is a country's ("the Mezam division" of Cameroon)."""
    return word.lower() in place_words.REMIT_ROLES and (word.lower() != "division" or word == "Division")


def _remit_role(text: str, end: int) -> re.Match[str] | None:
    """The role word after a remit whose last place found ends at *end* (:func:`_role_after`),
    or after one to three capitalised words joined to it by "and" that no place was found for:
    "Europe [and Central Asia] Division"."""
    after = _role_after(text, end)
    if after is not None and _is_remit_role(after.group(1)):
        return after
    tail = _REMIT_TAIL.match(text, end)
    position = tail.end() if tail is not None else -1
    for _ in range(3 if tail is not None else 0):
        word = _REMIT_TAIL_WORD.match(text, position)
        if word is None:
            break
        position = word.end()
        role = _role_after(text, position)
        if role is not None and _is_remit_role(role.group(1)):
            return role
    return after


def _owned_remit(text: str, start: int) -> bool:
    """Whether a title's owner (:data:`_TITLE_OWNER`) stands right before the remit whose first
    place starts at *start*, or before a first region that no place was found for: "Amnesty
    International’s [Middle East and] North Africa Regional Director"."""
    if _owner_before(text, start):
        return True
    head = _REMIT_HEAD.search(text, max(0, start - 30), start)
    return head is not None and _owner_before(text, head.start())


def _owner_before(text: str, start: int) -> bool:
    """A possessive, a role or rank word, or a comma after a name right before *start*."""
    owner = _TITLE_OWNER.search(text, max(0, start - 40), start)
    return (
        owner is not None
        and owner.end() == start
        and (owner.group(1) is None or owner.group(1).lower() in entity_words.ROLE_WORDS | _RANK_WORDS)
    )


def _outside_remits(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the places that name a remit before a role word: "Amnesty's Middle East and
    North Africa director", "its Asia researcher".

    ANNOTATION.md: a job title ("Middle East director") is no place. The places
    joined by "and" or commas between an owner (a possessive, or a capitalised
    role word such as "Deputy") and a role word of ``places/remit_roles.txt`` are
    the title's remit; a country named so elsewhere in the article still counts there.
    """
    drop: set[int] = set()
    i = 0
    while i < len(mentions):
        j = i  # the places i..j joined into one remit
        while j + 1 < len(mentions) and _REMIT_PART.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            j += 1
        after = _remit_role(text, mentions[j].end)
        if (
            after is not None
            and _is_remit_role(after.group(1))
            # a body's division named by its regions needs no owner: "a researcher in the
            # Europe and Central Asia Division"
            and (_owned_remit(text, mentions[i].start) or after.group(1) == "Division")
            and not any(m.demonym for m in mentions[i : j + 1])
        ):
            drop.update(range(i, j + 1))
        i = j + 1
    return [m for k, m in enumerate(mentions) if k not in drop]


def _places_of_a_cause(doc: Doc) -> set[int]:
    """Starts of the places that end a group's name for a cause: "the Center for Human
    Rights in [Iran]", "the Organization for Security and Co-operation in [Europe]".

    The tagger ends such a name before "in"; a name that holds "for" names a
    cause, and the place after it is the cause's, part of the name (ANNOTATION.md:
    places inside an organisation's name are none).
    """
    starts: set[int] = set()
    ents = list(doc_ents(doc))
    for ent, following in zip(ents, ents[1:], strict=False):
        if (
            ent.label_ == "ORG"
            and following.label_ in PLACE_LABELS
            and following.start == ent.end + 1
            and doc[ent.end].lower_ == "in"
            and any(t.lower_ == "for" for t in ent[1:])
            and ent.text.rsplit(" ", 1)[-1][:1].isupper()  # "Co-operation" too: not title case
        ):
            starts.add(following.start_char)
    return starts


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is all its line holds (a heading), give or take a colon."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return text[line_start:start].strip() == "" and text[end:line_end].strip(" :") == ""


#: Two capitalised names joined by "and" ("Sistan and Baluchestan", "Trinidad and Tobago").
_JOINED = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) and ([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")


#: A bulleted line that holds only a name, and perhaps ", its division": " • Aktau, Mangystau Region".
_BULLETED_NAME = re.compile(
    r"^[ \t]*[•·▪◦*–-][ \t]+([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}))?[ \t]*$",
    re.MULTILINE,
)


def _bulleted_places(text: str, gaz: Gazetteer) -> list[Mention]:
    """The towns of a bulleted list ("Protests were reported in these cities: • Zhanaozen,
    Mangystau Region • Aktau"), which the parser reads as one run-on sentence.

    A line that holds only a name (and a qualifier after a comma) is looked up whole;
    a sizeable town, a division or a country the gazetteer knows is the place, and a
    qualifier that is a division (with its capitalised kind word or not) is one too.
    """
    found = []
    for match in _BULLETED_NAME.finditer(text):
        for group in (1, 2):
            name = match.group(group)
            if name is None:
                continue
            start, end = match.span(group)
            candidates = _listed_place(gaz, name)
            head, kind_word = split_kind_word(name)
            if not candidates and head and kind_word in place_words.DIVISION_SUFFIXES:
                candidates = [c for c in gaz.lookup(head) if c.kind == "admin1"]
            if candidates:
                found.append(Mention(start, end, name, candidates=candidates))
    return found


def _listed_place(gaz: Gazetteer, name: str) -> list[Entry]:
    """A country, a division or a town of some size under *name*: what a list item may be."""
    return [
        c
        for c in gaz.lookup(name)
        if c.kind in ("country", "admin1")
        or (c.kind in ("city", "admin2") and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION)
    ]


#: Longest acronym that :func:`_names_no_place` reads as an organisation's ("IRGC", "ISPR").
MAX_ACRONYM = 6


def _names_no_place(name: str) -> bool:
    """Whether a name the gazetteer does not know is no place whatever its tag: an
    acronym ("members of the IRGC and Basij") or a holy book ("copies of the Holy Quran",
    ``places/scripture_words.txt``).

    Places written as acronyms ("UAE", "DRC", "UK") are in the gazetteer, so an
    unknown one is an organisation's; datelines in capitals are looked up apart.
    """
    if name.isalpha() and name.isupper() and 2 <= len(name) <= MAX_ACRONYM:
        return True
    words = fold(name).split()
    return bool(words) and words[-1] in place_words.SCRIPTURE_WORDS


def _names_a_body(name: str) -> bool:
    """Whether *name* ends in a capitalised word for an organisation or an outlet
    ("Monitor", "Network", "Times"; ``entities/org_words.txt``, ``media_words.txt``,
    ``places/body_heads.txt``)."""
    last = name.rpartition(" ")[2]
    return (
        " " in name
        and last[:1].isupper()
        and last.lower() in entity_words.ORG_WORDS | entity_words.MEDIA_WORDS | place_words.BODY_HEADS
    )


def _named_by_kind(doc: Doc, ent: Span, gaz: Gazetteer) -> Mention | None:
    """ "the city of X", "the province of X": X is a place whatever the tagger's label,
    when the gazetteer knows it as that kind of place; after a lower-case word for a
    settlement ("the town of X", "the city of X", "the village X") also when it does not
    (round 53: the tagger calls many small towns a person, a body or a product)."""
    kinds = _kinds_from_cues(doc, ent)
    texts = token_texts(doc)
    before = [texts[i] for i in range(max(0, ent.start - 2), ent.start)]
    settled = _named_by_a_settlement_word(before)
    if settled and kinds is None:
        kinds = _TOWN_KINDS  # "the village X": the word says what the name is
    if kinds is None or len(before) < 2 or (before[-1].lower() != "of" and not settled):
        return None
    start, end = _clean_span(doc_text(doc), ent.start_char, ent.end_char)
    name = doc_text(doc)[start:end]
    candidates = [c for c in gaz.lookup(name) if c.kind in kinds]
    if candidates:
        return Mention(start, end, name, kinds=kinds, candidates=candidates)
    if (settled or before[-2].lower() in _SETTLEMENT_WORDS) and _title_words(name):
        # "the village of Kin Ma": a hamlet missing from the gazetteer is still a place
        return Mention(start, end, name, kinds=kinds, candidates=[])
    return None


def _named_by_a_settlement_word(before: list[str]) -> bool:
    """Whether the two words *before* a name call it a settlement in lower case: "the town
    of", "the city of", "the village" (round 53). Written so, the word says what the name
    is whatever the tagger makes of it; capitalised, "City of" may open a body's name ("the
    City of London"), and a word after the settlement word ("the village elder") stands
    between it and the name."""
    if len(before) < 2:
        return False
    if before[-1] == "of":
        return before[-2] in _LOWER_SETTLEMENT_WORDS
    return before[-2] == "the" and before[-1] in _LOWER_SETTLEMENT_WORDS


#: Words before "of" that make the name after them a settlement whether the gazetteer knows
#: it or not ("the village of Kin Ma"); "the city of" is left out ("the City of London").
_SETTLEMENT_WORDS = frozenset({"village", "town", "township"})

#: The same words and "city", written in lower case (round 53): "in the city of X" calls X a
#: town as "the town of X" does, wherever the real tune texts write it (the gold lists every
#: name after them); only "City of" with its capital opens a body's name.
_LOWER_SETTLEMENT_WORDS = _SETTLEMENT_WORDS | {"city", "hamlet"}


#: "the village of Let Yet Kone", "the neighbourhoods of Burri, Al-Daim and Shambat": a word
#: for a settlement or a quarter of a town, "of" and one to three capitalised words.
_SETTLEMENT_OF = re.compile(
    r"\b(?:village|town|township|hamlet|neighbou?rhood|district|suburb|city)s? of "
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z])"
)


def _settlements_of(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "in the village of Let Yet Kone": a settlement that the tagger left untagged.

    The settlement word says what the name is, as :func:`_named_by_kind` does for a
    name the tagger took for something else; a name the gazetteer does not know
    (hamlets seldom are) is kept without a point. A piece of it that the tagger
    found ("Tha" of "Tha Yet Chaung") is replaced by the whole. A plural word is
    each listed name's ("the towns of Stara Pazova and Inđija"), and so is a plural
    word for places before "such as" ("neighbourhoods such as Naysar and Abbas Abad").
    """
    taken = SpanSet((m.start, m.end) for m in mentions)
    by_span = {(m.start, m.end): m for m in mentions if not (m.in_name or m.demonym)}
    found: list[Mention] = []
    for match in _SETTLEMENT_OF.finditer(text):
        plural = match.group(0).split(" ", 1)[0].endswith("s")
        _listed_names(text, match.span(1), plural, frozenset({"city"}), taken, gaz, found)
    for match in _PLACES_SUCH_AS.finditer(text):
        _listed_names(text, match.span(1), True, None, taken, gaz, found)
    for match in _PLURAL_KIND_OF.finditer(text):
        # "the provinces of Isfahan, Fars and Khorasan Razavi": each listed name is a place of
        # that kind (a province, not its chief town), known to the gazetteer or not
        kinds = _TOWN_KINDS if match.group(1) in ("cities", "towns") else _DIVISION_KINDS
        for span in _listed_names(text, match.span(2), True, kinds, taken, gaz, found):
            # ... and a name the parser tagged there reads as that kind too ("the provinces of
            # Tehran and Isfahan": the province, not the capital nor a namesake town)
            if (tagged := by_span.get(span)) is not None and any(c.kind in kinds for c in tagged.candidates):
                tagged.kinds = kinds
    return found


#: "the provinces of Isfahan, Fars and …", "the cities of Shiraz and Tabriz": a lower-case plural
#: word for towns or divisions, "of" and a list of names (the singular "the city of" may open a
#: body's name: "the City of London").
_PLURAL_KIND_OF = re.compile(
    r"\b(cities|towns|provinces|regions|governorates|oblasts|prefectures|counties|states) of "
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z])"
)

_TOWN_KINDS = frozenset({"city"})
#: ... a country stays one ("the regions of Russia": not a district of that name)
_DIVISION_KINDS = frozenset({"admin1", "admin2", "country"})


#: A plural word for places, then "such as" or "like" and a name: "neighbourhoods such as Naysar".
_PLACES_SUCH_AS = re.compile(
    r"\b(?:cities|towns|villages|neighbou?rhoods|districts|suburbs|provinces|townships)"
    r",? (?:such as|like) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z])"
)


#: Plural words for settlements and their parts, the kinds a list's members share.
_PLURAL_SETTLEMENTS = (
    r"(?:cities|towns|villages|neighbou?rhoods|districts|suburbs|provinces|townships|"
    r"municipalities|localities|communes|counties|regions)"
)

#: A plural word for places, "including" and a name: "several districts, including Abara",
#: "neighbourhoods of the capital, including in Abara" (one name of the place they are of
#: may stand between).
_PLACES_INCLUDING = re.compile(
    rf"\b{_PLURAL_SETTLEMENTS}(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})?"
    r",? including (?:in )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z])"
)

#: "and other" or "or other" and a plural word for places after a name: "Abara and other towns".
_AND_OTHER_PLACES = re.compile(rf"(?<=\w) (?:and|or) other {_PLURAL_SETTLEMENTS}\b")

#: The end of :data:`_PLACES_INCLUDING` before its first name: "districts, including (in) ".
_INCLUDING_BEFORE = re.compile(
    rf"\b{_PLURAL_SETTLEMENTS}(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})?,? including (?:in )?$"
)


def member_of_places(text: str, start: int, end: int) -> bool:
    """Whether the name at *start*–*end* is given as one of a kind of places: the first name
    after "several districts, including" or the name before "and other towns". The kind word
    says what an unknown name is, as "the Darfur region" does (the list's other names are
    joined to it)."""
    return (
        _INCLUDING_BEFORE.search(text, max(0, start - 80), start) is not None
        or _AND_OTHER_PLACES.match(text, end) is not None
    )


def _members_of_kinds(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Names given as members of a kind of places, the gazetteer knowing them or not: the
    list after a plural word for places and "including" ("several districts of the capital,
    including Abara, Tobe and Ulen", "provinces, including in Abara") and the name before
    "and other" and such a word ("shelled Abara and other towns").

    "Including" lists people, bodies and days as readily ("mayors of several towns, including
    Ana Pelt", "cities, including Amnesty International's office", "including Christmas Eve
    vigils"): the list ends at a name of people, a body, a people or a date
    (:func:`_ends_list`). A lone unknown word the tagger calls a person's stays in it: the
    small model tags most unknown names so."""
    text = doc_text(doc)
    including = list(_PLACES_INCLUDING.finditer(text))
    and_other = list(_AND_OTHER_PLACES.finditer(text))
    if not (including or and_other):
        return []  # most texts: no need to walk the Doc for what would end a list
    taken = SpanSet((m.start, m.end) for m in mentions)
    ends = _list_ends(doc)
    found: list[Mention] = []
    for match in including:
        _listed_names(text, match.span(1), True, None, taken, gaz, found, ends=ends)
    for match in and_other:
        start = _name_before(text, match.start() + 1)
        if start is not None and not _name_goes_on_before(text, start):
            _listed_names(text, (start, match.start()), False, None, taken, gaz, found, ends=ends)
    return found


#: Prepositions of place before the first item of a list of places whose other items the
#: tagger calls people or bodies ("from Diraz, [Bani Jamra] and [Sanabis]"); "of", "including",
#: "to" and "toward(s)" take people and bodies as readily ("talks with Kenya and Odinga").
_LIST_PREPOSITIONS = frozenset(
    {"in", "from", "near", "at", "outside", "across", "throughout", "around", "within"}
)

#: A preposition of place and the name after it (one to three capitalised words) that a list
#: goes on from: "from [Diraz], Bani Jamra and Sanabis", "in [Kimara] and Mbezi".
_LIST_OPENING = re.compile(
    rf"\b(?i:{'|'.join(sorted(_LIST_PREPOSITIONS))})\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?=,\s*(?:and\s+)?[A-Z]|\s+and\s+[A-Z])"
)

#: At most so many items walked after a list's first place (a list, not a paragraph).
_MAX_LIST_ITEMS = 8


def listed_after_a_place(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "young men from Diraz, [Bani Jamra] and [Sanabis]", "bodies in Kimara and [Mbezi]": the
    names listed after the name of a place the gazetteer gave no reading (one that *mentions*
    found, wherever it is written: a quarter, a village) right after a preposition of place
    are places of the same kind, whatever the tagger calls them (the small model tags most
    unknown quarters and villages as people) and whether or not the gazetteer knows them. A
    name listed after a known town ("partners in Moscow, Beijing and Kovalenko") is left to
    the rules of lists of known places: the gazetteer would know a town of that rank.

    The list must close with "and" or "or" ("in Diraz, Mr Smith said" is no list), and it
    ends at a name :func:`_ends_list` says is no place (a person named in full, a name
    before a lower-case noun or a possessive, a date, a lone given name), a demonym, a month
    or a name that goes on outside it; a name of several words the tagger calls a person's
    does not end it unless a given name opens it. Run on the resolved mentions, after
    :func:`propagate` has found every mention of the first place; the names it adds keep their
    gazetteer entries as candidates and no reading. Each walk is bounded: linear in the text."""
    text = doc_text(doc)
    # an unknown place's list-mates: the gazetteer knows every capital and sizeable town, so a
    # name listed with Moscow and Beijing that it does not know is something else
    places = {fold(m.text) for m in mentions if not m.demonym and not m.in_name and m.chosen is None}
    firsts = [match.end(1) for match in _LIST_OPENING.finditer(text) if fold(match.group(1)) in places]
    if not firsts:
        return []
    taken = SpanSet((m.start, m.end) for m in mentions)
    # a name of several words the tagger calls a person's is no end here: it tags most unknown
    # places so ("Bani Jamra"); a given name before a surname still ends the list
    whole = _list_ends(doc)
    ends = _ListEnds(people=SpanSet(), others=whole.others, nouns=whole.nouns)
    found: list[Mention] = []
    for position in firsts:
        items: list[tuple[int, int]] = []
        closed = 0  # how many items run up to the last one joined by "and" or "or"
        while len(items) < _MAX_LIST_ITEMS and (item := _NEXT_ITEM.match(text, position)) is not None:
            items.append(item.span(1))
            if re.search(r"\b(?:and|or)\s*$", text[item.start() : item.start(1)]):
                closed = len(items)
            position = item.end(1)
        for start, end in items[:closed]:
            if taken.overlaps(start, end):
                continue  # found already
            name = text[start:end]
            if (
                not _title_words(name)
                or gaz.demonym(name) is not None
                or name.lower() in MONTHS
                or _ends_list(text, start, end, bool(gaz.lookup(name)), ends)
            ):
                break
            candidates = [c for c in gaz.lookup(name) if c.kind in ("city", "admin1", "admin2", "country")]
            found.append(Mention(start, end, name, candidates=candidates))
            taken.add(start, end)
    return found


#: The tagger's labels for names that are no places and end a list after "including": dates
#: and peoples ("including Christmas Eve", "including Oxfam"), and, a name of several words,
#: bodies and events ("including Amnesty International"). The small model calls many a lone
#: unknown place a body's ("including Tesk, Marrow and Ulvi"): one word it calls so stays.
_LIST_ENDING_LABELS = frozenset({"DATE", "NORP"})
_LONG_LIST_ENDING_LABELS = frozenset({"ORG", "EVENT"})


@dataclass(frozen=True)
class _ListEnds:
    """What ends a list of places in one text: names of several words the tagger calls a
    person's (*people*), names it calls a date's or a people's, or of several words a body's
    or an event's (*others*), and the offsets where a lower-case common noun starts (*nouns*)."""

    people: SpanSet
    others: SpanSet
    nouns: frozenset[int]


def _list_ends(doc: Doc) -> _ListEnds:
    """The :class:`_ListEnds` of *doc*. A kind word of places after a name ("Abara
    province", "Abara residents" is not one) is no noun that ends the list: it makes the name
    a place."""
    ents = doc_ents(doc)
    kinds = _place_kind_words(
        place_words.CITY_SUFFIXES,
        place_words.DIVISION_SUFFIXES,
        place_words.GENERIC_WORDS,
        place_words.LOWER_FEATURE_WORDS,
        place_words.PLACE_HEADS,
    )
    return _ListEnds(
        people=SpanSet((e.start_char, e.end_char) for e in ents if e.label_ == "PERSON" and len(e) > 1),
        others=SpanSet(
            (e.start_char, e.end_char)
            for e in ents
            if e.label_ in _LIST_ENDING_LABELS or (e.label_ in _LONG_LIST_ENDING_LABELS and len(e) > 1)
        ),
        nouns=frozenset(t.idx for t in doc if t.pos_ == "NOUN" and t.is_lower and t.lower_ not in kinds),
    )


#: A name that goes on past its capitalised words: "Save the Children", "Doctors of the World".
_NAME_GOES_ON_AFTER = re.compile(r" (?:the|of|for|without) [A-Z]")


def _ends_list(text: str, start: int, end: int, known: bool, ends: _ListEnds) -> bool:
    """Whether the name at *start*–*end* is no place and ends a list after "including": a
    person's name (:func:`_persons_name`); a possessive or a name before a lower-case noun,
    which the name qualifies ("Sunday's rally", "Oxfam convoys"); a name that goes on in lower
    case ("Save the Children"); a weekday or a holiday; and, the gazetteer (*known*) knowing
    no place by it, a lone given name ("Ahmed") or a name the tagger calls a date's or a
    people's, or, of several words, a body's or an event's. A place's name is none of these."""
    name = text[start:end]
    words = name.lower().split()
    if (
        _persons_name(name, start, end, ends.people)
        or name.endswith(("'s", "’s"))
        or (text[end : end + 1] == " " and end + 1 in ends.nouns)
        or _NAME_GOES_ON_AFTER.match(text, end) is not None
        or words[0] in _WEEKDAYS
        or tuple(words) in date_words.HOLIDAYS
        or (words[0],) in date_words.HOLIDAYS
    ):
        return True
    return not known and ((" " not in name and name in first_names()) or ends.others.overlaps(start, end))


def _listed_names(
    text: str,
    first: tuple[int, int],
    plural: bool,
    kinds: frozenset[str] | None,
    taken: SpanSet,
    gaz: Gazetteer,
    found: list[Mention],
    *,
    ends: _ListEnds | None = None,
) -> list[tuple[int, int]]:
    """Add to *found* the name at *first* and, after a plural word, the names listed after
    it (", Kraljevo", " and Inđija"); a name already found is skipped, and the list ends
    at a name that goes on outside it, a people or a month, or, *ends* given, a name that
    :func:`_ends_list` says is no place. Returns the spans of the list's names up to its
    end."""
    names = [first]
    if plural:
        position = first[1]
        while (item := _NEXT_ITEM.match(text, position)) is not None:
            names.append(item.span(1))
            position = item.end(1)
    walked: list[tuple[int, int]] = []
    for start, end in names:
        name = text[start:end]
        if taken.holding(start - 1, start + 1) or taken.holding(end - 1, end + 1):
            break  # a longer name goes on outside "of …"
        if taken.holding(start, end):
            walked.append((start, end))
            continue  # tagged and found already
        if not _title_words(name) or gaz.demonym(name) is not None or name.lower() in MONTHS:
            break
        candidates = [
            c for c in gaz.lookup(name) if c.kind in (kinds or {"city", "admin1", "admin2", "country"})
        ]
        if ends is not None and _ends_list(text, start, end, bool(candidates), ends):
            break
        found.append(Mention(start, end, name, kinds=kinds, candidates=candidates))
        taken.add(start, end)
        walked.append((start, end))
    return walked


#: The next item of a list of names: ", Kraljevo", " and Inđija" (one to three capitalised words).
_NEXT_ITEM = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z])"
)


def _persons_name(name: str, start: int, end: int, people: SpanSet) -> bool:
    """Whether *name* at *start*–*end* names a person: it overlaps a name of several words the
    tagger calls a person's (*people*), or opens with a title or a role ("Mayor Tom Rell"), or
    with a given name before another word ("Ana Pelt")."""
    first = name.split()[0]
    return (
        people.overlaps(start, end)
        or first.lower().rstrip(".") in entity_words.PERSON_TITLES | entity_words.ROLE_WORDS
        or (" " in name and first in first_names())
    )


def _title_words(name: str) -> bool:
    """One to three capitalised words: a name, not a phrase. A word may join capitalised
    parts with hyphens ("Al-Daim", "Agoè-Nyivé") and a short lower-case particle
    ("Bandar-e Mahshahr"), as Arabic, Persian and West African names do."""
    words = name.split()
    return 0 < len(words) <= 3 and all(_title_word(w) for w in words)


def _title_word(word: str) -> bool:
    """A capitalised word, or capitalised parts and short particles joined by hyphens; an
    elided article or particle may open it ("L'Orvette", "D'Ambrine": French and Creole
    place names, round 53)."""
    if _ELIDED_OPENING.match(word):
        word = word[2:]
    parts = word.split("-")
    return _capitalised(parts[0]) and all(
        _capitalised(p) or (p.isalpha() and p.islower() and len(p) <= 2) for p in parts[1:]
    )


#: An elided capital particle opening a name: "L'", "D'", "L’".
_ELIDED_OPENING = re.compile(r"[LD]['’](?=[A-Z])")


def _capitalised(part: str) -> bool:
    """One capital, then lower case only ("Daim", not "DAIM" or "daim")."""
    return part[:1].isupper() and (part[1:].islower() or len(part) == 1)


def _division_by_kind_word(text: str, ent: Span, gaz: Gazetteer) -> Mention | None:
    """ "Kachin State", "Sagaing Region", "Borno State": a first-level division named with its
    capitalised kind word, whatever the tagger's label, when the gazetteer knows the head as one.

    The whole name is the mention (the capitalised word is part of it, as in "Lamu
    County"). A US state is never written "Ohio State": that is the university.
    """
    start, end = _clean_span(text, ent.start_char, ent.end_char)
    name = text[start:end]
    head, kind_word = split_kind_word(name)
    if (
        head is None
        or kind_word not in place_words.DIVISION_SUFFIXES
        or not name.rpartition(" ")[2].istitle()
    ):
        return None
    autonomous = head.endswith(_AUTONOMOUS)
    if autonomous:
        head = head[: -len(_AUTONOMOUS)]  # "Gorno-Badakhshan Autonomous Region": the head is looked up
    key = fold(head)
    known = gaz.lookup(head)
    candidates = [
        c
        for c in known
        if c.kind == "admin1"
        # a division under another spelling of two words ("Al Jazirah" for Gezira), or of
        # one that its status word marks as a division ("Gorno-Badakhshan" for Kuhistoni Badakhshon)
        and (same_name(c, key) or " " in head or autonomous)
        and not (kind_word == "state" and c.country == "US")
    ]
    if candidates:
        return Mention(start, end, name, kinds=frozenset({"admin1"}), candidates=candidates)
    if not known and kind_word in _UNKNOWN_DIVISION_WORDS and _unknown_division(text, start, head):
        return Mention(start, end, name, candidates=[])
    return None


#: The status word between an autonomous division's name and its kind word: "the
#: Gorno-Badakhshan Autonomous Region", "the Tibet Autonomous Region".
_AUTONOMOUS = " Autonomous"

#: Kind words that make a division of a name the gazetteer does not know; not "Department"
#: ("the Defense Department", "the Oxford Police Department") nor "District" ("Police District").
_UNKNOWN_DIVISION_WORDS = frozenset({"state", "region", "province", "oblast", "governorate", "prefecture"})

#: Endings of an adjective, which names a group ("Islamic State"), a quality or the speakers of
#: a language ("the Anglophone regions"), not a division.
_ADJECTIVE_ENDINGS = ("ic", "ist", "ian", "ese", "ish", "phone")

#: What may stand between a preposition of place and a division's name: "in [the] [northern]".
_BEFORE_DIVISION = re.compile(
    r"\b([a-z]+)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:central)\s+)?$"
)


def _unknown_division(text: str, start: int, head: str) -> bool:
    """Whether a name the gazetteer does not know is a division by its capitalised kind word:
    "villages in Karenni State", "the capital of Lone Star State".

    The kind word is the evidence, so the name must be a proper name (capitalised
    words, no adjective such as "Islamic" of the group "Islamic State", no faith,
    no demonym) and follow a preposition of place.
    """
    words = head.split()
    if len(words) > 2 or not all(w.isalpha() and w.istitle() for w in words):
        return False
    if any(
        w.lower().endswith(_ADJECTIVE_ENDINGS)
        or w.lower() in entity_words.ORG_WORDS  # "the Border Police State"
        or w in place_words.FAITH_WORDS
        or fold(w) in place_words.GENERIC_WORDS | place_words.REGIME_WORDS
        for w in words
    ):
        return False
    before = _BEFORE_DIVISION.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) in place_words.PLACE_PREPOSITIONS


def _division_as_people(text: str, ent: Span, gaz: Gazetteer) -> Mention | None:
    """A name tagged as a people (NORP) that is no demonym but the name of a first-level
    division or a country ("West Azerbaijan"): the small model reads a people's name in it."""
    start, end = _clean_span(text, ent.start_char, ent.end_char)
    name = text[start:end]
    if " " not in name or not name[:1].isupper():
        return None  # one word ("Kurdish", "Baluch") is a people more often than a place
    candidates = [c for c in gaz.lookup(name) if c.kind in {"admin1", "country"}]
    return Mention(start, end, name, candidates=candidates) if candidates else None


def _land_by_its_ending(text: str, ent: Span) -> bool:
    """A name tagged as a people (NORP) that ends in "-stan", the land of a people, never the
    people: "Baluchistan", "Luristan" (spellings the gazetteer lacks; "Baluch" stays a people)."""
    start, end = _clean_span(text, ent.start_char, ent.end_char)
    name = text[start:end]
    return " " not in name and len(name) > 6 and name.istitle() and name.endswith("stan")


#: Endings that make a land of its people's name: "Baloch" -> "Balochistan", "Kyrgyz" -> "Kyrgyzstan".
_LAND_ENDINGS = ("istan", "stan")


def _land_of_people(gaz: Gazetteer, name: str) -> Entry | None:
    """The country or division named after the people *name* ("Baloch", "Kyrgyz").

    Such a name is the people's, not the land's (ANNOTATION.md: demonyms are no
    places); the gazetteer knows the land ("Balochistan") but seldom the people
    as its demonym, and the tagger often calls the people a place. Plurals are
    left alone: "Turks" and "Hindus" are no peoples of Turkistan and Hindustan.
    """
    if " " in name or not name.istitle() or len(name) < 4 or name.endswith("s"):
        return None
    for ending in _LAND_ENDINGS:
        lands = [c for c in gaz.lookup(name + ending) if c.kind in ("country", "admin1")]
        if lands:
            return max(lands, key=lambda c: c.population)
    return _land_of_adjective(gaz, name)


#: Endings of an adjective of a land that the gazetteer knows no demonym for: "Papua[n]",
#: "Tibet[an]", "Kashmir[i]", "Punjab[i]".
_ADJECTIVE_OF_LAND_ENDINGS = ("an", "n", "i")


def _land_of_adjective(gaz: Gazetteer, name: str) -> Entry | None:
    """The country or division whose adjective *name* is ("Papuan", "Kashmiri"), when the
    gazetteer knows no place under *name* itself (so "Sudan" is no adjective of a "Sud")."""
    if gaz.lookup(name):
        return None
    for ending in _ADJECTIVE_OF_LAND_ENDINGS:
        if not name.endswith(ending) or len(name) - len(ending) < 4:
            continue
        stem = name[: -len(ending)]
        lands = [c for c in gaz.lookup(stem) if c.kind in ("country", "admin1") and same_name(c, fold(stem))]
        if lands:
            return max(lands, key=lambda c: c.population)
    return None


def _seats(text: str) -> list[Mention]:
    """ "The White House said", "a Kremlin spokesman": seats of government (``places/seat_names.txt``).

    The news names a government by its seat; the gold counts the seat as a
    site wherever it is written, the tagger calls it an organisation or a
    person, and the gazetteer knows only namesake towns ("White House",
    Tennessee), so the seat is a place of its own without coordinates.
    """
    return [
        Mention(match.start(), match.end(), match.group(0), candidates=[])
        for match in _seat_pattern(place_words.SEAT_NAMES).finditer(text)
    ]


#: A legislature's chamber by its name after "the" and a preposition or a verb that puts a crowd
#: beside or inside a building (group 1): "outside the National Assembly", "surround the
#: Legislative Council", "in front of the Parliament". Not a longer name (a capitalised word after
#: it: "the National Assembly Library") nor one written with its building word ("the Congress
#: building", which the golds list as written, or not at all).
_CHAMBER_AS_BUILDING = re.compile(
    r"\b(?:outside|in front of|near|into|inside|surround(?:s|ed|ing)?|stormed|storming) the "
    r"(National Assembly|Legislative Council|Legislative Assembly|Parliament|Congress|Senate|Legislature)"
    r"(?![\w'’-]| [A-Z]| (?:building|buildings|complex|compound|chamber)\b)"
)


def _chambers_as_buildings(text: str) -> list[Mention]:
    """ "clashes outside the National Assembly", "thousands surround the Legislative Council":
    a legislature's chamber where a crowd stands is its building, a site (round 63: the golds
    of a wire story, a timeline and a report on a mine protest list it; the chamber as the body
    that votes, "the National Assembly voted", is none, nor "outside Parliament" without the
    article, which one readable gold leaves out). No coordinates: the gazetteer holds no
    buildings."""
    return [
        Mention(match.start(1), match.end(1), match.group(1), candidates=[])
        for match in _CHAMBER_AS_BUILDING.finditer(text)
    ]


@cache
def _seat_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """The seats' names as one alternation of literals, case kept, whole words only."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?!\w)")


#: First words of a place's name that the tagger reads as a people's: "North Okkalapa".
_COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Upper", "Lower"})

#: Endings of a people's adjective ("South Sudanese", "East African", "North Korean").
_PEOPLE_ENDINGS = ("an", "ese", "ish", "ic", "ern", "i", "s")


def _compass_name(text: str, ent: Span, gaz: Gazetteer) -> Mention | None:
    """ "North Okkalapa", "South Dagon" tagged as a people (NORP): a compass word and a
    name that is no people's adjective is a district, known to the gazetteer or not.

    A compass word before a town under its own name ("East Oxford", "North
    Clayton") is left to the town: the quarter is seldom what a story names.
    """
    start, end = _clean_span(text, ent.start_char, ent.end_char)
    words = text[start:end].split()
    if (
        len(words) != 2
        or words[0] not in _COMPASS_WORDS
        or not words[1].istitle()
        or words[1].endswith(_PEOPLE_ENDINGS)
        or any(same_name(c, fold(words[1])) for c in gaz.lookup(words[1]))
    ):
        return None
    return Mention(start, end, text[start:end], candidates=gaz.lookup(text[start:end]))


#: Capitalised compass words that open a region's name: "Eastern China", "Far North Queensland",
#: "South-West Sudan" (lower case they only place something within the name: "eastern China").
_COMPASS_REGION = re.compile(
    r"(?:Far )?(?:North|South|East|West|Central|Northern|Southern|Eastern|Western"
    r"|(?:North|South)-?(?:[Ee]ast|[Ww]est)(?:ern)?) (?=[A-Z])"
)


#: The word right after a name.
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _compass_region(gaz: Gazetteer, name: str, text: str, end: int) -> list[Entry]:
    """ "Eastern China", "Far North Queensland", "West Kasai": a capitalised compass word before a
    country or a first-level division the gazetteer knows, the whole unknown to it, is one region
    named as the article writes it (the capital makes the word part of the name); it is read as
    the country or division it lies in, when that has readings in one country only. A town after a compass word ("South Philadelphia") is
    left to the town, as is a lower-case adjective ("eastern China"), and a name before a word for
    a natural feature ("the East China seas") is the feature's, whose name goes on (*text* and
    *end*: the article and where the name ends in it)."""
    opening = _COMPASS_REGION.match(name)
    if opening is None:
        return []
    after = _NEXT_WORD.match(text, end)
    if after is not None and after.group(1).lower().removesuffix("s") in place_words.FEATURE_WORDS:
        return []
    rest = name[opening.end() :]
    key = fold(rest)
    found = [c for c in gaz.lookup(rest) if c.kind in ("country", "admin1") and same_name(c, key)]
    if len({c.country for c in found}) > 1:
        return []  # "North Georgia": the state or the country, left to the name inside it and its context
    return found


def _names_a_people(doc: Doc, start: int, end: int) -> bool:
    """Whether the word after the name ``[start, end)`` makes it a people ("community", "minority")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in place_words.PEOPLE_HEADS


#: A Persian name joined by the ezafe "-e": "Shahr-e Qods", "Islamabad-e Gharb", "Qasr-e-Shirin".
_EZAFE = re.compile(r"\b[A-Z][a-z]+-e[- ][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _ezafe_names(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "Shahr-e Qods", "Islamabad-e Gharb": one name, which the tokenizer cuts at the hyphen.

    The parser then tags a half ("Qods", "Islamabad", which the gazetteer reads
    as Pakistan's capital); the whole is the place, resolved when the gazetteer
    knows it under that spelling and kept without a point otherwise. Groups'
    names are built the same way ("Tehreek-e-Taliban Pakistan", "Jaish-e-Mohammed"):
    the whole must be known, or a part be tagged as a place or be a town, and the
    name must not go on.
    """
    text = doc_text(doc)
    places = SpanSet((e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in PLACE_LABELS)
    found = []
    for match in _EZAFE.finditer(text):
        candidates = gaz.lookup(match.group(0))
        if _NAME_GOES_ON.match(text, match.end()):
            continue
        if (
            not candidates
            and not places.overlaps(*match.span())
            and not any(_is_town(gaz, part) for part in re.split(r"-e[- ]| |-", match.group(0)))
        ):
            continue
        found.append(Mention(match.start(), match.end(), match.group(0), candidates=candidates))
    return found


#: A verb that takes or keeps someone somewhere, then "to", "at" or "into": "taken to", "held at".
_REACHING_VERBS = (
    r"(?:taken|rushed|admitted|transferred|brought|moved|sent|airlifted|evacuated|flown|driven"
    r"|detained|held|kept|treated|hospitali[sz]ed|jailed|imprisoned|interned|confined"
    r"|go|goes|went|gone|going|returned|returns)"
)

#: The facility such a verb reaches: capitalised words (an "and" between two of them) ending in a
#: word for a hospital or a station, the name not going on: "airlifted to St. Columba's
#: Hospital", "kept at the Port Selwyn Harbour Police Station". The words are on one line: a
#: name does not cross a line or paragraph break ("brought to Brannock\n\nClinic staff said").
#: Bounded repeats: linear in the text.
_FACILITY_REACHED = re.compile(
    rf"\b{_REACHING_VERBS}[ \u00a0]+(?:to|at|into)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+(?:and[ \u00a0]+)?){1,6}?"
    r"(?:Hospital|Clinic|Infirmary|Centre|Center|Station))(?![\w'’-]|[ \u00a0]+[A-Z])"
)


#: A hospital named right after "at" or "to": "a doctor at Yopougon University Hospital", "nurses
#: at Bugando Medical Centre", "treated at the Ouahigouya Regional Hospital", "drove to USMD
#: Medical Center". Capitalised words (an "and" between two of them) ending in "Hospital" or
#: "Medical Center/Centre/Complex", and "of" and the place it serves if the name goes on so
#: ("the Children's Hospital of Manitoba"); the name not going on further; on one line;
#: bounded repeats. Since round 46 also after "including" ("treated at hospitals including Bir
#: Hospital"), after a town's possessive, which stays out of the name ("at Kinshasa's Mama Yemo
#: hospital"), and with a lower-case "hospital" ("died at Kasra hospital", group ``lower``: kept
#: only when the name is no town's, :func:`_facilities_reached`).
_HOSPITAL_AT = re.compile(
    r"\b(?:[Aa]t|[Tt]o|including)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w.-]*['’]s[ \u00a0]+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+(?:and[ \u00a0]+)?){1,6}?"
    r"(?:Hospital|Medical[ \u00a0]+(?:Center|Centre|Complex)|(?P<lower>hospital))"
    r"(?:[ \u00a0]+of[ \u00a0]+[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)?)?)(?![\w'’-]|[ \u00a0]+[A-Z]|[ \u00a0]+of\b)"
)

#: Another hospital listed right after one: "at Cipto Mangunkusumo Hospital and Pelni Hospital",
#: "including Bir Hospital and the National Trauma Centre". Listed with a hospital, a name
#: ending in "Centre", "Center" or "Clinic" is one too (alone after "at" it is as often a body's
#: office). Read from the end of a hospital's name; bounded repeats.
_HOSPITAL_LISTED = re.compile(
    r"(?:,|,?[ \u00a0]+and|,?[ \u00a0]+or)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){1,6}?"
    r"(?:Hospital|Centre|Center|Clinic|(?P<lower>hospital)))(?![\w'’-]|[ \u00a0]+[A-Z]|[ \u00a0]+of\b)"
)


#: A hospital named by its town (or patron) and its level, wherever the article names it: "Gulu
#: Central Hospital confirmed two deaths", "and the Lira Government Hospital", "reports from the
#: Al-Amal Teaching Hospital" (round 58): the golds of four readable splits list each such hospital
#: as a site. One to three capitalised words (not an article) before the level word, the name
#: not going on ("the Toronto General Hospital Transplant Clinic" is a body's), nor a person's
#: employer in apposition ("said Dr. Amos Banda, from the Zomba Central Hospital": the public
#: GeoVirus gold lists no such hospital); bounded repeats.
_LEVELLED_HOSPITAL = re.compile(
    r"(?<![\w'’.-])(?<!, from the )(?<!, of the )(?!(?:The|A|An|In|At|To|From)[ \u00a0])"
    r"(?P<name>(?:(?:St\.|[A-Z][\w'’-]*)[ \u00a0]+){1,3}?"
    r"(?:Central|Regional|Government|Teaching|General|District|Referral|Provincial|Municipal)[ \u00a0]+Hospital)"
    r"(?![\w'’-]|[ \u00a0]+[A-Z]|[ \u00a0]+of\b)"
)


#: A court building named after a preposition of place: "appeared in the Katutura Magistrate's
#: Court", "will appear at Wexley Magistrates' Court", "an appearance in the Burnell County
#: Courthouse". A magistrates' court and a courthouse are the building a hearing is held in,
#: named by their town; a court named by its rank ("the High Court", "Cass County Circuit
#: Court") is the bench, a body, and stays out. Capitalised words on one line, the name not
#: going on; bounded repeats.
_COURT_BUILDING = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Tt]o|[Ff]rom|[Oo]utside|[Bb]efore|[Ii]nto)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){1,4}?"
    r"(?:Magistrate['’]s[ \u00a0]+Court|Magistrates['’]?[ \u00a0]+Court|Courthouse|Court[ \u00a0]+House))"
    r"(?![\w'’-]|[ \u00a0]+[A-Z]|[ \u00a0]+of\b)"
)


#: A building named with a capitalised "House", "Buildings" or "City/Town Hall" ("stormed the
#: Parliament Buildings", "reporters at Vigilance House", "the six-story Ufundi House") after a
#: preposition of place or a verb of entering or striking it, "the" and a count of storeys
#: allowed; one to four capitalised words (a possessive "President's" among them; "City Hall"
#: needs none before it, a bare "House" is a chamber of parliament) and the name
#: ending there: punctuation or a word of grammar after it ("House on Sunday", "House that
#: officers"), never a noun it modifies ("Town Hall records", "House meeting"). Each word's run is
#: unambiguous and the words are at most four: nothing backtracks far.
_NAMED_BUILDING = re.compile(
    r"\b(?:[Aa]t|[Ii]n|[Tt]o|[Ff]rom|[Ii]nto|[Oo]utside|[Ii]nside|[Nn]ear|front[ \u00a0]+of|entered|stormed"
    r"|toppled|protecting|besieged|surrounded)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\w-]+-stor(?:e)?y[ \u00a0]+)?"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \u00a0]+){1,4}?(?:House|Buildings)"
    r"|(?:[A-Z][\w'’.-]*[ \u00a0]+){0,3}?(?:City|Town)[ \u00a0]+Hall)"
    r"(?=[.,;:!?)\"'’”]|[ \u00a0]+(?:on|in|at|and|or|to|for|with|by|from|where|that|which|after|before|since"
    r"|until|when|while|last|this|will|was|were|is|has|had|early|late)\b|$)"
)


def _facilities_reached(text: str, gaz: Gazetteer) -> list[Mention]:
    """Hospitals, clinics and stations that a person is taken to or held at: "were airlifted to
    St. Columba's Hospital", "went to Ridgeway Kidney Clinic for dialysis".

    ANNOTATION.md counts sites; the verb of moving or holding makes the facility the place
    where the report's people are. Since round 44 a hospital right after "at" or "to" is one
    with no verb (:data:`_HOSPITAL_AT`: "a doctor at Yopougon University Hospital", "nurses at
    Bugando Medical Centre"): the tune golds of five splits list such hospitals as sites,
    where a clinic or a station after "at" is as often a body's office. Since round 45 a court
    building after a preposition of place is one too (:data:`_COURT_BUILDING`: "appeared in the
    Katutura Magistrate's Court"). Since round 47 a building named with a capitalised "House",
    "Buildings" or "City Hall" after a preposition of place or a verb of entering is one
    (:data:`_NAMED_BUILDING`: "protesters stormed the Parliament Buildings", "reporters at
    Vigilance House"): the golds of five splits list each such building. The whole name is the
    site: a town or a saint inside it ("St. Michael") yields to it.
    """
    found = []
    taken = SpanSet()
    for match in [
        *_hospitals_at(text, gaz),
        *_COURT_BUILDING.finditer(text),
        *_NAMED_BUILDING.finditer(text),
        *_FACILITY_REACHED.finditer(text),
        *_levelled_hospitals(text),
    ]:
        start, end = match.span("name")
        if taken.overlaps(start, end):
            continue  # "taken to the Ndola Hospital of X": after "to" (the whole name), and reached
        taken.add(start, end)
        found.append(Mention(start, end, text[start:end], candidates=gaz.lookup(text[start:end]), site=True))
    return found


def _levelled_hospitals(text: str) -> list[re.Match[str]]:
    """The hospitals of :data:`_LEVELLED_HOSPITAL` whose name starts where the match does: a tail
    of a longer name ("[Garcia] Memorial Provincial Hospital" after an apposition's "from the") is
    none."""
    return [
        m
        for m in _LEVELLED_HOSPITAL.finditer(text)
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
    ]


def _hospitals_at(text: str, gaz: Gazetteer) -> list[re.Match[str]]:
    """The hospitals of :data:`_HOSPITAL_AT`, each followed by those listed after it
    (:data:`_HOSPITAL_LISTED`, read on from each one found).

    A name before a lower-case "hospital" that is a town's ("at Mzuzu hospital") is left to
    the town: the older golds list a town's site by the town's bare name (round 44).
    """
    found: list[re.Match[str]] = []
    for first in _HOSPITAL_AT.finditer(text):
        match: re.Match[str] | None = first
        while match is not None and not (match.group("lower") and _names_a_town(gaz, text, match)):
            found.append(match)
            match = _HOSPITAL_LISTED.match(text, match.end("name"))
    return found


def _names_a_town(gaz: Gazetteer, text: str, match: re.Match[str]) -> bool:
    """Whether the words before a lower-case "hospital" are a town's or a division's own name."""
    name = text[match.start("name") : match.start("lower")].strip()
    key = fold(name)
    return _is_town(gaz, name) or any(
        c.kind in ("admin1", "admin2") and same_name(c, key) for c in gaz.lookup(name)
    )


#: A person described by a noun for people and "from" a name that ends the description: "a
#: 29-year-old engineer from Tajoura, who …", "a primary school teacher from Chamdo,", "a
#: retired teacher from Mahiliou, was sentenced". Group ``age``: an age in the description;
#: ``noun``: its last word; ``name``: one or two capitalised words. The description is a
#: determiner or a number and up to four words; bounded repeats, on one line.
_PERSON_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Aa]nother)[ \u00a0]+"
    r"(?P<mods>(?:[\w'’-]+[ \u00a0]+){0,4}?)(?P<noun>[a-z]+)[ \u00a0]+from[ \u00a0]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0-][A-Z][\w'’-]+)?)"
    r"(?=[ \u00a0]*(?:[,;]|\.(?:\s|$))|[ \u00a0]+(?:who|was|had|and|in|on|when)\b)"
)

#: An age in a description: "a 29-year-old engineer".
_AGE_WORD = re.compile(r"\b\d{1,3}-year-old\b")


def _hometowns(text: str, gaz: Gazetteer) -> list[Mention]:
    """The town a person of the report is from: "a 29-year-old engineer from Tajoura", "a
    teacher from Chamdo", which the tagger often calls a person or an organisation.

    Round 46: the tune golds of many splits list every such name (17 of 18 found in them, the
    18th a township written with its word). A name the gazetteer knows as a town, under any
    of its spellings ("Chamdo" for Qamdo, "Mahiliou" for Mahilyow), is the town; a name it does
    not know only after an age ("a 29-year-old engineer from Tajoura"): a private person's
    "from" is where they live, where "a reporter from Reuters" names an employer. A news
    outlet's name is never one.
    """
    found: list[Mention] = []
    for match in _PERSON_FROM.finditer(text):
        if not is_person_noun(match.group("noun")):
            continue
        start, end = match.span("name")
        name = text[start:end]
        if fold(name) in entity_words.MEDIA_NAMES or name.lower() in MONTHS:
            continue
        towns = [c for c in gaz.lookup(name) if c.kind in ("city", "admin1", "admin2", "country")]
        if towns or _AGE_WORD.search(match.group("mods")):
            found.append(Mention(start, end, name, candidates=towns))
    return found


#: A header field on a line of its own that says where a note was given: "Location: Geneva".
_PLACE_FIELD_LINE = re.compile(
    rf"^{PLACE_FIELD_LABEL}"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:[ \t][A-ZÀ-Þ][\w'’.-]*){0,3})[ \t]*$",
    re.MULTILINE,
)


def _place_fields(text: str, gaz: Gazetteer) -> list[Mention]:
    """The place of a briefing note's header field ("Location: Geneva"), when the gazetteer
    knows it: the parser reads the field line as no sentence and tags nothing in it.

    ANNOTATION.md lists the place a report is filed from; the field says it as a dateline
    does (:func:`tally.clean.boilerplate.is_place_field` keeps the line in the text).
    """
    found = []
    for match in _PLACE_FIELD_LINE.finditer(text):
        start, end = match.span("name")
        if candidates := gaz.lookup(text[start:end]):
            found.append(Mention(start, end, text[start:end], candidates=candidates))
    return found


#: A capitalised word right after a name: the name goes on ("Tehreek-e-Taliban Pakistan").
_NAME_GOES_ON = re.compile(r" [A-Z]")


def _is_town(gaz: Gazetteer, name: str) -> bool:
    """A town of some size under this very name."""
    key = fold(name)
    return any(
        c.kind == "city" and same_name(c, key) and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION
        for c in gaz.lookup(name)
    )


def _joined_names(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "Sistan and Baluchestan province", "Bosnia and Herzegovina": one place whose name holds "and".

    The parser splits such names at "and" (or tags half of them), so the pair is
    looked up whole; only a country or a province counts (two towns listed with
    "and" are two places).
    """
    found = []
    for match in _JOINED.finditer(text):
        start = match.start()
        candidates = [c for c in gaz.lookup(match.group(0)) if c.kind in {"country", "admin1"}]
        if not candidates and " " in match.group(1):
            # "The Jammu and Kashmir administration": the capitalised word opening the
            # sentence is no word of the name
            start = match.start() + match.group(1).index(" ") + 1
            candidates = [c for c in gaz.lookup(text[start : match.end()]) if c.kind in {"country", "admin1"}]
        if candidates:
            found.append(Mention(start, match.end(), text[start : match.end()], candidates=candidates))
    return found


#: Two names joined by a hyphen or a dash before a lower-case word for a road or a railway:
#: "the Dhaka-Chattogram highway", "the Galle–Matara road", "the Addis Ababa-Djibouti railway".
_ROAD_BETWEEN = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)[-–]([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)"
    r"(?= (?:highway|road|expressway|motorway|railway|railroad|corridor)\b)"
)


def _roads_between_towns(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "the Nakuru-Eldoret highway": a road named by the two towns it joins, one site.

    Blockades are reported by the road they cut, named so in Africa and South Asia. The
    parser reads the pair as one word and finds the second town alone or nothing; the road
    is the place written, named without its lower-case word as "Evin" of "Evin prison".
    Both halves must be places the gazetteer knows, so that a hyphenated surname before
    "road" stays out.
    """
    found = []
    for match in _ROAD_BETWEEN.finditer(text):
        if gaz.lookup(match.group(1)) and gaz.lookup(match.group(2)):
            found.append(Mention(match.start(), match.end(), match.group(0), site=True))
    return found


def _particle_names(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "in Mocímboa da Praia", "the road to Croix des Bouquets": a town whose name holds a
    lower-case particle, which the parser cuts at the particle (leaving "Praia", the
    capital of Cape Verde, or a site "Bouquets"); so is the Arabic article hyphenated
    to the word it defines ("in Hama and Deir ez-Zor" leaves "Deir", no place).

    The whole is looked up; it counts when the gazetteer knows a town or division of
    some size under that name (a person's "Lula da Silva" is none, and one the parser
    tags as a person of several words is left alone).
    """
    text = doc_text(doc)
    people = SpanSet((e.start_char, e.end_char) for e in doc_ents(doc) if _person_of_several_words(e))
    found: list[Mention] = []
    for match in _PARTICLE_NAME.finditer(text):
        start = match.start(1)
        for _ in range(3):  # "In Mocímboa da Praia": the opening word may be no part of it
            name = text[start : match.end()]
            candidates = [
                c
                for c in gaz.lookup(name)
                if c.kind in ("city", "admin1", "admin2") and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION
            ]
            if candidates:
                if not people.overlaps(start, match.end()):
                    found.append(Mention(start, match.end(), name, candidates=candidates))
                break
            space = text.find(" ", start, match.start(1) + len(match.group(1)) - 1)
            if space < 0:
                break
            start = space + 1
    return found


#: A name made of a day and a month in Spanish or Portuguese, the month capitalised: "23 de
#: Enero", "9 de Julio", "7 de Setembro". Latin American towns and quarters are named after the
#: date of an event; a date of those languages writes its month in lower case ("el 9 de julio").
_DATE_NAMED = re.compile(
    r"(?<![\w.,:/-])([1-3]?\d) (?:de|del) "
    r"(Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Setiembre|Octubre|Noviembre"
    r"|Diciembre|Janeiro|Fevereiro|Março|Maio|Junho|Julho|Setembro|Outubro|Novembro|Dezembro)"
    r"(?![\w'’-])"
)

#: The word before such a name that makes it a place's: a preposition of place, "and" or "or"
#: of a list, "of" ("the districts of …"), or a comma of a list.
_BEFORE_DATE_NAMED = re.compile(r"(?:\b(?:in|at|from|to|near|of|and|or|into|outside|around)|,) $")


def _named_after_a_date(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "the districts of Petare and 23 de Enero", "in 2 de Mayo, residents said": a town or a
    quarter named after a date in Spanish or Portuguese, which the parser reads as a number.

    The name must follow a preposition of place, "and"/"or" or a comma of a list, and end
    there: a capitalised word before or after it makes it part of a longer name ("Movimiento
    26 de Julio", "Avenida 9 de Julio …"), a lower-case word after it other than a word of
    grammar makes it a modifier ("the 26 de Julio movement"). Round 62.
    """
    found: list[Mention] = []
    for match in _DATE_NAMED.finditer(text):
        start, end = match.span()
        if not _BEFORE_DATE_NAMED.search(text, max(0, start - 10), start):
            continue
        after = re.match(r" ([A-Za-z]+)", text[end : end + 24])
        if after is not None and (after.group(1)[:1].isupper() or after.group(1) not in STOP_WORDS):
            continue
        name = match.group(0)
        found.append(
            Mention(start, end, name, candidates=[c for c in gaz.lookup(name) if c.kind != "country"])
        )
    return found


#: "the Gulf" standing alone (group 1), or "Gulf" before a plural noun for the states around it
#: (group 2): how news names the Persian Gulf and its shores. Not a longer name: no capitalised
#: word, "of" or a hyphen after it ("the Gulf of Aden", "the Gulf War", "Gulf-war veterans").
_GULF_ALONE = re.compile(
    r"\b[Tt]he (Gulf)(?![\w'’‐-])(?![ \t]+(?:[A-Z]|of\b))"
    r"|(?<![\w'’-])(Gulf) (?=(?:states|nations|countries|monarchies|neighbours|neighbors|allies|rulers)\b)"
)


def names_the_gulf_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the "Gulf" of :data:`_GULF_ALONE` ("watching the Gulf,"):
    the construction names the place itself, so it needs no other cue of place."""
    match = _GULF_ALONE.search(text, max(0, start - 4), min(len(text), end + 12))
    return match is not None and _gulf_of(text, match) == (start, end)


def _gulf_of(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The span of the "Gulf" a :data:`_GULF_ALONE` match names, or None: "Gulf" before a plural
    noun must not follow a capitalised word ("the Persian Gulf states": the longer name is the
    place)."""
    group = 1 if match.group(1) else 2
    start, end = match.span(group)
    if group == 2 and re.search(r"[A-Z][\w'’-]* $", text[max(0, start - 30) : start]):
        return None
    return start, end


def _the_gulf_alone(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "tension grew in the Gulf", "ties with Gulf states": the region around the Persian Gulf
    under its short name, which the tagger leaves untagged (round 63: the golds of two readable
    articles, an editorial and a wire story, list "Gulf"; so do the LGL and GeoWebNews dev
    golds where the word stands so); not after a capitalised word (:func:`_gulf_of`)."""
    spans = (_gulf_of(text, match) for match in _GULF_ALONE.finditer(text))
    return [Mention(s, e, "Gulf", candidates=gaz.lookup("Persian Gulf")) for s, e in filter(None, spans)]


def _places_tagged_as_people(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """One-word PERSON entities that are places: "Sheriff's deputies in Alexandria said".

    The small model tags many towns as people. One is taken back when no
    person of the article bears it as a first or last name, the gazetteer
    knows it under its own name (not as an alternate name), and the words around it say place: a preposition of place
    before it, a comma or the start of the text before it with a comma or a
    dash after it, or a noun such as "man" or "police" after it.
    """
    name_words: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            name_words |= {fold(t.text) for t in ent}
        elif ent.label_ == "ORG" and len(ent) > 1:
            # "Telavi State University" bears the town's name, no person's: the town
            # listed with towns stays a place
            name_words |= {fold(t.text) for t in ent[1:]}
    in_place_lists = _listed_with_places(doc, gaz)
    between = _towns_between(doc, gaz, name_words)
    found: list[Mention] = []
    unknown: list[Span] = []  # names after a preposition of place that the gazetteer does not know
    for ent in doc_ents(doc):
        last = ent[-1]
        if (
            ent.label_ in {"PERSON", "ORG"}
            and len(ent) > 1
            and _is_lower_kind_word(last.text)
            and all(t.text[:1].isupper() for t in ent[:-1])
        ):
            # "Done Taw village" tagged as a person: a town by its own kind word
            name_end = ent[-2].idx + len(ent[-2].text)
            name = doc_text(doc)[ent.start_char : name_end]
            found.append(Mention(ent.start_char, name_end, name, candidates=gaz.lookup(name)))
            continue
        level = in_place_lists.get(ent.start, 0)
        listed = level >= PLACE_LIST
        items = _list_items(ent) if ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and listed else []
        listed_towns = [_listed_town(gaz, t.idx, t.text) for t in items]
        if len(listed_towns) > 1 and (
            all(t.candidates for t in listed_towns) or not {"and", "or"} & {t.text for t in ent}
        ):
            # "Mahshahr, Shahriar" tagged as one organisation inside a list of towns; towns
            # joined by "and" ("Arequipa and Ayacucho") only when the gazetteer knows each,
            # since "Tom and Jerry" after a place is a pair of people
            found += listed_towns
            continue
        if (
            ent.label_ in ("PERSON", "ORG")
            and len(ent) > 1
            and listed
            and (towns := _towns_named(gaz, ent.text))
        ):
            # "Mong Kok, [Causeway Bay] and Wan Chai": a town of several words tagged as a
            # person inside a list of towns, which the gazetteer knows under that very name
            found.append(Mention(ent.start_char, ent.end_char, ent.text, candidates=towns))
            continue
        if ent.label_ in _PEOPLE_OR_TONGUE_LABELS and not (
            len(ent) == 1 and (listed or _placed_as_a_town(doc, ent, gaz)) and _sizeable_town(gaz, ent.text)
        ):
            continue  # "Kurdish", "Arabic": a people's or a tongue's word outside a list of towns
        if ent.label_ not in _MISTAKEN_TOWN_LABELS or len(ent) != 1 or not ent.text.istitle():
            continue
        key = fold(ent.text)
        if key in name_words:
            continue
        capitals = [
            c
            for c in gaz.lookup(ent.text)
            if c.kind == "city"
            and c.capital
            and c.population >= MIN_METONYMIC_CAPITAL_POPULATION
            # its name, however spaced ("Naypyitaw"), not a former one ("Salisbury" for Harare)
            and _unspaced(fold(c.name)) == _unspaced(key)
        ]
        if capitals:
            # "Naypyitaw did not respond": a capital speaks for its government
            # with no cue around it, under any of its spellings
            found.append(Mention(ent.start_char, ent.end_char, ent.text, candidates=capitals))
            continue
        before = doc[ent.start - 1].text.lower() if ent.start > 0 else ""
        after = doc[ent.end].text.lower() if ent.end < len(doc) else ""
        # "Mekelle, the regional capital,": an apposition that calls the name a town;
        # "Mississauga, where Walsh lives": a relative adverb of place; "Samos's economy"
        described = (after == "," and described_kind(doc, ent.start, ent.end) == "GPE") or (
            (_where_after(doc, ent.end) or _possession_of_a_place(doc, ent.end))
            and key not in name_words
            and _sizeable_town(gaz, ent.text)
        )
        if (
            ent.label_ in ("ORG", "PRODUCT")
            and not listed
            and not described
            and not _town_before_its_people(doc, ent)
        ):
            continue  # ("Baranavichy, [Salihorsk] and Maladzechna": a town tagged as a product)
        if _owns_a_name(doc, ent, gaz):
            continue  # "ferries to Martha's Vineyard": the preposition governs the whole name
        direct = before in place_words.PLACE_PREPOSITIONS
        # "homes in Githurai and [Kitengela]": the preposition governs both names
        joined = not direct and _joined_after_preposition(ent[0])
        cue = (
            listed
            or direct
            or joined
            or _after_a_holders_participle(doc, ent.start)
            or ent.start in between
            or after in place_words.PLACE_HEADS
            or (before in ("", ",", "\n") and after in (",", "—", "--", "-"))
            or described
        )
        if not cue:
            continue
        candidates = [
            c
            for c in gaz.lookup(ent.text)
            if c.kind in ("city", "admin1", "admin2", "country")
            and (
                c.kind == "country"
                or same_name(c, key)
                # a listed town may go by a spelling GeoNames keeps as an alternate ("Urmia")
                or (listed and len(key) > 3 and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION)
            )
            # a town joined to another name is a sizeable one: "Smith and Miller" are people
            and (not (joined and not listed) or c.population >= MIN_COUNTRY_SUPPORTED_POPULATION)
        ]
        if any(c.kind != "country" for c in candidates):
            candidates += _sizeable_spellings(gaz, ent.text, candidates)
        bare = not candidates and (listed or direct)
        if bare:
            candidates = _without_article(gaz, ent.text)  # "in Kut, Hilla and Diwaniyah"
        if candidates or level == FIRM_PLACE_LIST:
            # "clashes in Kibera, Mathare and Kawangware": an estate the gazetteer does not
            # know, among tagged places after "in", is a place all the same
            found.append(
                Mention(
                    ent.start_char,
                    ent.end_char,
                    ent.text,
                    candidates=candidates,
                    bare=bare and bool(candidates),
                )
            )
        elif direct and before in _JOINING_PREPOSITIONS:
            unknown.append(ent)
    return found + _joined_to_places(doc, unknown, found)


#: A possessive and a capitalised word right after a name: "Martha's Vineyard", "Mary's Point".
_POSSESSED_NAME_AFTER = re.compile(r"['’]s [A-Z]")


def _owns_a_name(doc: Doc, ent: Span, gaz: Gazetteer) -> bool:
    """Whether the person-tagged word *ent* is the possessor inside a longer name ("to Martha's
    Vineyard", round 50): a preposition before it governs the whole name, which
    :func:`_possessive_names` reads when the gazetteer knows it, so the possessor alone is no
    town unless a sizeable one goes by it ("in Kisumu's old market")."""
    return (
        ent.label_ == "PERSON"
        and _POSSESSED_NAME_AFTER.match(doc_text(doc), ent.end_char) is not None
        and not _sizeable_town(gaz, ent.text)
    )


def _town_before_its_people(doc: Doc, ent: Span) -> bool:
    """Whether a one-word organisation is a town standing as the modifier of a noun of its
    people or its services: "a Gainesville man", "Crafton police", "three Torrington
    students", "the Pirbright laboratory" (the small model tags many towns so before such a
    noun; companies and armed groups stand before "employees", "officials", "unit" or
    "officers", which the list leaves out: "a Wagner unit"). The
    gazetteer must still know the name as a town (checked by the caller). The word before
    must not be capitalised, save a sentence's first, so that the name is not a longer one's
    last word."""
    if ent.label_ != "ORG" or len(ent) != 1 or ent.end >= len(doc):
        return False
    if doc[ent.end].text not in place_words.PLACE_HEADS:
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is None or not before.text[:1].isupper() or bool(before.is_sent_start)


#: Prepositions after which a name the tagger calls a person or an organisation, and the
#: gazetteer does not know, is a place: "beaten under a bridge in Purbachal", "a wall near
#: his house in Bab al-Tabbaneh". "to", "from" and "at" take people and bodies as often.
_UNKNOWN_PLACE_PREPOSITIONS = frozenset({"in", "near", "In", "Near"})

#: The tags the small model gives a name it does not know after "in" or "near": a person's, an
#: organisation's, and (round 46) a product's or a work's ("near Gohardasht", "in Saraçhane").
_UNKNOWN_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})

#: Lower-case particles inside a place's name: "Bab al-Tabbaneh", "Croix des Bouquets".
_UNKNOWN_NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "as", "ash", "de", "des", "du", "di", "da", "la", "le"}
)


def _unknown_names_in(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """A name of one to three capitalised words right after "in" or "near" (no article between),
    tagged as a person, an organisation, a product or a work (:data:`_UNKNOWN_NAME_LABELS`),
    that the gazetteer does not know: a quarter, a village or a site too small for GeoNames
    ("clashes in Purbachal"), kept with no point. Since round 46 also after a sentence's "In"
    or "Near" ("In Githurai, on the outskirts of Nairobi, …"), and tagged a product or a work.

    People are not "in" someone, and a body one is "in" takes "the" ("in the Senate"); left
    out are acronyms ("in VOA"), names with a numeral ("in Forms One"), a body's or a role's
    word ("in Parliament"), a possessive ("in Smith's view"), a given name and a surname ("faith
    in Maryam Rajavi") and any word of a person named elsewhere in the article.
    """
    ents = list(doc_ents(doc))
    people: dict[str, set[int]] = defaultdict(set)
    for ent in ents:
        # a name the tagger calls a person each time it follows "in" ("In Githurai, …", "in
        # Githurai") is not made a person's by its other mentions (round 46)
        if ent.label_ == "PERSON" and not (
            ent.start > 0 and doc[ent.start - 1].text in _UNKNOWN_PLACE_PREPOSITIONS
        ):
            for token in ent:
                people[fold(token.text)].add(ent.start)
    # the first words of longer capitalised names: "a student at Sharif" after "Sharif University
    # of Technology" is the short form of that name (round 62)
    longer = {fold(ent[0].text) for ent in ents if len(ent) > 1 and ent[1].is_title}
    found: list[Mention] = []
    for ent in ents:
        if ent.label_ not in _UNKNOWN_NAME_LABELS or ent.start == 0 or len(ent) > 5:
            continue
        if doc[ent.start - 1].text not in _UNKNOWN_PLACE_PREPOSITIONS and not _unknown_word_at(
            doc, ent, longer
        ):
            continue
        if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s", "'", "’"):
            continue
        words = [t for t in ent if t.text not in ("-", "‐")]
        if not words or not (words[0].is_title and words[-1].is_title):
            continue
        if len(words) > 3 or not all(
            (t.is_title and t.is_alpha and not t.like_num) or t.text in _UNKNOWN_NAME_PARTICLES for t in words
        ):
            continue
        name = ent.text
        if _names_no_place(name) or _names_a_body(name) or gaz.lookup(name):
            continue
        if len(words) > 1 and words[0].text in first_names():
            continue  # "put its faith in Maryam Rajavi": a person named in full
        if any(
            t.lower_ in entity_words.ORG_WORDS | entity_words.ROLE_WORDS | entity_words.PERSON_TITLES
            or t.lower_ in MONTHS
            or people[fold(t.text)] - {ent.start}
            for t in words
        ):
            continue
        found.append(Mention(ent.start_char, ent.end_char, name))
    return found


#: "v." or "vs." and a capitalised word after a name: a case cited by its parties.
_CASE_PARTY_AFTER = re.compile(r" vs?\. [A-Z]")


def _a_case_party(text: str, mention: Mention) -> bool:
    """Whether *mention* is a name the gazetteer does not know right before "v." or "vs." and
    another capitalised name (round 64): "In [name] v. Italy, the court ruled …", "as held in
    [name] v. [name]": a party to a case, a person or a body, which the tagger reads as a place
    after "in". A known place in a case's name keeps its reading ("U.S. v. [name]")."""
    return (
        not mention.candidates
        and not mention.demonym
        and _CASE_PARTY_AFTER.match(text, mention.end) is not None
    )


def _unknown_word_at(doc: Doc, ent: Span, longer: set[str]) -> bool:
    """ "the protest at Beging", "shot at Lekki and at Alausa", "a camp outside the city at
    [name]": one capitalised word after "at" that :func:`_unknown_names_in` reads as after "in"
    (round 62). "At" also follows a body one works for, so not after a person's noun ("a worker
    at [company]", "a student at [college]") and not the first word of a longer name the
    article gives (its short form)."""
    if len(ent) != 1 or doc[ent.start - 1].lower_ != "at" or fold(ent.text) in longer:
        return False
    before = doc[ent.start - 2] if ent.start >= 2 else None
    return before is None or not (before.pos_ in ("NOUN", "PROPN") and is_person_noun(before.lower_))


#: Participles of holding ground that a hyphen joins to its holder before a town:
#: "Russian-occupied Melitopol", "rebel-held Idlib", "government-controlled Homs".
_HOLDERS_PARTICIPLES = frozenset(
    {"occupied", "held", "controlled", "administered", "annexed", "besieged", "ruled"}
)


def _after_a_holders_participle(doc: Doc, start: int) -> bool:
    """The name at token *start* follows "X-occupied", "X-held" or "X-controlled": ground is
    held, never a person, so the name the parser took for one is a town. Two tokens of look-behind."""
    return (
        start >= 2
        and doc[start - 1].lower_ in _HOLDERS_PARTICIPLES
        and doc[start - 2].text in {"-", "‐", "–"}
        and doc[start - 2].idx + len(doc[start - 2].text) == doc[start - 1].idx
    )


#: Labels the small model gives a town it takes for a people or a tongue ("Tunis" NORP or
#: LANGUAGE, as "Tunisian"): such a town is taken back only as an item of a list of places
#: ("in Cairo, Tunis, Tripoli and Khartoum") and under a sizeable town's own name, so that
#: a demonym between places ("Tehran, Kurdish towns and Tabriz") stays no place.
_PEOPLE_OR_TONGUE_LABELS = frozenset({"NORP", "LANGUAGE"})

#: Labels of one-word entities that may be towns the parser mislabelled.
_MISTAKEN_TOWN_LABELS = frozenset({"PERSON", "ORG", "PRODUCT"}) | _PEOPLE_OR_TONGUE_LABELS


def _where_after(doc: Doc, end: int) -> bool:
    """A comma and "where" right after the name that ends at token *end*: "the figure for
    Mississauga, where Walsh lives" (a relative adverb of place takes a place before it); not
    a question to someone ("Jones, where are you?"), where a verb follows "where"."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ == "where"
        and doc[end + 2].pos_ not in ("AUX", "VERB")
    )


def _possession_of_a_place(doc: Doc, end: int) -> bool:
    """ "'s" and a noun only a place owns (``places/place_possessions.txt``) right after the
    name that ends at token *end*, one adjective allowed between: "Tijuana's sewage",
    "Maui's bigger cities"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    noun = doc[end + 1]
    if noun.pos_ == "ADJ" and end + 2 < len(doc):
        noun = doc[end + 2]
    # the noun itself, not a modifier of another ("Smith's economy plan")
    return noun.lower_ in place_words.PLACE_POSSESSIONS and noun.dep_ != "compound"


def _towns_between(doc: Doc, gaz: Gazetteer, name_words: set[str]) -> set[int]:
    """Token index of each one-word name of "between X and Y" when both are sizeable towns
    under their own names and no person of the article bears either: "a convoy was ambushed
    between Gao and Ménaka", both tagged as people.

    "Between" takes two objects of one kind; talks "between Smith and Jones" fail the
    gazetteer or the article's own people.
    """
    found: set[int] = set()
    lowers = token_lowers(doc)  # a Token only after "between"
    for i, lower in enumerate(lowers):
        if lower != "between" or i + 3 >= len(lowers) or lowers[i + 2] != "and":
            continue
        pair = (doc[i + 1], doc[i + 3])
        if all(
            t.ent_type_
            and t.text.istitle()
            and fold(t.text) not in name_words
            and _sizeable_town(gaz, t.text)
            for t in pair
        ):
            found.update(t.i for t in pair)
    return found


def _placed_as_a_town(doc: Doc, ent: Span, gaz: Gazetteer) -> bool:
    """A one-word name the small model read as a people's (NORP) that the words around call a
    place: the object of a preposition of place right before it ("killed in [Omdurman]"), not a
    word describing the noun after it ("in Arab neighbourhoods"), and no people's or tongue's word
    of that spelling (the gazetteer's demonyms: "printed in Kurdish" is a tongue)."""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (
        before in place_words.PLACE_PREPOSITIONS and ent.root.dep_ == "pobj" and gaz.demonym(ent.text) is None
    )


def _sizeable_town(gaz: Gazetteer, name: str) -> bool:
    """A town or division of some size under this very name."""
    return any(c.population >= MIN_COUNTRY_SUPPORTED_POPULATION for c in _towns_named(gaz, name))


def _sizeable_spellings(gaz: Gazetteer, name: str, own: list[Entry]) -> list[Entry]:
    """Sizeable towns that go by *name* as another spelling, besides the towns *own* that
    bear it as their own name: "Mansoura" is the Algerian town's own name and a spelling
    of Egypt's Al Mansurah.

    A name tagged as a person is taken back as a place only when some town bears it
    itself (a person's name may match a mere spelling), but which town it is, is the
    article's context to say, among all of them.
    """
    return [
        c
        for c in gaz.lookup(name)
        if c.kind == "city" and c not in own and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION
    ]


def _countries_tagged_otherwise(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "Border posts with Kazakhstan and [Uzbekistan]" tagged as a people, "[Sri Lanka's]
    foreign reserves" or "[Azerbaijan]'s partners" opening a sentence tagged as a person: a
    country under its own name is the country whatever the parser's label.

    A country's name is no word of prose; only a person of the article whose name of several
    words holds it ("Michael Jordan", then "Jordan said") keeps a one-word person."""
    people_words = {fold(t.text) for e in doc_ents(doc) if _person_of_several_words(e) for t in e}
    found: list[Mention] = []
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "NORP"):
            continue
        words = [t for t in ent if t.text not in _POSSESSIVE]
        if not words or len(words) > 3 or not all(t.text[:1].isupper() for t in words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        name = doc_text(doc)[start:end]
        key = fold(name)
        if gaz.demonym(name) is not None or (len(words) == 1 and key in people_words):
            continue
        countries = [c for c in gaz.lookup(name) if c.kind == "country" and same_name(c, key)]
        if countries:
            found.append(Mention(start, end, name, candidates=countries))
    return found


#: A short line of its own: at most a few words between two line breaks (bounded: linear).
_SHORT_LINE = re.compile(r"^[ \t]*([^\n]{2,60}?)[ \t]*$", re.MULTILINE)


def _countries_on_their_lines(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "ALGERIA" heading a yearbook's entry, "Burma" over a story, "Manila" under a court's
    name: a line that is all a country's or a capital's name (round 64), which the cleaner keeps
    as it keeps a dateline (:func:`tally.clean.boilerplate.names_a_country_or_capital`) and
    the parser leaves untagged or glues to the next line as an organisation."""
    found: list[Mention] = []
    for match in _SHORT_LINE.finditer(text):
        if names_a_country_or_capital(match.group(1), gaz):
            # every reading of the name: "Georgia" over a story from Atlanta is resolved as any
            found.append(
                Mention(match.start(1), match.end(1), match.group(1), candidates=gaz.lookup(match.group(1)))
            )
    return found


def _untagged_capitals(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "between Warsaw and Kyiv", "the Tokyo-Seoul summit", "between Abuja and Yaounde":
    a country's capital that the parser leaves untagged where a preposition of place
    governs it or "and", "or", a hyphen or a slash joins it to a place.

    A capital speaks for its government and is a place wherever it stands (ANNOTATION.md
    counts metonymic uses); it needs the cue only because capitals of fewer than
    MIN_METONYMIC_CAPITAL_POPULATION people ("Victoria", "Kingston") are people's names
    as often, and a capitalised word after it makes it part of a longer name ("the Kyiv
    Independent").
    """
    tokens = doc
    found: list[Mention] = []
    # a Token only for an untagged capitalised word, which _capital_word needs
    ent_types, titles, alphas = (
        token_ent_types(doc),
        token_flags(doc, "IS_TITLE"),
        token_flags(doc, "IS_ALPHA"),
    )
    for i in range(len(doc)):
        if ent_types[i] or not (titles[i] and alphas[i]):
            continue
        token = doc[i]
        # "Maputo's mayor said …": a possessive before the town's office says place even
        # where the capital opens the sentence
        opening = _possessive_of_an_office(tokens, token.i)
        if token.ent_type_ or not _capital_word(gaz, token, opening=opening):
            continue
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if following is not None and following.text[:1].isupper() and not following.is_punct:
            continue
        if _capital_cue(gaz, tokens, token.i):
            candidates = _capital_word(gaz, token, opening=opening)
            found.append(Mention(token.idx, token.idx + len(token), token.text, candidates=candidates))
    return found


#: Bodies that serve a town and follow its name as a plain noun: "Hrodna police", "the Barysau
#: court", "Kharkiv prosecutors".
_TOWN_BODIES = frozenset(
    {
        "police",
        "court",
        "courts",
        "prosecutor",
        "prosecutors",
        "authorities",
        "governor",
        "mayor",
        "municipality",
        "council",
        "officials",
        "residents",
    }
)

#: A town named only by the body after it must be a sizeable one: "Federal police" are no
#: police of Federal, Argentina (16,000 people).
MIN_TOWN_BEFORE_BODY_POPULATION = 50000


def _towns_before_their_bodies(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "Hrodna police detained three students", "the Barysau court fined him": a town's one-word
    name before the body that serves it, which the parser leaves untagged at the head of a
    sentence or calls a people (NORP).

    The body noun must follow in lower case (a capitalised one makes a body's name, "Mandalay
    Police Department", whose place ANNOTATION.md leaves out) and the word before must not be
    capitalised (else the name is longer than the town's); the town must be sizeable, since
    "Federal" or "Military" police are kinds of police.
    """
    tokens = doc
    found: list[Mention] = []
    texts = token_texts(doc)  # a Token only before a body's noun
    for i in range(len(texts) - 1):
        if texts[i + 1] not in _TOWN_BODIES:
            continue
        token = tokens[i]
        following = tokens[token.i + 1]
        if (
            following.text not in _TOWN_BODIES
            or token.ent_type_ not in ("", "NORP")
            or not token.text[:1].isupper()
            or not token.is_alpha
            or token.is_stop  # "But police said", "No officials were present"
            or (not token.tag_.startswith("NN") and token.ent_type_ != "NORP")
        ):
            continue
        before = tokens[token.i - 1] if token.i else None
        if before is not None and before.text[:1].isupper() and not before.is_sent_start:
            continue
        towns = [
            c
            for c in gaz.lookup(token.text)
            if c.kind in ("city", "admin1", "admin2") and c.population >= MIN_TOWN_BEFORE_BODY_POPULATION
        ]
        if towns:
            found.append(Mention(token.idx, token.idx + len(token), token.text, candidates=towns))
    return found


#: Prepositions of a crossing or a course, after which "the" and a one-word name is a river,
#: a strait or a range: "across the Bosphorus", "along the Danube", "over the Drina".
COURSE_PREPOSITIONS = frozenset({"across", "along", "over", "beyond", "down", "up"})


#: The prepositions of a crossing or a course that only a place follows: an organisation's
#: name after "the" and one of them is a river ("across the Tigris"), where "over the" and
#: "up the" also follow a body ("concern over the Fed").
_CROSSINGS = frozenset({"across", "along", "beyond"})


def _waters_tagged_as_people(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "across the Bosphorus", "over the Danube": a one-word name after "the" and a
    preposition of a crossing or a course, which the parser tags as a person (or, after
    "across" or "along", as an organisation: "across the Tigris").

    A person's name takes no article, and one crosses or follows a river, a strait or a
    range; such a name is one place, read only as the gazetteer knows it (most rivers it
    does not, and they keep no point), never as a person's town.
    """
    found: list[Mention] = []
    for ent in doc_ents(doc):
        if (
            ent.label_ in ("PERSON", "ORG")
            and len(ent) == 1
            and ent[0].is_title
            and ent.start >= 2
            and doc[ent.start - 1].lower_ == "the"
            and doc[ent.start - 2].lower_ in (COURSE_PREPOSITIONS if ent.label_ == "PERSON" else _CROSSINGS)
            and not _modifies_a_common_noun(doc, ent.end)
        ):
            candidates = [c for c in gaz.lookup(ent.text) if c.kind != "city"]
            found.append(Mention(ent.start_char, ent.end_char, ent.text, candidates=candidates))
    return found


def _modifies_a_common_noun(doc: Doc, end: int) -> bool:
    """A lower-case noun right after the name that ends at token *end*, other than a feature's
    word: the name qualifies that noun ("across the Anglophone regions"), it crosses no water
    itself ("across the Tigris", "along the Danube river" keep theirs)."""
    if end >= len(doc):
        return False
    word = doc[end]
    return word.pos_ == "NOUN" and word.text.islower() and word.lower_ not in place_words.LOWER_FEATURE_WORDS


def _untagged_waters(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """ "along the Jhelum into the crowd": a one-word capitalised name after "the" and a
    preposition of a crossing (``_CROSSINGS``) that the parser leaves untagged.

    As for the tagged ones, one crosses or follows a river, a strait or a range; the name
    must end there (no capitalised word or "of" after it: "along the Line of Control" is a
    longer name the parser reads on its own)."""
    found: list[Mention] = []
    lowers = token_lowers(doc)
    for i, lower in enumerate(lowers[:-2]):
        if lower not in _CROSSINGS or lowers[i + 1] != "the":
            continue
        name = doc[i + 2]
        after = doc[i + 3] if i + 3 < len(lowers) else None
        if (
            name.ent_type_
            or not (name.is_title and name.is_alpha)
            or len(name) < 4
            or (after is not None and (after.text[:1].isupper() or after.lower_ in ("of", "-", "'s", "’s")))
        ):
            continue
        candidates = [c for c in gaz.lookup(name.text) if c.kind != "city"]
        found.append(Mention(name.idx, name.idx + len(name), name.text, candidates=candidates))
    return found


#: Words that join two places of one phrase ("Warsaw and Kyiv", "Tokyo-Seoul").
_PLACE_JOINS = frozenset({"and", "or", "-", "/", "–"})


def _capital_word(gaz: Gazetteer, token: Token, *, opening: bool = False) -> list[Entry]:
    """The capitals of MIN_METONYMIC_CAPITAL_POPULATION people or more that *token* names
    under their own name (however spaced), if it is a capitalised word; one opening a
    sentence only when *opening* allows it."""
    if not (token.is_title and token.is_alpha) or (token.is_sent_start and not opening):
        return []
    key = _unspaced(fold(token.text))
    return [
        c
        for c in gaz.lookup(token.text)
        if c.kind == "city"
        and c.capital
        and c.population >= MIN_METONYMIC_CAPITAL_POPULATION
        and _unspaced(fold(c.name)) == key
    ]


def _capital_cue(gaz: Gazetteer, tokens: Doc, i: int) -> bool:
    """Whether the words around ``tokens[i]`` say place: a preposition of place (or
    "between") before it, a join to a tagged place or another such capital, or a possessive
    and a town's office or body after it ("Maputo's mayor", "Kampala's police")."""
    before = tokens[i - 1] if i > 0 else None
    if _possessive_of_an_office(tokens, i):
        return True
    if before is None:
        return False
    if before.lower_ in place_words.PLACE_PREPOSITIONS or before.lower_ == "between":
        return True
    for join, other in ((before, i - 2), (tokens[i + 1] if i + 1 < len(tokens) else None, i + 2)):
        if join is None or join.lower_ not in _PLACE_JOINS or not 0 <= other < len(tokens):
            continue
        if tokens[other].ent_type_ in PLACE_LABELS or _capital_word(gaz, tokens[other]):
            return True
    return False


def _possessive_of_an_office(tokens: Doc, i: int) -> bool:
    """ "Maputo's mayor said …" opening a sentence: a town's possessive before its office or
    body (``_TOWN_BODIES``); two tokens of look-ahead."""
    after = tokens[i + 1 : i + 3]
    return len(after) == 2 and after[0].lower_ in _POSSESSIVE_TOKENS and after[1].lower_ in _TOWN_BODIES


#: The possessive's token after a name: "Maputo's", "Kampala’s".
_POSSESSIVE_TOKENS = frozenset({"'s", "’s"})


#: Prepositions of place whose object, and what "and" joins to it, is a place: "in", not
#: "including" (which lists people as often) or "of" ("the death of Smith and Jones").
_JOINING_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout"})


def _joined_after_preposition(token: Token) -> bool:
    """*token* is joined by "and" or a comma to the object of "in", "near" or "outside"
    ("in Githurai and [Kitengela]"), or names the common noun that is ("near the [Gabon]
    border", "in the [Glasgow] area"); not a person's first name ("of Kyle McDermand")."""
    if token.dep_ not in ("conj", "compound"):
        return False
    while token.dep_ in ("conj", "compound") and token.head.i != token.i:
        if token.dep_ == "compound" and token.head.pos_ != "NOUN":
            return False
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _JOINING_PREPOSITIONS


def _joined_to_places(doc: Doc, unknown: list[Span], found: list[Mention]) -> list[Mention]:
    """Unknown names joined by "and" to a place under one preposition of place: "homes in
    [Githurai] and Kitengela", both tagged as people, Kitengela a town the gazetteer knows.

    The coordination puts them under the same preposition and of the same kind, as
    with a list of tagged places (:data:`FIRM_PLACE_LIST`).
    """
    if not unknown:
        return []
    places = SpanSet(
        [(m.start, m.end) for m in found if m.candidates]
        + [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("GPE", "LOC")]
    )
    joined = []
    for ent in unknown:
        token = ent[0]
        partners = [t for t in token.children if t.dep_ == "conj"]
        if token.dep_ == "conj":
            partners.append(token.head)
        if any(places.overlaps(t.idx, t.idx + len(t.text)) for t in partners):
            joined.append(Mention(ent.start_char, ent.end_char, ent.text, candidates=[]))
    return joined


#: The Arabic article as GeoNames writes it before a town's name ("Al Qurnah", "Ad Diwaniyah",
#: "El Obeid"), assimilated to the first letter of the name or not.
_ARABIC_ARTICLES = ("Al", "Ad", "Ar", "As", "Az", "An", "At", "Ash", "El")


def _without_article(gaz: Gazetteer, name: str) -> list[Entry]:
    """The sizeable towns that GeoNames names with an Arabic article which *name*, one word,
    leaves out: news writes "Diwaniyah", "Qurna", "Hodeidah" for "Ad Diwaniyah", "Al Qurnah",
    "Al Hudaydah". Such a reading is a guess: the caller keeps it only where the article's
    other names back its country (a movement called "Hirak" is no Syrian town)."""
    if " " in name or not name[:1].isupper():
        return []
    for article in _ARABIC_ARTICLES:
        towns = [
            c
            for c in gaz.lookup(f"{article} {name}")
            if c.kind == "city" and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION
        ]
        if towns:
            return towns
    return []


def _unspaced(key: str) -> str:
    """A folded name without its spaces and hyphens: "nay pyi taw" and "naypyitaw" are one."""
    return key.replace(" ", "").replace("-", "")


#: A one-word name tagged as a person or an organisation is a country's capital without
#: any cue when the capital has this many people ("Naypyitaw said"); smaller capitals
#: ("Victoria", "Kingston") are people's names as often.
MIN_METONYMIC_CAPITAL_POPULATION = 200000


#: What may stand between two items of a list of names: "Tehran, Shiraz and Isfahan".
_LIST_JOINS = ((",",), ("and",), ("or",), (",", "and"), (",", "or"))
_LIST_JOIN_MAX = max(len(join) for join in _LIST_JOINS)


#: Levels of :func:`_listed_with_places`: a list of places, and one that a preposition of
#: place opens and two tagged places hold ("in Kibera, Mathare and Kawangware").
PLACE_LIST = 1
FIRM_PLACE_LIST = 2


def _listed_with_places(doc: Doc, gaz: Gazetteer) -> dict[int, int]:
    """Token index of each entity that is an item of a list, with the list's level
    (:data:`PLACE_LIST`, :data:`FIRM_PLACE_LIST`, 0 for a list of other names):
    "Tehran, Shiraz and Qom".

    The small model tags a town it does not know as a person or an
    organisation, often in the middle of a list whose other items it tagged as
    places. A list counts as one of places when one of its items is tagged
    GPE or LOC, or when it has three or more one-word items that the gazetteer
    all knows as towns or divisions under their own names (people are seldom
    listed by one name each).
    """
    chains: list[list[Span]] = []
    for ent in doc_ents(doc):
        if _bracketed_count(doc, ent.start, ent.end):
            continue  # "Nairobi (17), Nakuru (3)": a count set after each item, no item itself
        if chains and ent.start - chains[-1][-1].end <= _LIST_JOIN_MAX + _COUNT_IN_BRACKETS:
            # (the words between are read only when few enough to be a joint)
            last = chains[-1][-1]
            between = tuple(t.text.lower() for t in doc[last.end : ent.start] if not is_reference_mark(t))
            if _bracketed_count(doc, last.end + 1, last.end + 2):
                between = between[_COUNT_IN_BRACKETS:]
            if last[-1].text == ",":
                between = (",", *between)  # "Laikipia, Kisumu," tagged with the list's next comma
            if between in _LIST_JOINS and not (between == (",",) and _speaks(doc, ent.end)):
                chains[-1].append(ent)
                continue
        chains.append([ent])
    listed: dict[int, int] = {}
    for chain in chains:
        if len(chain) < 2:
            continue
        tagged = sum(e.label_ in ("GPE", "LOC") for e in chain)
        places = tagged > 0
        items = [_list_items(e) for e in chain]
        if not places and sum(len(i) or 1 for i in items) >= 3:
            # a name of several words is looked up whole ("into La Paz, Cochabamba and
            # Oruro", tagged as a building, a person and an organisation)
            places = all(
                all(_known_town(gaz, t.text) for t in i) if i else _known_town(gaz, e.text)
                for e, i in zip(chain, items, strict=True)
            )
        firm = places and _known_items(gaz, chain) >= 2 and _after_a_place_preposition(doc, chain[0].start)
        for ent in chain:
            listed[ent.start] = FIRM_PLACE_LIST if firm else PLACE_LIST if places else 0
    return listed


#: Lemmas of the verbs of speech after a name that make it the sentence's source: "…, Reuters said".
_SPEECH_LEMMAS = frozenset({"say", "report", "tell", "add", "write", "announce", "claim", "state", "tweet"})


def _speaks(doc: Doc, end: int) -> bool:
    """A verb of speech right after the name that ends at token *end* ("Taraz and Taldykorgan,
    Reuters said"): the name after a list's comma is who reports the list, no item of it."""
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and doc[end].lemma_ in _SPEECH_LEMMAS


#: The tokens of a count in brackets after a list's item: "(", "17", ")".
_COUNT_IN_BRACKETS = 3


def _bracketed_count(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``[start, end)`` are one number standing alone in brackets ("Mombasa (3)")."""
    texts = token_texts(doc)  # the brackets tested on the Doc's column first: most names have none
    return (
        end - start == 1
        and start > 0
        and end < len(doc)
        and texts[start - 1] == "("
        and texts[end] == ")"
        and doc[start].like_num
    )


def _list_items(ent: Span) -> list[Token]:
    """The one-word names of *ent* when it is one ("Shiraz") or several joined as a list's
    items are ("Mahshahr, Shahriar", "Arequipa and Ayacucho", which the tagger glues into
    one name); else none."""
    words: list[Token] = []
    joint: list[str] = []
    for token in ent:
        if token.text in (",", "and", "or"):
            joint.append(token.text)
            continue
        if not (token.text.istitle() and token.text.isalpha()) or (words and tuple(joint) not in _LIST_JOINS):
            return []
        words.append(token)
        joint = []
    # a comma after the last name is the list's joint to the next item, which the tagger
    # glued onto the name ("Laikipia, Kisumu," before ", Mombasa"); any other joint left over
    # ends no list
    return [] if joint and joint != [","] else words


def _listed_town(gaz: Gazetteer, start: int, name: str) -> Mention:
    """A town of a list of towns, under its own name or a sizeable town's other spelling."""
    key = fold(name)
    candidates = [
        c
        for c in gaz.lookup(name)
        if c.kind in ("city", "admin1", "admin2")
        and (same_name(c, key) or (len(key) > 3 and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION))
    ]
    return Mention(start, start + len(name), name, candidates=candidates)


def _towns_named(gaz: Gazetteer, name: str) -> list[Entry]:
    """The towns and divisions that the gazetteer knows under *name* itself (not as an
    alternate spelling, which a person's name may match)."""
    key = fold(name)
    return [c for c in gaz.lookup(name) if c.kind in ("city", "admin1", "admin2") and same_name(c, key)]


def _known_items(gaz: Gazetteer, chain: list[Span]) -> int:
    """How many items of a list are known places: tagged as places, or one-word names the
    gazetteer knows as towns or divisions ("in Sari, Amol, Babol and …": Sari tagged, Amol and
    Babol tagged as people)."""
    return sum(e.label_ in ("GPE", "LOC") or (len(e) == 1 and _known_town(gaz, e.text)) for e in chain)


def _after_a_place_preposition(doc: Doc, start: int) -> bool:
    """Whether a preposition of place, "the" between allowed, stands right before token
    *start*: "in Sari, …", "to the Caucasus, …"."""
    before = start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in place_words.PLACE_PREPOSITIONS


def _known_town(gaz: Gazetteer, name: str) -> bool:
    """A town or division of some size under this name or a spelling of it."""
    return any(
        c.kind in ("city", "admin1", "admin2") and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION
        for c in gaz.lookup(name)
    )


def _natural_feature(text: str, ent: Span, gaz: Gazetteer) -> Mention | None:
    """ "the Taiwan Strait", "Boni Forest", "Lake Victoria": a name that begins or ends
    with a capitalised word for a natural feature is one place, whatever the parser's
    label (it often says ORG), and never the town or country inside it."""
    if len(ent) < 2 or ent.label_ not in PLACE_LABELS | {"ORG"}:
        return None
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or not any(
        t.text[:1].isupper() and t.lower_ in place_words.FEATURE_WORDS for t in (words[0], words[-1])
    ):
        return None
    start, end = _clean_span(text, ent.start_char, ent.end_char)
    name = text[start:end]
    if not name[:1].isupper():
        return None
    if words[-1].lower_ not in place_words.FEATURE_WORDS and _names_a_body(name):
        return None  # "Gulf Times", "Coast Post": an outlet or body named after a feature
    return Mention(start, end, name, candidates=gaz.lookup(name))


def _rest_of_name(doc: Doc, ent: Span) -> int | None:
    """The end of the capitalised words after *ent* when a lower-case word for a town or
    district follows them ("Done [Taw] village", "Kyauk [Ka Lay] township"), else None."""
    j = ent.end
    while j < len(doc) and j - ent.end < 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        if j > ent.end and _is_kind_word(doc[j].text):
            # "Hlaing [Thar Yar Township]": a capitalised kind word ends the name and is part of it
            return doc[j].idx + len(doc[j].text)
        j += 1
    if j == ent.end or j >= len(doc):
        return None
    if not _is_lower_kind_word(doc[j].text):
        return None
    last = doc[j - 1]
    return last.idx + len(last.text)


def _division_word_after(doc: Doc, ent: Span, gaz: Gazetteer) -> Mention | None:
    """ "[Dhi Qar] Governorate", "[Kermanshah] Province": a division that the tagger
    stopped before the capitalised kind word of its name, whatever its label.

    The word is part of the name as written ("Lamu County"), so the mention is the
    whole, read among the head's divisions. A US state is never "Ohio State" (the
    university), and a name that goes on ("Kermanshah Province Police") is a body's.
    """
    texts = token_texts(doc)  # the words after the name from the Doc's columns: most stop here
    if ent.end >= len(doc) or (ent.end + 1 < len(doc) and texts[ent.end + 1][:1].isupper()):
        return None
    if not texts[ent.end].istitle() or token_lowers(doc)[ent.end] not in place_words.DIVISION_SUFFIXES:
        return None
    word = doc[ent.end]
    text = doc_text(doc)
    start, end = _clean_span(text, ent.start_char, ent.end_char)
    if end != ent.end_char:
        return None
    divisions = [
        c
        for c in gaz.lookup(text[start:end])
        if c.kind in ("admin1", "admin2") and not (word.lower_ == "state" and c.country == "US")
    ]
    end = word.idx + len(word)
    return (
        Mention(start, end, text[start:end], kinds=frozenset({"admin1", "admin2"}), candidates=divisions)
        if divisions
        else None
    )


def _with_kind_word(doc: Doc, ent: Span, end: int, gaz: Gazetteer) -> tuple[int, list[Entry]] | None:
    """The end and candidates of *ent* with the kind word after it ("Hall County"), if the gazetteer knows that name."""
    if ent.end >= len(doc) or doc[ent.end].text not in place_words.NAME_KIND_WORDS:
        return None
    word = doc[ent.end]
    candidates = gaz.lookup(doc_text(doc)[ent.start_char : word.idx + len(word)])
    return (word.idx + len(word), candidates) if candidates else None


def _datelines(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "COLUMBUS, Ohio (AP) —", "TORRINGTON —": the place a report is filed from.

    The parser rarely tags a dateline's capitals. A run of capitalised words
    at the start of the text, of a line or of a sentence, followed by an
    optional ", State" and a dash, "(AP)" or a colon, is a place when the
    gazetteer knows it.
    """
    taken = SpanSet((m.start, m.end) for m in mentions)
    inside_names = {(m.start, m.end): m for m in mentions if m.in_name}
    found = []
    upper, title, plain_title = _dateline_matches(text)
    plain = [
        m
        for m in plain_title
        if m.group(2) is None or any(c.kind == "country" for c in gaz.lookup(m.group(2)))
    ]
    by_start = sorted((m.start, n) for n, m in enumerate(mentions))
    dropped: set[int] = set()
    for match in [*upper, *title, *plain]:
        # "BISHKEK/ALMATY (Reuters) -": a report filed from two towns names both
        for start, end in _slash_parts(match.group(1), match.start(1)):
            name = text[start:end]
            if taken.overlaps(start, end):
                # "ST. PETERSBURG, March 6. /TASS/.": a piece the parser tagged ("ST") yields
                # to the whole town in capitals, when nothing else overlaps it
                first = bisect_left(by_start, (start, -1))
                pieces = [n for _, n in by_start[first : bisect_left(by_start, (end, -1))]]
                whole = (
                    match.re is _DATELINE
                    and " " in name
                    and pieces
                    and all(mentions[n].end <= end and not mentions[n].in_name for n in pieces)
                    and not (first and mentions[by_start[first - 1][1]].end > start)
                )
                candidates = [c for c in gaz.lookup(name) if c.kind != "continent"] if whole else []
                if not candidates:
                    continue
                dropped.update(pieces)
            candidates = [c for c in gaz.lookup(name) if c.kind != "continent"]
            if candidates or (_filed_by_an_agency(match) and not taken.overlaps(start, end)):
                # "UNITED NATIONS (AP) —", "KWETALA, May 4 (Reuters) -": an agency's dateline
                # names the place the report is filed from, whether the gazetteer knows it or not
                found.append(Mention(start, end, name, candidates=candidates))
                taken.add(start, end)
        land = _DATELINE_LAND.match(text, match.end(1))
        if land is not None and land.span(1) in inside_names:
            # the parser glued the dateline and its outlet into one organisation's name
            inside_names[land.span(1)].in_name = inside_names[land.span(1)].in_outlet = False
        elif land is not None and not taken.overlaps(*land.span(1)):
            # "Yerevan, Armenia (AP) —": the country or state after the town, which the
            # parser leaves untagged in a title-case dateline
            key = fold(land.group(1))
            lands = [
                c for c in gaz.lookup(land.group(1)) if c.kind in ("country", "admin1") and same_name(c, key)
            ]
            if lands:
                found.append(Mention(*land.span(1), land.group(1), candidates=lands))
                taken.add(*land.span(1))
    if dropped:
        mentions[:] = [m for n, m in enumerate(mentions) if n not in dropped]
    return found


def _filed_by_an_agency(match: re.Match[str]) -> bool:
    """Whether a dateline match ends in a news agency's name, in brackets or between slashes
    ("(AP)", "(Reuters)", "/TASS/"): a run of capitals before one is the place a wire report
    is filed from, not a headline's word ("UPDATE:", "WATCH —") nor a briefing's turn
    ("QUESTION (Reuters):"), so it is a place even where the gazetteer lacks it (round 48)."""
    if match.re is _PLAIN_TITLE_DATELINE or match.group(1).lower() in MONTHS:
        return False
    rest = match.string[match.end(1) : match.end()]
    # "QUESTION (Reuters): …" labels a journalist's turn in a briefing: a colon ends no dateline
    # of an unknown place
    return ("(" in rest or "/" in rest) and not rest.rstrip().endswith(":")


#: The country or state right after a dateline's town: "Yerevan[, Armenia] (AP) —".
_DATELINE_LAND = re.compile(r",\s?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,| ?\(| ?(?:—|–|―|--|-|\x97|:))")


def _slash_parts(names: str, offset: int) -> list[tuple[int, int]]:
    """The spans of the names that a slash joins in *names* (which starts at *offset*)."""
    parts = []
    position = 0
    for part in names.split("/"):
        lead = len(part) - len(part.lstrip())
        start = offset + position + lead
        parts.append((start, start + len(part.strip())))
        position += len(part) + 1
    return parts


#: Capital letters of the Latin alphabet, those with diacritics too ("Žeželj Bridge", "Łódź").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"

#: A name with a lower-case particle between capitalised words: "Mocímboa da Praia",
#: "Croix des Bouquets", "San Antonio de los Baños"; up to two words before it, in case
#: the first opens a sentence ("In Mocímboa da Praia").
_PARTICLE_NAME = re.compile(
    rf"(?<![\w'’-])((?:[{_UPPER}][\w'’]*[ -]){{1,3}})"
    r"(?:(?:da|das|de|de la|de las|de los|del|des|di|do|dos|du)[ -]"
    # the Arabic article, assimilated or not, hyphenated to the word it defines: "ez-Zor"
    r"|(?:al|el|ad|ed|an|en|ar|er|as|es|ash|esh|at|et|az|ez|ul|ud)-)"
    rf"([{_UPPER}][\w'’]*(?:[ -][{_UPPER}][\w'’]*)?)(?![\w'’-])"
)


#: One capitalised word of a name, which may end in a particle ("Behesht-e").
#: An Arabic article or a second capitalised part may join it by a hyphen ("Al-Arbaeen").
_NAME_WORD = re.compile(
    rf"[{_UPPER}][\w'’]*(?:-[a-z]{{1,2}})?(?:-[{_UPPER}][\w'’]*)?"
    # a name word after the Arabic article, which news writes in lower case: "Rabaa
    # [al-Adawiya] Square", "the [al-Sinak] bridge"
    rf"|(?:al|el|ad|an|ar|as|ash|at|az)-[{_UPPER}][\w'’]*"
)

#: A site word, "of" and a capitalised name: "the Square of Change".
_WORD_OF_NAME = re.compile(r"\b([A-Z][a-z]+) of (?:the )?[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}")


def _name_before(text: str, end: int, *, gap: str = " -") -> int | None:
    """Start of the one to three capitalised words that end right before *end*
    (a space or hyphen apart, or a character of *gap* for the last word), without the
    words that open a sentence ("The")."""
    starts: list[int] = []
    position = end
    while len(starts) < 3 and position > 0 and text[position - 1] in (gap if not starts else " -"):
        word = re.search(r"[\w'’-]+$", text[max(0, position - 41) : position - 1])
        if word is None:
            break
        word_start = position - 1 - len(word.group(0))
        if (
            not _NAME_WORD.fullmatch(word.group(0))
            or word.group(0).lower() in MONTHS
            or word.group(0).endswith(_POSSESSIVE)  # "Tehran's Evin prison": the possessor is another place
        ):
            break
        starts.append(word_start)
        position = word_start
    while starts and fold(text[starts[-1] :].split(" ", 1)[0]) in place_words.SITE_OPENERS:
        starts.pop()
    return starts[-1] if starts else None


_POSSESSIVE = ("'s", "’s")


def _name_goes_on_before(text: str, start: int) -> bool:
    """Whether the name at *start* is the end of a longer one: "Croix des [Bouquets]",
    "Central Tehran Evin [Tower]" (a capitalised word, or a particle after one, before it)."""
    words = re.findall(r"[\w'’-]+", text[max(0, start - 40) : start])[-2:]
    if not words or not text[:start].endswith(" ") or text[:start].rstrip(" ").endswith((",", ";")):
        return False  # "Evin Prison, Qezel Hesar Prison": a list's comma ends the name before
    last = words[-1]
    if last.endswith(_POSSESSIVE):
        return False
    if _NAME_WORD.fullmatch(last) and fold(last) not in place_words.SITE_OPENERS:
        return True
    return (
        last.islower()
        and len(last) <= 3
        and last not in place_words.SITE_OPENERS  # "chanted … on Freedom Square": a preposition, no particle
        and last not in ("and", "or")  # "Moi Avenue and Tom Mboya Street": two names, no particle
        and len(words) == 2
        and _NAME_WORD.fullmatch(words[0]) is not None
        and fold(words[0]) not in place_words.SITE_OPENERS
    )


#: Lower-case words between a site's name and its lower-case site word, which stay out of the
#: name as the word does: "Mpimba central prison", "the Kurdakhani pretrial detention facility",
#: "the Tasiast gold mine". A closed list: "the Smith family compound" names no site Smith.
SITE_MODIFIER_WORDS = (
    r"central|main|pretrial|pre-trial|remand|maximum[ -]security|high[ -]security"
    r"|military|juvenile|women['’]s|federal|provincial|regional|notorious|infamous"
    r"|gold|copper|coal|diamond|uranium|iron|lithium|open-pit"
)
_SITE_MODIFIERS = re.compile(rf"(?<= )(?:(?:{SITE_MODIFIER_WORDS}) ){{1,2}}$")


#: Street words that a compass word may follow inside the name: "Chatham Road South",
#: "Queen Street West" (one road split at a junction).
_COMPASSED_WORDS = frozenset({"Road", "Street", "Avenue", "Boulevard", "Highway"})

#: A compass word after a street word that ends the name (no capitalised word after it:
#: "Prince Road South Africa House" is the road, then another name).
_COMPASS_AFTER = re.compile(r" (?:North|South|East|West)(?![\w'’-]| [A-Z])")


def _peoples_tagged(doc: Doc) -> SpanSet:
    """The spans the parser tags as a people, a faith or a party (NORP): "Arab", "Kurdish"."""
    return SpanSet(
        _clean_span(doc_text(doc), e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "NORP"
    )


def _sites(
    text: str, mentions: list[Mention], gaz: Gazetteer, peoples: SpanSet | None = None
) -> list[Mention]:
    """ "Evin prison", "Azadi Square", "the Square of Change": sites that the parser
    leaves untagged (or calls a people) and the gazetteer does not hold.

    ANNOTATION.md counts sites; a crackdown is reported by its prisons, squares
    and cemeteries. A capitalised name before a site word
    (``places/site_words.txt``) is one: the word joins the name when it is
    capitalised ("Azadi Square") and stays out when it is not ("Evin" of "Evin
    prison"), as with "Khuzestan province" (the place's name; its mentions may be run over
    the word later: :func:`extractor._written_with_site_word`,
    :func:`extractor._written_only_with_division_word`). A name that is already a place, a
    demonym ("an Iranian prison"), a faith ("a Sunni mosque", ``places/faith_words.txt``)
    or a sentence's opening word ("The prison") is not. Nor is a people's name before a
    lower-case site word in the plural ("searched Arab neighbourhoods", round 50): the parser tags
    it as a people (*peoples*, its NORP spans) or it is on ``places/peoples.txt``, and the plural
    says which kind of quarters, not which one (the gazetteer may know a small town of that name).
    """
    taken = SpanSet(
        (m.start, m.end)
        for m in mentions
        if not m.in_name
        and not (m.demonym and _SPANNING_PREFIX_BEFORE.search(text, max(0, m.start - 7), m.start))
    )
    towns = {(m.start, m.end): m for m in mentions if not m.in_name and not m.demonym}
    found: list[Mention] = []
    words = list(_site_word_pattern(place_words.SITE_WORDS, place_words.NAMED_SITE_WORDS).finditer(text))
    for match in sorted(
        [*words, *_site_compounds(place_words.SITE_COMPOUNDS).finditer(text)], key=lambda m: m.start()
    ):
        word = match.group(0)
        anchor = match.start()
        if word.islower() and (between := _SITE_MODIFIERS.search(text, max(0, anchor - 40), anchor)):
            anchor = between.start()  # "the Kurdakhani pretrial detention facility": past its modifiers
        start = _name_before(text, anchor)
        if start is None or _name_goes_on_before(text, start):
            continue
        name_end = anchor - 1
        end = match.end() if word[0].isupper() else name_end
        if word in _COMPASSED_WORDS and (compass := _COMPASS_AFTER.match(text, end)):
            end = compass.end()  # "Chatham Road South": the compass word ends the street's name
        if word in _ROAD_WORDS and (number := _ROAD_NUMBER.match(text, end)):
            end = number.end()  # "National Highway #1": the road's number ends its name
        if word[0].isupper() and _name_goes_on(text, end):
            continue  # "The Wall Street Journal", "Park Avenue Armory": a longer name
        # "the Thika Superhighway", "the Marlow County Jail": the parser's town or county is the
        # name of a road or of a capitalised site, no place found before it
        town = (
            towns.get((start, name_end))
            if word in _ROAD_WORDS or _county_before(text, word, name_end)
            else None
        )
        if _not_a_site_name(text, start, name_end, taken if town is None else SpanSet(), gaz):
            continue
        if _a_peoples_quarters(text, start, name_end, word, peoples):
            continue  # "Arab neighbourhoods", "Rohingya villages": whose quarters, not which
        if word.lower() in _MODIFYING_SITE_WORDS and _a_kind_of_site(text, start, name_end, match):
            continue  # "an Andean highway", "the first Bersih street protest", "the 1st Police Station"
        if _a_building_word(word) and (
            _not_a_buildings_name(text, start, name_end)
            if word in _BUILDING_SITE_WORDS
            else word not in place_words.NAMED_SITE_WORDS
        ):
            # "a so-called “COVID hotel”": no building's name; "Airport hotels": a plural kind; a
            # capitalised "Museum" stays what it was before round 60 ("Park", "Hotel" are named
            # sites)
            continue
        if word == "Works" and _PUBLIC_WORKS.search(text, max(0, start), match.end()):
            continue  # "the Public Works ministry": a body's work, no factory
        if (
            word.lower().rstrip("s") in _TRADE_SITE_WORDS
            and (
                word.startswith("Market")  # "Coronado Meat Market": a shop's name
                or _opens_sentence(text, start)
                or text[start:name_end].lower().endswith(_ADJECTIVE_ENDINGS)
                # "the Mexican market"; a capitalised word makes a proper name, whose last word
                # may end so ("Bayan Palace", round 60)
                or (word.islower() and text[start:name_end].lower().endswith("an"))
            )
        ):
            continue  # "Stock markets are volatile", "Whilst market volatility …", "the Asian market"
        found.append(Mention(start, end, text[start:end], candidates=gaz.lookup(text[start:end]), site=True))
        taken.add(start, end)
        if town is not None:
            town.in_name = True  # inside the road's name: _sites_over_names gives it to the road
        if word.islower():
            _in_host_town(text, start, match.end(), found[-1:], gaz)  # "Lome's Be neighbourhood"
        if _plural_site_word(word) and text.endswith(" and ", 0, start):
            # "the Sinak and Ahrar bridges": the plural word is each name's
            first = _name_before(text, start - len("and "))
            first_end = start - len(" and ")
            if first is not None and not _not_a_site_name(text, first, first_end, taken, gaz):
                site = Mention(
                    first, first_end, text[first:first_end], candidates=gaz.lookup(text[first:first_end])
                )
                site.site = True
                found.append(site)
                taken.add(first, first_end)
    for match in _WORD_OF_NAME.finditer(text):
        if match.group(1).lower() not in place_words.SITE_WORDS or taken.overlaps(*match.span()):
            continue
        found.append(Mention(match.start(), match.end(), match.group(0), candidates=[]))
        taken.add(*match.span())
    found.extend(_street_pairs(text, taken, gaz))
    for match in _NUMBERED_ROAD.finditer(text):
        if not taken.overlaps(*match.span()) and _ROAD_NUMBER.match(text, match.end(1)):
            found.append(Mention(match.start(), match.end(), match.group(0), candidates=[], site=True))
            taken.add(*match.span())
    return found


#: A road's number after its capitalised word (a count of a unit after it is no number of the
#: road: "Highway 2 hours before").
_ROAD_NUMBER = re.compile(
    r" (?:#|No\. ?)?\d{1,4}[A-Z]?\b(?!,\d| (?:hours?|minutes?|days?|weeks?|months?|years?|miles?"
    r"|kilomet(?:re|er)s?|km|people|men|women|times|percent)\b)"
)

#: A road named by its capitalised word and its number alone: "Interstate 64", "Highway 17",
#: "Route 9", "State Route 16" (group 1: the word; the "U.S." of "U.S. Highway 82" stays the country).
_NUMBERED_ROAD = re.compile(
    r"\b((?:(?:State|National) )?(?:Interstate|Highway|Route|Motorway|Expressway|Freeway))"
    r" (?:#|No\. ?)?\d{1,4}[A-Z]?\b"
)


#: A street of an address: a house number (or "the N block of") before one to three
#: capitalised words or ordinals, a compass letter allowed first ("85 S. Elm St."), and a
#: street word, whole or abbreviated ("310 Birch St.", "the 900 block of West 21st Terrace",
#: "of 8 Lark Close"), a compass word after it allowed. Group 1: the street's name. Words
#: that as often end a body's or a group's name ("Court", "Row") are left out ("the 9 Supreme
#: Court justices", "50 Death Row inmates"). Bounded repeats: no backtracking beyond them.
_ADDRESS = re.compile(
    r"(?:(?<![\w$€£.,:/-])\d{1,6}[A-Z]?|\bblock of) "
    r"((?:(?:[NSEW]|NE|NW|SE|SW)\. )?(?:(?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th)) ){1,3}"
    r"(?:(?:Street|Road|Avenue|Boulevard|Drive|Lane|Terrace|Close|Place|Way|Crescent|Parkway)(?![\w'’-])"
    r"|St\.|Rd\.|Ave\.|Blvd\.|Dr\.|Ln\.|Pl\.)"
    r"(?: (?:North|South|East|West)(?![\w'’-]))?)"
)

#: Weekdays and months: a capitalised word after a street's or a site's name that does not
#: carry the name on ("on Elm Road Thursday", "gathered in Liberty Square Monday").
_TIME_WORDS_AFTER = re.compile(
    r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
)


def _county_before(text: str, word: str, name_end: int) -> bool:
    """Whether a capitalised site word follows a county's name ("the Marlow County Jail", "the
    Sable County Courthouse"): US local news names its jails and courthouses after their county,
    which the parser tags as a place, so the site was lost and the county kept alone (round 51;
    the golds list each such jail whole, and the county too where it is written alone). Only
    a county: the site words' older rules read a town before a capitalised site word."""
    return word[0].isupper() and text.endswith(" County", 0, name_end)


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word right after *end* carries the name on ("Park Avenue
    Armory"): not a weekday or a month, which wire copy writes bare after a place ("marched
    to Victory Square Tuesday", round 48)."""
    return bool(_NAME_GOES_ON.match(text, end)) and not _TIME_WORDS_AFTER.match(text, end)


#: A place of detention named by its number, as Belarusian and Russian prisons are: "Penal
#: Colony No. 9", "Correctional Colony No. 24", "Detention Center No. 2", "Pre-Trial Detention
#: Centre No. 1", "Prison No. 8". Up to three capitalised words before a capitalised word for
#: the place (group ``name`` runs to the number); "The" opening a sentence stays out. Each
#: word's run is unambiguous and the words are at most three: nothing backtracks far.
_NUMBERED_SITE = re.compile(
    r"(?<![\w'’-])(?!The\b)(?P<name>(?:[A-Z][\w'’-]*[ \u00a0]+){0,3}?"
    r"(?:Colony|Prison|Jail|Isolator|(?:Detention|Correctional|Remand)[ \u00a0]+(?:Center|Centre|Facility))"
    r"[ \u00a0]+(?:No\.|Number|#)[ \u00a0]*\d{1,3})(?![\d\w])"
)


#: The town a numbered site stands in, right after it: "Penal Colony No. 9 in [a town]", "Prison
#: No. 8 near [a town]" (one or two capitalised words, the name not going on).
_TOWN_OF_A_SITE = re.compile(
    r"[ \u00a0]+(?:in|near|outside)[ \u00a0]+(?P<town>[A-Z][\w'’-]+(?:[ \u00a0][A-Z][\w'’-]+)?)"
    r"(?![\w'’-]|[ \u00a0]+[A-Z])"
)

#: The kinds of gazetteer entry a numbered site's town may be read as.
_SITE_TOWN_KINDS = frozenset({"city", "admin1", "admin2"})


def _numbered_sites(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "died in Penal Colony No. 9", "held in Detention Center No. 2": a prison named by its
    number is a site (ANNOTATION.md counts sites; reports on Belarus and Russia name each
    colony and remand centre so, and the golds list the name whole with its number). The
    number says the words before it are a name, as the house number of an address does.

    The small model tags the town right after such a name as an organisation, a building or
    a person ("Penal Colony No. 9 in [a town]"), so that town is read here too when the
    gazetteer knows it under that very name as a town or a division."""
    found: list[Mention] = []
    for match in _NUMBERED_SITE.finditer(text):
        start, end = match.span("name")
        site = Mention(start, end, text[start:end], candidates=[])
        site.site = True
        found.append(site)
        after = _TOWN_OF_A_SITE.match(text, end)
        if after is None:
            continue
        town = after.group("town")
        key = fold(town)
        entries = [e for e in gaz.lookup(town) if e.kind in _SITE_TOWN_KINDS and same_name(e, key)]
        if entries:
            found.append(Mention(*after.span("town"), town, candidates=entries))
    return found


#: A name with a possessive inside it: "Cox's Bazar", "St John's", "St. Mary's Bay" (a saint's
#: title allowed first, up to two capitalised words after the possessive). Bounded repeats.
_POSSESSIVE_NAME = re.compile(r"(?<![\w'’.-])(?:(?:St\.?|Saint) )?[A-Z][a-z]+['’]s(?: [A-Z][a-z]+){0,2}\b")

#: How many people a town named with a possessive must hold to be read whole: "X's Y" is far
#: more often a person's or a country's thing ("Peru's Congress"), which the gazetteer's folded
#: keys can also match ("Perus", a Brazilian district), so only a sizeable entry that GeoNames
#: itself spells with the apostrophe counts.
MIN_POSSESSIVE_NAME_POPULATION = 10000

_POSSESSIVE_NAME_KINDS = frozenset({"city", "admin1", "admin2"})


def _possessive_names(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "refugees in Cox's Bazar", "flights to St John's": a place whose name holds a
    possessive. The small model cuts such a name at the "'s" or reads it as a person's or an
    organisation's ("Cox's Bazar" ORG, "St John" PERSON), so the town was missed or a given
    name before the "'s" became one. The name is read whole, its longest reading first, when the
    gazetteer holds a sizeable town or division under that very name written with the
    apostrophe (:data:`MIN_POSSESSIVE_NAME_POPULATION`); it replaces the pieces inside it."""
    found: list[Mention] = []
    for match in _POSSESSIVE_NAME.finditer(text):
        words = match.group(0).split(" ")
        head = next(i for i, w in enumerate(words) if w.endswith(("'s", "’s")))
        for last in range(len(words), head, -1):
            name = " ".join(words[:last])
            key = fold(name)
            entries = [
                e
                for e in gaz.lookup(name)
                if e.kind in _POSSESSIVE_NAME_KINDS
                and e.population >= MIN_POSSESSIVE_NAME_POPULATION
                and ("'" in e.name or "’" in e.name)
                and same_name(e, key)
            ]
            if entries:
                start = match.start()
                found.append(Mention(start, start + len(name), name, candidates=entries))
                break
    return found


def _addresses(text: str, gaz: Gazetteer) -> list[Mention]:
    """ "at 310 Birch St.", "in the 900 block of West 21st Terrace": the street of an address
    (:data:`_ADDRESS`). Local news places every fire, crash and arrest at an address; the
    house number before the name says street even where the street word is an abbreviation
    ("St.", "Ave.") or a word the site list lacks ("Terrace", "Close"), and the name stays
    one place with its compass letter ("S. Elm St."). A whole street word followed by a
    capitalised word other than a weekday or a month goes on into a longer name ("12 Park
    Avenue Armory") and is left to the other rules."""
    found: list[Mention] = []
    for match in _ADDRESS.finditer(text):
        start, end = match.span(1)
        if not text[start:end].endswith(".") and _name_goes_on(text, end):
            continue
        site = Mention(start, end, text[start:end], candidates=gaz.lookup(text[start:end]))
        site.site = True
        found.append(site)
    return found


#: A US numbered road: "U.S. 41", "US 6", a state's dotted abbreviation and a number ("S.C. 9",
#: "Ky. 80"), "CR 118", "FM 702", "County Road 12", "State Highway 360" (a US or state highway's
#: number has one to three digits, so "US 2024" is no road). Group 1: the road's name; group 2:
#: the country's or the state's abbreviation inside it, if any. Bounded repeats only.
_US_ROAD = re.compile(
    r"(?<![\w.])(((?:U\.S\.|US|[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.)) \d{1,3}[A-Z]?"
    r"|(?:CR|FM|SR|County Road|State Highway|State Road|Farm[- ]to[- ]Market Road) \d{1,4}[A-Z]?)"
    r"(?![\w'’-]|[.,:/]\d)"
)

#: What says road around a numbered name: a preposition of way or place, or a house number,
#: before it ("on U.S. 41", "off of CR 9", "at 4410 US 6"), or a word of a road's parts
#: after it ("the U.S. 52 turnoff", "FM 702 near …", "US 6 north"), or a clause's end.
_ROAD_BEFORE = re.compile(r"(?:\b(?:on|onto|off|of|along|via|at|near|down|up|across|from|to)(?: the)?|\d) $")
_ROAD_AFTER = re.compile(
    r" (?:turnoff|exit|interchange|bypass|overpass|bridge|near|north|south|east|west|northbound"
    r"|southbound|eastbound|westbound)\b|[,.;]"
)

#: A capitalised word right before a span: the span goes on a longer name.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* $")

#: An amount after the number: "US 50 million", "U.S. 3 per cent" are sums and shares, no road.
_AMOUNT_AFTER_ROAD = re.compile(r" ?(?:%|per\b|cents?\b|dollars?\b|million\b|billion\b|thousand\b)")

#: Dotted abbreviations the gazetteer reads as a state that more often name a city, a title or
#: a company before a number ("D.C.", "L.A.", "Co.", "Mt.", "Me.", "Miss."): no road's owner.
_NO_ROAD_STATES = frozenset({"D.C.", "L.A.", "Co.", "Mt.", "Me.", "Miss."})


def _us_numbered_roads(text: str, gaz: Gazetteer) -> tuple[list[Mention], list[Mention]]:
    """ "on U.S. 41", "on S.C. 9 near U.S. 221", "onto FM 702": a US numbered road is one
    place (the LGL and PolNeAR-era local news golds list it whole, as they list streets), and
    its "U.S." or "S.C." is no mention of the country or the state.

    A road word and a number alone can be a score or a count ("beat the U.S. 2-1", "the U.S.
    40 years ago"), so the road needs a preposition of way or a house number before it, or a
    road's part or a clause's end after it (:data:`_ROAD_BEFORE`, :data:`_ROAD_AFTER`), and
    its number no unit after it (:data:`_ROAD_NUMBER`); a state's abbreviation must be one the
    gazetteer knows. Returns the roads and, apart, the country or state named inside each
    (marked ``in_name``): the public toponym sets count that "U.S." as the country, as they
    count "Kenya" in "Kenya Airways", and ``in_names`` is where tally keeps such names."""
    roads: list[Mention] = []
    inside: list[Mention] = []
    for match in _US_ROAD.finditer(text):
        start, end = match.span(1)
        if not _ROAD_NUMBER.match(text, text.rfind(" ", start, end)):
            continue
        if not (_ROAD_BEFORE.search(text, max(0, start - 12), start) or _ROAD_AFTER.match(text, end)):
            continue
        if _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start):
            continue  # "Marlow County Road 12": a longer name, which the site words read
        if _AMOUNT_AFTER_ROAD.match(text, end) or match.group(2) in _NO_ROAD_STATES:
            continue
        owner = None
        if match.group(2) is not None:
            owner = (
                gaz.country("US") if match.group(2) in ("U.S.", "US") else gaz.abbreviation(match.group(2))
            )
            if owner is None:
                continue  # "Dr. 5", "No. 3": no state's abbreviation
            inside.append(Mention(*match.span(2), match.group(2), candidates=[owner], in_name=True))
        roads.append(Mention(start, end, text[start:end], candidates=[], site=True))
    return roads, inside


#: A lower-case street word in the plural after two names: "Rustaveli and Chavchavadze
#: avenues", "Lakeview and Harrison streets" (each name is a street's).
_PLURAL_STREET_WORD = re.compile(r"(?<= )(?:streets|avenues|roads|boulevards|highways|lanes)\b")


def _street_pairs(text: str, taken: SpanSet, gaz: Gazetteer) -> list[Mention]:
    """ "Chavchavadze and Melikishvili avenues": the plural street word is each name's, as the
    lower-case word of "the Sinak and Ahrar bridges" is; each name not yet found is a site.
    The name after "and" must be right before the word and the one before "and" right before
    it (two bounded look-backs), and neither may open the sentence ("Police and …")."""
    found: list[Mention] = []
    for match in _PLURAL_STREET_WORD.finditer(text):
        second = _name_before(text, match.start())
        if second is None or not text.endswith(" and ", 0, second):
            continue
        first = _name_before(text, second - len("and "))
        if first is None or _opens_sentence(text, first) or _name_goes_on_before(text, first):
            continue
        for start, end in ((first, second - len(" and ")), (second, match.start() - 1)):
            if _not_a_site_name(text, start, end, taken, gaz):
                continue
            site = Mention(start, end, text[start:end], candidates=gaz.lookup(text[start:end]))
            site.site = True
            found.append(site)
            taken.add(start, end)
    return found


#: Capitalised words of a road named after the town it leads to: "the Kisumu Highway", "the
#: Thika Superhighway", "the Kubwa Expressway". The parser tags the town's name inside as a
#: town, which would keep the road out as a place already found; the name is the road's, and
#: the town is a place only where the article names it alone.
_ROAD_WORDS = frozenset({"Highway", "Expressway", "Superhighway", "Motorway", "Freeway", "Road"})


#: Lower-case particles inside a site's name after a foreign opener: "Parque de la Fraternidad".
_NAME_PARTICLES = r"(?:de la|de las|de los|del|de|des|du|di|da|do|dos|das|la|el|al)"

#: French and Italian particles elided before a vowel, written against the word they open:
#: "Place de l'Etoile", "Boulevard de l'Indépendance", "Rue d'Alger".
_ELIDED_PARTICLES = r"(?:de l['’]|dell['’]|d['’]|l['’])"
_ELIDED_PARTICLE = re.compile(rf"^{_ELIDED_PARTICLES}")

#: Weekdays, which a capitalised name after a site's opener may run into ("Plaza Italia Friday").
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


@cache
def _opened_site(prefixes: frozenset[str]) -> re.Pattern[str]:
    """A foreign word for a square or street (``places/site_prefixes.txt``) and one to four
    capitalised words after it, with the particles of Spanish, Portuguese or French names
    between them: "Plaza Italia", "Avenida Pedro Montt", "Parque de la Fraternidad".
    Each word is one literal capital then word characters, so nothing backtracks far."""
    words = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    name = rf"[{_UPPER}][\w'’-]*"
    # a day's number after a particle names a date: "Boulevard du 13 Janvier", and so does
    # one before it: "Calle 25 de Mayo", "Avenida 9 de Julio"
    dated = rf"{_NAME_PARTICLES} \d{{1,2}} {name}|\d{{1,2}} {_NAME_PARTICLES} {name}"
    particle = rf"(?:{_NAME_PARTICLES} |{_ELIDED_PARTICLES})"
    return re.compile(rf"\b(?:{words}) (?:{dated}|{particle}?{name}(?: {particle}?{name}){{0,3}})")


#: Openers that are also English words opening a sentence ("Place", the French square; "Via",
#: the Italian and Catalan street, round 60): they open a site only inside a sentence ("around
#: Place de l'Etoile", "on Via Laietana"; "Via Twitter, the minister said" is none).
_SENTENCE_OPENING_PREFIXES = frozenset({"Place", "Via"})


def _opened_sites(text: str, gaz: Gazetteer) -> tuple[list[Mention], list[tuple[int, int]]]:
    """ "Plaza Italia", "Jalan Ahmad Yani", "Palacio Quemado": sites whose foreign word for a
    square, a street, a park or a landmark opens the name, which the parser tags as an
    organisation, a person or (with a country's name in it, "Plaza Venezuela") as a place
    it then drops; and the spans of bodies that a foreign word for a university opens
    ("Universidad de Chile"), which hold no place.

    The site is the place (ANNOTATION.md counts sites); the country or person it is
    named after is none, so the caller lets the site replace what overlaps it. The
    name stops before a weekday or a month it runs into; a site has no point. A word
    that also opens towns' names ("Puerto", "Ciudad") opens a site only when the
    gazetteer knows no town of the whole name ("Puerto Montt" stays the town).
    """
    found = []
    bodies: list[tuple[int, int]] = []
    openers = place_words.SITE_PREFIXES | place_words.TOWN_PREFIXES | place_words.BODY_PREFIXES
    for match in _opened_site(openers).finditer(text):
        if match.group(0).split(" ", 1)[0].lower() in place_words.STREET_WORDS and _name_goes_on_before(
            text, match.start()
        ):
            continue  # "Sunset Boulevard Hotel": an English street word ends a name, opens none
        words = match.group(0).split(" ")
        while len(words) > 2 and (words[-1].lower() in _WEEKDAYS or words[-1].lower() in MONTHS):
            words.pop()
        last = _ELIDED_PARTICLE.sub("", words[-1])  # the "Etoile" of "l'Etoile"
        if last.lower() in _WEEKDAYS or last.lower() in MONTHS or not last[:1].isupper():
            continue
        end = match.start() + len(" ".join(words))
        if words[0] in _SENTENCE_OPENING_PREFIXES and _opens_sentence(text, match.start()):
            continue  # "Place your bets": an English word opening a sentence, no French square
        if words[0] in place_words.BODY_PREFIXES:
            bodies.append((match.start(), end))
            continue
        name = text[match.start() : end]
        if words[0] in place_words.TOWN_PREFIXES and _known_by_name(gaz, name):
            continue  # "Puerto Montt", "Ciudad Juarez": a town, read as the tagger found it
        found.append(Mention(match.start(), end, name, candidates=[], site=True))
    return found, bodies


#: Nouns for a site that an apposition gives a name: "Lozitha, the royal residence", "Sanam
#: Luang, the royal parade ground", "Kilimani, a leafy suburb", "the Grand Serail, the seat of
#: the premiership" (a seat of power is a building, and the lookahead below wants its "of").
_DESCRIBED_SITE_NOUNS = (
    "residence|palace|parade ground|square|compound|stadium|camp|prison|jail|barracks|seat"
    "|military base|air base|market|monument|park|cemetery|roundabout|suburb|neighbourhood|neighborhood"
)

#: A name of one to three capitalised words, then a comma and an apposition that says it is a
#: site: "the" or "a", at most two lower-case words, an owner's possessive among them ("the
#: prime minister's official residence"), a site noun, and the end of the phrase (a comma, a
#: stop, a preposition), so "Smith, the camp commander" is no camp.
_DESCRIBED_SITE = re.compile(
    rf"\b([{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*){{0,2}}), (?:the|a|an) (?:(?:[a-z]+ )?[a-z]+['’]s )?"
    r"(?:[a-z]+ ){0,2}"
    rf"(?:{_DESCRIBED_SITE_NOUNS})(?=[,.;:]| (?:in|of|near|on|at|where|outside|that|which)\b)"
)


def _sites_described(text: str, mentions: list[Mention], surnames: set[str]) -> list[Mention]:
    """ "Lozitha, the royal residence", "near Sanam Luang, the royal parade ground": a name
    the parser tags as a person (or not at all) that an apposition calls a site.

    The apposition says what the name is, as "Merawi, a town south of Bahir Dar" does for
    towns; a name already found, a person's surname or a sentence's first word is left alone.
    """
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    for match in _DESCRIBED_SITE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if taken.overlaps(start, end) or _opens_sentence(text, start) or fold(name) in surnames:
            continue
        if _name_goes_on_before(text, start):
            continue  # "the Mount [Elgon], …": the tail of a longer name
        found.append(Mention(start, end, name, candidates=[], site=True))
    return found


#: A bearing from another place after a name and its comma: ", north of the capital", ", about
#: 30 kilometres east of Bishkek", ", 340 km (211 miles) south-west of Lome".
_BEARING_AFTER = re.compile(
    r",\s(?:(?:about|some|around|nearly|roughly|just)\s)?"
    r"(?:\d[\d,.]*\s?(?:km|kilometres|kilometers|miles)\s(?:\(\d[\d,.]*\s?(?:km|miles)\)\s)?)?"
    r"(?:north|south)?-?(?:north|south|east|west)\sof\b"
)

#: Words before a name that a bearing locates, which make it the place the sentence puts
#: something in: "in", "at", "near" …, or "and" after another such name.
_BEARING_CUES = frozenset({"in", "at", "near", "outside", "from", "to", "toward", "towards", "and"})


def _located_by_bearing(
    text: str, mentions: list[Mention], gaz: Gazetteer, surnames: set[str]
) -> list[Mention]:
    """ "roads were cut in Jal el-Dib and [Zouk Mosbeh], north of the capital", "an air base
    at [Kant], 20 kilometres east of Bishkek": a name after a preposition of place that a
    bearing from another place locates is a place, whatever the parser calls it and
    whether or not the gazetteer knows it (a suburb, a village).

    The bearing says what the name is, as "the village of" does; the preposition before it
    keeps out people ("said Ruto, north of …" has none)."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for match in _BEARING_AFTER.finditer(text):
        end = match.start()
        start = _name_before(text, end + 1, gap=",")
        if start is None or taken.overlaps(start, end) or _name_goes_on_before(text, start):
            continue
        before = re.search(r"(\w+)\s$", text[max(0, start - 12) : start])
        name = text[start:end]
        if (
            before is None
            or before.group(1) not in _BEARING_CUES
            or gaz.demonym(name) is not None
            or fold(name) in surnames
            or name.lower() in MONTHS
        ):
            continue
        found.append(Mention(start, end, name, candidates=gaz.lookup(name)))
        taken.add(start, end)
    return found


#: Lower-case compass adjectives that place a name within a town or a country: "in central
#: Khorog", "in eastern Ghouta", "in south Delhi". Not part of the name.
_COMPASS_ADJECTIVES = (
    r"(?:central|(?:north|south)-?(?:east|west)ern|(?:north|south)-?(?:east|west)|eastern|western"
    r"|northern|southern|east|west|north|south)"
)

#: A compass adjective opening a tagged span before a capitalised name.
_LEADING_COMPASS = re.compile(rf"{_COMPASS_ADJECTIVES} (?=[{_UPPER}])")

#: A preposition of place, a compass adjective and one to three capitalised words (a possessive
#: stays out): "in central Nukus", "across eastern Ghouta".
_AFTER_COMPASS = re.compile(
    rf"\b(?:in|across|throughout|from|to|into|near|outside) {_COMPASS_ADJECTIVES} "
    rf"([{_UPPER}][\w-]*(?: [{_UPPER}][\w-]*){{0,2}})(?![\w-])"
)


def _after_a_compass_adjective(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer, surnames: set[str]
) -> list[Mention]:
    """ "in central Khorog", "in eastern Ghouta", "a square in central Nukus": a capitalised
    name after a preposition of place and a lower-case compass adjective, which the parser
    tags as a person or an organisation or leaves untagged, is a place.

    The adjective places something within the name ("central", "eastern"), which only a
    place has; the name is read as the gazetteer knows it under its own name, or kept
    without a point. A demonym ("in central Asian capitals"), a person's surname, a name
    that ends in a kind word (read by the division rules) or one already found is left alone.
    """
    text = doc_text(doc)
    taken = SpanSet((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for match in _AFTER_COMPASS.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        last = name.rsplit(" ", 1)[-1]
        span = doc.char_span(start, end, alignment_mode="expand")
        if (
            span is None
            or any(t.ent_type_ == "NORP" for t in span)  # "southern European ports": a people's
            or taken.overlaps(start, end)
            or gaz.demonym(name) is not None
            or gaz.demonym(name.split(" ", 1)[0]) is not None
            or fold(name) in surnames
            or _is_kind_word(last)
            or last.lower().endswith(_ADJECTIVE_ENDINGS)
            or name.lower() in MONTHS
            or name.lower() in _WEEKDAYS
        ):
            continue
        key = fold(name)
        candidates = [c for c in gaz.lookup(name) if same_name(c, key)]
        found.append(Mention(start, end, name, candidates=candidates))
        taken.add(start, end)
    return found


def named_bodies(text: str) -> SpanSet:
    """The spans of the bodies that a foreign word for a university opens ("Universidad de
    Chile"): no name inside them is a place, whichever scan later finds it ("Universidad",
    a Spanish town, after "near the")."""
    return SpanSet(match.span() for match in _opened_site(place_words.BODY_PREFIXES).finditer(text))


def _known_by_name(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer knows a town, a division or a country under *name* itself."""
    key = fold(name)
    return any(same_name(c, key) for c in gaz.lookup(name))


#: Lower-case words after a name that make it a division or a quarter of a town: "the
#: Kabylie region", "the Jayawijaya regency", "Sucre state", "the Kalerwe suburb". Not
#: "department" ("the Police department"); "county" and "district" are read by the tagger's
#: place labels too.
_LOWER_DIVISION_WORDS = frozenset(
    {
        "region",
        "regency",
        "province",
        "state",
        "district",
        "governorate",
        "prefecture",
        "oblast",
        "county",
        "municipality",
        "suburb",
        "township",
        "division",
        "village",
        "area",
    }
)

#: Kind words that also name a unit of a body ("the Homicide division", "the Africa
#: division of Human Rights Watch"): a name before them is a division only when the
#: gazetteer knows it as one ("Manyu division", "Magway division").
_BODY_UNIT_DIVISION_WORDS = frozenset({"division"})

#: The same words in the plural, shared by the names listed before them ("the Komah and
#: Kpangalam districts").
_LOWER_DIVISION_PLURALS = {
    "regions": "region",
    "regencies": "regency",
    "provinces": "province",
    "states": "state",
    "districts": "district",
    "governorates": "governorate",
    "prefectures": "prefecture",
    "counties": "county",
    "municipalities": "municipality",
    "suburbs": "suburb",
    "townships": "township",
    "divisions": "division",
    "villages": "village",
}

#: Kind words that follow a person's or a body's name as readily as a place's ("the Okafor
#: area", "the Nkosi village"): a name before them is a place only when no person of the
#: article bears one of its words.
_COMMON_PLACE_WORDS = frozenset({"area", "village"})

_LOWER_DIVISION_WORD = re.compile(
    r"\b(?:"
    + "|".join(sorted(_LOWER_DIVISION_WORDS | set(_LOWER_DIVISION_PLURALS), key=len, reverse=True))
    + r")\b"
)

#: A count in brackets right after a listed name: "Puno (22)", "Arequipa (1,205)".
_COUNT_AFTER_NAME = re.compile(r" \(\d[\d,]*\)$")


def _before_a_count(text: str, end: int) -> int:
    """Where a name that ends at *end* ends without a count in brackets set after it: the
    deaths per region listed before "regions" ("in the Apurímac (7), Arequipa (5) and La
    Libertad (5) regions"). A look-behind of a dozen characters."""
    count = _COUNT_AFTER_NAME.search(text, max(0, end - 12), end)
    return count.start() if count is not None else end


#: "the southern region of Araucanía": the article, an adjective, the kind word, "of" and a name.
_DIVISION_OF_NAME = re.compile(
    r"\bthe (?:[a-z]+ )?(?:region|regency|province|state|district|governorate|prefecture|oblast"
    rf"|municipality) of ([{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*){{0,2}})(?![\w'’-]| [{_UPPER}])"
)


#: What "state" owns rather than names after an outlet's or a firm's name: "the Kazinform state
#: news agency", "the Kyrgyzaltyn state gold company", "the MRTV state broadcaster".
_STATE_OWNED = re.compile(
    r"(?:-run|-owned)?\s+(?:[a-z]+\s+)?(?:news\s+agency|agency|broadcaster|television|tv|media|company"
    r"|firm|newspaper|daily|radio|channel|outlet|bank|enterprise|corporation|conglomerate|monopoly)\b"
)


def _divisions_by_lower_word(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "the Kabylie region", "Sucre state", "the Komah and Kpangalam districts", "the
    southern region of Araucanía": a name with a lower-case word for a division or a
    quarter, which the parser tags as a person or an organisation or leaves untagged.

    The kind word says what the name is, as "the village of" does for a settlement;
    the gazetteer need not know the name (regions of a people, quarters of a town),
    but a demonym, an adjective, a faith or a body's word before the kind word ("the
    Kurdish region", "the Islamic State", "the Trump administration") makes no place,
    and the name must follow "the", a comma or a preposition of place.
    """
    text = doc_text(doc)
    taken = SpanSet((m.start, m.end) for m in mentions if not m.in_name)
    tagged = {(m.start, m.end): m for m in mentions if not m.in_name and not m.demonym}
    found: list[Mention] = []
    for match in _LOWER_DIVISION_WORD.finditer(text):
        word = match.group(0)
        if word == "state" and _STATE_OWNED.match(text, match.end()):
            continue  # "the Kazinform state news agency": a state's outlet or firm, no state
        end = _before_a_count(text, match.start() - 1)  # "La Libertad (5) regions"
        start = _name_before(text, end + 1)
        names: list[tuple[int, int]] = []
        while start is not None and len(names) < 6:
            names.append((start, end))
            join = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", text[max(0, start - 8) : start])
            if word not in _LOWER_DIVISION_PLURALS or join is None:
                break
            end = _before_a_count(text, start - len(join.group(0)))  # "Apurímac (7), Arequipa (5) and"
            start = _name_before(text, end + 1, gap=" ,")
        if not names or not _opens_a_division(text, names[-1][0]):
            continue
        kind = _LOWER_DIVISION_PLURALS.get(word, word)
        if kind in _COMMON_PLACE_WORDS and any(
            _borne_by_a_person(doc, s, e) or any(w in place_words.PEOPLES for w in text[s:e].split())
            for s, e in names
        ):
            continue  # "the Okafor area" after "Daniel Okafor", "the Bedouin village": no place's name
        # a name listed with a proper name of a division is one whatever its tag
        # ("the Komah and Kpangalam districts", Kpangalam tagged as a people)
        listed = len(names) > 1 and any(_division_name(doc, s, e, known=False) for s, e in names)
        first = len(found)
        for name_start, name_end in reversed(names):
            _add_division(doc, gaz, name_start, name_end, kind, taken, found, listed=listed)
            if kind not in _QUARTER_WORDS:
                _read_as_division(tagged.get((name_start, name_end)))
            if kind in _CHIEF_TOWN_DIVISION_WORDS:
                _read_as_chief_towns_division(gaz, tagged.get((name_start, name_end)), found[first:])
        if kind in _QUARTER_WORDS:
            _in_host_town(text, names[-1][0], match.end(), found[first:], gaz)
    for match in _DIVISION_OF_NAME.finditer(text):
        kind = match.group(0).split(" of ", 1)[0].rsplit(" ", 1)[-1]
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if " home " in match.group(0) or (span is not None and any(t.ent_type_ == "PERSON" for t in span)):
            continue  # "the home state of Hugo Chávez": a person's, no place's name
        _add_division(doc, gaz, match.start(1), match.end(1), kind, taken, found)
    return found


def _borne_by_a_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a word of the name ``[start, end)`` is a word of a person the tagger names
    elsewhere in the article ("Daniel Okafor" before "the Okafor area"); the name's own tag is
    left out, as the small model tags an unknown village as a person as often as not."""
    people = _person_words(doc)
    return any(
        not (ent_start < end and start < ent_end)
        for w in doc_text(doc)[start:end].split()
        for ent_start, ent_end in people.get(fold(w), ())
    )


_PERSON_WORDS_KEY = "tally.places.person_words"
#: Names kept per word: a name asked about overlaps at most as many names as it has words.
_PERSON_SPANS_KEPT = 8


def _person_words(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """Each folded word of a person the tagger names, with the spans of the names that hold it,
    read once per Doc (kept in its ``user_data``): every name before a kind word asks it, and a
    walk over every person's name per question would grow with the square of the article."""
    held: dict[str, list[tuple[int, int]]] | None = doc.user_data.get(_PERSON_WORDS_KEY)
    if held is None:
        held = defaultdict(list)
        for ent in doc_ents(doc):
            if ent.label_ == "PERSON":
                for t in ent:
                    spans = held[fold(t.text)]
                    if len(spans) < _PERSON_SPANS_KEPT:  # a short name overlaps fewer; the rest add nothing
                        spans.append((ent.start_char, ent.end_char))
        held = doc.user_data[_PERSON_WORDS_KEY] = dict(held)
    return held


@cache
def _lower_feature_word(words: frozenset[str]) -> re.Pattern[str]:
    """The lower-case feature words of ``places/lower_feature_words.txt`` as one alternation of
    literals (no backtracking)."""
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")


def _features_by_lower_word(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "the Amu Darya river", "the nearby Afungi peninsula", "the uninhabited Senkaku/Diaoyu
    islands", "Second Thomas reef": a name before a lower-case word for a natural feature.

    The word says what the name is, as "the village of" does for a settlement; the
    parser calls such names people or leaves them untagged, and a town inside one ("the
    Tana river") is not the place. As the reports gold writes them, the word belongs to
    the name. The name must open a noun phrase of place (after "the", a comma or a
    preposition of place) and be a proper name, no demonym or adjective ("the Kurdish
    mountains"); a name found as a place the gazetteer knows keeps its reading ("the
    Limpopo river"), one it does not know grows into the feature ("the Paracel islands"),
    and a town or division of some size stays itself ("Iraq's Anbar desert" is Anbar). A
    feature word that modifies a noun names no feature ("the African island nation").
    """
    text = doc_text(doc)
    known = {(m.start, m.end) for m in mentions if m.candidates and not m.in_name}
    found: list[Mention] = []
    for match in _lower_feature_word(place_words.LOWER_FEATURE_WORDS).finditer(text):
        end = match.start() - 1
        start = _name_before(text, match.start())
        if start is not None and text[start - 1 : start] == "/":
            start = _name_before(text, start) or start  # "Senkaku/Diaoyu islands": two spellings
        if (
            start is None
            or (start, end) in known
            or not _opens_a_division(text, start)
            or gaz.demonym(text[start:end].split("/")[0]) is not None
            or not _division_name(doc, start, end, known=True)
            or _known_town(gaz, text[start:end])
            or _modifies_a_noun(doc, match.start())
        ):
            continue
        whole = text[start : match.end()]
        found.append(Mention(start, match.end(), whole, candidates=gaz.lookup(whole)))
    return found


def _modifies_a_noun(doc: Doc, start: int) -> bool:
    """Whether the word at *start* modifies the noun after it ("the island [nation]")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span[0].dep_ == "compound" and span[0].head.i > span[0].i


#: The gazetteer kinds a lower-case kind word allows ("Anderson and Cherokee counties" are
#: counties, not the town of Anderson); a region or a province is a division of either level.
_KINDS_OF_WORD = {
    "county": frozenset({"admin2"}),
    "suburb": frozenset({"city", "admin2"}),
    "district": frozenset({"city", "admin1", "admin2"}),
    "municipality": frozenset({"city", "admin1", "admin2"}),
    "township": frozenset({"city", "admin1", "admin2"}),
    "village": frozenset({"city"}),
    "area": frozenset({"city", "admin2"}),
}

#: Kind words for a quarter of a town, which lies in the town that owns it.
_QUARTER_WORDS = frozenset({"district", "suburb", "township", "municipality"})

#: A town owning a quarter, after the quarter's kind word: " of Cairo", " of the capital".
_OF_TOWN = re.compile(rf" of ([{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*)?)(?![\w'’-])")

#: A town owning a quarter, before the quarter's name: "Giza's", "Nairobi’s".
_TOWNS_POSSESSIVE = re.compile(rf"([{_UPPER}][\w-]*(?: [{_UPPER}][\w-]*)?)['’]s $")


def _in_host_town(text: str, start: int, end: int, quarters: list[Mention], gaz: Gazetteer) -> None:
    """Give the quarters that the gazetteer does not know in the owner's country ("Giza's
    Haram district", "the Abbassiya district of Cairo") the readings of the town that
    owns them: they lie in it, and its point is near enough (a site takes its
    namesake's so); a namesake abroad is no reading of them."""
    if not quarters:
        return
    owner = _TOWNS_POSSESSIVE.search(text, max(0, start - 40), start) or _OF_TOWN.match(text, end)
    if owner is None:
        return
    key = fold(owner.group(1))
    towns = [c for c in gaz.lookup(owner.group(1)) if c.kind == "city" and same_name(c, key)]
    countries = {c.country for c in towns}
    for quarter in quarters:
        if towns and not any(c.country in countries for c in quarter.candidates):
            quarter.candidates = towns
            quarter.kinds = None


def _opens_a_division(text: str, start: int) -> bool:
    """Whether the words before a division's name at *start* open a noun phrase of place:
    "the", a comma, a bracket or a preposition of place, or "the" and one adjective ("the
    restive Kabylie region")."""
    words = re.findall(r"[\w'’]+|[^\w\s]", text[max(0, start - 40) : start])
    if not words:
        return False
    last = words[-1]
    if last in ("the", ",", "(") or last.lower() in place_words.PLACE_PREPOSITIONS:
        return True
    if last.endswith(_POSSESSIVE):
        return True  # "Yangon's Hlaing Tharyar township", "Sagaing region's Depayin township"
    return len(words) > 1 and words[-2] == "the" and last.isalpha() and last.islower()


def _add_division(
    doc: Doc,
    gaz: Gazetteer,
    start: int,
    end: int,
    kind: str,
    taken: SpanSet,
    found: list[Mention],
    *,
    listed: bool = False,
) -> None:
    """Add the name ``[start, end)`` before or after the lower-case kind word *kind* to
    *found* when it is a proper name of a place (or *listed* with one) and no place is
    found there already."""
    text = doc_text(doc)
    name = text[start:end]
    divisions = _KINDS_OF_WORD.get(kind, frozenset({"admin1", "admin2"}))
    candidates = [c for c in gaz.lookup(name) if c.kind in divisions]
    if taken.overlaps(start, end) and not _people_named_division(name, candidates, gaz):
        return
    if gaz.demonym(name) is not None and not _people_named_division(name, candidates, gaz):
        return
    if not candidates and kind in _BODY_UNIT_DIVISION_WORDS:
        return  # "the Homicide division": a body's unit, unless the gazetteer knows a division
    if not _division_name(doc, start, end, known=bool(candidates) or listed):
        return
    found.append(Mention(start, end, name, kinds=frozenset(divisions), candidates=candidates))
    taken.add(start, end)


def _read_as_division(mention: Mention | None) -> None:
    """ "Kaduna and Katsina states", "Nairobi, Mombasa and Kwale counties": the tagger's
    place before a lower-case word for a division is the division, not its namesake town,
    when the gazetteer knows one."""
    if mention is None:
        return
    divisions = [c for c in mention.candidates if c.kind in ("admin1", "admin2")]
    if divisions and len(divisions) < len(mention.candidates):
        mention.candidates = divisions
        mention.kinds = frozenset({"admin1", "admin2"})


#: Kind words of divisions often named after their chief town: "the Hrodna region", "the Gomel
#: oblast", "Kermanshah province".
_CHIEF_TOWN_DIVISION_WORDS = frozenset({"region", "province", "oblast", "governorate", "prefecture"})

#: The least share of its division's people a town must hold to give the division its name.
CHIEF_TOWN_SHARE = 0.25


def _read_as_chief_towns_division(gaz: Gazetteer, tagged: Mention | None, added: list[Mention]) -> None:
    """ "the Hrodna and Brest regions", "the Gomel region": a name before a word for a division,
    which the gazetteer knows as a town but not as a division, names the division whose chief
    town it is (GeoNames spells Belarus's and Kazakhstan's divisions otherwise: "Hrodzienskaja
    voblasc"). The chief town is a town of 50,000 or more holding at least a quarter of its
    division's people; the tagger's mention there, or the one just added, is read so."""
    for mention in [m for m in (tagged, *added[-1:]) if m is not None]:
        if any(c.kind in ("admin1", "admin2") for c in mention.candidates):
            continue
        divisions: dict[int, Entry] = {}
        for town in gaz.lookup(mention.text):
            division = gaz.admin1_of(town) if town.kind == "city" else None
            if (
                division is not None
                and town.population >= MIN_TOWN_BEFORE_BODY_POPULATION
                and town.population >= CHIEF_TOWN_SHARE * division.population
            ):
                divisions[id(division)] = division
        if divisions:
            mention.candidates = list(divisions.values())
            mention.kinds = frozenset({"admin1"})


def _people_named_division(name: str, candidates: list[Entry], gaz: Gazetteer) -> bool:
    """A demonym that is also the own name of a first-level division, before its kind word:
    "the Somali region" (of Ethiopia), which GeoNames names so; "the Kurdish region" has none."""
    key = fold(name)
    return gaz.demonym(name) is not None and any(c.kind == "admin1" and same_name(c, key) for c in candidates)


def _division_name(doc: Doc, start: int, end: int, *, known: bool) -> bool:
    """Whether ``[start, end)`` is the proper name of a division: one to three capitalised
    words, none a demonym, a people, an adjective, a faith, a body's, a role's or a
    direction's word ("the Kurdish region", "the Islamic State", "the Western region").
    A division the gazetteer *known*s is one whatever the parser's label ("Kasserine"
    tagged as a people)."""
    text = doc_text(doc)
    words = text[start:end].split()
    if not 0 < len(words) <= 3 or not all(
        w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() for w in words
    ):
        return False  # not "the EU states": a body's acronym
    if any(
        (w.lower().endswith(_ADJECTIVE_ENDINGS) and not _joined_names_word(w))
        or w.lower() in entity_words.ORG_WORDS | entity_words.ROLE_WORDS | entity_words.PERSON_TITLES
        or w in place_words.FAITH_WORDS
        or fold(w) in place_words.REGIME_WORDS
        or w.lower() in MONTHS
        for w in words
    ):
        return False
    if all(fold(w) in place_words.GENERIC_WORDS for w in words):
        return False  # "the Central region", "the East Coast region"; not "the New Bell district"
    if known:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(
        t.ent_type_ == "NORP" or (t.pos_ == "ADJ" and t.ent_type_ not in _NAME_LABELS) for t in span
    )


#: The tagger's labels of a proper name: a word it tags so is a name, whatever part of speech it
#: gives the word ("the Limete and Matete districts": an unknown name before a plural noun is
#: often called an adjective, and an entity of its own at once).
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def _joined_names_word(word: str) -> bool:
    """Whether *word* joins two capitalised names with a hyphen ("Indo-Pacific",
    "Euro-Atlantic"): a region's name, not an adjective, whatever its ending."""
    parts = word.split("-")
    return len(parts) == 2 and all(part[:1].isupper() and part[1:].islower() for part in parts)


#: Site words that follow common words as often as names ("stock market", "the royal
#: palace"): a capitalised word before them names a site only inside a sentence.
_TRADE_SITE_WORDS = frozenset({"market", "bazaar", "palace"})

#: "Public Works" (round 64): the English compound for a government's building work, which
#: names a ministry or a department ("the Public Works ministry"), not a factory as "[name]
#: Steel Works" does.
_PUBLIC_WORKS = re.compile(r"(?<![\w'’-])[Pp]ublic Works$")

#: Lower-case words for a building or a ground named after a person, a patron or a brand
#: ("the Antipa museum", "the Marriott hotel", "El Arbolito park", round 60): English also writes
#: them after a sentence's opening word ("Airport hotels") or an acronym in quotes ("a so-called
#: “COVID hotel”"), which name none. "school" was tried and dropped (a place lost in two
#: scored-only splits).
_BUILDING_SITE_WORDS = frozenset({"park", "hotel", "museum"})


def _a_building_word(word: str) -> bool:
    """Whether *word* is one of :data:`_BUILDING_SITE_WORDS` in any case or in the plural."""
    low = word.lower()
    return low in _BUILDING_SITE_WORDS or (low.endswith("s") and low[:-1] in _BUILDING_SITE_WORDS)


def _not_a_buildings_name(text: str, start: int, end: int) -> bool:
    """Whether the name ``[start, end)`` before a word of :data:`_BUILDING_SITE_WORDS` names no
    building: one building is named with "the" before it ("the Marriott hotel", "near the
    [name] museum") or with an article of its own language ("El Arbolito park"); with neither
    the name says what kind ("a Kruger park hotel", "Airport hotels"), or it is one word in
    capitals alone (a so-called "COVID hotel")."""
    name = text[start:end]
    if " " not in name and name.isupper():
        return True
    return not (_THE_BEFORE.search(text, max(0, start - 4), start) or _OWN_ARTICLE.match(name))


#: "the" right before a name (any case: "The Pascoli school" opening a sentence is one too).
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he $")

#: A Spanish, French, Italian or Arabic article opening a name: "El Arbolito", "La Tablada".
_OWN_ARTICLE = re.compile(r"(?:El|La|Las|Los|Le|Les|Il|Al)[ -][A-Z]")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at *start* opens the text, a line or a sentence."""
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in ".!?\n\"“‘'—:"


def _sites_over_names(mentions: list[Mention], sites: list[Mention]) -> list[Mention]:
    """*mentions* without the places inside a site's name ("Tuen Mun" of "the Tuen Mun
    Highway", "Stewart County" of "the Stewart County Detention Facility"), which the
    site replaces; a site the gazetteer does not know lies in the place it is named
    after, and takes that place's readings (its point is near enough)."""
    held = SpanSet((s.start, s.end) for s in sites)
    kept = []
    for mention in mentions:
        holders = held.holding(mention.start, mention.end) if mention.in_name else []
        if not holders:
            kept.append(mention)
            continue
        site = sites[holders[0]]
        if not site.candidates and not mention.demonym:
            site.candidates = [c for c in mention.candidates if c.kind in ("city", "admin2")]
            site.site = False
    return kept


@cache
def _site_word_pattern(site_words: frozenset[str], named: frozenset[str]) -> re.Pattern[str]:
    """The site words of a text in one regex: a word of ASCII letters (not after a hyphen: not
    the "junction" of "a T-junction") that is a site word in any case ("prison", "PRISON"),
    a named site word as written ("Square") or a lower-case site word in the plural
    (:func:`_plural_site_word`).

    The same words as testing every word of the text against the lists, without a Python
    step per word: the lookahead keeps the word to ASCII letters, so the case-blind part
    matches exactly the words whose ``lower()`` is on the list. Built once per list.
    """
    letters = re.compile(r"[A-Za-z]+")
    lower = sorted((w for w in site_words if letters.fullmatch(w) and w == w.lower()), key=len, reverse=True)
    exact = sorted((w for w in named if letters.fullmatch(w)), key=len, reverse=True)
    parts = [f"(?i:{'|'.join(lower)})"] if lower else []
    parts += ["|".join(exact)] if exact else []
    parts += [f"(?:{'|'.join(lower)})s"] if lower else []
    if not parts:
        return re.compile(r"(?!)")  # no site words: nothing matches
    # a word starting with no site word's first letter (in either case for the case-blind part)
    # is passed over before its letters are read and each site word tried on it
    firsts = "".join(sorted({w[0] for w in lower} | {w[0].upper() for w in lower} | {w[0] for w in exact}))
    return re.compile(rf"(?<!-)\b(?=[{firsts}])(?=[A-Za-z]+\b)(?:{'|'.join(parts)})\b")


def _plural_site_word(word: str) -> bool:
    """A lower-case site word in the plural, which two names may share ("the Sinak and
    Ahrar bridges", "the Evin and Qezel Hesar prisons")."""
    return word.islower() and word.endswith("s") and word[:-1] in place_words.SITE_WORDS


#: Site words that as often modify the noun after them ("street protest", "station chief",
#: "highway patrol") or follow a word for a kind ("a Police Station"): round 47 added them to
#: ``places/site_words.txt`` with :func:`_a_kind_of_site` as their guard.
_MODIFYING_SITE_WORDS = frozenset({"street", "highway", "station", "clinic", "pagoda", "zoo"})

#: What may follow a site word that ends a site's name: a word of grammar, a site's own part
#: ("the Zeyar Muni pagoda compound"), or no word at all; any other lower-case word is a noun
#: the site word modifies ("a Bersih street protest").
_SITE_WORD_ENDS_NAME = re.compile(
    r"(?![ \u00a0]+[a-z])|[ \u00a0]+(?:and|or|in|on|at|of|to|for|from|near|where|which|that|was|were|is|are"
    r"|had|has|have|after|before|when|while|since|until|with|by|into|outside|inside|late|early|last|this"
    r"|overnight|yesterday|today|tonight|compound|gate|area)\b"
)


def _a_kind_of_site(text: str, start: int, name_end: int, word: re.Match[str]) -> bool:
    """Whether the name ``[start, name_end)`` before a modifying site word (:data:`_MODIFYING_SITE_WORDS`)
    says what kind of site it is rather than naming one: a word for a kind of people or service
    ("the 1st Police Station") or, before the lower-case word, after "a"/"an" ("an Andean
    highway") or with a noun after the word that it modifies ("the first large Bersih street
    protest"). A capitalised word ends a name of its own ("a Main Street home", "Dufferin
    Street around 8 p.m."), as before round 47."""
    if text[start:name_end].lower() in place_words.PLACE_HEADS:
        return True
    return word.group(0).islower() and (
        text.endswith(("a ", "an ", "A ", "An "), 0, start)
        or _SITE_WORD_ENDS_NAME.match(text, word.end()) is None
    )


def _a_peoples_quarters(text: str, start: int, end: int, word: str, peoples: SpanSet | None) -> bool:
    """Whether the one-word name ``[start, end)`` before the site word *word* is a people's
    name before a lower-case plural ("Arab neighbourhoods", "Bedouin villages"): the parser tags
    it as a people (*peoples*) or ``places/peoples.txt`` lists it. Two names sharing the plural
    ("the Sinak and Ahrar bridges") name two sites and are left alone."""
    if not _plural_site_word(word) or " " in text[start:end] or text.endswith((" and ", ", "), 0, start):
        return False
    return text[start:end] in place_words.PEOPLES or (peoples is not None and peoples.overlaps(start, end))


def _not_a_site_name(text: str, start: int, end: int, taken: SpanSet, gaz: Gazetteer) -> bool:
    """Whether the name ``[start, end)`` before a site word is no site's: a place already
    found, a demonym ("an Iranian prison"), a faith ("the largest Sunni mosque") or a
    title ("President Park")."""
    name = text[start:end]
    return (
        taken.overlaps(start, end)
        or (gaz.demonym(name) is not None and not _prefixed_demonym(name))
        or name in place_words.FAITH_WORDS
        or name.lower() in entity_words.ROLE_WORDS | entity_words.PERSON_TITLES
    )


#: Latin prefixes that make a demonym the name of something spanning peoples: the
#: "Pan-American Highway", the "Inter-American Highway", the "Trans-African Highway".
_SPANNING_PREFIXES = frozenset({"pan", "inter", "trans"})


#: A spanning prefix and its hyphen right before a demonym: the "Pan-" of "Pan-American",
#: whose demonym is part of a site's name, not a place of its own.
_SPANNING_PREFIX_BEFORE = re.compile(r"\b(?i:pan|inter|trans)-$")


def _prefixed_demonym(name: str) -> bool:
    """Whether *name* is a demonym with a spanning prefix ("Pan-American"): before a site
    word it names the site (a continent's road) rather than saying whose the site is, as
    "an American highway" would."""
    prefix, hyphen, _ = name.partition("-")
    return bool(hyphen) and prefix.lower() in _SPANNING_PREFIXES


@cache
def _site_compounds(compounds: frozenset[str]) -> re.Pattern[str]:
    """Two-word site words ("detention centre", "metro station", ``places/site_compounds.txt``)
    as one alternation of literals (no backtracking): "the Okrestina detention centre" is a
    site where "centre" alone would also make "the Viasna rights centre" one."""
    words = sorted(compounds, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")  # no compounds: nothing matches
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # a word starting with no compound's first letter is passed over before each is tried
    # (the class is case-blind as the words are)
    firsts = re.escape("".join(sorted({w[0] for w in words})))
    return re.compile(rf"\b(?=[{firsts}])(?:{alternation})\b", re.IGNORECASE)


def _is_kind_word(word: str) -> bool:
    """A word for a kind of town or division, any case: "province", "County", "village"."""
    return word.lower() in place_words.DIVISION_SUFFIXES | place_words.CITY_SUFFIXES


def _is_lower_kind_word(word: str) -> bool:
    """A kind word written in lower case, so not part of the name before it ("Done Taw village")."""
    return word.islower() and _is_kind_word(word)


def split_kind_word(name: str) -> tuple[str | None, str]:
    """ "Sichuan province" -> ("Sichuan", "province"); (None, "") when the last word is no kind."""
    head, _, last = name.rpartition(" ")
    if head and _is_kind_word(last):
        return head, last.lower()
    return None, ""


def _demonym_regions(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Iraqi Kurdistan", "Syrian Kurdistan": a demonym and a region outside its country
    in the gazetteer name one region of that country together.

    The gazetteer reads the bare "Kurdistan" as Iran's province; after "Iraqi"
    the pair is the place, kept whole without a point. A region the demonym's
    country holds ("Iranian Kurdistan", "Ethiopian Tigray") keeps its reading.
    """
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        region = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            region is not None
            and mention.demonym
            and text[mention.end : region.start] == " "
            and not region.demonym
            and not region.in_name
            and region.candidates
            and not any(c.kind == "country" for c in region.candidates)
            and not any(c.country == mention.candidates[0].country for c in region.candidates)
        ):
            out.append(Mention(mention.start, region.end, text[mention.start : region.end], candidates=[]))
            i += 2
            continue
        out.append(mention)
        i += 1
    return out


#: One or two capitalised words right before a name, on its line and after a space or a
#: line's start: the words a longer name may open ("Baja" of "Baja California", "Little" of
#: "Little Portugal").
_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)([A-Z][a-z]+(?: [A-Z][a-z]+)?) $")

#: Compass words that open a region's name the gazetteer may also hold as a town's ("North
#: Georgia"): LGL and the reports gold name the place after them, so they stay out.
_COMPASS_OPENERS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)

#: How far back the words of :data:`_CAPITALISED_BEFORE` are looked for.
_BEFORE_REACH = 40

#: A town's longer name is taken with this many people (a neighbourhood or a town; a hamlet
#: named like two words of prose is not).
MIN_LONGER_NAME_POPULATION = 5000


def _longer_known_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "in Baja California", "the Little Portugal home": a name the parser tagged without
    the capitalised words before it (or as two places), where the gazetteer knows the whole
    run as a division or a sizeable town, is the whole name (issue 13: the place as written;
    "Baja" is no Hungarian town and "Portugal" no country there). The words before must be
    title-case words of letters, no function word and no compass word ("North Georgia" keeps
    Georgia), and the longer name must be the entry's own name."""
    out: list[Mention] = []
    dropped: set[int] = set()
    for mention in mentions:
        if mention.demonym or mention.dateline:
            continue
        match = _CAPITALISED_BEFORE.search(text, max(0, mention.start - _BEFORE_REACH), mention.start)
        if match is None:
            continue
        words = match.group(1).split()
        for n in (2, 1):
            if len(words) < n:
                continue
            opener = words[-n:]
            if any(w.lower() in _COMPASS_OPENERS or w.lower() in STOP_WORDS for w in opener):
                continue
            start = mention.start - len(" ".join(opener)) - 1
            whole = text[start : mention.end]
            key = fold(whole)
            entries = [
                c
                for c in gaz.lookup(whole)
                if same_name(c, key)
                and (c.kind in ("country", "admin1", "admin2") or c.population >= MIN_LONGER_NAME_POPULATION)
            ]
            if entries:
                out.append(Mention(start, mention.end, whole, candidates=entries))
                dropped.add(id(mention))
                break
    if not out:
        return mentions
    taken = SpanSet((m.start, m.end) for m in out)
    kept = [m for m in mentions if id(m) not in dropped and not taken.overlaps(m.start, m.end)]
    return sorted(kept + out, key=lambda m: m.start)


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _state_abbreviations(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
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
        found.append(Mention(match.start(1), match.end(1), match.group(1), candidates=[state]))
    taken.update(m.start for m in found)
    towns = _towns_before_region_abbreviations(text, [*mentions, *found], gaz)
    found.extend(towns)
    found.extend(_region_abbreviations(text, [*mentions, *towns], gaz, taken))
    found.extend(_party_state_tags(text, gaz, [*mentions, *found]))
    found.extend(_lone_region_abbreviations(text, gaz, [*mentions, *found]))
    return found


def _lone_region_abbreviations(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """ "the B.C. government", "in regional NSW": a Canadian or Australian region's
    abbreviation that is no word (:data:`_LONE_REGION_ABBREVIATIONS`) names its province or
    state with no town before it. The gazetteer knows the provinces only by their full
    names, so the tagged "B.C." had no point and the untagged "NSW" was no place; a tagged
    span is given the region, an untagged one becomes a mention. After a number ("100
    B.C.") it is a year."""
    found = []
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    longest = max((m.end - m.start for m in ordered), default=0)
    for match in _LONE_REGION.finditer(text):
        start, end = match.span(1)
        if _NUMBER_BEFORE.search(text, max(0, start - 8), start):
            continue
        region = _region_entry(gaz, match.group(1))
        if region is None:
            continue
        # the mentions overlapping the abbreviation, found by offset (linear in the text)
        near = ordered[bisect_left(starts, start - longest) : bisect_left(starts, end)]
        inside = [m for m in near if m.start < end and start < m.end]
        if not inside:
            found.append(Mention(start, end, match.group(1), candidates=[region]))
        for mention in inside:
            if (mention.start, mention.end) == (start, end) and not mention.demonym:
                mention.candidates = [region]  # the tagged "B.C." the gazetteer does not know
    return found


def _region_entry(gaz: Gazetteer, abbreviation: str) -> Entry | None:
    """The province or state *abbreviation* names in :data:`_REGION_ABBREVIATIONS`."""
    for country, table in _REGION_ABBREVIATIONS.items():
        code = table.get(abbreviation)
        index = gaz.admin1.get((country, code or ""))
        if index is not None:
            return gaz.entries[index]
    return None


def _region_abbreviations(
    text: str, mentions: list[Mention], gaz: Gazetteer, taken: set[int]
) -> list[Mention]:
    """ "Barrie, Ont.", "Dubbo, NSW": a Canadian or Australian region's abbreviation
    right after a place of that country and a comma (Canadian Press and Australian
    usage; the gazetteer knows the provinces only by their full names)."""
    found = []
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        match = _REGION_AFTER_COMMA.match(text, mention.end)
        if match is None:
            continue
        # the tagger's own "Alta" or "Que" of "Lethbridge, Alta.,", cut before its full stop and
        # read as a town of that name elsewhere (Alta, Norway), is the abbreviation
        tagged = by_start.get(match.start(1))
        if match.start(1) in taken and (tagged is None or tagged.demonym or tagged.end > match.end(1)):
            continue
        for country in dict.fromkeys(c.country for c in mention.candidates):
            code = _REGION_ABBREVIATIONS.get(country or "", {}).get(match.group(1))
            index = gaz.admin1.get((country or "", code or ""))
            if index is not None:
                if tagged is not None:
                    tagged.end, tagged.text = match.end(1), match.group(1)
                    tagged.candidates, tagged.kinds = [gaz.entries[index]], None
                else:
                    found.append(
                        Mention(match.start(1), match.end(1), match.group(1), candidates=[gaz.entries[index]])
                    )
                taken.add(match.start(1))
                break
    return found


#: A town's capitalised name (one to three words) and a comma before one of the dotted
#: abbreviations of :data:`_REGION_ABBREVIATIONS` ("Red Deer, Alta.", "Rimouski, Que."): dotted
#: ones only, since "NS" or "SA" after a comma are as often other abbreviations.
_TOWN_BEFORE_REGION = re.compile(
    r"(?<![\w.’'-])((?:[A-Z][\w’'-]*\.?\s){0,2}[A-Z][\w’'-]*),\s?("
    + "|".join(
        re.escape(a)
        for a in sorted(
            {a for table in _REGION_ABBREVIATIONS.values() for a in table if a.endswith(".")},
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w.])"
)


def _towns_before_region_abbreviations(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "Students in Sherbrooke, Que., marched": a name the tagger did not take for a place
    (or called an organisation) right before a comma and a province's dotted abbreviation is
    a town of that province, when GeoNames holds a town of that name there; the longest such
    tail of up to three capitalised words ("In Red Deer" is Red Deer). A name with no town of
    its name in the province (a person's "Marie Jones, Que.") stays out."""
    if "." not in text:
        return []
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    for match in _TOWN_BEFORE_REGION.finditer(text):
        start, end = match.span(1)
        if taken.overlaps(start, end):
            continue
        towns = None
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", match.group(1))]
        for first in range(len(words)):
            begin = start + words[first][0]
            name = text[begin:end]
            towns = [
                e
                for country, table in _REGION_ABBREVIATIONS.items()
                for e in gaz.lookup(name)
                if e.kind == "city" and e.country == country and e.admin1_code == table.get(match.group(2))
            ]
            if towns:
                found.append(Mention(begin, end, name, kinds=frozenset({"city"}), candidates=towns))
                break
    return found


def _party_state_tags(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """ "Sen. Bob Jones, D-Pa., said": the state of a lawmaker's party tag is a place
    name. The tagger mostly reads "D-Pa." as one token of no kind; when it did tag the
    abbreviation, it looked it up without its full stop ("Pa", a town), so that mention
    is given the state."""
    taken = SpanSet((m.start, m.end) for m in mentions)
    found = []
    for match in _PARTY_STATE_TAG.finditer(text):
        start, end = match.span(1)
        state = gaz.abbreviation(match.group(1))
        if state is None:
            continue
        if not taken.overlaps(start, end):
            found.append(Mention(start, end, match.group(1), candidates=[state]))
            continue
        for mention in mentions:
            if start <= mention.start and mention.end <= end:
                mention.candidates = [state]  # the tagged "Pa" of "D-Pa."
    return found


def propagate(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Other occurrences of a resolved name are mentions of the same place.

    One sense per discourse: when "Alexandria" is a place once in a story, the
    "Alexandria" of "Alexandria police" or "an Alexandria man" is the same
    place, although the parser did not tag it. Occurrences inside a person's
    name are left alone.
    """
    text = doc_text(doc)
    # a name the gazetteer does not know that lies inside an occurrence of a resolved
    # one is that name cut short by the tagger ("[Hlaing] Tharyar" after "Hlaing Tharyar")
    weak = [m for m in mentions if _unknown(m)]
    weak_spans = SpanSet((m.start, m.end) for m in weak)
    weak_index = SpanIndex([(id(m), m.start, m.end) for m in weak])
    cut: set[int] = set()
    # places taken and people's names: what a found occurrence must not overlap
    by_name: dict[str, Mention] = {}
    for mention in mentions:
        if (
            mention.chosen is not None
            and not mention.demonym
            and not mention.in_outlet
            and len(mention.text) > 2
        ):
            by_name.setdefault(mention.text, mention)
    # a "person" of several words that is all of a resolved name ("Bandar Abbas" tagged
    # PERSON again) is the place, not someone bearing its name
    taken = SpanSet(
        [(m.start, m.end) for m in mentions if not _unknown(m)]
        + [
            (e.start_char, e.end_char)
            for e in doc_ents(doc)
            if e.label_ == "PERSON" and not (_person_of_several_words(e) and e.text in by_name)
        ]
    )
    # "Radio Free [Europe]", "the Council of [Europe]": an occurrence after the first word of an
    # organisation's name is a place inside that name (ANNOTATION.md: no place of the article);
    # the town opening "the Alexandria Police Department" stays the town the police serve
    bodies = [
        (e[1].idx if e[0].lower_ == "the" else e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ == "ORG" and len(e) > 1
    ]
    body_spans = SpanSet(bodies)
    found: list[Mention] = []
    for name, source in by_name.items():
        for variant in {name, name.upper()}:
            position = text.find(variant)
            while position != -1:
                end = position + len(variant)
                inner = weak_index.inside((position, end)) if weak_spans.overlaps(position, end) else None
                if (
                    _is_word(text, position, end)
                    and not taken.overlaps(position, end)
                    and (inner is None or inner)
                ):
                    cut.update(key for key, _, _ in inner or [])
                    found.append(
                        Mention(
                            position,
                            end,
                            variant,
                            candidates=source.candidates,
                            chosen=source.chosen,
                            in_name=any(bodies[n][0] < position for n in body_spans.holding(position, end)),
                        )
                    )
                    taken.add(position, end)
                position = text.find(variant, end)
    kept = [m for m in mentions if id(m) not in cut]
    return sorted(kept + found, key=lambda m: m.start)


def _unknown(mention: Mention) -> bool:
    """A mention the gazetteer knows nothing of, and that is neither a demonym nor in a name."""
    return mention.chosen is None and not mention.candidates and not mention.demonym and not mention.in_name


def _taken_spans(doc: Doc, mentions: list[Mention], *, people: bool = True) -> SpanSet:
    """What a scan for missed names must not read: places found, and people, dates
    ("August"), numbers and works, which are never the place.

    Without *people*, a person's name of several words is left to the scan: a
    caller that checks the words around it ("in Wad Madani") may read it as a town;
    so is a one-word person cut from the end of a name ("Debre [Birhan]").
    """
    taken = [(m.start, m.end) for m in mentions]
    taken += [
        (e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ not in SCANNED_LABELS
        and not _misread_number(e)
        and (people or not (_person_of_several_words(e) or _cut_person(doc, e)))
    ]
    return SpanSet(taken)


def _cut_person(doc: Doc, ent: Span) -> bool:
    """A one-word PERSON right after an untagged capitalised name word: "Debre [Birhan]",
    the tagger's piece of a town of two words it does not know."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return False
    before = doc[ent.start - 1]
    return before.pos_ == "PROPN" and before.is_title and before.is_alpha and not before.ent_type_


def _person_of_several_words(ent: Span) -> bool:
    """A PERSON entity of two or more capitalised words ("Wad Madani", "Bandar Abbas"):
    the small model's reading of many a town of two words it does not know."""
    return ent.label_ == "PERSON" and len(ent) > 1 and all(t.text[:1].isupper() or t.text == "-" for t in ent)


#: Labels of numbers: a capitalised word without a digit under one is a name the tagger misread.
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _misread_number(ent: Span) -> bool:
    """ "spread to Mawlamyine, Bago and …" with "Mawlamyine" tagged CARDINAL: a name, not a number."""
    return (
        ent.label_ in _NUMBER_LABELS and not any(ch.isdigit() for ch in ent.text) and ent.text[:1].isupper()
    )


def _name_runs(doc: Doc, *, hyphens: bool = False) -> Iterator[tuple[int, int]]:
    """``[i, j)`` of each run of capitalised name words (with inner hyphens, if asked)."""
    names = _name_tokens(doc)
    texts = token_texts(doc)
    i = 0
    while i < len(names):
        if not names[i]:
            i += 1
            continue
        j = i
        while j < len(names) and (names[j] or (hyphens and texts[j] == "-" and j + 1 < len(names))):
            j += 1
        yield i, j
        i = j


def scan_supported(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer, prior: Callable[[Entry, str], float]
) -> list[Mention]:
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
    text = doc_text(doc)
    taken = _taken_spans(doc, mentions)
    found: list[Mention] = []
    tokens = doc  # a Token only where a run of name words is read
    # a run's words and offsets from the Doc's columns: no Token is made for a run
    starts, texts = token_starts(doc), token_texts(doc)
    runs = list(_name_runs(doc))
    surnames = _last_words_of_names(tokens, runs, taken)
    given_surnames = _after_given_names(doc, gaz)
    for i, j in runs:
        after = texts[j].lower() if j < len(texts) else ""
        county_list = after in ("counties", "parishes") or _before_counties(tokens, j)
        if texts[j - 1].lower().rstrip(".") in place_words.STREET_WORDS:
            continue
        first = texts[i]
        if j - i == 1 and fold(first) in surnames:
            continue  # "Altintas, the gunman" after "Mevlut Mert Altintas": a surname
        if j - i == 1 and _repeated_surname(
            text, starts[i], first, fold(first), gaz.lookup(first), given_surnames
        ):
            continue  # "said Logan" after "Fire Chief Dan Logan": the person
        if _remit_of_a_body(texts, i):
            continue  # "the Department of [Justice]": a body's remit, not Justice, Oklahoma (round 37)
        body = _opens_with_a_body_word(first)  # every piece opens with the run's first word
        for size in range(min(MAX_NAME_TOKENS, j - i), 0, -1):
            last = i + size - 1
            start, end = starts[i], starts[last] + len(texts[last])
            if taken.overlaps(start, end) or _glued_to_a_name(gaz, text, start, end):
                break  # ... and the "Ota" of "Sango-Ota" is a part of another name, no town
            if body:
                break  # "the [University] of Arizona", "[Congress]": a body, not a hamlet so named
            name = text[start:end]
            lookups = [name + " County", name + " Parish"] if county_list else [name]
            key = fold(name)
            candidates = [
                c
                for n in lookups
                for c in gaz.lookup(n)
                if c.kind in ("city", "admin2")
                and (c.country, c.admin1_code) in divisions
                and (county_list or same_name(c, key))
            ]
            if candidates:
                best = max(candidates, key=lambda c: prior(c, fold(c.name)))
                found.append(Mention(start, end, name, candidates=candidates, chosen=best))
                taken.add(start, end)
                break
    return sorted(mentions + found, key=lambda m: m.start)


#: Prepositions that take a place besides those of ``places/place_prepositions.txt``: "at the
#: Incirlik air base", "moved into Ghouta", "around Kisumu", "within Fars".
MORE_PLACE_PREPOSITIONS = frozenset({"at", "into", "around", "within"})

#: The prepositions of ``places/place_prepositions.txt`` that take a person or a body as
#: readily as a place ("the lawyer of Marlin", "leaders including Kent"): a cue that an
#: unknown name is a place, but no proof that a known one is.
PERSON_PREPOSITIONS = frozenset({"of", "including"})


def place_prepositions(leave_out: frozenset[str] = frozenset()) -> frozenset[str]:
    """The prepositions of place a name follows ("in Kent", "moved to Lafayette", "near the
    Logan"): ``places/place_prepositions.txt`` and :data:`MORE_PLACE_PREPOSITIONS`, less
    *leave_out*. The one list the scans of places read their prepositions from."""
    return _prepositions(place_words.PLACE_PREPOSITIONS, leave_out)


@cache
def _prepositions(listed: frozenset[str], leave_out: frozenset[str]) -> frozenset[str]:
    return (listed | MORE_PLACE_PREPOSITIONS) - leave_out


@cache
def _preposition_before(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s+(?:the\s+)?$", re.IGNORECASE)


def preposition_before(text: str, start: int, leave_out: frozenset[str] = PERSON_PREPOSITIONS) -> bool:
    """Whether a preposition of place (:func:`place_prepositions` less *leave_out*; any case),
    an article between allowed, ends right before *start*: "in Kent", "near the Logan"."""
    pattern = _preposition_before(place_prepositions(leave_out))
    return pattern.search(text, max(0, start - 20), start) is not None


def _repeated_surname(
    text: str, start: int, name: str, key: str, candidates: list[Entry], given_surnames: set[str]
) -> bool:
    """Whether the bare one-word name at *start* repeats the surname of a person the article
    names with a given name ("Ellis Varga … said Varga", "Fire Chief Dan Logan … said Logan"):
    the person, though the gazetteer knows a district or a town so named. A country or a
    province keeps its name, and so does a name after a preposition of place ("in Kent"
    after "John Kent")."""
    return (
        " " not in name
        and key in given_surnames
        and bool(candidates)
        and not any(c.kind in ("country", "admin1") for c in candidates)
        and not preposition_before(text, start)
    )


def _opens_with_a_body_noun(piece: Span | list[Token]) -> bool:
    """Whether a run of name words begins with a noun for a body or an institution
    ("University", "Congress", "Parliament"), which a few gazetteer hamlets share."""
    return _opens_with_a_body_word(piece[0].text)


def _opens_with_a_body_word(first: str) -> bool:
    """:func:`_opens_with_a_body_noun` of a run whose first word is *first*."""
    word = first.lower()
    return word in place_words.INSTITUTION_NOUNS or word in entity_words.ORG_WORDS


def _last_words_of_names(tokens: Doc, runs: list[tuple[int, int]], taken: SpanSet) -> set[str]:
    """The folded last words of the article's untagged names of three or more words that
    are no places found ("Mevlut Mert Altintas"): a surname that a later bare mention
    repeats, which a town of that name elsewhere must not take."""
    words = set()
    for i, j in runs:
        if j - i >= 3 and not taken.overlaps(tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1])):
            words.add(fold(tokens[j - 1].text))
    return words


#: How far the best reading of a name found by :func:`scan_country_supported` must lead the
#: next one (in the resolver's prior, a log of population: 1.0 is ten times the people) to be
#: taken without other evidence.
CLEAR_PRIOR_GAP = 1.0

#: A town the parser missed needs this many people when only its country is named.
MIN_COUNTRY_SUPPORTED_POPULATION = 5000

#: ... and this many when the text spells it as one of its alternate names (a
#: transliteration: "Molodechno", "Ahwaz"), which GeoNames also gives translations and
#: nicknames that are English words.
MIN_ALTERNATE_SPELLING_POPULATION = 20000


#: A clause or an apposition after a name that says it is a place: "Tigray, where the war
#: ended", "Merawi, a town south of Bahir Dar", "Quetta, the capital of Balochistan".
_PLACE_CLAUSE = re.compile(
    r",\s+(?:where\b|(?:a|the)\s+(?:[a-z]+\s+){0,2}(?:town|city|village|capital|province|region|district)\b)"
)


def _locative(token: Token) -> bool:
    """*token* heads a place phrase: the object of "in", "from", "near" …, or joined to one."""
    while token.dep_ in {"conj", "appos", "compound"} and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in place_words.PLACE_PREPOSITIONS


#: Verbs and adjectives whose "at" aims at someone rather than placing something: "shouted
#: at Moreno", "angry at Jackson"; the object of their "at" is no place.
_AIMED_AT = frozenset(
    {
        "aim", "angry", "glance", "hurl", "jeer", "laugh", "look", "point", "scream", "shout",
        "smile", "snap", "stare", "swear", "swipe", "throw", "wave", "yell", "fire", "shoot",
        "lash", "hit", "strike", "direct", "target", "furious", "mad", "upset",
    }
)  # fmt: skip


def _at_a_place(token: Token) -> bool:
    """*token* is the object of an "at" that places something: "the naval base at
    Trincomalee", "rallied at Erdenet", "held … and later at Tangalle"; not "shouted at X".

    "at" is left out of the prepositions of place because alone it governs people and
    bodies as often ("at Smith's", "at Reuters"); a town of the story's country after it,
    which is all :func:`scan_country_supported` reads, is the place."""
    while token.dep_ in {"conj", "appos", "compound"} and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "at":
        return False
    governor = token.head.head
    return governor.lemma_.lower() not in _AIMED_AT and governor.lower_ not in _AIMED_AT


def scan_country_supported(
    doc: Doc, mentions: list[Mention], gaz: Gazetteer, prior: Callable[[Entry, str], float]
) -> list[Mention]:
    """Names the parser missed or called an organisation that follow "in", "from", "near" …
    and are a town or a first-level division of a country the article names.

    International news names towns once ("attacks in Peshawar and Khyber
    Pakhtunkhwa", "the hotel in Beledweyne") and the small model often tags
    them ORG or NORP or nothing. The preposition says a place is meant; the
    country named elsewhere in the article says which; a town must have
    MIN_COUNTRY_SUPPORTED_POPULATION people, so prose never matches a hamlet.
    """
    countries = {m.chosen.country for m in mentions if m.chosen is not None and m.chosen.country}
    if not countries:
        return mentions
    text = doc_text(doc)
    # a person's name of several words is read too: after "in" or "of", a name that the
    # gazetteer knows as a sizeable town of the article's country is the town ("in Bandar Abbas")
    taken = _taken_spans(doc, mentions, people=False)
    # ... but only as a whole: the "Keith" of "the death of Steven W. Keith" is no town
    people = [(e.start_char, e.end_char) for e in doc_ents(doc) if _person_of_several_words(e)]
    person_spans, whole_people = SpanSet(people), set(people)
    # ... and a one-word person that ends a longer run, only when the run is a town's own name
    cut = SpanSet((e.start_char, e.end_char) for e in doc_ents(doc) if _cut_person(doc, e))
    # ... and no name that ends an organisation's "… of X" ("the Department of Justice")
    orgs = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "ORG"]
    org_spans = SpanSet(orgs)
    found: list[Mention] = []
    tokens = doc  # a Token only where a run of name words is read
    runs = list(_name_runs(doc, hyphens=True))
    listed = _listed_after_preposition(tokens, runs)
    # ... and a one-word person that is an item of such a list ("in Khon Kaen, [Phitsanulok]
    # and Hat Yai"), unless a place was found there already
    one_word_people = {
        (e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) == 1
    }
    # ... or the object of a placing "at" ("the naval base at [Trincomalee]"), unless a person
    # of several words of the article bears the name ("shouted at Jackson" after "Mary Jackson")
    people_words = {fold(t.text) for e in doc_ents(doc) if _person_of_several_words(e) for t in e}
    places_found = SpanSet((m.start, m.end) for m in mentions)
    # a run's words and offsets from the Doc's columns: a Token only for a run read further
    starts, texts, lowers = token_starts(doc), token_texts(doc), token_lowers(doc)
    for i, j in runs:
        start, end = starts[i], starts[j - 1] + len(texts[j - 1])
        if person_spans.overlaps(start, end) and (start, end) not in whole_people:
            continue
        if i > 0 and lowers[i - 1] == "of" and any(orgs[n][0] < start for n in org_spans.holding(start, end)):
            continue  # "the Supreme Tribunal of Justice": a body's name, not Justice, Illinois
        if cut.overlaps(start, end) and not (j - i > 1 and _is_town(gaz, text[start:end])):
            continue
        if _opens_with_a_body_word(texts[i]):
            continue  # "outside the [University] of Arizona": a body, not University, Florida
        last = tokens[j - 1]
        # ... but not a word of a longer organisation's name ("at the [University] of Sarajevo")
        at_place = _at_a_place(last) and all(orgs[n] == (start, end) for n in org_spans.holding(start, end))
        listed_person = (
            (i in listed or (at_place and fold(text[start:end]) not in people_words))
            and (start, end) in one_word_people
            and not places_found.overlaps(start, end)
        )
        if (
            (not taken.overlaps(start, end) or listed_person)
            and j - i <= MAX_NAME_TOKENS
            and (_locative(last) or at_place or i in listed or _PLACE_CLAUSE.match(text, end))
        ):
            name = text[start:end]
            key = fold(name)
            candidates = [
                c
                for c in gaz.lookup(name)
                # a country under its own name, named or not ("the Kurdistan Region of Iraq")
                if (c.kind == "country" and same_name(c, key))
                or (
                    c.country in countries
                    and (
                        (
                            same_name(c, key)
                            and (
                                c.kind == "admin1"
                                or (c.kind == "city" and c.population >= MIN_COUNTRY_SUPPORTED_POPULATION)
                            )
                        )
                        # another transliteration of a sizeable town ("Molodechno" for Maladzyechna)
                        or (
                            c.kind == "city"
                            and len(key) > 4
                            and c.population >= MIN_ALTERNATE_SPELLING_POPULATION
                        )
                        # a province's English name of two words ("Razavi Khorasan" for Khorasan-e Razavi)
                        # or another spelling of one ("Tigray" for Tigrai)
                        or (c.kind == "admin1" and (j - i > 1 or len(key) > 4))
                    )
                )
            ]
            head, kind_word = split_kind_word(name)
            if not candidates and head and kind_word in place_words.DIVISION_SUFFIXES:
                # "in Rakhine State", untagged: a division of a named country with its kind word
                candidates = [
                    c
                    for c in gaz.lookup(head)
                    if c.kind == "admin1" and c.country in countries and same_name(c, fold(head))
                ]
            if _remit_of_a_body(texts, i) and not any(c.kind in ("country", "admin1") for c in candidates):
                continue  # "the Department of [Justice]": a body's remit, not Justice, Oklahoma (round 37)
            # a division named after its chief town ("Qom", "Bago") is no second reading:
            # after "in" the town is meant
            towns = {(c.country, c.admin1_code) for c in candidates if c.kind == "city"}
            candidates = [
                c for c in candidates if c.kind != "admin1" or (c.country, c.admin1_code) not in towns
            ]
            # (under the name as written: a town of that very name leads one that has it as
            # another spelling, "Debre Birhan" against Sheno)
            scores = sorted((prior(c, key) for c in candidates), reverse=True)
            # two Springfields in the country: the name alone cannot tell
            if scores and (len(scores) == 1 or scores[0] - scores[1] >= CLEAR_PRIOR_GAP):
                best = max(candidates, key=lambda c: prior(c, fold(c.name)))
                found.append(Mention(start, end, name, candidates=candidates, chosen=best))
                taken.add(start, end)
    # "the Special Rapporteur on the situation of human rights in [Myanmar]": a remit, no place
    return sorted(mentions + _outside_job_titles(text, found), key=lambda m: m.start)


def _remit_of_a_body(texts: list[str], i: int) -> bool:
    """Whether the run at token *i* follows a capitalised body's noun and "of": the remit of a
    "Department of Justice", a "Ministry of Energy" (``entities/organisation_nouns.txt``).
    ANNOTATION.md: a word inside a body's name is no place; only a town's reading is dropped
    so, a country or a division ("the Government of Sudan") is left to the other rules."""
    return (
        i > 1
        and texts[i - 1] == "of"
        and texts[i - 2][:1].isupper()
        and texts[i - 2].lower() in entity_words.ORGANISATION_NOUNS
    )


def _listed_after_preposition(tokens: Doc, runs: list[tuple[int, int]]) -> set[int]:
    """Start of each run of name words that is an item of a list which "in", "near" … open:
    "in Chiang Mai, [Khon Kaen], [Phitsanulok] and [Hat Yai]".

    The parser often hangs the middle items of such a list anywhere but under the
    preposition (an adverbial, an apposition of the first town); the commas and the
    "and" say they are governed by it all the same. One pass over the runs: each is
    listed when the preposition is right before it or a list joint ("," "and" ", and")
    links it to a listed run.
    """
    listed: set[int] = set()
    previous_end: int | None = None
    for i, j in runs:
        before = tokens[i - 1].lower_ if i > 0 else ""
        # "in Tehran,[45] Mashhad,[46] Isfahan[47] and Rasht": footnote marks are no joint's words
        joint = (
            tuple(t.lower_ for t in tokens[previous_end:i] if not is_reference_mark(t))
            if previous_end is not None
            else ()
        )
        if before in _JOINING_PREPOSITIONS or (joint in _LIST_JOINS and previous_end is not None):
            listed.add(i)
            previous_end = j
        else:
            previous_end = None
    return listed


def _before_counties(tokens: Doc, j: int) -> bool:
    """Whether the list that continues at *j* ends in "counties": "Cooke, Grayson and Love counties"."""
    for token in tokens[j : j + 12]:
        if token.text.lower() in ("counties", "parishes"):
            return True
        if not (_is_name_token(token) or token.text in (",", "and", "&")):
            return False
    return False


def _name_tokens(doc: Doc) -> list[bool]:
    """:func:`_is_name_token` of every token of *doc*, from its columns (no Token is made)."""
    titles, alphas = token_flags(doc, "IS_TITLE"), token_flags(doc, "IS_ALPHA")
    lowers, tags, sent_starts = token_lowers(doc), token_pos(doc), token_sent_starts(doc)
    return [
        titles[i]
        and alphas[i]
        and lowers[i] not in MONTHS
        and not (tags[i] == "ADP" and lowers[i] in place_words.PLACE_PREPOSITIONS)
        and (not sent_starts[i] or tags[i] == "PROPN")
        for i in range(len(lowers))
    ]


def _is_name_token(token: Token) -> bool:
    """A capitalised word that is a name: a proper noun, or any capitalised word mid-sentence."""
    if not (token.is_title and token.is_alpha) or token.lower_ in MONTHS:
        return False  # "August" of "9 August 2020" tagged as an event: a month, not a town
    if token.pos_ == "ADP" and token.lower_ in place_words.PLACE_PREPOSITIONS:
        return False  # "2.31pm GMT / In Wad Madani": a line the parser did not split opens with "In"
    return not token.is_sent_start or token.pos_ == "PROPN"


#: The capitalised parts of a hyphenated name on either side of a span: the "-Expansão" of
#: "Muhala-Expansão", the "Sango-" of "Sango-Ota" (a lower-case particle is no such part).
_PARTS_BEFORE = re.compile(rf"(?:[{_UPPER}][\w'’]+-)+$")
_PARTS_AFTER = re.compile(rf"(?:-[{_UPPER}][\w'’]+)+")


def _whole_hyphenated_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen a mention the parser cut at a hyphen to the whole name: "Muhala" of "the
    Muhala-Expansão neighbourhood", "Ota" of "Sango-Ota".

    Quarters and towns of Mozambique, Nigeria or Sudan are written with hyphens; the tokenizer
    splits there and the tagger keeps one part. The whole is the place written, under the
    gazetteer's reading of the whole when it has one and none otherwise. A known place keeps
    its mention unless the whole is known too or the rest is an Arabic article ("Al-Riyadh"),
    and the other parts are no places: "the Israel-Gaza war", "DPRK-South Korea talks",
    "Athens-Clarke County"; a part the gazetteer does not know ("Ndlavela" of
    "Ndlavela-Matola") is no place alone.
    """
    for mention in mentions:
        if mention.demonym or mention.site or not _hyphen_glued(text, mention.start, mention.end):
            continue
        before = _PARTS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        after = _PARTS_AFTER.match(text, mention.end)
        start = before.start() if before else mention.start
        end = after.end() if after else mention.end
        others = re.split(r"-", text[start : mention.start] + text[mention.end : end])
        whole = text[start:end]
        if mention.candidates and (
            any(part not in _ARABIC_ARTICLES and _place_by_own_name(gaz, part) for part in others if part)
            or not (gaz.lookup(whole) or all(part in _ARABIC_ARTICLES for part in others if part))
        ):
            continue  # "DPRK-[South Korea]", "Athens-[Clarke County]": a known place keeps its name
        mention.start, mention.end, mention.text = start, end, whole
        mention.candidates = gaz.lookup(whole) or _without_article(gaz, whole)
        mention.kinds = None


#: A capitalised word joined by a hyphen to the start or the end of a span: the span is a
#: part of a hyphenated name ("Sango-[Ota]", "[Muhala]-Expansão", "Al-[Riyadh]"). A word of
#: two letters at least: the "U" of "a joint [Kenya]-U.S. base" opens initials, no name.
_GLUED_BEFORE = re.compile(rf"[{_UPPER}][\w'’]+-$")
_GLUED_AFTER = re.compile(rf"-[{_UPPER}][\w'’]")


def _hyphen_glued(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a part of a hyphenated name (see :data:`_GLUED_BEFORE`)."""
    return bool(_GLUED_BEFORE.search(text, max(0, start - 40), start) or _GLUED_AFTER.match(text, end))


def _place_by_own_name(gaz: Gazetteer, name: str) -> bool:
    """A place the gazetteer holds under this very name, not under an alternate one (the
    "Sango" of "Sango-Ota" is no Japanese town for being one of its old names)."""
    key = fold(name)
    return any(same_name(c, key) for c in gaz.lookup(name))


def _glued_to_a_name(gaz: Gazetteer, text: str, start: int, end: int, *, towns_only: bool = False) -> bool:
    """Whether ``[start, end)`` is a part of a hyphenated name whose other parts are no places:
    the "Riyadh" of "Al-Riyadh", the "Ota" of "Sango-Ota", not the "Mayer" of the school
    "Watertown-Mayer" (two towns) nor the "Watertown" of "Watertown-ML" (initials after it)."""
    before = _PARTS_BEFORE.search(text, max(0, start - 40), start)
    after = _PARTS_AFTER.match(text, end)
    if before is None and after is None:
        return False
    others = [
        part
        for part in (before.group(0) if before else "").split("-")
        + (after.group(0) if after else "").split("-")
        if part
    ]
    if any(part not in _ARABIC_ARTICLES and _place_by_own_name(gaz, part) for part in others):
        return False
    if (
        towns_only
        and any(part not in _ARABIC_ARTICLES for part in others)
        and any(c.kind in ("country", "admin1", "admin2") for c in gaz.lookup(text[start:end]))
    ):
        return False  # "Interfax-Kazakhstan": a country says where an outlet is from, as in its name
    return any(not part.isupper() for part in others)  # "Watertown-ML": initials, no name's word


def _is_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum() and before not in "-@#"


#: ", Sagaing Region" right after a place: one or two capitalised words and a capitalised
#: kind word of a division, then no further capitalised word ("Rivers State Police").
_QUALIFYING_DIVISION = re.compile(
    rf",\s+([{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*)?) ([A-Z][a-z]+)\b(?!\s+[{_UPPER}])"
)


def _qualifying_divisions(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "in Myaung Township, Sagaing Region,": the division that qualifies a place, named with
    its capitalised kind word, which the parser leaves untagged after the place's name.

    Only a division the gazetteer knows under that head counts (a US state is never "Ohio
    State"), and only right after a place found already: the look is one match per mention.
    """
    taken = SpanSet((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for mention in mentions:
        if mention.demonym or mention.in_name:
            continue
        match = _QUALIFYING_DIVISION.match(text, mention.end)
        if match is None or match.group(2).lower() not in place_words.DIVISION_SUFFIXES:
            continue
        start, end = match.start(1), match.end(2)
        if taken.overlaps(start, end):
            continue
        head = match.group(1)
        kind_word = match.group(2).lower()
        key = fold(head)
        candidates = [
            c
            for c in gaz.lookup(head)
            if c.kind == "admin1" and same_name(c, key) and not (kind_word == "state" and c.country == "US")
        ]
        if candidates:
            found.append(
                Mention(start, end, text[start:end], kinds=frozenset({"admin1"}), candidates=candidates)
            )
            taken.add(start, end)
    return found


#: A lower-case word for a quarter of a town right after its name: "Wuse district", "Suba
#: neighbourhood", "the Nyanya area".
_QUARTER_AFTER = re.compile(r" (?:district|neighbou?rhood|suburb|quarter|area|township|estate)\b")


def _towns_owning_quarters(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "in Abuja's Wuse district", "Bogota's Suba neighbourhood": the town before the
    possessive owns the quarter after it; so does the town after "of" in "the Mirpur area of
    Dhaka" (the parser's Mirpur, a town in Pakistan, lies in Dhaka).

    The town is a place (the parser often glues it to the quarter as one organisation's
    name and finds neither), when the gazetteer holds a town of 50,000 or more under that
    spelling or a capital under its own name, and the quarter lies in it: a namesake of the quarter outside the town's division
    is no reading of it, and a quarter with no reading there takes the town's. One
    look-behind of a few words per mention; a name the parser calls a person's owns nothing.
    """
    text = doc_text(doc)
    taken = SpanSet((m.start, m.end) for m in mentions if not m.in_name)
    inside = {(m.start, m.end): m for m in mentions if m.in_name and not m.demonym}
    found: list[Mention] = []
    for quarter in mentions:
        after = None if quarter.demonym or quarter.in_name else _QUARTER_AFTER.match(text, quarter.end)
        if after is None:
            continue
        # "Abuja's Wuse district", or "the Mirpur area of Dhaka" with the town after "of"
        owner = _TOWNS_POSSESSIVE.search(text, max(0, quarter.start - 40), quarter.start) or _OF_TOWN.match(
            text, after.end()
        )
        if owner is None:
            continue
        name = owner.group(1)
        span = doc.char_span(owner.start(1), owner.end(1), alignment_mode="expand")
        if span is None or any(t.ent_type_ == "PERSON" for t in span):
            continue  # "Jackson's Wuse district flat": a person's, no town's
        key = fold(name)
        towns = [
            c
            for c in gaz.lookup(name)
            if c.kind == "city"
            # a sizeable town under any of its spellings ("Chittagong's"), a capital under its own
            and (c.population >= MIN_TOWN_BEFORE_BODY_POPULATION or (c.capital and same_name(c, key)))
        ]
        towns = [c for c in towns if same_name(c, key)] or towns  # Abuja, not Suleja (once "Abuja")
        if not towns:
            continue
        divisions = {(c.country, c.admin1_code) for c in towns}
        held = [c for c in quarter.candidates if (c.country, c.admin1_code) in divisions]
        quarter.candidates = held or towns
        if not held:
            quarter.kinds = None
        start, end = owner.span(1)
        if (start, end) in inside:
            inside[(start, end)].in_name = False  # "Abuja's Wuse" tagged as a body's name
        elif not taken.overlaps(start, end):
            found.append(Mention(start, end, name, candidates=towns))
            taken.add(start, end)
    return found


#: One capitalised word of a name, and the lower-case words for a town's quarter: shared by the
#: patterns of untagged quarters and of towns glued into one body's name below.
_CAP_WORD = rf"[{_UPPER}][\w'’-]*"
_QUARTER_WORD = r"(?:area|neighbou?rhood|district|suburb|quarter|township|estate)"

#: An untagged quarter's name and its lower-case quarter word, then "of" right before the town
#: that owns it: "the Mathare area of [Nairobi]".
_QUARTER_OF_TOWN = re.compile(rf"\bthe ({_CAP_WORD}(?: {_CAP_WORD}){{0,2}}) {_QUARTER_WORD} of $")

#: A town's possessive, then an untagged quarter's name and its lower-case quarter word:
#: "[Lome]'s Akodessewa area".
_POSSESSIVE_QUARTER = re.compile(rf"['’]s ({_CAP_WORD}(?: {_CAP_WORD}){{0,2}}) {_QUARTER_WORD}\b")


def _untagged_quarters(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "the Mathare area of Nairobi", "Lome's Akodessewa area": a capitalised name the parser
    left untagged before a lower-case quarter word lies in the town that owns the quarter, when
    that town is found and is one of 50,000 or more or a capital. The quarter takes its own
    reading in the town's division, else the town's. One bounded look-behind (60 characters)
    and one anchored match per town."""
    taken = SpanSet((m.start, m.end) for m in mentions if not m.in_name)
    found: list[Mention] = []
    for town in mentions:
        if town.in_name or town.demonym:
            continue
        towns = [
            c
            for c in town.candidates
            if c.kind == "city" and (c.population >= MIN_TOWN_BEFORE_BODY_POPULATION or c.capital)
        ]
        if not towns:
            continue
        match = _QUARTER_OF_TOWN.search(
            text, max(0, town.start - 60), town.start
        ) or _POSSESSIVE_QUARTER.match(text, town.end)
        if match is None:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if (
            taken.overlaps(start, end)
            or gaz.demonym(name) is not None
            or name.lower() in entity_words.ROLE_WORDS | entity_words.PERSON_TITLES
            or name.isupper()
        ):
            continue
        divisions = {(c.country, c.admin1_code) for c in towns}
        held = [c for c in gaz.lookup(name) if (c.country, c.admin1_code) in divisions]
        found.append(Mention(start, end, name, candidates=held or towns))
        taken.add(start, end)
    return found


#: Two names joined by "and", the whole of a name the parser tagged as one organisation's.
_TWO_NAMES = re.compile(rf"({_CAP_WORD}(?: {_CAP_WORD})?) and ({_CAP_WORD}(?: {_CAP_WORD})?)")

#: The population a town must have to be read out of an organisation's name.
_LISTED_TOWN_POPULATION = 5000


def _towns_in_a_body(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """ "marched in Čačak and Kragujevac": two towns the parser glued into one organisation's
    name after a preposition of place, with no place found inside it. Each name must be a town
    of some size (5,000 people or more) and both of one country; each then is a place of that
    country ("Procter and Gamble" holds no such pair). One match per organisation."""
    text = doc_text(doc)
    taken = SpanSet((m.start, m.end) for m in mentions if not m.in_name)
    found: list[Mention] = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ not in place_words.PLACE_PREPOSITIONS:
            continue
        match = _TWO_NAMES.fullmatch(ent.text)
        if match is None or taken.overlaps(ent.start_char, ent.end_char):
            continue
        parts = []
        for n in (1, 2):
            key = fold(match.group(n))
            towns = [
                c
                for c in gaz.lookup(match.group(n))
                if c.kind == "city" and c.population >= _LISTED_TOWN_POPULATION and same_name(c, key)
            ]
            parts.append(towns)
        shared = {c.country for c in parts[0]} & {c.country for c in parts[1]}
        if not shared:
            continue
        for n, towns in zip((1, 2), parts, strict=True):
            start, end = ent.start_char + match.start(n), ent.start_char + match.end(n)
            found.append(
                Mention(start, end, text[start:end], candidates=[c for c in towns if c.country in shared])
            )
            taken.add(start, end)
    return found


#: The words of a town's own public service that follow the town's name: its police, fire
#: service, sheriff, mayor, schools and council ("the Tiverton Police Department", "Hall County
#: Sheriff's Office", "Waukesha High School", "Pembroke Town Council"). "City", "Town" and the
#: like count only before a council's word (group ``seat``), and even then may end the town's
#: own name ("Carson City Council" is Carson City's). Bodies often named after a person
#: (group ``person``: "Roosevelt High School", "Emerson Public Library") name a town only when
#: the text names that town elsewhere too.
_LOCAL_BODY_AFTER = re.compile(
    r" (?:Police|Fire|Sheriff|Mayor|Municipal Court|Public Schools|(?P<person>Public Library|High School)"
    r"|Board of Education|School District|School Board"
    r"|(?P<seat>City|Town|Township|Village|Borough) (?:Council|Hall|Commission|Board|Manager|Schools))\b"
)

#: One to three capitalised words (a town, "Mount Pleasant", "Sumter County") and the word
#: before them, which must not be a capitalised part of a longer name.
_NAME_BEFORE_BODY = re.compile(rf"({_CAP_WORD}(?: {_CAP_WORD}){{0,2}})$")

#: Words before a town's name that leave it the whole name: a sentence's or a headline's start.
_OPENERS_BEFORE_BODY = frozenset({"The", "A", "An"})

#: Lower-case words that join the words of one longer name: "Guild of Commerce", "Rue de Paris".
_JOINS_OF_LONGER_NAMES = frozenset({"of", "de", "du", "des", "la", "le", "and"})


def _towns_opening_local_bodies(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The town or county whose name opens the name of its own police, council or school:
    "the Tiverton Police Department", "Waukesha Mayor Ann Holt", "Sumter County Sheriff's
    Office", "Waukesha High School". ANNOTATION.md leaves a place inside a body's name out of
    an article's places, so the town is kept as a place *in a name*; the public toponym sets
    (LGL, GeoWebNews) mark it, and local news names many towns only this way.

    The capitalised words before the body's word must be the whole town's name (no other
    capitalised word before them but "The" opening a sentence), known to the gazetteer under
    that very name, and not a word that opens such names as a kind ("Federal Police",
    "University Police"); a school or library, often named after a person, only when the text
    names the town elsewhere too."""
    found: list[Mention] = []
    taken = SpanSet((m.start, m.end) for m in mentions)
    for body in _LOCAL_BODY_AFTER.finditer(text):
        run = _NAME_BEFORE_BODY.search(text, max(0, body.start() - 60), body.start())
        if run is None:
            continue
        start, name = run.start(1), run.group(1)
        first, _, rest = name.partition(" ")
        if first in _OPENERS_BEFORE_BODY and rest:
            start, name = start + len(first) + 1, rest
        elif start > 0 and text[start - 1] not in ' \n\t"“(-–—/':
            continue
        if not _whole_name_before(text, run.start(1)):
            continue
        if body.group("seat"):
            name = _seat_in_name(gaz, name, body.group("seat"))
        if not name or taken.overlaps(start, start + len(name)):
            continue
        if body.group("person") and not _named_elsewhere(text, name, start):
            continue
        towns = _towns_serving_bodies(gaz, name)
        if towns:
            found.append(
                Mention(start, start + len(name), name, candidates=towns, embedded=True, in_name=True)
            )
            taken.add(start, start + len(name))
    return found


def _seat_in_name(gaz: Gazetteer, name: str, seat: str) -> str:
    """The town's name before "City Council", "Town Hall" and the like: the name with "City"
    or "Town" when the gazetteer knows that whole name ("Carson City Council", "Quezon City
    Council"), none when it knows it only as another kind of place, else the name alone
    ("Pembroke Town Council"). Without this "Kansas City Council" would name Kansas."""
    whole = f"{name} {seat}"
    if _towns_serving_bodies(gaz, whole):
        return whole
    key = fold(whole)
    return "" if any(same_name(c, key) for c in gaz.lookup(whole)) else name


#: Endings of towns' names that no person's name bears ("Batesville", "Greensburg",
#: "Waynesboro"): a school or library so named is the town's.
_TOWN_NAME_ENDINGS = ("ville", "burg", "burgh", "boro", "borough", "polis")


def _named_elsewhere(text: str, name: str, start: int) -> bool:
    """Whether the text names the town *name* (its body's name at *start*) as a town: a name
    ending like a town's, or the name written elsewhere as a whole name ("in Kewanee", "Kewanee
    Mayor") and not as another school or library. A school or library named after a person
    ("Roosevelt High School", "Truman Public Library") names no town by itself."""
    if len(name) > 6 and name.lower().endswith(_TOWN_NAME_ENDINGS):
        return True
    for other in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if other.start() == start or not _whole_name_before(text, other.start()):
            continue
        body = _LOCAL_BODY_AFTER.match(text, other.end())
        if body is None or not body.group("person"):
            return True
    return False


#: Words before a full stop that end no sentence: short abbreviations ("St.", "Mt.", "Co.").
_SHORT_ABBREVIATION = 3


def _whole_name_before(text: str, start: int) -> bool:
    """Whether the word before *start* leaves the capitalised run from *start* a whole name:
    no word, a lower-case one but a name's joining word, a word ending the sentence before
    ("... to Corinth. Salem Police said"), or "The" that opens a sentence ("Smith Jackson
    Police" is no town's police)."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return True
    word = before.group(1)
    if word in _JOINS_OF_LONGER_NAMES:
        return False  # "Guild of Commerce", "Rue de Paris": the end of a longer name
    if _ends_sentence(text, before.end(1), word):
        return True
    return word[:1].islower() or text[before.start() - 2 : before.start()].strip() in ("", ".", "!", "?")


def _ends_sentence(text: str, end: int, word: str) -> bool:
    """Whether *word*, ending at *end*, closes a sentence: a full stop after it, and it is no
    title ("Gov.", "Capt.") nor a short abbreviation ("St. Charles", "Mt. Vernon")."""
    return (
        text[end : end + 1] == "."
        and len(word) > _SHORT_ABBREVIATION
        and word.lower() not in entity_words.PERSON_TITLES
    )


def _towns_serving_bodies(gaz: Gazetteer, name: str) -> list[Entry]:
    """Towns, counties and states known under *name* itself that a local body may serve; no
    word that opens bodies' names as a kind (\"Federal\", \"University\")."""
    key = fold(name)
    words = key.split()
    if any(w in place_words.LOCAL_BODY_OPENERS or w in place_words.GENERIC_WORDS for w in words[:1]):
        return []
    if key in entity_words.ORG_WORDS or key in STOP_WORDS:
        return []
    return [c for c in gaz.lookup(name) if c.kind in ("city", "admin2", "admin1") and same_name(c, key)]
