"""A page's table of figures is read as the story's rows wherever the page sets it: in a
wrapper whose class the main-content extraction drops by name ("embed", "widget",
"related-data", "sidebar-table"), in an <aside> box, or after the <article> in the same
container. Every page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from intake.fetch import read_article_html
from sources.fetch import _story_boxes_kept

_BEFORE = (
    "<p>Median values rose in every township last year, according to the county auditor, who "
    "published the figures on Monday in a table.</p>"
)
_AFTER = (
    "<p>The auditor said appeals would open in March, and that 1,240 owners had already asked "
    "for a review of their valuation this spring.</p>"
)
_TABLE = (
    "<table><thead><tr><th>Township</th><th>2023</th><th>2024</th></tr></thead><tbody>"
    "<tr><td>Ashby</td><td>$182,400</td><td>$201,300</td></tr>"
    "<tr><td>Brill</td><td>$150,100</td><td>$171,900</td></tr></tbody></table>"
)


def _page(story: str, after_article: str = "") -> str:
    return (
        "<html><head><title>Values rise</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        f"<main><article><h1>Values rise across the county</h1>{story}</article>"
        f"{after_article}</main><footer>Orvanne Ledger</footer></body></html>"
    )


@pytest.mark.parametrize("wrapper", ["embed", "widget", "related-data", "sidebar-table"])
def test_a_table_in_a_wrapper_named_as_a_widget_is_the_storys(wrapper: str) -> None:
    text = read_article_html(_page(f'{_BEFORE}<div class="{wrapper}">{_TABLE}</div>{_AFTER}')).text
    assert "| Ashby | $182,400 | $201,300 |" in text
    # In its place: between the paragraph that introduces it and the next.
    assert (
        text.index("according to the county auditor")
        < text.index("| Ashby")
        < text.index("appeals would open")
    )


def test_a_table_in_an_aside_box_is_the_storys() -> None:
    text = read_article_html(
        _page(f"{_BEFORE}<aside><h3>By township</h3>{_TABLE}</aside>{_AFTER}")
    ).text
    assert "| Brill | $150,100 | $171,900 |" in text


def test_a_table_set_after_the_article_in_its_container_is_the_storys() -> None:
    text = read_article_html(_page(f"{_BEFORE}{_AFTER}", after_article=_TABLE)).text
    assert "| Ashby | $182,400 | $201,300 |" in text


def test_guard_a_table_of_links_in_a_widget_stays_out() -> None:
    links = (
        '<div class="widget"><table><tr><td><a href="/a">Most read: rates rise</a></td>'
        "<td>12,400 views</td></tr></table></div>"
    )
    assert "Most read" not in read_article_html(_page(f"{_BEFORE}{links}{_AFTER}")).text


def test_the_storys_own_containers_keep_their_names() -> None:
    """Only a wrapper that holds little but the table loses its names: a story whose container
    is named ("main-col", "story-body") is still read as the extraction reads it by those names,
    the headings over its tables included."""
    paragraphs = "".join(
        f"<p>Paragraph {number} of the story says the count went on through the night and that "
        "agents for all the candidates signed the forms.</p>"
        for number in range(6)
    )
    page = (
        "<html><head><title>Result</title></head><body>"
        '<header><div class="masthead"><a href="/">The Orvanne Ledger</a></div>'
        '<nav class="menu"><a href="/news">News</a> | <a href="/politics">Politics</a></nav>'
        '</header><div class="container"><div class="main-col">'
        '<div class="breadcrumb">Home › Wards</div><h1>Ward result declared</h1>'
        '<div class="meta">By Orla Brandt | Published June 20, 2025</div>'
        '<div class="share">Share this story: Email | Copy link | Print</div>'
        '<figure><img src="/a.jpg"><figcaption>The count. PHOTO | Ivo Marr</figcaption></figure>'
        f'<div class="story-body">{paragraphs}'
        '<h3>Declaration of results</h3><table class="results"><caption>Ward by-election. '
        "Source: Returning Officer, Orvanne Electoral Office</caption>"
        "<thead><tr><th>Candidate</th><th>Votes</th></tr></thead><tbody>"
        "<tr><td>Orla Brandt</td><td>6,482</td></tr><tr><td>Ivo Marr</td><td>5,917</td></tr>"
        "</tbody></table><p>The new member will be sworn in on Tuesday.</p></div>"
        '<div class="inline-promo">Follow the Ledger for results.</div>'
        '<div class="related"><h4>Related</h4><ul><li>Budget passes</li></ul></div></div>'
        '<aside class="side-col"><h4>Most Read</h4><ol><li>Fuel up 4.20 a litre</li></ol>'
        "</aside></div></body></html>"
    )
    text = read_article_html(page).text
    assert "| Orla Brandt | 6,482 |" in text
    assert "Declaration of results" in text
    assert "Share this story" not in text


def test_a_table_after_the_article_in_a_wrapper_of_its_own_is_the_storys() -> None:
    """The wrapper is the table's ("<div class='article-extra'>"), not the page's container that
    holds the article too: the table is moved into the article, not left beside it."""
    page = (
        "<html><head><title>Values rise</title></head><body><div class='page'>"
        f"<article><h1>Values rise across the county</h1>{_BEFORE}{_AFTER}</article>"
        f"<div class='article-extra'>{_TABLE}</div></div>"
        "<footer>Orvanne Ledger</footer></body></html>"
    )
    assert "| Ashby | $182,400 | $201,300 |" in read_article_html(page).text


def test_a_table_of_figures_marked_as_layout_is_the_storys() -> None:
    table = _TABLE.replace("<table>", '<table role="presentation">')
    assert (
        "| Brill | $150,100 | $171,900 |"
        in read_article_html(_page(f"{_BEFORE}{table}{_AFTER}")).text
    )


def test_a_table_after_the_story_on_a_page_without_an_article_is_the_storys() -> None:
    """A page that marks no <article>: a table set straight after the element that holds the
    story's paragraphs is the story's, as one after the <article> is."""
    paragraphs = "".join(
        f"<p>Paragraph {number} of the bulletin says the union surveyed its members in June and "
        "that the results are in the table below.</p>"
        for number in range(4)
    )
    page = (
        "<html><head><title>Survey</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header>'
        f'<main><h1>What members told us</h1><div class="post-content">{paragraphs}</div>'
        f'<figure class="data-figure">{_TABLE}</figure></main>'
        "<footer>Harbour Workers' Union</footer></body></html>"
    )
    assert "| Ashby | $182,400 | $201,300 |" in read_article_html(page).text


def test_guard_a_table_after_a_list_of_links_stays_where_it_is() -> None:
    """Only an element that holds the story's paragraphs takes the table: a table after a
    menu of links is no story's."""
    page = (
        "<html><head><title>Survey</title></head><body><main>"
        '<div class="menu"><a href="/a">A</a> <a href="/b">B</a></div>'
        f"<figure>{_TABLE}</figure></main></body></html>"
    )
    tree = _story_boxes_kept(page)
    table = tree.find(".//table")
    assert table.getparent().tag == "figure"
