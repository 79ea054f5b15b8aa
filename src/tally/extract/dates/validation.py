"""Whether a grammar match is a date here, judged with the parse and the entities: ages, names
("Sunday Times", "April Ryan"), titles, yearly days and holidays, bare four-digit numbers that
are counts rather than years; and two accepted matches joined into one interval ("from March
to May").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tally.extract.context import doc_ents, doc_text
from tally.extract.dates import words as date_words
from tally.extract.dates.reached import a_year_reached
from tally.extract.dates.rules import days_listed_running, interval, listed_run, two_days_running
from tally.extract.dates.tokens import MONTH_ABBR, MONTHS, WEEKDAYS, Expr, Match, Tok
from tally.extract.entities import words as entity_words
from tally.extract.spans import SpanSet
from tally.lang import active

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# --- validation -------------------------------------------------------------


def _overlaps(start: int, end: int, spans: SpanSet) -> bool:
    return spans.overlaps(start, end)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Day words that are also nouns for an age: "a better tomorrow", "today's youth", "yesterday's heroes".
_AGE_DAYS = frozenset({"today", "tomorrow", "yesterday"})
#: Determiners before which such a word, with any adjectives between, is that noun: "a brighter
#: tomorrow", "their tomorrow" ("her" and "his" are also objects: "told her today").
_AGE_DETERMINERS = frozenset({"a", "an", "our", "their", "your"})


def _an_age_not_a_day(doc: Doc, start: int) -> bool:
    """Whether "today", "tomorrow" or "yesterday" at *start* is a noun for an age, not a day.

    After "a" or a possessive determiner, with any adjectives between, "tomorrow" is the future
    ("provide a better tomorrow", "fight for their tomorrow"): an adverb of time follows a noun
    or a verb ("a decision tomorrow"). A possessive "today's" before a noun of an age or of a
    people ("in today's global economy", "today's youth") is the present age; before a noun of
    an event ("today's march") it dates the event.
    """
    tok = _token_at(doc, start)
    if tok is None:
        return False
    if tok.dep_ == "poss" and tok.i + 1 < len(doc) and tok.nbor(1).lower_ in {"'s", "’s"}:
        head = tok.head
        return (
            head.lemma_.lower() in date_words.PRESENT_AGE_NOUNS or head.lower_ in date_words.PRESENT_AGE_NOUNS
        )
    k = tok.i - 1
    while (
        k >= 0 and tok.i - k <= 4 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in {",", "and", "more", "most"})
    ):
        k -= 1
    return k >= 0 and k < tok.i and doc[k].lower_ in _AGE_DETERMINERS


def _accept(
    doc: Doc,
    toks: list[Tok],
    m: Match,
    date_ents: SpanSet,
    name_ents: SpanSet,
) -> bool:
    """Whether a grammar match is a date here, judged with the parse and the entities."""
    expr = m.expr
    first, last = toks[m.i], toks[m.j - 1]
    start, end = first.start, last.end
    prev = toks[m.i - 1].lower if m.i > 0 else ""
    if (
        expr.kind == "offset"
        and m.j - m.i == 1
        and first.lower in _AGE_DAYS
        and _an_age_not_a_day(doc, start)
    ):
        return False  # "a brighter tomorrow", "in today's economy": the future, the present age
    if expr.kind == "rel" and prev == "the" and first.lower in {"last", "past"}:
        return False  # "the last week" is a duration, not last week
    if expr.kind == "rel" and expr.unit == "weekend" and expr.rel is None:
        tok = _token_at(doc, last.start)
        if tok is not None and tok.dep_ in {"compound", "amod", "nmod"}:
            return False  # "over the weekend curfew": a kind of curfew, not a time
    if expr.kind in {"weekday", "holiday"} or (
        expr.kind == "date" and expr.year is None and expr.rel is None
    ):
        # A lone month or weekday word inside a name is part of the name.
        if (
            m.j - m.i <= 2
            and _overlaps(start, end, name_ents)
            and not _overlaps(start, end, date_ents)
            and not _opens_a_glued_range(toks, m.j)
            and not _a_day_called_a_name(doc, start, end, expr)
            and not _a_holiday_called_a_name(doc, start, end, m)
        ):
            return False
        if expr.kind == "weekday" and prev in _RECURRENCE_WORDS:
            return False  # "every Sunday": a weekday that recurs is no one date
        if _a_yearly_day(toks, m):
            return False  # "every year on 12 March", "On 3 June each year": no one date
        if expr.kind in {"weekday", "holiday"} and m.j < len(toks):
            nxt = toks[m.j]
            if (
                nxt.text[0].isupper()
                and nxt.lower not in MONTHS
                and nxt.lower not in MONTH_ABBR
                and (expr.kind == "weekday" or doc_text(doc)[end : nxt.start] == " ")
            ):
                return False  # "Sunday Times", "Monday Night Football", "the Good Friday Agreement"
        if (
            expr.kind == "weekday"
            and m.j - m.i == 1
            and (_names_a_day(doc, toks, m) or _in_a_title(doc, first.start) or _a_weekly_rite(toks, m))
        ):
            return False
    bare_month = (
        expr.kind == "date"
        and expr.year is None
        and expr.day is None
        and expr.rel is None
        and expr.year_shift is None
        and expr.until is None
    )
    if (
        bare_month
        and first.lower in date_words.AMBIGUOUS_MONTHS
        and prev not in date_words.MONTH_CONTEXT
        and not _a_month_before_its_noun(doc, toks, m)
    ):
        return False  # "May" the modal, "March" the verb: alone, only "in May" is a month
    if _in_a_group_name(toks, m):
        return False  # "the 30 June Coalition", "the April 6 Youth Movement": a name
    if _is_bare_year(m):
        return _accept_year(doc, toks, m, date_ents)
    return True


#: Words before "March" or "May" that make it a month when a common noun follows: "the March
#: protests", "her March arrest", "Farid's March arrest".
_NOUN_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "'s", "’s"})


def _a_month_before_its_noun(doc: Doc, toks: list[Tok], m: Match) -> bool:
    """Whether a capitalised "March" or "May" at *m* stands between a determiner and the noun it dates.

    "since her March arrest", "the May elections": the verb and the modal never stand there, and
    a capital inside a sentence leaves "the march organisers" (the walk's) out; a name the parser
    sees ("the Women's March") was left out before.
    """
    if m.j - m.i != 1 or m.i == 0 or m.j >= len(toks) or not toks[m.i].text[:1].isupper():
        return False
    before = toks[m.i - 1].lower
    if before == "s" and m.i >= 2 and toks[m.i - 2].text in {"'", "’"} and toks[m.i - 1].glued:
        before = "'s"  # "Farid's March arrest": the tokens split the possessive
    if before not in _NOUN_DETERMINERS:
        return False
    nxt = _token_at(doc, toks[m.j].start)
    return nxt is not None and nxt.text.islower() and nxt.tag_ in {"NN", "NNS"}


#: How many tokens a name entity is walked over to find its ends: a bounded walk.
_NAME_REACH = 8


def _a_day_called_a_name(doc: Doc, start: int, end: int, expr: Expr) -> bool:
    """Whether a month and its day number, ``[start, end)``, is all of a name entity the parser gave.

    "NAIROBI, Kenya, Jul 2 – …": the parser may call "Jul 2" a person, but a name of a month and a
    number alone (or run on past a dash after them) is a day; one that goes on is a name ("the May
    18 Foundation").
    """
    if expr.day is None or expr.month is None:
        return False
    tok = _token_at(doc, start)
    if tok is None or tok.ent_iob_ != "B" or tok.idx != start:
        return False
    k = tok.i + 1
    while k < len(doc) and k - tok.i < _NAME_REACH and doc[k].ent_iob_ == "I":
        if doc[k].idx >= end and doc[k].text in _DATELINE_DASHES:
            return True  # "NAIROBI, Jul 2 - Police …": the parser runs the name on past a dateline's dash
        k += 1
    return doc[k - 1].idx + len(doc[k - 1]) == end


_DATELINE_DASHES = frozenset({"-", "–", "—"})


def _a_holiday_called_a_name(doc: Doc, start: int, end: int, m: Match) -> bool:
    """Whether a holiday of two words or more, ``[start, end)``, is all of a name entity the parser gave.

    The parser calls "Easter Monday" a law and "Palm Sunday" a place; a holiday's own name is the
    holiday. One that goes on is another name ("the Good Friday Agreement"), and one word alone
    may be a person's ("Christmas").
    """
    if m.expr.kind != "holiday" or m.j - m.i < 2:
        return False
    return any(e.start_char == start and e.end_char == end for e in doc_ents(doc))


def _a_yearly_day(toks: list[Tok], m: Match) -> bool:
    """Whether *m* is a yearless day that comes back every year (see :func:`_recurs_yearly`)."""
    x = m.expr
    return (
        x.kind == "date"
        and x.year is None
        and x.day is not None
        and x.until is None
        and _recurs_yearly(toks, m)
    )


def _recurs_yearly(toks: list[Tok], m: Match) -> bool:
    """Whether a yearless day comes back every year: "every year on 12 March", "annually on 9
    October", "On 3 June each year". An anniversary kept each year is no one date (nor listed);
    only the words right before the day (through "on") or right after it count."""
    k = m.i - 1
    if k >= 0 and toks[k].lower == "on":
        k -= 1
    if k >= 0 and toks[k].lower == "annually":
        return True
    if k >= 1 and toks[k].lower == "year" and toks[k - 1].lower in _RECURRENCE_WORDS:
        return True
    j = m.j
    if j < len(toks) and toks[j].lower == "annually":
        return True
    return j + 1 < len(toks) and toks[j].lower in _RECURRENCE_WORDS and toks[j + 1].lower == "year"


def _opens_a_glued_range(toks: list[Tok], j: int) -> bool:
    """Whether a dash glued to a number follows at *j*: "16 September–3 October 2022".

    The tagger reads "September–3" as one name; the dash makes it the first end of
    a range.
    """
    if j + 1 >= len(toks) or toks[j].text not in {"-", "–", "—"}:
        return False
    return toks[j].glued and toks[j + 1].glued and toks[j + 1].text.isdecimal()


def _names_a_day(doc: Doc, toks: list[Tok], m: Match) -> bool:
    """ "the Bloody Friday massacre", "\"Black Sunday\"": a capitalised word before a weekday makes it a name.

    Only when the pair is quoted or modifies a noun: "gathered in Kyiv
    Sunday" is a place, then the day; a sentence's first word ("On Friday")
    and words that place a weekday in time ("Last Sunday") are no name.
    """
    if m.i == 0:
        return False
    prev = toks[m.i - 1]
    if not prev.text[:1].isupper() or not prev.text.isalpha() or prev.lower in _WEEKDAY_CUES:
        return False
    if prev.lower in active().get("common", "function_words") or prev.lower in {"also", "earlier", "later"}:
        return False  # "In Sunday's debate", "Also Friday"
    before = toks[m.i - 2].text if m.i > 1 else "."
    if before in {".", "!", "?", ":"}:
        return _joined_as_a_name(doc, prev, toks[m.i])
    if before in {'"', "“", "‘", "'"} or before.lower() in _NAMING_WORDS:
        return True  # "the “Bloody Friday” massacre", "what became known as Black Friday", "what they call …"
    day = _token_at(doc, toks[m.i].start)
    if before.lower() not in _PLACE_PREPOSITIONS and _joined_as_a_name(doc, prev, toks[m.i]):
        return True  # "after Bloody Friday", "Zahedan's Bloody Friday"; not "rallied in Kyiv Sunday"
    return (
        day is not None
        and day.dep_ in {"compound", "nmod"}
        and day.head.i > day.i
        and day.head.pos_ == "NOUN"
        and day.head.lower_ not in date_words.PARTS_OF_DAY  # "in Orlando Friday night"
        and doc[day.i - 1].ent_type_ not in {"GPE", "LOC", "FAC"}
    )


#: Prepositions before a capitalised word that make it a place, not the first word of a day's name.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "across", "outside", "inside", "around", "to", "into", "throughout"}
)


def _in_a_group_name(toks: list[Tok], m: Match) -> bool:
    """Whether the day of *m* is part of a group's name ("the April 6 Youth Movement").

    Groups born of one day carry it in their names ("the 30 June Coalition", "the
    1 November Committee"): a day and month between "the" and the capitalised
    rest of a name that ends in a group word name the group, not a date. "the
    3 June massacre" stays a date.
    """
    if m.expr.kind != "date" or m.expr.day is None or m.i == 0 or toks[m.i - 1].lower != "the":
        return False
    if not toks[m.j - 1].text.isalnum():
        return False  # "freed on the 9th of Aug. Police said": the dot may end the sentence
    for k in range(m.j, min(m.j + 3, len(toks))):
        word = toks[k]
        if not word.text[:1].isupper() or not word.text.isalpha():
            return False
        if word.lower in entity_words.ORG_WORDS:
            return True
    return False


def _joined_as_a_name(doc: Doc, word: Tok, weekday: Tok) -> bool:
    """ "Bloody Friday in Zahedan left dozens dead": a capitalised word that the parse joins to
    the weekday as part of one name.

    At the start of a sentence every word is capitalised, so the case says
    nothing; the parse does: "Bloody" is a compound of "Friday", while "Late
    Friday, police fired" has a time word (checked before) and "Tehran Friday"
    a place.
    """
    first, day = _token_at(doc, word.start), _token_at(doc, weekday.start)
    if first is None or day is None or first.dep_ != "compound" or first.head.i != day.i:
        return False
    return first.ent_type_ not in {"GPE", "LOC", "FAC", "NORP", "PERSON"} and not first.like_num


def _a_weekly_rite(toks: list[Tok], m: Match) -> bool:
    """ "after Friday prayers", "Sunday mass": a weekday naming a weekly service is no date.

    Its day, when the article gives it, is written apart ("Last Friday, … leaving
    Friday prayers"). "last Friday's prayers" and "the prayers on Friday" stay dates.
    """
    if m.j >= len(toks) or toks[m.j].lower not in date_words.WEEKLY_RITES:
        return False
    return m.i == 0 or toks[m.i - 1].lower not in {"last", "next", "this", "that"}


#: Words before a weekday that make it recur ("every Sunday", "each Friday", "weekly Sunday marches"): a
#: set of days, no date.
_RECURRENCE_WORDS = frozenset({"every", "each", "weekly"})

#: Words after which a capitalised word and a weekday are a name given to a day.
_NAMING_WORDS = frozenset({"as", "dubbed", "dub", "dubs", "called", "call", "calls", "named", "termed"})

#: Capitalised words that place a weekday in time rather than name it ("Last Friday", "On Friday").
_WEEKDAY_CUES = frozenset(
    {"on", "last", "next", "this", "that", "since", "until", "by", "early", "late", "every"}
)


def _in_a_title(doc: Doc, char: int) -> bool:
    """ "the Friday prayer leader": a weekday inside the title of a person is no date."""
    tok = _token_at(doc, char)
    if tok is None:
        return False
    node = tok
    while (
        node.dep_ in {"compound", "nmod", "amod"}
        and node.head.i > node.i
        and node.head.pos_ in {"NOUN", "PROPN"}
    ):
        node = node.head
    return node.i != tok.i and node.pos_ == "NOUN" and node.lemma_.lower() in entity_words.ROLE_WORDS


def _is_bare_year(m: Match) -> bool:
    return m.expr.kind == "date" and m.expr.month is None and m.expr.year is not None


def _in_year_series(doc: Doc, toks: list[Tok], matches: list[Match], accepted: list[bool], idx: int) -> bool:
    """A year listed or ranged with another year: "in 1994, 1995 and 1997", "from 1991 to 1997".

    The first year of "from 1991 to 1997" or "between 1994 and 1997" has no
    date preposition of its own; the pair is accepted when the second is a
    year too and is not followed by a count noun ("from 1500 to 2000 people").
    """
    m = matches[idx]
    if idx > 0 and accepted[idx - 1] and _is_year_like(matches[idx - 1]):
        gap = toks[matches[idx - 1].j : m.i]
        if 0 < len(gap) <= 2 and all(t.lower in date_words.SERIES_JOINERS for t in gap):
            return True
    prev = toks[m.i - 1].lower if m.i > 0 else ""
    if prev in {"from", "between"} and idx + 1 < len(matches) and _is_bare_year(matches[idx + 1]):
        nxt = matches[idx + 1]
        gap = toks[m.j : nxt.i]
        if len(gap) == 1 and gap[0].lower in {"to", "and", "-", "–", "through"}:
            last = _token_at(doc, toks[nxt.j - 1].start)
            after = last.nbor(1) if last is not None and last.i + 1 < len(doc) else None
            return after is None or after.tag_ != "NNS"
    return False


def _is_year_like(m: Match) -> bool:
    return m.expr.kind in {"date", "decade"} and m.expr.year is not None


def _accept_year(doc: Doc, toks: list[Tok], m: Match, date_ents: SpanSet) -> bool:
    """A bare four-digit number is a year when its context says so, not a count."""
    tok = toks[m.j - 1]  # the year itself, after any "early"/"mid-"
    in_date_ent = _overlaps(tok.start, tok.end, date_ents)
    sp = _token_at(doc, tok.start)
    nxt = sp.nbor(1) if sp is not None and sp.i + 1 < len(doc) else None
    short_end = m.expr.until is not None and len(tok.text) == 2  # "the 2017–18 protests" counts nothing
    if _a_model_year(sp, nxt):
        return False  # "a 2006 Mercury", "their red 1991 Honda": the year of a car's model
    if _a_street_number(doc, toks, m, tok):
        return False  # "the 1300 block of Elm Avenue", "at 1517 Oak Street": where, not when
    if _a_year_of_events(sp, nxt, m.expr) or _years_before_their_noun(sp, nxt, m.expr):
        return True  # "the 2019 protests", "Iran's 2020 elections": the events of that year
    if nxt is not None and nxt.tag_ == "NNS" and not in_date_ent and not short_end:
        return False  # "in 2000 cities"
    if nxt is not None and nxt.tag_ == "NNS" and sp is not None and sp.i > 0 and sp.nbor(-1).pos_ == "VERB":
        return False  # "detained 2021 people": what a verb takes before a plural noun is counted
    if m.expr.weak is False or _year_of(sp):
        return True
    number = _subject_number(sp)
    if number == "plural":
        return False  # "2000 were detained", "1500 remain in custody": a count of people
    if number == "singular" and m.expr.year is not None and 1900 <= m.expr.year <= 2099:
        return True  # "whether 2022 brings peace", "2023 has been the worst year"
    if _in_title(toks, m, sp, nxt):
        return False
    if in_date_ent:
        prev = toks[m.j - 2].lower if m.j > 1 else ""
        if m.j > 2 and (toks[m.j - 3].lower, prev) in date_words.COMPARISON_CUES:
            return True  # "compared to 2023"
        if prev == "to" and a_year_reached(sp):
            return True  # "dates to 1987", "back to 1921", "extended the lease to 2031"; not "rose to 2017"
        # spaCy calls many counts DATE ("a death toll of 1500"): a count's cue words veto it.
        return prev not in {"of", "than", "to", "over", "about", "nearly", "some", "toll", "by"}
    # "the 1979 revolution", "Iran's 1988 massacre": a year used as a modifier of a singular noun.
    if sp is not None and nxt is not None and nxt.tag_ in {"NN", "NNP", "JJ"} and sp.i > 0:
        before = sp.nbor(-1)
        return before.lower_ in {"the", "its", "their", "his", "her", "'s", "’s", "this", "that"}
    return False


def _a_model_year(sp: Token | None, nxt: Token | None) -> bool:
    """ "a 2006 Mercury", "Kopp's 1987 Chevrolet Cavalier": a year between a determiner and a make.

    The year names the car's model, not a time, when it stands right before a vehicle's make
    and right after what opens a noun phrase (an article, a possessive, an adjective). A year
    after a preposition or opening its sentence dates the clause ("In 2009 Ford cut jobs",
    "By 2030 Toyota …") and stays a date.
    """
    if sp is None or nxt is None or sp.i == 0 or nxt.text not in date_words.VEHICLE_MAKES:
        return False
    return sp.nbor(-1).tag_ in _OPENS_A_NOUN_PHRASE


#: Tags of the word before a model year: "a", "their", "Kopp's", "red".
_OPENS_A_NOUN_PHRASE = frozenset({"DT", "PDT", "PRP$", "POS", "JJ"})


#: Words before a year that names the events after it: "the 2019 protests", "Iran's 2020 elections".
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "'s", "’s", "this", "that"})


#: A street's name after a house number: one to three capitalised words or ordinals (a compass
#: letter allowed first) and a street word, whole or abbreviated ("Harbor Road", "N. Elm St.",
#: "South 13th Terrace"). Bounded repeats, read from one offset: no backtracking beyond them.
_STREET_AFTER = re.compile(
    r" (?:[NSEW]\. )?(?:(?:[A-Z][a-z'’]+|\d{1,3}(?:st|nd|rd|th)) ){1,3}"
    r"(?:(?:Street|Road|Avenue|Boulevard|Drive|Lane|Terrace|Place|Parkway)(?![\w'’-])"
    r"|(?:St|Rd|Ave|Blvd|Dr|Ln)\.)"
)

#: Words before a number that date it ("In 1998 Mill Road was paved") or open a noun phrase
#: it modifies ("the 2008 Wall Street crash"): a house number follows neither.
_NOT_BEFORE_A_HOUSE_NUMBER = (
    frozenset({"in", "since", "by", "until", "till", "before", "after", "during", "from", "through"})
    | _YEAR_DETERMINERS
)


def _a_street_number(doc: Doc, toks: list[Tok], m: Match, tok: Tok) -> bool:
    """ "the 1300 block of Elm Avenue", "found at 1517 Oak Street": a block or house number.

    US local news places a crime or a fire by its street address, and a house or block
    number of four digits reads as a year. A number before "block of" is always the block's;
    a number before a street's name ("Harbor Road") is the house's unless a word that dates
    a year or opens a noun phrase stands before it ("In 1998 Mill Road was paved", "the 2008
    Wall Street crash").
    """
    text = doc_text(doc)
    after = text[tok.end : tok.end + 10].lower()
    if after.startswith(" block of "):
        return True
    prev = toks[m.j - 2].lower if m.j > 1 else ""
    return prev not in _NOT_BEFORE_A_HOUSE_NUMBER and _STREET_AFTER.match(text, tok.end) is not None


#: The most years a span glued by a dash before its noun may cover ("the 2019–2020 protests").
_YEARS_SPANNED = 10


def _years_before_their_noun(sp: Token | None, nxt: Token | None, expr: Expr) -> bool:
    """ "the 2019–2020 protests", "victims of the 1989–1991 expulsions": two years glued by a dash.

    The parser keeps "2019–2020" one number before a plural noun, which a lone number
    would count ("in 2000 cities"); two years of the last two centuries in order, a few
    apart, after "the" or a possessive, date the noun. Not "the 1500–2000 marchers".
    """
    if sp is None or nxt is None or sp.i == 0 or expr.until is None or expr.year is None:
        return False
    last = expr.until.year
    if last is None or not 1900 <= expr.year < last <= min(2099, expr.year + _YEARS_SPANNED):
        return False
    return sp.nbor(-1).lower_ in _YEAR_DETERMINERS and nxt.tag_ == "NNS"


def _a_year_of_events(sp: Token | None, nxt: Token | None, expr: Expr) -> bool:
    """ "the 2019 protests", "Iran's 2020 elections": a year of our era before a plural noun of events.

    A plural noun after a number is otherwise what it counts ("in 2000 cities"); after "the" or a
    possessive, a year of the last two centuries names protests, elections or riots as it names a
    singular event ("the 1979 revolution"). People are not events: "the 2000 protesters" stays.
    """
    if sp is None or nxt is None or sp.i == 0 or nxt.tag_ != "NNS" or expr.until is not None:
        return False
    if expr.year is None or not 1900 <= expr.year <= 2099 or len(sp.text) != 4:
        return False
    return sp.nbor(-1).lower_ in _YEAR_DETERMINERS and nxt.lemma_.lower() in date_words.YEAR_EVENT_PLURALS


def _subject_number(sp: Token | None) -> str | None:
    """ "singular" or "plural": the number the verb of a bare number that is its subject agrees in.

    A year is one thing ("2022 brings", "2023 has been", "2021 was"), a count
    many ("2000 were detained", "1500 remain"): the finite verb says which
    (its first auxiliary, else itself). A modal or a past verb other than "be"
    ("2000 will march", "1500 marched") does not say; nor does a number that
    is no subject.
    """
    if sp is None or sp.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = sp.head
    finite = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > sp.i), verb)
    if finite.tag_ == "VBZ" or finite.lower_ == "was":
        return "singular"
    if finite.tag_ == "VBP" or finite.lower_ == "were":
        return "plural"
    return None


def _year_of(sp: Token | None) -> bool:
    """ "the end of 2019", "the protests of 2009": a number after "of" and a time or event noun is a year.

    A plural noun before "of" counts too ("the uprisings of 1999, 2009 and
    2017"), but only for years of the last two centuries: "fines of 1500"
    is money, "a toll of 1500" a count (singular, not listed).
    """
    if sp is None or sp.i < 2 or sp.nbor(-1).lower_ != "of":
        return False
    noun = sp.nbor(-2)
    if noun.lower_ in date_words.YEAR_OF_NOUNS or noun.lemma_.lower() in date_words.YEAR_OF_NOUNS:
        return True
    return noun.tag_ == "NNS" and 1900 <= int(sp.text[:4]) <= 2099 and noun.lower_ not in _COUNT_PLURALS


#: Plural words before "of" that count what follows ("thousands of …").
_COUNT_PLURALS = frozenset({"tens", "dozens", "hundreds", "thousands", "millions", "scores", "numbers"})


def _in_title(toks: list[Tok], m: Match, sp: Token | None, nxt: Token | None) -> bool:
    """A year that ends a title or name: "the Global Peace Barometer 2022 released on Monday".

    Two capitalised words (not a month or weekday, the first not opening the
    sentence) run into the year. A year that goes on to modify a noun is
    still a date ("the Freedom House 2021 survey").
    """
    i = m.j - 1
    if i < 2 or (nxt is not None and nxt.tag_ in {"NN", "NNS"}):
        return False
    words = toks[i - 2 : i]
    for w in words:
        if not (w.text.isalpha() and w.text[0].isupper()) or w.lower in MONTHS or w.lower in WEEKDAYS:
            return False
        if w.lower in MONTH_ABBR:
            return False
    first = sp.doc[sp.i - 2] if sp is not None and sp.i >= 2 else None
    return first is None or not first.is_sent_start


def _uncounted(doc: Doc, toks: list[Tok], m: Match) -> Match:
    """*m*, or its first day alone when the parse says the number ending it counts something.

    "sentenced on Dec. 3 to 10 years": not the interval Dec. 3–10.
    """
    if m.head is None:
        return m
    if len(toks[m.j - 1].text) == 4 and toks[m.j - 1].text.isdecimal():
        return m  # "Nov. 15 and 18, 2019": a year closes it, the day number counts nothing
    if m.j - m.head.j == 2 and toks[m.j - 2].text in "-–" and toks[m.j - 2].glued and toks[m.j - 1].glued:
        return m  # "the Nov. 15-20 protests": a day range glued to its month modifies the noun
    last = _token_at(doc, toks[m.j - 1].start)
    if last is None:
        return m
    nxt = last.nbor(1) if last.i + 1 < len(doc) else None
    counts = last.dep_ == "nummod" and last.head.i > last.i  # "to 10 years"; not "November 25-26"
    if counts or (nxt is not None and nxt.tag_ in {"NN", "NNS"}):
        return m.head
    return m


def _join_intervals(doc: Doc, toks: list[Tok], matches: list[Match], accepted: list[bool]) -> list[Match]:
    """The accepted matches, two joined into one where they are the ends of an interval.

    "from March to May": the second month needs no date context of its own;
    "postponed the vote from Tuesday to Thursday" names two dates, not an interval.
    """
    out: list[Match] = []
    idx = 0
    while idx < len(matches):
        m = matches[idx]
        if not accepted[idx]:
            idx += 1
            continue
        run = days_listed_running(toks, matches[idx : idx + 6]) if idx + 2 < len(matches) else 0
        if run and all(accepted[idx : idx + run]):
            out.append(listed_run(matches[idx : idx + run]))
            idx += run
            continue
        if idx + 1 < len(matches):
            nxt = matches[idx + 1]
            joined = interval(toks, m, nxt)
            second_ok = accepted[idx + 1] or (_is_month(m.expr) and _is_month(nxt.expr))
            running = two_days_running(toks, m, nxt) if joined is None and accepted[idx + 1] else None
            if joined is not None and second_ok and not _moved(doc, toks, m):
                m, idx = Match(m.i, nxt.j, joined, head=m), idx + 1
            elif running is not None:
                while out and out[-1].i >= running.i:
                    out.pop()  # "Tuesday" of "Tuesday and Wednesday, 7 and 8 November": inside the span
                m, idx = running, idx + 1
        week = _its_week(toks, m, matches[idx + 1] if idx + 1 < len(matches) and accepted[idx + 1] else None)
        if week is not None:
            m, idx = week, idx + 1
        out.append(m)
        idx += 1
    return out


_WEEK_STEPS = {"last": -1, "this": 0, "next": 1}


def _its_week(toks: list[Tok], m: Match, nxt: Match | None) -> Match | None:
    """*m* (a weekday, or two joined) and the "next week" right after it as one date, or None.

    "On Friday next week", "from Monday to Wednesday last week": the week says
    which Friday is meant, which the weekday alone (the nearest one) gets wrong
    as often as not; "this week" keeps it in the week of writing. Only with
    nothing but a space (or "of") between: after a comma, "last week" may open
    a clause of its own.
    """
    expr = m.expr
    if nxt is None or expr.kind != "weekday" or expr.rel is not None or expr.week_shift is not None:
        return None
    x = nxt.expr
    if x.kind != "rel" or x.unit != "week" or x.rel not in _WEEK_STEPS or x.until is not None:
        return None
    gap = nxt.i - m.j
    if gap > 1 or (gap == 1 and toks[m.j].lower != "of"):
        return None
    if gap == 1 and _owns_a_noun(toks, nxt.j):
        return None  # "on Monday of last week's raid": the week dates the raid, not the Monday
    step = _WEEK_STEPS[x.rel]
    until = replace(expr.until, week_shift=step) if expr.until is not None else None
    return Match(m.i, nxt.j, replace(expr, week_shift=step, until=until), head=m.head)


def _owns_a_noun(toks: list[Tok], k: int) -> bool:
    """Whether a possessive "'s" (split by the tokens into a quote mark and "s") opens at *k*."""
    return (
        k + 1 < len(toks)
        and toks[k].text in {"'", "’"}
        and toks[k].glued
        and toks[k + 1].lower == "s"
        and toks[k + 1].glued
    )


def _is_month(expr: Expr) -> bool:
    return expr.kind == "date" and expr.month is not None and expr.day is None and expr.year is None


def _moved(doc: Doc, toks: list[Tok], m: Match) -> bool:
    """Whether the "from" before *m* belongs to a verb that moves a date ("postponed … from")."""
    if m.i == 0 or toks[m.i - 1].lower != "from":
        return False
    prep = _token_at(doc, toks[m.i - 1].start)
    if prep is None:
        return False
    head = prep.head
    return (
        head.lemma_.lower() in date_words.CHANGE_VERBS or head.head.lemma_.lower() in date_words.CHANGE_VERBS
    )
