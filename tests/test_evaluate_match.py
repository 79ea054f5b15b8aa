"""Matching, counting, distances and offset alignment of the eval harness, on hand-made spans."""

from __future__ import annotations

import math

import pytest

from tally.evaluate._base import score_spans, trim
from tally.evaluate.align import OffsetMap
from tally.evaluate.match import (
    TaskScore,
    haversine_km,
    match_spans,
    median,
    prf,
    spans_overlap,
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), True),
        ((0, 10), (5, 30), True),  # 5 of the shorter 10
        ((0, 10), (6, 30), False),  # 4 of the shorter 10
        ((10, 14), (0, 100), True),  # a short span inside a long one
        ((0, 10), (10, 20), False),  # touching, no shared character
        ((3, 3), (0, 10), False),  # an empty span carries no evidence
    ],
)
def test_match_overlap_is_half_of_the_shorter_span(a, b, expected):
    assert spans_overlap(a, b) is expected


def test_match_is_one_to_one_and_prefers_the_larger_overlap():
    gold = [(0, 10), (12, 20)]
    pred = [(0, 20)]  # covers both, may only count once
    assert match_spans(gold, pred) == [(0, 0)]
    # the better-fitting prediction wins the gold span, the other stays unmatched
    assert match_spans([(0, 10)], [(0, 6), (0, 10)]) == [(0, 1)]


def test_match_exact_needs_both_edges():
    assert match_spans([(0, 10)], [(0, 9)], mode="exact") == []
    assert match_spans([(0, 10)], [(0, 10)], mode="exact") == [(0, 0)]
    with pytest.raises(ValueError, match="matching mode"):
        match_spans([], [], mode="fuzzy")


def test_match_prf_handles_empty_denominators():
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0)
    p, r, f1 = prf(2, 4, 8)
    assert (p, r) == (0.5, 0.25)
    assert f1 == pytest.approx(1 / 3)


def test_match_task_score_json_shape_and_undefined_precision():
    score = TaskScore(tp=1, pred=2, gold=4, extra={"accuracy": 2 / 3})
    assert score.to_dict() == {
        "p": 0.5,
        "r": 0.25,
        "f1": 0.3333,
        "tp": 1,
        "pred": 2,
        "gold": 4,
        "accuracy": 0.6667,
    }
    score.precision_defined = False
    assert score.to_dict()["p"] is None and score.to_dict()["f1"] is None


def test_match_score_spans_ignores_predictions_on_out_of_task_gold():
    out = score_spans([(0, 5)], [(0, 5), (10, 15), (20, 25)], ignore=[(10, 16)])
    assert out.tp == 1 and out.ignored == [1] and out.invented == [2] and out.missed == []


def test_match_trim_drops_quote_marks_and_closing_punctuation():
    text = 'He said "we will stay," and left.'
    assert text[slice(*trim(text, (8, 22)))] == "we will stay"
    assert trim(text, (22, 23)) == (22, 23)  # nothing left: unchanged


def test_match_haversine_known_distances():
    assert haversine_km(0, 0, 0, 0) == 0
    # one degree of latitude ≈ 111.2 km
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.05)
    # Paris–London ≈ 344 km
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)


def test_match_median_even_and_odd():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    assert median([]) is None


def test_align_maps_offsets_across_removed_text():
    original = "Title line\n\n\n\nFirst para. Repeated.\n\nSecond para."
    cleaned = "Title line\n\nFirst para. Repeated.\n\nSecond para."
    omap = OffsetMap(original, cleaned)
    start = cleaned.index("Second")
    mapped = omap.span(start, start + len("Second para"))
    assert original[mapped[0] : mapped[1]] == "Second para"
    assert OffsetMap("same", "same").span(1, 3) == (1, 3)


def test_align_trimmed_text_is_a_shift():
    omap = OffsetMap("  \nHello world\n", "Hello world")
    assert omap.span(6, 11) == (9, 14)
