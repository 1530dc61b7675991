"""A page's headline, date and authors as its readers see them, where its markup says
otherwise: the story's own <h1> over a title written for search or sharing; the day the
page's first <time> shows in its own time zone over the markup's UTC date a day off; and the
byline's spelling of a reporter's name (a second surname, marks the markup leaves out), or
its reporters where the markup names a desk or no one. Every page here was written for this
test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import json

from intake.fetch import read_article_html
from tests.intake.page_parts import story_body

_BODY = story_body(3)


def _page(
    *,
    title: str = "Council OKs rail yard housing",
    h1: str = "Port Wendle approves 640-unit Orrinby project as vacancy rate sinks",
    wrapper: str = "article",
    markup: dict[str, object] | None = None,
    byline: str = "",
    time: str = "",
) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
    data.update(markup or {})
    return (
        f"<html><head><title>{title}</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        '<header><nav><a href="/">Home</a></nav><h1 class="logo">The Wendle Post</h1></header>'
        f"<{wrapper}><h1>{h1}</h1>{byline}{time}{_BODY}</{wrapper}></body></html>"
    )


def test_the_storys_own_h1_is_the_headline_over_the_markups_title() -> None:
    page = _page().replace('<h1 class="logo">The Wendle Post</h1>', "")
    assert read_article_html(page).title == (
        "Port Wendle approves 640-unit Orrinby project as vacancy rate sinks"
    )


def test_a_pages_one_h1_in_a_posts_own_header_is_the_headline() -> None:
    page = _page(wrapper="div").replace('<h1 class="logo">The Wendle Post</h1>', "")
    page = page.replace("<div><h1>", "<div><header class='post-title'><h1>").replace(
        "</h1><p>", "</h1></header><p>", 1
    )
    assert read_article_html(page).title.startswith("Port Wendle approves")


def test_guard_a_short_h1_is_a_sections_name_not_the_headline() -> None:
    page = _page(h1="Politics").replace('<h1 class="logo">The Wendle Post</h1>', "")
    assert read_article_html(page).title == "Council OKs rail yard housing"


def test_the_day_the_first_time_shows_in_its_own_zone_is_the_date() -> None:
    page = _page(
        markup={"datePublished": "2024-03-24T18:00:00+00:00"},
        time='<time datetime="2024-03-25T05:00:00+11:00">March 25 2024 - 5:00am</time>',
    )
    assert read_article_html(page).published == "2024-03-25"


def test_guard_an_updated_time_that_shows_no_day_leaves_the_date() -> None:
    page = _page(
        markup={"datePublished": "2024-03-24T18:00:00+00:00"},
        time='<time datetime="2024-03-25T05:00:00+11:00">Updated 5:00am</time>',
    )
    assert read_article_html(page).published == "2024-03-24"


def test_the_bylines_spelling_of_a_name_and_its_reporters_for_a_desk() -> None:
    second_surname = _page(
        markup={"author": {"@type": "Person", "name": "Harriet Trevannick"}},
        byline='<span class="byline">By Harriet Trevannick-Boyd, Transport Correspondent</span>',
    )
    assert read_article_html(second_surname).authors == ("Harriet Trevannick-Boyd",)
    desk = _page(
        markup={"author": {"@type": "Person", "name": "Wendle Desk"}},
        byline='<p class="byline">By Ana Rua-Tapsell</p>',
    )
    assert read_article_html(desk).authors == ("Ana Rua-Tapsell",)


def test_guard_a_byline_in_capitals_leaves_the_markups_spelling() -> None:
    page = _page(
        markup={"author": {"@type": "Person", "name": "Faith Njeri Kiragu"}},
        byline='<span class="byline">By FAITH NJERI KIRAGU</span>',
    )
    assert read_article_html(page).authors == ("Faith Njeri Kiragu",)


def test_a_sites_long_name_in_its_one_h1_is_no_headline() -> None:
    """A theme that sets the site's name in the page's one <h1>, linked home, in a header that
    stands in the body with no navigation: the markup's title stays."""
    page = (
        "<html><head><title>Council OKs rail yard housing</title>"
        '<meta property="og:title" content="Council OKs rail yard housing"></head><body>'
        '<header><h1 class="site-title"><a href="/" rel="home">The Wendle Valley Evening '
        "Post Online</a></h1></header>"
        f"<div class='content'>{_BODY}</div></body></html>"
    )
    assert read_article_html(page).title == "Council OKs rail yard housing"
