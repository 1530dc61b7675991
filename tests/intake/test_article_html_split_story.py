"""A story the page splits into blocks is read whole (sources.fetch._split_story_restored). The
main-content extraction reads the first container its content expressions find and stops
there: a story in two "article-body" blocks, with a newsletter box or an embedded post between
them, lost all the second block held, once the first held half the story or more; and a block
inside the story whose class the extraction reads as chrome ("expandable-content",
"in-viewport") was dropped with its paragraphs. Found by pages written in thirty-odd CMS
structures (session 39); every page and name here is invented.

Each test fails without the change it describes. Those marked as guards hold a limit of the
change: what stays out of a story read whole."""

from intake.fetch import COMMENTS_HEADING, read_article_html

_TOWNS = ("Velby", "Marrowick", "Ostley", "Brannagh", "Coldharbour", "Pellow", "Durnford")


def _paragraphs(first: int, count: int) -> list[str]:
    """`count` paragraphs of a council story, each with its own figure, numbered from `first`."""
    return [
        f"<p>The council's report says {number * 37 + 112} households in "
        f"{_TOWNS[number % len(_TOWNS)]} waited more than {number + 2} weeks for a repair in "
        f"the year to March, up {number + 4} per cent on the year before.</p>"
        for number in range(first, first + count)
    ]


def _page(body: str) -> str:
    return (
        "<html><head><title>Repairs backlog grows</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        f"<main><article><h1>Council repairs backlog grows in every district</h1>{body}"
        "</article></main><footer><p>Velby Evening Post, 12 Quay Street</p></footer>"
        "</body></html>"
    )


def _said(text: str, first: int, count: int) -> list[bool]:
    return [f"{number * 37 + 112} households" in text for number in range(first, first + count)]


def _split(first: int, between: str, after: str = "") -> str:
    """A story of twenty-four paragraphs in two "article-body" blocks, the first holding
    `first` of them, with `between` set between the blocks and `after` after them."""
    return (
        f'<div class="article-body">{"".join(_paragraphs(0, first))}</div>{between}'
        f'<div class="article-body">{"".join(_paragraphs(first, 24 - first))}</div>{after}'
    )


_NEWSLETTER = (
    '<div class="signup-box"><p>Get the Evening Post briefing in your inbox every weekday '
    'morning, free.</p><form><input type="email"><button>Sign up</button></form></div>'
)
_EMBED = (
    '<div class="embed"><blockquote class="social-post"><p>Our repairs line is open 24 hours '
    "a day on 0800 555 0199 for any emergency repair.</p>&mdash; Velby Council</blockquote>"
    "</div>"
)


def test_a_story_split_by_a_newsletter_box_is_read_whole_in_the_pages_order() -> None:
    """Sixteen paragraphs, the newsletter's box, eight more: all twenty-four, in order; the
    box's prompt stays out."""
    body = _split(16, _NEWSLETTER)
    text = read_article_html(_page(body)).text
    assert all(_said(text, 0, 24))
    assert text.index("112 households") < text.index(f"{15 * 37 + 112} households")
    assert text.index(f"{15 * 37 + 112} households") < text.index(f"{16 * 37 + 112} households")
    assert "inbox every weekday" not in text


def test_a_story_split_by_an_embedded_post_is_read_whole() -> None:
    body = _split(14, _EMBED)
    text = read_article_html(_page(body)).text
    assert all(_said(text, 0, 24))


def test_a_block_of_the_story_named_as_chrome_by_its_class_is_read() -> None:
    """The last nine paragraphs in a "expandable-content" wrapper (a "read more" fold), which
    the extraction prunes by its name."""
    body = (
        '<div class="article-body">'
        + "".join(_paragraphs(0, 15))
        + '<div class="expandable-content">'
        + "".join(_paragraphs(15, 9))
        + "</div></div>"
    )
    text = read_article_html(_page(body)).text
    assert all(_said(text, 0, 24))


def test_lines_of_the_pages_furniture_in_the_storys_region_stay_out() -> None:
    """Guard: a byline and a correction line, each a paragraph alone, in the story's <article>
    outside its body block, are no run of the story's; a related-stories block of summaries, a
    hidden block and a prompt's box with its form stay out though they are runs."""
    related = (
        '<div class="related-stories">'
        "<p>Council tax in Velby will rise by 4.99 per cent from April after a vote of 31 to "
        "22 on Thursday night.</p>"
        "<p>Bin collections in Ostley move to every three weeks from June, saving the council "
        "an estimated 1.2 million pounds.</p></div>"
    )
    hidden = (
        "<div hidden><p>Subscribers read on: the council spent 4.1 million pounds on agency "
        "repair crews in the year to March.</p><p>Its own crews cost 2.9 million pounds in the "
        "same year, the report says.</p></div>"
    )
    prompt = (
        '<div class="box-7"><p>Every weekday morning our reporters send the day\'s council news '
        "to 14,000 readers.</p><p>It takes 30 seconds to join and you can leave whenever you "
        'like.</p><form><input type="email"><button>Join</button></form></div>'
    )
    amended = "<p>This article was amended on 13 March 2026 to correct the number of districts.</p>"
    body = (
        "<p>By Ada Moor, local democracy reporter, published 12 March 2026 at 6.15pm</p>"
        + _split(16, _NEWSLETTER, related + hidden + prompt + amended)
    )
    text = read_article_html(_page(body)).text
    assert all(_said(text, 0, 24))
    for left_out in (
        "By Ada Moor",
        "4.99 per cent",
        "1.2 million pounds",
        "4.1 million",
        "2.9 million",
        "was amended",
        "14,000 readers",
        "30 seconds",
    ):
        assert left_out not in text, left_out


def test_a_comment_thread_beside_a_split_story_stays_the_readers() -> None:
    """Guard: the readers' comments under the story are no run of the story's: they are read as
    the comment thread, after its heading, not put back into the article."""
    thread = (
        '<section id="comments"><h2>Comments</h2>'
        '<div class="comment"><p>We waited 19 weeks for a boiler repair in Pellow last winter '
        "and nobody from the council ever called back.</p></div>"
        '<div class="comment"><p>Same here in Durnford, 11 weeks for a leaking roof, and the '
        "agency crew left the job half done.</p></div></section>"
    )
    body = _split(16, _NEWSLETTER, thread)
    text = read_article_html(_page(body)).text
    article = text.split("for a boiler repair")[0]
    assert all(_said(article, 0, 24))
    assert text.count("19 weeks for a boiler") <= 1


def test_a_comment_list_whose_items_each_give_a_time_is_no_box_of_the_storys() -> None:
    """A blog's comment list, each comment with its time and no link ("18 February 2025 at
    9:14"), has a list of figures' shape; taken as the story's box, its names were dropped, its
    comments were read as the article, and the story itself, its post's wrapper named
    "category-social-care" (read as a sharing widget), was dropped. The story is read; the
    comments stay the readers'."""
    comments = "".join(
        f'<li class="comment" id="comment-{number}"><div class="comment-author">'
        f'<cite class="fn">Reader{number}</cite></div><div class="comment-meta">18 February '
        f"2025 at {8 + number}:1{number}</div><p>My mother waited {10 + number} hours on a "
        "trolley in that corridor last winter, and nobody in charge seems to care.</p></li>"
        for number in range(6)
    )
    page = (
        "<html><head><title>Corridor care</title></head><body>"
        '<div id="content" role="main"><div class="post hentry category-health '
        'category-social-care" id="post-8812"><h2>Corridor care at Velby General</h2>'
        '<div class="storytext">' + "".join(_paragraphs(0, 10)) + "</div></div>"
        '<h3 id="comments">6 Responses</h3><ol class="commentlist">' + comments + "</ol></div>"
        "</body></html>"
    )
    text = read_article_html(page).text
    article, heading, thread = text.partition(COMMENTS_HEADING)
    assert all(_said(article, 0, 10))
    assert "hours on a trolley" not in article
    assert heading and thread.count("hours on a trolley") == 6


def test_a_date_marked_inside_a_sentence_is_read_with_it() -> None:
    """The extraction deletes a <time> element with its text: "strikes on 6, 14 and 22 March"
    read "strikes on , and"; the dates stay in the sentence, and the page's date is still read
    from its byline's <time>."""
    sentence = (
        "<p>Drivers will strike on <time datetime='2026-03-06'>6</time>, <time "
        "datetime='2026-03-14'>14</time> and <time datetime='2026-03-22'>22 March</time>, the "
        "union said, after 71 per cent of members backed action.</p>"
    )
    body = (
        "<p class='byline'>By Ada Moor, <time datetime='2026-02-18T09:00:00Z'>18 February "
        "2026</time></p><div class='article-body'>"
        + sentence
        + "".join(_paragraphs(0, 5))
        + "</div>"
    )
    article = read_article_html(_page(body))
    assert "strike on 6, 14 and 22 March, the union said" in " ".join(article.text.split())
    assert article.published == "2026-02-18"


def test_a_date_shown_in_a_sentence_long_date_line_is_still_the_one_shown() -> None:
    """A <time> said in its sentence keeps what it showed for the page's date: the markup's
    moment in UTC ("2026-02-19T00:41:07+00:00") is the evening of February 18 the line shows,
    as before the <time> was said in its text."""
    moment = "2026-02-19T00:41:07+00:00"
    body = (
        "<p class='dateline'>Filed from the council chamber on <time datetime="
        f"'{moment}'>February 18, 2026</time> by the council reporter of the Post.</p>"
        "<div class='article-body'>" + "".join(_paragraphs(0, 5)) + "</div>"
    )
    page = _page(body).replace(
        "<head>", f'<head><meta property="article:published_time" content="{moment}">'
    )
    assert read_article_html(page).published == "2026-02-18"


def test_guard_a_paragraph_the_extraction_read_differently_is_not_put_back_twice() -> None:
    """The extraction reads some paragraphs otherwise than their page text: a <br> as a line
    break, a footnote's mark run into a word, a script's text left out. Such a paragraph was
    said; it is not put back beside itself."""
    odd = [
        "<p>Spending on roads will rise to £1.1m<sup>1</sup>, the report says, while libraries "
        "lose £300,000 over two years.</p>",
        "<p>The leader said the plan was fair<br>and that the 4.99% rise was the lowest in the "
        "region this year.</p>",
        "<p>Opposition members said 180 jobs would go <script>var seen = 1;</script>and that the "
        "cuts would fall hardest on the poorest wards.</p>",
    ]
    body = '<div class="article-body">' + "".join(_paragraphs(0, 4) + odd) + "</div>"
    text = read_article_html(_page(body)).text
    for words in ("libraries lose £300,000", "lowest in the region", "fall hardest on"):
        assert text.count(words) == 1, words
    assert "var seen" not in text
