"""The story's boxes of figures that the main-content extraction loses for where they sit are
put back where they stand on the page (sources.fetch._lost_boxes_restored). The extraction
reads a story from one container, the first its content expressions find ("article-body",
"entry-content", a live page's first post), and drops a key-points list, a results table or a
verdict box set beside that container, though in the element that holds it; and a live
feed's posts, each named as a story's content, are read as the feed, not as its first post.
Every page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.fetch import read_article_html
from sources.fetch import _story_boxes_kept

_POSTS = "".join(
    f'<div class="post"><time>{hour}:05 p.m.</time><h3>Update {hour}</h3>'
    f"<p>Counting went on in the northern wards at {hour} o'clock, where the returning officer "
    "said the boxes had arrived late from the outlying polling stations.</p>"
    "<p>Party agents watched the count from the gallery and said they expected a result "
    "before midnight.</p></div>"
    for hour in (11, 10, 9)
)
_KEY_POINTS = (
    '<section class="key-points"><h2>Key points</h2><ul>'
    "<li>The Reedway Party is elected or leading in 31 of 57 seats.</li>"
    "<li>Turnout is running at 61.2 per cent, the elections office says.</li></ul></section>"
)
_RESULTS = (
    '<section class="results-box"><table><thead><tr><th>Party</th><th>Seats</th>'
    "<th>Vote</th></tr></thead><tbody>"
    "<tr><td>Reedway Party</td><td>31</td><td>44.1%</td></tr>"
    "<tr><td>Upland League</td><td>22</td><td>38.0%</td></tr></tbody></table>"
    '<p><a href="/results">Full results »</a></p></section>'
)


def _live_page(before_feed: str) -> str:
    return (
        "<html><head><title>Live: count in Velby</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/votes">Votes</a></nav></header>'
        f'<main id="live"><h1>Velby votes: live</h1>{before_feed}'
        f'<div class="live-feed">{_POSTS}</div></main>'
        "<footer>Velby Evening Post</footer></body></html>"
    )


def test_a_live_pages_key_points_and_results_above_the_feed_are_the_storys() -> None:
    """The extraction reads the feed of posts; the key points and the results table above it,
    in the same <main>, are put back before the first post, in the page's order."""
    text = read_article_html(_live_page(_KEY_POINTS + _RESULTS)).text
    assert "- The Reedway Party is elected or leading in 31 of 57 seats." in text
    assert "| Upland League | 22 | 38.0% |" in text
    assert (
        text.index("31 of 57 seats")
        < text.index("| Reedway Party | 31 | 44.1% |")
        < text.index("Counting went on in the northern wards at 11")
    )


def test_every_post_of_a_live_feed_is_read_each_named_as_a_storys_content() -> None:
    """A feed whose posts are each named as a story's content ("<div class='post'>"), which the
    extraction reads as the first post alone where that post is the longest (a quoted post):
    every post is read."""
    first = (
        '<div class="post"><p>The Reedway Party leader has posted a message to her supporters as '
        "the count continues into the night.</p><blockquote><p>Grateful to the people of Velby "
        "North. With 112 stations in, we are ahead by over 2,400 votes. Let us keep calm and wait "
        "for the final declaration, which the returning officer expects tomorrow.</p>"
        "</blockquote></div>"
    )
    rest = "".join(
        f'<div class="post"><p>"I got more than {number},500 votes with no money and no party," '
        f"candidate {number} said outside the centre.</p></div>"
        for number in (1, 2, 3)
    )
    page = f"<html><body><main><div class='feed'>{first}{rest}</div></main></body></html>"
    text = read_article_html(page).text
    assert "we are ahead by over 2,400 votes" in text
    for number in (1, 2, 3):
        assert f"I got more than {number},500 votes" in text


def test_guard_two_posts_are_no_feed() -> None:
    """Two elements named as content side by side are a story and another's as often as a
    feed: they keep their names."""
    posts = _POSTS.split('<div class="post">')
    page = _live_page("").replace(_POSTS, '<div class="post">'.join(posts[:3]))
    assert page.count('<div class="post">') == 2
    assert len(_story_boxes_kept(page).xpath("//div[@class='post']")) == 2


_BODY = "".join(
    f"<p>Paragraph {number} of the report says prices rose again in the month, with food "
    "leading the rise for a third month running, the statistics bureau said.</p>"
    for number in range(4)
)
_DATA_EMBED = (
    '<div class="embed embed--data"><div class="embed__title">Inflation, % a year</div>'
    "<table><thead><tr><th>Month</th><th>Headline</th><th>Food</th></tr></thead><tbody>"
    "<tr><td>March</td><td>12.7</td><td>18.6</td></tr>"
    "<tr><td>April</td><td>12.4</td><td>17.9</td></tr></tbody></table>"
    '<div class="embed__source">Source: Statistics Bureau of Kelland</div></div>'
)


def _article_page(body: str, after_body: str = "", before_body: str = "") -> str:
    return (
        "<html><head><title>Prices</title></head><body>"
        '<header><nav><a href="/">Home</a></nav></header>'
        f'<main><article><h1>Inflation eases</h1>{before_body}<div class="article-body">{body}'
        f"</div>{after_body}</article>"
        '<aside class="rail"><h3>Most read</h3><ul><li><a href="/a">Fares rise 4%</a></li>'
        "</ul></aside></main><footer>Kelland Wire</footer></body></html>"
    )


def test_a_data_table_after_the_body_in_the_article_is_the_storys() -> None:
    """A data embed after the body's last paragraph, in the <article>: its table and the
    source line under it follow the body."""
    text = read_article_html(_article_page(_BODY, after_body=_DATA_EMBED)).text
    assert "| April | 12.4 | 17.9 |" in text
    assert "Source: Statistics Bureau of Kelland" in text
    assert text.index("Paragraph 3 of the report") < text.index("| March | 12.7 | 18.6 |")


def test_a_verdict_box_of_labelled_lines_above_the_body_is_the_storys() -> None:
    """A fact-check's verdict box, its lines opening on labels set in spans ("Claim:"), above
    the body in the <article>: its lines come first."""
    box = (
        '<div class="verdict-box">'
        '<p><span class="vb-label">Claim:</span> The council built 4,000 homes since 2021.</p>'
        '<p><span class="vb-label">Claimed by:</span> Ruth Anand-Lowe, council leader</p>'
        '<p><span class="vb-label">Fact:</span> Completions data show 1,850 homes.</p></div>'
    )
    text = read_article_html(_article_page(_BODY, before_body=box)).text
    assert "Claim: The council built 4,000 homes since 2021." in text
    assert "Fact: Completions data show 1,850 homes." in text
    assert text.index("4,000 homes") < text.index("Paragraph 0 of the report")


def test_tables_in_a_tabbed_widget_after_the_body_are_the_storys() -> None:
    """A "widget" is as often a data table's wrapper as chrome: the tables of a tabbed
    widget (its tabs links, its second panel hidden until chosen) are the story's."""
    tabs = (
        '<div class="tabs-widget"><ul role="tablist"><li><a href="#spend">Spending</a></li>'
        '<li><a href="#cuts">Cuts</a></li></ul>'
        '<div class="tabs-widget__panel" id="spend"><table><tr><th>Service</th><th>£m</th></tr>'
        "<tr><td>Adult care</td><td>£78.4m</td></tr><tr><td>Waste</td><td>£17.2m</td></tr>"
        '</table></div><div class="tabs-widget__panel" id="cuts" hidden><table>'
        "<tr><th>Cut</th><th>Saving</th></tr><tr><td>Libraries</td><td>£1.1m</td></tr>"
        "<tr><td>Grants</td><td>£0.7m</td></tr></table></div></div>"
    )
    text = read_article_html(_article_page(_BODY, after_body=tabs)).text
    assert "| Adult care | £78.4m |" in text
    assert "| Libraries | £1.1m |" in text


def test_guard_a_box_the_extraction_keeps_is_not_repeated() -> None:
    text = read_article_html(_article_page(_BODY + _DATA_EMBED)).text
    assert text.count("| April | 12.4 | 17.9 |") == 1


def test_guard_related_stories_and_comments_beside_the_body_stay_out() -> None:
    """What the extraction drops by its own names for chrome stays dropped though it lists
    figures: a box of related stories, a thread of readers' comments (a table, only in the
    thread)."""
    related = (
        '<div class="related"><h4>More on prices</h4><ul><li>Bread up 9% in a year</li>'
        "<li>Fuel duty to rise 3p</li></ul></div>"
    )
    comments = (
        '<section id="comments" class="comments-area"><h3>2 Comments</h3>'
        '<ol class="comment-list"><li class="comment"><p>My rent went up 40% this year.</p></li>'
        '<li class="comment"><p>Rice was 900 a bag, now 1,500.</p></li></ol></section>'
    )
    text = read_article_html(_article_page(_BODY, after_body=related + comments)).text
    assert "Bread up 9%" not in text
    assert "My rent went up 40% this year." not in text.split("Reader comments")[0]


def test_guard_a_most_read_list_taken_from_a_sidebar_is_not_put_back() -> None:
    """A sidebar's list with no links has a fact box's shape (and is taken out of the sidebar
    as one), but only the extraction reads it as the story's: it is never put back."""
    page = (
        "<html><head><title>By-election</title></head><body>"
        f'<div class="container"><div class="main-col"><div class="story-body">{_BODY}</div>'
        "</div><aside><h4>Most Read</h4><ol><li>Pump prices rise by 4.20 a litre</li>"
        "<li>Farmers to get 3,500 per bag</li></ol></aside></div></body></html>"
    )
    assert "3,500 per bag" not in read_article_html(page).text


def test_guard_a_box_outside_the_storys_container_stays_out() -> None:
    """A page's one <article> bounds the story: a table of figures in another part of the
    page (a section after <main>) is not the story's."""
    other = (
        '<section class="markets"><table><tr><th>Index</th><th>Close</th></tr>'
        "<tr><td>All-share</td><td>71,204</td></tr><tr><td>Top 40</td><td>64,880</td></tr>"
        "</table></section>"
    )
    page = _article_page(_BODY).replace("</main>", f"</main>{other}")
    assert "71,204" not in read_article_html(page).text


def test_a_sidebar_fact_box_after_the_story_on_a_page_without_an_article_is_the_storys() -> None:
    """A fact box set in an <aside> straight after the story's own container, on a page that
    marks no <article>: its items follow the story."""
    page = (
        "<html><head><title>Tram opens</title></head><body><main><div class='col-main'>"
        f"<div class='article-body'>{_BODY}</div>"
        "<aside class='factbox'><h3>At a glance</h3><ul><li>Length: 18km</li>"
        "<li>New stops: 11</li><li>Cost: £412m</li></ul></aside>"
        "</div></main></body></html>"
    )
    text = read_article_html(page).text
    assert "Cost: £412m" in text
    assert text.index("Paragraph 3 of the report") < text.index("New stops: 11")


def test_guard_a_page_of_many_lost_tables_has_only_its_first_few_put_back() -> None:
    """Each lost box is read again: a page of hundreds (a data dump, or one built to slow the
    reader) has its first twelve put back, in the page's order."""
    tables = "".join(
        f'<div class="embed"><table><tr><th>Ward</th><th>Votes</th></tr>'
        f"<tr><td>Ward {number}</td><td>{1000 + number}</td></tr>"
        f"<tr><td>Ward {number}b</td><td>{2000 + number}</td></tr></table></div>"
        for number in range(200)
    )
    text = read_article_html(_article_page(_BODY, after_body=tables)).text
    assert "| Ward 0 | 1000 |" in text
    assert "| Ward 11 | 1011 |" in text
    assert "| Ward 12 | 1012 |" not in text


def test_a_blockquotes_own_footer_is_kept_as_its_signature() -> None:
    """An embedded post's "<footer>— Name (@handle) …</footer>" inside its <blockquote>, which
    the extraction drops as a page's footer, is kept under the post: it says whose the post
    is. Page invented."""
    story = "".join(
        f"<p>Paragraph {n} of the count story says the tallying went on into the night at "
        f"the district centre, with agents watching every box.</p>"
        for n in range(1, 6)
    )
    html = (
        "<html><head><title>Count goes on</title></head><body><article><h1>Count goes on</h1>"
        f"{story}<p>The candidate has posted a message to supporters.</p>"
        "<blockquote class='social-embed'><p>With 112 stations in, we are ahead by 2,400 "
        "votes.</p><footer>— Ama K. Dorvlo (@AmaDorvlo) <span>2:01 PM · May 14, 2025</span>"
        "</footer></blockquote><p>The commission has published no results.</p></article>"
        "</body></html>"
    )
    text = read_article_html(html).text
    assert "With 112 stations in, we are ahead by 2,400 votes.\n\n— Ama K. Dorvlo (@AmaDorvlo)" in (
        text
    )
