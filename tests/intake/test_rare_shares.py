"""A rare event is written as a share of thousands ("1 in 5,000 patients", "one in 20,000
births"): it is read as the percentage it is, like "one in four", whether the numbers are in
digits (with or without thousands separators) or words. A year after "in" is no share ("one in
2019"). Every phrase here was written for this test."""

from decimal import Decimal

import pytest

from claims.figures_parser import PERCENT, find_figures


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("fewer than 1 in 5,000 patients had a fever", "fewer than 1 in 5,000", "0.02"),
        ("about one in 5,000 patients had a fever", "about one in 5,000", "0.02"),
        ("1 in 20,000 births are affected", "1 in 20,000", "0.005"),
        ("the risk is 3 in 10,000 a year", "3 in 10,000", "0.03"),
        ("1 in 2500 drivers were over the limit", "1 in 2500", "0.04"),
        ("one in 1,250,000 tickets wins", "one in 1,250,000", "0.00008"),
        ("one in 30,000 doses", "one in 30,000", "0.0033"),
    ],
)
def test_a_share_of_thousands_is_a_percentage(text: str, written: str, value: str) -> None:
    (figure,) = find_figures(text)
    assert figure.as_written == written
    assert figure.unit == PERCENT
    assert figure.value == Decimal(value)


def test_small_shares_read_as_before() -> None:
    values = [figure.value for figure in find_figures("1 in 20 adults and one in 200 births")]
    assert values == [Decimal(5), Decimal("0.5")]


def test_a_year_after_in_is_no_share() -> None:
    figures = find_figures("He scored one in 2019 and two in 2021.")
    assert all(figure.unit != PERCENT for figure in figures)
