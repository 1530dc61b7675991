"""A sentence that opens on "Its" or "Their" after a body gave its figures goes on with that
body: "For the quarter, the company reported revenue of $3.9bn. Its cloud unit grew 31%".
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from intake.extract import guess_kind
from tests.intake.claimants import claimants_by_figure as _claimants


def test_its_figures_after_a_body_gave_its_own_are_the_bodys() -> None:
    text = (
        "Quellbridge Systems reported revenue of $3.96 billion for the quarter, up 14%.\n\n"
        "Its cloud segment grew 31% to $1.64 billion.\n"
    )
    found = _claimants(text)
    assert found["31%"] == "Quellbridge Systems"


def test_guard_its_shares_are_the_markets_the_paper_reports() -> None:
    text = (
        "Quellbridge Systems said it would cut 340 jobs.\n\n"
        "Its shares fell 3.4% after the announcement.\n"
    )
    assert _claimants(text)["3.4%"] == ""


def test_guard_its_after_a_persons_figures_names_no_one() -> None:
    text = (
        "Mayor Idris Kettleworth said the bridge would cost $40 million.\n\n"
        "Its span is 310 metres.\n"
    )
    assert _claimants(text)["310"] == ""


def test_a_firm_named_for_its_trade_is_a_company() -> None:
    assert guess_kind("Quellbridge Systems", via_speech=True) == "company"
    assert guess_kind("Harlow Brewing", via_speech=True) == "company"
