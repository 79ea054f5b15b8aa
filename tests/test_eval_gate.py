"""The accuracy gate: the committed floors hold, and a planted regression makes the gate fail.

The pipeline runs once per gate slice (session fixture); the planted
regression re-scores the same articles with half their records removed, so
the second test costs no model time.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tally.evaluate import baseline as gate
from tally.evaluate.gold import default_root
from tally.evaluate.runner import analyze_items, listing_for
from tally.records import Article

ROOT = default_root()
BASELINE = Path(__file__).resolve().parent.parent / "eval" / "baseline.json"

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not ROOT.is_dir(), reason=f"gold sets not found at {ROOT}"),
]


#: An article by its text, publication date and title, for one gate slice.
SliceArticles = dict[tuple[str, str | None, str | None], Article]


@pytest.fixture(scope="session")
def gate_articles() -> dict[str, SliceArticles]:
    """tally's article for every gold text of the gate slices (local ones whose gold exists), by slice
    key: two slices may hold one text, analysed for each with its set's listing and dates resolved
    against each one's publication date (the AQUAINT wires repeat a story under a later id and date,
    and TempEval-3 and the mixed real-report sets share texts)."""
    cache: dict[str, SliceArticles] = {}
    for key in gate.measured_keys(root=ROOT):
        items = gate.slice_items(key, root=ROOT)
        listing = listing_for(gate.gate_slices()[key].set)
        articles = cache.setdefault(key, {})
        for item, article in zip(items, analyze_items(items, listing=listing), strict=True):
            articles[(item.text, item.published, item.title)] = (
                article if article is not None else Article(id=item.id, text=item.text)
            )
    # the cache lives as long as the worker, which runs other files after this one: out of the
    # collector's full passes, which each link step ends with (link tests ran twice as long after it)
    gc.collect()
    gc.freeze()
    return cache


def _replay(articles: SliceArticles, transform=lambda a: a):
    def analyze(text: str, published: str | None = None, title: str | None = None) -> Article:
        return transform(articles[(text, published, title)])

    return analyze


def _measure(cache: dict[str, SliceArticles], transform=lambda a: a, sets=None):
    """The gate's results, each slice replayed from its own articles."""
    results = {}
    for key in sets or cache:
        results |= gate.measure(root=ROOT, sets=[key], analyze=_replay(cache[key], transform))
    return results


KINDS = ("quotes", "figures", "places", "dates", "events")


def _drop_half(article: Article) -> Article:
    """Half the records gone, as a broken extractor would leave them.

    Every other record of each kind is removed; a lone record (a PLOVER
    sentence's one event) goes when the article's text has an odd length, so
    about half of those go too.
    """
    update = {}
    for kind in KINDS:
        records = getattr(article, kind)
        update[kind] = records[::2] if len(records) > 1 else records[: len(article.text) % 2 == 0]
    return article.model_copy(update=update)


def test_eval_gate_scores_stay_within_two_points_of_the_baseline(gate_articles):
    pinned = gate.load_baseline(BASELINE)
    results = _measure(gate_articles)
    digests = {name: gate.slice_digest(name, root=ROOT) for name in results}
    failures = gate.check_gate(results, pinned, digests=digests)
    assert failures == [], "\n".join(failures)
    gated = [t for s in pinned["sets"].values() for t, e in s["tasks"].items() if e["gated"]]
    assert gated, "the baseline gates no task at all"


def test_eval_gate_fails_on_a_planted_regression(gate_articles):
    pinned = gate.load_baseline(BASELINE)
    results = _measure(gate_articles, _drop_half)
    failures = gate.check_gate(results, pinned)
    gated_sets = {n for n, s in pinned["sets"].items() if any(e["gated"] for e in s["tasks"].values())}
    # keys may hold a slash ("reports/check"); task names do not
    failed_sets = {f.split(": ")[0].rsplit("/", 1)[0] for f in failures}
    assert failures, "dropping half of the records did not trip the gate"
    assert failed_sets == gated_sets


def test_eval_gate_update_refuses_to_lower_a_floor(gate_articles):
    pinned = gate.load_baseline(BASELINE)
    results = _measure(gate_articles, _drop_half, sets=["polnear"])
    digests = {"polnear": pinned["sets"]["polnear"]["sha256"]}
    installed = {"quotes"}
    with pytest.raises(gate.RegressionRefused, match="polnear/quotes"):
        gate.build_baseline(results, previous=pinned, digests=digests, installed=installed)
    lowered = gate.build_baseline(
        results, previous=pinned, digests=digests, installed=installed, allow_regression=True
    )
    assert (
        lowered["sets"]["polnear"]["tasks"]["quotes"]["score"]
        < (pinned["sets"]["polnear"]["tasks"]["quotes"]["score"])
    )
