"""What intake reads as a figure and a list's item: a table's row whose cell reads like a date
alone, a part of a whole counted in small numbers, a digest's item that sets a dash between
its figure and what it measures.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from intake.normalise import is_figure_line
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences


def test_a_table_row_whose_cell_reads_like_a_date_is_still_a_row_of_figures() -> None:
    text = (
        "Oxtallow Mining's safety record worsened, the company's report shows.\n\n"
        "| Year | Deaths | Injury rate | Stoppages |\n"
        "|---|---|---|---|\n"
        "| FY2023 | 7 | 4.12 | 31 |\n"
        "| FY2024 | 5 | 3.87 | 24 |\n"
    )
    claimants = _claimants(text)
    assert "4.12" in claimants
    assert "3.87" in claimants


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven of the nine deaths were caused by falling rock at the deepest shaft.",
        "Eleven of the 16 regions recorded inflation above the target.",
        "Four out of five stations failed the test in the summer.",
    ],
)
def test_a_part_of_a_whole_counted_in_small_numbers_is_check_worthy(sentence: str) -> None:
    assert suggested_sentences(f"{sentence}\n") == [sentence]


def test_guard_two_small_counts_that_are_no_part_and_whole_stay_below_the_bar() -> None:
    sentence = "Two of the firefighters were taken to hospital with minor burns."
    assert suggested_sentences(f"{sentence}\n") == []


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("$2.31 billion — lottery ticket sales, 2024", True),
        ("14,210 – calls to the helpline", True),
        ("Twelve people — including two children — were hurt in the blast.", False),
        # Guard: a band whose bounds an en dash joins is still read whole before its colon.
        ("£12,571–£50,270: 20%", True),
        ("Rs 3.5 lakh – Rs 7 lakh: 5%", True),
    ],
)
def test_a_figure_then_a_dash_and_what_it_measures_is_a_lists_item(line: str, item: bool) -> None:
    assert is_figure_line(line) is item
