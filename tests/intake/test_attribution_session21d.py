"""New house styles: a fraud trial report, an exam-results page with a key-figures list, a transit
budget story, a climate progress report with a rebuttal, and a fact-check with a rating box. What
is read: a fact-check's rating box set in an <aside>, a fact box's item that repeats the body, an
amount in cents. Who states a figure there: a judge and a side of a trial; a body a sentence
opens on with a preposition ("At X, ..."); a second source that "put the figure nearer" its own;
a body described by what it does ("the government's independent advisers have said"); a
document's figures; the body a paragraph opens on, for "it said"; a desk's own calculation with
the sources of its data set off in an aside; a quotation answered for in the next sentence
("That was the response from X"). What is never suggested: time someone spent, and teasers
under "More on this story". Every sentence here was written for this test; every name is
invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from intake.fetch import read_article_html
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _suggested

# -- what is read ---------------------------------------------------------------------------

_RATED = """<html><head><title>Fact check: bus fares</title></head><body><article>
<h1>Fact check: Have bus fares really halved under the mayor?</h1>
<aside class="rating-box">
<p><strong>Claim:</strong> "Bus fares in Tillbrook have fallen by 40% since I took office."</p>
<p><strong>Claimed by:</strong> Mayor Odile Franchetti-Moss, radio interview, May 2</p>
<p><strong>Verdict:</strong> <span class="rating">False</span></p>
<p><strong>Why:</strong> The average single fare has fallen 12%.</p>
</aside>
<p>Mayor Odile Franchetti-Moss has made cheaper buses the heart of her campaign for a second
term, and repeats the claim at almost every event.</p>
<p>The transit authority's fare tables show the average single fare was $2.10 last month,
against $2.40 when she took office in 2023.</p>
</article></body></html>"""


def test_a_rating_box_in_an_aside_is_read() -> None:
    text = read_article_html(_RATED).text
    assert "Why: The average single fare has fallen 12%." in text
    claimants = _claimants(text)
    assert claimants["40%"] == "Odile Franchetti-Moss"
    assert "12%" in claimants


def test_a_fact_box_item_stands_beside_the_same_figure_in_the_body() -> None:
    text = (
        "Nationally, 71.4% of learners passed the theory test this year, the Driving Standards "
        "Office said.\n\n"
        "At a glance\n\n"
        "- 71.4%: the pass rate across the country\n\n"
        "- £12.6m: spent on new test centres\n\n"
        "The Transport Ministry said it had spent £12.6m on new test centres.\n"
    )
    suggested = _suggested(text)
    assert "- 71.4%: the pass rate across the country" in suggested
    assert "- £12.6m: spent on new test centres" in suggested


def test_a_headline_bullet_still_sums_up_the_body() -> None:
    """Guard: a live page's key points (no label and colon) are headings over the body."""
    text = (
        "Key points\n\n"
        "- Ministers promise 3,000 new places\n\n"
        "The justice minister said 3,000 new places would be built by 2030, at a cost of £2bn.\n"
    )
    assert "- Ministers promise 3,000 new places" not in _suggested(text)


def test_an_amount_in_cents() -> None:
    figures = find_figures("The single fare would rise 35 cents, to $3.10, next spring.")
    assert [(f.as_written, f.value, f.unit, f.currency) for f in figures] == [
        ("35 cents", Decimal("0.35"), "currency", "USD"),
        ("$3.10", Decimal("3.10"), "currency", "USD"),
    ]
    euro = find_figures("Tolls go up 40 cents, to €2.90.")
    assert (euro[0].as_written, euro[0].value, euro[0].currency) == (
        "40 cents",
        Decimal("0.4"),
        "EUR",
    )


def test_a_coin_or_a_name_in_cents_is_no_amount() -> None:
    """Guard: "50c" and a singular "cent" before a noun stay what they were."""
    assert find_figures("the 50 cent army, paid 50c") == []


# -- who states a figure --------------------------------------------------------------------


def test_the_judge_and_the_prosecution() -> None:
    text = (
        "A carer who stole from a care home was jailed on Friday.\n\n"
        "Only £31,000 has been recovered, according to the prosecution.\n\n"
        "Sentencing, Judge Amelia Forsythe-Okoro called the theft cruel.\n\n"
        "The judge said the sentence would have been five years had he gone to trial, but she "
        "had cut it by a third for his plea.\n"
    )
    claimants = _claimants(text)
    assert claimants["£31,000"] == "prosecution"
    assert claimants["five years"] == "Amelia Forsythe-Okoro"
    assert claimants["a third"] == "Amelia Forsythe-Okoro"


def test_a_sentence_that_opens_at_a_place() -> None:
    text = (
        "Exam results were published on Thursday.\n\n"
        "At Brackenfold College, the largest school in the district with 1,240 pupils, results "
        "improved: 71% of its 310 students passed, up from 68%, the college said.\n"
    )
    claimants = _claimants(text)
    assert claimants["71%"] == "Brackenfold College"
    assert claimants["1,240"] == "Brackenfold College"


def test_a_second_source_puts_the_figure_nearer() -> None:
    text = (
        "Nurses say wards are short-staffed.\n\n"
        "According to the Ward Nurses Union (WNU), 1,800 posts were vacant in March, while the "
        "Hospital Managers' Forum put the figure nearer 2,300.\n"
    )
    claimants = _claimants(text)
    # Since session 28 an acronym is given as the name the article spells it out as.
    assert claimants["1,800"] == "Ward Nurses Union"
    assert claimants["2,300"] == "Hospital Managers' Forum"


def test_advisers_described_by_what_they_do() -> None:
    text = (
        "Rail punctuality fell to 81% last year, the government's independent transport "
        "advisers have said.\n"
    )
    assert _claimants(text)["81%"] == "government's independent transport advisers"


def test_a_documents_figures_and_it_said_after_the_body_a_paragraph_opens_on() -> None:
    text = (
        "Rail punctuality fell last year.\n\n"
        "In its annual review, the Rail Standards Panel said 4,200 trains were cancelled.\n\n"
        "The review's route-by-route figures show:\n\n"
        "• North: delays up 12%\n"
        "• South: delays down 3%\n\n"
        "Commuter groups said the figures were worse than they looked.\n\n"
        "The panel also pointed to staffing. Fewer than half of the drivers promised were hired, "
        "it said.\n"
    )
    claimants = _claimants(text)
    assert claimants["12%"] == "Rail Standards Panel"
    assert claimants["3%"] == "Rail Standards Panel"
    assert claimants["Fewer than half"] == "Rail Standards Panel"


def test_a_desks_own_calculation_with_its_data_sources_set_off() -> None:
    text = (
        "Fact check: did rents fall?\n\n"
        "Rent Check's own calculation, using the agency's rent data and the grant rates "
        "published by the Housing Office, found that a tenant would now pay about $210 a week, "
        "roughly 30% less than in 2021.\n"
    )
    claimants = _claimants(text)
    assert claimants["about $210"] == "Rent Check"
    assert claimants["roughly 30%"] == "Rent Check"


def test_a_quotation_answered_for_in_the_next_sentence() -> None:
    text = (
        "The mayor's office did not dispute the figures.\n\n"
        '"The mayor meant riders with a pass, and pass sales grew by more than 9,000 last '
        "year.\" That was the response from Tobiah Renwick-Sato, the mayor's spokesman.\n"
    )
    assert _claimants(text)["more than 9,000"] == "Tobiah Renwick-Sato"


# -- what is never suggested ----------------------------------------------------------------


def test_time_someone_spent_is_no_claim() -> None:
    text = (
        "The charity lost £40,000 to the fraud, the court heard.\n\n"
        '"We spent three years thinking the gap was our own mistake," she said.\n'
    )
    assert not any("spent three years" in sentence for sentence in _suggested(text))


def test_time_spent_money_is_still_a_claim() -> None:
    """Guard: money spent is a figure, whoever spent it."""
    text = '"We spent £3m on the new ward," the trust\'s chief executive said.\n'
    assert _suggested(text) == [text.strip()]


def test_teasers_under_more_on_this_story() -> None:
    text = (
        "The new line opened on Monday, carrying 41,000 passengers on its first day, the "
        "operator said.\n\n"
        "More on this story\n"
        "Harbour wind farm begins supplying power to 600,000 homes\n"
        "Why 3 in 10 trains still run late\n"
    )
    suggested = _suggested(text)
    assert len(suggested) == 1
    assert "41,000" in suggested[0]
