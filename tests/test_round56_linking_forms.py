"""A new name form is compared with the stored forms it can be one actor with, not with every
stored name of its initials (round 56, issue 16).

Every two-word name has an acronym blocking key of two letters ("Jana Berger": ``a:jb``), and
there are few such keys, so each holds a share of every two-word name stored: a new name was
compared with a number of stored forms that grew with the corpus, and no rule of ``compare`` can
join two forms through such a key (an acronym has at least three letters and names an ORG or a
MEDIA). The names below are made up for these tests.
"""

from __future__ import annotations

import pytest

from tally.link import load_corpus_entities, update_links
from tally.link.entities import blocking_keys, compare, form_view
from tally.store import Store
from tests._linkdata import (
    assert_batches_link_as_relink,
    make_article,
    people_article,
    spy_on,
)

_FIRST = ["Jana", "Jorit", "Jelka", "Jasper", "Juno", "Jorinde", "Jost", "Jule", "Jalmar", "Jesko"]
_LAST = ["Berger", "Bolt", "Brand", "Bussmann", "Baltes", "Bremer", "Bickel", "Bodden", "Buhl", "Barth"]


def _people(count: int) -> list[str]:
    """*count* distinct two-word names all of initials J. B., none sharing a first and last name."""
    names = [f"{f} {last}" for last in _LAST for f in _FIRST]
    return names[:count]


def _comparisons(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The pairs of forms ``compare`` is asked about while name forms are added (a hook on it)."""
    asked: list[tuple[str, str]] = []

    def counting(a, b):  # type: ignore[no-untyped-def]
        asked.append((a.name, b.name))
        return compare(a, b)

    spy_on(monkeypatch, "compare", counting)
    return asked


@pytest.mark.parametrize("stored", [10, 60])
def test_round56_a_new_name_is_not_compared_with_every_name_of_its_initials(stored, tmp_path, monkeypatch):
    """A new person "Jolanda Bieber" meets stored names that share only her initials: none is
    compared with her, however many are stored (before: all of them, 10 and 60)."""
    store = Store(str(tmp_path / "s.db"))
    for n, name in enumerate(_people(stored)):
        store.add_article(people_article(n, [name], outlets=3))
    update_links(store)
    asked = _comparisons(monkeypatch)
    store.add_article(people_article(500, ["Jolanda Bieber"], outlets=3))
    update_links(store)
    assert [pair for pair in asked if "Jolanda Bieber" in pair] == []


def test_round56_a_new_surname_is_still_compared_with_the_full_names_it_may_be():
    """The keys left out are acronym keys only: "Bremer" alone still meets "Jost Bremer"."""
    from tally.link.entities import looked_up_keys

    full = form_view(
        "F1",
        {
            "name": "Jost Bremer",
            "type": "PERSON",
            "words": ["jost", "bremer"],
            "names": ["jost bremer"],
            "country": "DE",
        },
    )
    short = form_view(
        "F2", {"name": "Bremer", "type": "PERSON", "words": ["bremer"], "names": ["bremer"], "country": "DE"}
    )
    shared = looked_up_keys(short, blocking_keys(short)) & blocking_keys(full)
    assert shared == {"s:brmr"}
    assert compare(short, full) is not None


def test_round56_an_acronym_of_three_letters_is_still_looked_up_for_an_organisation():
    """ "KVF" (an ORG) is still found under the acronym of "Kollektiv Volks Feste"."""
    from tally.link.entities import looked_up_keys

    short = form_view(
        "F1", {"name": "KVF", "type": "ORG", "words": ["kvf"], "names": ["kvf"], "country": "DE"}
    )
    full = form_view(
        "F2",
        {
            "name": "Kollektiv Volks Feste",
            "type": "ORG",
            "words": ["kollektiv", "volks", "feste"],
            "names": ["kollektiv volks feste"],
            "country": "DE",
        },
    )
    assert "a:kvf" in looked_up_keys(short, blocking_keys(short))
    assert "a:kvf" in looked_up_keys(full, blocking_keys(full))
    assert compare(short, full) is not None
    person = form_view(
        "F3",
        {
            "name": "Kai Vogt",
            "type": "PERSON",
            "words": ["kai", "vogt"],
            "names": ["kai vogt"],
            "country": "DE",
        },
    )
    assert not any(k.startswith("a:") for k in looked_up_keys(person, blocking_keys(person)))


def test_round56_names_of_shared_initials_link_as_a_full_relink_does(tmp_path):
    """Batches of people of shared initials, spelling variants, surnames and an organisation with its
    acronym, linked step by step: every link table equals a relink from scratch."""
    step, full = Store(str(tmp_path / "a.db")), Store(str(tmp_path / "b.db"))
    names = _people(30)
    batches = [
        [people_article(n, [names[n], names[n + 10]], outlets=4) for n in range(10)],
        [people_article(20 + n, [names[20 + n], "Bremer", "Jost Bremmer"], outlets=4) for n in range(6)],
        [
            make_article(
                "The Kollektiv Volks Feste (KVF) marched in Kiel.",
                outlet="Outlet 1",
                published="2021-03-02",
                entities=[{"name": "Kollektiv Volks Feste", "type": "ORG"}],
            ),
            make_article(
                "KVF said the march went ahead.",
                outlet="Outlet 2",
                published="2021-03-03",
                entities=[{"name": "KVF", "type": "ORG"}],
            ),
            people_article(40, ["Jolanda Bieber", "Jost Bremer"], outlets=4),
        ],
    ]
    assert_batches_link_as_relink(step, full, batches)
    entities = load_corpus_entities(step)
    kvf = [e for e in entities if e["name"] in ("KVF", "Kollektiv Volks Feste")]
    assert len(kvf) == 1  # the acronym still joins the organisation
