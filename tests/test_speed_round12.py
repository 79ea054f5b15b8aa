"""Round 12 speed-ups (issue 16): each shortcut gives what the long way gives.

A SpanSet is built by one sort, the site words of a text are found by one
regex, the three dateline patterns run once per text, and the quote genders
walk the person mentions with a pointer instead of a bisection per token.
Records are guarded by the eval gate and by a dump of every record before and
after; these tests pin the shortcuts themselves, on sentences of our own.
"""

from __future__ import annotations

import bisect
import random
import re

import pytest

from tally.extract.context import fast_sentences, known_text
from tally.extract.entities import extract_entities
from tally.extract.places import candidates
from tally.extract.places import words as place_words
from tally.extract.quotes.gender import _PRONOUN_DEPS, PRONOUN_GENDER, Genders
from tally.extract.spans import SpanSet
from tally.lexicons import is_person_noun

SITE_TEXT = (
    "Guards at the Okrestina PRISON beat the detainees; the Evin and Qezel Hesar prisons "
    "were full, a T-junction near Azadi Square was closed and the bazaar's Prisons wing "
    "burned. A café-prison, the jail_yard, prisons2 and the priſon are no site words, "
    "but the mosque, the Cemetery and Hotels on Park Lane are."
)

DATELINE_TEXT = (
    "TEGUCIGALPA, Honduras (AP) — Police cleared the road.\n"
    "Asuncion (AFP) - Farmers marched on Congress.\n"
    "Ulaanbaatar, Mongolia— Students gathered. KATHMANDU/POKHARA — Two were held."
)

GENDER_TEXT = (
    "Mr. Arjun Thapa, a teacher, was detained on Monday. He said he had done nothing. "
    "Activist Maria Gonzalez met him later. She said he was tired, and Thapa agreed. "
    "“We will march again,” she said. Officers said Gonzalez had left. Her lawyer, "
    "Rosa Vidal, said she would appeal."
)


def _spans(seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(60):
        start = rng.randrange(0, 200)
        out.append((start, start + rng.randrange(-2, 25)))  # empty and reversed spans too
    return out + out[:5]  # and repeats


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_spanset_built_at_once_answers_as_one_built_span_by_span(seed):
    spans = _spans(seed)
    at_once = SpanSet(spans)
    one_by_one = SpanSet()
    for start, end in spans:
        one_by_one.add(start, end)
    assert at_once._sorted == one_by_one._sorted
    assert at_once._longest == one_by_one._longest
    for start in range(-5, 230, 3):
        for end in (start, start + 1, start + 7):
            assert at_once.overlaps(start, end) == one_by_one.overlaps(start, end)
            assert at_once.holding(start, end) == one_by_one.holding(start, end)
        assert at_once.first_containing(start) == one_by_one.first_containing(start)
    at_once.add(10, 90)  # adding after the bulk build still keeps the order of addition
    one_by_one.add(10, 90)
    assert at_once._sorted == one_by_one._sorted


def test_spanset_of_nothing_is_empty():
    empty = SpanSet()
    assert len(empty) == 0 and empty._longest == 0
    assert not empty.overlaps(0, 10)


def _site_words_one_by_one(text: str) -> list[tuple[int, int]]:
    """The site-word test as it was: every word of ASCII letters tried against the lists."""
    return [
        m.span()
        for m in re.finditer(r"(?<!-)\b[A-Za-z]+\b", text)
        if m.group(0).lower() in place_words.SITE_WORDS
        or m.group(0) in place_words.NAMED_SITE_WORDS
        or candidates._plural_site_word(m.group(0))
    ]


def test_site_word_regex_finds_the_words_the_lists_name():
    pattern = candidates._site_word_pattern(place_words.SITE_WORDS, place_words.NAMED_SITE_WORDS)
    found = [m.span() for m in pattern.finditer(SITE_TEXT)]
    assert found == _site_words_one_by_one(SITE_TEXT)
    words = {SITE_TEXT[s:e] for s, e in found}
    assert {"PRISON", "prisons", "Square", "bazaar", "mosque", "Cemetery", "Park", "Lane"} <= words
    assert not words & {"junction", "Prisons", "Hotels", "priſon", "jail"}  # hyphen, case, letters


def test_site_word_regex_of_empty_lists_matches_nothing():
    assert candidates._site_word_pattern(frozenset(), frozenset()).search(SITE_TEXT) is None


def test_dateline_matches_are_each_patterns_own():
    for text in (DATELINE_TEXT, SITE_TEXT, DATELINE_TEXT):  # a new text is read anew
        got = candidates._dateline_matches(text)
        patterns = (candidates._DATELINE, candidates._TITLE_DATELINE, candidates._PLAIN_TITLE_DATELINE)
        assert [[m.span() for m in found] for found in got] == [
            [m.span() for m in p.finditer(text)] for p in patterns
        ]
    assert all(candidates._dateline_matches(DATELINE_TEXT))  # each pattern finds one here


def _votes_by_bisection(genders: Genders, doc, quoted) -> dict[str, dict[str, int]]:
    """The pronoun votes as :meth:`Genders._collect` counted them, with a bisection per token."""
    reference = Genders.__new__(Genders)
    reference._starts, reference._mentions, reference._votes = genders._starts, genders._mentions, {}
    before = None
    for sent in doc.sents:
        current: set[str] = set()
        after_quote = unnamed = False
        first_gender = None  # round 30: a pronoun of the other gender after the first votes nothing
        for tok in sent:
            if quoted(tok.idx):
                after_quote = True
                continue
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ == "NOUN" and is_person_noun(tok.lemma_):
                unnamed = True
            name = reference._entity_at(tok.idx)
            if name is not None:
                current.add(name)
                if tok.i == 0 or reference._entity_at(doc[tok.i - 1].idx) != name:
                    reference._near_name(doc, tok.i, name)
                continue
            gender = PRONOUN_GENDER.get(tok.lower_)
            if gender is None or tok.dep_ not in _PRONOUN_DEPS or after_quote or unnamed:
                continue
            if first_gender is None:
                first_gender = gender
            elif gender != first_gender:
                continue
            topic = next(iter(current)) if len(current) == 1 else None
            if topic is not None:
                reference._vote(topic, gender, 1)
            elif not current and before is not None:
                reference._vote(before, gender, 1)
        before = next(iter(current)) if len(current) == 1 else None
    return reference._votes


@pytest.fixture(scope="module")
def gender_doc():
    from tally.nlp.load import load_model

    doc = load_model("en_core_web_sm")(GENDER_TEXT)
    known_text(doc, GENDER_TEXT)
    fast_sentences(doc)
    return doc


def test_gender_pointer_walk_votes_as_the_bisection_did(gender_doc):
    index = extract_entities(gender_doc)
    opened = GENDER_TEXT.index("“")
    closed = GENDER_TEXT.index("”")

    def quoted(offset: int) -> bool:
        return opened <= offset <= closed

    genders = Genders(gender_doc, index, quoted)
    assert genders._votes == _votes_by_bisection(genders, gender_doc, quoted)
    people = {e.name: e for e in index.entities if e.type == "PERSON"}
    thapa = next(e for name, e in people.items() if "Thapa" in name)
    gonzalez = next(e for name, e in people.items() if "Gonzalez" in name)
    assert genders.of(thapa) == "m" and genders.of(gonzalez) == "f"


def test_gender_pointer_matches_bisection_on_every_offset():
    """The pointer's rule (last mention starting at or before the offset, and the offset inside
    it) is the bisection's, for offsets in increasing order, overlapping mentions included."""
    mentions = sorted([(0, 5, "a"), (3, 9, "b"), (3, 4, "c"), (12, 20, "d"), (20, 22, "e"), (30, 31, "f")])
    starts = [m[0] for m in mentions]
    k = -1
    for offset in range(0, 40):
        while k + 1 < len(starts) and starts[k + 1] <= offset:
            k += 1
        walked = mentions[k][2] if k >= 0 and offset < mentions[k][1] else None
        j = bisect.bisect_right(starts, offset) - 1
        searched = mentions[j][2] if j >= 0 and mentions[j][0] <= offset < mentions[j][1] else None
        assert walked == searched


def _quote_texts(seed: int) -> list[str]:
    """Texts of words, spaces, line breaks and every kind of quotation mark and apostrophe."""
    rng = random.Random(seed)
    pieces = ["word", "Iran’s", " ", " ", "\n", "“", "”", '"', "‘", "’", "«", "»", "„", "(", "—", "9"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(5, 120))) for _ in range(300)]


def test_quote_mark_scan_jumping_to_marks_finds_what_reading_every_character_finds(monkeypatch):
    from tally.extract.quotes import marks

    texts = _quote_texts(7) + [
        "“We will not leave,” she said. ‘Never,’ he added. The ’90s, rock ‘n’ roll.\n"
        '"Go home" and ”Fear. I am afraid.” „Nein“ «Non» “unclosed\n“goes on”'
    ]
    jumped = [marks.find_marked_spans(t) for t in texts]
    monkeypatch.setattr(marks, "_MARK_CHAR", re.compile(".", re.DOTALL))  # every character: the old walk
    assert jumped == [marks.find_marked_spans(t) for t in texts]
    assert sum(len(found) for found in jumped) > 100
