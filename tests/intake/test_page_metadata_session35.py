"""A byline whose date stands after the name in an element of its own ("By Ada Moor" then
"January 20, 2026"), which the page's extraction runs into the name as "Ada Moor January":
the month is no word of the author's name. Every page here was written for this test; every
name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.fetch import read_article_html

_BODY = "".join(
    f"<p>Paragraph {number} says violent crime fell 21.8% from 2020 to 2024, according to the "
    "state police annual report published this week.</p>"
    for number in range(3)
)


def _page(byline: str) -> str:
    return (
        "<html><head><title>Did crime fall 22%?</title></head><body>"
        '<header><a href="/">Statewatch</a></header><main><article>'
        f"<h1>Did crime fall 22% under the governor?</h1>{byline}{_BODY}"
        "</article></main></body></html>"
    )


def test_a_month_shown_after_the_byline_is_no_word_of_the_name() -> None:
    page = _page(
        '<div class="Byline_root"><span>By Casimir Quernsby-Vale</span>'
        "<span>January 20, 2026</span><span>Edited by Mira Holt</span></div>"
    )
    assert read_article_html(page).authors == ("Casimir Quernsby-Vale",)


def test_guard_a_two_word_name_ending_in_a_month_word_keeps_it() -> None:
    page = _page('<div class="Byline_root"><span>By Dana May</span></div>')
    assert read_article_html(page).authors == ("Dana May",)
