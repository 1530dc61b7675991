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
