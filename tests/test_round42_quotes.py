"""Speakers of quotes in three constructions of live blogs and field reporting (round 42, issue 13).

- a post quoted after its author's name, handle and a colon: "Maria Lopez (@mlopez): “…”";
- "he said" in the paragraph after the reporter "spoke to" someone unnamed: that person, not the
  subject of the quote's own paragraph;
- "One of them, a 31-year-old nurse …, told the station: “…”": one of the group, named as written
  with the description (the group stays the speaker entity, as round 7 reads "one of the men").

Read from the errors of the round's fresh tune articles (`reports_own` `work42`); the sentences
here are our own.
"""

from __future__ import annotations

import tally


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = tally.analyze(text)
    out = []
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
        out.append((quote.text, quote.speaker_name))
    return out


def test_a_post_after_its_authors_handle_and_a_colon() -> None:
    text = (
        "The interior minister posted this message on X:\n\n"
        'Maria Lopez (@mlopez): "I have ordered the police to withdraw from the bridge. Nobody gave an '
        'order to fire."'
    )
    assert [name for _, name in _speakers(text)] == ["Maria Lopez"]


def test_a_post_on_the_line_after_its_header() -> None:
    text = (
        "The governor answered within the hour.\n\n"
        "Tomas Berg (@tberg):\n\n"
        "“We will not allow the roads to be closed again. The army stays until order returns.”"
    )
    assert [name for _, name in _speakers(text)] == ["Tomas Berg"]


def test_a_handle_inside_a_sentence_opens_no_post() -> None:
    text = 'The activist, who posts as Ana (@ana_k): on most days, said: "We were beaten in the yard."'
    assert all(name != "Ana" for _, name in _speakers(text))


def test_he_after_a_paragraph_that_brings_in_an_interviewee() -> None:
    text = (
        "Our reporter spoke to a 40-year-old fisherman at the harbour.\n\n"
        '"They came at night with clubs," he said. "My brother is still missing."'
    )
    names = [name for _, name in _speakers(text)]
    assert names and all(name is not None and "fisherman" in name for name in names)


def test_he_after_a_paragraph_that_names_someone_else_as_subject() -> None:
    text = (
        'The mayor, Leon Varga, visited the harbour on Monday.\n\n"They came at night with clubs," he said.'
    )
    assert [name for _, name in _speakers(text)] == ["Leon Varga"]


def test_one_of_them_described_is_named_with_the_description() -> None:
    text = (
        "Several witnesses described the raid to the radio station. One of them, a 31-year-old nurse "
        'from the old town, told the station: "They fired at us without warning."'
    )
    ((_, name),) = _speakers(text)
    assert name is not None and "nurse" in name


def test_one_of_them_without_description_is_the_group() -> None:
    text = 'Hundreds of students marched to the court. "Free them all," one of them shouted.'
    ((_, name),) = _speakers(text)
    assert name is not None and "students" in name
