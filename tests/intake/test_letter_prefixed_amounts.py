"""Amounts a letter prefixes ("R22" in rand), read where the text names the currency and a
table's row sets them in cells beside each other ("| R22 | R24 | R2 |"), as a range's ends
are read; and such an amount given signed in a change column ("+R0.52"). Every text here was
written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

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
