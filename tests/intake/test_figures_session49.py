"""Figures, session 49. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        ("The worker, 42, spent 11 weeks in hospital.", {"11"}),
        ("A cyclist, 17, was hurt in a crash that closed the road for 3 hours.", {"3"}),
    ],
)
def test_an_age_set_off_after_the_noun_for_a_person_is_no_figure(
    sentence: str, left: set[str]
) -> None:
    """ "The worker, 42, spent 11 weeks in hospital": an age set off after the noun standing
    for a person is said as one after a name is ("Ada Moor, 34,"): 42 was suggested."""
    assert set(_claimants(f"Court\n\n{sentence}")) == left


def test_guard_a_number_set_off_after_a_bodys_noun_is_kept() -> None:
    """Guard: only a person has an age; "The league, 40, ..." sets off its member count."""
    text = "Clubs\n\nThe league, 40, said it would add 6 clubs next season."
    assert set(_claimants(text)) == {"40", "6"}


@pytest.mark.parametrize(
    "group",
    ["children aged 11 to 15", "children aged 11-15", "adults aged between 40 and 69"],
)
def test_an_age_range_that_bounds_a_group_is_no_figure(group: str) -> None:
    """ "3,100 children aged 11 to 15": the ages say who was followed, as "aged 11" does; the
    range's upper end (or both ends, written with a hyphen) was suggested."""
    text = f"Sleep study\n\nResearchers followed 3,100 {group} for 18 months, the team said."
    assert set(_claimants(text)) == {"3,100", "18"}


@pytest.mark.parametrize(
    "note", ["Figures rounded to the nearest 1,000.", "Totals are rounded to the nearest £1m."]
)
def test_the_unit_figures_are_rounded_to_is_no_figure(note: str) -> None:
    """ "Figures rounded to the nearest 1,000": how the page writes its figures, which was
    suggested as a figure of its own."""
    text = f"Jobs\n\nUnemployment rose to 5.2%, the Kelvasi Statistics Office said.\n\n{note}"
    assert set(_claimants(text)) == {"5.2%"}
