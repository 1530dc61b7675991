"""Figures as the press of other countries writes them, quoted in English news: a decimal comma
("42,5 percent", "1,3 billion euros", "R$ 412,35"), a dollar written with one letter as its
own press writes it ("J$1.4 billion"), and Uganda's "Shs". Every text here was written for
this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "currency"),
    [
        ("claims fell by 42,5 percent in a decade", "42,5 percent", "42.5", "percent", ""),
        ("prices rose 3,5% last year", "3,5%", "3.5", "percent", ""),
        ("up 2,25 per cent on the month", "2,25 per cent", "2.25", "percent", ""),
        (
            "we invested around 1,3 billion euros",
            "around 1,3 billion euros",
            "1300000000",
            "currency",
            "EUR",
        ),
        ("The fine is 4,2 million euros.", "4,2 million euros", "4200000", "currency", "EUR"),
        ("the basket costs R$ 412,35 in Curitoba", "R$ 412,35", "412.35", "currency", "BRL"),
        ("a ticket at €4,20 a ride", "€4,20", "4.20", "currency", "EUR"),
    ],
)
def test_a_decimal_comma_before_a_percentage_a_scale_or_a_currency_is_one_number(
    text: str, written: str, value: str, unit: str, currency: str
) -> None:
    assert (written, Decimal(value), unit, currency) in _read(text)


@given(
    whole=st.integers(min_value=0, max_value=999),
    decimals=st.from_regex(r"[0-9]{1,2}", fullmatch=True),
    after=st.sampled_from(["%", " percent", " per cent", " million", " billion euros"]),
)
def test_any_decimal_comma_before_a_percentage_or_scale_reads_as_its_decimal(
    whole: int, decimals: str, after: str
) -> None:
    written = f"{whole},{decimals}{after}"
    figures = find_figures(f"The figure was {written} last year.")
    scale = {"%": 1, " percent": 1, " per cent": 1, " million": 10**6, " billion euros": 10**9}
    assert [(figure.as_written, figure.value) for figure in figures] == [
        (written, Decimal(f"{whole}.{decimals}") * scale[after])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Clauses 4,5 and 6 of the contract apply.",  # a list of numbers
        "The vote was 1,234 to 1,198.",  # thousands, grouped in threes
        "It sold 12,50 units.",  # no percentage, scale or currency: not read as 12.5
    ],
)
def test_guard_a_comma_that_is_no_decimal_is_read_as_before(text: str) -> None:
    assert not any("," in f.as_written and f.value % 1 for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "written", "currency"),
    [
        ("The ministry spent J$1.4 billion on scanners.", "J$1.4 billion", "JMD"),
        ("A further G$620 million was set aside.", "G$620 million", "GYD"),
        ("Revenue is projected at Shs35.2 trillion.", "Shs35.2 trillion", "UGX"),
    ],
)
def test_a_dollar_its_own_press_writes_with_one_letter_and_ugandas_shs(
    text: str, written: str, currency: str
) -> None:
    assert [(f.as_written, f.currency) for f in find_figures(text)] == [(written, currency)]


def test_a_quoted_european_figure_is_suggested_as_the_speakers() -> None:
    text = (
        "Flood insurers in Velsmark paid out less after the dikes were raised.\n\n"
        '"We invested around 1,3 billion euros in this kind of defence, and claims after heavy '
        "rain fell by 42,5 percent in ten years,\" said Annelie Brosveld, the agency's director."
    )
    found = {
        figure.as_written: suggestion.figure_claimants[index] or suggestion.claimant
        for suggestion in extract_suggestions(normalise(text))
        for index, figure in enumerate(suggestion.figures)
    }
    assert found["around 1,3 billion euros"] == "Annelie Brosveld"
    assert found["42,5 percent"] == "Annelie Brosveld"
