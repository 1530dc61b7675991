"""The publisher's name where a page's metadata gives something else in its place, as real news
pages were found to (session 52, on pages outside the corpus): a social handle, the site's
address, a copyright line or the site's name with its tagline in og:site_name; a section's name
there ("Business") where the page's structured data and its title agree on the publisher; a
slug ("wendlepost", "ACWNews") that the structured data or the title spell out; and a home link
set as the logo whose text is no name ("Back to ...", "Log out", two logos' alt texts, a
sentence). Every page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import json

import pytest

from intake.fetch import read_article_html
from tests.intake.page_parts import story_body

_BODY = story_body(4)


def _page(
    *, site_name: str = "", title_suffix: str = "", publisher: str = "", masthead: str = ""
) -> str:
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    if publisher:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Council approves Orrinby plan",
            "publisher": {"@type": "Organization", "name": publisher},
        }
        meta += f'<script type="application/ld+json">{json.dumps(data)}</script>'
    title = "Council approves plan" + (f" | {title_suffix}" if title_suffix else "")
    return (
        f"<html><head><title>{title}</title>{meta}</head><body>"
        f'<header class="site-header">{masthead}<nav><a href="/">Home</a></nav></header>'
        f"<article><h1>Council approves Orrinby plan</h1>{_BODY}</article>"
        "</body></html>"
    )


def _logo(text: str) -> str:
    return f'<div class="logo"><a href="/">{text}</a></div>'


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        # A social handle for a name, the title spelling it out.
        (_page(site_name="@wendlepost", title_suffix="The Wendle Post"), "The Wendle Post"),
        # The site's address, the title spelling it out; or alone, as an address is written.
        (
            _page(site_name="https://www.wendlepost.com/", title_suffix="The Wendle Post"),
            "The Wendle Post",
        ),
        (_page(site_name="https://www.wendlepost.com"), "wendlepost.com"),
        # The name with its tagline after a bar or a dash.
        (_page(site_name="Wendle Post | The valley's own paper"), "Wendle Post"),
        (_page(site_name="The Lucerna Herald - Valley News"), "The Lucerna Herald"),
        # A section's name, where the structured data and the title agree on the publisher.
        (
            _page(site_name="Business", publisher="Ardcrann Wire", title_suffix="Ardcrann Wire"),
            "Ardcrann Wire",
        ),
        # Slugs: one word in lower case, words run together, spelled out by the title.
        (_page(site_name="ardcrannwire", title_suffix="Ardcrann Wire"), "Ardcrann Wire"),
        (_page(site_name="ACWNews", title_suffix="ACW News"), "ACW News"),
        (_page(site_name="lucernapost", title_suffix="lucernapost.com"), "lucernapost.com"),
        (
            _page(site_name="SportInt", title_suffix="Sport International"),
            "Sport International",
        ),
    ],
)
def test_the_site_name_given_in_place_of_a_name_is_read_as_the_name(
    page: str, publisher: str
) -> None:
    assert read_article_html(page).publisher == publisher


def test_a_copyright_line_for_a_site_name_is_no_publisher() -> None:
    assert read_article_html(_page(site_name="Copyright 2024")).publisher == ""


@pytest.mark.parametrize(
    ("site_name", "publisher", "title_suffix"),
    [
        ("Wendle Post", "Wendle Media Ltd", "Wendle"),  # the two differ
        ("The Wendle", "Wendle Post", "Wendle Post"),  # they agree on a name that shares a word
    ],
)
def test_guard_a_site_name_is_kept_unless_both_others_agree_on_another(
    site_name: str, publisher: str, title_suffix: str
) -> None:
    page = _page(site_name=site_name, publisher=publisher, title_suffix=title_suffix)
    assert read_article_html(page).publisher == site_name


@pytest.mark.parametrize(
    ("site_name", "title_suffix"),
    [
        ("Lucerna", "Lucerna Media"),  # one capitalised word is a name, not a slug
        ("KVTR", "KVTRPolitics"),  # letters in capitals, a section's run together after them
        ("ardcrannwire", "Ardcrann Tribune"),  # the title spells other words
        ("wendle", "Wendlemagazine"),  # the title's is a slug as well
    ],
)
def test_guard_a_name_that_is_no_slug_of_the_titles_stays(
    site_name: str, title_suffix: str
) -> None:
    page = _page(site_name=site_name, title_suffix=title_suffix)
    assert read_article_html(page).publisher == site_name


@pytest.mark.parametrize(
    "masthead",
    [
        "Back to Wendle Post",
        "Log out",
        "Large Wendle Post Logo Small Wendle Post",
        "Wendle. Home of the Daily and Sunday Wendle.",
    ],
)
def test_a_home_link_set_as_the_logo_whose_text_is_no_name_is_no_masthead(masthead: str) -> None:
    """On a page whose metadata names no site, and where it names one its text leaves out."""
    assert read_article_html(_page(masthead=_logo(masthead))).publisher == ""
    page = _page(site_name="Wendle", masthead=_logo(masthead))
    assert read_article_html(page).publisher == "Wendle"


def test_a_logo_that_does_not_spell_the_sites_address_is_not_its_name() -> None:
    """A site named by its address takes the masthead's name only where the name spells it: a
    group's logo over its local titles is not the title's."""
    page = _page(site_name="wendlepost.com", masthead=_logo("Harrow Local Media"))
    assert read_article_html(page).publisher == "wendlepost.com"


@pytest.mark.parametrize(
    ("site_name", "masthead", "publisher"),
    [
        ("wendlepost.com", "The Wendle Post", "The Wendle Post"),
        ("Wendle", "wendle Media", "wendle Media"),  # a brand in lower case, then a name
    ],
)
def test_guard_a_masthead_that_names_the_site_is_still_its_name(
    site_name: str, masthead: str, publisher: str
) -> None:
    assert read_article_html(_page(site_name=site_name, masthead=_logo(masthead))).publisher == (
        publisher
    )


def test_a_slug_the_masthead_shows_in_full_is_the_mastheads_name() -> None:
    """The name the page shows its readers before the company its structured data names."""
    page = _page(
        site_name="wendlepost",
        publisher="Wendle Post Media Ltd",
        masthead=_logo("The Wendle Post"),
    )
    assert read_article_html(page).publisher == "The Wendle Post"


def test_a_slug_is_spelled_out_by_the_title_before_the_structured_data() -> None:
    page = _page(
        site_name="wendlepost", publisher="Wendle Post Media Ltd", title_suffix="Wendle Post"
    )
    assert read_article_html(page).publisher == "Wendle Post"


def test_guard_a_masthead_that_only_writes_a_slug_in_other_capitals_leaves_it() -> None:
    page = _page(site_name="WendlePost", masthead=_logo("Wendlepost"))
    assert read_article_html(page).publisher == "WendlePost"


def test_guard_a_domain_takes_the_masthead_that_spells_it_in_one_word() -> None:
    page = _page(site_name="wendlepost.com", masthead=_logo("WendlePost"))
    assert read_article_html(page).publisher == "WendlePost"
