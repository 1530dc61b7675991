"""Amounts a letter prefixes ("R22" in rand), read where the text names the currency and a
table's row sets them in cells beside each other ("| R22 | R24 | R2 |"), as a range's ends
are read; such an amount given signed in a change column ("+R0.52"); the Tanzanian and
Ugandan shillings ("TSh", "USh"); a percentage written "7pc"; cents at a rate ("412c a
share"). Every text here was
written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures


def test_amounts_in_a_tables_cells_are_read_where_the_text_names_the_currency() -> None:
    row = "| Soweto – Sandton | R22 | R24 | R2 |"
    figures = find_figures(row, named=frozenset({"ZAR"}))
    read = [(figure.as_written, figure.value, figure.unit) for figure in figures]
    assert read == [
        ("R22", Decimal(22), "currency"),
        ("R24", Decimal(24), "currency"),
        ("R2", Decimal(2), "currency"),
    ]


def test_a_signed_amount_a_letter_prefixes_is_read() -> None:
    row = "| January | R19.84 | +R0.52 |"
    read = [figure.as_written for figure in find_figures(row, named=frozenset({"ZAR"}))]
    assert read == ["R19.84", "R0.52"]


def test_guard_road_numbers_in_cells_are_no_amounts_where_no_currency_is_named() -> None:
    assert find_figures("| Route | R22 | R24 |", named=frozenset()) == []


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("a budget of TSh55.1 trillion", "TSh55.1 trillion", "55100000000000", "currency"),
        ("diesel at USh3,650 a litre", "USh3,650", "3650", "currency"),
        ("growth of 7pc in the year", "7pc", "7", "percent"),
        ("a final dividend of 412c a share", "412c", "4.12", "currency"),
    ],
)
def test_shillings_percent_as_pc_and_cents_at_a_rate(
    text: str, written: str, value: str, unit: str
) -> None:
    found = find_figures(text)
    assert [(f.as_written, f.value, f.unit) for f in found] == [(written, Decimal(value), unit)]


@pytest.mark.parametrize("text", ["costs 80c", "a 3PC laptop"])
def test_guard_cents_alone_and_capital_pc_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


def test_an_amount_a_letter_prefixes_that_someone_receives_or_earns_is_priced() -> None:
    text = "Workers in small shops will receive P643 a day, from P608."
    found = find_figures(
        "Workers in small shops will receive P643, from P608.", named=frozenset({"PHP"})
    )
    assert [f.as_written for f in found] == ["P643", "P608"]
    assert [f.as_written for f in find_figures(text, named=frozenset())] == []
