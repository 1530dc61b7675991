"""A share written "two of every five" or "three out of every ten" is a percentage, like "one in
four": not the count two. "Two of the five seats" stays two counts. Every sentence here was
written for this test."""

from decimal import Decimal

import pytest

from claims.figures_parser import PERCENT, find_figures


@pytest.mark.parametrize(
    ("sentence", "as_written", "value"),
    [
        ("Two of every five city renters share a kitchen.", "Two of every five", "40"),
        ("Three out of every ten patients waited a week.", "Three out of every ten", "30"),
        ("One of every 20 ballots was spoiled.", "One of every 20", "5"),
    ],
)
def test_of_every_is_a_share(sentence: str, as_written: str, value: str) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.as_written, figure.unit, figure.value) == (as_written, PERCENT, Decimal(value))


def test_of_the_is_two_counts() -> None:
    figures = find_figures("Two of the five seats went to the Greens.")
    assert PERCENT not in {figure.unit for figure in figures}
