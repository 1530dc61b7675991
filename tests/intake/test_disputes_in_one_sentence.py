"""One sentence may carry a figure and its rebuttal: "X said 22%, a figure disputed by Y,
putting it nearer a third", "X says 98%, while tests by Y put it at 84%", "X said 2,000, but
the Y Institute for Z, a think tank, said 700". Each figure is its own source's. Every sentence
here was written for this test; every name is invented."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_figure_disputed_by_another_body_is_that_bodys() -> None:
    text = (
        "The Harbour Traders' Guild, which represents stallholders, said footfall had fallen "
        "22% since April, a figure disputed by the Quayside Residents Alliance, which "
        "represents tenants, putting the drop nearer a third.\n"
    )
    assert _claimants(text) == {
        "22%": "Harbour Traders' Guild",
        "a third": "Quayside Residents Alliance",
    }


@pytest.mark.parametrize("verb", ["disputed", "contested", "challenged"])
def test_the_words_of_a_dispute(verb: str) -> None:
    text = (
        f"Pellam Water said leaks had fallen 30 percent, a claim {verb} by the Riverkeepers "
        "Network, which put the fall at 12 percent.\n"
    )
    assert _claimants(text) == {"30 percent": "Pellam Water", "12 percent": "Riverkeepers Network"}


def test_tests_by_another_body_give_their_own_figure() -> None:
    text = (
        "The charger's maker, Ostrel Devices, says it is 98% efficient, while tests by the "
        "government's Consumer Testing Bureau put its efficiency at 84%.\n"
    )
    assert _claimants(text) == {"98%": "Ostrel Devices", "84%": "Consumer Testing Bureau"}


def test_but_a_body_with_an_appositive_said_gives_its_own_figure() -> None:
    text = (
        "Trade Minister Pavel Ostrowski said the scheme had saved at least 2,000 jobs, but the "
        "Keller Institute for Trade, an independent think tank, said the real number was "
        "nearer 700.\n"
    )
    assert _claimants(text) == {
        "at least 2,000": "Pavel Ostrowski",
        "700": "Keller Institute for Trade",
    }
