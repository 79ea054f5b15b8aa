"""Quotes and speakers: quote marks, cues, speakers, channels, and the two seed articles.

Sentences here are written for these tests (none come from the eval sets).
Every test that gets quotes checks that each record's ``text`` is the span
``text[start:end]`` through :func:`_quotes`.
"""

from __future__ import annotations

import time

import pytest

from tally.extract.quotes.marks import find_marked_spans
from tally.records import DateMention, Quote


def _quotes(nlp, text: str, dates: list[DateMention] | None = None) -> tuple[list[Quote], dict]:
    """Quotes of *text* and the entities by id; checks the offsets of every record."""
    from tally.extract.context import ExtractContext
    from tally.extract.entities import extract_entities
    from tally.extract.quotes import extract_quotes

    doc = nlp(text)
    ctx = ExtractContext(doc=doc, entities=extract_entities(doc), dates=dates or [])
    quotes = extract_quotes(ctx)
    entities = {e.id: e for e in ctx.entities.entities}
    for n, q in enumerate(quotes, 1):
        assert q.text == text[q.start : q.end]
        assert q.id == f"q{n}"
        assert q.evidence[0] <= q.start and q.end <= q.evidence[1]
        assert q.speaker is None or q.speaker in entities
        assert q.via is None or q.via in entities
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    return quotes, entities


def _reported(quotes: list[Quote], words: str, kind: str | None = None) -> list[Quote]:
    """The records whose text holds *words* (of *kind* only, when given)."""
    return [q for q in quotes if words in q.text and (kind is None or q.kind == kind)]


def _one(quotes: list[Quote], words: str) -> Quote:
    hits = _reported(quotes, words)
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def _speaker(quote: Quote, entities: dict) -> str | None:
    return entities[quote.speaker].name if quote.speaker else None


# -- quote marks (no model) ---------------------------------------------------


def _marked(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marked_spans(text)]


def test_quotes_marks_straight_and_curly():
    text = 'She said “we will stay” and he said "we will go".'
    assert _marked(text) == ["we will stay", "we will go"]


def test_quotes_marks_handles_nested_quotation_marks():
    text = "“The plan is called ‘order’, and it starts today,” he said."
    assert _marked(text) == ["The plan is called ‘order’, and it starts today,"]


def test_quotes_marks_right_mark_typed_as_opening_opens():
    text = "”Fear. I am truly afraid of what comes next.” ― Ana Ruiz\nShe left,” he said."
    assert _marked(text) == ["Fear. I am truly afraid of what comes next."]


def test_quotes_marks_apostrophes_are_not_quote_marks():
    text = "The ministers’ plan and Tehran’s police don’t ‘stop’ anything."
    assert _marked(text) == ["stop"]


def test_quotes_marks_missing_close_ends_at_paragraph():
    text = "He said: “We will act fast.\n\nThe next paragraph is narration."
    spans = find_marked_spans(text)
    assert [text[m.start : m.end] for m in spans] == ["We will act fast."]
    assert spans[0].close_at is None and not spans[0].continues


def test_quotes_marks_multi_paragraph_quote_continues():
    text = "He said: “First part.\n\n“Second part.”\n\nNarration."
    spans = find_marked_spans(text)
    assert [text[m.start : m.end] for m in spans] == ["First part.", "Second part."]
    assert spans[0].continues and spans[1].close_at is not None


def test_quotes_marks_mixed_styles_close_each_other():
    text = 'there was “no evidence" yet, and "more hours” are needed'
    assert _marked(text) == ["no evidence", "more hours"]


def test_quotes_marks_linear_on_long_input():
    text = ("word “open " * 20000) + "\n" + ('"a ' * 20000)
    started = time.process_time()  # CPU seconds: the suite's other worker shares the cores
    find_marked_spans(text)
    assert time.process_time() - started < 2.0


# -- direct quotes --------------------------------------------------------------


@pytest.mark.model
def test_quotes_direct_with_cue_after(nlp):
    text = "“We will not allow any gathering in the capital,” said Ali Rezaei, the police chief."
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert q.kind == "direct" and q.text.startswith("We will not allow")
    assert q.cue == "said" and _speaker(q, entities) == "Ali Rezaei"


@pytest.mark.model
def test_quotes_speaker_in_sentence_before_colon(nlp):
    text = (
        "This was what the country's interior minister, Ahmad Vahidi, said on Sunday: "
        "“The streets belong to the people and we will keep order.”"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert _speaker(q, entities) == "Ahmad Vahidi" and q.cue == "said"


@pytest.mark.model
def test_quotes_speaker_after_passive_cue(nlp):
    text = (
        "“Order will be restored in every province within days,” was the message quoted "
        "from the ministry's spokesperson, Majid Mirahmadi."
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert _speaker(q, entities) == "Majid Mirahmadi" and q.cue == "quoted"


@pytest.mark.model
def test_quotes_continuation_paragraph_keeps_speaker(nlp):
    text = (
        "Ahmad Vahidi said: “The streets belong to the people and we will keep order.”\n\n"
        "“Anyone who disturbs the peace will face the courts without delay.”"
    )
    quotes, entities = _quotes(nlp, text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert {_speaker(q, entities) for q in quotes} == {"Ahmad Vahidi"}


@pytest.mark.model
def test_quotes_cue_in_sentence_before_and_via_channel(nlp):
    text = (
        "Vahidi told provincial governors, as stated by a Reuters report. "
        "“Close every road that leads to the square”."
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert q.cue == "told" and _speaker(q, entities) == "Vahidi"
    assert entities[q.via].name == "Reuters"


@pytest.mark.model
def test_quotes_possessive_reply_and_interview_channel(nlp):
    text = (
        "Majid Mirahmadi was interviewed by internet TV channel Ofogh about the new court. "
        "His reply was: “This court will speed up the cases and bring the judges together."
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert q.text.endswith("bring the judges together.")  # closed at the paragraph end
    assert _speaker(q, entities) == "Majid Mirahmadi"
    assert entities[q.via].name == "Ofogh"


@pytest.mark.model
def test_quotes_organisation_speaker(nlp):
    text = (
        "The National Union of Teachers wrote: “Our members will strike until every "
        "detained teacher is released.”"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert entities[q.speaker].name == "National Union of Teachers"


@pytest.mark.model
def test_quotes_signed_with_dash(nlp):
    text = "“We were beaten in the street and nobody helped us.” ― Sara Karimi\n"
    quotes, _ = _quotes(nlp, text)
    (q,) = quotes
    assert q.speaker_name == "Sara Karimi" and q.kind == "direct"


# -- scare quotes and titles ------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The so-called “reforms” were never passed by the parliament.",
        "Most residents see the patrols as the real “criminals”.",
        "Amnesty International published a report entitled “Silenced Voices: Arrests and "
        "Torture in the Provinces” on Monday.",
    ],
)
def test_quotes_scare_quotes_and_titles_are_not_speech(nlp, text):
    quotes, _ = _quotes(nlp, text)
    assert quotes == []


# -- indirect and mixed -----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "content", "cue"),
    [
        (
            "The governor said that the protests had ended peacefully.",
            "governor",
            "the protests had ended peacefully",
            "said",
        ),
        (
            "Three students were detained overnight, according to the Teachers Union.",
            "Teachers Union",
            "Three students were detained overnight",
            "according to",
        ),
        (
            "Ali Rezaei told reporters the curfew would be lifted on Friday.",
            "Ali Rezaei",
            "the curfew would be lifted on Friday",
            "told",
        ),
        (
            "Human Rights Watch warned that the detainees faced torture.",
            "Human Rights Watch",
            "the detainees faced torture",
            "warned",
        ),
    ],
)
def test_quotes_indirect(nlp, text, speaker, content, cue):
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, content)
    assert q.kind == "indirect" and q.cue == cue
    assert speaker in (q.speaker_name or "")
    if speaker[0].isupper():
        assert speaker in _speaker(q, entities)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The provincial court ruled that the curfew violated the constitution.",
            "court",
            "the curfew violated the constitution",
        ),
        (
            "Amnesty International pointed out that none of the detainees had seen a lawyer.",
            "Amnesty International",
            "none of the detainees had seen a lawyer",
        ),
        (
            "The defence lawyer cited the lack of any witness statements in the file.",
            "lawyer",
            "the lack of any witness statements",
        ),
        (
            "Polls show a close race between the two candidates in the capital.",
            "Polls",
            "a close race between the two candidates",
        ),
        (
            "The interior ministry called the protesters foreign agents and vandals.",
            "ministry",
            "the protesters foreign agents and vandals",
        ),
        (
            "The union expects that the strike will spread to the ports next week.",
            "union",
            "the strike will spread to the ports next week",
        ),
    ],
)
def test_quotes_that_clauses_and_cited_objects_are_reports(nlp, text, speaker, content):
    quotes, _ = _quotes(nlp, text)
    q = _one(quotes, content)
    assert q.kind == "indirect" and speaker in (q.speaker_name or "")


@pytest.mark.model
def test_quotes_headline_names_its_source_before_a_colon(nlp):
    text = (
        "Union: Teachers will strike until the detained colleagues are freed\n\nThe strike began on Monday."
    )
    quotes, _ = _quotes(nlp, text)
    q = _one(quotes, "Teachers will strike")
    assert q.speaker_name == "Union" and q.cue == ":"


@pytest.mark.model
def test_quotes_show_is_a_report_only_with_evidence_as_subject(nlp):
    quotes, _ = _quotes(nlp, "The marchers showed great courage in the face of the police.")
    assert quotes == []


@pytest.mark.model
def test_quotes_impersonal_that_clause_has_no_source(nlp):
    quotes, _ = _quotes(nlp, "It seems that the march will go ahead despite the ban.")
    assert all((q.speaker_name or "").lower() != "it" for q in quotes)


@pytest.mark.model
def test_quotes_mixed_quote(nlp):
    text = "The prosecutor said that the court's policy is “dealing with rioters” from now on."
    quotes, _ = _quotes(nlp, text)
    (q,) = quotes
    assert q.kind == "mixed" and "“dealing with rioters”" in q.text


@pytest.mark.model
def test_quotes_pronoun_speaker_resolved(nlp):
    text = (
        "Ali Rezaei visited the university on Monday.\n\n"
        "He said that the arrested students would be released."
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert _speaker(q, entities) == "Ali Rezaei"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a title says who "she" is
            "Mrs. Karimi spoke to the crowd outside the court. Then Mr. Tavakoli arrived.\n\n"
            "“We will keep coming back every week until they free our sons,” she said.",
            "Karimi",
        ),
        (  # so does a gendered noun next to the name
            "Maria Gonzalez, a spokeswoman for the families, met reporters on Monday. "
            "John Peters, the police chief, stayed in his office.\n\n"
            "“Nobody will tell us where they are held until the trial,” she said.",
            "Maria Gonzalez",
        ),
        (  # and a pronoun right after the only person named
            "Sima Bahrami runs a small bakery in Tabriz. She closed it during the strike.\n\n"
            "Reza Moradi joined the march later that day with his brother.\n\n"
            "“The shops will stay shut until the arrests stop,” she said.",
            "Sima Bahrami",
        ),
    ],
)
def test_quotes_pronoun_speaker_matches_gender_learnt_from_the_article(nlp, text, speaker):
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "until")
    assert speaker in (_speaker(q, entities) or "")


@pytest.mark.model
def test_quotes_pronoun_speaker_uses_first_names_when_the_article_says_nothing(nlp):
    text = (
        "Kevin Walsh drove Melanie Ortiz to the rally outside the courthouse.\n\n"
        "“We will stand here every day until the prisoners are released,” she said."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "every day")
    assert _speaker(q, entities) == "Melanie Ortiz"


def test_quotes_org_tagged_names_that_read_like_people_can_be_he_or_she():
    from tally.extract.quotes.speakers import _may_be_person
    from tally.records import Entity

    def org(name: str) -> Entity:
        return Entity(id="e1", name=name, type="ORG")

    assert _may_be_person(org("Loretta E. Lynch"))  # a middle initial
    assert _may_be_person(org("Pennsylvania Gov. Edward Rendell"))  # a first name
    assert not _may_be_person(org("National Mall"))
    assert not _may_be_person(org("Edward Jones Foundation"))  # an organisation word
    assert not _may_be_person(Entity(id="e2", name="Tehran", type="GPE"))


@pytest.mark.model
def test_quotes_signature_after_a_no_break_space(nlp):
    text = (
        "“The curfew keeps us inside while they raid the homes at night.”\xa0― Leyla Aydin\xa0\n"
        "“Nobody has told the families where the detained students are held.” ― Omar Haddad\n"
    )
    quotes, entities = _quotes(nlp, text)
    assert _one(quotes, "curfew").speaker_name == "Leyla Aydin"
    assert _one(quotes, "Nobody").speaker_name == "Omar Haddad"


@pytest.mark.model
def test_quotes_definite_description_speaker_is_the_person_named_before(nlp):
    text = (
        "Rep. Adam Kowalski called for an inquiry into the police raids on Monday. "
        "The congressman said the raids were unlawful and that the detainees must be freed."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "unlawful")
    assert _speaker(q, entities) == "Adam Kowalski"
    entity = entities[q.speaker]
    assert (text.index("The congressman"), text.index("The congressman") + len("The congressman")) in [
        tuple(m) for m in entity.mentions
    ]


@pytest.mark.model
def test_quotes_quoted_words_need_a_speaker_who_can_speak(nlp):
    text = (
        "His aides rewrote the statement overnight, replacing the pledge with softer language "
        "calling for “appropriate assistance to the families.”"
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "appropriate assistance")
    assert "language" not in (q.speaker_name or "")


@pytest.mark.model
def test_quotes_pronoun_speaker_skips_names_inside_the_quote(nlp):
    text = (
        "Reza Tavakoli spoke to reporters in Shiraz on Tuesday.\n\n"
        "“I have known Hassan Karimi for years and he never carried a weapon,” he said."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "never carried a weapon")
    assert _speaker(q, entities) == "Reza Tavakoli"


@pytest.mark.model
def test_quotes_speaker_stays_in_the_cue_paragraph(nlp):
    text = "Latest updates:\n\n9:30 a.m.\n\nThe provincial governor says the curfew will be lifted on Friday."
    quotes, _ = _quotes(nlp, text)
    q = _one(quotes, "curfew will be lifted")
    assert "a.m." not in (q.speaker_name or "") and "governor" in (q.speaker_name or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The teachers' union wants to end the strike before the exams.", "end the strike", "union"),
        (
            "Amnesty International called for an independent inquiry into the shootings.",
            "an independent inquiry",
            "Amnesty International",
        ),
        (
            "The interior minister pledged to release the detained students.",
            "release the detained",
            "minister",
        ),
    ],
)
def test_quotes_aims_and_demands_are_indirect_quotes(nlp, text, content, speaker):
    quotes, _ = _quotes(nlp, text)
    q = _one(quotes, content)
    assert q.kind == "indirect" and speaker in (q.speaker_name or "")


@pytest.mark.model
def test_quotes_group_speaker_gets_an_entity(nlp):
    text = "Security officials said that more than forty people were detained."
    quotes, entities = _quotes(nlp, text)
    (q,) = quotes
    assert q.speaker is not None and entities[q.speaker].type == "GROUP"


@pytest.mark.model
def test_quotes_date_from_cue_clause(nlp):
    text = "Ali Rezaei said on Monday that the curfew would end."
    start = text.index("Monday")
    day = DateMention(start=start, end=start + 6, text="Monday", value="2020-11-02")
    quotes, _ = _quotes(nlp, text, dates=[day])
    (q,) = quotes
    assert q.date == "2020-11-02"


# -- seed articles ------------------------------------------------------------------


@pytest.mark.model
def test_quotes_seed_000_direct_quotes_and_speakers(nlp, seed_texts):
    quotes, entities = _quotes(nlp, seed_texts["000"])
    expected = {
        "Do whatever it takes": "Khamenei",
        "Prosecutors must act with power": "Ebrahim Raisi",
        "The issue of security is no joke": "Ebrahim Raisi",
        "The security of citizens and the people": "Gholamhossein Esmaili",
        "This garrison will improve coordination": "Gholamhossein Esmaili",
        "The November 2019 uprising": "Maryam Rajavi",
    }
    for words, name in expected.items():
        q = _one(quotes, words)
        assert q.kind == "direct" and _speaker(q, entities) == name
    assert entities[_one(quotes, "Do whatever").via].name == "Reuters"
    assert entities[_one(quotes, "This garrison").via].name == "Edalat"
    assert _one(quotes, "This garrison").text.endswith("these people.")


@pytest.mark.model
def test_quotes_seed_001_direct_quotes_and_speakers(nlp, seed_texts):
    quotes, entities = _quotes(nlp, seed_texts["001"])
    assert _speaker(_one(quotes, "Security is a fundamental issue"), entities) == "Ebrahim Raisi"
    pmoi = _one(quotes, "What all of this proves")
    assert "PMOI" in entities[pmoi.speaker].aliases
    assert _speaker(_one(quotes, "The volcanic uprising"), entities) == "Maryam Rajavi"
    montazeri = _one(quotes, "dealing with thugs")
    assert montazeri.kind == "mixed"
    assert _speaker(montazeri, entities).startswith("Mohammad Jaffar Montazeri")


@pytest.mark.model
@pytest.mark.parametrize("seed", ["000", "001"])
def test_quotes_seed_scare_quotes_not_attributed(nlp, seed_texts, seed):
    quotes, entities = _quotes(nlp, seed_texts[seed])
    for q in quotes:
        # "thugs", "citizens", "street gangs" and the Amnesty report title
        assert q.text.strip("“”\"'.,") not in {"thugs", "citizens", "street gangs"}
        assert not q.text.startswith("Trampling Humanity")


def test_quotes_survive_marks_separated_only_by_blank_lines(nlp):
    from tally.extract.context import ExtractContext
    from tally.extract.entities import extract_entities
    from tally.extract.quotes import extract_quotes

    text = "The mayor spoke.\n\n“\n\n“We will rebuild the market,” she said.\n\n“  \n"
    doc = nlp(text)
    quotes = extract_quotes(ExtractContext(doc=doc, entities=extract_entities(doc)))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    assert any(q.text.startswith("We will rebuild") for q in quotes)


def test_quotes_tokens_between_handles_whitespace_only_ranges(nlp):
    from tally.extract.quotes.cues import tokens_between

    doc = nlp("Police said.\n\n\n   Officials agreed.")
    assert tokens_between(doc, 13, 16) == []
    assert [t.text for t in tokens_between(doc, 0, 12)] == ["Police", "said", "."]


def test_quotes_colon_paragraph_introduces_next_paragraph_quote(nlp):
    text = (
        "Marta Ruiz spoke to reporters outside the court on Friday.\n\n"
        "Ruiz continued:\n\n"
        "“The families have waited four years for this hearing and they will keep waiting.”"
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "families have waited")
    assert q.cue == "continued"
    assert "Ruiz" in (_speaker(q, entities) or "")


def test_quotes_second_segment_after_sentence_keeps_the_speaker(nlp):
    text = (
        "“We will hold the square until they listen to us,” organiser Tomas Berg said on Monday. "
        "“Nobody here is afraid of the police anymore.”"
    )
    quotes, entities = _quotes(nlp, text)
    first, second = _one(quotes, "hold the square"), _one(quotes, "Nobody here")
    assert _speaker(second, entities) == _speaker(first, entities) == "Tomas Berg"
    # one utterance: the segments name the speaker through the same mention and cue
    assert second.speaker_span == first.speaker_span and second.cue == first.cue


def test_quotes_cue_with_two_clauses_takes_the_one_beside_it(nlp):
    text = (
        "Ana Diaz, a nurse at the clinic, said she hopes the inquiry sends a message that "
        "“patients come first.”\n"
        "“We treated everyone who came through the door, and we will do it again,” said Diaz."
    )
    quotes, entities = _quotes(nlp, text)
    q = _one(quotes, "We treated everyone")
    assert q.cue == "said" and "Diaz" in (_speaker(q, entities) or "")


def test_quotes_date_after_cue_is_not_the_speaker(nlp):
    text = (
        "“The curfew will be lifted once the streets are calm again,” Governor Lena Holt, "
        "a former judge, said Thursday morning."
    )
    quotes, _entities = _quotes(nlp, text)
    q = _one(quotes, "curfew will be lifted")
    assert q.speaker_name and "Thursday" not in q.speaker_name
