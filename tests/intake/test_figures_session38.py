"""Figures, session 38: marks written onto a number ("c.2,500", "~2,500", "2,500+", "0.4pp"),
the thousands said once after a range's second end ("3-4,000"), and South Asian grouping before
a comma.
Every line here was written for this test.

Each test fails without the change it describes, except those marked as guards."""

from decimal import Decimal

import pytest

from claims.figures_parser import (
    ABOUT,
    AT_LEAST,
    EXACT,
    MORE_THAN,
    PERCENTAGE_POINTS,
    UP_TO,
    find_figures,
)


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        ("The club has c.2,500 members.", "c.2,500", ABOUT),
        ("The club has c. 2,500 members.", "c. 2,500", ABOUT),
        ("The club has ~2,500 members.", "~2,500", ABOUT),
        ("The club has (c.2,500) members.", "c.2,500", ABOUT),
        ("The club has 2,500+ members.", "2,500+", MORE_THAN),
    ],
)
def test_a_mark_written_onto_the_number_qualifies_it(
    text: str, written: str, qualifier: str
) -> None:
    (figure,) = find_figures(text)
    assert (figure.as_written, figure.value, figure.qualifier) == (
        written,
        Decimal(2500),
        qualifier,
    )


def test_a_plus_after_a_number_is_a_mark_and_before_one_a_sum() -> None:
    # Not "Ages 18+": since session 54 an age that bounds a group ("ages 18 to 24") is none.
    first = find_figures("The club has 18+ members, not 2+2.")[0]
    assert (first.as_written, first.qualifier) == ("18+", MORE_THAN)
    assert all(f.as_written != "2+" for f in find_figures("It is 2+2 and 18+3."))


def test_guard_a_section_number_is_no_circa() -> None:
    assert _read("Section C.2 of the rules sets 4 seats.") == [("4", Decimal(4), "count", EXACT)]


@pytest.mark.parametrize("written", ["0.4pp", "3pp", "2pp"])
def test_percentage_points_written_onto_the_number(written: str) -> None:
    (figure,) = find_figures(f"Support fell {written} in May.")
    assert (figure.as_written, figure.unit) == (written, PERCENTAGE_POINTS)


def test_guard_pages_written_onto_the_number_are_no_points() -> None:
    assert find_figures("It is a 48pp report.") == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The event drew 3-4,000 people.", Decimal(3000), Decimal(4000)),
        ("The event drew 20-25,000 people.", Decimal(20000), Decimal(25000)),
        ("Seats cost $3-4,000 a head.", Decimal(3000), Decimal(4000)),
    ],
)
def test_the_thousands_said_once_after_a_ranges_second_end(
    text: str, low: Decimal, high: Decimal
) -> None:
    first, second = find_figures(text)
    assert (first.value, first.qualifier, second.value, second.qualifier) == (
        low,
        AT_LEAST,
        high,
        UP_TO,
    )


def test_guard_a_first_end_above_the_seconds_thousands_is_as_written() -> None:
    first, _ = find_figures("The event drew 30-25,000 people.")
    assert first.value == Decimal(30)


def test_south_asian_grouping_before_the_sentences_comma() -> None:
    assert _read("Taxable income is Rs 8,40,000, just above the limit.") == [
        ("Rs 8,40,000", Decimal(840000), "currency", EXACT)
    ]


def test_up_to_an_emergency_numbers_digits_is_a_bound_not_a_call() -> None:
    # Found by the figure input's round-trip property (tests/test_figure_input.py): "up to 999"
    # was read as a call to 999.
    assert _read("The fund pays up to 999 claims.") == [("up to 999", Decimal(999), "count", UP_TO)]
    assert _read("Calls to 999 rose sharply.") == []


@pytest.mark.parametrize("written", ["4.5pts", "4.5 pts"])
def test_points_written_onto_the_number_as_pts(written: str) -> None:
    (figure,) = find_figures(f"The swing to the party was {written}.")
    assert (figure.as_written, figure.value, figure.unit) == (
        written,
        Decimal("4.5"),
        PERCENTAGE_POINTS,
    )
