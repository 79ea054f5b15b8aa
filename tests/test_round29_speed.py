"""Round 29 speed-ups (issue 16): each shortcut gives what the long way gives.

Records are guarded by a dump of every record before and after (the VOA
stories, 300 generated articles, every tune split, ``tally analyze examples``);
these tests pin each shortcut against the way it replaced, on text of our own.
"""

from __future__ import annotations

import math
import pickle
import random
import re

import pytest

from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import triggers
from tally.extract.places import candidates
from tally.extract.places import extractor as places
from tally.extract.places import words as place_words
from tally.extract.quotes import posts
from tally.extract.spans import SpanSet
from tally.resources import gazetteer as gazetteer_module
from tally.resources.gazetteer import Entry, Gazetteer, load_gazetteer

# -- embedded posts: a text without "@" holds none -------------------------------------------

SIGNED = (
    "Crowds filled the square again tonight and nobody went home.\n\n"
    "The square is ours and we are staying — Lena Ortiz (@lenaortiz_writes) March 4, 2021\n\n"
    "Police later closed the bridge."
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split("\n\n"):
        out.append((start, start + len(part)))
        start += len(part) + 2
    return out


def test_signed_post_is_still_found():
    found = posts.embedded_posts(SIGNED, _paragraphs(SIGNED))
    assert len(found) == 1
    a = found[0]
    assert SIGNED[slice(*a.speaker_span)] == "Lena Ortiz"
    assert SIGNED[a.start : a.end] == "The square is ours and we are staying"


def test_text_without_an_at_sign_has_no_post_the_long_way_either():
    # the shortcut returns []; each of the three readings finds nothing there either
    text = SIGNED.replace("(@lenaortiz_writes)", "(lenaortiz_writes)")
    paras = _paragraphs(text)
    assert posts.embedded_posts(text, paras) == []
    assert posts._card_posts(text, paras) == []
    assert posts._header_posts(text, paras) == []
    assert all(posts._SIGNATURE.search(text, lo, hi) is None for lo, hi in paras)


# -- the gazetteer's memo of look-ups ----------------------------------------------------------


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


NAMES = ["Paris", "Springfield", "Khuzistan", "Sistan-Baluchestan", "Democratic Republic of Congo",
         "Nowhereville Junction", "São Paulo", "Lodz", "Łódź", "St. Louis"]  # fmt: skip


def test_lookup_gives_what_the_unmemoised_lookup_gives(gaz):
    for name in NAMES * 2:  # the second round is answered from the memo
        assert gaz.lookup(name) == gaz._lookup(name), name
    assert gaz.lookup("Paris"), "a known name has entries"


def test_lookup_hands_out_a_new_list_each_time(gaz):
    first = gaz.lookup("Springfield")
    first.clear()  # a caller that changes its list does not change the memo
    assert gaz.lookup("Springfield") == gaz._lookup("Springfield") != []


def test_lookup_memo_is_bounded_and_not_pickled(monkeypatch):
    entry = Entry(1, "Testtown", "city", "XX", None, 1.0, 2.0, 5)
    toy = Gazetteer(entries=[entry], names={"testtown": (0,)})
    monkeypatch.setattr(gazetteer_module, "LOOKUPS_KEPT", 50)
    for n in range(500):
        toy.lookup(f"Place {n}")
        assert len(toy.__dict__["_found"]) <= 50
    assert toy.lookup("Testtown") == [entry]
    copy = pickle.loads(pickle.dumps(toy))
    assert "_found" not in copy.__dict__
    assert copy == toy and copy.lookup("Testtown") == [entry]


# -- the noun trigger passes over the modifiers of nouns no compound sense is keyed by -------------


def test_compound_heads_are_the_compound_table_heads():
    assert frozenset(noun for _m, noun in event_lexicon.NOUN_COMPOUNDS) == event_lexicon.NOUN_COMPOUND_HEADS


def test_compound_sense_still_found(nlp):
    doc = nlp("Two prisoners began a hunger strike in the jail on Monday.")
    strike = next(t for t in doc if t.lower_ == "strike")
    cand = triggers._noun_trigger(strike)
    assert cand is not None and (cand.type, cand.mode) == ("PROTEST", "strike-hun")
    assert {"hunger", "strike"} <= {t.lower_ for t in cand.tokens}


def test_noun_without_compound_sense_is_not_made_an_event(nlp):
    doc = nlp("The farmers sold their winter potatoes at the market.")
    assert all(triggers._noun_trigger(t) is None for t in doc if t.pos_ in {"NOUN", "PROPN"})


# -- SpanSet.overlaps -------------------------------------------------------------------------------


def test_overlaps_is_the_brute_force_answer():
    rng = random.Random(29)
    for _ in range(200):
        spans = [
            (s, s + rng.randint(0, 12)) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 15)))
        ]
        taken = SpanSet(spans)
        for _ in range(30):
            start = rng.randint(-5, 210)
            end = start + rng.randint(0, 15)
            expected = any(s < end and start < e for s, e in spans)
            assert taken.overlaps(start, end) is expected, (spans, start, end)


# -- the site-word patterns pass over words no site word starts with --------------------------------


def _old_site_word_pattern(site_words: frozenset[str], named: frozenset[str]) -> re.Pattern[str]:
    letters = re.compile(r"[A-Za-z]+")
    lower = sorted((w for w in site_words if letters.fullmatch(w) and w == w.lower()), key=len, reverse=True)
    exact = sorted((w for w in named if letters.fullmatch(w)), key=len, reverse=True)
    parts = [f"(?i:{'|'.join(lower)})"] + ["|".join(exact)] + [f"(?:{'|'.join(lower)})s"]
    return re.compile(rf"(?<!-)\b(?=[A-Za-z]+\b)(?:{'|'.join(parts)})\b")


def _old_site_compounds(compounds: frozenset[str]) -> re.Pattern[str]:
    words = sorted(compounds, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)


SITES_TEXT = (
    "Detainees were moved from Evin prison to the Qarchak PRISON and two other prisons. Crowds "
    "gathered in Azadi Square and the Square of Change; a T-junction near the Okrestina detention "
    "centre was closed, as was the Central Metro Station and the ſquare by the DETENTION   CENTRE. "
    "Prisoners, squares, cemetery, Cemeteries, stations and 3prison were named."
)


def test_site_patterns_match_as_before():
    new_words = candidates._site_word_pattern(place_words.SITE_WORDS, place_words.NAMED_SITE_WORDS)
    old_words = _old_site_word_pattern(place_words.SITE_WORDS, place_words.NAMED_SITE_WORDS)
    new_compounds = candidates._site_compounds(place_words.SITE_COMPOUNDS)
    old_compounds = _old_site_compounds(place_words.SITE_COMPOUNDS)
    for text in (SITES_TEXT, SITES_TEXT.upper(), SITES_TEXT.lower()):
        assert [m.span() for m in new_words.finditer(text)] == [m.span() for m in old_words.finditer(text)]
        assert [m.span() for m in new_compounds.finditer(text)] == [
            m.span() for m in old_compounds.finditer(text)
        ]
    assert len(list(new_words.finditer(SITES_TEXT))) >= 5  # the test text holds site words


# -- neighbours: a point too far north or south is no neighbour -------------------------------------


def test_neighbours_count_as_the_great_circle_says():
    rng = random.Random(16)
    for _ in range(50):
        lat, lon = rng.uniform(-80, 80), rng.uniform(-179, 179)
        entry = Entry(1, "Here", "city", "XX", None, lat, lon, 1000)
        context = places._Context()
        points = {}
        for n in range(40):
            # around the radius's edge in latitude and longitude, and some far away
            p = (
                (lat + rng.uniform(-1.2, 1.2), lon + rng.uniform(-1.5, 1.5))
                if n % 4
                else (rng.uniform(-90, 90), 0.0)
            )
            points[f"p{n}"] = (100 + n, *p, n % 3 == 0)  # every third a county's point
        context.points.update(points)
        expected = sum(
            1
            for _k, (_g, la, lo, _county) in points.items()
            if places._km(lat, lon, la, lo) <= places.NEIGHBOUR_KM
        )
        towns = sum(
            1
            for _k, (_g, la, lo, county) in points.items()
            if not county and places._km(lat, lon, la, lo) <= places.NEIGHBOUR_KM
        )
        assert context.neighbours(entry, "here") == expected
        assert context.neighbours(entry, "here", counties=False) == towns


def test_latitude_bound_is_below_any_distance_it_skips():
    # a point just past the bound in latitude, same longitude, is further than the radius
    lat = 10.0
    edge = lat + places._NEIGHBOUR_LAT_DEGREES
    assert places._km(lat, 0.0, edge, 0.0) > places.NEIGHBOUR_KM
    assert (
        places._km(lat, 0.0, lat + math.degrees(places.NEIGHBOUR_KM / 6371.0) * 0.99, 0.0)
        <= places.NEIGHBOUR_KM
    )


# -- the learned fallback's content words, read from the Doc's columns ----------------------------


def test_learned_features_are_the_token_by_token_words(nlp):
    from tally.extract.events import learned

    doc = nlp(
        "Angry farmers blocked the main highway with burning tyres on Monday. "
        "The governor was not available and nobody knew what would happen next."
    )
    for sent in doc.sents:
        verb = learned.main_predicate(sent)
        words = {
            t.lemma_.lower() for t in sent if t.pos_ in learned._CONTENT and not t.is_stop and t.i != verb.i
        }
        feats = learned.features(sent)
        assert sorted(f for f in feats if f.startswith("w=")) == sorted(f"w={w}" for w in words)
        assert words  # each sentence has content words besides its verb
