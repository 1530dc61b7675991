"""A text with no publisher given (a pasted article, a .txt) names its publisher itself, in its
copyright line: "a Courier analysis" on a page "© 2025 Westbay Courier Media Ltd" is the
publisher's own work; a page fetched by URL names its site. Every sentence here was written for this test; every name is invented."""

import pytest

from intake import services as intake_services
from intake.fetch import FetchedPage
from tests.intake.claimants import claimants_by_figure as _claimants


def test_the_copyright_line_names_the_publisher_when_none_is_given() -> None:
    text = (
        "A Courier analysis of council minutes found that 17 of the 40 road schemes were "
        "late.\n\n"
        "Copyright © 2025 Westbay Courier Media Ltd. All rights reserved.\n"
    )
    assert _claimants(text) == {"17": "", "40": ""}


def test_a_publisher_given_wins_over_the_copyright_line() -> None:
    text = (
        "A Courier analysis found that 17 of the 40 road schemes were late.\n\n"
        "© 2025 Westbay Courier Media Ltd\n"
    )
    assert _claimants(text, publisher="Sandport Gazette") == {"17": "Courier", "40": "Courier"}


@pytest.mark.django_db
def test_a_fetched_pages_own_name_is_its_publisher(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page fetched by URL names its site (og:site_name): "a Courier analysis" on the
    Westbay Courier's page is the article's own work, though no publisher was typed in."""
    page = FetchedPage(
        url="https://westbay.example/roads",
        text="A Courier analysis of council minutes found that 17 road schemes were late.\n",
        content_type="text/html",
        publisher="Westbay Courier",
    )
    monkeypatch.setattr(intake_services, "fetch_url", lambda url: page)
    report = intake_services.source_ingest(url="https://westbay.example/roads")
    (suggestion,) = report.suggestions
    assert suggestion.claimant_name == ""
    # The page's own name is the new source's publisher too, as a typed one would be.
    assert report.source.publisher is not None
    assert report.source.publisher.name == "Westbay Courier"
