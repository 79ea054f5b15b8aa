"""Events: PLOVER type/mode from the parse, actors and targets, modality, ACLED mapping, seeds."""

from __future__ import annotations

import pytest

from tally.extract.events.acled import to_acled


# -- ACLED mapping (no model) ------------------------------------------------
@pytest.mark.parametrize(
    ("plover", "mode", "lemma", "expected"),
    [
        ("PROTEST", "demo-org", "protest", ("Protests", "Peaceful protest")),
        ("PROTEST", "riot-spon", "riot", ("Riots", "Violent demonstration")),
        ("ASSAULT", None, "kill", ("Violence against civilians", "Attack")),
        ("ASSAULT", "suicide-attack", "bombing", ("Explosions/Remote violence", "Suicide bomb")),
        (
            "FIGHT",
            "heavy-weapons",
            "shell",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        ("FIGHT", "firearms", "clash", ("Battles", "Armed clash")),
        ("COERCE", "arrest", "arrest", ("Strategic developments", "Arrests")),
        ("COERCE", "censor", "cut", ("Strategic developments", "Other")),
        ("MOBILIZE", "troops", "garrison", ("Strategic developments", "Headquarters or base established")),
        ("MOBILIZE", "police", "build-up", ("Strategic developments", "Change to group/activity")),
        ("AGREE", None, "agree", ("Strategic developments", "Agreement")),
    ],
)
def test_acled_maps_plover_types(plover, mode, lemma, expected):
    acled = to_acled(plover, mode, lemma)
    assert acled is not None
    assert (acled.event_type, acled.sub_event_type) == expected


@pytest.mark.parametrize(
    ("plover", "lemma"),
    [("THREATEN", "threaten"), ("DEMAND", "demand"), ("AGREE", "promise"), ("CONSULT", "meet")],
)
def test_acled_has_no_event_for_statements(plover, lemma):
    assert to_acled(plover, None, lemma) is None


# -- the extractor on parsed sentences ----------------------------------------
def _events(nlp, text, quotes=()):
    from tally.extract.context import ExtractContext
    from tally.extract.entities import extract_entities
    from tally.extract.events import extract_events

    doc = nlp(text)
    ctx = ExtractContext(doc=doc, entities=extract_entities(doc))
    ctx.quotes = [q(ctx) for q in quotes]
    return ctx, extract_events(ctx)


def _one(events, type_):
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.model
def test_events_passive_arrest_takes_agent_as_actor(nlp):
    text = "More than 200 people were detained by riot police in Minsk on Sunday."
    ctx, events = _events(nlp, text)
    event = _one(events, "COERCE")
    assert event.mode == "detain"
    assert "police" in event.actor_text
    assert "people" in event.target_text
    assert text[event.trigger[0] : event.trigger[1]] == "detained"
    assert event.modality == "asserted"
    assert event.actor is not None  # registered as a GROUP entity
    assert ctx.entities.get(event.actor).type == "GROUP"


@pytest.mark.model
def test_events_cutting_off_the_internet_is_censorship(nlp):
    text = "The junta cut off mobile internet across the country to stop protesters organizing."
    _, events = _events(nlp, text)
    event = _one(events, "COERCE")
    assert event.mode == "censor"
    assert event.actor_text == "The junta"
    assert text[event.trigger[0] : event.trigger[1]].startswith("cut off")


@pytest.mark.model
def test_events_did_not_is_negated(nlp):
    _, events = _events(nlp, "The police did not arrest any of the marchers on Saturday.")
    event = _one(events, "COERCE")
    assert event.modality == "negated"


@pytest.mark.model
def test_events_under_a_reporting_verb_are_reported(nlp):
    text = "Soldiers shot three demonstrators in Mandalay, witnesses said."
    _, events = _events(nlp, text)
    event = _one(events, "ASSAULT")
    assert event.mode == "firearms"
    assert event.actor_text == "Soldiers"
    assert "demonstrators" in event.target_text
    assert event.modality == "reported"


@pytest.mark.model
def test_events_purpose_and_prevented_events(nlp):
    text = "Authorities deployed thousands of troops in the capital to prevent protests on the anniversary."
    _, events = _events(nlp, text)
    mobilize = _one(events, "MOBILIZE")
    assert mobilize.mode == "troops"
    assert mobilize.modality == "asserted"
    protest = _one(events, "PROTEST")
    assert protest.modality == "hypothetical"


@pytest.mark.model
def test_events_build_up_noun_takes_its_of_phrase_as_actor(nlp):
    text = "There has been a massive build-up of riot police in the capital."
    _, events = _events(nlp, text)
    event = _one(events, "MOBILIZE")
    assert event.mode == "police"
    assert "police" in event.actor_text
    assert text[event.trigger[0] : event.trigger[1]] == "build-up"


@pytest.mark.model
def test_events_arrest_noun_takes_its_of_phrase_as_target(nlp):
    _, events = _events(nlp, "Rights groups documented the arrests of dozens of students in Khartoum.")
    event = _one(events, "COERCE")
    assert event.mode == "arrest"
    assert "students" in event.target_text


@pytest.mark.model
def test_events_future_cooperation_is_agree(nlp):
    _, events = _events(
        nlp, "The government will release all detained journalists next week, a spokesman said."
    )
    event = _one(events, "AGREE")
    assert event.modality == "planned"
    assert not [e for e in events if e.type == "RETREAT"]


@pytest.mark.model
def test_events_must_under_a_reporting_verb_is_demand(nlp):
    _, events = _events(nlp, "The opposition coalition said the president must resign immediately.")
    event = _one(events, "DEMAND")
    assert "opposition" in event.actor_text
    assert "president" in event.target_text


@pytest.mark.model
def test_events_threatened_to_is_one_threaten_event(nlp):
    text = "The governor threatened to impose a curfew on the city if the strikes continued."
    _, events = _events(nlp, text)
    event = events[0]
    assert event.type == "THREATEN"
    assert event.modality == "threatened"
    assert event.actor_text == "The governor"
    assert not [e for e in events if e.type == "COERCE"]  # the curfew is what is threatened


@pytest.mark.model
def test_events_official_quote_that_threatens_is_threaten_by_speaker(nlp):
    from tally.records import Quote

    text = "Interior Minister Yuri Karaev said: “We will not tolerate any more riots in our cities.”"
    start = text.index("We will")
    end = text.index("cities.") + len("cities.")

    def quote(ctx):
        speaker = ctx.entities.add_mention(
            "Yuri Karaev", text.index("Yuri"), text.index("Yuri") + 11, "PERSON"
        )
        return Quote(
            id="q1",
            kind="direct",
            start=start,
            end=end,
            text=text[start:end],
            speaker=speaker.id,
            speaker_name=speaker.name,
            evidence=(0, len(text)),
        )

    ctx, events = _events(nlp, text, quotes=[quote])
    event = _one(events, "THREATEN")
    assert event.modality == "threatened"
    assert event.actor == ctx.entities.by_name("Yuri Karaev").id
    assert text[event.trigger[0] : event.trigger[1]] == "will not tolerate"


@pytest.mark.model
def test_events_weapon_sets_mode_and_military_weapons_make_fight(nlp):
    _, events = _events(nlp, "Government helicopters killed twelve villagers near the border.")
    event = _one(events, "FIGHT")
    assert event.mode == "heavy-weapons"


@pytest.mark.model
def test_events_offsets_and_ids_are_consistent(nlp):
    text = (
        "Protesters blocked the main highway on Monday. Police beat several students and detained "
        "their leaders. The interior ministry later lifted the curfew."
    )
    _, events = _events(nlp, text)
    assert [e.id for e in events] == [f"v{i}" for i in range(1, len(events) + 1)]
    for e in events:
        assert 0 <= e.evidence[0] <= e.trigger[0] < e.trigger[1] <= e.evidence[1] <= len(text)
    types = [(e.type, e.mode) for e in events]
    assert ("PROTEST", "obstruct") in types
    assert ("ASSAULT", "beat") in types
    assert ("COERCE", "detain") in types
    assert ("CONCEDE", None) in types


# -- seeds (full pipeline; place/date/figure checks only where those extractors ran) --
def _text(article, span):
    return article.text[span[0] : span[1]]


def _place_names(article, event):
    place = next((p for p in article.places if p.id == event.place), None)
    return {place.name, place.admin1} if place else set()


@pytest.mark.model
def test_events_seed_000_security_build_up(seed_articles):
    article = seed_articles["000"]
    event = next(
        e for e in article.events if e.type == "MOBILIZE" and "build-up" in _text(article, e.trigger)
    )
    assert "security forces" in event.actor_text
    if article.places:
        assert _place_names(article, event) & {"Behbehan", "Behbahān", "Behbahan", "Khuzestan"}


@pytest.mark.model
def test_events_seed_000_arrests_and_garrison(seed_articles):
    article = seed_articles["000"]
    arrest = next(e for e in article.events if e.type == "COERCE" and _text(article, e.trigger) == "arrested")
    assert arrest.mode == "arrest"
    assert "security forces" in arrest.actor_text
    assert "146 people" in arrest.target_text
    if article.figures:
        assert any(f.id in arrest.figures and f.value == 146 for f in article.figures)
    if article.places:
        assert "Tehran" in _place_names(article, arrest)
    garrison = next(
        e for e in article.events if e.type == "MOBILIZE" and "garrison" in _text(article, e.trigger)
    )
    if article.places:
        assert "Tehran" in _place_names(article, garrison)


@pytest.mark.model
def test_events_seed_000_threats_by_the_quoted_officials(seed_articles):
    article = seed_articles["000"]
    if not article.quotes:
        pytest.skip("quotes extractor not present")
    names = {e.id: e.name for e in article.entities}
    speakers = {names.get(e.actor) for e in article.events if e.type == "THREATEN"}
    assert {"Ebrahim Raisi", "Gholamhossein Esmaili"} <= speakers
    assert all(e.modality == "threatened" for e in article.events if e.type == "THREATEN")


@pytest.mark.model
def test_events_seed_001_crackdown_events(seed_articles):
    article = seed_articles["001"]
    events = article.events
    massacre = next(e for e in events if e.type == "ASSAULT" and _text(article, e.trigger) == "massacred")
    assert "1,500 protesters" in massacre.target_text
    children = [
        e for e in events if e.type == "COERCE" and e.mode == "arrest" and e.target_text == "children"
    ]
    assert children
    censor = next(e for e in events if e.type == "COERCE" and e.mode == "censor")
    assert "internet" in _text(article, censor.trigger)
    protests = next(
        e
        for e in events
        if e.type == "PROTEST" and "190 cities" in article.text[e.evidence[0] : e.evidence[1]]
    )
    if article.dates and article.source.published:
        assert protests.date == "2019-11"
        assert massacre.date == "2019-11"
    if article.figures:
        assert any(f.value == 1500 for f in article.figures if f.id in massacre.figures)
