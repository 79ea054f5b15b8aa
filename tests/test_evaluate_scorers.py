"""Each eval task on hand-made gold/prediction pairs, so every metric is known to be right.

None of these items come from the gold sets: they are written here to pin
the rules (and one case per scorer that must fail).
"""

from __future__ import annotations

import pytest

from tally.evaluate.events import PloverScorer, RamsScorer, macro_f1, plover_types_for
from tally.evaluate.gold import GoldItem
from tally.evaluate.quotes import QuoteScorer, group_segments, head_word, speaker_names_match
from tally.evaluate.timex import TimexScorer, values_equal
from tally.evaluate.toponyms import ToponymScorer
from tally.records import Article, DateMention, Entity, Event, Place, Quote


def item(text: str, **data) -> GoldItem:
    return GoldItem(id="t", text=text, date=None, title=None, data={"text": text, **data})


def span(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


# --- quotes -------------------------------------------------------------------------------

QTEXT = (
    'The mayor said "we will not leave the square." Police said that the march was illegal. '
    'He added "nobody was hurt." A spokesman denied it.'
)


def gold_quote(piece, kind, speaker, cue="said", nth=0):
    s, e = span(QTEXT, piece, nth)
    if speaker is None:
        return {
            "start": s,
            "end": e,
            "kind": kind,
            "speaker": None,
            "speaker_start": None,
            "speaker_end": None,
            "cue": cue,
        }
    ss, se = span(QTEXT, speaker)
    return {
        "start": s,
        "end": e,
        "kind": kind,
        "speaker": speaker,
        "speaker_start": ss,
        "speaker_end": se,
        "cue": cue,
    }


def pred_quote(n, piece, kind, speaker_name, speaker=None):
    s, e = span(QTEXT, piece)
    return Quote(
        id=f"q{n}",
        kind=kind,
        start=s,
        end=e,
        text=QTEXT[s:e],
        speaker=speaker,
        speaker_name=speaker_name,
        evidence=(0, len(QTEXT)),
    )


def test_quotes_speaker_head_word_both_ways():
    assert head_word("Hillary Clinton’s campaign") == "campaign"
    assert head_word("the mayor's") == "mayor"
    assert speaker_names_match("The mayor", "Mayor Ann Lee")
    assert speaker_names_match("Mayor Ann Lee", "Lee")  # predicted head "lee" in gold span
    assert not speaker_names_match("The mayor", "Police")


def test_quotes_scores_spans_speakers_and_direct_subset():
    gold = [
        gold_quote('"we will not leave the square."', "direct", "The mayor"),
        gold_quote("the march was illegal", "indirect", "Police"),
        gold_quote('"nobody was hurt."', "direct", "He"),  # pronoun: resolves to "Police"
    ]
    preds = [
        pred_quote(1, "we will not leave the square", "direct", "Mayor Ann Lee"),  # span+speaker
        pred_quote(2, "that the march was illegal", "indirect", "the mayor"),  # span, bad speaker
        pred_quote(3, "nobody was hurt", "direct", "police"),  # pronoun resolved: right
        pred_quote(4, "A spokesman denied it", "indirect", "spokesman"),  # invented
    ]
    scorer = QuoteScorer()
    scorer.add(item(QTEXT, quotes=gold), Article(id="a", text=QTEXT, quotes=preds))
    scores = {k: v.to_dict() for k, v in scorer.finish().items()}
    assert (scores["quotes"]["tp"], scores["quotes"]["pred"], scores["quotes"]["gold"]) == (3, 4, 3)
    assert scores["quotes+speaker"]["tp"] == 2
    assert scores["quotes+speaker"]["p"] == 0.5
    # direct: both gold direct quotes found and attributed, nothing invented among directs
    assert scores["quotes_direct"]["f1"] == 1.0
    assert scores["quotes_direct+speaker"]["f1"] == 1.0
    # exact after trimming quote marks and punctuation: quotes 1 and 3 match exactly
    assert scores["quotes"]["exact_tp"] == 2
    wrong = [w for e in scorer.errors for w in e["wrong"]]
    assert [w["speaker"] for w in wrong] == ["the mayor"]


def test_quotes_speaker_through_entity_mention_and_missing_source():
    gold = [
        gold_quote("the march was illegal", "indirect", "Police"),
        gold_quote('"nobody was hurt."', "direct", None),
    ]
    ps = span(QTEXT, "Police")
    preds = [
        pred_quote(1, "the march was illegal", "indirect", "the force", speaker="e1"),
        pred_quote(2, "nobody was hurt", "direct", None),
    ]
    article = Article(
        id="a",
        text=QTEXT,
        quotes=preds,
        entities=[Entity(id="e1", name="the force", type="ORG", mentions=[ps])],
    )
    scorer = QuoteScorer()
    scorer.add(item(QTEXT, quotes=gold), article)
    assert scorer.finish()["quotes+speaker"].tp == 2


STEXT = (
    "“We will not leave the square,” said Ana Diaz, a teacher. “They can arrest all of us.”\n"
    "“Nobody was hurt today.”\n"
    "Another speaker disagreed."
)


def _seg(n, piece, speaker_span, cue="said", kind="direct"):
    s, e = span(STEXT, piece)
    return Quote(
        id=f"q{n}",
        kind=kind,
        start=s,
        end=e,
        text=STEXT[s:e],
        speaker_name="Ana Diaz",
        speaker_span=speaker_span,
        cue=cue,
        evidence=(0, len(STEXT)),
    )


def _gold_utterance():
    s, _ = span(STEXT, "We will not leave")
    _, e = span(STEXT, "arrest all of us.")
    ss, se = span(STEXT, "Ana Diaz")
    return {
        "start": s,
        "end": e,
        "kind": "direct",
        "speaker": "Ana Diaz",
        "speaker_start": ss,
        "speaker_end": se,
        "cue": "said",
    }


def _score(gold, preds):
    scorer = QuoteScorer()
    scorer.add(item(STEXT, quotes=gold), Article(id="a", text=STEXT, quotes=preds))
    return scorer.finish()


def test_quotes_segments_of_one_utterance_score_as_one_attribution():
    # PolNeAR: an interrupted quotation is one attribution spanning the cue;
    # tally links its segments through the same speaker mention and cue
    diaz = span(STEXT, "Ana Diaz")
    preds = [_seg(1, "We will not leave the square", diaz), _seg(2, "They can arrest all of us", diaz)]
    scores = _score([_gold_utterance()], preds)
    assert (scores["quotes"].tp, scores["quotes"].pred, scores["quotes"].gold) == (1, 1, 1)
    assert scores["quotes_direct+speaker"].f1 == 1.0
    assert group_segments(STEXT, preds) == [[0, 1]]


def test_quotes_joined_reported_and_quoted_segments_are_mixed():
    # reported words and a quotation through the same cue: content with quoted words
    diaz = span(STEXT, "Ana Diaz")
    preds = [
        _seg(1, "We will not leave the square", diaz, kind="indirect"),
        _seg(2, "They can arrest all of us", diaz),
    ]
    gold = dict(_gold_utterance(), kind="mixed")
    scores = _score([gold], preds)
    assert scores["quotes_direct"].tp == 1 and scores["quotes_direct"].pred == 1


def test_quotes_unlinked_segments_still_count_separately():
    # the second segment names its speaker through another mention: not linked
    preds = [
        _seg(1, "We will not leave the square", span(STEXT, "Ana Diaz")),
        _seg(2, "They can arrest all of us", span(STEXT, "a teacher")),
    ]
    scores = _score([_gold_utterance()], preds)
    assert (scores["quotes"].tp, scores["quotes"].pred) == (1, 2)


def test_quotes_segments_join_across_paragraphs_only_when_left_open():
    diaz = span(STEXT, "Ana Diaz")
    closed = [_seg(1, "They can arrest all of us", diaz), _seg(2, "Nobody was hurt today", diaz)]
    assert group_segments(STEXT, closed) == [[0], [1]]  # the first quote closes its paragraph
    text = "“We will stay, said Ana Diaz.\n“Nobody was hurt today.”"
    open_first = [
        Quote(
            id="q1",
            kind="direct",
            start=1,
            end=text.index("\n"),
            text=text[1 : text.index("\n")],
            speaker_span=(21, 29),
            cue="said",
            evidence=(0, len(text)),
        ),
        Quote(
            id="q2",
            kind="direct",
            start=text.index("Nobody"),
            end=len(text) - 1,
            text=text[text.index("Nobody") : -1],
            speaker_span=(21, 29),
            cue="said",
            evidence=(0, len(text)),
        ),
    ]
    assert group_segments(text, open_first) == [[0, 1]]


def test_quotes_failing_case_scores_zero():
    gold = [gold_quote("the march was illegal", "indirect", "Police")]
    preds = [pred_quote(1, "A spokesman denied it", "indirect", "Police")]
    scorer = QuoteScorer()
    scorer.add(item(QTEXT, quotes=gold), Article(id="a", text=QTEXT, quotes=preds))
    scores = scorer.finish()
    assert scores["quotes"].f1 == 0.0 and scores["quotes+speaker"].tp == 0
    assert scorer.errors[0]["missed"][0]["text"] == "the march was illegal"
    assert scorer.errors[0]["invented"][0]["text"] == "A spokesman denied it"


# --- toponyms -----------------------------------------------------------------------------

TTEXT = "Protests spread from Paris to Lyon and Springfield; French police stayed calm."


def topo(piece, lat, lon, kind=None):
    s, e = span(TTEXT, piece)
    out = {"start": s, "end": e, "name": piece, "lat": lat, "lon": lon}
    if kind:
        out["type"] = kind
    return out


def test_toponyms_recognition_and_resolution():
    gold = [
        topo("Paris", 48.8566, 2.3522),
        topo("Lyon", 45.764, 4.8357),
        topo("Springfield", None, None),
    ]
    places = [
        Place(id="p1", name="Paris", lat=48.86, lon=2.35, mentions=[span(TTEXT, "Paris")]),
        # resolved to the wrong Lyon, ~6,900 km away
        Place(id="p2", name="Lyon", lat=42.0, lon=-75.0, mentions=[span(TTEXT, "Lyon")]),
        Place(id="p3", name="Springfield", lat=39.8, lon=-89.6, mentions=[span(TTEXT, "Springfield")]),
        Place(id="p4", name="police", mentions=[span(TTEXT, "police")]),  # invented, no point
    ]
    scorer = ToponymScorer()
    scorer.add(item(TTEXT, toponyms=gold), Article(id="a", text=TTEXT, places=places))
    scores = {k: v.to_dict() for k, v in scorer.finish().items()}
    assert (scores["toponyms"]["tp"], scores["toponyms"]["pred"]) == (3, 4)
    assert scores["toponyms"]["r"] == 1.0 and scores["toponyms"]["p"] == 0.75
    km = scores["toponyms@161km"]
    # Springfield has no gold point: out of the distance task on both sides
    assert (km["tp"], km["pred"], km["gold"]) == (1, 3, 2)
    assert km["accuracy"] == 0.5
    assert km["median_km"] == pytest.approx(km["mean_km"])  # mean of two = median of two
    assert km["mean_km"] > 3000
    assert scorer.errors[0]["wrong"][0]["text"] == "Lyon"


def test_toponyms_unresolved_counts_as_largest_error_and_geowebnews_types():
    gold = [
        topo("Paris", 48.8566, 2.3522, "Literal"),
        topo("French", 46.0, 2.0, "Demonym"),
        topo("Lyon", 45.764, 4.8357, "Metonymic"),
    ]
    places = [
        Place(id="p1", name="Paris", mentions=[span(TTEXT, "Paris")]),
        Place(
            id="p2",
            name="France",
            lat=46.0,
            lon=2.0,
            mentions=[span(TTEXT, "French"), span(TTEXT, "Lyon")],
        ),
    ]
    scorer = ToponymScorer(typed=True)
    scorer.add(item(TTEXT, toponyms=gold), Article(id="a", text=TTEXT, places=places))
    scores = scorer.finish()
    # the demonym is not a toponym: predicting it is an invention
    assert (scores["toponyms"].tp, scores["toponyms"].pred, scores["toponyms"].gold) == (2, 3, 2)
    # literal only: the metonymic Lyon is ignored, not invented
    lit = scores["toponyms_literal"]
    assert (lit.tp, lit.pred, lit.gold) == (1, 2, 1)
    assert scores["toponyms@161km"].extra["unresolved"] == 1
    assert scores["toponyms@161km"].extra["mean_km"] > 10_000


# --- timex --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("1998-08-07", "1998-08-07", True),
        ("1998-08-07", "1998-08", False),  # coarser prediction: no truncation of gold
        ("1998-08", "1998-08-07", False),
        ("1998-08-07TEV", "1998-08-07", True),  # time part compared on its date
        ("1998-W5", "1998-W05", True),
        ("199X", "199X", True),
        ("PRESENT_REF", None, False),
    ],
)
def test_timex_value_rule(gold, pred, expected):
    assert values_equal(gold, pred) is expected


TXTEXT = "On Friday the talks, which lasted three days, ended; in August 1998 they resumed."


def test_timex_span_and_value_scores():
    def g(piece, kind, value):
        s, e = span(TXTEXT, piece)
        return {"start": s, "end": e, "text": piece, "type": kind, "value": value, "mod": None}

    def p(piece, value, gran):
        s, e = span(TXTEXT, piece)
        return DateMention(start=s, end=e, text=piece, value=value, granularity=gran)

    gold = [
        g("Friday", "DATE", "1998-08-07"),
        g("three days", "DURATION", "P3D"),
        g("August 1998", "DATE", "1998-08"),
    ]
    preds = [
        p("On Friday", "1998-08", "month"),  # span overlaps, value too coarse: wrong
        p("three days", None, None),
        p("August 1998", "1998-08", "month"),
    ]
    scorer = TimexScorer()
    scorer.add(item(TXTEXT, timex=gold), Article(id="a", text=TXTEXT, dates=preds))
    scores = {k: v.to_dict() for k, v in scorer.finish().items()}
    assert scores["timex"]["f1"] == 1.0
    assert scores["timex"]["exact_tp"] == 2  # "On Friday" ≠ "Friday" strictly
    value = scores["timex+value"]
    # the duration's prediction is not counted for values
    assert (value["tp"], value["pred"], value["gold"]) == (1, 2, 2)
    assert value["accuracy"] == 0.5
    assert scorer.errors[0]["wrong"][0]["gold_value"] == "1998-08-07"


# --- events -------------------------------------------------------------------------------

ETEXT = "Police arrested dozens of students in the capital."


def plover_gold(kind, mode=None, actors=(), targets=()):
    def role(piece):
        s, e = span(ETEXT, piece)
        return {"text": piece, "code": None, "sector": None, "start": s, "end": e}

    return {
        "events": [
            {
                "type": kind,
                "mode": mode,
                "actors": [role(a) for a in actors],
                "targets": [role(t) for t in targets],
            }
        ]
    }


def event(n, kind, trigger, mode=None, actor=None, target=None):
    return Event(
        id=f"v{n}",
        type=kind,
        mode=mode,
        actor_text=actor,
        target_text=target,
        trigger=span(ETEXT, trigger),
        evidence=(0, len(ETEXT)),
    )


def test_events_plover_type_mode_and_actors():
    scorer = PloverScorer()
    gold = plover_gold("COERCE", "arrest", actors=["Police"], targets=["dozens of students"])
    # two events: the first by position counts
    preds = [
        event(2, "ASSAULT", "students"),
        event(1, "COERCE", "arrested", "arrest", actor="Police", target="students"),
    ]
    scorer.add(item(ETEXT, **gold), Article(id="a", text=ETEXT, events=preds))
    # a sentence with no predicted event, and one of the wrong type
    scorer.add(item(ETEXT, **plover_gold("PROTEST")), Article(id="b", text=ETEXT))
    scorer.add(
        item(ETEXT, **plover_gold("PROTEST")),
        Article(id="c", text=ETEXT, events=[event(1, "COERCE", "arrested")]),
    )
    scores = scorer.finish()
    t = scores["event_type"]
    assert (t.tp, t.pred, t.gold) == (1, 2, 3)
    assert t.extra["accuracy"] == pytest.approx(1 / 3)
    # COERCE: p=1/2 r=1 f=2/3; PROTEST: p=0 r=0 f=0 -> macro 1/3
    assert t.extra["macro_f1"] == pytest.approx(1 / 3)
    assert (scores["event_mode"].tp, scores["event_mode"].gold) == (1, 1)
    assert scores["event_actor"].f1 == 1.0
    assert scores["event_target"].tp == 1  # "students" inside "dozens of students"


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ([("A", "A"), ("B", "B")], 1.0),
        ([("A", "B"), ("B", "A")], 0.0),
        ([("A", "none")], 0.0),
    ],
)
def test_events_macro_f1(labels, expected):
    assert macro_f1(labels) == expected


def test_events_rams_trigger_type_and_out_of_scope():
    assert plover_types_for("conflict.attack.bombing") == {"ASSAULT", "FIGHT"}
    assert plover_types_for("conflict.attack.stealrobhijack") == {"CRIME", "ASSAULT"}
    assert plover_types_for("contact.prevarication.broadcast") is None
    s, e = span(ETEXT, "arrested")
    ds, de = span(ETEXT, "dozens of students")
    gold = {
        "events": [
            {
                "type": "justice.arrestjaildetain.arrestjaildetain",
                "start": s,
                "end": e,
                "trigger": "arrested",
                "arguments": [
                    {"role": "jailer", "start": 0, "end": 6, "text": "Police"},
                    {"role": "detainee", "start": ds, "end": de, "text": "dozens of students"},
                ],
            }
        ]
    }
    scorer = RamsScorer()
    preds = [event(1, "COERCE", "arrested", actor="Police", target="the capital")]
    scorer.add(item(ETEXT, **gold), Article(id="a", text=ETEXT, events=preds))
    # wrong type on the right trigger
    scorer.add(item(ETEXT, **gold), Article(id="b", text=ETEXT, events=[event(1, "PROTEST", "arrested")]))
    scorer.add(
        item(
            ETEXT,
            events=[{"type": "contact.discussion.meet", "start": 0, "end": 6, "arguments": []}],
        ),
        Article(id="c", text=ETEXT),
    )
    scores = {k: v.to_dict() for k, v in scorer.finish().items()}
    assert scores["event_trigger"]["r"] == 1.0 and scores["event_trigger"]["p"] is None
    assert scores["event_trigger"]["out_of_scope"] == 1
    assert scores["event_type"]["tp"] == 1 and scores["event_type"]["accuracy"] == 0.5
    assert (scores["event_actor"]["tp"], scores["event_actor"]["pred"]) == (1, 1)
    assert (scores["event_target"]["tp"], scores["event_target"]["pred"]) == (0, 1)


def test_quotes_relative_pronoun_speaker_refers_to_the_phrase_before_it():
    from tally.evaluate.quotes import relative_antecedent, resolve_pronoun_speakers

    text = "The bill was backed by Ms. Vega and Mr. Osei, who said it would pass."
    at = text.index("who")
    assert relative_antecedent(text, at) == "Mr. Osei"
    apposition = "Lena Holt, the city's mayor, who spoke first, said so."
    assert relative_antecedent(apposition, apposition.index("who")) == "Lena Holt, the city's mayor"
    gold = [
        {"speaker": "Ms. Vega", "speaker_start": text.index("Ms. Vega")},
        {"speaker": "who", "speaker_start": at},
    ]
    assert resolve_pronoun_speakers(gold, text) == ["Ms. Vega", "Mr. Osei"]


def test_quotes_singular_pronoun_skips_plural_antecedents():
    from tally.evaluate.quotes import resolve_pronoun_speakers

    gold = [
        {"speaker": "Mayor Lena Holt", "speaker_start": 0},
        {"speaker": "the protesters", "speaker_start": 40},
        {"speaker": "she", "speaker_start": 80},
        {"speaker": "they", "speaker_start": 120},
    ]
    assert resolve_pronoun_speakers(gold) == [
        "Mayor Lena Holt",
        "the protesters",
        "Mayor Lena Holt",
        "the protesters",
    ]


def test_quotes_pronoun_antecedent_must_be_a_person_of_the_pronouns_gender():
    from tally.evaluate.quotes import agrees, resolve_pronoun_speakers, surname_genders

    assert not agrees("she", "a Donald Trump tweet")  # a document is not "she"
    assert not agrees("she", "The article")
    assert not agrees("he", "Melanie Ortiz")  # a first name given to women only
    assert not agrees("he", "Some Democrats")  # a capitalised plural of a noun for people
    assert agrees("he", "Rendell, a Clinton surrogate,")  # name and apposition
    assert agrees("she", "the nominee") and agrees("they", "a Donald Trump tweet")
    text = "Hillary Clinton spoke first. Mr. Osei answered. Clinton said more."
    surnames = surname_genders(text)
    assert surnames == {"Clinton": FEMALE_, "Osei": MALE_}
    assert agrees("she", "Clinton", surnames) and not agrees("he", "Clinton", surnames)
    gold = [
        {"speaker": "Ana Lopez", "speaker_start": 0},
        {"speaker": "a campaign tweet", "speaker_start": 40},
        {"speaker": "Kevin Walsh", "speaker_start": 60},
        {"speaker": "she", "speaker_start": 80},
    ]
    assert resolve_pronoun_speakers(gold)[3] == "Ana Lopez"


FEMALE_, MALE_ = "f", "m"
