"""Figure sources on real reports, sixteenth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# --- "…, claims the National Unity Front": a verb of saying inverted after its content, its speaker after it ---


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        ("Sixty-one people were shot dead in the port, claims the Freedom Alliance.", 61, "Freedom Alliance"),
        ("At least 230 students have been detained, claimed the teachers' union.", 230, "union"),
        ("Nineteen soldiers were wounded in the ambush, alleged the rebel commander.", 19, "commander"),
        # a guard (passes before the rule): "says" is parsed with its subject after it
        ("Forty-four people were arrested at the rally, says the Freedom Alliance.", 44, "Freedom Alliance"),
    ],
)
def test_a_speaker_after_an_inverted_verb_of_saying_gives_the_count(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


def test_an_object_after_a_verb_that_is_not_saying_is_no_speaker():
    # guard: "…, angering the opposition" is no attribution
    text = "The police said 27 people were detained overnight, angering the opposition."
    asserted, _, _ = roles_of(text, 27)
    assert asserted == ["police"]


# --- "Among them were 4 women": a part of the count before, in the voice that gave the count ------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "At least 27 people were shot dead in the capital, according to the Doctors' Union. Among them "
            "were 5 teenagers.",
            5,
            "Union",
        ),
        # a guard (passes before the rule): a sentence of saying before carries over anyway
        (
            "The Legal Aid Centre said 140 activists had been detained. Among those were 11 journalists.",
            11,
            "Centre",
        ),
        # a guard (passes before the rule): "Of them" was already read so
        (
            "At least 27 people were shot dead in the capital, according to the Doctors' Union. Of them, "
            "5 were schoolchildren.",
            5,
            "Union",
        ),
    ],
)
def test_among_them_continues_the_count_and_its_source(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


# --- "the group's lawyers said": people of a body named before by a description speak for that body ------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "The legal aid centre Pravo said police held 410 people overnight. According to the centre's "
            "monitors, at least 35 people were beaten in custody.",
            35,
            "Pravo",
        ),
        (
            "The Sahel Human Rights League documented the raids. The group's lawyers said 62 men were still "
            "missing.",
            62,
            "Sahel Human Rights League",
        ),
        (
            "The rights group Vesna said police detained 300 people. Its lawyers said 50 people were beaten.",
            50,
            "Vesna",
        ),
    ],
)
def test_people_of_a_body_named_by_a_description_speak_for_the_body(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


def test_people_of_a_named_owner_who_is_no_body_keep_their_own_name():
    # guard: "the victims' lawyers" are no organisation's people
    text = "Amnesty International said 300 were detained. The victims' lawyers said 50 people were beaten."
    asserted, _, _ = roles_of(text, 50)
    assert asserted and not any("Amnesty" in a for a in asserted)


# --- "The list includes 27 minors": a document that holds a count gives it, as its issuer --------------


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "Detentions rose to 530, according to a register kept by the Detainee Support Network.\n\n"
            "The register, last updated on Sunday, includes 19 minors.",
            19,
            "Detainee Support Network",
        ),
        (
            "The Bar Council compiled a list of the detained. The list contains the names of 44 students.",
            44,
            "Bar Council",
        ),
    ],
)
def test_a_document_that_holds_a_count_gives_it(text, value, word):
    asserted, confirmed, _ = roles_of(text, value)
    assert any(word in a for a in asserted + confirmed)


def test_a_crowd_that_includes_a_count_is_no_document():
    # guard: "The crowd included 27 minors" is the writer's, whatever was compiled before
    text = "The Bar Council compiled a list of the detained. The crowd on Friday included 27 minors."
    asserted, _, _ = roles_of(text, 27)
    assert not any("Bar Council" in a for a in asserted)


# --- "rejected claims made by the opposition that 25 …": who made or spread the claim gives the count ----


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "The governor rejected claims made by the student union that 31 of its members had been "
            "abducted.",
            31,
            "union",
        ),
        (
            "The army dismissed as false the rumours spread by the rebel movement that 60 soldiers had "
            "been killed in the ambush.",
            60,
            "movement",
        ),
        (
            "The ministry denied the accusation, made by the farmers' league, that 14 farmers had been shot.",
            14,
            "league",
        ),
    ],
)
def test_who_made_a_claim_the_count_is_in_asserts_it(text, value, word):
    asserted, _, disputed = roles_of(text, value)
    assert any(word in a for a in asserted)
    assert disputed


# --- "Videos posted online show …": a record shows a count; its issuer gives it, or else the writer -------


def test_a_record_that_shows_a_count_is_no_source_of_its_own():
    text = "Videos posted online show soldiers beating 12 students outside the university."
    asserted, _, _ = roles_of(text, 12)
    assert asserted == []


def test_a_record_obtained_by_a_named_body_is_that_bodys():
    # guard: the record's issuer still gives the count
    text = "Footage obtained by the BBC shows police dragging 7 men from a bus."
    asserted, _, _ = roles_of(text, 7)
    assert asserted == ["BBC"]


# --- slogans: the crowd that chants them speaks, named from the verb of chanting's own clause -----------


def _slogan_speakers(text: str) -> list[tuple[str, str]]:
    import tally

    article = tally.analyze(text, published="2024-05-02")
    names = {e.id: e.name for e in article.entities}
    return [(q.text, names.get(q.speaker or "", "")) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "slogan", "crowd"),
    [
        (
            'Hundreds of nurses gathered outside the ministry on Monday, chanting "Pay us now" before '
            "police moved them on.",
            "Pay us now",
            "nurses",
        ),
        (
            'Thousands of farmers drove their tractors through the city centre chanting "No land, no peace".',
            "No land, no peace",
            "farmers",
        ),
        ('Striking dockers sang "We shall not be moved" at the gates.', "We shall not be moved", "dockers"),
        (
            'Tens of thousands of miners marched on the capital chanting "Our wages, our lives".',
            "Our wages, our lives",
            "miners",
        ),
    ],
)
def test_a_slogan_is_the_crowds_that_chants_it(text, slogan, crowd):
    found = [name for quote, name in _slogan_speakers(text) if slogan in quote]
    assert found and crowd in found[0]


def test_a_pronoun_crowd_names_no_one():
    # guard: "they chanted" after a named speaker is neither that speaker nor anyone
    text = '"We are afraid," said Amina Diallo, a teacher. Then they chanted "Free our sons" for an hour.'
    found = [name for quote, name in _slogan_speakers(text) if "Free our sons" in quote]
    assert found == [""]


# --- "…, including 5,000 on March 6 alone": a date in a count's phrase takes the tense of the count's verb --


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    import tally

    article = tally.analyze(text, published=published, only=["dates"])
    return [(text[d.start : d.end], d.value) for d in article.dates]


def test_a_date_in_a_counts_phrase_takes_the_tense_of_the_counts_verb():
    text = (
        "Police have arrested more than 2,400 people since the protests began, including 900 on "
        "December 2 alone."
    )
    assert ("December 2", "2023-12-02") in _dates(text, "2024-09-20")


def test_a_date_in_a_count_still_looks_ahead_with_a_future_verb():
    # guard: "will deploy 5,000 officers on April 2" is next April's
    text = "The ministry will deploy 5,000 officers on April 2."
    assert ("April 2", "2025-04-02") in _dates(text, "2024-11-20")


# --- "Police chief Brigadier General Ali Rezaei": ranks before a person make no organisation -------------


@pytest.mark.parametrize(
    "text",
    [
        "Police chief Brigadier General Ali Rezaei toured the city. The police chief said 400 rioters had "
        "been arrested.",
        # a guard (passes before the rule): here the parser hangs the rank elsewhere
        "Provincial police chief Major General Ali Rezaei toured the city. The police chief said 400 "
        "rioters had been arrested.",
    ],
)
def test_the_office_after_a_ranked_holder_is_the_holder(text):
    asserted, _, _ = roles_of(text, 400)
    assert asserted == ["Ali Rezaei"]


def test_a_named_body_introduced_with_its_noun_is_still_that_body():
    # guard: "the centre" after "the human rights centre Vesna" is Vesna
    text = "The human rights centre Vesna said 300 were held. The centre said 20 were beaten."
    asserted, _, _ = roles_of(text, 20)
    assert asserted == ["Vesna"]


# --- categories: people counted under their kin or counsel, and "among those arrested" ---------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Relatives of about 30 detainees gathered outside the prison on Sunday.", 30, "detained"),
        ("Lawyers for 45 prisoners staged a sit-in outside the court.", 45, "detained"),
        ("Parents of 12 students marched to the ministry on Friday.", 12, "other"),
        ("The spokesman said 60 teenagers among those arrested had been released.", 60, "arrested"),
        ("Officials said 12 women among those detained in March were freed on bail.", 12, "detained"),
        # a guard (passes before the rule): kin of the missing, by the men's own adjective
        ("Families of 40 missing men gathered in the square.", 40, "disappeared"),
    ],
)
def test_counted_people_keep_their_own_category_not_their_kins_act(text, value, category):
    from tests._figure_roles import figure_category

    assert figure_category(text, value, "2024-05-02") == category


# --- a part let go, and a part that died of no violence, leave the toll's category -----------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "The commission said at least 400 people had been arrested since October, of whom 310 were "
            "later released on bail.",
            310,
            "other",
        ),
        (
            "At least 61 people died. Of those, 48 were killed in clashes with soldiers, and 13 died in "
            "road accidents at the blockades.",
            13,
            "deaths",
        ),
        # guards (pass before the rules): a part still held, and a part that died of its wounds
        ("Police detained 212 people, of whom 87 were women.", 87, "detained"),
        ("Two of the wounded died of their injuries.", 2, "killed"),
    ],
)
def test_a_part_let_go_or_dead_of_no_violence_leaves_the_tolls_category(text, value, category):
    from tests._figure_roles import figure_category

    assert figure_category(text, value, "2024-05-02") == category


def test_a_part_of_people_after_a_count_of_places_is_a_part_of_the_people():
    # "… the arrests of 820 people in five provinces. Among them were 45 women": the people, not the provinces
    from tests._figure_roles import figure_category

    text = (
        "The Bar Council said it had documented the arrests of 820 people in five provinces. Among them "
        "were 45 women and dozens of students, as well as several well-known figures, the council said."
    )
    assert figure_category(text, 45, "2024-05-02") == "arrested"
    assert figure_category(text, 5, "2024-05-02") == "places"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The protests spread to the port, where several hundred people clashed with security forces.",
            "protesters",
        ),
        ("Hundreds of young men clashed with riot police near the square.", "protesters"),
        # a guard (passes before the rule): two communities clashing are no crowd of protesters
        ("Several hundred people clashed with rival villagers over grazing land.", "other"),
    ],
)
def test_plain_people_who_clash_with_state_forces_are_a_crowd(text, category):
    from tests._figure_roles import figure_category

    assert figure_category(text, 100, "2024-05-02") == category
