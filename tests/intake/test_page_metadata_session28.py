"""A page's authors, where its metadata names the publisher as a creator beside its writers
(a public body's page: `dcterms.creator`).
Every page here was written for this test; every name is invented."""

import json

from intake.fetch import read_article_html


def _page(authors: list[str], publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Heat deaths rose last summer",
        "datePublished": "2026-09-12T09:30:00+01:00",
        "author": [{"@type": "Person", "name": name} for name in authors],
        "publisher": {"@type": "GovernmentOrganization", "name": publisher},
    }
    return (
        "<html><head><title>Heat deaths rose last summer</title>"
        f'<meta name="author" content="{", ".join(authors)}">'
        f'<meta name="dcterms.creator" content="{publisher}">'
        f'<meta property="og:site_name" content="{publisher}">'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        "<article><h1>Heat deaths rose last summer</h1>"
        "<p>An estimated 1,412 deaths were linked to the heat between June and August, up from "
        "1,090 the summer before.</p>"
        "<p>The hottest day reached 39.7C at a station in the east of the country.</p>"
        "</article></body></html>"
    )


def test_the_pieces_of_a_publisher_named_with_and_are_no_authors() -> None:
    page = read_article_html(
        _page(["Imara Quenmere-Holt", "Lisbeth Vashmore"], "Quenmoor Weather and Climate Service")
    )
    assert page.publisher == "Quenmoor Weather and Climate Service"
    assert page.authors == ("Imara Quenmere-Holt", "Lisbeth Vashmore")


def test_guard_a_body_that_writes_its_own_page_is_still_its_author() -> None:
    page = read_article_html(_page(["Quenmoor Recovery Office"], "Quenmoor Recovery Office"))
    assert page.authors == ("Quenmoor Recovery Office",)
