"""A page's publication date and headline as the page states them to its readers: the date in
its markup before one in its address, and the <h1> where the title only puts a label of the
story's kind before it. Every page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from intake.fetch import read_article_html


def _page(*, title: str, h1: str, url_day: str = "2026-03-10", published: str = "") -> str:
    path = url_day.replace("-", "/")
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>{title} | The Orvanne Gazette</title>"
        f'<meta property="og:url" content="https://orrin-gazette.example/news/{path}/story/">'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="The Orvanne Gazette">{meta}</head><body>'
        f"<article><h1>{h1}</h1>"
        "<p>Ferry crossings on the estuary fell by 14% last year, the harbour board said.</p>"
        "<p>The board counted 2.3 million passengers, down from 2.7 million.</p>"
        "</article></body></html>"
    )


def test_the_published_time_in_the_markup_wins_over_a_day_in_the_address() -> None:
    """An evening story whose address carries the next day (its UTC day, or the print
    edition's) was published on the day its markup states."""
    page = _page(
        title="Ferry crossings fall",
        h1="Ferry crossings fall",
        url_day="2026-03-11",
        published="2026-03-10T21:36:12-04:00",
    )
    assert read_article_html(page).published == "2026-03-10"


def test_guard_the_address_still_dates_a_page_whose_markup_states_none() -> None:
    page = _page(title="Ferry crossings fall", h1="Ferry crossings fall", url_day="2026-03-11")
    assert read_article_html(page).published == "2026-03-11"


@pytest.mark.parametrize("label", ["Fact check", "Analysis", "Live", "Explainer"])
def test_a_label_of_the_storys_kind_before_the_headline_is_no_part_of_it(label: str) -> None:
    headline = "Ferry crossings have not halved since the bridge opened"
    page = _page(title=f"{label}: {headline}", h1=headline)
    assert read_article_html(page).title == headline


def test_guard_a_headline_with_a_colon_of_its_own_keeps_it() -> None:
    headline = "Harbour board: crossings fell 14% last year"
    assert read_article_html(_page(title=headline, h1=headline)).title == headline


def test_a_site_named_by_its_letters_then_in_full_is_its_full_name() -> None:
    page = _page(title="Ferry crossings fall", h1="Ferry crossings fall").replace(
        'content="The Orvanne Gazette">',
        'content="OFWU – Orvanne Ferry Workers\' Union">',
    )
    assert read_article_html(page).publisher == "Orvanne Ferry Workers' Union"


def test_guard_a_site_name_whose_letters_name_no_words_after_them_stays() -> None:
    """Letters that do not stand for the words after them are the name, not the words: since
    session 52 the words after the dash are its tagline, which the name is read without."""
    page = _page(title="Ferry crossings fall", h1="Ferry crossings fall").replace(
        'content="The Orvanne Gazette">', 'content="KTRQ – News for the Valley">'
    )
    assert read_article_html(page).publisher == "KTRQ"
