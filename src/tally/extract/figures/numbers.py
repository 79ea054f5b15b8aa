"""Number phrases in token sequences: digits, number words, vague amounts, hedges, ranges.

This module knows nothing about spaCy: it works on the lower-cased token texts
of a sentence or document, so that it can be tested with plain lists. The
figures extractor decides afterwards whether a number phrase counts people or
places; here a "phrase" is only its value and the hedging words around it.

Vague amounts follow ACLED's convention (SPEC.md): the lowest reading of the
word ("dozens" = 12, "hundreds" = 100, "tens of thousands" = 10,000), with
qualifier ``vague``. No regular expression here can backtrack: each pattern is
anchored and linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tally.extract.figures import words as figure_words

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    # South Asian English counts in lakhs and crores: "3 lakh people", "10 crore workers"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
#: "2m", "1.5bn" as single tokens are rare in news text; the spelt-out scales suffice.

#: ACLED's lowest reading of plural amount words.
VAGUE = {
    "tens": 10,
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "lakhs": 100_000,  # "lakhs of devotees"
    "crores": 10_000_000,
}
#: "several hundred", "a few thousand": vague, at the scale's own value.
VAGUE_DETERMINERS = frozenset({"several", "few", "many"})

#: Hedges before a number, longest first; the value is the SPEC qualifier.
PREFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("not", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"),
    (("no", "more", "than"), "up_to"),
    (("not", "more", "than"), "up_to"),
    (("a", "maximum", "of"), "up_to"),
    (("as", "many", "as"), "up_to"),
    (("as", "high", "as"), "up_to"),  # "the toll could be as high as 1,500"
    (("as", "much", "as"), "up_to"),
    (("in", "excess", "of"), "over"),
    (("well", "over"), "over"),
    (("just", "over"), "over"),
    (("well", "above"), "over"),
    (("at", "least"), "at_least"),
    (("more", "than"), "over"),
    (("upwards", "of"), "over"),
    (("upward", "of"), "over"),
    (("up", "to"), "up_to"),
    (("fewer", "than"), "up_to"),
    (("less", "than"), "up_to"),
    (("at", "most"), "up_to"),
    (("just", "under"), "about"),
    (("close", "to"), "about"),
    (("closer", "to"), "about"),  # "put the toll at closer to 40"
    (("an", "estimated"), "about"),
    (("estimated", "at"), "about"),  # "a crowd estimated at 50,000"
    (("some",), "about"),
    (("about",), "about"),
    (("around",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("nearly",), "about"),
    (("almost",), "about"),
    (("estimated",), "about"),
    (("circa",), "about"),
    (("c.",), "about"),  # "Arrested: c. 7,000", as infoboxes write it
    (("ca.",), "about"),
    (("over",), "over"),
    (("above",), "over"),
    (("under",), "up_to"),
    (("between",), "exact"),  # only with "X and Y" after it (a range)
    (("from",), "exact"),  # only with "X to Y" after it
)
#: Hedges after a number: "300 or more", "300 or so", "300-odd".
SUFFIXES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("or", "more"), "at_least"),
    (("or", "so"), "about"),
    (("-", "odd"), "about"),
    (("-", "plus"), "over"),
    (("plus",), "over"),
    (("+",), "over"),  # "2,000+ injured", as infoboxes write it
)

#: A range written as one token: "304–1,500", "20-30".
_TOKEN_RANGE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)[-–—](\d{1,3}(?:,\d{3})+|\d+)\Z")
#: Years: "2013-2014" is a period, not a range of counts.
_YEARS = range(1900, 2101)


def _token_range(word: str) -> tuple[float, float] | None:
    """``(low, high)`` of a one-token range ("304–1,500"); None for anything else or a span of years."""
    match = _TOKEN_RANGE.match(word)
    if match is None:
        return None
    low, high = parse_digits(match.group(1)), parse_digits(match.group(2))
    if low is None or high is None or high <= low or (int(low) in _YEARS and int(high) in _YEARS):
        return None
    return low, high


#: Marks glued before digits that make the count approximate: "~8,600", "≈300".
_APPROX_MARKS = "~≈"

#: A number in digits: thousands grouped by commas or not, maybe a decimal part. South Asian
#: English groups by lakhs and crores above the thousands ("1,50,000" is 150,000, "2,00,00,000"
#: twenty million), as Indian, Pakistani and Bangladeshi outlets print counts.
_NUMBER = r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DIGITS = re.compile(rf"{_NUMBER}\Z")
#: Thousands grouped by dots ("1.500", "12.000.000"): a first group that does not open with 0.
_DOT_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+\Z")
#: A count with its scale glued on as a letter, in headline and newsroom shorthand: "1.5k",
#: "15k", "2bn", "1.2mn" (one token; "1.5m" the tokenizer splits, see :func:`_glued_scale`).
_SHORT_SCALED = re.compile(rf"({_NUMBER})(k|mn|bn)\Z")
#: The letters of that shorthand and what each multiplies by.
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_NUMBER_WORD = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}
#: The words of letters only that :func:`_core_at` can read a number from; any other such word
#: opens none (a number of digits, a range or "~8,600" has a character that is not a letter).
_OPENERS = _NUMBER_WORD | frozenset(VAGUE) | VAGUE_DETERMINERS | {"a", "an", "half"}


@dataclass(frozen=True)
class NumberPhrase:
    """A number with its hedges, as token indices ``[start, end)`` into the sequence.

    ``core`` is ``[core_start, core_end)``: the number itself without hedges, so
    that the caller can look at the words the number counts.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    value_max: float | None
    qualifier: str
    vague: bool
    is_digits: bool
    """The number was written with digits (a year or a phone number is possible)."""


def parse_digits(text: str) -> float | None:
    """``"1,500"`` → 1500.0, ``"1,50,000"`` → 150000.0, ``"1.5"`` → 1.5; anything else
    (``"555-1234"``, ``"1,50"``) → None."""
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def parse_number_words(words: Sequence[str]) -> float | None:
    """``["one", "hundred", "and", "fifty"]`` → 150.0; None when the words are not a number.

    Hyphens ("twenty - five") and "and" between number words are allowed.
    """
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        word = word.lower()
        if word in {"-", "and", "a", "an"}:
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _match_seq(words: Sequence[str], i: int, seq: tuple[str, ...]) -> bool:
    return tuple(words[i : i + len(seq)]) == seq


#: Plural nouns of people that do not end in "s" ("1.5m people").
_PLURALS_WITHOUT_S = frozenset(
    {"people", "children", "men", "women", "staff", "personnel", "police", "youth"}
)


def _glued_scale(words: Sequence[str], j: int) -> bool:
    """Whether ``words[j]`` is the "m" of "1.5m people": a million, not a metre.

    The tokenizer splits "1.5m" as it splits "10km", so the letter stands alone. It counts
    millions when a plural noun follows ("1.5m people", "2m protesters"); before a singular
    ("a 2m wall") or nothing it is the metre, and the number stays as written.
    """
    if j >= len(words) or words[j] != "m" or j + 1 >= len(words):
        return False
    after = words[j + 1]
    if after in _PLURALS_WITHOUT_S:
        return True
    return after.isalpha() and len(after) > 3 and after.endswith("s") and not after.endswith("ss")


def _core_at(words: Sequence[str], i: int) -> tuple[int, float, bool, bool] | None:
    """The number starting at token *i*: ``(end, value, vague, is_digits)`` or None."""
    n = len(words)
    word = words[i]
    # digits, optionally with a scale word: "1.5 million", "3 thousand"; "~8,600" as one token
    bare = word.lstrip(_APPROX_MARKS)
    grouped = _DOT_GROUPED.match(bare) is not None
    value = parse_digits(bare)
    if value is None and grouped:
        value = float(bare.replace(".", ""))  # "1.250.000": two dots, no decimal reading at all
    if value is not None:
        j = i + 1
        if j < n and words[j] in SCALES:
            value *= SCALES[words[j]]
            j += 1
        elif _glued_scale(words, j):
            # "1.5m people": the tokenizer splits a unit-like "m" off the digits
            value *= _SHORT_SCALES["m"]
            j += 1
        elif grouped:
            # "some 1.500 people": thousands grouped by a dot, as Turkish, German or Latin American
            # outlets print them in English copy; a count of people is never 1.5 (with a scale
            # word, "2.611 million", the dot is a decimal point, read above)
            value = float(bare.replace(".", ""))
        return j, round(value, 6), False, j == i + 1
    short = _SHORT_SCALED.match(word)
    if short is not None:
        # "15k protesters", "2bn", "1.2mn people": one token
        value = float(short.group(1).replace(",", "")) * _SHORT_SCALES[short.group(2)]
        return i + 1, round(value, 6), False, False
    # "half a million", "half a dozen"
    if word == "half" and i + 2 < n and words[i + 1] in {"a", "an"}:
        if words[i + 2] in SCALES:
            return i + 3, 0.5 * SCALES[words[i + 2]], False, False
        if words[i + 2] == "dozen":
            return i + 3, 6.0, False, False
    # "a couple hundred", "a couple of thousand": two of the scale, said roughly
    couple = _a_couple_of_a_scale(words, i)
    if couple is not None:
        return couple
    # vague plurals, chained with "of": "tens of thousands", "hundreds of thousands"
    if word in VAGUE:
        value = VAGUE[word]
        j = i + 1
        while j + 1 < n and words[j] == "of" and words[j + 1] in VAGUE and VAGUE[words[j + 1]] > 12:
            value *= VAGUE[words[j + 1]]
            j += 2
        return j, float(value), True, False
    # "several hundred", "a few thousand", "several dozen"
    if word in VAGUE_DETERMINERS or (word == "a" and i + 1 < n and words[i + 1] == "few"):
        j = i + 2 if word == "a" else i + 1
        if j < n and (words[j] in SCALES or words[j] == "dozen"):
            scale = 12 if words[j] == "dozen" else SCALES[words[j]]
            j += 1
            # "several hundred thousand", "a few hundred thousand": a larger scale multiplies
            while j < n and words[j] in SCALES and SCALES[words[j]] > scale:
                scale *= SCALES[words[j]]
                j += 1
            return j, float(scale), True, False
        return None
    # "a dozen", "a hundred", "a thousand", "an estimated" is a prefix, not a number
    start = i
    if word in {"a", "an"}:
        if not (i + 1 < n and (words[i + 1] in SCALES or words[i + 1] == "dozen")):
            return None
    elif word not in _NUMBER_WORD:
        return None
    j = start + 1 if word in {"a", "an"} else start
    last = j
    while j < n:
        w = words[j]
        if w in _NUMBER_WORD:
            last = j
            j += 1
        elif w in {"and", "-"} and j + 1 < n and words[j + 1] in _NUMBER_WORD and j > start:
            # "one hundred and fifty", "twenty - five"; but not "five and ten" (two numbers)
            if w == "and" and words[j - 1] not in SCALES and words[j - 1] != "hundred":
                break
            j += 1
        else:
            break
    parsed = parse_number_words(words[start : last + 1])
    if parsed is None:
        return None
    decimal = _spoken_decimal(words, last + 1)
    if decimal is not None and parsed < 100:
        # "seven-point-two million", "one point three million": the whole number, not its last digit
        end, fraction = decimal
        value = parsed + fraction
        if end < n and words[end] in SCALES:
            value *= SCALES[words[end]]
            end += 1
        return end, round(value, 6), False, False
    # "dozens" is vague, but "a dozen" and "two dozen" are numbers
    return last + 1, parsed, False, False


#: The digit words a decimal said in words is made of: "point two five".
_DECIMAL_DIGITS = {w: v for w, v in UNITS.items() if v < 10}


def _spoken_decimal(words: Sequence[str], j: int) -> tuple[int, float] | None:
    """ "point two", "- point - five": the fraction a spelt-out number goes on with, ``(end, fraction)``.

    Without it "seven-point-two million" read as "two million" (the number words stop
    at "point" and the digit after it opened a number of its own). Only digit words may
    follow "point", so "a three-point plan" and "the two point out" keep their reading.
    """
    n = len(words)
    if j < n and words[j] in {"-", "–"}:
        j += 1
    if not (j < n and words[j] == "point"):
        return None
    j += 1
    if j < n and words[j] in {"-", "–"}:
        j += 1
    fraction = 0.0
    place = 0.1
    start = j
    while j < n and words[j] in _DECIMAL_DIGITS:
        fraction += _DECIMAL_DIGITS[words[j]] * place
        place /= 10
        j += 1
    if j == start:
        return None
    return j, round(fraction, 6)


def _a_couple_of_a_scale(words: Sequence[str], i: int) -> tuple[int, float, bool, bool] | None:
    """ "a couple hundred", "a couple of thousand", "a couple dozen": two of the scale word.

    Without a scale ("a couple of days", "a couple of protesters") it is no count
    worth a figure; with one it is a rough number (its qualifier is ``about``).
    """
    n = len(words)
    if words[i] != "a" or i + 2 >= n or words[i + 1] != "couple":
        return None
    j = i + 2
    if words[j] == "of" and j + 1 < n:
        j += 1
    if words[j] == "dozen":
        return j + 1, 24.0, False, False
    if words[j] in SCALES:
        return j + 1, 2.0 * SCALES[words[j]], False, False
    return None


def _shared_scale(
    words: Sequence[str], first_end: int, second: tuple[int, float, bool, bool], first: float
) -> float:
    """The low end of a range whose scale word is written once, after the high end: "between two
    and three thousand" is 2,000 to 3,000, "one to three million" 1 to 3 million (not 1 to 3
    million people). A low end with a scale of its own ("500 to 2 million") is left alone."""
    last = words[second[0] - 1]
    if last not in SCALES or words[first_end - 1] in SCALES:
        return first
    scaled = first * SCALES[last]
    return scaled if scaled < second[1] else first


def _prefix(words: Sequence[str], i: int) -> tuple[int, str]:
    """The hedge ending right before token *i*: ``(start, qualifier)``."""
    for seq, qualifier in PREFIXES:
        k = i - len(seq)
        if k >= 0 and _match_seq(words, k, seq):
            return k, qualifier
    return i, "exact"


#: How many words before "from X to Y" a verb of change may stand ("deaths surged in 2024 from …").
CHANGE_WINDOW = 4


def _a_change(words: Sequence[str], start: int) -> bool:
    """ "rose from 88 to 388" is two counts, before and after, not a range; so is "rose by 12 to
    312", the step and the new total ("by" stands right before the step, outside its phrase)."""
    if start < len(words) and words[start] == "from":
        at = start
    elif 0 < start <= len(words) and words[start - 1] == "by":
        at = start - 1
    else:
        return False
    return any(w in figure_words.CHANGE_WORDS for w in words[max(0, at - CHANGE_WINDOW) : at])


#: A count that restates the count right before it: "killed 18 and wounded an equal number", "the
#: same number injured", "a similar number of women"; with the qualifier it gives its value.
_RESTATING_COUNTS: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("an", "equal", "number"), None),
    (("the", "same", "number"), None),
    (("a", "similar", "number"), "about"),
)
#: How many words may stand between the count restated and its restatement, in one clause chain.
_RESTATED_REACH = 12
#: Words no restatement reaches back over: the end of a sentence.
_SENTENCE_BREAKS = frozenset({".", "!", "?", ";"})


def _restating_count(words: Sequence[str], i: int, before: NumberPhrase | None) -> NumberPhrase | None:
    """ "Police shot dead 18 protesters and wounded an equal number": a phrase at *i* that restates
    the value of *before*, the count right before it in its sentence (at most a few words back)."""
    if before is None or words[i] not in {"an", "the", "a"} or i - before.end > _RESTATED_REACH:
        return None
    for seq, qualifier in _RESTATING_COUNTS:
        if not _match_seq(words, i, seq):
            continue
        if any(w in _SENTENCE_BREAKS for w in words[before.end : i]):
            return None
        end = i + len(seq)
        return NumberPhrase(
            start=i,
            end=end,
            core_start=i,
            core_end=end,
            value=before.value,
            value_max=before.value_max,
            qualifier=qualifier or before.qualifier,
            vague=before.vague,
            is_digits=False,
        )
    return None


def find_number_phrases(words: Sequence[str]) -> list[NumberPhrase]:
    """Every number phrase in *words* (lower-cased token texts), left to right.

    Ranges ("between 15 and 18", "200 to 300", "20-30", "two or three") give
    one phrase with ``value_max``; hedges before and after are part of the
    phrase and set its qualifier.
    """
    phrases: list[NumberPhrase] = []
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        restated = _restating_count(words, i, phrases[-1] if phrases else None)
        if restated is not None:
            phrases.append(restated)
            i = restated.end
            continue
        if word.isalpha() and word not in _OPENERS:
            i += 1  # most words: neither digits nor a word a number starts with
            continue
        one_token = _token_range(word)
        if one_token is not None:
            start, qualifier = _prefix(words, i)
            phrases.append(
                NumberPhrase(
                    start=start,
                    end=i + 1,
                    core_start=i,
                    core_end=i + 1,
                    value=one_token[0],
                    value_max=one_token[1],
                    qualifier=qualifier,
                    vague=False,
                    is_digits=True,
                )
            )
            i += 1
            continue
        core = _core_at(words, i)
        if core is None:
            i += 1
            continue
        end, value, vague, is_digits = core
        core_start = i
        start, qualifier = _prefix(words, i)
        if words[i][:1] in _APPROX_MARKS and qualifier == "exact":
            qualifier = "about"  # "Detained ~8,600", as infoboxes write it
        if words[i] == "a" and i + 1 < n and words[i + 1] == "couple" and qualifier == "exact":
            qualifier = "about"  # "a couple hundred people": a rough count
        value_max: float | None = None
        # a range: "between X and Y", "X to Y", "X - Y", "X or Y"
        joiner = words[end] if end < n else ""
        if joiner in {"and", "to", "-", "–", "or"} and end + 1 < n and not vague:
            second = _core_at(words, end + 1)
            is_range = second is not None and not second[2] and second[1] > value
            if is_range and joiner == "and":
                is_range = start < core_start and words[start] == "between"
            if is_range and joiner == "to":
                is_range = not (start < core_start and words[start] == "up") and not _a_change(words, start)
            if is_range and second is not None:
                value = _shared_scale(words, end, second, value)
                end, value_max = second[0], second[1]
                is_digits = is_digits and second[3]
        if value_max is None and start < core_start and words[start] in {"between", "from"}:
            # "between" and "from" hedge only a range
            start, qualifier = core_start, "exact"
        core_end = end
        for seq, suffix_qualifier in SUFFIXES:
            if _match_seq(words, end, seq):
                end += len(seq)
                if qualifier == "exact":
                    qualifier = suffix_qualifier
                break
        if vague:
            qualifier = "vague"
        phrases.append(
            NumberPhrase(
                start=start,
                end=end,
                core_start=core_start,
                core_end=core_end,
                value=value,
                value_max=value_max,
                qualifier=qualifier,
                vague=vague,
                is_digits=is_digits,
            )
        )
        i = end
    return phrases
