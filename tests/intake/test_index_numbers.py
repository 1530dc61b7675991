"""A day, a week, a round, a leg or a lap named by its number in a run of them ("on day four of
the hearings", "in week 2 of the strike", "round three,") is an index, not a count. Session 44:
"former commander admits on day four of hearings" was suggested for its "four". Every sentence
here was written for this test.

Each test fails without the change it describes, except guards, which pass either way."""

import pytest

from claims.figures_parser import find_figures


@pytest.mark.parametrize(
    "text",
    [
        "Former commander admits on day four of hearings",
        "On day 4 of the hearings the panel sat late.",
        "The strike is in week two of its run.",
        "He fell in round three, and the fight was stopped.",
        "Riders crashed on lap 12.",
    ],
)
def test_a_numbered_day_week_or_round_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("In one week 40 people were arrested.", "40"),
        ("Within a day four people had died.", "four"),
        ("The hearing lasted four days.", "four"),
    ],
)
def test_guard_a_count_after_a_day_or_a_week_is_still_read(text: str, written: str) -> None:
    assert [figure.as_written for figure in find_figures(text)] == [written]
