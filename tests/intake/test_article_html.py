"""An HTML page is read with trafilatura: the article's paragraphs without navigation,
prompts, teasers and footers, the readers' comments after a heading of their own, and the
page's title, author, date and publisher; the fetch's safety rules stay as they were."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from intake.extract import extract_suggestions
from intake.fetch import COMMENTS_HEADING, FetchError, fetch_url, read_article_html
from intake.normalise import normalise

PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Burglaries fall again | Valley Courier</title>
<meta property="og:title" content="Burglaries fall again">
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Dana Whitlow">
<meta property="article:published_time" content="2024-03-12T09:30:00Z">
<script>var adSlots = 12;</script><style>.x { top: 40px; }</style></head>
<body><header><nav><a href="/">Home</a> <a href="/s">Subscribe: $1 for 6 months</a></nav></header>
<main><article><h1>Burglaries fall again</h1>
<p>Reported burglaries fell 14 percent last year, to 2,310, the sheriff's office said.</p>
<figure><img src="a.jpg"><figcaption>A patrol car in 2022. (Photo: Dana Whitlow)</figcaption></figure>
<p>Car thefts rose 9 percent over the same period, the figures show.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Budget rises 4%</a></li></ul></aside>
</article>
<section id="comments"><h3>2 Comments</h3><div class="comment"><p>Up 50% on my street!</p></div></section>
</main><footer>© 2024 Valley Courier. All rights reserved.</footer></body></html>"""
_META_DATE = '<meta property="article:published_time" content="{}T09:30:00Z">'


def test_the_article_text_without_the_pages_chrome() -> None:
    article = read_article_html(PAGE)
    assert "Reported burglaries fell 14 percent" in article.text
    assert "Car thefts rose 9 percent" in article.text
    for chrome in ("adSlots", "Subscribe", "Budget rises 4%", "All rights reserved", "Home"):
        assert chrome not in article.text


def test_the_pages_title_author_date_and_publisher() -> None:
    article = read_article_html(PAGE)
    assert (article.title, article.authors, article.published, article.publisher) == (
        "Burglaries fall again",
        ("Dana Whitlow",),
        "2024-03-12",
        "Valley Courier",
    )


def _dated_page(dateline: str, *, meta: str = "") -> str:
    body = "<p>Reported burglaries fell 14 percent last year, the sheriff's office said.</p>" * 4
    return (
        f"<html><head><title>Burglaries fall</title>{meta}</head><body><article>"
        f"<h1>Burglaries fall</h1>{dateline}{body}</article>"
        "<footer>© 2024 Valley Courier</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # The page's own markup says when: that date, whatever the text or footer mention.
        (_dated_page("<p>Since 2019 ...</p>", meta=_META_DATE.format("2024-03-12")), "2024-03-12"),
        # Ahead of our clock (a time zone east of ours, or a page dated ahead): as stated.
        (
            _dated_page("", meta=_META_DATE.format(f"{date.today().year + 1}-01-27")),
            f"{date.today().year + 1}-01-27",
        ),
        # Stated only in the text, in a plain paragraph.
        (_dated_page("<p>Published 12 March 2026</p>"), "2026-03-12"),
        # No date anywhere but a year (the copyright line, "since 2019"): no date, never
        # 1 January of that year.
        (_dated_page("<p>Burglaries have fallen since 2019.</p>"), ""),
    ],
    ids=["markup", "ahead-of-our-clock", "stated-in-the-text", "a-year-alone"],
)
def test_the_date_is_the_one_the_page_states_and_never_a_guess(page: str, published: str) -> None:
    assert read_article_html(page).published == published


def test_readers_comments_follow_a_heading_and_are_the_commenters() -> None:
    article = read_article_html(PAGE)
    assert article.text.index(COMMENTS_HEADING) < article.text.index("Up 50% on my street")
    items = extract_suggestions(normalise(article.text))
    comment = next(item for item in items if "50%" in item.sentence)
    assert comment.claimant_kind == "commenter"
    assert all(item.section != "comment" for item in items if "14 percent" in item.sentence)


def test_a_page_with_no_article_still_gives_its_text() -> None:
    article = read_article_html("<html><body><div>Rates fell 60 percent.</div></body></html>")
    assert "Rates fell 60 percent." in article.text


def test_each_paragraph_is_a_line() -> None:
    article = read_article_html(PAGE)
    paragraphs = [line for line in article.text.split("\n") if line]
    assert any(line.startswith("Reported burglaries") for line in paragraphs)
    assert all("\n" not in line for line in paragraphs)


@pytest.mark.django_db
def test_a_fetched_page_carries_what_the_page_says_about_itself(
    local_server: tuple[str, object],
) -> None:
    base, pages = local_server
    pages.put("/article", PAGE)  # type: ignore[attr-defined]
    page = fetch_url(f"{base}/article")
    assert page.title == "Burglaries fall again"
    assert page.publisher == "Valley Courier"
    assert page.authors == ("Dana Whitlow",)
    assert page.published == "2024-03-12"
    assert "14 percent" in page.text


def test_the_safety_rules_still_refuse_private_addresses_and_big_pages(
    local_server: tuple[str, object], tmp_path: Path
) -> None:
    base, pages = local_server
    with pytest.raises(FetchError, match="private"):
        fetch_url(f"{base}/article", allow_private=False)
    pages.put("/big", "<p>" + "x" * 5000 + "</p>")  # type: ignore[attr-defined]
    with pytest.raises(FetchError, match="limit"):
        fetch_url(f"{base}/big", max_bytes=500)


_TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<article>",
        "</article>",
        "<time datetime='2024-13-45'>",
        "</time>",
        "<meta property='article:published_time' content='0000-00-00'>",
        "<!--",
        "-->",
        "<script>",
        "<html>",
        "<body>",
        "&amp;",
        "&#0;",
        "\x00",
        "©",
        "Published ",
        "31/02/2024",
        "2099",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=40).map("".join))
# Found by this test in session 45: lxml makes the <script> the root, and htmldate's cleaning,
# inside trafilatura, asserted it had a parent.
@example("<body><script><html>")
def test_any_page_reads_without_an_error_and_its_date_is_a_real_one(page: str) -> None:
    """Whatever is pasted or fetched (broken markup, impossible dates, NUL bytes): some text,
    and a publication date that is either none or a real ISO date."""
    article = read_article_html(page)
    assert isinstance(article.text, str)
    if article.published:
        date.fromisoformat(article.published)


def test_the_publisher_is_the_name_the_site_gives_itself() -> None:
    """Structured data often names the company behind a site; the site's own name is the one
    its text uses ("an ACB News analysis") and so tells the publisher's statements apart."""
    page = _dated_page(
        "",
        meta=(
            '<meta property="og:site_name" content="Harbour Radio News">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            '"NewsArticle", "publisher": {"@type": "Organization", "name": "Harbour '
            'Broadcasting Holdings Ltd"}}</script>'
        ),
    )
    assert read_article_html(page).publisher == "Harbour Radio News"


def test_several_authors_read_as_a_byline_names_them() -> None:
    page = PAGE.replace(
        '<meta name="author" content="Dana Whitlow">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "author": [{"@type": "Person", "name": "Dana Whitlow"}, {"@type": '
        '"Person", "name": "Ravi Okoro"}, {"@type": "Person", "name": "Lin Hale"}]}</script>',
    )
    assert read_article_html(page).authors == ("Dana Whitlow", "Ravi Okoro", "Lin Hale")


def test_a_bylines_jobs_after_its_names_are_no_authors() -> None:
    page = PAGE.replace('<meta name="author" content="Dana Whitlow">', "").replace(
        "<h1>Burglaries fall again</h1>",
        "<h1>Burglaries fall again</h1><span class='byline'>By Dana Whitlow, Open Data "
        "Program Lead, and Ravi Okoro, Data Analyst</span>",
    )
    assert read_article_html(page).authors == ("Dana Whitlow", "Ravi Okoro")


@pytest.mark.parametrize(
    ("shown", "published"),
    [
        ("February 18, 2026", "2026-02-18"),  # an evening story west of UTC: as shown
        ("19 Feb 2026", "2026-02-19"),
        ("Updated 3 hours ago", "2026-02-19"),  # no date shown: the markup's
        ("March 2, 2026", "2026-02-19"),  # far from the markup's moment: not the same date
    ],
)
def test_the_date_is_the_one_shown_where_the_markup_gives_it_in_utc(
    shown: str, published: str
) -> None:
    moment = "2026-02-19T00:41:07+00:00"
    page = PAGE.replace("2024-03-12T09:30:00Z", moment).replace(
        "<h1>Burglaries fall again</h1>",
        f'<h1>Burglaries fall again</h1><p><time datetime="{moment}">{shown}</time></p>',
    )
    assert read_article_html(page).published == published


def test_the_title_is_the_headline_shown_where_the_markups_is_cut_short() -> None:
    """og:title, cut for sharing, is the title only where the page shows no longer form of it:
    a reader cites the <h1> they saw."""
    shown = "Burglaries fall again as patrols double in the valley"
    page = PAGE.replace("<h1>Burglaries fall again</h1>", f"<h1>{shown}</h1>")
    assert read_article_html(page).title == shown
    # A section's name, or the site's logo, in the only <h1>: not the headline.
    logo = PAGE.replace("<h1>Burglaries fall again</h1>", "<h1>Valley Courier</h1>")
    assert read_article_html(logo).title == "Burglaries fall again"
    # Two <h1>s in the article: which is the headline is anyone's guess; the markup's stands.
    two = PAGE.replace("<h1>Burglaries fall again</h1>", f"<h1>{shown}</h1><h1>Also</h1>")
    assert read_article_html(two).title == "Burglaries fall again"


def test_reporters_credited_in_a_line_are_the_authors_where_the_markup_names_none() -> None:
    page = PAGE.replace('<meta name="author" content="Dana Whitlow">', "").replace(
        "<h1>Burglaries fall again</h1>",
        "<h1>Burglaries fall again</h1><p class='credit'>Reporting by Ines Marlow, Tomasz "
        "Weyland and Ada Brisk. Editing by Colm Reyes.</p>",
    )
    assert read_article_html(page).authors == ("Ines Marlow", "Tomasz Weyland", "Ada Brisk")
    # The markup's author wins over a credit line.
    both = PAGE.replace(
        "<h1>Burglaries fall again</h1>",
        "<h1>Burglaries fall again</h1><p>Additional reporting by Ada Brisk.</p>",
    )
    assert read_article_html(both).authors == ("Dana Whitlow",)
    # A sentence that opens the same way credits no one.
    sentence = PAGE.replace('<meta name="author" content="Dana Whitlow">', "").replace(
        "<h1>Burglaries fall again</h1>",
        "<h1>Burglaries fall again</h1><p>Reporting by the county's own analysts found a 14% "
        "fall.</p>",
    )
    assert read_article_html(sentence).authors == ()


def test_the_site_is_named_by_its_titles_end_where_the_markup_does_not_name_it() -> None:
    bare = PAGE.replace('<meta property="og:site_name" content="Valley Courier">', "")
    page = bare.replace(
        "<title>Burglaries fall again | Valley Courier</title>",
        "<title>Burglaries fall again - Harrow Vale Gazette</title>",
    ).replace("© 2024 Valley Courier.", "")
    assert read_article_html(page).publisher == "Harrow Vale Gazette"
    # A title's second half that the headline shows is the headline's, not a site's name.
    headline = "Burglaries fall again - and car thefts rise"
    split = bare.replace(
        "<title>Burglaries fall again | Valley Courier</title>", f"<title>{headline}</title>"
    ).replace("<h1>Burglaries fall again</h1>", f"<h1>{headline}</h1>")
    assert read_article_html(split).publisher != "and car thefts rise"
    # A page of several <h1>s (the site's logo set as one, then the headline) has no one
    # headline shown: the title's end is compared with the title's start, and the logo's
    # words, the site's own name, are no reason to refuse it.
    logo = page.replace("<main><article>", "<h1>Harrow Vale Gazette</h1><main><div>").replace(
        "</article>", "</div>"
    )
    assert read_article_html(logo).publisher == "Harrow Vale Gazette"
