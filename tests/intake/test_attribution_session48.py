"""Claimants, session 48. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    "cited",
    [
        "Among those who still ride, 58% said they allowed extra time, according to the survey.",
        "According to the survey, 58% said they allowed extra time.",
    ],
)
def test_the_body_that_surveyed_gives_the_surveys_figures(cited: str) -> None:
    """ "X surveyed 1,200 users" and later "..., according to the survey": the survey is the one
    X carried out, though no sentence calls it "X's survey"; the figure went to the publisher."""
    did_it = "The Quellane Riders' Association surveyed 1,200 bus users in May."
    claimants = _claimants(f"Bus users are losing patience.\n\n{did_it}\n\n{cited}")
    assert claimants["58%"] == "Quellane Riders' Association"


def test_guard_a_body_that_reported_made_no_report() -> None:
    """Guard: "Corvath Mobile ... reported revenue of $9.8bn" made no report that "the bureau's
    annual report" could be; the bureau named before stays the report's."""
    text = (
        "Data of 3.1mn customers of Corvath Mobile were exposed, the Tamsley Data Bureau said.\n\n"
        "Corvath Mobile, the third-largest carrier, reported revenue of $9.8bn last year.\n\n"
        "Reported breaches across all industries rose 19 per cent last year, according to the "
        "bureau's annual report."
    )
    assert _claimants(text)["19 per cent"] == "Tamsley Data Bureau"


@pytest.mark.parametrize(
    "sentence",
    [
        "Friends of the Halsmoor, a volunteer group that says it has 1,100 members, said the "
        "figures were alarming.",
        "Friends of the Halsmoor, a group which claims to have 1,100 members, wants a ban.",
    ],
)
def test_a_described_body_that_says_it_has_gives_that_figure(sentence: str) -> None:
    """ "X, a volunteer group that says it has 1,100 members, said ...": the relative clause
    after the description is X's own claim, as "X, which says it has ..." was; the figure went
    to the publisher, and the name lost its first words ("Halsmoor")."""
    assert _claimants(sentence)["1,100"] == "Friends of the Halsmoor"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelvasi Audit Office's Report 2024 Series 2 found that 14 of the project's 23 work "
        "packages were behind schedule.",
        "The Kelvasi Audit Office's Report 2024 Series 2, tabled in Parliament last week, found "
        "that 14 of the project's 23 work packages were behind schedule.",
        "The Kelvasi Audit Office's Annual Report 2023-24 found that 14 of the project's 23 work "
        "packages were behind schedule.",
    ],
)
def test_a_titled_report_with_its_year_and_number_is_its_owners(sentence: str) -> None:
    """ "X's Report 2024 Series 2 found": the year and number in the series after the title
    kept the owner from being read; the figures went to the publisher."""
    claimants = _claimants(sentence)
    assert claimants["14"] == "Kelvasi Audit Office"


@pytest.mark.parametrize(
    "text",
    [
        "The comparison, by the consumer group Tamsley Price Watch, priced 24 staples in 11 "
        "cities in March.",
        "A comparison by Tamsley Price Watch priced 24 staples in 11 cities in March.",
    ],
)
def test_a_comparison_by_a_body_is_its_own(text: str) -> None:
    """ "The comparison, by X, priced ...": a comparison is a body's study as a survey is; its
    figures went to the publisher, and with the aside to a fragment ("Watch")."""
    assert _claimants(text)["24"] == "Tamsley Price Watch"


def test_the_comparison_read_on_is_its_authors() -> None:
    """ "..., the comparison showed." after "The comparison, by X, ...": X's figures go on."""
    text = (
        "The comparison, by the consumer group Tamsley Price Watch, priced 24 staples in 11 "
        "cities in March.\n\n"
        "Corvath was the most expensive city at $203, and a worker there needs 19.5 hours to buy "
        "it, the comparison showed."
    )
    claimants = _claimants(text)
    assert claimants["$203"] == "Tamsley Price Watch"
    assert claimants["19.5"] == "Tamsley Price Watch"


@pytest.mark.parametrize(
    "sentence",
    [
        "By comparison, Halsmoor drew 400 litres a day from Lake Corvath last year.",
        "In comparison, Halsmoor took 400 tonnes of fish from Lake Corvath last year.",
    ],
)
def test_by_comparison_is_no_comparison_by_anyone(sentence: str) -> None:
    """ "By comparison, X drew 400 litres from Lake Y": the paper compares; no study is "by"
    or "from" the name at the end. Reading "comparison" as a study's noun made it "Lake
    Corvath" until its adverb was told apart."""
    assert _claimants(sentence)["400"] == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "claimant"),
    [
        (
            "Health authorities in Quellane province have confirmed 212 cases since March.",
            "212",
            "Health authorities in Quellane province",
        ),
        (
            "Health officials in Corvath province reported 40 new cases on Monday.",
            "40",
            "Health officials in Corvath province",
        ),
    ],
)
def test_people_in_a_place_who_count_give_the_count(
    sentence: str, figure: str, claimant: str
) -> None:
    """ "Health authorities in X province have confirmed 212 cases": people where they are
    speak for themselves when they count as when they say; the figure went to the publisher,
    the rule reading only verbs of saying after them."""
    assert _claimants(sentence)[figure] == claimant


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "The state health department in Quellane has recorded 112 deaths since January.",
            "state health department in Quellane",
        ),
        (
            "The state health department in Quellane alone has recorded 112 deaths since January.",
            "state health department in Quellane",
        ),
        (
            "The Quellane health department alone has recorded 112 deaths.",
            "Quellane health department",
        ),
        ("Police in Quellane alone recorded 112 burglaries last year.", "Police in Quellane"),
    ],
)
def test_a_body_in_a_place_that_records_gives_the_count(sentence: str, claimant: str) -> None:
    """ "The state health department in X has recorded 112 deaths": a body's noun before "in" a
    place counts there, as "Police in X recorded" did; the figure went to the publisher. "alone"
    after the counter sets its count apart and is no word of its name."""
    assert _claimants(sentence)["112"] == claimant


@pytest.mark.parametrize(
    "sentence",
    [
        "Just 62% of trains ran on time in March, according to the rail regulator, the Office "
        "of Rail Standards.",
        "Just 62% of trains ran on time in March, according to figures from the rail regulator, "
        "the Office of Rail Standards.",
        "Just 62% of trains ran on time in March, the rail regulator, the Office of Rail "
        "Standards, said.",
        "Just 62% of trains ran on time in March, said the rail regulator, the Office of Rail "
        "Standards.",
    ],
)
def test_a_body_described_before_its_name_is_the_name(sentence: str) -> None:
    """ "the rail regulator, the Office of Rail Standards": the description introduces the
    name set off after it. The figure went to the description ("rail regulator"), a fragment
    of the name ("Standards") or the publisher, by where the sentence put them."""
    assert _claimants(sentence)["62%"] == "Office of Rail Standards"


@pytest.mark.parametrize(
    "sentence",
    [
        "Researchers at the University of Pellwick followed 4,812 adults for five years.",
        "Researchers at the University of Pellwick monitored 4,812 adults with heart failure.",
        "Researchers at the University of Pellwick enrolled 4,812 adults in the trial.",
        "Scientists at the University of Pellwick recruited 4,812 adults from 212 hospitals.",
    ],
)
def test_whom_researchers_studied_is_their_account(sentence: str) -> None:
    """ "Researchers at X followed 4,812 adults": whom a study followed is its authors' account
    of it, as "The study followed ..." is; the figure went to the publisher."""
    assert _claimants(sentence)["4,812"] == "University of Pellwick"


@pytest.mark.parametrize(
    "sentence",
    [
        "The returning officer, Ada Corvath, declared the result shortly after 3am: Tamsley "
        "(Civic) 4,102 votes, Pellwick (Green) 3,877.",
        "Ada Corvath, the returning officer, declared the results: Tamsley 4,102, Pellwick 3,877.",
    ],
)
def test_who_declares_the_result_gives_its_figures(sentence: str) -> None:
    """ "The returning officer declared the result: X 4,102 votes": the count is the declaring
    officer's, as "..., the officer declared" was; the figures went to the publisher."""
    claimants = _claimants(sentence)
    assert claimants["4,102"] == claimants["3,877"] == "Ada Corvath"


def test_guard_a_declared_dividend_is_no_declaration_of_a_count() -> None:
    """Guard: "declared a dividend of 12p" names no count; the company's figure is read as
    before, by its own verb."""
    sentence = "Quellane Foods declared a final dividend of 12p a share."
    assert _claimants(sentence)["12p"] == ""


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Shares of Tamsley Corp rose 4.2% to $61.30 after the company raised its full-year "
            "forecast to $4.10 a share.",
            "$4.10",
        ),
        ("Shares of Tamsley Corp fell 4.2% after it cut its forecast to $4.10 a share.", "$4.10"),
        (
            "Shares of Tamsley Corp rose sharply on Monday.\n\n"
            "The company said it expected sales of $2bn this year.",
            "$2bn",
        ),
    ],
)
def test_shares_of_a_company_are_no_word_of_its_name(text: str, figure: str) -> None:
    """ "Shares of Tamsley Corp rose ...": what holders have in a company, capitalised because it
    opens the sentence, was read as the first words of its name ("Shares of Tamsley Corp")
    wherever "it" or "the company" later stood for it."""
    claimants = _claimants(text)
    assert claimants[figure] == "Tamsley Corp"
    assert claimants.get("4.2%", "") == ""


def test_customers_of_a_bank_are_no_word_of_its_name() -> None:
    """ "Customers of Pellwick Bank lost £2.1m ..., the bank said": the bank, not "Customers of
    Pellwick Bank"."""
    text = "Customers of Pellwick Bank lost £2.1m to fraud last year, the bank said."
    assert _claimants(text)["£2.1m"] == "Pellwick Bank"


@pytest.mark.parametrize(
    "body",
    [
        "Corvath Weather Service",
        "Quellane Food Administration",
        "Corvath Met Office",
        "Kelvasi Meteorological Directorate",
    ],
)
def test_the_agency_is_the_service_administration_office_or_directorate_that_spoke(
    body: str,
) -> None:
    """ "The X Weather Service said ... / The agency said ...": "the agency" stood only for a
    name ending in Agency or Authority (a bureau that spoke was read already), and was given as
    the bare noun ("agency")."""
    text = (
        f"The {body} said this autumn was the wettest on record.\n\n"
        "The agency said rainfall in October was 140% of the long-term average."
    )
    assert _claimants(text)["140%"] == body


def test_guard_the_agency_is_an_agency_named_before_a_bureau_that_spoke_later() -> None:
    """Guard: a name that ends in "Agency" is what "the agency" stands for, though a bureau
    spoke after it; the other words of a public body are read only where no Agency is named."""
    text = (
        "The Vendale Rural Fire Agency said 530 homes were at risk.\n\n"
        "The Bureau of Climate Services forecast 41C for Friday.\n\n"
        "The agency said 2,650 firefighters were ready."
    )
    assert _claimants(text)["2,650"] == "Vendale Rural Fire Agency"
