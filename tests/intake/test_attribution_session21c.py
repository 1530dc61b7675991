"""New house styles: a wire earnings brief, a council budget page listing its line items, a
study write-up, an investigation with anonymous sources, and a money Q&A column with a fact
box. What is read: a change given signed in brackets after an amount, a term hyphenated onto
the agreement it describes, a fact box set in an <aside>. Who states a figure there: a company
the article describes as a trade's "group", for "the company said" and for "it said" after
the company as subject; two bodies that "both said", less "both"; a body after a word that
relates it to the story's ("Rival X"), with the time between it and its verb left out; the
document a list's lead-in names; a study's team leader and "the researchers"; an anonymous
source; a spokesperson who denied something. What is never suggested: a reader's letter to an
advice column, and a wire story's exchange rate. Every sentence here was written for this
test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from claims.figures_parser import find_figures
from intake.fetch import read_article_html
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _suggested


def _written(text: str) -> list[str]:
    return [figure.as_written for figure in find_figures(text)]


# -- number forms ---------------------------------------------------------------------------


def test_a_signed_change_in_brackets_is_a_figure() -> None:
    assert _written("Road repairs: £12.4m (+3.5%)") == ["£12.4m", "3.5%"]
    assert _written("Museums: £2.1m (-7.25%)") == ["£2.1m", "7.25%"]


def test_a_sign_inside_a_code_is_no_change() -> None:
    """Guard: a hyphen inside a word or code still ends nothing in a figure."""
    assert _written("The COVID-19 ward reopened.") == []


def test_a_term_hyphenated_onto_an_agreement_is_a_figure() -> None:
    figures = find_figures("The club signed a 25-year lease on the ground.")
    assert [(figure.as_written, figure.unit) for figure in figures] == [("25-year", "years")]


def test_other_hyphenated_years_stay_compounds() -> None:
    """Guard: "a 12-year high" and "9-year-olds" are descriptions, not figures."""
    assert _written("Rates hit a 12-year high, and 9-year-olds were given free passes.") == []


# -- HTML -----------------------------------------------------------------------------------

_PAGE = """<html><head><title>Rates rise</title></head><body><article>
<h1>Savers finally see better rates</h1>
<p>Savers are moving money at the fastest pace for a decade, according to the Deposit Tracker,
which follows the country's biggest banks and building societies every month.</p>
<p>The tracker said average easy-access rates had reached 3.1 per cent in December, the
highest level it has recorded since it began publishing its figures in 2009.</p>
<aside class="factbox"><h3>In figures</h3><ul>
<li>5.2%: top one-year fixed rate (Ploverstone Bank)</li>
<li>£90bn: moved between accounts last year (Deposit Tracker)</li>
</ul></aside>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Mortgage rates fall 3 weeks running</a></li></ul></aside>
<p>Advisers said savers should check their rate at least once a year.</p>
</article></body></html>"""


def test_a_fact_box_in_an_aside_is_read() -> None:
    text = read_article_html(_PAGE).text
    assert "5.2%: top one-year fixed rate (Ploverstone Bank)" in text
    assert "Mortgage rates fall 3 weeks running" not in text


def test_a_fact_box_item_is_the_source_it_names() -> None:
    text = (
        "Savers are moving money at the fastest pace for a decade.\n\n"
        "In figures\n\n"
        "- 5.2%: top one-year fixed rate (Ploverstone Bank)\n\n"
        "- £90bn: moved between accounts last year (Deposit Tracker)\n"
    )
    claimants = _claimants(text)
    assert claimants["5.2%"] == "Ploverstone Bank"
    assert claimants["£90bn"] == "Deposit Tracker"


# -- the body a report is about -------------------------------------------------------------


def test_the_company_after_a_trade_group() -> None:
    text = (
        "Brewing group Tolland Marsh cut its forecast on Tuesday.\n\n"
        "Sales fell 6.3% to 1.4 billion pounds, the company said.\n"
    )
    assert _claimants(text)["6.3%"] == "Tolland Marsh"


def test_it_said_after_the_company_as_subject() -> None:
    text = (
        "Tolland Marsh, a brewing company, cut its forecast on Tuesday.\n\n"
        "Chief Executive Ada Penhallow-Rees said demand had been weak.\n\n"
        "To save money, the company will shut three of its 12 sites, it said in a statement.\n"
    )
    assert _claimants(text)["12"] == "Tolland Marsh"


def test_a_list_lead_in_names_its_document() -> None:
    text = (
        "Councillors approved the budget on Thursday.\n\n"
        "The spending papers show how the money will be divided, with last year's change in "
        "brackets:\n\n"
        "- Road repairs: £12.4m (+3.5%)\n\n"
        "- Museums: £2.1m (-7.2%)\n"
    )
    claimants = _claimants(text)
    assert claimants["£12.4m"] == "the spending papers"
    assert claimants["7.2%"] == "the spending papers"


def test_a_study_team_leader() -> None:
    text = (
        "A team led by Ines Caraway-Holt, a nutritionist at Brenmoor University, tracked 9,310 "
        "children for four years.\n"
    )
    assert _claimants(text)["9,310"] == "Ines Caraway-Holt"


def test_the_researchers_reported() -> None:
    text = (
        "Children who walked to school were fitter, a new study suggests.\n\n"
        "Among the walkers, obesity was 14% lower, the researchers reported.\n"
    )
    assert _claimants(text)["14%"] == "the researchers"


# -- who speaks -----------------------------------------------------------------------------


def test_two_bodies_that_both_said() -> None:
    text = "Tolland Marsh and the Brewery Workers Union both said 220 jobs would go.\n"
    assert "both" not in _claimants(text)["220"]


def test_a_rival_reported_last_week() -> None:
    text = "Rival Quenby Ales last week reported a 4% rise in sales.\n"
    assert _claimants(text)["4%"] == "Quenby Ales"


def test_an_anonymous_source() -> None:
    text = (
        "A senior hospital manager, who asked not to be named because they were not allowed to "
        "speak to the press, said 38 beds had been closed.\n"
    )
    assert _claimants(text)["38"] == "a senior hospital manager"


def test_she_said_after_a_spokesperson_denied() -> None:
    text = (
        "A spokesperson for Varrow Leisure denied that the deal had been hidden. She said the "
        "owners had put in $40 million of their own money.\n"
    )
    assert _claimants(text)["$40 million"] == "Varrow Leisure"


def test_i_am_names_no_one() -> None:
    text = "A neighbour says I'm paying £1,540 a year more than I need to for my energy.\n"
    assert _claimants(text)["£1,540"] != "I'm"


# -- chrome ---------------------------------------------------------------------------------


def test_a_readers_letter_is_not_suggested() -> None:
    text = (
        "Q: I have £9,000 in a current account paying 0.5%. Should I move it? Priya, Ashcombe\n\n"
        "A: Yes. The best accounts pay 4.1 per cent, according to the comparison site Ratewise.\n"
    )
    suggested = _suggested(text)
    assert not any("£9,000" in sentence for sentence in suggested)
    assert any("4.1 per cent" in sentence for sentence in suggested)


def test_an_interviewers_question_is_no_letter() -> None:
    """Guard: a question in the second person is the interviewer's, and stays."""
    text = (
        "We spoke to the harbour master.\n\n"
        "Q: Your crews counted 40 boats lost in the storm. Is that right?\n\n"
        "A: About 40, most of them moored inside the wall.\n"
    )
    assert any("40 boats" in sentence for sentence in _suggested(text))


def test_an_exchange_rate_line_is_not_suggested() -> None:
    text = "Revenue rose 3% to 800 million pounds ($1.01 billion), the company said.\n\n($1 = 0.7921 pounds)\n"
    assert "($1 = 0.7921 pounds)" not in _suggested(text)
