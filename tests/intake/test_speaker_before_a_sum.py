"""A speaker named before "says" keeps her claim when what she says opens on a sum whose
currency is a capital letter ("says R1.1-billion", "says the R1.1bn"): the letter is no name
after the verb. And a utility named for what it supplies ("Hallow Water") is the company that
"the company said" goes back to. Every sentence here was written for this test; every name is
invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from intake.extract import guess_kind
from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    "what",
    [
        "R1.1-billion of the capital budget is going into water",
        "the R1.1-billion in the capital budget is going into water",
    ],
)
def test_a_speaker_before_says_keeps_a_sum_in_rand(what: str) -> None:
    text = f"Executive Mayor Nomvula Ferreira-Dlamini says {what}, up 12% on last year.\n"
    assert _claimants(text)["12%"] == "Nomvula Ferreira-Dlamini"


def test_guard_a_speaker_named_after_said_the_is_still_read() -> None:
    text = "Water losses fell 12% last year, said the Ostravel Water Board.\n"
    assert _claimants(text)["12%"] == "Ostravel Water Board"


def test_guard_the_company_is_the_utility_that_spoke_before() -> None:
    text = (
        "Sewage spills rose by a third, according to a report by the Rivers Quality "
        "Authority, which found 27 works run by Hallow Water had breached their permits.\n\n"
        "The regulator can fine a water company up to 10% of its annual turnover.\n\n"
        "In a statement, Hallow Water said a £1.1bn programme would cut spills by 40%.\n\n"
        "The company said rainfall last year had been 23% above the long-term average.\n"
    )
    assert _claimants(text)["23%"] == "Hallow Water"


@pytest.mark.parametrize("name", ["Hallow Water", "Orvanne Rail", "Kestel Power"])
def test_a_utility_named_for_what_it_supplies_is_a_company(name: str) -> None:
    assert guess_kind(name, via_speech=True) == "company"


def test_guard_a_public_body_for_what_it_supplies_is_no_company() -> None:
    assert guess_kind("Hallow Water Board", via_speech=True) != "company"
