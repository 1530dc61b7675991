"""A page's authors as the page writes them, with the stops of an abbreviated given name or
an initial that the extraction takes out ("Ma. Zenaida", "J. R."), and, where the page names
no person, the organisation its structured data names as the author (not the publisher).
Every page here was written for this test; every name is invented."""

import json

import pytest

from intake.fetch import read_article_html


def _page(author: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Typhoon damage tops estimates",
        "datePublished": "2026-10-02T08:00:00+08:00",
        "author": {"@type": "Person", "name": author},
    }
    return (
        "<html><head><title>Typhoon damage tops estimates</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        f"<article><h1>Typhoon damage tops estimates</h1><p class='byline'>By {author}</p>"
        "<p>Damage to farms reached an estimated ₱2.4 billion, the disaster council said.</p>"
        "<p>More than 41,000 families were moved to evacuation centres.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize("author", ["Ma. Zenaida Lacbayan-Torrevillas", "J. R. Pemberthy-Kaur"])
def test_an_authors_stops_are_kept_as_the_page_writes_them(author: str) -> None:
    assert read_article_html(_page(author)).authors == (author,)


def test_guard_a_name_without_stops_is_read_as_it_stands() -> None:
    assert read_article_html(_page("Imelda Dacanay-Wolfe")).authors == ("Imelda Dacanay-Wolfe",)


def _organisation_page(author: object, publisher: str = "Harrowdale District Council") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council agrees budget",
        "author": author,
        "publisher": {"@type": "Organization", "name": publisher},
    }
    return (
        "<html><head><title>Council agrees budget</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        "<article><h1>Council agrees budget</h1>"
        "<p>Harrowdale District Council has agreed a budget of £118.4m for the coming year.</p>"
        "<p>Councillors voted 31 to 12 in favour after a three-hour debate.</p>"
        "</article></body></html>"
    )


def test_a_press_office_named_as_the_author_in_structured_data_is_the_author() -> None:
    """A page that names no person, its structured data an organisation as its author (a body's
    press office writing its news): the extraction reads persons only."""
    office = {"@type": "Organization", "name": "Harrowdale District Council Press Office"}
    assert read_article_html(_organisation_page(office)).authors == (
        "Harrowdale District Council Press Office",
    )


def test_guard_the_publisher_named_as_its_own_author_is_no_author() -> None:
    publisher = {"@type": "Organization", "name": "Harrowdale District Council"}
    assert read_article_html(_organisation_page(publisher)).authors == ()


def test_guard_structured_data_that_does_not_parse_gives_no_author() -> None:
    page = _organisation_page({}).replace('"author": {}', '"author": {"@type": "Organiz')
    assert read_article_html(page).authors == ()
