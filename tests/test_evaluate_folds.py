"""PLOVER cross-validation: stable folds, plain and held-out scores from hand-built articles."""

from __future__ import annotations

from tally.evaluate.folds import cross_validate, fold_of, trigger_key
from tally.evaluate.gold import GoldItem
from tally.records import Article, Event


def _item(n: int, text: str, kind: str) -> GoldItem:
    data = {"id": f"x{n}", "text": text, "events": [{"type": kind, "actors": [], "targets": []}]}
    return GoldItem(id=f"x{n}", text=text, date=None, title=None, data=data)


def _article(text: str, trigger: str, kind: str) -> Article:
    start = text.index(trigger)
    event = Event(id="v1", type=kind, trigger=(start, start + len(trigger)), evidence=(0, len(text)))
    return Article(id="a", text=text, events=[event])


def test_fold_of_is_stable_and_spreads_items():
    assert fold_of("PLOVER-1", 5) == fold_of("PLOVER-1", 5)
    folds = {fold_of(f"id-{n}", 5) for n in range(100)}
    assert folds == {0, 1, 2, 3, 4}


def test_trigger_key_joins_inflections():
    a = _article("Police arrested ten men.", "arrested", "COERCE")
    b = _article("Troops arrests two.", "arrests", "COERCE")
    assert trigger_key(a) == trigger_key(b) == "COERCE:arrest"


def test_a_rule_right_in_one_fold_only_is_removed_from_that_folds_held_out_score():
    items, articles = [], []
    # "arrest" right in many items (so in several folds); "besiege" right once
    for n in range(20):
        text = f"Police arrested {n + 2} students."
        items.append(_item(n, text, "COERCE"))
        articles.append(_article(text, "arrested", "COERCE"))
    # the lone rule's type is one the learned fallback (which reads the held-out item with no rule
    # firing) never gives this sentence: since round 17 it types "besieged" FIGHT on its own
    text = "Rebels besieged the town."
    items.append(_item(99, text, "AID"))
    articles.append(_article(text, "besieged", "AID"))
    report = cross_validate(folds=5, items=items, articles=articles)
    assert report.dev["type"] == 1.0
    assert report.plain_mean["type"] == 1.0
    lone = fold_of("x99", 5)
    assert report.held_out[lone]["type"] < 1.0
    assert all(report.held_out[k]["type"] == 1.0 for k in range(5) if k != lone)
    assert report.to_dict()["per_fold"][lone]["items"] == report.sizes[lone]


def test_folds_apply_to_plover_only(cli_runner):
    from tally.cli.measure import eval_command

    result = cli_runner.invoke(eval_command, ["lgl", "--folds", "5"])
    assert result.exit_code != 0
    assert "plover set only" in result.output
    assert "Traceback" not in result.output
