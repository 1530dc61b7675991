"""Claimants, session 41: a forecaster, a body named by what it does, speaks for its figures.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except the one marked as a guard."""

from tests.intake.claimants import claimants_by_figure as _claimants

_HEADING = "Storm brings record gusts\n\n"


def test_the_national_forecaster_is_the_speaker() -> None:
    text = _HEADING + (
        "The national forecaster said last year was the warmest on record, with a mean air "
        "temperature of 10.8C.\n"
    )
    assert _claimants(text)["10.8C"] == "national forecaster"


def test_forecasters_are_the_speakers() -> None:
    text = _HEADING + "Gusts of up to 131km/h were recorded at Drumcarrow, forecasters said.\n"
    assert _claimants(text)["up to 131km/h"] == "forecasters"


def test_guard_a_forecaster_named_is_the_person() -> None:
    text = _HEADING + (
        "Ada Quellane, a forecaster at Drumcarrow Savings Bank, said growth would slow to 1.2% "
        "next year.\n"
    )
    assert _claimants(text)["1.2%"] == "Ada Quellane"
