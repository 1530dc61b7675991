"""A range whose ends each carry the scale ("€40m-€60m", "£2m-£3m") is read as its two ends, a
floor and a ceiling; and a whole number in the medium-wave band before "MW" is megawatts
unless its sentence speaks of radio ("received only 418MW of its 760MW allocation"). Every
sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import AT_LEAST, UP_TO, find_figures


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("insured losses of €40m-€60m", ("€40m", 40_000_000), ("€60m", 60_000_000)),
        ("a bill of £2m–£3m a year", ("£2m", 2_000_000), ("£3m", 3_000_000)),
    ],
)
def test_a_range_with_its_scale_at_each_end_is_two_figures(
    text: str, low: tuple[str, int], high: tuple[str, int]
) -> None:
    found = find_figures(text)
    assert [(f.as_written, f.value, f.qualifier) for f in found] == [
        (low[0], Decimal(low[1]), AT_LEAST),
        (high[0], Decimal(high[1]), UP_TO),
    ]


def test_guard_ends_with_different_scales_are_no_range() -> None:
    assert [f.as_written for f in find_figures("the 2m-3bn band")] == ["2m"]


def test_megawatts_in_the_medium_wave_band_without_radio_are_megawatts() -> None:
    found = find_figures("The company received only 418MW of its 760MW allocation.")
    assert [(f.as_written, f.value) for f in found] == [
        ("418MW", Decimal(418)),
        ("760MW", Decimal(760)),
    ]


def test_guard_a_stations_frequency_is_no_figure() -> None:
    assert find_figures("The station broadcasts on 909 MW and online.") == []
