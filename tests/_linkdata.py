"""Hand-built articles for the link, report and export tests (no model needed).

Each helper returns a real :class:`tally.Article` whose record offsets point
into its text, so the evidence checks of the exports hold.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta
from typing import Any

from tally.records import Acled, Article, Entity, Event, Figure, Place, Quote, Source


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start = text.rfind(". ", 0, span[0])
    start = 0 if start < 0 else start + 2
    end = text.find(". ", span[1])
    end = len(text) if end < 0 else end + 1
    return start, end


def make_article(
    text: str,
    *,
    outlet: str | None,
    published: str | None,
    entities: list[dict[str, Any]] = (),  # type: ignore[assignment]
    places: list[dict[str, Any]] = (),  # type: ignore[assignment]
    figures: list[dict[str, Any]] = (),  # type: ignore[assignment]
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    quotes: list[dict[str, Any]] = (),  # type: ignore[assignment]
    title: str | None = None,
) -> Article:
    """An article with records given by the substring they cover (``"at"``)."""
    ents = []
    for n, spec in enumerate(entities, 1):
        name = spec["name"]
        mentions = [_span(text, m) for m in spec.get("mentions", [name]) if m in text]
        ents.append(
            Entity(
                id=spec.get("id", f"e{n}"),
                name=name,
                type=spec.get("type", "PERSON"),
                aliases=spec.get("aliases", []),
                roles=spec.get("roles", []),
                mentions=mentions,
            )
        )
    pls = []
    for n, spec in enumerate(places, 1):
        mentions = [_span(text, spec["name"])] if spec["name"] in text else []
        pls.append(
            Place(
                id=spec.get("id", f"p{n}"), mentions=mentions, **{k: v for k, v in spec.items() if k != "id"}
            )
        )
    figs = []
    for n, spec in enumerate(figures, 1):
        spec = dict(spec)
        span = _span(text, spec.pop("at"))
        figs.append(
            Figure(
                id=spec.pop("id", f"f{n}"),
                start=span[0],
                end=span[1],
                text=text[span[0] : span[1]],
                evidence=_sentence(text, span),
                **spec,
            )
        )
    evs = []
    for n, spec in enumerate(events, 1):
        spec = dict(spec)
        span = _span(text, spec.pop("at"))
        acled = spec.pop("acled", None)
        evs.append(
            Event(
                id=spec.pop("id", f"v{n}"),
                trigger=span,
                evidence=_sentence(text, span),
                acled=Acled(**acled) if acled else None,
                **spec,
            )
        )
    qts = []
    for n, spec in enumerate(quotes, 1):
        spec = dict(spec)
        span = _span(text, spec.pop("at"))
        # a speaker span is always given: the store reads a missing one back as
        # [None, None] (reported to the lead), which is not what these tests are about
        qts.append(
            Quote(
                id=f"q{n}",
                speaker_span=spec.pop("speaker_span", (0, 1)),
                kind=spec.pop("kind", "direct"),
                start=span[0],
                end=span[1],
                text=text[span[0] : span[1]],
                evidence=_sentence(text, span),
                **spec,
            )
        )
    return Article(
        id=hashlib.sha256(text.encode()).hexdigest(),
        source=Source(outlet=outlet, published=published, title=title, published_from="metadata"),
        text=text,
        entities=ents,
        places=pls,
        figures=figs,
        events=evs,
        quotes=qts,
    )


IRAN = {"name": "Iran", "kind": "country", "country": "IR", "lat": 32.0, "lon": 53.0, "geonameid": 130758}
KHUZESTAN = {
    "name": "Khuzestan",
    "kind": "admin1",
    "country": "IR",
    "admin1": "Khuzestan",
    "geonameid": 127082,
}
BEHBEHAN = {
    "name": "Behbehan",
    "kind": "city",
    "country": "IR",
    "admin1": "Khuzestan",
    "lat": 30.59,
    "lon": 50.24,
    "geonameid": 140463,
}
TEHRAN = {
    "name": "Tehran",
    "kind": "city",
    "country": "IR",
    "admin1": "Tehran",
    "lat": 35.69,
    "lon": 51.42,
    "geonameid": 112931,
}

PMOI = {
    "name": "People's Mojahedin Organization of Iran",
    "type": "ORG",
    "aliases": ["PMOI", "MEK Iran"],
}


def iran_articles() -> dict[str, Article]:
    """Four reports of the November 2019 death toll: 1,500 (PMOI, confirmed by Reuters), ≥304, 225."""
    pmoi_text = (
        "The People's Mojahedin Organization of Iran (PMOI) said 1,500 protesters were killed in Iran "
        "in November 2019. Judiciary chief Ebrahim Raisi called the protesters thugs."
    )
    reuters_text = (
        "About 1,500 people were killed during less than two weeks of unrest in Iran that started on "
        "November 15, three Iranian interior ministry officials told Reuters. Raeesi did not comment."
    )
    amnesty_text = (
        "Amnesty International said at least 304 people were killed in Iran during the November 2019 "
        "protests. In Behbehan at least 40 people were killed."
    )
    state_text = (
        "Iran's interior ministry said 225 people were killed in Iran during the November unrest, "
        "and denied higher tolls."
    )
    return {
        "pmoi": make_article(
            pmoi_text,
            outlet="MEK Iran",
            published="2019-12-16",
            entities=[PMOI, {"name": "Ebrahim Raisi", "roles": ["judiciary chief"]}],
            places=[IRAN],
            figures=[
                {
                    "at": "1,500",
                    "value": 1500,
                    "category": "killed",
                    "subject": "protesters",
                    "asserted_by": ["e1"],
                    "date": "2019-11",
                    "place": "p1",
                }
            ],
            quotes=[{"at": "thugs", "speaker": "e2", "speaker_name": "Ebrahim Raisi", "kind": "indirect"}],
        ),
        "reuters": make_article(
            reuters_text,
            outlet="Reuters",
            published="2019-12-23",
            entities=[{"name": "Reuters", "type": "MEDIA"}, {"name": "Raeesi", "type": "PERSON"}],
            places=[IRAN],
            figures=[
                {
                    "at": "1,500",
                    "value": 1500,
                    "qualifier": "about",
                    "category": "killed",
                    "subject": "people",
                    "date": "2019-11",
                    "place": "p1",
                }
            ],
        ),
        "amnesty": make_article(
            amnesty_text,
            outlet="Amnesty International",
            published="2019-12-16",
            entities=[{"name": "Amnesty International", "type": "ORG"}],
            places=[IRAN, BEHBEHAN],
            figures=[
                {
                    "at": "304",
                    "value": 304,
                    "qualifier": "at_least",
                    "category": "killed",
                    "subject": "people",
                    "asserted_by": ["e1"],
                    "date": "2019-11",
                    "place": "p1",
                },
                {
                    "at": "40",
                    "value": 40,
                    "qualifier": "at_least",
                    "category": "killed",
                    "subject": "people",
                    "asserted_by": ["e1"],
                    "date": "2019-11",
                    "place": "p2",
                },
            ],
        ),
        "state": make_article(
            state_text,
            outlet="IRNA",
            published="2020-05-30",
            entities=[{"name": "Interior Ministry", "type": "ORG"}],
            places=[IRAN],
            figures=[
                {
                    "at": "225",
                    "value": 225,
                    "category": "killed",
                    "subject": "people",
                    "asserted_by": ["e1"],
                    "date": "2019-11",
                    "place": "p1",
                }
            ],
        ),
    }


RELEASE = (
    "The Belarusian human rights centre Viasna said that 120 protesters were detained in Minsk on Sunday "
    "after thousands marched along Independence Avenue demanding new elections. Riot police used batons "
    "and stun grenades, and several people were taken to hospital with head injuries, the centre said in "
    "a statement published on its website. Viasna called on the authorities to release everyone held "
    "and to open an investigation into the use of force against peaceful demonstrators in the capital."
)

MINSK = {
    "name": "Minsk",
    "kind": "city",
    "country": "BY",
    "admin1": "Minsk City",
    "lat": 53.9,
    "lon": 27.57,
    "geonameid": 625144,
}


def republished(outlet: str, intro: str, published: str = "2020-09-14") -> Article:
    """The Viasna release republished by *outlet* with its own first line; the figure unattributed."""
    text = intro + " " + RELEASE
    return make_article(
        text,
        outlet=outlet,
        published=published,
        places=[MINSK],
        figures=[
            {
                "at": "120",
                "value": 120,
                "category": "detained",
                "subject": "protesters",
                "place": "p1",
                "date": "2020-09-13",
            }
        ],
        events=[
            {
                "at": "detained",
                "type": "COERCE",
                "mode": "arrest",
                "place": "p1",
                "date": "2020-09-13",
                "actor_text": "riot police",
                "acled": {"event_type": "Protests", "sub_event_type": "Protest with intervention"},
            }
        ],
    )


def export_articles() -> list[Article]:
    """The corpus of the export tests: the Iran toll articles, one release republished by two
    outlets, and a beating in Minsk whose victim is a private person (for redaction)."""
    articles = list(iran_articles().values())
    articles += [republished(outlet, f"{outlet} reports.") for outlet in ("Charter 97", "Belsat")]
    minsk = make_article(
        "Ales Ivanou, a student, said police beat him. Police chief Ivan Kubrakou said 3 protesters were "
        "killed in Minsk on Sunday and 2 officers were hurt.",
        outlet="Baltic Wire",
        published="2020-09-14",
        entities=[
            {"name": "Ales Ivanou"},
            {"name": "Ivan Kubrakou", "roles": ["police chief"]},
            {"name": "Viasna", "type": "ORG"},
        ],
        places=[MINSK],
        figures=[
            {
                "at": "3",
                "value": 3,
                "category": "killed",
                "subject": "protesters",
                "place": "p1",
                "date": "2020-09-13",
                "asserted_by": ["e2"],
            }
        ],
        events=[
            {
                "at": "beat",
                "type": "ASSAULT",
                "mode": "beat",
                "place": "p1",
                "date": "2020-09-13",
                "actor_text": "police",
                "target": "e1",
                "target_text": "Ales Ivanou",
                "figures": ["f1"],
                "acled": {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
            }
        ],
    )
    return [*articles, minsk]


def people_article(n: int, names: list[str], *, outlets: int) -> Article:
    """Article *n* naming *names* (people) in one sentence, from one of *outlets* outlets."""
    text = " and ".join(names) + f" spoke in report {n}."
    return make_article(
        text, outlet=f"Outlet {n % outlets}", published="2021-03-01", entities=[{"name": x} for x in names]
    )


#: Place paths the random link items of the replay tests draw from.
LINK_PATHS = [
    ["IR"],
    ["IR", "Tehran"],
    ["IR", "Khuzestan"],
    ["IR", "Khuzestan", "Behbehan"],
    ["IR", "Tehran", "Evin"],
]


def random_link_item(rng: random.Random, n: int, spread: int = 80) -> dict:
    """A figure's link features (random, seeded by *rng*; *spread* days of first dates) with a random place, period (some wide, some unknown) and subject."""
    kind = rng.random()
    if kind < 0.08:
        period = None
    else:
        first = date(2022, 9, 1) + timedelta(days=rng.randint(0, spread))
        days = 3000 if kind < 0.12 else rng.choice([0, 2, 6, 20, 45])
        period = [first.isoformat(), (first + timedelta(days=days)).isoformat()]
    return {
        "doc": f"d{rng.randint(0, 40):02d}",
        "figure": f"f{n}",
        "category": "killed",
        "place": rng.choice(LINK_PATHS),
        "period": period,
        "subject_class": rng.choice([None, "people", "people", "child"]),
    }


def link_state(store: Any) -> tuple[list, list, list]:
    """What linking stored: claims, event clusters and corpus entities, for comparing two stores."""
    from tally.link import load_claims, load_corpus_entities, load_event_clusters

    return load_claims(store), load_event_clusters(store), load_corpus_entities(store)


def replay_against_relink(step: Any, full: Any, articles: list[Article], rng: random.Random) -> None:
    """Add *articles* to both stores in random batches of one to four, link *step* incrementally
    after each batch, and every fourth batch (and at the end) relink *full* from scratch: the two
    stores must hold the same links at every check."""
    from tally.link import relink, update_links

    start = batch = 0
    while start < len(articles):
        size = rng.randint(1, 4)
        for article in articles[start : start + size]:
            step.add_article(article)
            full.add_article(article)
        update_links(step)
        start += size
        batch += 1
        if batch % 4 == 0 or start >= len(articles):
            relink(full)
            assert link_state(step) == link_state(full), f"after {start} articles"


def link_tables_digest(store: Any) -> dict[str, str]:
    """Every link table's rows, sorted, as one SHA-256 each (the times rows were written left out):
    two stores whose digests are equal hold the same links."""
    from sqlalchemy import select

    from tally.store.link_schema import LINK_METADATA

    digests = {}
    with store.engine.connect() as conn:
        for table in LINK_METADATA.sorted_tables:
            columns = [c for c in table.columns if c.name not in ("linked_at", "created_at")]
            rows = sorted(repr(tuple(row)) for row in conn.execute(select(*columns)))
            digests[table.name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return digests


def assert_batches_link_as_relink(step: Any, full: Any, batches: list[list[Article]]) -> None:
    """Add each batch to both stores, linking *step* after each; relink *full* once at the end:
    the link tables of the two must be the same."""
    from tally.link import relink, update_links

    for batch in batches:
        for article in batch:
            step.add_article(article)
            full.add_article(article)
        update_links(step)
    relink(full)
    assert link_tables_digest(step) == link_tables_digest(full)


#: The modules a link step is written in (:mod:`tally.link.incremental` and the steps it calls).
LINK_STEP_MODULES = ("incremental", "rows", "entity_rows", "grown", "recluster", "resolving", "blocks")


def spy_on(monkeypatch: Any, name: str, value: Any) -> Any:
    """Replace *name* by *value* in every link step module that reads it; return the original.

    A step function is called from the module that imports it, so a test that
    counts its calls must replace it in each of them, not only where it is defined.
    """
    import importlib

    original = None
    for module_name in LINK_STEP_MODULES:
        module = importlib.import_module(f"tally.link.{module_name}")
        if hasattr(module, name):
            original = original if original is not None else getattr(module, name)
            monkeypatch.setattr(module, name, value)
    if original is None:
        raise AttributeError(f"no link step module has {name!r}")
    return original
