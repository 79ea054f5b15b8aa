"""Cleaning on the seed articles: duplicates, taglines, footers, embedded posts."""

from __future__ import annotations

from tally.clean.boilerplate import is_footer, is_tagline
from tally.clean.embedded import find_embedded_posts
from tally.clean.text import clean_text


def test_clean_removes_the_duplicate_paragraph_of_seed_000(seed_texts):
    cleaned = clean_text(seed_texts["000"])
    duplicates = [r for r in cleaned.removed if r.reason == "duplicate"]
    assert len(duplicates) == 1
    assert duplicates[0].text.startswith("This is a method being used by the regime")
    assert cleaned.text.count("This is a method being used by the regime") == 1


def test_clean_removes_taglines_and_footers_of_seed_000(seed_texts):
    cleaned = clean_text(seed_texts["000"])
    by_reason = {}
    for removed in cleaned.removed:
        by_reason.setdefault(removed.reason, []).append(" ".join(removed.text.split()))  # no-break spaces
    assert by_reason["tagline"].count("regime change") == 2
    assert "arbitrary arrest" in by_reason["tagline"]
    assert "MEK Iran (follow them on Twitter and Facebook)" in by_reason["footer"]
    assert any(t.endswith("YouTube") for t in by_reason["footer"])
    assert "follow them on Twitter" not in cleaned.text
    assert cleaned.title and cleaned.title.startswith("Anniversary of Last Year")


def test_clean_keeps_every_sentence_of_substance(seed_texts):
    cleaned = clean_text(seed_texts["000"])
    assert "146 people were arrested by security forces recently" in cleaned.text
    assert "“Do whatever it takes to end it”" in cleaned.text


def test_clean_finds_three_embedded_posts_in_seed_001(seed_texts):
    cleaned = clean_text(seed_texts["001"])
    posts = cleaned.embedded
    assert [(p.author, p.handle, p.date) for p in posts] == [
        ("StopFundamentalism", "@SFundamentalism", "2020-10-27"),
        ("Iran Freedom", "@4FreedominIran", "2020-11-01"),
        ("MEK Iran (Mujahedin-e Khalq)", "@MEK_Iran", "2020-11-01"),
    ]
    assert posts[1].url == "https://pic.twitter.com/UFP6QHkRDs"
    amar = cleaned.text[posts[1].start : posts[1].end]
    assert "The Amar Cyber HQ reported 116 arrests" in amar
    assert amar.endswith("November 1, 2020")


def test_clean_embedded_post_is_at_most_a_tweet_long():
    long_intro = "The rally went on for hours and the police watched from the side streets. " * 6
    text = (
        long_intro
        + "Riot police fired tear gas at marchers. pic.twitter.com/abc123 — A Reporter (@areporter) June 3, 2021"
    )
    (post,) = find_embedded_posts(text)
    # the post runs back to a sentence start, as far as a tweet's length allows
    assert text[post.start - 2 : post.start] == ". "
    assert post.end - post.start <= 320 + len(" — A Reporter (@areporter) June 3, 2021")
    assert "Riot police fired tear gas" in text[post.start : post.end]
    assert post.date == "2021-06-03"


def test_clean_repeated_paragraphs_across_the_corpus_are_boilerplate():
    template = "Subscribe to our campaign to stand with the people of the country against the regime."
    text = f"Police detained twelve students outside the university on Monday evening.\n\n{template}\n\nThe students were released the next morning after questioning by the police."
    cleaned = clean_text(text, seen_elsewhere=lambda digest: 3 if digest in _hashes(template) else 0)
    assert [r.reason for r in cleaned.removed] == ["boilerplate"]
    assert template not in cleaned.text


def test_clean_a_republished_article_is_not_emptied():
    text = "First paragraph of the press release, long enough to count.\n\nSecond paragraph of the same press release, also long enough."
    cleaned = clean_text(text, seen_elsewhere=lambda digest: 5)
    assert cleaned.removed == []
    assert cleaned.text == text


def _hashes(paragraph: str) -> set[str]:
    from tally.clean.boilerplate import paragraph_hash

    return {paragraph_hash(paragraph)}


def test_clean_footer_and_tagline_rules_leave_sentences_alone():
    assert is_footer("Follow us on Twitter and Facebook")
    assert not is_footer(
        "Activists urged people to follow the protest on Twitter, where videos spread quickly and widely, even as the authorities throttled the internet for days in the whole province and beyond it"
        * 2
    )
    assert is_tagline("regime change")
    assert not is_tagline("Police fired.")
    assert not is_tagline("In 2019")


SUBHEADED_PAGE = """<html><head><title>Crackdown in Almaty</title></head><body>
<nav>Home | World | Asia</nav>
<article><h1>Crackdown in Almaty</h1>
<p>Police in Almaty detained more than 200 people on Saturday as crowds marched against fuel prices,
the Kazakh interior ministry said in a statement on its website.</p>
<h2>Arrests at night</h2>
<p>Witnesses said officers went from house to house after midnight, taking away men who had been
filmed at the march, and that several of them were beaten in the street.</p>
<h2>What comes next</h2>
<p>Lawyers for the detained said they had not been allowed to see their clients, and relatives
gathered outside the city's main police station on Sunday morning.</p>
<p>The ministry said those held would be charged with taking part in mass riots.</p>
</article><footer>Tags: <a>fuel prices</a></footer></body></html>"""


def test_clean_keeps_short_subheadings_between_body_paragraphs(tmp_path):
    from tally.ingest import RawArticle, load_articles

    page = tmp_path / "almaty.html"
    page.write_text(SUBHEADED_PAGE, encoding="utf-8")
    (raw,) = load_articles([str(page)])
    assert isinstance(raw, RawArticle)
    cleaned = clean_text(raw.text)
    assert "Arrests at night" in cleaned.text and "What comes next" in cleaned.text
    assert not {"Arrests at night", "What comes next"} & {r.text for r in cleaned.removed}


def test_clean_subheading_rule_still_drops_orphan_tags():
    body = (
        "Police detained 40 students in Minsk on Sunday, the Viasna rights group said in a statement.\n\n"
        "Witnesses said officers beat several of them before putting them into vans near the square.\n\n"
    )
    text = "regime change\n\n" + body + "Arrests at the square\n\n" + body.replace("40", "41")
    text += "arbitrary arrest\n\nhuman rights\n"
    cleaned = clean_text(text)
    tags = [r.text for r in cleaned.removed if r.reason == "tagline"]
    assert tags == ["regime change", "arbitrary arrest", "human rights"]
    assert "Arrests at the square" in cleaned.text
