"""Round 40: a gold for event clusters (``tally eval clusters``) and common-noun groups that join.

The scorer maps gold mentions to tally's events and scores pairs of mentions from two articles
("same cluster") and B-cubed; a right clustering scores 1.0, a wrong one less. The linking change:
two outlets' common-noun groups ("police", "30 people") are two article entities, and no longer
keep two events apart when both articles put the event on a day and in a place below a province.
Texts are our own.
"""

from __future__ import annotations

import json

import pytest

from tally.evaluate import evaluate
from tally.evaluate.clusters import Mention, score_mentions
from tally.link.events import events_compatible
from tests._events import linked_clusters, own_entity, pinned_features

# -- the scorer, on hand-made mentions ----------------------------------------------------------


def _mentions(clusters: list[str], incidents: list[str], docs: list[str]) -> list[Mention]:
    return [
        Mention(doc=d, incident=i, span=(0, 1), event=f"e{n}", cluster=c)
        for n, (d, i, c) in enumerate(zip(docs, incidents, clusters, strict=True))
    ]


def test_a_right_clustering_scores_one():
    mentions = _mentions(["x", "x", "y", "y"], ["fire", "fire", "jail", "jail"], ["a", "b", "a", "b"])
    pairs, bcubed = score_mentions(mentions)
    assert (pairs.tp, pairs.pred, pairs.gold) == (2, 2, 2)
    assert pairs.f1 == 1.0 and bcubed.p == 1.0 and bcubed.r == 1.0


def test_a_split_lowers_recall_and_a_merge_lowers_precision():
    split = _mentions(["x", "z", "y", "y"], ["fire", "fire", "jail", "jail"], ["a", "b", "a", "b"])
    pairs, bcubed = score_mentions(split)
    assert pairs.p == 1.0 and pairs.r == 0.5 and bcubed.r < 1.0
    merged = _mentions(["x", "x", "x", "x"], ["fire", "fire", "jail", "jail"], ["a", "b", "a", "b"])
    pairs, bcubed = score_mentions(merged)
    # cross-article pairs only: (a fire, b fire), (a fire, b jail), (a jail, b fire), (a jail, b jail)
    assert (pairs.tp, pairs.pred, pairs.gold) == (2, 4, 2)
    assert pairs.p == 0.5 and bcubed.p == 0.5 and bcubed.r == 1.0


def test_unmatched_mentions_are_left_out_of_the_pairs():
    mentions = _mentions(["x", "x"], ["fire", "fire"], ["a", "b"])
    mentions.append(Mention(doc="c", incident="fire", span=(0, 1)))
    pairs, _ = score_mentions(mentions)
    assert (pairs.tp, pairs.pred, pairs.gold) == (1, 1, 1)


# -- the scorer, end to end: two articles of one incident --------------------------------------

_ONE = "Police detained 25 students in Yerevan on 10 May 2025 during a march against rent rises."
_TWO = "Police in the capital detained 25 students on 10 May 2025 in Yerevan, their union said."


def _line(doc: str, text: str, incident: str, word: str) -> dict:
    start = text.index(word)
    assert text[start : start + len(word)] == word
    mention = {"incident": incident, "start": start, "end": start + len(word), "text": word}
    return {"id": doc, "text": text, "published": "2025-05-11", "outlet": doc, "incidents": [mention]}


def _split(tmp_path, lines: list[dict]) -> None:
    folder = tmp_path / "clusters"
    folder.mkdir(exist_ok=True)
    with (folder / "t.jsonl").open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line) + "\n")


@pytest.mark.model
def test_eval_clusters_scores_two_reports_of_one_detention_as_one(tmp_path):
    _split(tmp_path, [_line("one", _ONE, "yerevan", "detained"), _line("two", _TWO, "yerevan", "detained")])
    result = evaluate("clusters", root=tmp_path, split="t").to_dict()
    assert result["tasks"]["mentions"]["tp"] == 2
    assert result["tasks"]["pairs"]["f1"] == 1.0
    assert result["tasks"]["bcubed"]["f1"] == 1.0


@pytest.mark.model
def test_eval_clusters_counts_a_merge_of_two_incidents_as_wrong(tmp_path):
    # the same two texts, but gold says two incidents: tally's one cluster is a wrong pair
    _split(tmp_path, [_line("one", _ONE, "first", "detained"), _line("two", _TWO, "second", "detained")])
    result = evaluate("clusters", root=tmp_path, split="t").to_dict()
    assert result["tasks"]["pairs"]["p"] == 0.0
    assert result["tasks"]["bcubed"]["p"] == 0.5


# -- the linking change -------------------------------------------------------------------------


def _features(**over):
    return pinned_features("COERCE", "detain", ["AM", "Yerevan", "616052"], "2025-05-10", **over)


def test_common_noun_groups_of_pinned_events_join():
    one, two = _features(), _features(actor="b:e1", target="b:e2")
    assert events_compatible(one, two, own_entity)


def test_guard_groups_keep_events_apart_when_one_is_not_pinned():
    one, two = _features(), _features(actor="b:e1", target="b:e2", pinned=False)
    assert not events_compatible(one, two, own_entity)


def test_guard_a_named_actor_still_keeps_events_apart():
    one, two = _features(actor_group=False), _features(actor="b:e1", target="b:e2")
    assert not events_compatible(one, two, own_entity)


def test_guard_groups_on_two_sides_stay_apart():
    one, two = _features(), _features(actor="b:e1", target="b:e2", actor_side="people")
    assert not events_compatible(one, two, own_entity)


def _clusters(tmp_path, texts: list[str], kind: str):
    return [c for c in linked_clusters(tmp_path / "groups.db", texts, "2025-05-11") if c.type == kind]


@pytest.mark.model
def test_two_outlets_police_detaining_people_in_one_city_on_one_day_are_one_event(tmp_path):
    clusters = _clusters(tmp_path, [_ONE, _TWO], "COERCE")
    assert [len(c.events) for c in clusters] == [2]


@pytest.mark.model
def test_guard_detentions_without_a_place_stay_apart(tmp_path):
    # no place below the country in either: the groups still keep them apart
    clusters = _clusters(
        tmp_path,
        [
            "Police detained 25 students on 10 May 2025 during a march against rent rises.",
            "About 40 workers were detained by police on 10 May 2025, their union said.",
        ],
        "COERCE",
    )
    assert sorted(len(c.events) for c in clusters) == [1, 1]
