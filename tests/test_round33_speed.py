"""Round 33 speed-ups (issue 16): tests of a word that cannot hold what they look for are skipped,
with the same answers.

Records are guarded by a dump of every record before and after (120 generated articles and the
89 VOA stories, every tune and only-scored split, ``tally analyze examples``); these tests pin
each skip against the full reading it replaces, on sentences invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tally.extract.events import lexicon as event_lexicon

#: Nouns of every kind the noun trigger reads: listed events, an "exchange of fire", a "call for",
#: a "formation of", "hearings into", "no intention of", a procession, a head of an "of" phrase,
#: and many nouns that are no event at all.
NOUN_TEXT = (
    "Dockers in Velmora staged a noisy protest outside the harbour office on Tuesday. "
    "Witnesses reported fierce exchanges of fire involving the guards and an armed gang near the depot. "
    "The union voiced a call for two general strikes, and the mayor declared the formation of one "
    "more militia. Councillors opened hearings into the beatings. The minister insisted there was no "
    "intention of resigning. A procession against the fuel tax wound through the old market, where "
    "a convoy came under fire. Thousands of pensioners began a sit-in beside the ministry gates."
)


def _nouns(doc: Any) -> list[Any]:
    return [t for t in doc if t.pos_ in {"NOUN", "PROPN"}]


def test_a_noun_passed_over_has_no_sense(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every noun the pre-check passes over gets no candidate from the full noun trigger either."""
    from tally.extract.events import nouns, triggers

    doc = nlp(NOUN_TEXT)
    skipped = [
        t for t in _nouns(doc) if triggers._no_sense_possible(nouns._noun_key(t), t.lemma_.lower(), t.lower_)
    ]
    assert len(skipped) > len(_nouns(doc)) // 2  # most nouns are no event
    monkeypatch.setattr(triggers, "_no_sense_possible", lambda *_: False)
    assert [triggers._noun_trigger(t) for t in skipped] == [None] * len(skipped)


def test_nouns_with_a_sense_are_not_passed_over(nlp: Any) -> None:
    """Guard: the nouns that are events, or may be, still go through the noun trigger."""
    from tally.extract.events import nouns, triggers

    doc = nlp(NOUN_TEXT)
    kept = {
        t.lower_
        for t in _nouns(doc)
        if not triggers._no_sense_possible(nouns._noun_key(t), t.lemma_.lower(), t.lower_)
    }
    assert {"protest", "exchanges", "call", "formation", "hearings", "intention", "procession"} <= kept
    assert {"fire", "strikes"} <= kept  # "came under fire", a listed noun
    assert "in" in kept or "sit" in kept  # "sit-in": its key is the hyphenated word


def test_noun_events_unchanged(nlp: Any) -> None:
    """Guard: the noun trigger's events of the text, each by its trigger word."""
    from tally.extract.events import triggers

    doc = nlp(NOUN_TEXT)
    found = {t.lower_: c.type for t in _nouns(doc) if (c := triggers._noun_trigger(t)) is not None}
    assert found.get("protest") == "PROTEST"
    assert found.get("exchanges") == "FIGHT"
    assert found.get("call") == "DEMAND"
    assert found.get("formation") == "MOBILIZE"
    assert found.get("hearings") == "INVESTIGATE"
    assert found.get("procession") == "PROTEST"


class _Unread:
    """A Token that must not be read: any attribute asked fails the test."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"{name} read")


def test_no_object_class_read_for_a_verb_without_object_senses() -> None:
    """Only a verb that ``VERB_OBJECT`` keys with a class has its object's class read."""
    from tally.extract.events.nouns import _verb_object_class

    assert "say" not in event_lexicon.OBJECT_VERBS
    assert _verb_object_class("say", _Unread()) is None  # type: ignore[arg-type]
    assert "deploy" in event_lexicon.OBJECT_VERBS


def test_object_classes_unchanged(nlp: Any) -> None:
    """Guard: a verb keyed with an object class still reads its object's class."""
    from tally.extract.events.nouns import _verb_object_class

    doc = nlp("The governor deployed riot police along the Velmora docks, and the guards said nothing.")
    deployed = next(t for t in doc if t.lower_ == "deployed")
    said = next(t for t in doc if t.lower_ == "said")
    police = next(t for t in doc if t.lower_ == "police")
    assert _verb_object_class("deploy", police) is not None
    assert _verb_object_class(said.lemma_.lower(), next(t for t in doc if t.lower_ == "nothing")) is None
    assert deployed.lemma_ == "deploy"


class _LemmaOnly:
    lemma_ = "kettle"

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"{name} read")


def test_head_of_sense_reads_no_phrase_for_another_noun() -> None:
    from tally.extract.events.nouns import _head_of_sense

    assert "kettle" not in event_lexicon.HEAD_OF_NOUNS
    assert _head_of_sense(_LemmaOnly()) is None  # type: ignore[arg-type]


def test_derived_tables_follow_their_tables() -> None:
    assert frozenset(v for v, _ in event_lexicon.VERB_OBJECT) == event_lexicon.OBJECT_VERBS
    assert frozenset(n for n, _ in event_lexicon.HEAD_OF) == event_lexicon.HEAD_OF_NOUNS


# -- Tokens not made: the Doc's columns where a word is only tested -----------------------------


class _ColumnsOnly:
    """A Token stand-in with only its Doc and index: any other attribute read fails the test."""

    def __init__(self, tok: Any) -> None:
        self.doc, self.i = tok.doc, tok.i

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"{name} read")


def test_quote_cue_passive_read_from_columns(nlp: Any) -> None:
    from tally.extract.quotes.cues import is_passive

    doc = nlp("The guards were told to leave, and the dockers told reporters they would stay.")
    told = [t for t in doc if t.lower_ == "told"]
    assert [is_passive(_ColumnsOnly(t)) for t in told] == [True, False]  # type: ignore[arg-type]


class _RootVerb:
    dep_ = "ROOT"

    @property
    def head(self) -> Any:
        raise AssertionError("head read")


def test_modal_tests_read_no_head_outside_a_complement() -> None:
    """``is_future`` and ``has_obligation`` read the head only of an xcomp verb."""
    from tally.extract.events.syntax import has_obligation, is_future

    assert is_future(_RootVerb(), set()) is False  # type: ignore[arg-type]
    assert has_obligation(_RootVerb(), set()) is False  # type: ignore[arg-type]


def test_modal_tests_unchanged(nlp: Any) -> None:
    """Guard: "plan to strike" is future, "have to leave" an obligation, a plain verb neither."""
    from tally.extract.events.syntax import has_obligation, is_future

    doc = nlp("The dockers plan to strike. The guards have to leave. The clerks marched.")
    strike, leave, marched = (next(t for t in doc if t.lower_ == w) for w in ("strike", "leave", "marched"))
    assert (is_future(strike), has_obligation(leave)) == (True, True)
    assert (is_future(marched), has_obligation(marched)) == (False, False)


class _Bounds:
    """A sentence given by its Doc and token bounds only (no Token iterated)."""

    def __init__(self, sent: Any) -> None:
        self.doc, self.start, self.end = sent.doc, sent.start, sent.end


def test_according_to_read_from_columns(nlp: Any) -> None:
    from tally.extract.events.syntax import according_to

    doc = nlp("According to dockers' stewards, guards beat two porters. The mayor went to the harbour.")
    first, second = list(doc.sents)
    assert according_to(_Bounds(first)) is True  # type: ignore[arg-type]
    assert according_to(_Bounds(second)) is False  # type: ignore[arg-type]


# -- places: each mention's candidates scored once per article ----------------------------------


def test_place_readings_give_the_same_picks(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_choose`` scores each mention's candidates once (``_readings``); the picks are those of the
    per-round scoring, and the rounds score nothing again."""
    from tally.extract.places import extractor as places
    from tally.extract.places.candidates import find_mentions
    from tally.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    doc = nlp("Dockers marched from Lyon to Paris, and police in Marseille arrested two of them near Toulon.")
    mentions = [m for m in find_mentions(doc, gaz) if m.candidates]
    assert len(mentions) >= 2
    readings = places._readings(mentions)
    picks = {n: places._best(m) for n, m in enumerate(mentions)}
    context = places._context(mentions, picks)
    assert places._context(mentions, picks, readings) == context
    assert [places._pick(m, context, readings[n]) for n, m in enumerate(mentions)] == [
        places._pick(m, context) for m in mentions
    ]
    scored: list[int] = []
    prior = places._prior
    monkeypatch.setattr(places, "_prior", lambda c, k: scored.append(1) or prior(c, k))
    places._choose(mentions)
    candidates = sum(len(r[1]) for r in readings)
    assert 0 < len(scored) < 4 * candidates  # scored by the first picks and once more: not per round


def test_reporting_child_read_from_columns(nlp: Any) -> None:
    """The root's children are tested on the Doc's columns; the reporting verb found is unchanged."""
    from tally.extract.events.syntax import reporting_child

    doc = nlp(
        "Guards beat two porters, said a steward. Two porters were hurt when guards charged, "
        "the union said, and the depot closed."
    )
    found = {t.text: r.text for t in doc if (r := reporting_child(_ColumnsOnly(t))) is not None}  # type: ignore[arg-type]
    assert found == {"hurt": "said"}


def test_nearest_subject_read_from_columns(nlp: Any) -> None:
    from tally.extract.events.syntax import nearest_subject

    doc = nlp("The porters blocked the gate on Monday.")
    verb = next(t for t in doc if t.lower_ == "blocked")
    subject = nearest_subject(_ColumnsOnly(verb))  # type: ignore[arg-type]
    assert subject is not None and subject.lower_ == "porters"


def test_closing_verb_reads_only_the_last_words(nlp: Any) -> None:
    """``_last_words`` gives the sentence's last words without punctuation, as the full list did."""
    from tally.nlp.syntax import _last_words, closing_verb

    doc = nlp(
        "Guards beat two porters and detained a clerk near the old gate, the stewards' union added.\n\n"
    )
    sent = next(iter(doc.sents))
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    assert [t.i for t in _last_words(sent, 14)] == [t.i for t in words[-14:]]
    assert [t.i for t in _last_words(sent, 40)] == [t.i for t in words]
    found = closing_verb(sent, lambda t: t.lemma_ == "add")
    assert found is not None and found.lower_ == "added"


def test_sentence_lemmas_unchanged(nlp: Any) -> None:
    """Guard: a boiler blast is an accident; dates are left out of a sentence's words."""
    from tally.extract.figures.extractor import _sentence_lemmas

    doc = nlp("A boiler explosion killed two porters at the Velmora depot on Monday.")
    lemmas = _sentence_lemmas(doc[0])
    assert "accident" in lemmas and "explosion" not in lemmas
    assert {"kill", "killed", "porter", "porters"} <= lemmas and "monday" not in lemmas


def test_place_kind_words_unchanged(nlp: Any) -> None:
    """Guard: "X Province" keeps its kind word, "the city of X" allows a city, "(3)" is a count."""
    from tally.extract.places.candidates import _bracketed_count, _kinds_from_cues

    doc = nlp("Dockers rallied across the city of Velmora and in Orvalle Province, and Tarsk (3) voted.")
    velmora = next(t for t in doc if t.text == "Velmora")
    orvalle = next(t for t in doc if t.text == "Orvalle")
    three = next(t for t in doc if t.text == "3")
    assert _kinds_from_cues(doc, doc[velmora.i : velmora.i + 1]) == frozenset({"city"})
    assert _kinds_from_cues(doc, doc[orvalle.i : orvalle.i + 1]) == frozenset({"admin1", "admin2"})
    assert _bracketed_count(doc, three.i, three.i + 1)
    assert not _bracketed_count(doc, velmora.i, velmora.i + 1)


def test_nearest_subject_of_two_read_from_columns(nlp: Any) -> None:
    """The two-subject path (a dateline parsed as a subject, then the dash) reads the Doc's
    columns too, and picks the nearer subject as the Token path does. The small model seldom
    parses a dateline so, so the parse is given by hand."""
    from spacy.tokens import Doc

    from tally.extract.events.syntax import nearest_subject

    words = ["VELMORA", "-", "Dockers", "blocked", "the", "gate", "."]
    heads = [3, 3, 3, 3, 5, 3, 3]
    deps = ["nsubj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    subject = nearest_subject(_ColumnsOnly(doc[3]))  # type: ignore[arg-type]
    assert subject is not None and subject.text == "Dockers"
    assert nearest_subject(doc[3]).i == subject.i
    one = Doc(
        nlp.vocab,
        words=["VELMORA", "Dockers", "blocked", "it"],
        heads=[2, 2, 2, 2],
        deps=["nsubj", "nsubj", "ROOT", "dobj"],
    )
    assert nearest_subject(one[2]).text == "VELMORA"  # no dash, no time phrase: the first subject
