"""A figure is shown in the words people use ("$240 million", "more than $4.5 billion", "46%"),
never rounded and never with a trailing ".000000"; the stored value stays exact."""

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import figures_format
from claims.figures_parser import find_figures
from claims.models import Figure, Qualifier, Unit, figure_display
from sources.models import DatePrecision


def shown(value, unit=Unit.COUNT, qualifier=Qualifier.EXACT, currency=""):
    return figure_display(
        unit=unit,
        value=Decimal(value),
        qualifier=qualifier,
        currency=currency,
        date_value=None,
        date_value_precision=DatePrecision.UNKNOWN,
    )


# -- the words readers use ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "currency", "expected"),
    [
        ("240000000.000000", Unit.CURRENCY, Qualifier.EXACT, "USD", "$240 million"),
        ("4500000000", Unit.CURRENCY, Qualifier.MORE_THAN, "USD", "more than $4.5 billion"),
        ("46.000000", Unit.PERCENT, Qualifier.EXACT, "", "46%"),
        ("1300000000", Unit.COUNT, Qualifier.EXACT, "", "1.3 billion"),
        ("500000", Unit.COUNT, Qualifier.EXACT, "", "half a million"),
        ("500000", Unit.COUNT, Qualifier.NEARLY, "", "nearly half a million"),
        ("250000", Unit.COUNT, Qualifier.MORE_THAN, "", "more than a quarter of a million"),
        ("10", Unit.PERCENTAGE_POINTS, Qualifier.EXACT, "", "10 percentage points"),
        ("1", Unit.PERCENTAGE_POINTS, Qualifier.EXACT, "", "1 percentage point"),
        ("12.50", Unit.PERCENT, Qualifier.ABOUT, "", "about 12.5%"),
        ("-3.5", Unit.PERCENT, Qualifier.EXACT, "", "-3.5%"),
        ("1250000", Unit.COUNT, Qualifier.EXACT, "", "1.25 million"),
        ("150000000000000", Unit.COUNT, Qualifier.EXACT, "", "150 trillion"),
        ("10", Unit.YEARS, Qualifier.MORE_THAN, "", "more than 10 years"),
        ("1", Unit.YEARS, Qualifier.EXACT, "", "1 year"),
    ],
)
def test_a_figure_is_shown_in_the_words_people_use(value, unit, qualifier, currency, expected):
    assert shown(value, unit, qualifier, currency) == expected


def test_a_date_figure_is_shown_as_before():
    figure = Figure(
        unit=Unit.DATE,
        date_value=date(2018, 3, 1),
        date_value_precision=DatePrecision.MONTH,
    )

    assert figure.display == "March 2018"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234567", "1,234,567"),  # seven significant digits: words would round it
        ("1234000", "1,234,000"),
        ("1234567890123.25", "1,234,567,890,123.25"),
        ("999999", "999,999"),
        ("750000", "750,000"),  # only half and a quarter of a million are said as fractions
        ("240000", "240,000"),  # below a million: digits
        ("1000000000000000", "1,000,000,000,000,000"),  # beyond trillions: digits
        ("0.000000", "0"),
        ("-0", "0"),
    ],
)
def test_words_are_used_only_when_they_are_exact(value, expected):
    assert shown(value) == expected


@pytest.mark.parametrize(
    ("currency", "expected"),
    [
        ("USD", "$240 million"),
        ("AUD", "A$240 million"),  # "$" is the US dollar's alone
        ("CAD", "CA$240 million"),
        ("EUR", "€240 million"),
        ("GBP", "£240 million"),
        ("CNY", "CN¥240 million"),
        ("KES", "KES 240 million"),  # no English symbol: the code, then a space
        ("CHF", "CHF 240 million"),
    ],
)
def test_money_takes_its_currency_s_english_symbol(currency, expected):
    assert shown("240000000", Unit.CURRENCY, currency=currency) == expected


def test_money_is_never_said_as_a_fraction_of_a_million():
    assert shown("500000", Unit.CURRENCY, currency="USD") == "$500,000"
    assert shown("-240000000", Unit.CURRENCY, currency="USD") == "-$240 million"


def test_the_stored_value_stays_exact():
    figure = Figure(unit=Unit.CURRENCY, currency="USD", value=Decimal("240000000.000000"))

    assert figure.display == "$240 million"
    assert figure.value == Decimal("240000000")


def test_nearly_is_its_own_qualifier_distinct_from_about():
    assert Qualifier.NEARLY != Qualifier.ABOUT
    assert Qualifier.NEARLY.label == "nearly"
    assert shown("50", Unit.PERCENT, Qualifier.NEARLY) == "nearly 50%"
    assert shown("50", Unit.PERCENT, Qualifier.ABOUT) == "about 50%"


def test_every_unit_but_a_date_is_a_number_the_formatter_knows():
    assert {unit.value for unit in Unit} - {Unit.DATE.value} == figures_format.NUMBER_UNITS


def test_a_qualifier_nobody_knows_is_shown_rather_than_raised():
    assert shown("46", Unit.PERCENT, "just_about") == "just about 46%"


# -- what the figure reader (claims.figures_parser) makes of the words -------------------------


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "currency", "display"),
    [
        ("240000000", Unit.CURRENCY, Qualifier.EXACT, "USD", "$240 million"),
        ("4500000000", Unit.CURRENCY, Qualifier.MORE_THAN, "USD", "more than $4.5 billion"),
        ("4500000000", Unit.COUNT, Qualifier.EXACT, "", "4.5 billion"),
        ("46", Unit.PERCENT, Qualifier.EXACT, "", "46%"),
        ("1300000000", Unit.COUNT, Qualifier.EXACT, "", "1.3 billion"),
        ("500000", Unit.COUNT, Qualifier.EXACT, "", "half a million"),
        ("10", Unit.PERCENTAGE_POINTS, Qualifier.EXACT, "", "10 percentage points"),
        ("240000000", Unit.CURRENCY, Qualifier.EXACT, "AUD", "A$240 million"),
        ("240000000", Unit.CURRENCY, Qualifier.EXACT, "CAD", "CA$240 million"),
        ("240000000", Unit.CURRENCY, Qualifier.EXACT, "KES", "KES 240 million"),
    ],
)
def test_the_words_read_back_as_the_value(value, unit, qualifier, currency, display):
    assert shown(value, unit, qualifier, currency) == display

    [read] = find_figures(display)

    assert (read.value, read.unit, read.qualifier, read.currency) == (
        Decimal(value),
        unit,
        qualifier,
        currency,
    )


# -- properties ---------------------------------------------------------------------------------

# Any value a Figure can store: DecimalField(max_digits=24, decimal_places=6).
stored_values = st.decimals(
    min_value=Decimal("-999999999999999999.999999"),
    max_value=Decimal("999999999999999999.999999"),
    places=6,
    allow_nan=False,
    allow_infinity=False,
)
# Values with words: one to three significant digits, times a million, billion or trillion.
worded_values = st.builds(
    lambda digits, places, scale: Decimal(digits).scaleb(-places) * Decimal(10) ** scale,
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=2),
    st.sampled_from([6, 9, 12]),
).filter(lambda value: Decimal(10) ** 6 <= value < Decimal(10) ** 15)

_SCALES = {"million": Decimal(10) ** 6, "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_NUMBER = re.compile(r"(-?)\D*?([\d,]+(?:\.\d+)?)(?: (million|billion|trillion))?")
_FRACTIONS = {"half a million": Decimal(500_000), "a quarter of a million": Decimal(250_000)}


def read_back(display: str, said: str) -> Decimal:
    """The value a display says, read strictly: every digit shown, and nothing more."""
    text = display.removeprefix(f"{said} " if said else "")
    for words, value in _FRACTIONS.items():
        if text == words:
            return value
    match = _NUMBER.match(text)
    assert match, display
    sign, number, scale = match.groups()
    value = Decimal(number.replace(",", "")) * _SCALES.get(scale or "", Decimal(1))
    return -value if sign else value


# No deadline: the first call loads babel's locale data, and a busy CI machine is slow anyway.
@settings(deadline=None)
@given(
    value=stored_values,
    unit=st.sampled_from(sorted(figures_format.NUMBER_UNITS)),
    qualifier=st.sampled_from(Qualifier.values),
    currency=st.sampled_from(["USD", "EUR", "AUD", "CAD", "KES", "XOF", "JPY", "ZZZ"]),
)
def test_a_display_never_raises_and_shows_exactly_the_stored_value(
    value, unit, qualifier, currency
):
    display = shown(value, unit, qualifier, currency if unit == Unit.CURRENCY else "")
    said = "" if qualifier == Qualifier.EXACT else Qualifier(qualifier).label

    assert read_back(display, said) == value
    assert not re.search(r"\.\d*0(?!\d)", display), display  # no trailing zeros, ever
    assert not re.search(r"\dE", display), display  # never in exponent form


@settings(deadline=None)
@given(value=worded_values)
def test_words_read_back_through_the_figure_reader(value):
    display = shown(value)
    assert display.split()[-1] in _SCALES

    [read] = find_figures(display)

    assert read.value == value


# Beyond what a figure stores: any exponent within the size of a stored value, negative zero and
# trailing zeros included (babel itself cannot quantize past its 28-digit context).
any_decimals = st.decimals(
    min_value=Decimal("-1e18"), max_value=Decimal("1e18"), allow_nan=False, allow_infinity=False
).filter(lambda value: len(value.as_tuple().digits) <= 28)


@settings(deadline=None, max_examples=500)
@given(value=any_decimals | stored_values)
def test_grouped_digits_are_babel_s_own_for_every_value(value):
    """digits() writes English grouping with Python's "{:,f}" (babel is about five times slower on an
    API page of 150 figures): that text is, for every value, what babel's format_decimal gives."""
    from babel.numbers import format_decimal

    expected = format_decimal(
        figures_format._plain(value), locale=figures_format.LOCALE, decimal_quantization=False
    )

    assert figures_format.digits(value) == expected


def test_a_locale_that_does_not_group_by_threes_is_left_to_babel(monkeypatch):
    """The shortcut holds only for a pattern grouped in threes; a lakh grouping ("12,34,567")
    goes to babel, which knows it."""
    from babel import Locale

    monkeypatch.setattr(figures_format, "_LOCALE", Locale.parse("hi"))
    monkeypatch.setattr(figures_format, "_THOUSANDS", figures_format._thousands_table())

    assert figures_format._THOUSANDS is None
    assert figures_format.digits(Decimal("1234567")) == "12,34,567"
