"""The figure parser reads newsroom figures and leaves dates, ranks and codes alone."""

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import (
    QUALIFIERS,
    SCALES,
    ParsedFigure,
    find_figures,
)


def parse_figure(text: str) -> ParsedFigure | None:
    """The figure `text` starts with (a trailing noun allowed), or None."""
    figures = find_figures(text)
    if not figures or text[: figures[0].start].strip():
        return None
    return figures[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "currency"),
    [
        ("46 per cent", "46", "percent", "exact", ""),
        ("91 percent", "91", "percent", "exact", ""),
        ("13.5 per cent", "13.5", "percent", "exact", ""),
        ("7.5%", "7.5", "percent", "exact", ""),
        ("$301 million", "301000000", "currency", "exact", "USD"),
        ("$4.5\u00a0billion", "4500000000", "currency", "exact", "USD"),
        ("more than $4.5\u00a0billion", "4500000000", "currency", "more_than", "USD"),
        ("£2.3bn", "2300000000", "currency", "exact", "GBP"),
        ("US$750 million", "750000000", "currency", "exact", "USD"),
        ("more than 1.8m people", "1800000", "count", "more_than", ""),
        ("over 1bn faces", "1000000000", "count", "more_than", ""),
        ("20m", "20000000", "count", "exact", ""),
        ("60,000", "60000", "count", "exact", ""),
        ("1,270", "1270", "count", "exact", ""),
        ("at least 52 governments", "52", "count", "at_least", ""),
        ("nearly 40,000 people", "40000", "count", "nearly", ""),
        ("roughly 230 cities", "230", "count", "about", ""),
        ("some 80 per cent", "80", "percent", "about", ""),
        ("up to 35 percent", "35", "percent", "up_to", ""),
        ("less than 1 percent", "1", "percent", "less_than", ""),
        ("almost one-third of licences", "33.33", "percent", "nearly", ""),
        ("nearly half of the market", "50", "percent", "nearly", ""),
        ("half a million people", "500000", "count", "exact", ""),
        ("nearly half a million people", "500000", "count", "nearly", ""),
        ("two million people", "2000000", "count", "exact", ""),
        ("millions of faces", "2000000", "count", "at_least", ""),
        ("37 years of rule", "37", "years", "exact", ""),
        ("12 percentage points", "12", "percentage_points", "exact", ""),
        # In words as in digits (newsroom style spells out numbers under ten): "three providers"
        # is a count of three as "3 providers" is; whether it is worth checking is extract's call.
        ("three providers", "3", "count", "exact", ""),
        ("Twenty-three people", "23", "count", "exact", ""),
        ("fewer than one in four adults", "25", "percent", "less_than", ""),
    ],
)
def test_parses_newsroom_figures(
    text: str, value: str, unit: str, qualifier: str, currency: str
) -> None:
    figure = parse_figure(text)
    assert figure is not None, text
    assert (figure.value, figure.unit, figure.qualifier, figure.currency) == (
        Decimal(value),
        unit,
        qualifier,
        currency,
    )


@pytest.mark.parametrize(
    "text",
    [
        "in 2015",
        "on Aug. 25, 2014",
        "Thursday [April 12]",
        "1:37 AM HKT",
        "the No. 1 smartphone company",
        "the 14th exhibition",
        "code RC195B4D37A0",
        "  1. mrevi",
        "the 50 cent army, paid 50c",
        "the second half of 2018",
        "COVID-19",
        "a five-day visit",
        "no one else",
    ],
)
def test_leaves_dates_ranks_and_codes_alone(text: str) -> None:
    assert find_figures(text) == []


def test_finds_every_figure_of_a_sentence_in_order() -> None:
    text = "China's market grew by 13.5 per cent whereas the rest grew by just 5 per cent."
    figures = find_figures(text)
    assert [figure.as_written for figure in figures] == ["13.5 per cent", "5 per cent"]
    assert all(text[figure.start : figure.end] == figure.as_written for figure in figures)


# -- properties ------------------------------------------------------------------------------

SCALE_WORDS = {"": 1, " thousand": 1000, " million": 10**6, "m": 10**6, " billion": 10**9}
SCALE_WORDS.update({"bn": 10**9, " trillion": 10**12})
UNIT_FORMS = {
    "count": ("", ""),
    "percent": ("", " per cent"),
    "percent2": ("", " percent"),
    "percent3": ("", "%"),
    "usd": ("$", ""),
    "eur": ("€", ""),
}
amounts = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2, allow_nan=False
).filter(lambda value: value > 0)


def _as_text(amount: Decimal, thousands: bool) -> str:
    normal = amount.normalize()
    text = f"{normal:,f}" if thousands else f"{normal:f}"
    return text


@given(
    amount=amounts,
    scale=st.sampled_from(sorted(SCALE_WORDS)),
    unit=st.sampled_from(sorted(UNIT_FORMS)),
    qualifier=st.sampled_from(["", *sorted(QUALIFIERS)]),
    thousands=st.booleans(),
    space=st.sampled_from([" ", "\u00a0"]),
)
def test_a_formatted_figure_parses_back(
    amount: Decimal, scale: str, unit: str, qualifier: str, thousands: bool, space: str
) -> None:
    prefix, suffix = UNIT_FORMS[unit]
    if unit.startswith("percent"):
        scale = ""
    number = _as_text(amount, thousands)
    if (
        not thousands
        and "." not in number
        and 1800 <= int(number) <= 2100
        and not (prefix or suffix or scale)
    ):
        number = f"{int(number):,}"  # a bare four-digit number in that range reads as a year
    scale_text = scale.replace(" ", space)
    written = f"{qualifier + ' ' if qualifier else ''}{prefix}{number}{scale_text}{suffix}"
    figure = parse_figure(f"{written} things")
    assert figure is not None, written
    assert figure.value == amount * SCALE_WORDS[scale]
    assert figure.qualifier == (QUALIFIERS[qualifier] if qualifier else "exact")
    expected_unit = {"count": "count", "usd": "currency", "eur": "currency"}.get(unit, "percent")
    assert figure.unit == expected_unit
    assert figure.as_written == written


@given(year=st.integers(min_value=1800, max_value=2100), words=st.sampled_from(["in", "since"]))
def test_a_bare_year_is_never_a_figure(year: int, words: str) -> None:
    assert find_figures(f"It happened {words} {year}.") == []


@given(st.text(max_size=200))
def test_any_text_gives_figures_that_point_at_themselves(text: str) -> None:
    figures = find_figures(text)
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.as_written
    ends = [(figure.start, figure.end) for figure in figures]
    assert all(first[1] <= second[0] for first, second in itertools.pairwise(ends))


def test_scales_are_the_documented_ones() -> None:
    assert SCALES["bn"] == SCALES["billion"] == 10**9
    assert SCALES["m"] == SCALES["million"] == 10**6
