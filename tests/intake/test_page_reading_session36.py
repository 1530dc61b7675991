"""Page reading mended in session 36: a fact-check's verdict box set in an <aside> under short
headings of its own ("What was claimed", "Our verdict"), which the extraction dropped as a
sidebar, is the story's, as a box of labelled lines ("Claim:", "Verdict:") already was. Every
text here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.fetch import read_article_html

_HEADED_VERDICT = """<html><head><title>Fact check: small boats</title></head><body>
<main><article class="factcheck">
<h1>No, 900,000 people did not cross the strait by dinghy last year</h1>
<aside class="verdict-box rating-false">
  <h2>What was claimed</h2>
  <p>"900,000 people crossed the strait by dinghy last year. That's 2,500 a day."</p>
  <h2>Our verdict</h2>
  <p class="rating">FALSE</p>
  <p>Official figures show 24,310 people arrived by small boat last year, about 67 a day.</p>
</aside>
<div class="body">
<p>A video shared widely on social media claims that 900,000 people crossed the strait by
dinghy last year, and it has been viewed more than two million times since it was posted.</p>
<p>According to the Border Arrivals Directorate, 24,310 people were detected arriving on small
boats last year, 8% more than the year before, the directorate's quarterly bulletin shows.</p>
<p>The larger number is close to the estimate of all long-term arrivals, most of whom came
through legal visa routes, according to the Registry of Settled Residents.</p>
</div>
</article></main></body></html>"""


def test_a_verdict_box_under_its_own_headings_is_read() -> None:
    text = read_article_html(_HEADED_VERDICT).text
    assert '"900,000 people crossed the strait by dinghy last year. That\'s 2,500 a day."' in text
    assert "Official figures show 24,310 people arrived by small boat last year" in text
    # Where the box stands on the page: after the headline, before the body.
    assert text.index("Our verdict") < text.index("A video shared widely")


def test_guard_an_aside_of_linked_teasers_under_headings_stays_out() -> None:
    page = _HEADED_VERDICT.replace(
        "<h2>What was claimed</h2>", '<h2>Related</h2><p><a href="/a">Fares up 9%</a></p>'
    )
    assert "Fares up 9%" not in read_article_html(page).text
