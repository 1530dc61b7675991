"""Figures, session 37: the bounds newsrooms write around a number ("north of 300", "just shy
of 300", "300-plus", "12,000-odd").
Every line here was written for this test.

Each test fails without the change it describes, except those marked as guards."""

from decimal import Decimal

import pytest

from claims.figures_parser import ABOUT, LESS_THAN, MORE_THAN, NEARLY, find_figures


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        ("The fund holds north of 300 homes.", "north of 300", MORE_THAN),
        ("The fund holds a shade over 300 homes.", "a shade over 300", MORE_THAN),
        ("The fund holds just shy of 300 homes.", "just shy of 300", NEARLY),
        ("The fund holds getting on for 300 homes.", "getting on for 300", NEARLY),
        ("The fund holds well under 300 homes.", "well under 300", LESS_THAN),
        ("The fund holds in the region of 300 homes.", "in the region of 300", ABOUT),
        ("The fund holds circa 300 homes.", "circa 300", ABOUT),
        ("The fund holds approx. 300 homes.", "approx. 300", ABOUT),
    ],
)
def test_a_bound_written_as_an_idiom_qualifies_the_figure(
    text: str, written: str, qualifier: str
) -> None:
    (figure,) = find_figures(text)
    assert (figure.as_written, figure.value, figure.qualifier) == (
        written,
        Decimal(300),
        qualifier,
    )


@pytest.mark.parametrize(
    ("text", "written", "value", "qualifier"),
    [
        ("The trust runs 300-plus homes.", "300-plus", Decimal(300), MORE_THAN),
        ("The trust runs 12,000-odd homes.", "12,000-odd", Decimal(12000), ABOUT),
    ],
)
def test_plus_or_odd_after_a_count_bounds_it(
    text: str, written: str, value: Decimal, qualifier: str
) -> None:
    (figure,) = find_figures(text)
    assert (figure.as_written, figure.value, figure.qualifier) == (written, value, qualifier)


@pytest.mark.parametrize("text", ["a 5-day visit", "a 12-storey block", "a 3-nil win"])
def test_guard_any_other_compound_stays_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "written", "value", "qualifier"),
    [
        ("The trust runs several hundred homes.", "several hundred", Decimal(300), "at_least"),
        ("The trust runs a few thousand homes.", "a few thousand", Decimal(2000), "at_least"),
        ("The trust runs a couple of hundred homes.", "a couple of hundred", Decimal(200), ABOUT),
        ("The trust runs several thousand homes.", "several thousand", Decimal(3000), "at_least"),
    ],
)
def test_some_number_of_a_scale_is_a_vague_count_of_at_least_two_of_it(
    text: str, written: str, value: Decimal, qualifier: str
) -> None:
    (figure,) = find_figures(text)
    assert (figure.as_written, figure.value, figure.qualifier, figure.kind) == (
        written,
        value,
        qualifier,
        "vague",
    )


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Waits reached 4h 12m in March.", "4h 12m", Decimal(252)),
        ("Waits reached 3hr 5min in March.", "3hr 5min", Decimal(185)),
        ("She ran the mile in 4m 41s.", "4m 41s", Decimal(281)),
    ],
)
def test_a_compact_length_of_time_is_read_in_the_smaller_unit(
    text: str, written: str, value: Decimal
) -> None:
    (figure,) = find_figures(text)
    assert (figure.as_written, figure.value) == (written, value)


def test_guard_an_amount_in_millions_before_another_number_stays_an_amount() -> None:
    first = find_figures("The fund raised £4m 12 months ago.")[0]
    assert (first.as_written, first.value) == ("£4m", Decimal(4_000_000))


def test_guard_a_running_time_in_brackets_is_no_figure() -> None:
    assert find_figures("Watch the full recording (1hr 24min)") == []


def test_percentage_points_shortened_are_points() -> None:
    (figure,) = find_figures("The rate rose 0.4 ppts in a year.")
    assert (figure.value, figure.unit) == (Decimal("0.4"), "percentage_points")
