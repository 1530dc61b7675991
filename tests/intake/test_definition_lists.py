"""A definition list in the story (a fact-check's rating box, a fact box of labelled figures)
is read as its labelled lines, "Label: what it says", wherever the page sets it: in the
article, in a box whose name reads as a widget's ("rating-box"), in an <aside>.
Every page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from intake.fetch import read_article_html

_BOX = (
    "<dl><dt>What was claimed</dt><dd>Burglaries in Tollby have tripled since 2020.</dd>"
    "<dt>Who claimed it</dt><dd>Tollby Watchdog, a campaign page</dd>"
    "<dt>Our verdict</dt><dd>FALSE</dd>"
    "<dd>Recorded burglaries rose by 9% between 2020 and 2024.</dd></dl>"
)
_PARAGRAPHS = "".join(
    f"<p>Paragraph {number} of the check says what the police figures show and how they were "
    "counted, and what the campaign page said about them.</p>"
    for number in range(5)
)


def _page(box: str) -> str:
    return (
        "<html><head><title>Burglaries have not tripled</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header>'
        f"<main><article><h1>Burglaries have not tripled</h1>{box}{_PARAGRAPHS}</article>"
        "</main><footer>Tollby Checks</footer></body></html>"
    )


@pytest.mark.parametrize(
    "box",
    [_BOX, f'<div class="rating-box">{_BOX}</div>', f"<aside>{_BOX}</aside>"],
    ids=["in-article", "named-as-a-widget", "aside"],
)
def test_a_definition_list_reads_as_labelled_lines(box: str) -> None:
    lines = read_article_html(_page(box)).text.splitlines()
    assert "What was claimed: Burglaries in Tollby have tripled since 2020." in lines
    assert "Who claimed it: Tollby Watchdog, a campaign page" in lines
    assert "Our verdict: FALSE" in lines
    # A second definition of a term goes on as a line of its own.
    assert "Recorded burglaries rose by 9% between 2020 and 2024." in lines


def test_guard_a_list_of_links_in_the_footer_stays_out() -> None:
    page = _page("").replace(
        "<footer>Tollby Checks</footer>",
        '<footer><dl><dt>Contact</dt><dd><a href="/about">About us</a></dd></dl></footer>',
    )
    assert "Contact" not in read_article_html(page).text
