"""A figure's number as a reader says it: "$240 million", "more than $4.5 billion", "46%",
"half a million", "10 percentage points". Pure (no Django): `claims.models.figure_display` calls
it for every place a figure is shown; the stored value stays exact.

The rules, in English (babel's CLDR data for locale "en" gives the words, the grouping and the
currency symbols):

- Words only when they are exact. A value of at least a million is said in millions, billions or
  trillions when it is that many of them with at most three significant digits ("240 million",
  "4.5 billion", "1.25 million"); anything else keeps all its digits, grouped ("1,234,567",
  "1,234,567,890,123.25"). So a display never rounds: it never says more, or less, than the
  figure holds, and "about" is the qualifier's word, never the formatter's.
- Exactly 500,000 and 250,000 are "half a million" and "a quarter of a million", as people say
  them (not for money: "$500,000" is how a sum is written). Below a million, otherwise digits.
- Never a trailing ".000000": 46.000000 is "46"; 12.50 is "12.5".
- Percent is "46%"; percentage points are "10 percentage points" ("1 percentage point");
  years are "10 years" ("1 year"). Neither percent nor points take words.
- Money takes CLDR's English symbol for its ISO code, which is unambiguous by design: "$" is
  only the US dollar; Australian and Canadian dollars are "A$" and "CA$" (CLDR's spelling, not
  "C$"), euros "€", pounds "£", yuan "CN¥". A code with no English symbol is written before the
  number with a space, as financial copy does: "KES 240 million", "CHF 3 million".
- A negative figure keeps its sign in front: "-3.5%", "-$240 million".
"""

import unicodedata
from decimal import Decimal
from typing import Final

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal, get_currency_symbol

LOCALE: Final = "en"
# Parsed once: given its name, babel parses the locale again on every call, which was a third of
# the time of a figure's display (an API page shows 150).
_LOCALE: Final = Locale.parse(LOCALE)

# The units a figure's number can have, as claims.models.Unit stores them (dates are not
# numbers: claims.models formats those).
PERCENT: Final = "percent"
PERCENTAGE_POINTS: Final = "percentage_points"
COUNT: Final = "count"
CURRENCY: Final = "currency"
YEARS: Final = "years"
NUMBER_UNITS: Final = frozenset({PERCENT, PERCENTAGE_POINTS, COUNT, CURRENCY, YEARS})

# The scales said in words, largest first; babel's compact "long" format names them.
_WORD_SCALES: Final = (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6)
_MOST_SIGNIFICANT_DIGITS_IN_WORDS: Final = 3
_FRACTIONS_OF_A_MILLION: Final = {
    Decimal(500_000): "half a million",
    Decimal(250_000): "a quarter of a million",
}


def significant_digits(value: Decimal) -> int:
    """How many significant digits an exact value has (240000000 has 2; 12.50 has 3)."""
    if value == 0:
        return 1
    return len(value.normalize().as_tuple().digits)


def digits(value: Decimal) -> str:
    """All of the value's digits, grouped, with no trailing zeros: 1,234,567.5."""
    plain = _plain(value)
    if _THOUSANDS is not None:
        return format(plain, ",f").translate(_THOUSANDS)
    return format_decimal(plain, locale=_LOCALE, decimal_quantization=False)


def _thousands_table() -> dict[int, str] | None:
    """When the locale's decimal pattern groups every three digits with no prefix or suffix but
    the minus sign (as English does), its digits are Python's "{:,f}" with the locale's symbols
    put in: the same text as babel's format_decimal, at about a fifth of its cost (1.5 against
    8.3 microseconds a value here; an API page shows 150 figures). tests/test_figures_format.py
    holds the two equal. None for any other pattern (a lakh grouping, say): babel formats those."""
    pattern = _LOCALE.decimal_formats[None]
    symbols = _LOCALE.number_symbols[_LOCALE.default_numbering_system]
    minus = symbols["minusSign"]
    if pattern.grouping != (3, 3) or pattern.prefix != ("", minus) or pattern.suffix != ("", ""):
        return None
    return str.maketrans({",": symbols["group"], ".": symbols["decimal"], "-": minus})


def in_words(value: Decimal) -> str | None:
    """ "240 million" for 240000000, or None when words would round the value."""
    size = abs(value)
    for scale in _WORD_SCALES:
        if size >= scale:
            count = size / scale
            if count < 1000 and significant_digits(count) <= _MOST_SIGNIFICANT_DIGITS_IN_WORDS:
                return format_compact_decimal(
                    _plain(value),
                    format_type="long",
                    locale=_LOCALE,
                    fraction_digits=_MOST_SIGNIFICANT_DIGITS_IN_WORDS - 1,
                )
            return None
    return None


def format_number(value: Decimal, *, fractions: bool = True) -> str:
    """A number as a reader says it: words when they are exact, grouped digits otherwise."""
    if fractions and value in _FRACTIONS_OF_A_MILLION:
        return _FRACTIONS_OF_A_MILLION[value]
    return in_words(value) or digits(value)


def currency_symbol(currency: str) -> str:
    """CLDR's English symbol for an ISO 4217 code ("$", "A$", "€"), or the code itself."""
    return get_currency_symbol(currency, locale=_LOCALE) if currency else ""


def format_money(value: Decimal, currency: str) -> str:
    """ "$240 million", "-€3.5 billion", "KES 240 million"."""
    sign = "-" if value < 0 else ""
    amount = format_number(abs(value), fractions=False)
    symbol = currency_symbol(currency)
    if not symbol:
        return sign + amount
    if unicodedata.category(symbol[-1]) == "Sc":  # "$", "A$", "€": no space before the number
        return f"{sign}{symbol}{amount}"
    return f"{sign}{symbol} {amount}"


def format_amount(value: Decimal, *, unit: str, currency: str = "") -> str:
    """A figure's number with its unit, without its qualifier."""
    if unit == PERCENT:
        return f"{digits(value)}%"
    if unit == PERCENTAGE_POINTS:
        return f"{digits(value)} {_plural(value, 'percentage point', 'percentage points')}"
    if unit == CURRENCY:
        return format_money(value, currency)
    if unit == YEARS:
        return f"{format_number(value, fractions=False)} {_plural(value, 'year', 'years')}"
    return format_number(value)


def format_figure(value: Decimal | None, *, unit: str, currency: str = "", said: str = "") -> str:
    """A number figure as a reader says it, after the qualifier's word `said` ("more than",
    "nearly"; empty for an exact figure). Empty when there is no value to show."""
    if value is None or not value.is_finite():
        return ""
    amount = format_amount(value, unit=unit, currency=currency)
    return f"{said} {amount}" if said else amount


_THOUSANDS: Final = _thousands_table()


def _plain(value: Decimal) -> Decimal:
    """The value without trailing zeros or a negative zero, never in exponent form."""
    if value == 0:
        return Decimal(0)
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    return Decimal(int(normalized)) if isinstance(exponent, int) and exponent > 0 else normalized


def _plural(value: Decimal, one: str, many: str) -> str:
    return one if abs(value) == 1 else many
