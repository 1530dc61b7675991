"""A share after "in" is a share of what follows "of" ("won in two-thirds of seats", "found in
a third of samples"), while "cut in half" is no share of anything. Every sentence here was
written for this test."""

import pytest

from claims.figures_parser import find_figures


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The party came first in two-thirds of rural districts.", "two-thirds"),
        ("Traces were found in a third of the water samples.", "a third"),
        ("Delays occurred in three-quarters of journeys.", "three-quarters"),
    ],
)
def test_a_share_after_in_is_read(sentence: str, written: str) -> None:
    assert [figure.as_written for figure in find_figures(sentence)] == [written]


def test_cut_in_half_is_no_share() -> None:
    assert find_figures("The council cut the budget in half.") == []
