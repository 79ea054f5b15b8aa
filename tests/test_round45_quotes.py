"""Quotes and their speakers in constructions read from the tune splits (round 45, issue 13).

- an unnamed source who gives a name in a clause of their own: "said a student at the
  university who gave only her surname, Zhang", "said one of them, who gave his name as Joël".
  The speaker is the name given, whether the clause hangs on a noun for a person, on "one" (of
  them) itself, or names a surname, a nickname or a first name.

Read from the errors of the tune splits (`reports_own` work44, the same wording well handled in
work32, work43 and another work44 article); the sentences here are our own.
"""

from __future__ import annotations

from tests._quote_records import marked_quotes

_marked = marked_quotes


def test_a_source_who_gave_only_her_surname() -> None:
    text = (
        "A crowd gathered outside the station on Sunday.\n\n"
        '"It was calm at first, then the police came," said a 22-year-old student at the '
        "university who gave only her surname, Okafor, for fear of reprisals."
    )
    assert _marked(text, "It was calm at first") == [("direct", "Okafor")]


def test_a_source_who_gave_his_nickname() -> None:
    text = (
        "Traders closed their stalls early.\n\n"
        '"We lost a week of sales," said a fruit seller who gave only his nickname, Baba Tunde.'
    )
    assert _marked(text, "We lost a week") == [("direct", "Baba Tunde")]


def test_one_of_them_who_gave_his_name() -> None:
    text = (
        "Young men stood guard at the entrance of the village beside burnt cars. "
        '"Nobody will take our land from us," said one of them, who gave his name as Tomas.'
    )
    assert _marked(text, "Nobody will take") == [("direct", "Tomas")]


def test_one_of_them_who_gave_his_name_speaks_on() -> None:
    text = (
        "Young men stood guard at the entrance of the village beside burnt cars. "
        '"Nobody will take our land from us," said one of them, who gave his name as Tomas. '
        '"We will stay here all night," he said.'
    )
    assert _marked(text, "We will stay here") == [("direct", "Tomas")]


def test_guard_one_of_them_without_a_name_stays_the_group() -> None:
    text = (
        "Two nurses at the hospital described the night to reporters. "
        '"We had no beds left," said one of them.'
    )
    kinds = _marked(text, "We had no beds")
    assert [k for k, _ in kinds] == ["direct"]
    assert kinds[0][1] != "them"


def test_guard_a_source_who_declined_to_give_a_surname() -> None:
    text = '"We sleep in turns," said Marcel, a 52-year-old baker who declined to give his surname.'
    assert _marked(text, "We sleep in turns") == [("direct", "Marcel")]


def test_a_relative_owned_by_whose_is_no_gender_of_the_speaker() -> None:
    text = (
        "The inquiry, led by Senator Carla Benítez, heard 40 witnesses over four months.\n\n"
        '"They told us he had fallen from a motorcycle," said Carmen Rojas, whose son Pablo, 24, '
        "was one of the two men killed in Luque. She testified before the inquiry in June. "
        '"I saw the wound in his chest myself."'
    )
    assert _marked(text, "I saw the wound") == [("direct", "Carmen Rojas")]


def test_guard_his_wife_beside_a_name_still_says_she() -> None:
    text = (
        "Paul Okoro and Jane Okoro, his wife, ran the shop for 20 years.\n\n"
        '"We lost everything in one night," she said.'
    )
    assert _marked(text, "We lost everything") == [("direct", "Jane Okoro")]


def test_an_unnamed_speaker_goes_on_after_a_quote_over_two_paragraphs() -> None:
    text = (
        "Interior minister Pedro Esono said 40 people had been detained.\n\n"
        '"My brother has lost ten kilos," said the sister of Juan Obono, a teacher held in '
        'the north. "When I asked why he was held, the guard laughed.\n\n'
        '"He told me to ask the minister. That is all we know," she said.'
    )
    speakers = {name for _kind, name in _marked(text, "That is all we know")}
    assert len(speakers) == 1
    assert next(iter(speakers), "").startswith("the sister of Juan Obono")
