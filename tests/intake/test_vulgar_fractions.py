"""Whole numbers written with a vulgar fraction ("2½ years", "a 3¼% rise"), session 45. Every
sentence here was written for this test. Each test fails without the change, except the guard."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from claims.numbers import read_digits


@pytest.mark.parametrize(
    ("sentence", "written", "value", "unit"),
    [
        ("The inquiry took 2½ years to report.", "2½ years", "2.5", "years"),
        ("Mortgage rates rose to 3¼% in March.", "3¼%", "3.25", "percent"),
        ("The council sold its 12½ per cent stake.", "12½ per cent", "12.5", "percent"),
        ("The club agreed a £4¾m deal for the striker.", "£4¾m", "4750000", "currency"),
    ],
)
def test_a_whole_number_with_a_vulgar_fraction_is_read_whole(
    sentence: str, written: str, value: str, unit: str
) -> None:
    """ "2½ years" was read as 2: the fraction after the digits was no part of the number."""
    (figure,) = find_figures(sentence)
    assert (figure.as_written, figure.value, figure.unit) == (written, Decimal(value), unit)


@given(whole=st.integers(min_value=0, max_value=10**6), fraction=st.sampled_from("½¼¾"))
def test_read_digits_adds_the_fraction_to_the_whole(whole: int, fraction: str) -> None:
    parts = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
    assert read_digits(f"{whole}{fraction}") == whole + parts[fraction]


def test_guard_a_decimal_keeps_its_reading_and_a_fraction_after_it_is_left() -> None:
    """Guard: a price quoted in decimals and eighths ("10.48½") is read to its decimals, as
    before; only a whole number takes the fraction."""
    (figure,) = find_figures("Soybeans closed at 10.48½ a bushel.")
    assert figure.value == Decimal("10.48")
