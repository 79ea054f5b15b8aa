"""Round 63 (f63): who gives a figure in a first-person piece whose writer the text names. Sentences
are our own.

- A reader's letter signed on a line of its own ("Name, Town") gives its own-voice counts to its
  writer; on a letters page each sign-off closes the letter above it, back to that letter's heading.
  Cleaning keeps such a line when it follows running text (it dropped it as a tag line).
- An opinion piece whose first or last paragraph is an author's note ("Name is a nurse at …")
  gives its own-voice counts to that writer, when the writer says "I" outside quotes.
- Guards: a news story whose lead introduces someone ("Name is a fisherman …") but never says "I"
  outside quotes stays the outlet's; an editor's note after the last sign-off is no letter's; a
  name and a place joined by a comma alone are no list of sources.
"""

from __future__ import annotations

import pytest

from tally.clean.boilerplate import is_sign_off
from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


def _asserted(text: str, value: float) -> list[str]:
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


LETTERS = (
    "LETTERS TO THE EDITOR\n\n"
    "Your readers write about the weekend\n\n"
    "A night on the bridge\n\n"
    "I was among some 150 people who were held on the bridge by riot police for three hours. Nobody "
    "told us why, and nobody apologised when they let us go.\n\n"
    "Tomas Varga, Szeged\n\n"
    "The officers I saw\n\n"
    "From my window I watched at least 30 officers beat people who were already lying on the ground. "
    "I have written to my member of parliament.\n\n"
    "Ilona Berki, Pecs\n\n"
    "Editor's note: At least 212 people were detained over the weekend in the two cities.\n"
)


def test_a_letters_own_count_is_its_signers() -> None:
    assert _asserted(LETTERS, 150) == ["Tomas Varga"]
    assert _asserted(LETTERS, 30) == ["Ilona Berki"]


def test_an_editors_note_after_the_letters_is_no_letters() -> None:
    assert _asserted(LETTERS, 212) == []


OPINION = (
    "Amara Keita is a nurse at a clinic in the old town. She treated 12 of the wounded that night.\n\n"
    "On Friday evening soldiers fired on the crowd outside the covered market. By the morning three "
    "people were dead and 40 had been arrested.\n\n"
    "I have worked at the clinic for ten years and I have never seen wounds like these."
)


def test_an_opinion_pieces_own_counts_are_its_authors() -> None:
    assert _asserted(OPINION, 3) == ["Amara Keita"]
    assert _asserted(OPINION, 40) == ["Amara Keita"]


def test_an_authors_note_at_the_end_names_the_writer_too() -> None:
    text = (
        "On Friday evening soldiers fired on the crowd outside the covered market. By the morning three "
        "people were dead and 40 had been arrested.\n\n"
        "I have worked at the clinic for ten years and I have never seen wounds like these.\n\n"
        "Amara Keita is a nurse at a clinic in the old town."
    )
    assert _asserted(text, 40) == ["Amara Keita"]


def test_a_lead_that_introduces_someone_is_no_authors_note() -> None:
    # the story never says "I" outside the quote: it is the outlet's
    text = (
        "Jonas Mwale is a fisherman on the lake. On Friday, police arrested 30 fishermen at the "
        'landing site near his village.\n\n"I ran and I hid in the reeds," he said.'
    )
    assert _asserted(text, 30) == []


@pytest.mark.parametrize(
    ("line", "previous", "kept"),
    [
        ("Tomas Varga, Szeged", "Nobody told us why, and nobody apologised when they let us go.", True),
        # a byline under a headline follows no running text
        ("BBC News, Nairobi", "By Jane Mwangi", False),
        ("Tomas Varga, Szeged", None, False),
        # a sentence that opens with a name and a comma is no sign-off
        ("Mr. Okafor, I have a question for you.", "Nobody told us why, and nobody apologised.", False),
        (
            "Pal Kovacs, mayor of the town from 2003 to 2009. He signed the order",
            "Nobody told us why at all.",
            False,
        ),
    ],
)
def test_a_sign_off_follows_running_text(line: str, previous: str | None, kept: bool) -> None:
    assert is_sign_off(line, previous) is kept
