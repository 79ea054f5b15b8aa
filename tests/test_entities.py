"""Merging named mentions into entities with aliases and roles."""

from __future__ import annotations

import pytest

from tally.extract.entities import extract_entities

pytestmark = pytest.mark.model


def _by_name(index, name):
    entity = index.by_name(name)
    assert entity is not None, f"no entity for {name!r}: {[e.name for e in index.entities]}"
    return entity


def test_entities_merge_pmoi_mek_aliases_in_seed_000(nlp, seed_texts):
    index = extract_entities(nlp(seed_texts["000"]))
    pmoi = _by_name(index, "People’s Mojahedin Organization of Iran")
    for alias in ("PMOI", "MEK", "MEK Iran", "People’s Mojahedin of Iran"):
        assert index.by_name(alias) is pmoi, alias
    assert pmoi.type == "ORG"
    iran = _by_name(index, "Iran")
    assert iran is not pmoi and iran.type == "GPE"


def test_entities_merge_surname_and_read_roles(nlp, seed_texts):
    index = extract_entities(nlp(seed_texts["000"]))
    raisi = _by_name(index, "Ebrahim Raisi")
    assert index.by_name("Raisi") is raisi
    assert raisi.type == "PERSON"
    assert "judiciary chief" in raisi.roles
    assert "Tehran’s police chief" in _by_name(index, "Hossein Rahimi").roles
    assert _by_name(index, "NCRI") is _by_name(index, "National Council of Resistance of Iran")


def test_entities_mentions_point_at_their_text(nlp, seed_texts):
    doc = nlp(seed_texts["000"])
    index = extract_entities(doc)
    raisi = _by_name(index, "Ebrahim Raisi")
    assert {doc.text[s:e] for s, e in raisi.mentions} <= {"Ebrahim Raisi", "Raisi"}
    assert len(raisi.mentions) >= 3


def test_entities_roles_from_title_words_and_appositions(nlp):
    text = (
        "Interior minister Anan Wongsa said the curfew would stay. "
        "Maria Lopez, a spokeswoman for the Human Rights Commission, said 14 people were detained."
    )
    index = extract_entities(nlp(text))
    assert "Interior minister" in _by_name(index, "Anan Wongsa").roles or "minister" in " ".join(
        _by_name(index, "Anan Wongsa").roles
    )
    lopez = _by_name(index, "Maria Lopez")
    assert any("spokeswoman" in role for role in lopez.roles)
    assert lopez.type == "PERSON"


def test_entities_add_mention_merges_or_creates(nlp):
    text = "Security forces fired on protesters. The Amar Cyber HQ said 30 people were held."
    index = extract_entities(nlp(text))
    start = text.index("Security forces")
    group = index.add_mention("Security forces", start, start + len("Security forces"))
    assert group.type == "GROUP"
    assert index.at(start, start + 5) == group
    with pytest.raises(ValueError):
        index.add_mention("protesters", 0, 5)


def test_entities_ids_never_change_when_mentions_are_added(nlp):
    text = "Protesters marched in Yangon. Later, Amnesty International said soldiers fired on them."
    index = extract_entities(nlp(text))
    before = {e.name: e.id for e in index.entities}
    group = index.add_mention("Protesters", 0, len("Protesters"))
    after = {e.name: e.id for e in index.entities}
    assert {name: after[name] for name in before} == before
    assert group.id not in before.values()


def test_entities_add_mention_drops_a_leading_article(nlp):
    text = "The Amar Cyber HQ reported 116 arrests."
    index = extract_entities(nlp(text))
    entity = index.add_mention("The Amar Cyber HQ", 0, len("The Amar Cyber HQ"), type="ORG")
    assert entity.name == "Amar Cyber HQ"
    start, end = entity.mentions[-1]
    assert text[start:end] == "Amar Cyber HQ"


def test_entities_split_a_cue_glued_to_a_name(nlp, seed_texts):
    index = extract_entities(nlp(seed_texts["001"]))
    names = [e.name for e in index.entities]
    assert "Mohammad Jaffar Montazeri" in names
    assert not any(name.endswith("said") for name in names)


@pytest.mark.model
def test_entities_abbreviated_office_title_makes_a_person(nlp):
    index = extract_entities(nlp("Former Pennsylvania Gov. Ed Rendell defended the plan on Monday."))
    entity = next(e for e in index.entities if "Rendell" in e.name)
    assert entity.type == "PERSON"


@pytest.mark.parametrize(
    "text, name, acronym",
    [
        # the NER calls the name a PERSON, its initials too
        (
            "At least 40 people have been killed, the Paris-based group Kenya Human Rights (KHR) said. "
            "KHR said more had died.",
            "Kenya Human Rights",
            "KHR",
        ),
        # the NER runs the name into the bracket: "Peru Human Rights (PHR"
        (
            "More than 30 protesters were killed across Peru, the Madrid-based group Peru Human Rights (PHR) "
            "said on Tuesday. PHR said more had died.",
            "Peru Human Rights",
            "PHR",
        ),
        # the NER calls the name an EVENT and misses it
        (
            "At least 154 people, including nine children, have been killed in the crackdown on protests "
            "across Iran, the Oslo-based group Iran Human Rights (IHR) said on Wednesday. IHR said more had died.",
            "Iran Human Rights",
            "IHR",
        ),
    ],
)
def test_entities_a_name_with_its_initials_in_brackets_is_one_organisation(nlp, text, name, acronym):
    index = extract_entities(nlp(text))
    entity = _by_name(index, name)
    assert entity.type == "ORG"
    assert acronym in entity.aliases
    assert index.by_name(acronym) == entity
    assert [e.name for e in index.entities].count(acronym) == 0
    for start, end in entity.mentions:
        assert text[start:end] in {name, acronym}
