"""A page's metadata as its readers see it, where its markup says otherwise: the publisher as
its masthead shows it, where the name the site gives itself (og:site_name) is a form of it (its
domain, its initials, fewer of its words, or more with a tagline or "Online"); the byline's
reporters, all of them and only them ("By A, B and C", "By A and B, with additional reporting
by C", each in an author's element of her own without "By"); the day a <time> element or a
"Published" line writes out where the markup's UTC date is a day off; a headline set in an
element named for it under a site name set as the page's <h1>. Every page here was written for
this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from intake.fetch import read_article_html
from tests.intake.page_parts import story_body

_BODY = story_body(4)


def _page(site_name: str, masthead: str) -> str:
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return (
        f"<html><head><title>Council approves plan</title>{meta}</head><body>"
        '<div class="cookie-banner"><a href="/">Consent preferences</a></div>'
        f'<header class="site-header">{masthead}<nav><a href="/">Home</a></nav></header>'
        f"<article><h1>Council approves the Orrinby plan</h1>{_BODY}</article>"
        '<footer><a href="/">© 2025 Wendle Media Group Ltd</a></footer></body></html>'
    )


@pytest.mark.parametrize(
    ("site_name", "masthead", "publisher"),
    [
        # Its domain.
        (
            "thewendlepost.com",
            '<div class="masthead"><a href="https://thewendlepost.com/">The Wendle Post</a></div>',
            "The Wendle Post",
        ),
        # Its initials; the logo's alt text names it.
        (
            "WMT",
            '<a class="logo" href="/"><img src="/logo.svg" alt="Wendle Mercantile Times logo"></a>',
            "Wendle Mercantile Times",
        ),
        # Fewer of its words.
        (
            "Lamplight",
            '<h1 class="site-name"><a href="https://lamplight.example/">The Daily Lamplight</a></h1>',
            "The Daily Lamplight",
        ),
        # A tagline after a bar or a dash.
        (
            "Courier | News you can trust",
            '<div class="brand"><a href="/">The Wendle Courier</a></div>',
            "The Wendle Courier",
        ),
        (
            "The Coulee Ledger — the valley’s independent news source",
            '<a class="masthead-link" href="/">The Coulee Ledger</a>',
            "The Coulee Ledger",
        ),
        # "Online" after its name.
        (
            "The Harbour Lucerna Newspapers Online",
            '<p class="site-title"><a href="/">The Harbour Lucerna</a></p>',
            "The Harbour Lucerna",
        ),
        # No name in the metadata at all.
        ("", '<div class="logo"><a href="/">The Wendle Post</a></div>', "The Wendle Post"),
    ],
)
def test_the_publisher_is_the_masthead_where_the_site_name_is_a_form_of_it(
    site_name: str, masthead: str, publisher: str
) -> None:
    assert read_article_html(_page(site_name, masthead)).publisher == publisher


@pytest.mark.parametrize(
    ("site_name", "masthead"),
    [
        # The masthead is the short form: the site's own name is the fuller.
        ("WBC News", '<div class="logo"><a href="/">WBC</a></div>'),
        # The name in capitals.
        ("Keystone", '<div class="logo"><a href="/">KEYSTONE</a></div>'),
        # Another name altogether (a group's flagship in the header of a sister title).
        ("The Wendle Post", '<div class="brand"><a href="/">Harbour Media</a></div>'),
        # A logo link that goes elsewhere than the home page.
        (
            "The Wendle Post",
            '<div class="logo"><a href="/subscribe">The Wendle Post Digital Edition</a></div>',
        ),
    ],
)
def test_guard_a_masthead_that_is_no_fuller_form_leaves_the_site_name(
    site_name: str, masthead: str
) -> None:
    assert read_article_html(_page(site_name, masthead)).publisher == site_name


def _story(*, markup: str = "", header: str = "", top: str = "", h1: str = "") -> str:
    """A page with JSON-LD `markup` (its inside), the site's `header`, and `top` (byline, date)
    over the story."""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (
        "<html><head><title>Council approves plan</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"NewsArticle", "headline": "Council approves plan"{markup}}}</script></head><body>'
        f"<header>{header}<nav><a href='/'>Home</a></nav></header>"
        f"<article>{heading}{top}{_BODY}</article></body></html>"
    )


_ONE_AUTHOR = ', "author": {"@type": "Person", "name": "Clodagh Brellisk"}'
_THREE_AUTHORS = (
    ', "author": [{"@type": "Person", "name": "Tanvi Sandover"}, {"@type": "Person", "name": '
    '"Emrys Thackwell"}, {"@type": "Person", "name": "Marc-André Lévêque"}]'
)


def test_a_byline_of_three_names_gives_all_three_where_the_markup_lists_the_first() -> None:
    page = _story(
        markup=_ONE_AUTHOR,
        h1="Corcoran opens seven-point lead in race for mayor",
        top="<p class='byline'>By Clodagh Brellisk, Ciarán Tolland and Maeve Kinsale</p>",
    )
    assert read_article_html(page).authors == (
        "Clodagh Brellisk",
        "Ciarán Tolland",
        "Maeve Kinsale",
    )


def test_additional_reporting_in_the_byline_is_no_author_though_the_markup_lists_it() -> None:
    page = _story(
        markup=_THREE_AUTHORS,
        h1="Quarnby Line cost jumps as opening slips to 2031",
        top="<p class='byline'>By Tanvi Sandover and Emrys Thackwell, with additional reporting "
        "by Marc-André Lévêque</p>",
    )
    assert read_article_html(page).authors == ("Tanvi Sandover", "Emrys Thackwell")


def test_reporters_each_in_an_authors_element_without_by_are_all_authors() -> None:
    page = _story(
        markup=_ONE_AUTHOR,
        h1="Corcoran opens seven-point lead in race for mayor",
        top="<div class='story-byline'><span class='author'>Clodagh Brellisk</span> &amp; "
        "<span class='author'>Ishaan Bhalwade</span><span class='loc'>New Delhi</span>"
        "<span class='date'>Updated: 28 Nov 2025, 09:10 PM IST</span></div>",
    )
    assert read_article_html(page).authors == ("Clodagh Brellisk", "Ishaan Bhalwade")


def test_a_desk_in_the_markup_gives_way_to_the_reporter_named_alone_on_the_page() -> None:
    page = _story(
        markup=', "author": {"@type": "Person", "name": "Wendle Post Staff"}',
        h1="Fibre rollout passes 400,000 homes in the townships",
        top="<div class='meta'><span class='author-name'>Nomvuyo Mokwena</span></div>",
    )
    assert read_article_html(page).authors == ("Nomvuyo Mokwena",)


def test_guard_a_place_after_the_bylines_comma_is_no_author() -> None:
    page = _story(
        markup=_ONE_AUTHOR,
        h1="Corcoran opens seven-point lead in race for mayor",
        top="<p class='byline'>By Clodagh Brellisk, Harbour City</p>",
    )
    assert read_article_html(page).authors == ("Clodagh Brellisk",)


def test_the_day_a_time_element_writes_out_beats_its_utc_datetime_a_day_before() -> None:
    page = _story(
        markup=', "datePublished": "2025-06-02T23:30:00+00:00"',
        h1="Cholera: city records 214 suspected cases since mid-May",
        top='<time datetime="2025-06-02T23:30:00+00:00">3 June 2025, 12:30 am</time>',
    )
    assert read_article_html(page).published == "2025-06-03"


def test_a_publication_date_in_words_without_a_time_element_is_the_one_shown() -> None:
    page = _story(
        markup=', "datePublished": "2025-02-05T22:00:00Z"',
        h1="Office rents split across Asia as Singapore climbs",
        top="<div class='stamps'>Published Feb 6, 2025, 06:00 AM SGT · Updated Feb 6, 2025, "
        "09:47 AM SGT</div>",
    )
    assert read_article_html(page).published == "2025-02-06"


def test_guard_a_date_in_words_further_off_than_a_day_leaves_the_markups() -> None:
    page = _story(
        markup=', "datePublished": "2025-02-05T22:00:00Z"',
        h1="Office rents split across Asia as Singapore climbs",
        top="<div class='stamps'>Published Feb 9, 2025, 06:00 AM SGT</div>",
    )
    assert read_article_html(page).published == "2025-02-05"


def test_a_headline_set_in_an_element_named_for_it_under_a_site_name_h1() -> None:
    page = _story(
        header="<h1 class='site-name'><a href='/'>The Daily Lamplight</a></h1>",
        top="<div class='headline'>Rotich holds Lengeta with 50.6 per cent as turnout slumps</div>",
    )
    assert read_article_html(page).title == (
        "Rotich holds Lengeta with 50.6 per cent as turnout slumps"
    )


def test_a_malformed_link_address_in_the_header_is_passed_over() -> None:
    """A hostile or broken page's "http://[oops/" (no address parses) in its masthead: the
    page is read, the link passed over for the next."""
    page = _page(
        "wendlepost.com",
        '<div class="logo"><a href="http://[oops/">Broken</a></div>'
        '<div class="masthead"><a href="/">The Wendle Post</a></div>',
    )
    assert read_article_html(page).publisher == "The Wendle Post"


def test_a_title_that_is_the_headline_alone_names_no_publisher() -> None:
    """A page with no og:site_name whose <title> and application name are its headline alone: the
    page reader takes the application name for the site's, and the headline is no publisher
    (session 51)."""
    page = (
        "<html><head><title>Student halls too full to be safe, experts warn</title>"
        '<meta name="application-name" content="Student halls too full to be safe, experts warn">'
        "</head><body>"
        "<article><h1>Student halls too full to be safe, experts warn</h1>"
        f"{_BODY}</article></body></html>"
    )
    article = read_article_html(page)
    assert article.title == "Student halls too full to be safe, experts warn"
    assert article.publisher == ""


def test_a_title_with_the_sites_name_after_the_headline_still_names_it() -> None:
    """Guard: "Headline | The Wendle Post" names the publisher after the bar."""
    page = (
        "<html><head><title>Council approves plan | The Wendle Post</title></head><body>"
        f"<article><h1>Council approves plan</h1>{_BODY}</article></body></html>"
    )
    assert read_article_html(page).publisher == "The Wendle Post"
