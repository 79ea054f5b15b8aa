"""Quotes of crackdown reporting, twentieth round.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "the institute's Hartmann said": the person of a body, not the body ----------------


def test_a_surname_after_a_bodys_possessive_is_the_person_named_before(nlp):
    text = (
        "Riot police detained more than 200 marchers in the capital on Saturday.\n"
        "Lena Hartmann, a researcher who studies the region, said the arrests were the largest "
        "in a decade.\n"
        '"Only those who walk the streets can judge the police," '
        "the German Policy Fund’s Hartmann said.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "can judge the police")
    assert len(hits) == 1 and _name(hits[0], entities) == "Lena Hartmann"


def test_a_surname_after_an_offices_possessive_is_the_minister(nlp):
    text = (
        "Paulo Reyes, the interior minister, spoke to reporters on Monday.\n"
        'Interior Security\'s Reyes said the detainees would face "the full force of the law."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "the full force of the law")
    assert len(hits) == 1 and _name(hits[0], entities) == "Paulo Reyes"


def test_a_country_possessive_before_a_body_still_names_the_body(nlp):
    # guard: "Iran's Revolutionary Guards" is the Guards; no person of that name was heard
    text = (
        "Dozens of marchers were detained in Tehran on Friday.\n"
        'Iran\'s Revolutionary Guards said they would "show no mercy to rioters."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "show no mercy")
    assert len(hits) == 1 and "Revolutionary Guards" in _name(hits[0], entities)


# -- "“…,” X said. “….” Y thinks “…”": a cue that takes its own quote ---------------------


def test_a_cue_with_its_own_quote_does_not_take_the_sentence_before(nlp):
    text = (
        "Riot police detained more than 200 marchers in the capital on Saturday.\n"
        '"Nobody expected the arrests to be this large," Mensah said. "The courts will be busy '
        'for months." Okafor thinks "the movement will only grow."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The courts will be busy")
    assert len(hits) == 1 and _name(hits[0], entities) == "Mensah"
    grow = _with(quotes, "the movement will only grow")
    assert len(grow) == 1 and _name(grow[0], entities) == "Okafor"


def test_a_cue_after_a_finished_quote_still_names_its_speaker(nlp):
    # guard: no quote of its own follows the cue, so it names the speaker of the quote before it
    text = (
        "Riot police detained more than 200 marchers in the capital on Saturday.\n"
        '"They beat us with batons and kicked us on the ground." Okafor said this on Sunday.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They beat us with batons")
    assert len(hits) == 1 and _name(hits[0], entities) == "Okafor"


# -- "X, who heads …, said …. “…,” she said": "who" makes a person of a name tagged a body ---


def test_a_subject_with_a_who_clause_is_the_person_she_refers_to(nlp):
    text = (
        '"The danger has not passed," said Polat Sayim, a lawyer in Canada and the vice chair of the '
        "Free Speech Council.\n"
        "Chalida Tajaroensuk, who heads the People's Rights Foundation, another local group, "
        "echoed those fears. She told reporters she had visited the five men in prison.\n"
        '"They are afraid, and they cried. They do not want to go back," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They are afraid")
    assert len(hits) == 1 and _name(hits[0], entities) == "Chalida Tajaroensuk"


def test_a_body_with_a_which_clause_is_not_she(nlp):
    # guard: "which" makes no person; "she" is the woman who spoke last
    text = (
        '"The danger has not passed," said Maria Lopez, a lawyer in Canada.\n'
        "Free Speech Council, which monitors the courts, echoed those fears.\n"
        '"They are afraid, and they cried. They do not want to go back," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They are afraid")
    assert len(hits) == 1 and _name(hits[0], entities) == "Maria Lopez"


# -- "Lawyers for the Bar Council … “…,” the lawyers said": the group as first named ----------


def test_the_plural_description_is_the_group_named_with_its_body_before(nlp):
    text = (
        "Senior lawyers from the National Bar Council urged the courts on Monday to free the "
        "detained marchers.\n"
        '"We asked the judges to release every marcher held without charge," the lawyers said in a '
        "joint statement.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "release every marcher")
    assert len(hits) == 1 and "National Bar Council" in _name(hits[0], entities)


def test_the_plural_description_with_no_such_subject_stays_a_group(nlp):
    # guard: no lawyers were named before; the lawyers speak as a group of their own
    text = (
        "The courts were asked on Monday to free the detained marchers.\n"
        '"We asked the judges to release every marcher held without charge," the lawyers said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "release every marcher")
    assert len(hits) == 1 and _name(hits[0], entities) == "lawyers"


def test_a_lone_name_tagged_a_place_with_a_who_clause_is_she(nlp):
    # the tagger calls "Houria" a place; "who" says she is a person
    text = (
        "The mother of a student shot dead at the march in Tamale called for calm on Saturday.\n\n"
        "Houria, who asked that her family name not be used, spoke at a vigil for her son. "
        '"I do not blame every officer. I blame the one who fired," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "I blame the one who fired")
    assert len(hits) == 1 and _name(hits[0], entities) == "Houria"


# -- "“…,” a pilot lamented", "“…,” confided Amaka": verbs of the manner of saying -----------


def test_a_verb_of_the_manner_of_saying_after_a_quote_names_its_speaker(nlp):
    text = (
        "Travel through the airport was slow on Friday.\n"
        "“I call it madness,” an airline pilot lamented the night before the curfew began.\n"
        "“I am trying to get home to see my mother before the roads close,” confided Amaka Obi, "
        "a young nurse from Enugu.\n"
    )
    quotes, entities = _quotes(nlp, text)
    pilot = _with(quotes, "I call it madness")
    assert len(pilot) == 1 and _name(pilot[0], entities) == "an airline pilot"
    nurse = _with(quotes, "see my mother")
    assert len(nurse) == 1 and _name(nurse[0], entities) == "Amaka Obi"


def test_a_verb_of_the_manner_of_saying_after_the_cue_takes_nothing(nlp):
    # guard: the quote's own cue comes first; a sigh later in the sentence says nothing
    text = "“We will march again on Sunday,” said Amaka Obi, as the women beside her sighed.\n"
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "march again on Sunday")
    assert len(hits) == 1 and _name(hits[0], entities) == "Amaka Obi"


# -- "A nursing student …, said …. “…,” the student told reporters": not the one name near ----


def test_the_description_is_the_unnamed_person_just_introduced_with_its_noun(nlp):
    text = (
        "Lawmaker Chen Bo proposed this week that phones be banned in schools until 8 p.m.\n"
        "A nursing student in Shanghai, who asked not to be named, said she agreed with the concern, "
        "but added that rules like the one proposed by Chen are likely to change little.\n"
        "“Young people are hooked on their phones. We use them for almost everything,” the student "
        "told reporters.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "hooked on their phones")
    assert len(hits) == 1 and hits[0].speaker is None and "student" in _name(hits[0], entities)


def test_the_description_is_still_the_one_person_named_near_it(nlp):
    # guard: no unnamed student was introduced; the one person named there is meant
    text = (
        "Police detained Ana Diaz, who studies law in the capital, at the march on Monday.\n"
        "“They kept me in a cell for two days without water,” the student told reporters.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "without water")
    assert len(hits) == 1 and "Diaz" in _name(hits[0], entities)
