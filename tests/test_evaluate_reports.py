"""``tally eval reports``: each task's matching rule on a hand-made article, the command, the gate.

The article and its gold are written here (invented town, people and
numbers), not taken from any gold set or news story. Each rule has a case
that must fail: a wrong category, a wrong source, a wrong speaker, a date
whose value is off.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tally.cli.measure import eval_command
from tally.errors import ConfigError
from tally.evaluate import baseline as gate
from tally.evaluate import evaluate
from tally.evaluate.gold import GoldItem, default_split, repo_eval_dir, root_for
from tally.evaluate.reports import (
    ReportScorer,
    content_words,
    names_outlet,
    share_content_word,
    text_start_key,
)
from tally.records import Article, DateMention, Entity, Figure, Place, Quote

TEXT = (
    "MARLOW BAY — Harbour police detained 14 dock workers on Tuesday, the port authority said.\n"
    "At least 3 people died in the scuffles, according to the Tidewater Workers Union. "
    "Another 20 were hurt.\n"
    'Mayor Ilse Brandt said "nobody will be punished for asking to be paid on time, not in Marlow Bay." '
    'The union called the arrests "a warning to every crew on the quay."\n'
    "Workers in Kestrel Point want talks by March 9; the last strike was in May 2023.\n"
)

OUTLET = "Harbour Wire"

GOLD = {
    "id": "hand-report-1",
    "title": "Dock workers detained in Marlow Bay",
    "text": TEXT,
    "published": "2024-05-16",
    "outlet": OUTLET,
    "url": None,
    "figures": [
        {
            "value": 14,
            "value_max": None,
            "qualifier": "exact",
            "category": "detained",
            "asserted_by": "the port authority",
            "evidence": "detained 14 dock workers",
        },
        {
            "value": 3,
            "value_max": None,
            "qualifier": "at_least",
            "category": "killed",
            "asserted_by": "the Tidewater Workers Union",
            "evidence": "At least 3 people died",
        },
        {
            "value": 20,
            "value_max": None,
            "qualifier": "exact",
            "category": "injured",
            "asserted_by": OUTLET,
            "evidence": "Another 20 were hurt",
        },
    ],  # fmt: skip
    "quotes": [
        {
            "kind": "direct",
            "speaker": "Ilse Brandt",
            "text_start": "nobody will be punished for asking to be paid on time",
        },
        {
            "kind": "mixed",
            "speaker": "the Tidewater Workers Union",
            "text_start": "a warning to every crew on the quay",
        },
    ],  # fmt: skip
    "places": ["MARLOW BAY", "Kestrel Point"],
    "dates": [
        {"text": "Tuesday", "value": "2024-05-14"},
        {"text": "March 9", "value": "2025-03-09"},
        {"text": "May 2023", "value": "2023-05"},
    ],
}


def at(piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(piece, start + 1)
    return start, start + len(piece)


def entity(eid: str, name: str, kind: str = "ORG", aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(id=eid, name=name, type=kind, aliases=list(aliases))  # type: ignore[arg-type]


def figure(fid: str, piece: str, value: float, category: str, *, asserted=(), confirmed=()) -> Figure:
    s, e = at(piece)
    return Figure(
        id=fid,
        value=value,
        category=category,  # type: ignore[arg-type]
        start=s,
        end=e,
        text=piece,
        asserted_by=list(asserted),
        confirmed_by=list(confirmed),
        evidence=(0, len(TEXT)),
    )


def quote(qid: str, piece: str, kind: str, *, speaker=None, speaker_name=None, speaker_span=None, cue=None):
    s, e = at(piece)
    return Quote(
        id=qid,
        kind=kind,  # type: ignore[arg-type]
        start=s,
        end=e,
        text=piece,
        speaker=speaker,
        speaker_name=speaker_name,
        speaker_span=speaker_span,
        cue=cue,
        evidence=(0, len(TEXT)),
    )


def date(piece: str, value: str | None, nth: int = 0) -> DateMention:
    s, e = at(piece, nth)
    return DateMention(start=s, end=e, text=piece, value=value)


def place(pid: str, name: str, *pieces: str) -> Place:
    return Place(id=pid, name=name, mentions=[at(p) for p in pieces])


ENTITIES = [
    entity("e1", "Port Authority", aliases=("the port authority",)),
    entity("e2", "Harbour police", kind="GROUP"),
    entity("e3", "Ilse Brandt", kind="PERSON", aliases=("Brandt",)),
    entity("e4", "Tidewater Workers Union", aliases=("The union",)),
]


def hand_article(text: str = TEXT, **fields) -> Article:
    """What a system could say about TEXT: right, wrong and invented records of each kind."""
    records = {
        "entities": ENTITIES,
        "figures": [
            figure("f1", "14 dock workers", 14, "detained", asserted=["e1"]),  # all right
            figure("f2", "3 people", 3, "deaths", asserted=["e2"]),  # value only
            figure("f3", "20", 20, "injured"),  # unattributed: the outlet's own
            figure("f4", "9", 9, "protesters"),  # invented
        ],
        "quotes": [
            quote(
                "q1",
                "nobody will be punished for asking to be paid on time, not in Marlow Bay.",
                "direct",
                speaker="e3",
                speaker_name="Mayor Ilse Brandt",
            ),
            quote(
                "q2",
                "a warning to every crew on the quay.",
                "mixed",
                speaker="e2",
                speaker_name="Harbour police",
            ),  # wrong speaker
            quote("q3", "want talks by March 9", "indirect", speaker_name="Workers"),  # not a prediction
        ],  # fmt: skip
        "places": [
            place("p1", "Marlow Bay", "MARLOW BAY", "Marlow Bay"),  # dateline and body: one name
            place("p2", "Kestrel Point", "Kestrel Point"),
            place("p3", "Tidewater", "Tidewater"),  # invented
        ],
        "dates": [
            date("Tuesday", "2024-05-14"),
            date("Tuesday", "2024-05-14"),  # the same (text, value) again: one prediction
            date("March 9", "2024-03-09"),  # wrong year
            date("May", "2023-05", nth=0),  # inside "May 2023", same value
        ],
    }
    records.update(fields)
    return Article(id="a", text=text, **records)


def gold_item(**changes) -> GoldItem:
    data = {**GOLD, **changes}
    return GoldItem(id=data["id"], text=data["text"], date=data["published"], title=data["title"], data=data)


def score(article: Article | None = None, **changes) -> dict[str, dict]:
    scorer = ReportScorer()
    scorer.add(gold_item(**changes), article or hand_article())
    scorer.finish()
    return {task: s.to_dict() for task, s in scorer.scores.items()} | {"_errors": scorer.errors}


def counts(scores: dict, task: str) -> tuple[int, int, int]:
    return scores[task]["tp"], scores[task]["pred"], scores[task]["gold"]


def test_reports_gold_strings_are_in_the_text():
    for f in GOLD["figures"]:
        assert f["evidence"] in TEXT
    for q in GOLD["quotes"]:
        assert q["text_start"] in TEXT
    for p in GOLD["places"]:
        assert p in TEXT
    for d in GOLD["dates"]:
        assert d["text"] in TEXT


# --- content words ------------------------------------------------------------------------


def test_reports_content_words_drop_function_reporting_words_and_countries():
    assert content_words("three Iranian interior ministry officials, according to Reuters") == {
        "interior",
        "ministry",
        "officials",
        "reuters",
    }
    assert content_words("the United States") == set()
    assert content_words("U.S. officials said") == {"officials"}
    assert share_content_word("the Iranian interior ministry", ["Iran's interior ministry"])
    assert not share_content_word("the Iranian government", ["Iran"])  # only the country in common
    assert not share_content_word("officials told reporters", ["they said"])
    assert names_outlet("Voice of America", "VOA") and names_outlet("VOA", "VOA")
    assert not names_outlet("Reuters", "VOA")


# --- figures ------------------------------------------------------------------------------


def test_reports_figures_value_category_and_source():
    scores = score()
    assert counts(scores, "figures") == (3, 4, 3)
    assert counts(scores, "figures+category") == (2, 4, 3)  # 3 "deaths" is not "killed"
    assert counts(scores, "figures+source") == (2, 4, 3)  # police is not the union; 20 is the outlet's


def test_reports_figures_wrong_value_is_missed_and_invented():
    article = hand_article(figures=[figure("f1", "14 dock workers", 15, "detained", asserted=["e1"])])
    scores = score(article)
    assert counts(scores, "figures") == (0, 1, 3)
    errors = next(e for e in scores["_errors"] if e["task"] == "figures")
    assert [m["value"] for m in errors["missed"]] == [14, 3, 20]
    assert [i["value"] for i in errors["invented"]] == [15]


def test_reports_figures_outlet_source_takes_no_source_or_the_outlet():
    for sources, right in (
        ({}, True),  # nothing attributes it: tally leaves the sources empty
        ({"asserted": ["e9"]}, True),  # the outlet named as an entity
        ({"confirmed": ["e4"]}, False),  # somebody else
    ):
        article = hand_article(
            entities=[*ENTITIES, entity("e9", "Harbour Wire", kind="MEDIA")],
            figures=[figure("f3", "20", 20, "injured", **sources)],
        )
        assert counts(score(article), "figures+source")[0] == int(right), sources
    # a gold source left empty means the same as the outlet
    gold = [{**GOLD["figures"][2], "asserted_by": None}]
    article = hand_article(figures=[figure("f3", "20", 20, "injured")])
    assert counts(score(article, figures=gold), "figures+source") == (1, 1, 1)


def test_reports_figures_gold_source_sharing_a_word_with_the_outlet_still_takes_its_own_name():
    """A gold source that shares a word with the outlet ("Harbour police chief Ilse Brandt" in
    Harbour Wire) reads as the outlet's own, so no source is right; the name it gives is right too,
    as ANNOTATION.md's rule for every source says (a shared content word), and another is not."""
    gold = [{**GOLD["figures"][2], "asserted_by": "Harbour police chief Ilse Brandt"}]
    for sources, right in (({}, True), ({"asserted": ["e3"]}, True), ({"asserted": ["e4"]}, False)):
        article = hand_article(figures=[figure("f3", "20", 20, "injured", **sources)])
        assert counts(score(article, figures=gold), "figures+source")[0] == int(right), sources


def test_reports_figures_source_through_confirmed_by_and_aliases():
    article = hand_article(figures=[figure("f2", "3 people", 3, "killed", confirmed=["e4"])])
    assert counts(score(article), "figures+source")[0] == 1
    # "Workers" alone is a content word the union and a workers' group share
    article = hand_article(
        entities=[*ENTITIES, entity("e5", "workers", kind="GROUP")],
        figures=[figure("f2", "3 people", 3, "killed", asserted=["e5"])],
    )
    assert counts(score(article), "figures+source")[0] == 1


def test_reports_figures_one_to_one_and_best_pairing_per_task():
    # two gold 3s of different categories, two predicted 3s: each task pairs them its own way
    gold = [
        {**GOLD["figures"][1], "category": "killed"},
        {**GOLD["figures"][1], "category": "injured", "asserted_by": "the port authority"},
    ]
    article = hand_article(
        figures=[
            figure("a", "3 people", 3, "injured", asserted=["e4"]),
            figure("b", "3 people", 3, "killed", asserted=["e1"]),
        ]
    )
    scores = score(article, figures=gold)
    assert counts(scores, "figures") == (2, 2, 2)
    assert counts(scores, "figures+category") == (2, 2, 2)
    assert counts(scores, "figures+source") == (2, 2, 2)
    # one prediction cannot earn two gold items
    article = hand_article(figures=[figure("a", "3 people", 3, "killed", asserted=["e4"])])
    assert counts(score(article, figures=gold), "figures") == (1, 1, 2)


# --- quotes -------------------------------------------------------------------------------


def test_reports_quotes_text_start_and_speaker():
    scores = score()
    assert counts(scores, "quotes") == (2, 2, 2)  # the indirect prediction is not counted
    assert counts(scores, "quotes+speaker") == (1, 2, 2)  # police did not say the union's words
    errors = next(e for e in scores["_errors"] if e["task"] == "quotes")
    assert [w["gold_speaker"] for w in errors["wrong"]] == ["the Tidewater Workers Union"]


def test_reports_quotes_text_start_is_cut_to_40_characters_and_ignores_marks_and_case():
    assert text_start_key("“Nobody  will be punished for asking to be paid on time") == (
        "nobody will be punished for asking to be"
    )
    # the prediction stops after 40 characters of the gold start: still a match
    short = quote("q1", "nobody will be punished for asking to be paid", "direct", speaker="e3")
    assert counts(score(hand_article(quotes=[short])), "quotes+speaker") == (1, 1, 2)
    # but not when it stops before them
    shorter = quote("q1", "nobody will be punished", "direct", speaker="e3")
    assert counts(score(hand_article(quotes=[shorter])), "quotes") == (0, 1, 2)


def test_reports_quotes_speaker_from_the_surface_text_and_none_for_none():
    by_name = quote("q1", "nobody will be punished for asking to be paid on time, not in Marlow Bay.",
                    "direct", speaker_name="Brandt")  # fmt: skip
    assert counts(score(hand_article(quotes=[by_name])), "quotes+speaker")[0] == 1
    gold = [{**GOLD["quotes"][0], "speaker": None}]
    assert counts(score(hand_article(quotes=[by_name]), quotes=gold), "quotes+speaker") == (0, 1, 1)
    anonymous = by_name.model_copy(update={"speaker_name": None})
    assert counts(score(hand_article(quotes=[anonymous]), quotes=gold), "quotes+speaker") == (1, 1, 1)


def test_reports_quotes_other_segments_of_a_matched_utterance_are_not_counted():
    text = 'Ilse Brandt said "we stay open," and then "the quay belongs to all of us."\n'
    first, second = "we stay open,", "the quay belongs to all of us."
    records = [
        Quote(id=f"q{i}", kind="direct", start=text.index(p), end=text.index(p) + len(p), text=p,
              speaker="e3", speaker_span=(0, 11), cue="said", evidence=(0, len(text)))
        for i, p in enumerate((first, second))
    ]  # fmt: skip
    gold = [{"kind": "direct", "speaker": "Ilse Brandt", "text_start": "we stay open"}]
    article = Article(id="a", text=text, entities=ENTITIES, quotes=records)
    scores = score(article, text=text, quotes=gold, figures=[], places=[], dates=[])
    assert counts(scores, "quotes") == (1, 1, 1)
    # listed apart in the gold, each segment is a match of its own
    gold.append({"kind": "direct", "speaker": "Ilse Brandt", "text_start": "the quay belongs to all of us"})
    scores = score(article, text=text, quotes=gold, figures=[], places=[], dates=[])
    assert counts(scores, "quotes+speaker") == (2, 2, 2)


# --- places -------------------------------------------------------------------------------


def test_reports_places_equal_a_mention_or_the_name_case_ignored():
    scores = score()
    assert counts(scores, "places") == (2, 3, 2)
    errors = next(e for e in scores["_errors"] if e["task"] == "places")
    assert errors["invented"] == [{"text": "Tidewater", "name": "Tidewater"}]
    # the resolved name counts too; a longer string does not
    named = hand_article(places=[place("p2", "Kestrel Point", "Kestrel")])
    assert counts(score(named), "places") == (1, 1, 2)
    longer = hand_article(places=[place("p2", "Kestrel", "Kestrel")])
    assert counts(score(longer), "places") == (0, 1, 2)


# --- dates --------------------------------------------------------------------------------


def test_reports_dates_text_containment_and_same_value():
    scores = score()
    assert counts(scores, "dates+value") == (2, 3, 3)  # March 9 has the wrong year
    assert scores["dates+value"]["matched"] == 3
    assert scores["dates+value"]["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    errors = next(e for e in scores["_errors"] if e["task"] == "dates")
    assert errors["wrong"] == [
        {"text": "March 9", "value": "2024-03-09", "gold_text": "March 9", "gold_value": "2025-03-09"}
    ]
    assert errors["missed"] == errors["invented"] == []
    # a predicted text around the gold one
    around = hand_article(dates=[date("on Tuesday", "2024-05-14")])
    assert counts(score(around), "dates+value") == (1, 1, 3)
    # containment is not enough: the values must agree
    year_only = hand_article(dates=[date("2023", "2023")])
    assert counts(score(year_only), "dates+value") == (0, 1, 3)


# --- evaluate(), the command, the gate ----------------------------------------------------


def write_gold(root: Path, *splits: str) -> Path:
    (root / "reports").mkdir(parents=True, exist_ok=True)
    for split in splits:
        (root / "reports" / f"{split}.jsonl").write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return root


def fake_analyze(text: str, *, published: str | None = None, title: str | None = None) -> Article:
    assert published == "2024-05-16" and title == GOLD["title"]
    return hand_article(text)


def test_reports_default_root_is_the_checkout_eval_folder_and_split_tune():
    here = Path(__file__).resolve().parent.parent / "eval"
    assert repo_eval_dir() == here
    assert root_for("reports") == here and root_for("reports", Path("/x")) == Path("/x")
    assert default_split("reports") == "tune" and default_split("polnear") == "dev"


def test_reports_missing_gold_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ConfigError, match=r"reports/check\.jsonl not found"):
        evaluate("reports", root=tmp_path, split="check", analyze=fake_analyze)
    write_gold(tmp_path, "tune")
    result = evaluate("reports", root=tmp_path, analyze=fake_analyze)
    assert (result.set, result.split, result.items) == ("reports", "tune", 1)
    assert list(result.tasks) == [
        "figures",
        "figures+category",
        "figures+source",
        "quotes",
        "quotes+speaker",
        "places",
        "dates+value",
    ]


@pytest.fixture
def app() -> click.Group:
    group = click.Group()
    group.add_command(eval_command)
    return group


def test_reports_cli_json_errors_and_split(app, tmp_path: Path, monkeypatch):
    import tally.evaluate.runner as runner

    write_gold(tmp_path, "tune", "check")
    seen = []

    def pipeline(items, listing=True):
        for item in items:
            seen.append((item.title, item.data.get("outlet")))
            yield hand_article(item.text)

    monkeypatch.setattr(runner, "_with_pipeline", pipeline)
    outcome = CliRunner().invoke(app, ["eval", "reports", "--root", str(tmp_path), "--json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert (data["split"], data["items"]) == ("tune", 1)
    assert data["tasks"]["figures+source"]["tp"] == 2
    assert seen == [(GOLD["title"], OUTLET)]
    check = CliRunner().invoke(
        app, ["eval", "reports", "--root", str(tmp_path), "--split", "check", "--limit", "1", "--errors"]
    )
    assert check.exit_code == 0, check.output
    assert "reports (check, 1 items)" in check.output
    assert "gold_value" in check.output and "Tidewater" in check.output
    missing = CliRunner().invoke(app, ["eval", "reports", "--root", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "tune.jsonl not found" in missing.output


def test_reports_gate_measures_both_splits_and_pins_them(tmp_path: Path):
    local = write_gold(tmp_path / "eval", "tune", "check")
    keys = ["reports", "reports/check"]
    assert gate.measured_keys(local_root=tmp_path / "nothing") == list(gate.GATE_SLICES)
    assert gate.measured_keys(local_root=local)[-2:] == keys
    results = gate.measure(sets=keys, analyze=fake_analyze, local_root=local)
    assert {k: r.split for k, r in results.items()} == {"reports": "tune", "reports/check": "check"}
    digests = {k: gate.slice_digest(k, local_root=local) for k in keys}
    pinned = gate.build_baseline(results, digests=digests, installed={"quotes", "figures", "places", "dates"})
    entry = pinned["sets"]["reports/check"]
    assert (entry["split"], entry["limit"]) == ("check", 1)
    assert entry["tasks"]["figures+source"] == {"score": pytest.approx(4 / 7, abs=1e-4), "gated": True}
    assert gate.check_gate(results, pinned, digests=digests) == []
    # a broken extractor trips both splits
    worse = gate.measure(
        sets=keys, analyze=lambda text, **_: hand_article(text, quotes=[], dates=[]), local_root=local
    )
    failed = {f.split(": ")[0].rsplit("/", 1)[0] for f in gate.check_gate(worse, pinned)}
    assert failed == set(keys)
    # pinned but no longer measured (the gold file went away)
    assert gate.check_gate({}, pinned, complete=True) == [
        f"{k}: has floors but was not measured (is its gold file there?)" for k in keys
    ]


def test_gate_scores_the_wikinews_gold_from_its_own_folder(tmp_path: Path):
    local = write_gold(tmp_path / "eval", "tune")
    assert "reports_wikinews" not in gate.measured_keys(local_root=local)
    write_gold(local / "reports_wikinews", "tune", "check")
    keys = gate.measured_keys(local_root=local)
    assert keys[-3:] == ["reports", "reports_wikinews", "reports_wikinews/check"]
    assert gate.slice_root("reports_wikinews/check", local_root=local) == local / "reports_wikinews"
    results = gate.measure(sets=keys[-2:], analyze=fake_analyze, local_root=local)
    assert {k: (r.split, r.items) for k, r in results.items()} == {
        "reports_wikinews": ("tune", 1),
        "reports_wikinews/check": ("check", 1),
    }


@pytest.mark.model
def test_reports_pipeline_runs_on_a_gold_file(tmp_path: Path):
    from tally.evaluate.gold import load_gold
    from tally.evaluate.runner import analyze_items

    write_gold(tmp_path, "tune")
    result = evaluate("reports", root=tmp_path)
    assert result.items == 1 and result.skipped == []
    assert result.tasks["dates+value"].gold == 3
    assert result.tasks["places"].gold == 2
    (article,) = analyze_items(load_gold("reports", root=tmp_path, split="tune"))
    assert article is not None
    assert (article.source.outlet, article.source.title) == (OUTLET, GOLD["title"])
    assert article.source.published == "2024-05-16"


def test_reports_a_month_or_year_publication_date_reaches_tally():
    # ANNOTATION.md: ``published`` may be a day, a month or a year; tally resolves
    # "November last year" against a month, so the scorer must not drop it
    assert gold_item(published="2020-06").published == "2020-06"
    assert gold_item(published="2020").published == "2020"
    assert gold_item(published="2020-06-03").published == "2020-06-03"
    assert gold_item(published="June 2020").published is None
