"""A place's name of two words or more, made a compound adjective before a body ("Kuala
Lumpur-based think tank X", "New York-listed miner X"), is no claimant: the body after it is.
A name that goes on after a hyphen in lower case ("Vincent Chow Ka-ho") is still a name. Every
sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize("place", ["Kuala Lumpur-based", "New York-listed", "Port Vell-based"])
def test_a_bodys_place_of_two_words_is_no_claimant(place: str) -> None:
    text = (
        "Floods are getting worse.\n\n"
        f"The report, released on Wednesday by {place} think tank Institut Perak Hijau (IPH), "
        "draws on 40 years of rainfall records from 212 weather stations.\n"
    )
    assert _claimants(text)["212"] == "Institut Perak Hijau"


def test_guard_a_name_going_on_after_a_hyphen_in_lower_case_is_a_name() -> None:
    text = (
        "Home prices slipped again.\n\n"
        "Prices could fall another 15 per cent this year, said Vincent Chow Ka-ho, a surveyor.\n"
    )
    assert _claimants(text)["15 per cent"].startswith("Vincent Chow")
