"""Cross-article links on hand-built articles: entities, claims, statuses, source counts, incrementality."""

from __future__ import annotations

import pytest

from tally.link import (
    add_override,
    load_claims,
    load_corpus_entities,
    load_event_clusters,
    relink,
    update_links,
)
from tally.link.dedup import signature, similarity
from tally.link.entities import compare, entity_view, skeleton
from tally.link.periods import date_interval
from tally.link.ranges import value_range
from tally.store import Store
from tests._linkdata import MINSK, iran_articles, make_article, republished
from tests.conftest import second_database


@pytest.fixture
def store(db):
    s = Store(db)
    yield s
    s.close()


def _add(store: Store, *articles) -> None:
    for article in articles:
        store.add_article(article)


def _claim_with(claims, doc: str, figure: str = "f1"):
    return next(c for c in claims if any(f["doc"] == doc and f["figure"] == figure for f in c["figures"]))


def test_link_claims_corroborated_counts_original_sources_not_articles(store):
    arts = iran_articles()
    _add(store, arts["pmoi"], arts["reuters"], arts["amnesty"])
    update_links(store)
    claim = _claim_with(load_claims(store), arts["pmoi"].id)
    assert claim["category"] == "killed"
    assert claim["place"] == "IR"
    assert claim["date"] == "2019-11"
    # PMOI (asserted), Reuters (its own reporting), Amnesty (asserted): "at least 304" agrees with 1,500
    assert claim["status"] == "corroborated"
    assert claim["independent_sources"] == 3
    assert set(claim["sources"]) == {
        "People's Mojahedin Organization of Iran",
        "Reuters",
        "Amnesty International",
    }
    assert claim["range"] == [304, 1500]  # Behbehan's 40 is a part, listed but not the low end
    assert any(f["place"] == "Behbehan" for f in claim["figures"])


def test_link_claims_exact_figures_that_disagree_conflict(store):
    arts = iran_articles()
    _add(store, *arts.values())
    update_links(store)
    claims = load_claims(store)
    claim = _claim_with(claims, arts["state"].id)
    assert claim["status"] == "conflicting"
    assert claims[0]["status"] == "conflicting"  # conflicts come first
    reasons = " ".join(c["reason"] for c in claim["conflicts"])
    assert "225" in reasons and "1,500" in reasons
    assert claim["independent_sources"] == 4


def test_link_claims_city_count_is_part_of_the_national_count(store):
    arts = iran_articles()
    _add(store, arts["amnesty"])
    update_links(store)
    claims = load_claims(store)
    behbehan = _claim_with(claims, arts["amnesty"].id, "f2")
    # Behbehan lies in Iran: the 40 joins the national claim as a part, without conflict
    assert behbehan["status"] == "single_source"
    assert not behbehan["conflicts"]


def test_link_claims_republished_release_counts_once(store):
    copies = [
        republished("Charter 97", "Minsk, 14 September."),
        republished("Belsat", "Belsat reports from the capital."),
        republished("Nasha Niva", "A statement from Viasna follows."),
    ]
    _add(store, *copies)
    update_links(store)
    claims = load_claims(store)
    assert len(claims) == 1
    claim = claims[0]
    assert len(claim["figures"]) == 3
    assert claim["independent_sources"] == 1
    assert claim["status"] == "single_source"
    clusters = load_event_clusters(store)
    assert len(clusters) == 1 and clusters[0]["independent_sources"] == 1

    own = make_article(
        "Our reporter in Minsk counted about 120 people detained near Independence Avenue on Sunday.",
        outlet="Reuters",
        published="2020-09-14",
        places=[MINSK],
        figures=[
            {
                "at": "120",
                "value": 120,
                "qualifier": "about",
                "category": "detained",
                "subject": "people",
                "place": "p1",
                "date": "2020-09-13",
            }
        ],
        events=[{"at": "detained", "type": "COERCE", "mode": "arrest", "place": "p1", "date": "2020-09-13"}],
    )
    _add(store, own)
    update_links(store)
    claim = load_claims(store)[0]
    assert claim["independent_sources"] == 2
    assert claim["status"] == "corroborated"
    cluster = load_event_clusters(store)[0]
    assert cluster["status"] == "corroborated" and len(cluster["events"]) == 4


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ((304, None, "at_least"), (1500, None, "exact"), False),
        ((225, None, "exact"), (1500, None, "exact"), True),
        ((1000, None, "vague"), (1500, None, "exact"), False),  # "thousands"
        ((100, None, "vague"), (1500, None, "exact"), False),  # "hundreds": a lower bound
        ((1000, None, "vague"), (225, None, "exact"), True),  # "thousands" vs 225
        ((1500, None, "about"), (1400, None, "exact"), False),
        ((200, 300, "exact"), (250, None, "exact"), False),
        ((50, None, "up_to"), (304, None, "at_least"), True),
    ],
)
def test_link_claims_conflicts_follow_qualifiers(store, a, b, conflict):
    one = make_article(
        "Monitors in the capital gave figure A on Tuesday.",
        outlet="One",
        published="2021-03-02",
        places=[MINSK],
        figures=[
            {
                "at": "A",
                "value": a[0],
                "value_max": a[1],
                "qualifier": a[2],
                "category": "arrested",
                "place": "p1",
            }
        ],
    )
    two = make_article(
        "A rights group cited figure B for the same day.",
        outlet="Two",
        published="2021-03-02",
        places=[MINSK],
        figures=[
            {
                "at": "B",
                "value": b[0],
                "value_max": b[1],
                "qualifier": b[2],
                "category": "arrested",
                "place": "p1",
            }
        ],
    )
    _add(store, one, two)
    update_links(store)
    claims = load_claims(store)
    assert len(claims) == 1
    assert (claims[0]["status"] == "conflicting") is conflict
    if not conflict:
        assert claims[0]["status"] == "corroborated"


def test_link_claims_different_periods_and_subjects_stay_apart(store):
    base = dict(outlet="A", places=[MINSK])
    one = make_article(
        "In August 300 protesters were arrested.",
        published="2020-08-20",
        **base,
        figures=[
            {
                "at": "300",
                "value": 300,
                "category": "arrested",
                "subject": "protesters",
                "place": "p1",
                "date": "2020-08",
            }
        ],
    )
    two = make_article(
        "In March 300 protesters were arrested.",
        published="2021-03-20",
        **base,
        figures=[
            {
                "at": "300",
                "value": 300,
                "category": "arrested",
                "subject": "protesters",
                "place": "p1",
                "date": "2021-03",
            }
        ],
    )
    three = make_article(
        "In August 12 journalists were arrested.",
        published="2020-08-21",
        **base,
        figures=[
            {
                "at": "12",
                "value": 12,
                "category": "arrested",
                "subject": "journalists",
                "place": "p1",
                "date": "2020-08",
            }
        ],
    )
    _add(store, one, two, three)
    update_links(store)
    assert len(load_claims(store)) == 3


def test_link_claims_incremental_equals_full_recompute(db, tmp_path, request):
    arts = list(iran_articles().values()) + [
        republished("Charter 97", "Minsk, 14 September."),
        republished("Belsat", "Belsat reports from the capital."),
    ]
    step = Store(db)
    for article in reversed(arts):
        step.add_article(article)
        update_links(step)
    other = second_database(db, tmp_path, request)
    full = Store(next(other))
    for article in arts:
        full.add_article(article)
    relink(full)
    assert load_claims(step) == load_claims(full)
    assert load_event_clusters(step) == load_event_clusters(full)
    assert load_corpus_entities(step) == load_corpus_entities(full)
    report = update_links(step)
    assert report.articles_linked == 0  # nothing new: nothing done
    step.close()
    full.close()
    next(other, None)  # drops it


def test_link_entities_transliteration_acronym_and_surname(store):
    arts = iran_articles()
    extra = make_article(
        "The PMOI said Ebrahim Raeesi ordered the crackdown.",
        outlet="NCRI",
        published="2019-12-20",
        entities=[{"name": "PMOI", "type": "ORG"}, {"name": "Ebrahim Raeesi", "roles": ["judiciary chief"]}],
    )
    _add(store, arts["pmoi"], arts["reuters"], extra)
    update_links(store)
    entities = {e["name"]: e for e in load_corpus_entities(store)}
    raisi = entities["Ebrahim Raisi"] if "Ebrahim Raisi" in entities else entities["Ebrahim Raeesi"]
    assert len(raisi["members"]) == 3  # Ebrahim Raisi, Ebrahim Raeesi, and the bare "Raeesi"
    rules = {e["rule"] for e in raisi["evidence"]}
    assert {"transliteration", "surname"} <= rules
    assert raisi["roles"] == ["judiciary chief"]
    pmoi = entities["People's Mojahedin Organization of Iran"]
    assert len(pmoi["members"]) == 2
    assert "PMOI" in pmoi["aliases"]


def test_link_entities_ambiguous_surname_is_left_apart(store):
    one = make_article(
        "Ebrahim Raisi spoke.", outlet="A", published="2020-01-01", entities=[{"name": "Ebrahim Raisi"}]
    )
    two = make_article(
        "Hassan Raisi spoke.", outlet="B", published="2020-01-01", entities=[{"name": "Hassan Raisi"}]
    )
    three = make_article("Raisi spoke.", outlet="C", published="2020-01-01", entities=[{"name": "Raisi"}])
    _add(store, one, two, three)
    update_links(store)
    entities = load_corpus_entities(store)
    assert len(entities) == 3
    bare = next(e for e in entities if e["name"] == "Raisi")
    assert bare["evidence"][-1]["rule"] == "ambiguous_surname"


def test_link_overrides_split_and_merge_are_reversible(store):
    one = make_article(
        "Ebrahim Raisi spoke.", outlet="A", published="2020-01-01", entities=[{"name": "Ebrahim Raisi"}]
    )
    two = make_article(
        "Ebrahim Raeesi spoke.", outlet="B", published="2020-01-01", entities=[{"name": "Ebrahim Raeesi"}]
    )
    three = make_article(
        "Ibrahim Raissi spoke.", outlet="C", published="2020-01-01", entities=[{"name": "Ibrahim Raissi"}]
    )
    _add(store, one, two, three)
    update_links(store)
    assert len(load_corpus_entities(store)) == 2  # "Ibrahim" has another skeleton: not merged by itself
    a, b, c = (f"{x.id}:e1" for x in (one, two, three))
    add_override(store, "merge", a, c, reviewer="monitor", note="same person, other spelling")
    merged = load_corpus_entities(store)
    assert len(merged) == 1
    assert any(e["rule"] == "reviewer" for e in merged[0]["evidence"])
    add_override(store, "split", a, b, reviewer="monitor")
    # the split wins over the automatic edge, the reviewer's merge stays
    assert len(load_corpus_entities(store)) == 2


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2019", "2019-01-01", "2019-12-31"),
        ("2019-11", "2019-11-01", "2019-11-30"),
        ("2019-12", "2019-12-01", "2019-12-31"),
        ("2019-11-15", "2019-11-15", "2019-11-15"),
        ("2019-W46", "2019-11-11", "2019-11-17"),
        ("201X", "2010-01-01", "2019-12-31"),
        ("2019-11-15/2019-11-18", "2019-11-15", "2019-11-18"),
        ("2014/2021-03", "2014-01-01", "2021-03-31"),
    ],
)
def test_link_claims_date_interval_at_every_granularity(value, first, last):
    assert date_interval(value) == (first, last)


@pytest.mark.parametrize("value", ["2019-11-18/2019-11-15", "2019/x", "2019/2020/2021"])
def test_link_claims_backwards_or_broken_intervals_are_unknown(value):
    assert date_interval(value) is None


def test_link_claims_value_ranges():
    assert value_range(304, None, "at_least") == (304, float("inf"))
    assert value_range(1000, None, "vague") == (1000, float("inf"))  # "thousands": a lower bound
    assert value_range(1500, None, "about") == (1200, 1800)


def test_link_dedup_signature_separates_republication_from_new_report():
    a = republished("A", "Intro one.").text
    b = republished("B", "Another intro line here.").text
    c = "Police in Minsk detained dozens of students outside the university on Monday, witnesses said."
    assert similarity(signature(a), signature(b)) > 0.7
    assert similarity(signature(a), signature(c)) < 0.2


def test_link_entities_skeleton_and_compare():
    assert skeleton("raisi") == skeleton("raeesi")
    assert skeleton("rahimi") != skeleton("rahmani")
    one = make_article("Raisi", outlet=None, published=None, entities=[{"name": "Raisi"}])
    two = make_article("Raeesi", outlet=None, published=None, entities=[{"name": "Raeesi"}])
    decided = compare(entity_view(one, one.entities[0]), entity_view(two, two.entities[0]))
    assert decided is not None and decided[0] == "same_name"


def test_link_claims_partitive_count_is_a_part_not_a_conflict(store):
    text = "The union said 61 people were killed, including eight in Omdurman."
    union = make_article(
        text,
        outlet="Union",
        published="2025-06-05",
        places=[MINSK],
        figures=[
            {"at": "61", "value": 61, "category": "killed", "place": "p1", "date": "2025-06-03"},
            {"at": "eight", "value": 8, "category": "killed", "place": "p1", "date": "2025-06-03"},
        ],
    )
    _add(store, union)
    update_links(store)
    claim = load_claims(store)[0]
    assert len(claim["figures"]) == 2 and claim["status"] == "single_source" and claim["range"] == [61, 61]


def test_link_entities_roles_are_merged_without_repeats(store):
    one = make_article(
        "Spokesman Arman Seitkali spoke.",
        outlet="A",
        published="2023-03-13",
        entities=[{"name": "Arman Seitkali", "roles": ["interior ministry spokesman", "spokesman"]}],
    )
    two = make_article(
        "Arman Seytkali spoke again.",
        outlet="B",
        published="2023-03-20",
        entities=[{"name": "Arman Seytkali", "roles": ["Interior ministry spokesman"]}],
    )
    _add(store, one, two)
    update_links(store)
    (entity,) = load_corpus_entities(store)
    assert entity["roles"] == ["interior ministry spokesman"]


@pytest.mark.model
def test_link_claims_on_the_example_corpus_end_to_end(db):
    """The seeds and examples/corpus analysed for real, linked incrementally, then compared with a relink."""
    pytest.importorskip(
        "tally.extract.figures",
        reason="the figures extractor (tally.extract.figures) is absent",
    )
    import tally
    from tests.conftest import EXAMPLES

    with tally.Corpus(db) as corpus:
        corpus.add_files(sorted(EXAMPLES.glob("*.txt")))
        update_links(corpus.store)
        corpus.add_files([EXAMPLES / "corpus"])
        update_links(corpus.store)
        claims = load_claims(corpus.store)
        entities = load_corpus_entities(corpus.store)
        relink(corpus.store)
        assert load_claims(corpus.store) == claims  # incremental == full recompute

    def claim(category: str, place_name: str, value: float) -> dict:
        return next(
            c
            for c in claims
            if c["category"] == category
            and c["place_name"] in (place_name, c["place"])
            and any(f["value"] == value for f in c["figures"])
        )

    iran = claim("killed", "Iran", 1500)
    assert iran["status"] == "corroborated"
    assert {"Reuters", "Amnesty International"} <= set(iran["sources"])
    assert any("Mojahedin" in s for s in iran["sources"])
    minsk = claim("detained", "Minsk", 120)
    # three copies of one release, plus two outlets' own reporting
    assert minsk["status"] == "corroborated" and minsk["independent_sources"] == 3
    assert claim("killed", "KZ", 27)["status"] == "conflicting"
    kenya = claim("killed", "Nairobi", 19)
    assert kenya["status"] == "conflicting" and kenya["independent_sources"] == 2
    spokesman = next(e for e in entities if "Seytkali" in e["name"] or "Seitkali" in e["name"])
    assert {"Arman Seitkali", "Arman Seytkali"} <= {spokesman["name"], *spokesman["aliases"]}
