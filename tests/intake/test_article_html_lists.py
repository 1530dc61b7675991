"""An HTML page's lists of figures are the story's data, whatever their classes are named: a
list of market shares named "share-list" is kept, where a share widget (its links, buttons and
counts) and a list of related articles' links are still dropped; a fact box set as one section
of a sidebar is kept, while the sidebar's newsletter sign-up and links are not. Every page,
name and figure here was invented for these tests."""

from intake.fetch import read_article_html

_HEAD = """<!DOCTYPE html><html lang="en"><head><title>{title} | Quillhaven Ledger</title>
<meta property="og:site_name" content="Quillhaven Ledger"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/motoring">Motoring</a></li></ul></nav>
</header><main><article><h1>{title}</h1>
<p>Sales of new two-wheelers rose again in the year to March, the Orlavian Motor Federation
said on Tuesday, with the three largest makers taking more than half of the market between
them for the first time since the federation began counting.</p>
"""
_FOOT = """<p>Dealers expect a smaller rise next year, the federation said in its outlook.</p>
</article></main><footer><p>© 2026 Quillhaven Ledger</p></footer></body></html>"""


def _page(title: str, middle: str) -> str:
    return _HEAD.format(title=title) + middle + _FOOT


def test_a_list_of_market_shares_named_share_list_is_kept() -> None:
    page = _page(
        "Two-wheeler sales rise",
        """<ul class="share-list">
<li>Quillon – 21.6 per cent (71.2 lakh units)</li>
<li>Marlo Motors – 12.1 per cent (42.5 lakh units)</li>
<li>Tavik – 9.8 per cent (34.4 lakh units)</li></ul>""",
    )
    text = read_article_html(page).text
    assert "Quillon – 21.6 per cent (71.2 lakh units)" in text
    assert "Tavik – 9.8 per cent (34.4 lakh units)" in text
    assert "Dealers expect a smaller rise" in text


def test_a_table_whose_figures_are_named_as_shares_is_kept() -> None:
    page = _page(
        "Two-wheeler sales rise",
        """<table class="related-data"><tr><th>Maker</th><th>Units</th></tr>
<tr><td>Quillon</td><td><span class="share-units">71.2 lakh</span></td></tr>
<tr><td>Marlo Motors</td><td><span class="share-units">42.5 lakh</span></td></tr>
</table>""",
    )
    text = read_article_html(page).text
    assert "71.2 lakh" in text
    assert "42.5 lakh" in text


def test_a_share_widget_is_still_dropped() -> None:
    page = _page(
        "Two-wheeler sales rise",
        """<div class="share-bar"><p>Share this article</p><ul class="share-list">
<li><a href="https://chirp.example/share?u=1">Chirp</a> <span>312</span></li>
<li><a href="https://facepage.example/sharer?u=1">Facepage</a> <span>1.2k</span></li>
<li><button>Copy link</button></li></ul></div>""",
    )
    text = read_article_html(page).text
    assert "Sales of new two-wheelers rose" in text
    for chrome in ("Share this article", "Chirp", "312", "1.2k", "Copy link"):
        assert chrome not in text


def test_a_list_of_related_articles_links_is_still_dropped() -> None:
    page = _page(
        "Two-wheeler sales rise",
        """<div class="related-stories"><h3>Related</h3><ul class="related-list">
<li><a href="/a">Quillon recalls 4,000 scooters</a></li>
<li><a href="/b">Fuel prices up 6% in March</a></li></ul></div>""",
    )
    text = read_article_html(page).text
    assert "Sales of new two-wheelers rose" in text
    assert "recalls 4,000 scooters" not in text
    assert "Fuel prices up 6%" not in text


_SIDEBAR = """<aside class="sidebar">
<section class="fast-facts"><h3>Fast facts</h3><ul>
<li>21 weeks: median wait for planned surgery in August</li>
<li>48,317 patients on the waiting list</li>
<li>1 in 9 patients waiting more than a year</li></ul>
<p>Source: Brenmoor Valley Hospitals Trust</p></section>
<section class="newsletter"><h3>Get the Ledger's 5 best stories</h3>
<p>Every morning at 7am, free.</p><form><input type="email"><button>Sign up</button></form>
</section>
<section class="most-read"><h3>Most read</h3><ol>
<li><a href="/c">Man, 42, charged after crash</a></li>
<li><a href="/d">Bus fares to rise 8p</a></li></ol></section>
</aside>"""


def test_a_fact_box_in_a_sidebar_is_kept_and_its_other_sections_are_not() -> None:
    page = _page("Waiting lists grow", _SIDEBAR)
    text = read_article_html(page).text
    assert "Fast facts" in text
    assert "21 weeks: median wait for planned surgery in August" in text
    assert "48,317 patients on the waiting list" in text
    assert "Source: Brenmoor Valley Hospitals Trust" in text
    for chrome in ("5 best stories", "7am", "Sign up", "Most read", "Man, 42", "8p"):
        assert chrome not in text


def test_a_sidebar_section_of_links_with_figures_stays_a_sidebar() -> None:
    page = _page(
        "Waiting lists grow",
        """<aside class="sidebar"><section class="most-read"><h3>Most read</h3><ul>
<li><a href="/c">Man, 42, charged after crash</a></li><li><a href="/d">Bus fares to rise 8p</a>
</li></ul></section><section class="topics"><h3>Topics</h3><ul><li>Health</li><li>Transport</li>
</ul></section></aside>""",
    )
    text = read_article_html(page).text
    for chrome in ("Most read", "Man, 42", "8p", "Topics", "Transport"):
        assert chrome not in text


def _beside(box: str, *, where: str = "main") -> str:
    """A page whose <article> ends before the sidebar: the box sits beside the story, in the
    page's <main>, or in its footer."""
    page = _page("Waiting lists grow", "")
    if where == "main":
        return page.replace("</article></main>", "</article>" + box + "</main>")
    return page.replace("<footer>", "<footer>" + box)


def test_a_fact_box_beside_the_article_is_read_at_its_end() -> None:
    text = read_article_html(_beside(_SIDEBAR)).text
    assert "Dealers expect a smaller rise" in text
    assert "48,317 patients on the waiting list" in text
    assert text.index("Dealers expect a smaller rise") < text.index("48,317 patients")
    for chrome in ("5 best stories", "Sign up", "Most read", "Man, 42", "8p"):
        assert chrome not in text


def test_a_whole_aside_of_figures_beside_the_article_is_read_too() -> None:
    box = """<aside class="key-figures"><h3>Key figures</h3><ul>
<li>312 beds closed since March</li><li>£4.1m spent on agency nurses</li></ul></aside>"""
    text = read_article_html(_beside(box)).text
    assert "312 beds closed since March" in text
    assert "£4.1m spent on agency nurses" in text


def test_a_box_of_figures_in_the_page_footer_is_the_sites() -> None:
    box = """<aside class="weather"><ul><li>Today 14°C</li><li>Tomorrow 12°C</li></ul></aside>"""
    text = read_article_html(_beside(box, where="footer")).text
    assert "Dealers expect a smaller rise" in text
    assert "14°C" not in text
