"""Places: recognition and offline resolution against the GeoNames gazetteer.

Docs are built by hand where the behaviour does not depend on the parser;
tests that need the model's entities are marked ``model``. The sentences are
written for these tests (none comes from an eval set).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tally.extract.context import ExtractContext
from tally.extract.gazetteer import fold, load_gazetteer
from tally.extract.places import extract_places, resolve_places


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _doc(words: list[str], ents: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, ents=ents)


def _by_name(places, name):
    return next(p for p in places if p.name == name)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Behbahān", "behbahan"),
        ("U.S.", "us"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Winston-Salem", "winston salem"),
        ("  São   Paulo ", "sao paulo"),
    ],
)
def test_places_fold_strips_diacritics_case_and_dots(text, folded):
    assert fold(text) == folded


def test_places_gazetteer_matches_alternate_spelling(gaz):
    (entry,) = [e for e in gaz.lookup("Behbehan") if e.kind == "city"]
    assert entry.country == "IR" and entry.geonameid == 140951
    assert entry.lat == pytest.approx(30.59, abs=0.05)
    assert entry.lon == pytest.approx(50.24, abs=0.05)
    assert gaz.admin1_of(entry).name == "Khuzestan"


def test_places_gazetteer_derives_division_coordinates(gaz):
    (khuzestan,) = [e for e in gaz.lookup("Khuzestan") if e.kind == "admin1"]
    assert khuzestan.derived and khuzestan.country == "IR"
    # inside the province's extent (about 29.9-33.0 N, 47.7-50.6 E)
    assert 29.5 < khuzestan.lat < 33.5 and 47.5 < khuzestan.lon < 51.0


@pytest.mark.parametrize(
    ("word", "country"),
    [("Iranian", "IR"), ("Iranians", "IR"), ("American", "US"), ("French", "FR")],
)
def test_places_gazetteer_demonyms_name_countries(gaz, word, country):
    assert gaz.demonym(word).country == country


def test_places_gazetteer_skips_generic_words_as_divisions(gaz):
    assert not [e for e in gaz.lookup("Western") if e.kind in ("admin1", "admin2")]


def test_places_resolves_hand_built_doc_and_keeps_unknown_names(gaz):
    words = ["Police", "in", "Behbehan", "and", "Qwzxbluth", "arrested", "protesters", "."]
    doc = _doc(words, ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    places = resolve_places(doc, gaz)
    assert [p.id for p in places] == ["p1", "p2"]
    behbehan, unknown = places
    assert (behbehan.kind, behbehan.country, behbehan.admin1) == ("city", "IR", "Khuzestan")
    assert unknown.name == "Qwzxbluth" and unknown.kind == "other"
    assert unknown.lat is None and unknown.lon is None and unknown.geonameid is None
    for place in places:
        for start, end in place.mentions:
            assert doc.text[start:end] in ("Behbehan", "Qwzxbluth")


def test_places_state_after_comma_decides_between_namesakes(gaz):
    words = ["He", "moved", "to", "Paris", ",", "Texas", ",", "last", "year", "."]
    spaces = [True, True, True, False, True, False, True, True, False, False]
    doc = _doc(words, ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"], spaces)
    paris = _by_name(resolve_places(doc, gaz), "Paris")
    assert (paris.country, paris.admin1) == ("US", "Texas")


def test_places_province_cue_prefers_the_division(gaz):
    words = ["Troops", "entered", "Tehran", "province", "."]
    doc = _doc(words, ["O", "O", "B-GPE", "O", "O"])
    (place,) = resolve_places(doc, gaz)
    assert place.kind == "admin1" and place.country == "IR"


def test_places_merges_mentions_of_one_place(gaz):
    words = ["Tehran", "said", "Tehran", "would", "act", "."]
    doc = _doc(words, ["B-GPE", "O", "B-GPE", "O", "O", "O"])
    (place,) = resolve_places(doc, gaz)
    assert place.kind == "city" and place.country == "IR"
    assert place.mentions == [(0, 6), (12, 18)]


@pytest.mark.model
def test_places_seed_like_article_resolves_city_province_capital_country(nlp):
    text = (
        "Iran's security forces went on high alert ahead of the anniversary. "
        "There has been a build-up of troops in Khuzestan province, where the protests "
        "centred on the city of Behbehan. In Tehran, 146 people were arrested, and "
        "Iranian officials warned of a firmer response."
    )
    places = extract_places(ExtractContext(doc=nlp(text), entities=None))
    iran = _by_name(places, "Iran")
    assert iran.kind == "country" and iran.country == "IR"
    assert "Iranian" in [text[s:e] for s, e in iran.mentions]
    khuzestan = _by_name(places, "Khuzestan")
    assert (khuzestan.kind, khuzestan.country) == ("admin1", "IR")
    assert khuzestan.lat is not None
    behbehan = next(p for p in places if any(text[s:e] == "Behbehan" for s, e in p.mentions))
    assert (behbehan.kind, behbehan.country, behbehan.admin1) == ("city", "IR", "Khuzestan")
    assert behbehan.lat == pytest.approx(30.59, abs=0.05)
    assert behbehan.lon == pytest.approx(50.24, abs=0.05)
    tehran = _by_name(places, "Tehran")
    assert (tehran.kind, tehran.country) == ("city", "IR")
    for place in places:
        for start, end in place.mentions:
            assert text[start:end]


@pytest.mark.model
def test_places_drops_surnames_tagged_as_places(nlp):
    text = (
        "Judiciary chief Ebrahim Raisi spoke in Tehran on Thursday. "
        "Raisi said that protesters would be punished. Later Raisi repeated the threat."
    )
    places = extract_places(ExtractContext(doc=nlp(text), entities=None))
    assert "Raisi" not in {text[s:e] for p in places for s, e in p.mentions}


@pytest.mark.model
def test_places_context_picks_the_local_namesake(nlp):
    text = (
        "Storms flooded roads across Texas on Monday. Residents of Paris and nearby "
        "Sherman were told to stay home, a Lamar County official said."
    )
    places = extract_places(ExtractContext(doc=nlp(text), entities=None))
    paris = _by_name(places, "Paris")
    assert (paris.country, paris.admin1) == ("US", "Texas")


@pytest.mark.model
def test_places_seed_000_done_when(nlp, seed_texts):
    text = seed_texts["000"]
    places = extract_places(ExtractContext(doc=nlp(text), entities=None))
    behbehan = next(p for p in places if any(text[s:e] == "Behbehan" for s, e in p.mentions))
    assert (behbehan.country, behbehan.admin1, behbehan.kind) == ("IR", "Khuzestan", "city")
    assert (behbehan.lat, behbehan.lon) == pytest.approx((30.59, 50.24), abs=0.05)
    assert _by_name(places, "Khuzestan").kind == "admin1"
    assert (_by_name(places, "Tehran").kind, _by_name(places, "Tehran").country) == ("city", "IR")
    assert _by_name(places, "Iran").kind == "country"
    assert not any(p.name == "Raisi" for p in places)
