"""Round 40: the rows of the ACLED export scored against a same-event gold, and a month-dated report
of a demonstration's dispersal joining the demonstration its own article dates to the day.

``tally eval clusters`` maps each gold mention to the export row holding its event's cluster
(task ``acled_rows``: pairs "in one row" against "one ACLED event", split and merged events) and
compares the rows' fatalities with the gold's conservative count per event and per country
(task ``fatalities``). Texts are our own.
"""

from __future__ import annotations

import json

import pytest

from tally.evaluate import evaluate
from tally.evaluate.clusters import Mention, score_fatalities, score_rows
from tally.export.acled import _merge_same_events
from tests._acled_rows import export_row

# -- the scorer, on hand-made mentions and rows -------------------------------------------------


def _placed(rows: list[int | None], units: list[str], docs: list[str], **over) -> list[Mention]:
    return [
        Mention(doc=d, incident=u, span=(0, 1), event="e", cluster="c", acled_event=u, row=r, **over)
        for d, u, r in zip(docs, units, rows, strict=True)
    ]


def test_rows_right_grouping_scores_one():
    mentions = _placed([0, 0, 1, 1], ["march", "march", "jail", "jail"], ["a", "b", "a", "b"])
    rows = score_rows(mentions)
    assert (rows.tp, rows.pred, rows.gold) == (2, 2, 2) and rows.f1 == 1.0
    assert rows.extra["events_split"] == 0 and rows.extra["rows_merging"] == 0


def test_rows_a_split_event_and_a_merging_row_are_counted():
    split = score_rows(_placed([0, 1, 2, 2], ["march", "march", "jail", "jail"], ["a", "b", "a", "b"]))
    assert split.p == 1.0 and split.r == 0.5 and split.extra["events_split"] == 1
    merged = score_rows(_placed([0, 0, 0, 0], ["march", "march", "jail", "jail"], ["a", "b", "a", "b"]))
    # pairs in one article count too: a march and its arrests told by one report are one row
    assert (merged.tp, merged.pred, merged.gold) == (2, 6, 2) and merged.extra["rows_merging"] == 1


def test_rows_a_background_incident_in_a_row_is_counted():
    mentions = _placed([0], ["old"], ["a"], background=True)
    assert score_rows(mentions).extra["background_rows"] == 1


def test_fatalities_per_event_and_country_against_the_rows():
    mentions = _placed([0, 0, 1], ["kisumu", "kisumu", "nakuru"], ["a", "b", "a"], country="KE")
    mentions[0].fatalities = mentions[1].fatalities = 12
    mentions.append(
        Mention(doc="c", incident="old", span=(0, 1), fatalities=40, background=True, country="KE")
    )
    rows = [{"country": "Kenya", "fatalities": 15}, {"country": "Kenya", "fatalities": 0}]
    score, wrong = score_fatalities(mentions, rows)
    assert (score.tp, score.pred, score.gold) == (1, 2, 2)  # nakuru right (0), kisumu wrong (15 for 12)
    assert wrong == {"kisumu": [12, 15]}
    assert score.extra["by_country"] == {"KE": [12, 15]}  # the background's 40 is no gold of the export
    assert score.extra["abs_error"] == 3


# -- the scorer, end to end: one killing in two reports with two tolls -------------------------

_LOW = (
    "Police opened fire on a march in Kisumu on 3 March 2025, killing 12 people, the interior ministry said."
)
_HIGH = "At least 15 people were killed when police opened fire on a march in Kisumu on 3 March 2025, a rights group said."


def _line(doc: str, text: str, word: str) -> dict:
    start = text.index(word)
    assert text[start : start + len(word)] == word
    mention = {
        "incident": "kisumu-force",
        "start": start,
        "end": start + len(word),
        "text": word,
        "fatalities": 12,
        "acled_event": "kisumu",
        "country": "KE",
    }
    return {"id": doc, "text": text, "published": "2025-03-04", "outlet": doc, "incidents": [mention]}


@pytest.mark.model
def test_eval_clusters_scores_two_tolls_of_one_killing_as_one_row_of_the_lower(tmp_path):
    folder = tmp_path / "clusters"
    folder.mkdir()
    with (folder / "t.jsonl").open("w", encoding="utf-8") as handle:
        for line in (_line("Ministry Wire", _LOW, "opened fire"), _line("Rights Watch", _HIGH, "killed")):
            handle.write(json.dumps(line) + "\n")
    tasks = evaluate("clusters", root=tmp_path, split="t").to_dict()["tasks"]
    assert tasks["acled_rows"]["f1"] == 1.0 and tasks["acled_rows"]["rows_merging"] == 0
    assert tasks["acled_rows"]["events_split"] == 0
    assert tasks["fatalities"]["tp"] == 1
    assert tasks["fatalities"]["by_country"] == {"KE": [12, 12]}


# -- the export change: a month-dated dispersal joins the day its article dates --------------------


def _dispersal(**over) -> dict:
    values = {
        "event_date": "2026-03-01",
        "time_precision": 3,
        "sub_event_type": "Excessive force against protesters",
        "disorder_type": "Political violence; Demonstrations",
        "actor1": "Police Forces of Kenya",
        "inter1": 1,
        "actor2": "Protesters (Kenya)",
        "inter2": 6,
        "location": "Kenya",
        "tally_cluster": "x2",
        "_docs": {"a"},
        "_period": "2026-03",
    }
    return export_row(**(values | over))


def _march(**over) -> dict:
    return export_row(
        **(
            {"sub_event_type": "Protest with intervention", "_docs": {"a", "b"}, "_period": "2026-03-02"}
            | over
        )
    )


def test_a_month_dated_dispersal_joins_the_march_its_article_dates():
    merged = _merge_same_events([_march(), _dispersal()])
    assert [r["tally_cluster"] for r in merged] == ["x1 x2"]
    assert merged[0]["sub_event_type"] == "Excessive force against protesters"  # the most severe
    assert merged[0]["_docs"] == {"a", "b"}


def test_guard_no_shared_article_keeps_the_rows_apart():
    assert len(_merge_same_events([_march(), _dispersal(_docs={"c"})])) == 2


def test_guard_two_marches_that_month_keep_the_rows_apart():
    rows = [_march(), _march(event_date="2026-03-09", tally_cluster="x3", location="Nakuru"), _dispersal()]
    assert len(_merge_same_events(rows)) == 3


def test_guard_a_year_another_month_a_town_or_arrests_keep_the_rows_apart():
    assert len(_merge_same_events([_march(), _dispersal(_period="2026")])) == 2
    assert len(_merge_same_events([_march(), _dispersal(_period="2026-04", event_date="2026-04-01")])) == 2
    assert len(_merge_same_events([_march(), _dispersal(location="Nakuru")])) == 2
    arrests = _dispersal(sub_event_type="Arrests", event_type="Strategic developments")
    assert len(_merge_same_events([_march(), arrests])) == 2


def test_guard_a_report_naming_other_towns_keeps_the_rows_apart():
    # "security forces have arrested 2,400 people since February 1": a report of the whole country
    assert len(_merge_same_events([_march(), _dispersal(_towns={"Kisumu", "Nakuru"})])) == 2
    assert len(_merge_same_events([_march(), _dispersal(_towns={"Kisumu"})])) == 1
