"""A trade written as a title before a name where a sentence opens ("Broker Ada Moor of X
said", "Retired teacher Ben Roe said") describes the person and is no part of her name.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    "opening",
    [
        "Broker Lucja Varnhagen-Otieno of Quillmoor Brokers said",
        "Strategist Lucja Varnhagen-Otieno of Pellory Capital said",
    ],
)
def test_a_trade_before_a_name_and_her_firm_is_no_part_of_it(opening: str) -> None:
    text = f"{opening} bulk wool was trading at €4.10 a kilo, up from €3.60 a year ago.\n"
    assert _claimants(text)["€4.10"] == "Lucja Varnhagen-Otieno"


@pytest.mark.parametrize(
    "opening",
    ["Farmer Lucja Varnhagen-Otieno said", "Retired teacher Lucja Varnhagen-Otieno said"],
)
def test_guard_a_trade_before_a_name_alone_was_read_so_already(opening: str) -> None:
    text = f"{opening} bulk wool was trading at €4.10 a kilo, up from €3.60 a year ago.\n"
    assert _claimants(text)["€4.10"] == "Lucja Varnhagen-Otieno"


def test_guard_a_body_named_for_a_trade_keeps_its_name() -> None:
    text = "Farmers Guild of Ostravel said wool prices rose 14% this year.\n"
    assert _claimants(text)["14%"] == "Farmers Guild of Ostravel"
