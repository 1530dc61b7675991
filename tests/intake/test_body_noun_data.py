"""Figures a body's common noun owns ("company figures show", "exchange data show") are the
body's the noun stands for: the one the sentence or the article names with it. Every sentence
here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_company_figures_are_the_companys() -> None:
    text = "Retail had a hard spring.\n\nSales at Quillan Stores rose 12% in March, company figures show.\n"
    assert _claimants(text)["12%"] == "Quillan Stores"


def test_exchange_data_are_the_exchanges_the_sentence_names() -> None:
    text = (
        "Power got dearer.\n\n"
        "Day-ahead prices on the Tarvani Energy Exchange averaged Rs 5.82 per unit last week, "
        "up 17% from the week before, exchange data show.\n"
    )
    assert _claimants(text)["17%"] == "Tarvani Energy Exchange"


def test_guard_the_figures_show_is_the_publishers_reading() -> None:
    text = "Crime fell.\n\nCar thefts, however, rose by 9 percent, the figures show.\n"
    assert _claimants(text)["9 percent"] == ""


def test_a_census_area_is_no_study() -> None:
    """ "The X census metropolitan area" names a place: the agency that says the figure is its
    claimant, as "the agency" stands for the one named before."""
    text = (
        "Rents rose again.\n\n"
        "Average rent in Velbury rose 8.7 per cent in 2024, according to the National Housing "
        "Agency's annual rental market report.\n\n"
        "The agency says the vacancy rate in the Velbury census metropolitan area climbed to "
        "2.4 per cent in October.\n"
    )
    assert _claimants(text)["2.4 per cent"] == "National Housing Agency"


def test_a_companys_results_posted_or_swung_to_are_its_own() -> None:
    text = (
        "Property stocks were mixed.\n\n"
        "Quorley Holdings posted a 9% rise in revenue to RM1.05bil for its financial year.\n\n"
        "Ostlin Quay Properties swung to a net loss of HK$3.82bn for 2024.\n"
    )
    claimants = _claimants(text)
    assert claimants["9%"] == "Quorley Holdings"
    assert claimants["HK$3.82bn"] == "Ostlin Quay Properties"


def test_guard_a_company_made_a_profit_in_someones_quotation_is_the_speakers() -> None:
    text = (
        "The plant will close.\n\n"
        '"Bellmore Foods made £27m in profit last year. They can afford to keep this site '
        'open," union organiser Isla Brannock said.\n'
    )
    assert _claimants(text)["£27m"] == "Isla Brannock"


def test_a_post_on_a_social_network_is_its_posters() -> None:
    text = (
        "Jobs data disappointed.\n\n"
        '"Youth unemployment is above 16 per cent," opposition MP Suresh Valli posted on X.\n'
    )
    assert _claimants(text)["above 16 per cent"] == "Suresh Valli"


def test_according_to_a_bodys_figures_named_after_what_it_is_is_the_bodys() -> None:
    text = (
        "Ratings rose.\n\n"
        "According to broadcaster Strandvue's figures, the final drew an audience of 812,000.\n"
    )
    assert _claimants(text)["812,000"] == "Strandvue"


def test_guard_according_to_official_figures_names_no_one() -> None:
    assert _claimants("Rents rose.\n\nAccording to official figures, rents rose 5%.\n")["5%"] == ""
