"""Quotes of crackdown reporting, eighteenth round.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _turn, _with

# -- an office of a named body ("the UN's rights chief"): no earlier speaker who was never given it


def test_an_office_of_a_named_body_is_not_the_student_quoted_before(nlp):
    text = (
        'Marta Ilic, a 20-year-old student, joined the march on Friday. "I am not afraid of them," '
        "she said.\n\n"
        "The UN's human rights chief said on Monday that the shootings were \"a grave breach of "
        'international law".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "a grave breach of international law")
    assert len(hits) == 1 and "Marta" not in _name(hits[0], entities)
    assert "chief" in _name(hits[0], entities)


def test_an_office_of_a_named_bloc_with_a_compound_is_not_the_last_speaker(nlp):
    text = (
        '"We will stay until they listen," said Tamar Kapanadze, a nurse, outside parliament.\n\n'
        "The European Union's foreign policy chief said in a statement that the bloc \"condemns the "
        'beating of journalists in the strongest terms".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "condemns the beating of journalists")
    assert len(hits) == 1 and "Kapanadze" not in _name(hits[0], entities)


def test_an_office_of_a_named_body_is_the_person_given_it(nlp):
    # guard: the article gave the last speaker that office of that body
    text = (
        "The UN's human rights chief, Anita Berg, spoke to reporters in Geneva on Tuesday. "
        '"Nobody should be jailed for a placard," Berg said.\n\n'
        'The UN\'s human rights chief added that the trials had been "deeply unfair".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "deeply unfair")
    assert len(hits) == 1 and _name(hits[0], entities) == "Anita Berg"


# -- "the statement said": the document named last, by whoever issued it -------------------------


def test_the_statement_is_the_one_named_after_the_last_speakers_statement(nlp):
    text = (
        'In a statement on Sunday, the interior ministry said police had "acted with restraint".\n\n'
        "The Bar Council, in a statement posted on its website, rejected the account. "
        '"Lawyers were beaten in the corridors of the court," the statement said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Lawyers were beaten in the corridors")
    assert len(hits) == 1 and "Bar Council" in _name(hits[0], entities)


def test_the_statement_of_the_last_speaker_stays_theirs(nlp):
    # guard: no other statement is named after the last speaker's
    text = (
        'In a statement on Sunday, the Bar Council said lawyers had been "beaten in the corridors".\n\n'
        '"No court can work under such threats," the statement said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "No court can work under such threats")
    assert len(hits) == 1 and "Bar Council" in _name(hits[0], entities)


# -- a quote over paragraphs, closed only at the end -----------------------------------------------


def test_a_passive_report_before_an_open_quote_leaves_it_to_its_closing_speaker(nlp):
    text = (
        "The union's secretary, Ilse Moreno, told reporters in Lima that 14 teachers had been "
        "reported detained since Friday.\n\n"
        '"Our members were taken from their classrooms in front of the children. Some were not '
        "even allowed to collect their bags.\n\n"
        '"We want every one of them back at work by Monday," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Our members were taken from their classrooms")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ilse Moreno"


def test_this_is_how_inside_the_next_paragraph_of_an_open_quote_names_no_one(nlp):
    # "This is how a state …" opens the quote's own next paragraph: no sentence pointing back
    text = (
        "Riot police cleared the square before dawn on Sunday.\n\n"
        '"They came with dogs and batons while people were asleep in their tents. Nobody warned us.\n\n'
        '"This is how a frightened state treats its citizens," said Pavlo Hrytsenko, one of the '
        "organisers.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They came with dogs and batons")
    assert len(hits) == 1 and _name(hits[0], entities) == "Pavlo Hrytsenko"


# -- a printed interview: "Q:" and "A:" labels -----------------------------------------------------

_INTERVIEW = (
    "Tariq Salim, 40, a schoolteacher who runs a shelter in Kassala's Hay Mohamed Ali "
    "neighbourhood, was held for a week by soldiers in March. He spoke to our reporter Mona Idris "
    "by telephone.\n\n"
    "Q: Why were you held?\n\n"
    "A: Nobody explained anything to me. They took my phone and my notebook and drove me to a camp "
    "outside the town.\n\n"
    "Later they asked me again and again who gave us money. I told them the money comes from our "
    "neighbours.\n\n"
    "Q: Were other people held with you?\n\n"
    "A: Yes, eleven of us, all volunteers. I do not know where two of them are now.\n\n"
    'The army has denied holding aid volunteers. A spokesman said last week that it detains "only '
    'those who collaborate with the militia".\n\n'
    "Aid agencies say funding for local shelters has fallen sharply this year.\n\n"
    "Gamal Osman, a lawyer in Port Sudan, told Radio Dabanga that at least 30 volunteers were "
    "still held.\n\n"
    "Several families have written to the governor, according to the lawyer.\n\n"
    "Q: Will you go back to the shelter?\n\n"
    "A: Of course. If I stay at home the children go hungry, and I cannot live with that.\n"
)


def test_the_interviewee_is_the_subject_of_the_introduction_not_a_name_in_its_description(nlp):
    quotes, entities = _quotes(nlp, _INTERVIEW)
    hits = _turn(quotes, "Nobody explained anything to me")
    assert len(hits) == 1 and _name(hits[0], entities) == "Tariq Salim"


def test_an_unlabelled_first_person_paragraph_carries_on_the_answer(nlp):
    quotes, entities = _quotes(nlp, _INTERVIEW)
    hits = _turn(quotes, "Later they asked me again and again")
    assert len(hits) == 1 and _name(hits[0], entities) == "Tariq Salim"


def test_answers_after_the_reporters_context_stay_the_interviewees(nlp):
    quotes, entities = _quotes(nlp, _INTERVIEW)
    hits = _turn(quotes, "If I stay at home the children go hungry")
    assert len(hits) == 1 and _name(hits[0], entities) == "Tariq Salim"


def test_the_reporters_context_after_an_answer_is_no_answer(nlp):
    # guard: a third-person paragraph after an answer is the reporter's
    quotes, _entities = _quotes(nlp, _INTERVIEW)
    assert not _with(quotes, "Aid agencies say funding")


# -- a title that opens with a quote in straight single marks --------------------------------------


def test_a_title_opening_with_a_straight_single_quote_before_a_colon_is_a_quote(nlp):
    text = (
        "'Nobody fired a shot': Zambia denies police killed miners\n\n"
        "LUSAKA (Reuters) - Zambia's government denied on Friday that police had shot striking miners.\n\n"
        '"Nobody fired a shot at the miners in Kitwe," Home Affairs Minister Chanda Mulenga told '
        "reporters.\n"
    )
    quotes, entities = _quotes(nlp, text)
    title = [q for q in quotes if q.start < text.index("\n") and q.kind == "direct"]
    assert len(title) == 1 and title[0].text == "Nobody fired a shot"
    # the title's words are said again below: the minister said them, not "Zambia"
    assert _name(title[0], entities) == "Chanda Mulenga"


def test_a_title_ending_with_a_straight_single_quote_after_a_semicolon_is_a_quote(nlp):
    text = (
        "Nurses strike for a third day; 'we cannot work without pay'\n\n"
        "ABUJA - Nurses in Nigeria stayed away from hospitals for a third day on Wednesday.\n\n"
        '"We cannot work without pay for five months," said Grace Okafor, a union official.\n'
    )
    quotes, entities = _quotes(nlp, text)
    title = [q for q in quotes if q.start < text.index("\n") and q.kind == "direct"]
    assert len(title) == 1 and _name(title[0], entities) == "Grace Okafor"


def test_apostrophes_in_a_title_make_no_quote(nlp):
    # guard: possessive and plural apostrophes in a title are no marks
    text = (
        "Kenya's nurses' union says 'strike is on' after talks fail\n\n"
        "NAIROBI - Kenya's nurses will strike from Monday, their union said.\n"
    )
    quotes, _entities = _quotes(nlp, text)
    assert not [q for q in quotes if "nurses' union" in q.text]


# -- a name with its acronym in brackets before the organisation's noun ----------------------------


def test_a_party_named_with_its_acronym_in_brackets_is_the_party_not_the_noun(nlp):
    text = (
        "Police in Dhaka detained 40 people on Saturday.\n\n"
        "Zia's Jatiya Oikya Front (JOF) party said on Facebook that police had \"dragged women by "
        'their hair".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "dragged women by their hair")
    assert len(hits) == 1 and "Oikya" in _name(hits[0], entities)


def test_an_acronym_with_a_hyphen_in_brackets_stays_in_the_name(nlp):
    text = (
        "Police in Lahore detained 40 people on Saturday.\n\n"
        'Sharif\'s Pakistan Muslim League-Nawaz (PML-N) party said police had acted "within the law".\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "within the law")
    assert len(hits) == 1 and "Muslim" in _name(hits[0], entities)


def test_a_title_quote_said_again_far_below_takes_that_speaker(nlp):
    # many reported clauses stand between the title and the quote that repeats its words
    body = "".join(
        f"Officials in district {n} said roads were closed and that schools had shut early.\n\n"
        for n in range(8)
    )
    text = (
        "‘They dragged us out one by one’: Tunisian migrants describe night raid\n\n"
        + body
        + '"They dragged us out one by one and made us kneel in the sand," said Moussa Keita, 23.\n'
    )
    quotes, entities = _quotes(nlp, text)
    title = [q for q in quotes if q.start < text.index("\n") and q.kind == "direct"]
    assert len(title) == 1 and _name(title[0], entities) == "Moussa Keita"


def test_an_answer_paragraph_in_the_first_person_object_case_carries_on_the_answer(nlp):
    text = (
        "Rana Aziz, a nurse, was held for nine days in April. She spoke to our correspondent by "
        "telephone.\n\n"
        "Q: What happened at the checkpoint?\n\n"
        "A: They asked for my card and then pulled me out of the bus.\n\n"
        "Afterwards, in a cell without a window, they kept asking me about my brother.\n\n"
        "Q: Have you been charged?\n\n"
        "A: No. Nobody has shown me any paper.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _turn(quotes, "Afterwards, in a cell without a window")
    assert len(hits) == 1 and _name(hits[0], entities) == "Rana Aziz"
