"""A billion written "B" onto a dollar amount, as American business pages write it beside "M"
for a million ("$1.61B", "$412.6M"): read only after a currency, since "4B" alone is a class,
a pencil or a flat. Session 35 found an earnings page's results table whose "$1.61B" was read
as nothing. So are cents hyphenated onto their number ("a 10-cent fare increase"), which
session 35's tuning texts price fares in; a coin ("a 50-cent coin") is none. Every text here
was written for this test."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("| Annual recurring revenue | $1.61B | $1.34B | +20% |", "$1.61B", "1610000000"),
        ("The $3B deal closed on Friday.", "$3B", "3000000000"),
        ("a €2.5b fund for housing", "€2.5b", "2500000000"),
    ],
)
def test_a_billion_written_b_after_a_currency(text: str, written: str, value: str) -> None:
    read = {figure.as_written: figure.value for figure in find_figures(text)}
    assert read[written] == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["Pupils in class 4B sat the test.", "He drew it with a 2B pencil.", "Flat 5b is empty."],
)
def test_guard_a_b_with_no_currency_is_no_billion(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("a 10-cent cash fare increase", "10-cent", "0.10"),
        ("a 25-cent rise in the fare, to $2.75", "25-cent", "0.25"),
    ],
)
def test_cents_hyphenated_onto_their_number_are_an_amount(
    text: str, written: str, value: str
) -> None:
    read = {figure.as_written: figure for figure in find_figures(text)}
    assert read[written].value == Decimal(value)
    assert read[written].unit == "currency"


@pytest.mark.parametrize("text", ["a 50-cent coin", "the 50 cent army"])
def test_guard_a_coin_or_a_name_is_no_amount(text: str) -> None:
    assert find_figures(text) == []
