"""Figures, session 50. Every sentence here was written for this test. Each test fails without
the change it describes, except guards."""

import pytest

from claims.figures_parser import find_figures


def _written(text: str) -> list[str]:
    return [figure.as_written for figure in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The poll of 600 voters was conducted Oct. 12-16 by Pellwick Research.",
        "The poll of 600 voters was conducted Oct 12-16 by Pellwick Research.",
        "The poll of 600 voters was conducted October 12-16 by Pellwick Research.",
        "The poll of 600 voters was conducted Oct. 12 to 16 by Pellwick Research.",
        "The poll of 600 voters was conducted March 3 through 9 by Pellwick Research.",
    ],
)
def test_a_span_of_days_after_its_month_is_a_date(text: str) -> None:
    """ "conducted Oct. 12-16": the month said once, before the first day; the days were read
    as the figures 12 and 16 (or 16 alone after "to"), beside the poll's 600."""
    assert _written(text) == ["600"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Prices rose in May 12-15% year on year.", ["12", "15%"]),
        ("Sales in May were 3-4 million units.", ["3", "4 million"]),
        ("In May 40-41 percent backed him.", ["40", "41 percent"]),
    ],
)
def test_guard_a_range_with_its_unit_after_a_month_is_a_figure(
    text: str, written: list[str]
) -> None:
    """Guard: a range with a unit after it ("in May 12-15%") is a range of figures, the month
    before it only when it happened."""
    assert _written(text) == written
