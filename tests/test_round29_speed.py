"""Round 29 speed-ups (issue 16): each shortcut gives what the long way gives.

Records are guarded by a dump of every record before and after (the VOA
stories, 300 generated articles, every tune split, ``tally analyze examples``);
these tests pin each shortcut against the way it replaced, on text of our own.
"""

from __future__ import annotations

from tally.extract.quotes import posts

# -- embedded posts: a text without "@" holds none -------------------------------------------

SIGNED = (
    "Crowds filled the square again tonight and nobody went home.\n\n"
    "The square is ours and we are staying — Lena Ortiz (@lenaortiz_writes) March 4, 2021\n\n"
    "Police later closed the bridge."
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for part in text.split("\n\n"):
        out.append((start, start + len(part)))
        start += len(part) + 2
    return out


def test_signed_post_is_still_found():
    found = posts.embedded_posts(SIGNED, _paragraphs(SIGNED))
    assert len(found) == 1
    a = found[0]
    assert SIGNED[slice(*a.speaker_span)] == "Lena Ortiz"
    assert SIGNED[a.start : a.end] == "The square is ours and we are staying"


def test_text_without_an_at_sign_has_no_post_the_long_way_either():
    # the shortcut returns []; each of the three readings finds nothing there either
    text = SIGNED.replace("(@lenaortiz_writes)", "(lenaortiz_writes)")
    paras = _paragraphs(text)
    assert posts.embedded_posts(text, paras) == []
    assert posts._card_posts(text, paras) == []
    assert posts._header_posts(text, paras) == []
    assert all(posts._SIGNATURE.search(text, lo, hi) is None for lo, hi in paras)
