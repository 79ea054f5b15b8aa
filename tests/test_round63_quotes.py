"""Round 63: quotes and their speakers. Sentences are our own.

The one asked answers: a reported question ("asked X why …") names its addressee, and a reply
after it ("he told me", "the diplomat replied") is the addressee's, not the asker's (the question
makes the asker the last speaker) nor a name or a place inside the question.
"""

from __future__ import annotations

import pytest

from tests._quote_records import marked_quotes, speaker_of

pytestmark = pytest.mark.model


def test_he_who_told_me_is_the_one_i_asked() -> None:
    text = (
        "Several hundred people were kept on the bridge by riot police for three hours on Saturday night.\n\n"
        "When I asked a constable on Elm Avenue why we were being held, he told me: "
        '"Because the inspector says so, and that is the end of it." Nobody else would answer.'
    )
    speaker = speaker_of(text, "Because the inspector")
    assert speaker is not None and "constable" in speaker, speaker


def test_the_description_that_replies_is_the_one_asked() -> None:
    text = (
        "The ambassador of Ruritania, Tomas Berger, told the committee that the police had acted "
        '"within the law at every moment". The diplomat said 40 people had been detained.\n\n'
        "Committee member Sofia Lindgren asked Mr Berger why journalists had been barred from the square "
        'for a week. The diplomat replied that the ban was "temporary and needed for their own safety", '
        "and that it had been lifted."
    )
    found = marked_quotes(text, "temporary and needed")
    assert found, found
    assert all(speaker is not None and "Berger" in speaker for _, speaker in found), found


def test_told_me_after_someone_else_asked_stays_with_the_teller() -> None:
    # the sister asked, and she tells the writer: the guard answers no one here
    text = (
        "Police held dozens of people in the stadium overnight.\n\n"
        "My sister asked a guard why they were being kept there. She told me later: "
        '"I have never been so frightened in my whole life, not even in the war."'
    )
    speaker = speaker_of(text, "never been so frightened")
    assert speaker is not None and "sister" in speaker, speaker


def test_a_plain_said_after_a_question_is_not_read_as_a_reply() -> None:
    # "said" is no verb of replying: the ordinary rules keep the speaker (the one who asked)
    text = (
        "Senator Paul Okafor questioned the police chief on Tuesday about the arrests at the port.\n\n"
        "Okafor asked the commissioner why no officer had been charged. "
        '"The families deserve an answer, and they deserve it this month," he said.'
    )
    speaker = speaker_of(text, "The families deserve")
    assert speaker is not None and "Okafor" in speaker, speaker
