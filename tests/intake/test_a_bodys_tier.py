"""A body named by its kind with its tier ("the city council", "the state health department")
shortens only a name that carries the tier too: not "the Council of Visiting Scholars’
Societies" named earlier. Every sentence here was written for this test; every name is
invented.

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_the_city_council_is_no_other_council_named_before() -> None:
    text = (
        "A survey by the Council of Visiting Scholars' Societies found 57 per cent of "
        "students worked more than 20 hours a week.\n\n"
        "Yarrow's rental vacancy rate is 0.9 per cent, according to the city council.\n"
    )
    assert _claimants(text)["0.9 per cent"] == "city council"


def test_guard_the_city_council_shortens_the_city_council_named_before() -> None:
    text = (
        "Yarrow City Council will vote on the budget on Monday.\n\n"
        "Yarrow's rental vacancy rate is 0.9 per cent, according to the city council.\n"
    )
    assert _claimants(text)["0.9 per cent"] == "Yarrow City Council"
