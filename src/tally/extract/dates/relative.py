"""Dates counted from now or from another date: "last Thursday", "two days ago", "three weeks
after the vote", "the next day".
"""

from __future__ import annotations

from tally.extract.dates import words as date_words
from tally.extract.dates.absolute import _weekday_dated
from tally.extract.dates.parts import _part_of_day
from tally.extract.dates.tokens import MONTHS, NUMBER_WORDS, WEEKDAYS, Expr, Match, Tok


def _match_relative(toks: list[Tok], i: int) -> Match | None:
    """last/next/this + unit, weekday, month or season; today, yesterday; "N units ago"."""
    t = toks[i]
    low = t.lower
    if low in {"today", "tonight"}:
        return Match(i, i + 1, Expr("offset", n=0))
    if low == "yesterday":
        return Match(i, _part_of_day(toks, i + 1), Expr("offset", n=-1))
    if low == "tomorrow":
        return Match(i, _part_of_day(toks, i + 1), Expr("offset", n=1))
    rel = {"last": "last", "next": "next", "this": "this", "coming": "next"}.get(low)
    j = i + 1
    if low == "this" and j < len(toks) and toks[j].lower in {"past", "last"}:
        rel, j = "last", j + 1
    elif low == "this" and j < len(toks) and toks[j].lower in {"coming", "next"}:
        rel, j = "next", j + 1
    if rel is not None and j < len(toks):
        n = toks[j]
        if n.lower in date_words.PARTS_OF_DAY and low in {"last", "this"}:
            return Match(i, j + 1, Expr("offset", n=-1 if (low == "last" and n.lower == "night") else 0))
        if n.lower in {"week", "month", "year", "weekend"}:
            return Match(i, j + 1, Expr("rel", rel=rel, unit=n.lower))
        if n.lower in WEEKDAYS and n.text[0].isupper():
            dated = _weekday_dated(toks, i, j + 1)  # "next Saturday, 8 April"
            if dated is not None:
                return dated
            return Match(i, _part_of_day(toks, j + 1), Expr("weekday", weekday=WEEKDAYS[n.lower], rel=rel))
        if n.lower in MONTHS and n.text[0].isupper():
            return Match(i, j + 1, Expr("date", None, MONTHS[n.lower], rel=rel))
        if n.lower in date_words.SEASONS:
            return Match(i, j + 1, Expr("season", season=date_words.SEASONS[n.lower], rel=rel))
    # "[almost] two years ago", "a decade ago", "a few days ago".
    j = i
    # "more than two years ago", "over a week later": a bound, which places the day nowhere exact
    bounded = i > 0 and toks[i - 1].lower in _BOUNDS
    if low in date_words.APPROXIMATORS:
        j += 1
    elif low in {"more", "less", "fewer"} and j + 1 < len(toks) and toks[j + 1].lower == "than":
        j += 2
        bounded = True
    if j + 2 < len(toks):
        q = toks[j]
        count: int | None = None
        vague = False
        k = j + 1
        if q.text.isdecimal() and len(q.text) <= 3:
            count = int(q.text)
        elif q.lower in NUMBER_WORDS:
            count = NUMBER_WORDS[q.lower]
        elif q.lower in date_words.VAGUE_COUNTS:
            vague = True
        elif q.lower == "a" and toks[k].lower in {"few", "couple"}:
            vague = toks[k].lower == "few"
            count = 2 if not vague else None
            k += 1
            if toks[k].lower == "of":
                k += 1
        else:
            return None
        if count is not None and k < len(toks) and toks[k].lower in _FORTNIGHTS:
            count *= 2  # "a fortnight ago", "two fortnights later": counted in weeks
        if k + 1 < len(toks) and _unit_word(toks[k].lower) and toks[k + 1].lower == "ago":
            unit = _unit_word(toks[k].lower)
            if vague or bounded:
                return Match(i, k + 2, Expr("ago", unit=unit, n=None))  # no one value, not listed
            if k + 2 < len(toks) and toks[k + 2].lower == "today" and unit in {"week", "month", "year"}:
                return Match(i, k + 3, Expr("ago", unit=unit, n=count, to_the_day=True))  # an anniversary
            return Match(i, k + 2, Expr("ago", unit=unit, n=count))
        exact = (
            j == i and not bounded and (i == 0 or toks[i - 1].lower not in date_words.APPROXIMATORS)
        )  # not "nearly five years later", "more than three years later"
        if exact and count is not None and k + 1 < len(toks) and _unit_word(toks[k].lower):
            # "four days later", "a week earlier": counted from the date mentioned before
            later = date_words.ANAPHOR_DIRECTIONS.get(toks[k + 1].lower)
            after = toks[k + 2] if k + 2 < len(toks) else None
            if (
                later is None
                and toks[k + 1].lower == "on"
                and after is not None
                and after.text in {",", ";"}
                and _unit_word(toks[k].lower) in {"day", "week"}
            ):
                # "Ten days on, the toll had doubled": later, as "ten days later"; "A year on, …" opens
                # an anniversary piece and says it is now, no date told
                later = 1
            end = _counted_from_before(toks, k + 1)
            if later is not None and end is not None and (after is None or after.lower != "than"):
                unit = _unit_word(toks[k].lower)
                if unit == "decade":
                    unit, count = "year", 10 * count  # "In 1999 … A decade later": 2009
                if unit in {"day", "week", "month", "year"}:
                    # "a week earlier" after a day counts to the day (``to_the_day``), as "the week before" does not
                    weeks = unit == "week"
                    return Match(i, end, Expr("anaphor", unit=unit, n=later * count, to_the_day=weeks))
            if later is not None and _counts_from_an_event(toks, k + 1):
                unit = _unit_word(toks[k].lower)
                if unit in {"day", "week", "month", "year"}:
                    return Match(i, k + 2, Expr("event", unit=unit, n=later * count))
    return None


#: What ends a bound before a count ("more than", "less than", "over", "under", "at least"): the count
#: then says only that a day lies beyond it ("more than 150 years ago"), a vague expression.
_BOUNDS = frozenset({"than", "over", "under", "least"})

#: "a fortnight": two weeks (the count doubled, the unit the week).
_FORTNIGHTS = frozenset({"fortnight", "fortnights"})


def _unit_word(word: str) -> str | None:
    """The unit *word* counts ("days": day), a fortnight counting weeks; None for no unit."""
    return "week" if word in _FORTNIGHTS else date_words.UNITS.get(word)


def _counted_from_before(toks: list[Tok], k: int) -> int | None:
    """Where a count's direction word at *k* ends when the count is from the date mentioned before.

    "later", "earlier", "afterwards" always; "after", "before", "prior" only
    with nothing they are from ("two days before, …", "four days prior."),
    or with an anaphoric "that" ("three days after that, …", whose end is
    past "that"); not "two days before the vote", "after that vote".
    """
    word = toks[k].lower
    if word in {"later", "earlier", "afterwards", "afterward"}:
        return k + 1
    if word == "on":  # "a year on, …": only before a clause's comma, not "two days on hunger strike"
        return k + 1 if k + 1 < len(toks) and toks[k + 1].text in {",", ";"} else None
    if word not in {"after", "before", "prior"}:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.lower == "that":
        k, nxt = k + 1, toks[k + 2] if k + 2 < len(toks) else None
    if nxt is None or nxt.text in _CLAUSE_ENDS or nxt.lower in date_words.ANAPHOR_FOLLOWERS:
        return k + 1
    return None  # "two days before the vote", "a year after 'Bloody Friday'": from what follows


#: Marks that end what a count's "after"/"before" could be from: "two days before, police …".
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})


def _counts_from_an_event(toks: list[Tok], k: int) -> bool:
    """Whether "after"/"before" at *k* opens what a count is from: "two days after | the vote".

    Its date is not given ("the vote" is no date), so the count is only placed
    by a date it stands in apposition to (see ``Expr.kind`` "event"). Not
    "after," or "after and", where the count is from the date mentioned before.
    """
    if k >= len(toks) or toks[k].lower not in {"after", "before"} or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text[0].isalnum() and nxt.lower not in date_words.ANAPHOR_FOLLOWERS and nxt.lower != "than"
