"""A fact box or bulleted summary whose heading names its source ("Key figures (source: X)",
"At a glance (X)"): each bullet line's figure is that source's, not the publisher's. Every
sentence here was written for this test; every name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_bullets_under_a_heading_with_a_source_are_that_sources() -> None:
    text = (
        "House prices rose again in March, the Tavrin Land Registry said.\n\n"
        "In numbers (source: Tavrin Land Registry)\n"
        "• Average price: £287,400\n"
        "• Sales completed: down 3.9% on the year\n\n"
        "Buyers in the north paid less than a year ago.\n"
    )
    claimants = _claimants(text)
    assert claimants["£287,400"] == "Tavrin Land Registry"
    assert claimants["3.9%"] == "Tavrin Land Registry"


def test_a_heading_that_names_its_source_in_brackets_alone() -> None:
    text = (
        "At a glance (Olvent Health Survey)\n"
        "- Adults who smoke: 11.2 per cent\n"
        "- Adults who vape daily: 6.4 per cent\n\n"
        "Smoking has fallen in every region since 2015.\n"
    )
    claimants = _claimants(text)
    assert claimants["11.2 per cent"] == "Olvent Health Survey"
    assert claimants["6.4 per cent"] == "Olvent Health Survey"


def test_bullets_without_a_named_source_stay_the_publishers() -> None:
    text = (
        "What we found\n"
        "• Rents in the city rose 9% in a year\n"
        "• One flat in four was let within a week\n"
    )
    assert _claimants(text)["9%"] == ""
