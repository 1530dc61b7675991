"""A table of figures a page writes as text, one row a line ("| Ward | 2023 | 2024 |" under a
rule of dashes, or wire copy's columns aligned by spaces in <pre>), is read as the story's
table: its rows, each "| cell | cell |", and the source line under it. The main-content
extraction drops such text inside a <figure> and a <div>. Every page here was written for this
test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from intake.fetch import read_article_html
from sources.fetch import _text_table_rows

_BEFORE = (
    "<p>Footfall in the town's three markets fell again last year, the borough's markets "
    "office said on Thursday, publishing its figures by site.</p>"
)
_AFTER = (
    "<p>Stallholders' association chair Dorota Quill-Havers said 212 traders had signed a "
    "letter asking for lower pitch fees next year.</p>"
)
_PIPES = (
    "| Market | 2023 | 2024 |\n|---|---|---|\n"
    "| Corn Hall | 412,300 | 388,150 |\n| Riverside | 205,900 | 214,020 |\n"
)
_ROW = "| Corn Hall | 412,300 | 388,150 |"


def _page(story: str) -> str:
    return (
        "<html><head><title>Footfall falls</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        f"<main><article><h1>Market footfall falls</h1>{_BEFORE}{story}{_AFTER}</article>"
        "</main><footer>Ostry Valley Echo</footer></body></html>"
    )


def _text(story: str) -> str:
    return read_article_html(_page(story)).text


@pytest.mark.parametrize(
    "markup",
    [
        f'<div class="data-table">\n{_PIPES}</div>',
        f"<div>{_PIPES}</div>",
        f'<figure class="chart"><figcaption>Visits by market</figcaption><pre>{_PIPES}</pre>'
        "</figure>",
        f"<figure><pre><code>{_PIPES}</code></pre></figure>",
        "<p>" + _PIPES.replace("\n", "<br>") + "</p>",
    ],
    ids=["styled-div", "div", "pre-in-figure", "code-in-figure", "lines-broken"],
)
def test_a_table_written_with_bars_is_read_row_by_row(markup: str) -> None:
    text = _text(markup)
    assert _ROW in text
    assert "| Riverside | 205,900 | 214,020 |" in text
    # In its place, between the paragraph that introduces it and the next.
    assert text.index("publishing its figures") < text.index(_ROW) < text.index("212 traders")


def test_the_source_line_under_a_text_table_in_a_figure_is_kept() -> None:
    text = _text(
        f"<figure><figcaption>Visits by market</figcaption><pre>{_PIPES}</pre>"
        "<p>Source: Ostry Borough Markets Office</p></figure>"
    )
    assert text.index(_ROW) < text.index("Source: Ostry Borough Markets Office")


def test_wire_copy_columns_aligned_in_preformatted_text_are_a_table() -> None:
    aligned = (
        "<figure><pre>Market        2023       2024\n"
        "Corn Hall     412,300    388,150\n"
        "Riverside     205,900    214,020</pre></figure>"
    )
    assert _ROW in _text(aligned)


def test_guard_preformatted_text_that_is_not_a_table_of_figures_stays_as_written() -> None:
    """A poem or a code sample in <pre> has no figure in each row: it is not made a table."""
    verse = "<pre>The river runs  under the bridge\nand the market  sleeps till dawn</pre>"
    text = _text(verse)
    assert "|" not in text
    assert "under the bridge" in text


@pytest.mark.parametrize(
    "lines",
    [
        # Rows of different lengths: not one table.
        ["| Corn Hall | 412,300 | 388,150 |", "| Riverside | 205,900 |"],
        # A single row: a line of text with bars in it, not a table.
        ["| Corn Hall | 412,300 | 388,150 |"],
        # A row without a figure after its label.
        ["| Market | Site |", "| Corn Hall | town centre |"],
        # Bars on some lines only.
        ["| Market | 2024 |", "Corn Hall 388,150"],
    ],
)
def test_guard_lines_that_are_not_a_table_of_figures_are_no_table(lines: list[str]) -> None:
    assert _text_table_rows(lines, aligned=True) is None


def test_the_rule_under_a_heading_marks_it_and_is_no_row() -> None:
    rows = _text_table_rows(
        ["| Market | 2024 |", "|:---|---:|", "| Corn Hall | 388,150 |"], aligned=False
    )
    assert rows == [(["Market", "2024"], True), (["Corn Hall", "388,150"], False)]


def test_guard_a_text_table_in_the_sites_footer_stays_out() -> None:
    page = _page("").replace(
        "<footer>Ostry Valley Echo</footer>", f"<footer><div>{_PIPES}</div></footer>"
    )
    assert _ROW not in read_article_html(page).text
