"""A body's name that opens with a word titling people ("General", "National"...): "the General
Insurance Roundtable said" names the whole body, where "General Ama Stokes said" names the
general. Every sentence here was written for this test; every name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_body_opening_with_general_keeps_the_word() -> None:
    text = "Members lodged 9,300 complaints last year, the General Dental Council said.\n"
    assert _claimants(text)["9,300"] == "General Dental Council"


def test_a_body_opening_with_chief_or_president_keeps_the_word() -> None:
    text = "The Chief Pharmacists Forum said 420 branches had closed since 2021.\n"
    assert _claimants(text)["420"] == "Chief Pharmacists Forum"


def test_a_title_before_a_persons_name_is_still_dropped() -> None:
    text = "General Ama Stokes-Verhoeven said 3,200 troops would return by spring.\n"
    assert _claimants(text)["3,200"] == "Ama Stokes-Verhoeven"
