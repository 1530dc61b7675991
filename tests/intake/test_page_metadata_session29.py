"""A page's authors as the page writes them, with the stops of an abbreviated given name or
an initial that the extraction takes out ("Ma. Zenaida", "J. R.").
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
