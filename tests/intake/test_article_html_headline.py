"""A page's text opens with its headline and standfirst (sources.fetch._headline_and_standfirst),
as a reader and a pasted copy have them. The main-content extraction gives the story's body
only: a page ingested by its address was archived without the headline and the line under it,
so a fact-checker who cited the headline's words ("Quorvex recalls 412,000 heaters after 14
fires") was told the quote was not in the source, and intake never suggested a figure the
standfirst alone states. Every page and name here is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from claims.models import QuoteStatus
from claims.services.quotes import citation_verify
from intake.fetch import read_article_html
from tests.factories import CitationFactory, SnapshotFactory
from tests.intake.claimants import claimants_by_figure

_HEADLINE = "Quorvex recalls 412,000 space heaters after 14 fires"
_STANDFIRST = (
    "Federal safety board counts 87 overheating incidents and six burn injuries since the "
    "heaters went on sale"
)
_BODY = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "Quorvex Home Appliances is recalling about 412,000 of its Hearthglow space heaters "
        "sold in the past two years, the company said on Tuesday.",
        "The heaters can overheat at the power cord, the company said, and it has received "
        "reports of 14 fires, none of which caused serious injury.",
        "Owners should stop using the heaters at once and contact the company for a full "
        "refund, a spokeswoman said.",
        "The heaters were sold at hardware stores and online for between $49 and $79.",
    )
)


def _page(between: str = "", headline: str = _HEADLINE) -> str:
    return (
        "<html><head><title>Heater recall | Velby Evening Post</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        f"<main><article><header><h1>{headline}</h1>{between}</header>"
        f'<div class="article-body">{_BODY}</div></article></main>'
        "<footer><p>Velby Evening Post, 12 Quay Street</p></footer></body></html>"
    )


def test_the_text_opens_with_the_headline_and_its_standfirst() -> None:
    text = read_article_html(_page(f'<p class="dek">{_STANDFIRST}</p>')).text
    paragraphs = text.split("\n\n")
    assert paragraphs[:3] == [_HEADLINE, _STANDFIRST, paragraphs[2]]
    assert paragraphs[2].startswith("Quorvex Home Appliances is recalling")


def test_a_standfirst_below_the_byline_and_the_date_is_read() -> None:
    """The byline and the date stand between the headline and the standfirst on many pages:
    they are passed over, not read, and the standfirst under them is."""
    between = (
        '<div class="article-info"><span class="byline">By <a href="/ada">Ada Moor</a></span>'
        '<time datetime="2026-03-12">12 March 2026</time></div>'
        "<p>By Ada Moor, consumer affairs reporter, published 12 March 2026 at 6.15pm</p>"
        f"<h2>{_STANDFIRST}</h2>"
    )
    text = read_article_html(_page(between)).text
    assert text.startswith(f"{_HEADLINE}\n\n{_STANDFIRST}\n\n")
    assert "Ada Moor" not in text


_SECOND = "<p>A second summary line that would otherwise be taken for the standfirst here.</p>"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param(
            "<figure><img src='/h.jpg'><figcaption>A Hearthglow heater on sale in Velby last "
            "winter, when 9,000 were sold in a month.</figcaption></figure>"
            "<p><strong>How we report recalls:</strong> we check every notice against the "
            f"regulator's register of 1,200 products.</p>{_SECOND}",
            id="caption-then-labelled-note",
        ),
        pytest.param(
            '<p><a href="/other">Read more: fire service warns on 3,000 faulty chargers sold '
            f"online this year</a></p>{_SECOND}",
            id="teaser",
        ),
    ],
)
def test_guard_a_caption_a_labelled_note_and_a_teaser_are_no_standfirst(between: str) -> None:
    """What stands under a headline without being its standfirst stays out: a picture's
    caption (passed over), a labelled disclosure and a link to another story (each ends the
    search, so the paragraph after it is not taken either)."""
    text = read_article_html(_page(between)).text
    assert text.startswith(f"{_HEADLINE}\n\nQuorvex Home Appliances is recalling")
    for left_out in ("9,000", "3,000", "1,200", "A second summary line"):
        assert left_out not in text


def test_guard_a_headline_or_standfirst_the_extraction_gave_is_not_said_twice() -> None:
    page = _page(f'<p class="dek">{_STANDFIRST}</p>').replace(
        '<div class="article-body">',
        f'<div class="article-body"><p>{_STANDFIRST}.</p>',
    )
    text = read_article_html(page).text
    assert text.count("87 overheating incidents") == 1
    assert text.count(_HEADLINE) == 1


def test_a_figure_only_the_standfirst_states_is_suggested() -> None:
    """The standfirst's 87 incidents and six injuries are stated nowhere else: intake suggests
    them (before, the page's text did not hold them)."""
    text = read_article_html(_page(f'<p class="dek">{_STANDFIRST}</p>')).text
    assert {"87", "six"} <= set(claimants_by_figure(text, publisher="Velby Evening Post"))


@pytest.mark.django_db
def test_a_quote_from_the_headline_is_found_in_the_archived_page() -> None:
    """A citation quoting the headline verifies against the page's snapshot (before, the
    snapshot had no headline, and the quote was refused as not in the source)."""
    snapshot = SnapshotFactory(text=read_article_html(_page()).text)
    citation = CitationFactory.build(
        source=snapshot.source, quote="recalls 412,000 space heaters after 14 fires"
    )
    citation_verify(citation=citation, snapshot=snapshot)
    assert citation.quote_status == QuoteStatus.FOUND
