"""Round 55: HTML markup left in plain-text input (a news API's or a scraper's text field).

Sentences are our own. Read as typed, the tags were words: "b" of ``<b>`` became a speaker and the
link's tag hid the source of the count. ``tally.clean.markup`` lays the fragment out as a browser
would and leaves text that holds no HTML tag as typed.
"""

from __future__ import annotations

import pytest

from tally.clean.markup import read_markup


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            '<p>Police held 40 people, <a href="https://x.org/r">the Rights Centre</a> said.</p>'
            "<p>It was <b>late</b>.</p>",
            "Police held 40 people, the Rights Centre said.\n\nIt was late.",
        ),
        # HTML's layout: white space inside a paragraph is one space, a line break a new line
        ("<p>Police held\n   40 people.</p><p>One<br/>Two</p>", "Police held 40 people.\n\nOne\nTwo"),
        # inline tags inside a body: the words stay, the tags go
        ("<p>First <i>one</i>.</p>\n\n<p>Second <b>two</b>.</p>", "First one.\n\nSecond two."),
        # comments, scripts and styles are no text; what follows them is
        ("<div>A<!-- note --> B<script>var x = 1;</script> C<style>p {}</style> D</div>", "A B C D"),
        ("<ul><li>At least 3 killed</li><li>12 held</li></ul>", "At least 3 killed\n\n12 held"),
        ("<p>AT&amp;T said &quot;no&quot;</p>", 'AT&T said "no"'),
    ],
)
def test_markup_is_laid_out_as_text(typed: str, read: str) -> None:
    assert read_markup(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "x < 5 and y > 3, <3",
        "Write to <press@example.org> or see <the report>.",
        "The <unknown> tag and a <p-value> stay.",
        # inline tags alone are no page body: a hostile comment field is shown as typed
        "Police held 40, the <script>alert(1)</script> council said <b>twice</b>.",
    ],
)
def test_text_with_no_html_tag_stays_as_typed(typed: str) -> None:
    assert read_markup(typed) == typed


def test_a_fragment_deeper_than_the_parser_builds_loses_no_word() -> None:
    typed = "<div>" * 3000 + "At least 7 people were held." + "</div>" * 3000
    assert "At least 7 people were held." in read_markup(typed)


def test_a_text_field_with_tags_gives_the_speaker_and_source_its_words_name() -> None:
    from tally.pipeline import analyze

    article = analyze(
        '<p>Police arrested 40 people on Friday, <a href="https://example.org/rc">the Coastal '
        "Rights Centre</a> said.</p>"
        '<p>"We were unarmed," said <b>Karim Saleh</b>, a student.</p>',
        published="2022-10-05",
    )
    assert "<" not in article.text
    names = {e.id: e.name for e in article.entities}
    figure = next(f for f in article.figures if f.value == 40)
    assert [names[i] for i in figure.asserted_by] == ["Coastal Rights Centre"]
    assert [q.speaker_name for q in article.quotes if q.kind == "direct"] == ["Karim Saleh"]
