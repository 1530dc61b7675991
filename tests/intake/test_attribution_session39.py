"""Claimants, session 39: whom "the company" means in a business story that names a tracker, a
broker or a regulator beside the company it is about.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants

_STORY = (
    "Phones\n\n"
    "Quorvale Mobile will cut 900 jobs, about 14% of its workforce, the company told staff on "
    "Tuesday.\n\n"
    "Quorvale Mobile shipped 4.1 million phones in 2024, according to estimates from research "
    "firm Brightmeer Analytics.\n\n"
    "Quorvale Mobile has lost ground to cheaper rivals in every market it sells in.\n\n"
)


def test_the_company_is_the_one_the_story_is_about_not_a_tracker_described_as_a_firm() -> None:
    """ "Research firm Brightmeer Analytics" is described by a company noun; "the company" is Quorvale
    Mobile, whose name opens three of the story's sentences."""
    text = _STORY + "The company reported revenue of $2.2 billion for 2024.\n"
    assert _claimants(text)["$2.2 billion"] == "Quorvale Mobile"


def test_the_company_is_not_the_regulator_that_spoke_last() -> None:
    text = (
        "Bread\n\n"
        "Brisa Foods has raised its prices for the third time this year.\n\n"
        "Brisa Foods blamed a 12% rise in the cost of wheat.\n\n"
        "The Office for Fair Pricing said 41 complaints had been made about the rises.\n\n"
        "The company said about 8 per cent of its products would cost more from Monday.\n"
    )
    assert _claimants(text)["about 8 per cent"] == "Brisa Foods"


def test_analysts_opening_a_sentence_are_no_company() -> None:
    """ "Analysts at broker X said ..." opens its sentence with a plural common noun, which is
    no company "the company" could mean (intake gave the fragment "Analysts")."""
    text = (
        "Airline\n\n"
        "Tarvell Airways flew 2.3 million passengers in March, up 6% on a year earlier.\n\n"
        "Analysts at broker Staddon & Low said the carrier's fuel bill would rise by about $40 "
        "million this year.\n\n"
        "The company said it expected to carry 28 million passengers in 2025.\n"
    )
    assert _claimants(text)["28 million"] == "Tarvell Airways"


def test_guard_the_company_a_paragraph_opens_with_comes_first() -> None:
    """A paragraph that names the company as the subject of one sentence and goes on with "the
    company" in the next means that company, whichever the story is mostly about."""
    text = _STORY + (
        "Brightmeer Analytics cut its forecast for the market on Monday. The company said "
        "shipments would fall 3% this year.\n"
    )
    assert _claimants(text)["3%"] == "Brightmeer Analytics"


def test_guard_a_person_who_opens_sentences_is_no_company() -> None:
    """A person whose name opens more sentences than the company's is no company."""
    text = (
        "Phones\n\n"
        "Quorvale Mobile will cut 900 jobs, the company told staff.\n\n"
        "Maren Tolsby joined Quorvale as finance chief in 2023. Maren Tolsby said the cuts were "
        "painful. Maren Tolsby has run two turnarounds before.\n\n"
        "Analysts at research firm Brightmeer Analytics said the market would shrink.\n\n"
        "The company reported revenue of $2.2 billion for 2024.\n"
    )
    assert _claimants(text)["$2.2 billion"] != "Maren Tolsby"


def test_the_charity_is_the_trust_or_network_named_before() -> None:
    """ "The charity" shortens a name that ends in Trust, Foundation, Appeal, Fund or Network
    (intake gave the fragment "Charity")."""
    text = (
        "Food banks\n\n"
        "The Ambervale Pantry Network handed out a record 3.1 million food parcels last year.\n\n"
        "The charity, which supports 1,412 food bank centres, said benefit delays remained the "
        "most common reason for referral.\n"
    )
    assert _claimants(text)["1,412"] == "Ambervale Pantry Network"


def test_the_charitys_accounts_are_the_trusts() -> None:
    text = (
        "Accounts\n\n"
        "The Harrowden Foundation has published its annual report.\n\n"
        "The charity's accounts for the year to March show total income of £14.2m, up 6% on "
        "the year before.\n"
    )
    assert _claimants(text)["£14.2m"] == "Harrowden Foundation"


def test_a_bodys_results_site_shows_the_bodys_figures() -> None:
    """ "X of Y's results site now shows ...": the body whose site it is (intake gave the whole
    phrase, "... results site", as a name)."""
    text = (
        "Count\n\n"
        "The Electoral Commission of Vantmoor's results site now shows 71.4 per cent of "
        "enrolled votes counted.\n"
    )
    assert _claimants(text)["71.4 per cent"] == "Electoral Commission of Vantmoor"


def test_a_bodys_capitalised_noun_alone_is_the_body_named_with_it() -> None:
    """ "The Guild's survey ...": the Guild is the Tri-County Nurses Guild the article named
    (intake gave the bare noun "Guild" as a name)."""
    text = (
        "Nurses\n\n"
        "The Tri-County Nurses Guild polled its members last month.\n\n"
        "The Guild's survey was conducted by the union itself, and 61% of those who answered "
        "said they had worked unpaid overtime.\n"
    )
    assert _claimants(text)["61%"] == "Tri-County Nurses Guild"


def test_a_role_noun_alone_is_the_person_given_the_role() -> None:
    """ "The minister's figures show ...": the minister the article named (intake gave the bare
    noun "minister")."""
    text = (
        "Crime\n\n"
        "Police Minister Refiloe Molefe-Roux presented the quarterly crime statistics on "
        "Friday.\n\n"
        "The minister's figures show murders rose 6.8% to 1,812 in the quarter.\n"
    )
    assert _claimants(text)["6.8%"] == "Refiloe Molefe-Roux"


def test_guard_a_bare_noun_is_not_given_a_body_of_another_kind() -> None:
    """A bare "Council" is no department that spoke last: only a name with the noun in it."""
    text = (
        "Rates\n\n"
        "The Department of Permits said 412 applications were waiting.\n\n"
        "Council records show the rate has been unchanged at 1.42% since 2023.\n"
    )
    assert _claimants(text).get("1.42%") != "Department of Permits"
