"""A fraction compared with something ("closer to two-thirds than to the figure given") is a
share said on its own, as at a clause's end: a percentage. A fraction that only describes a
state ("two-thirds full") stays unread. Every sentence here was written for this test."""

from decimal import Decimal

from claims.figures_parser import PERCENT, find_figures


def test_a_fraction_compared_is_a_share() -> None:
    figures = find_figures("The share treated on time is nearer two-thirds than the 90% he gave.")
    assert (figures[0].as_written, figures[0].unit) == ("two-thirds", PERCENT)
    assert figures[0].value.quantize(Decimal("0.01")) == Decimal("66.67")


def test_a_fraction_describing_a_state_is_not_a_share() -> None:
    assert find_figures("The reservoir was two-thirds full on Monday.") == []


def test_a_share_said_roughly_is_a_share_whatever_follows() -> None:
    figures = find_figures("The group had passed on about two-thirds through higher prices.")
    assert [(f.as_written, f.unit) for f in figures] == [("about two-thirds", PERCENT)]
    (short,) = find_figures("You're about a third short, aren't you?")
    assert short.value.quantize(Decimal("0.01")) == Decimal("33.33")


def test_guard_a_share_said_roughly_of_a_state_or_a_time_is_no_share() -> None:
    assert find_figures("The reservoir was about two-thirds full on Monday.") == []
    assert find_figures("The train left at about a quarter past nine.") == []
    assert find_figures("We were about a third through the season by May.") == []
