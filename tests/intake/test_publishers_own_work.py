"""The publisher's own work is its own, whoever's data it used or whatever place it names:
"Our latest survey of 1,012 likely voters in Port X finds ...", "according to our analysis of
population estimates and X data". A count that opens a group ("one in five likely voters say")
is no claimant. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from intake.extract import is_claimant_name
from tests.intake.claimants import claimants_by_figure as _claimants


def test_our_survey_of_a_count_of_people_in_a_place_is_ours() -> None:
    text = (
        "Our latest survey of 1,012 likely voters in Port Velland finds Councillor Ada "
        "Okafor-Ruiz on 44% and Ben Lindqvist-Hale on 39%.\n"
    )
    found = _claimants(text)
    assert found["44%"] == ""
    assert found["1,012"] == ""


def test_according_to_our_analysis_of_someones_data_is_ours() -> None:
    text = (
        "The number of officers per 100,000 people is 223, against 236 in 2010, according to "
        "our analysis of population estimates and Office for Policing Statistics data.\n"
    )
    assert _claimants(text)["223"] == ""


def test_a_count_that_opens_a_group_is_no_claimant() -> None:
    text = (
        "Pollster Nadia Vasquez-Odell said the race was close.\n\n"
        "One in five likely voters say they could still change their mind.\n"
    )
    assert _claimants(text)["One in five"] != "five likely voters"


def test_guard_people_familiar_with_a_deal_are_still_a_source() -> None:
    text = (
        "The sponsor will pay about €2.1m a year, according to two people familiar with the "
        "agreement.\n"
    )
    assert _claimants(text)["about €2.1m"] == "two people familiar with the agreement"


def test_any_number_word_that_opens_a_group_is_no_claimant() -> None:
    """The number words are read one way (`claims.numbers`): "Sixty", "Fifteen" and "Million"
    open a count as "Five" does. "One" is left to names ("One Nation")."""
    for group in ("Sixty likely voters", "Fifteen members", "Millions of savers", "Five voters"):
        assert not is_claimant_name(group)
    assert is_claimant_name("One Nation")
