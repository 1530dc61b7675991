"""Reading figures as journalists write them: "over 1bn faces", "$4.5 billion", "nearly half",
"Twenty-three people", "one in four", "leads 48-41 percent", "between 30 and 40 percent".

General quantity libraries read "$301 million" as one dollar and "1.8m" as metres; this parser
knows newsroom style instead. It finds numbers in digits and in words (`claims.numbers`),
percentages, percentage points and basis points, money, measures written onto their number
("18km"), fractions ("one-third of"), shares ("one in four"), ranges and poll pairs, and vague
magnitudes ("millions of"), with the qualifier in front of them, and leaves alone what is not
a figure: years, financial years ("2027-28") and dates, times, ordinals, list markers, "No. 1"
and page numbers, phone numbers, model numbers, names ("Formula One", "FTSE 100").

Values are at full scale (1.8m is 1800000); a percentage stays a percentage (46 per cent is 46);
an amount is in the major unit (25 cents is 0.25) and a change in percentage points (6 basis
points is 0.06);
a fraction or share of something is a percentage too (one-third is 33.33, one in four is 25). A
range is two figures, its floor (at least) and its ceiling (up to), both of kind "range".
"""

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from babel import Locale
from babel.numbers import get_currency_name, list_currencies

from claims.numbers import (
    DIGITS_PATTERN,
    GROUP_SPACES,
    SCALE_WORDS,
    SHORT_INTEGER_WORDS_PATTERN,
    NumberInWords,
    find_number_words,
    read_digits,
    read_integer_words,
)

# Unit and Qualifier values as stored on claims.models.Figure (kept as plain strings here so the
# parser stays importable without Django).
PERCENT = "percent"
PERCENTAGE_POINTS = "percentage_points"
COUNT = "count"
CURRENCY = "currency"
YEARS = "years"

EXACT = "exact"
ABOUT = "about"
AT_LEAST = "at_least"
MORE_THAN = "more_than"
UP_TO = "up_to"
NEARLY = "nearly"
LESS_THAN = "less_than"

# The words in front of a figure, longest first so "just over" wins over "over". "Nearly",
# "almost" and "close to" say the true value is a little below the figure: a qualifier of their
# own (Figure's NEARLY), neither "about" (either side) nor "up to" (anywhere below).
QUALIFIERS: dict[str, str] = {
    "no fewer than": AT_LEAST,
    "no less than": AT_LEAST,
    "a minimum of": AT_LEAST,
    "upwards of": AT_LEAST,
    "upward of": AT_LEAST,
    "at least": AT_LEAST,
    "in excess of": MORE_THAN,
    "more than": MORE_THAN,
    "slightly more than": MORE_THAN,
    "a little more than": MORE_THAN,
    "just over": MORE_THAN,
    "well over": MORE_THAN,
    "slightly over": MORE_THAN,
    "a little over": MORE_THAN,
    "over": MORE_THAN,
    "above": MORE_THAN,
    # Business and sports pages' idioms for a little over or under a figure.
    "north of": MORE_THAN,
    "a shade over": MORE_THAN,
    "as many as": UP_TO,
    "as much as": UP_TO,
    "no more than": UP_TO,
    "not more than": UP_TO,
    "at most": UP_TO,
    "up to": UP_TO,
    "close to": NEARLY,
    "nearly": NEARLY,
    "almost": NEARLY,
    "just shy of": NEARLY,
    "shy of": NEARLY,
    "getting on for": NEARLY,
    "just under": LESS_THAN,
    "slightly under": LESS_THAN,
    "slightly less than": LESS_THAN,
    "a little under": LESS_THAN,
    "a little less than": LESS_THAN,
    "fewer than": LESS_THAN,
    "less than": LESS_THAN,
    "under": LESS_THAN,
    "below": LESS_THAN,
    "a shade under": LESS_THAN,
    "well under": LESS_THAN,
    "well below": LESS_THAN,
    "approximately": ABOUT,
    "approx.": ABOUT,
    "approx": ABOUT,
    "circa": ABOUT,
    "in the region of": ABOUT,
    "of the order of": ABOUT,
    "an estimated": ABOUT,
    "estimated": ABOUT,
    "roughly": ABOUT,
    "around": ABOUT,
    "about": ABOUT,
    "some": ABOUT,
}

SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    # The ringgit's press writes the scale onto its amount ("RM3.1bil", "RM940mil"); read only
    # after a currency (`_numeric`): alone, "50mil" may be a thickness in thousandths of an inch.
    "bil": 10**9,
    "mil": 10**6,
    # American business pages write a billion as "B" onto a dollar amount ("$1.61B", as "$412.6M"
    # is a million): read, like "bil", only after a currency ("4B" is a class or a pencil).
    "b": 10**9,
    # South Asia's scales ("Rs 5 crore", "12 lakh people"): read as such, not as a bare number
    # with a word after it, which would lose the amount.
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}

CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD",
    "$": "USD",  # a bare dollar sign is read as US dollars; the fact-checker confirms
    "€": "EUR",
    "£": "GBP",
    "rmb": "CNY",
    # The symbols CLDR's English writes (claims.figures_format shows money with them), so that
    # a figure as shown reads back as itself: "A$240 million", "CN¥5 million", "₹3 billion".
    "a$": "AUD",
    "au$": "AUD",
    "ca$": "CAD",
    "c$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "r$": "BRL",
    "mx$": "MXN",
    "cn¥": "CNY",
    "¥": "JPY",
    "₹": "INR",
    "₦": "NGN",
    "ksh": "KES",
    "kshs": "KES",
    # The Tanzanian and Ugandan shillings as their own press writes them ("TSh55.1 trillion",
    # "USh3,650").
    "tsh": "TZS",
    "ush": "UGX",
    # Uganda's press writes "Shs" before its shilling ("Shs35.2 trillion", "Shs 4,500").
    "shs": "UGX",
    "s$": "SGD",
    "nt$": "TWD",
    "₱": "PHP",
    "₩": "KRW",
    "₪": "ILS",
    "₽": "RUB",
    "₺": "TRY",
    "₴": "UAH",
    "฿": "THB",
    "₫": "VND",
    "₵": "GHS",
    "gh₵": "GHS",
    "gh¢": "GHS",
}
# ISO 4217 codes written before the number ("KES 240 million", "CHF 3 million"): the currencies
# a newsroom meets, not every code (some are words or names: ALL, TOP, CUP, TRY, RUB, PEN, MAD,
# PHP, COP as in "COP 28"; their symbols above stand for them).
ISO_CODES: tuple[str, ...] = ("USD", "EUR", "GBP", "CNY", "JPY", "INR", "AUD", "CAD", "NZD")
ISO_CODES += ("HKD", "CHF", "KES", "NGN", "ZAR", "GHS", "UGX", "TZS", "RWF", "ETB", "EGP", "BRL")
ISO_CODES += ("MXN", "SGD", "MYR", "TWD", "PKR", "BDT", "LKR", "IDR", "THB", "KRW", "AED", "SAR")
ISO_CODES += ("QAR", "ILS", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "UAH", "ZMW")
ISO_CODES += ("JOD", "KWD", "BHD", "OMR", "TND", "IQD", "LBP")
CURRENCY_SYMBOLS |= {code.lower(): code for code in ISO_CODES}
# The letters a country's own press writes before an amount, as "$" is written: the rand's "R"
# ("R340 million", "R21 400"), the naira's "N" ("N2.5bn"), the rupee's "Rs" ("Rs 3,000"; India's,
# the commonest in English news, as a bare "$" is the US dollar's), the rupiah's "Rp", the
# ringgit's "RM", the taka's "Tk" and the Kenyan shilling's "Sh" ("Sh2 billion"). Capitals as
# written only (a lowercase "r" or "sh" is a word's), and, where the letters name other things
# before a number too (the road "R2", "N95" masks, "Tk 8.6" the toolkit, an "R0" of 1.2), only
# in the shape of an amount: with a scale ("R1.8 billion") or grouped in thousands ("R21 400"),
# or, in a text that names their currency (`currencies_named`), priced as an amount is ("R15 a
# litre", "R52 to R58", "R47.60"; `_priced`). The Philippine peso's "P" names more things still
# (the tax form "P45", the school year "P7", a p-value, a part "P3"), as does the Zambian
# kwacha's "K" ("K2" the mountain, "K9" the dogs, "K-12"): each is read only in a text that
# names its currency, and only so shaped.
LETTER_PREFIXES: dict[str, str] = {
    "Rs": "INR",
    # The dirham's press writes "Dh" onto its amount ("Dh9.2 billion", "Dh4.50").
    "Dh": "AED",
    "Rp": "IDR",
    "RM": "MYR",
    "Sh": "KES",
    "Tk": "BDT",
    "R": "ZAR",
    "N": "NGN",
    "P": "PHP",
    "K": "ZMW",
    # The Gulf's and the Levant's press write their dinars, riyals and pounds with letters, a
    # space or none ("JD1.2 billion", "QR 500 million", "KD3m", "Dhs 4,500", "LE 1,500").
    "JD": "JOD",
    "QR": "QAR",
    "Dhs": "AED",
    "KD": "KWD",
    "BD": "BHD",
    "SR": "SAR",
    "RO": "OMR",
    "LE": "EGP",
}
# Letters that name other things before a number too ("SR 520" a state route, "BD 12" ...).
_AMOUNT_SHAPE_ONLY = frozenset({"R", "N", "Tk", "P", "K", "KD", "BD", "SR", "RO", "LE"})
# The letters written with a space or none before the amount; the others take none ("R 2").
_SPACED_LETTERS = ("JD", "QR", "Dhs", "KD", "BD", "SR", "RO", "LE")
_NAMED_TEXT_ONLY = frozenset({"P", "K"})
# Every letter prefix, longest first, as a pattern's alternation.
_LETTER_PREFIX_WORDS = "|".join(sorted(LETTER_PREFIXES, key=len, reverse=True))


def _lettered_dollars() -> dict[str, str]:
    """The dollars written as capitals before "$" ("EC$", "TT$", "BZ$"), from CLDR rather than a
    list: the symbol English writes for a currency, else a country's two letters whose dollar's
    ISO code they open (ISO 4217 names a currency by its country's code and a letter, "TTD")."""
    english = Locale.parse("en")
    dollars = {
        symbol.lower(): code
        for code, symbol in english.currency_symbols.items()
        if re.fullmatch(r"[A-Z]{1,3}\$", symbol)
    }
    for code in list_currencies():
        if code.endswith("D") and get_currency_name(code, locale=english).endswith(" Dollar"):
            dollars.setdefault(f"{code[:2].lower()}$", code)
    return dollars


# Capitals before "$" that name no dollar CLDR knows are no amount read (the currency would be
# a guess), but they are still read as a prefix, so that "ZZ$40" is not read as "$40".
LETTERED_DOLLARS: dict[str, str] = _lettered_dollars()
# A country's own press writes its dollar with one letter where CLDR writes two ("J$1.4
# billion" in Kingston is CLDR's "JM$"): the forms in use, each one country's.
LETTERED_DOLLARS |= {"j$": "JMD", "g$": "GYD", "n$": "NAD", "l$": "LRD"}
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rand": "ZAR",
    "rupees": "INR",
    "naira": "NGN",
    "ringgit": "MYR",
    "yen": "JPY",
}
# A currency hyphenated onto its amount, the singular describing a noun: "a 4,000-euro grant",
# "a 500-dollar fine" ("pound" is a weight as often: "a 10-pound turkey"). A note or a coin
# named by its value ("a 50-euro note") is no amount paid.
HYPHENED_CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "dollar": "USD",
    "yuan": "CNY",
    "yen": "JPY",
    "rupee": "INR",
    "rand": "ZAR",
    "naira": "NGN",
    "ringgit": "MYR",
}
# Names a text gives a currency that are not read beside an amount as that currency: "pesos" are
# Mexico's, Argentina's, Chile's ... as well as the Philippines', so "500 pesos" stays a count;
# a text that names the peso only confirms the letter its press writes ("P52", above). The
# kwacha is Malawi's as well as Zambia's (whose press writes "K350"; Malawi's "MK").
CURRENCY_NAMES_ONLY: dict[str, str] = {"peso": "PHP", "pesos": "PHP", "kwacha": "ZMW"}

_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMERATORS |= {"eight": 8, "nine": 9}
_DENOMINATORS: dict[int, tuple[tuple[str, str], ...]] = {
    3: (("third", "thirds"),),
    4: (("quarter", "quarters"), ("fourth", "fourths")),
    5: (("fifth", "fifths"),),
    6: (("sixth", "sixths"),),
    7: (("seventh", "sevenths"),),
    8: (("eighth", "eighths"),),
    9: (("ninth", "ninths"),),
    10: (("tenth", "tenths"),),
}
# The shares a reader meets in words without "of" after them ("nearly half said", "more than a
# quarter."); rarer fractions are read only as a share of something ("a sixth of").
_COMMON_DENOMINATORS = frozenset({"half", "third", "thirds", "quarter", "quarters"})


def _share(numerator: int, denominator: int) -> Decimal:
    """numerator / denominator as a percentage to two places (1 of 3 is 33.33), or to two
    significant figures where two places would round a rare event's share away (1 in 5,000 is
    0.02, 1 in 30,000 is 0.0033)."""
    exact = Decimal(100) * numerator / denominator
    places = max(2, 1 - exact.adjusted())
    value = exact.quantize(Decimal(1).scaleb(-places))
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def _fractions() -> dict[str, Decimal]:
    fractions = {"half": Decimal(50), "one-half": Decimal(50), "one half": Decimal(50)}
    for denominator, names in _DENOMINATORS.items():
        for singular, plural in names:
            article = "an" if singular[0] in "aeiou" else "a"
            for first in (article, "one"):
                fractions[f"{first} {singular}"] = _share(1, denominator)
                if first == "one":
                    fractions[f"one-{singular}"] = _share(1, denominator)
            for word, numerator in _NUMERATORS.items():
                if 1 < numerator < denominator:
                    for joiner in (" ", "-"):
                        fractions[f"{word}{joiner}{plural}"] = _share(numerator, denominator)
    return fractions


FRACTIONS: dict[str, Decimal] = _fractions()

# "Millions of faces": at least two million of them. Only when they count something ("of").
VAGUE: dict[str, int] = {
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2_000,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "millions": 2_000_000,
    "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000,
    "billions": 2_000_000_000,
}

MAX_VALUE = Decimal(10) ** 18  # Figure.value holds 18 digits before the point

MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|"
    "september|oct|october|nov|november|dec|december"
)


def _alternation(words: Any) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


_DASH = "-\u2010\u2011\u2012\u2013"  # hyphens and the figure and en dashes
_NOT_BEFORE = r"(?<![\w.,$€£/+\-\u2010\u2011\u2012\u2013\u2212])"
# A number given signed, the sign set off by a space, a bracket or a table's cell bar ("£142.3m
# (+6.1%)", "down -3.2%", "| −27 pts |", "+3.1 points — the rise in ..."): a change, a figure,
# read as its size ("fell 3.2%" is 3.2; the sign is the caller's, as `figure_input` reads it); a
# sign inside a word or code ("COVID-19") is no sign. The sign stays outside the figure's span.
_SIGNED = (
    r"(?:(?<=[\s(|][+\-\u2212])|(?<=^[+\-\u2212]))"
    rf"(?=(?:[$€£]|[A-Z]{{1,3}}\$|(?-i:{_LETTER_PREFIX_WORDS}))?\d)"
)
# "c.2,500", "~2,500": "about" as a mark written onto the number (`_MARKED_ABOUT`), which the
# lookbehind of `_NOT_BEFORE` would otherwise take for part of a code.
_CIRCA = r"(?<=[\s(](?-i:c)\.)|(?<=^(?-i:c)\.)"
_MARKED_ABOUT = re.compile(r"(?:(?<=[\s(])|^)(?:(?-i:c)\.\s?|~\s?)$")
# "2,500+ members", "£40m+": "or more" as a mark after the number, never a sum ("2+2").
_MARKED_MORE = re.compile(r"\+(?![\d+])")
_QUALIFIER = rf"(?:(?P<qual>{_alternation(QUALIFIERS)})\s+)?"
# Digits grouped the South Asian way, a lakh and a crore set off ("1,50,000", "12,34,56,789"):
# no Western grouping, so read as the one number it is; read as "1" it would be a wrong value.
# A comma after it that is the sentence's ("Rs 8,40,000, just above the limit") ends it.
_LAKH_GROUPED = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)(?:\.\d+)?"
# Digits grouped in thousands by an apostrophe, as the franc's press writes them ("CHF 3'605",
# "2'418 members", "12’500"): one number, which read as "1" and "371" would be two wrong ones.
_APOSTROPHE_GROUPED = r"\d{1,3}(?:['’]\d{3})+(?![\d'’])(?:\.\d+)?"
# A decimal comma, as continental Europe and Latin America write it and their speakers are quoted
# ("42,5 percent", "1,3 billion euros", "R$ 412,35"): one or two digits after the comma, where a
# thousands group has three, and only before a percentage, a scale or a currency's name, or after
# a currency's symbol, so that a list ("clauses 4,5 and 6") is not read as a number.
_DECIMAL_COMMA = (
    r"(?:(?<=[$€])|(?<=[$€]\s))\d{1,3},\d{2}(?![\d,])"
    r"|\d{1,3},\d{1,2}(?![\d,])(?=\s?%|[\s\-]*(?:per[\s\-]?cent|percent|thousand|million|"
    r"billion|trillion|euros?|reais|pesos|kroner|kronor|francs|zlotys?)\b)"
)
_NUMBER = rf"(?P<num>{_LAKH_GROUPED}|{_APOSTROPHE_GROUPED}|{_DECIMAL_COMMA}|{DIGITS_PATTERN})"
_SYMBOLS = _alternation(symbol for symbol in CURRENCY_SYMBOLS if not symbol.isalpha())
_CODES = _alternation(symbol for symbol in CURRENCY_SYMBOLS if symbol.isalpha())
# The letter prefixes, longest first, before the digits (a space only after two letters or a
# full stop: "Rs 3,000", "Rs.500", never "R 2").
_LETTERS = (
    rf"(?-i:(?:{'|'.join(_SPACED_LETTERS)})\s?(?=\d)|(?:Rs|Rp|Tk)\.?\s?(?=\d)|RM\s?(?=\d)"
    r"|(?:Dh|Sh|R|N|P|K)(?=\d))"
)
# One to three capitals before "$" name a dollar ("EC$870 million", "TT$4.5bn"), read by
# `LETTERED_DOLLARS`.
_LETTERED_DOLLAR = r"(?-i:[A-Z]{1,3})\$\s?"
_CURRENCY_PREFIX = rf"(?P<cur>{_SYMBOLS}|{_LETTERED_DOLLAR}|(?:{_CODES})\s?|{_LETTERS})?"
# The scales' abbreviations written onto a number ("£2.6trn", "$412.6M"), longest first where
# one opens another; those that are a scale only after a currency (`SCALES`).
_ATTACHED_SCALES = ("bn", "mn", "trn", "tn", "bil", "mil", "m", "k", "b")
_AFTER_A_CURRENCY = frozenset({"bil", "mil", "b"})
# A scale word may be written onto the number ("£350million"), as its abbreviation is ("£2.6trn").
_SCALE = (
    rf"(?:(?P<scale_attached>{'|'.join(_ATTACHED_SCALES)})\b"
    r"|[\s\-]*(?P<scale_word>thousand|million|billion|trillion|lakhs?(?:\s+crores?)?|crores?)\b"
    r"|\s+(?P<scale_abbr>bn|mn|trn|tn)\b)?"
)
# Pence written onto the number ("sells for 85p", "up 4p a litre", "fell 12p."): a lowercase p
# that ends the word, so that a clock time ("10pm", "4p.m."), percentage points ("3pp") and a
# code ("the 3P rule") are not read as money.
_PENCE = r"(?P<pence>(?-i:p))(?!\w|\.[^\W\d_])"
# "2,390 year-round beds", "40 year-end bonuses": the hyphen makes a compound adjective of the
# word after the number ("year-round"), so the number counts the noun, not years; an age or a
# span hyphenated onto its years ("a 12 year-old", "a 10 year-long study") stays one compound.
_NOT_ITS_OWN_COMPOUND = rf"(?![{_DASH}](?!(?:olds?|long)\b))"
# Measures whose abbreviation is written onto the number ("18km", "5kg", "28,450MW", "120kWh"):
# a count of the measure, as "612 kilometres" is, its abbreviation kept as written. Cased as
# written in the SI ("MW" megawatts, "Mbps"); "m" stays a scale ("£5m", "5m people"), as
# newsroom style writes millions, and a race named by its distance is no figure (`_RACE_AFTER`).
MEASURE_ABBREVIATIONS: tuple[str, ...] = ("mm", "cm", "km", "kms", "ft", "mi", "mph", "kph")
MEASURE_ABBREVIATIONS += ("km/h", "m2", "m²", "km2", "km²", "ha", "mg", "g", "kg", "ml", "cl")
MEASURE_ABBREVIATIONS += ("W", "kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh")
MEASURE_ABBREVIATIONS += ("KB", "MB", "GB", "TB", "Mbps", "Gbps")
# Session 55: sizes as web and storage reports write them ("1,953Kb", "a 2Kb rise", "4.7Gb").
MEASURE_ABBREVIATIONS += ("Kb", "kB", "kb", "Mb", "Gb", "Tb")
_MEASURES = rf"(?-i:{_alternation(MEASURE_ABBREVIATIONS)})(?![\w/])"
# A basis point is a hundredth of a percentage point ("rose 6 basis points", "a 25bp cut"),
# read as such: 6 basis points is 0.06 percentage points. "BP" in capitals is a company's.
_BASIS_POINTS = r"(?P<basis_points>[\s\-]+basis[\s\-]+points?\b|\s?(?-i:bps?)\b)"
# Cents of a currency the text names before them ("64.12 US cents", "40 euro cents").
_CENTS_OF: dict[str, str] = {"us": CURRENCY_SYMBOLS["us$"], "euro": HYPHENED_CURRENCY_WORDS["euro"]}
# What says an amount is a rate, after its unit: "per", "a" or "an" and a word ("a share", "per
# litre"), or a slash and a unit ("/L", "/kWh").
_PER_UNIT = r"\s+(?:per|a|an)\s+[^\W\d_]"
_AT_A_RATE = rf"(?:/\s?[^\W\d_]|{_PER_UNIT})"
# Cents quoted at a rate, as a price per litre, per kilo or per unit is ("44.5c/L", "0.5c/kWh",
# "412c a share", "44.5 cent per litre"): an amount in cents, though "50c" alone may be a coin
# or a name.
_CENTS_RATE = (
    rf"(?P<cents_rate>(?-i:c)(?={_AT_A_RATE})"
    rf"|\s+cents?(?={_PER_UNIT})"
    # "down from 210c.", "fell 22% to 412c", "up 80c": cents an amount moved from, to or by,
    # which the words before the number say (`_CENTS_MOVED`); alone, "50c" stays no figure.
    r"|(?-i:c)(?=[.,;:)]?(?:\s|$)))"
)
# A temperature in degrees Celsius written onto its number ("39.4C", "above 35C", "1.5C of
# warming"), an uppercase C that ends the word; a lowercase "c" is cents (`_CENTS_AFTER`). With
# the degree sign, Celsius or Fahrenheit ("1.5°C", "2 °C", "98.6°F"), session 56.
_CELSIUS = r"(?P<celsius>(?-i:\s?[°º]\s?[CF]|C))(?![\w°'’])"
_SUFFIX = (
    r"(?:(?P<pct>\s?%|[\s\-]+per[\s\-]?cent\b|[\s\-]*percent\b|\s+pc\b|(?-i:pc)\b)"
    # "0.4pp", "1.2 ppts": percentage points as economists shorten them.
    r"|(?P<points>[\s\-]+percentage[\s\-]+points?|\s?(?-i:pp|ppts?))\b"
    rf"|{_BASIS_POINTS}"
    # "a 4.5pts swing": "pts" may be written onto the number, as "pp" is.
    r"|(?:[\s\-]+(?P<bare_points>points?|pts)|(?P<bare_points_onto>(?-i:pts)))\b"
    rf"|\s+(?P<years>years?)\b{_NOT_ITS_OWN_COMPOUND}"
    # "a 10-cent fare increase": cents hyphenated onto their number, before what they price.
    # Irish and euro-area English say the singular ("unchanged at 80 cent"), in lower case:
    # "50 Cent" is a rapper (and "the 50 cent coin" a coin, `_COIN_AFTER`).
    # The cent sign is cents whatever follows ("for 99¢ on the gadget"), session 55.
    r"|(?:\s+(?:(?P<cents_of>(?-i:US)|euro)\s+)?|-(?=cent\b)|(?=¢))"
    r"(?P<cents>cents|(?<=-)cent|(?<=\d\s)(?-i:cent)|¢)(?:\b|(?<=¢))"
    rf"|{_CENTS_RATE}"
    r"|\s+(?P<pence_word>pence)\b"
    rf"|{_PENCE}"
    rf"|(?P<measure>{_MEASURES})"
    rf"|{_CELSIUS}"
    rf"|\s+(?P<curword>{_alternation(CURRENCY_WORDS)})\b)?"
)
# A term in digits hyphenated onto the agreement, the process or the span it describes ("a
# 30-year lease", "a 12-week public consultation", "a 30-year recovery period") is a figure,
# one word allowed between; other compounds ("a 15-year high", "11-year-olds", "a 14-day free
# trial", "the 12-month period to June" with no word saying which period) are not, nor is a
# term in words ("a three-year contract", as a compound of words reads). Weeks and months are
# held as a count, as a time in minutes is.
_TERM_NOUNS = (
    r"(?:(?:\s+(?-i:[a-z]+))?\s+(?:lease|contract|deal|loan|mortgage|sentence|ban|franchise|"
    r"concession|licen[cs]e|tenancy|agreement|guarantee|warranty|freeze|consultation|moratorium|"
    r"programme|program|inquiry|closure)s?\b|\s+(?-i:[a-z]+)\s+periods?\b)"
)
_TERM_YEARS = (
    rf"(?:-(?P<term_years>years?)(?={_TERM_NOUNS})"
    rf"|-(?P<term_span>weeks?|months?)(?={_TERM_NOUNS}))?"
)
_HYPHENED_CURRENCY = (
    rf"(?:[{_DASH}](?P<hyphen_cur>{_alternation(HYPHENED_CURRENCY_WORDS)})"
    r"(?=\s+[^\W\d_])(?!\s+(?:notes?|bills?|banknotes?|coins?|pieces?)\b))?"
)
# The second end of a range whose first says its scale in a word ("$54 million-$78 million"):
# the dash before it joins, it signs nothing.
_AFTER_A_SCALED_END = (
    r"(?:(?<=illion-)|(?<=illion\u2013)|(?<=thousand-)|(?<=thousand\u2013))(?=[$€£¥₹]|\d)"
)
NUMERIC_FIGURE = re.compile(
    rf"(?:{_NOT_BEFORE}|{_SIGNED}|{_CIRCA}|{_AFTER_A_SCALED_END}){_QUALIFIER}{_CURRENCY_PREFIX}{_NUMBER}{_SCALE}"
    rf"{_SUFFIX}{_TERM_YEARS}{_HYPHENED_CURRENCY}",
    re.IGNORECASE,
)
# Two numbers joined by a dash, the unit said once after the second: "48-41 percent", "30-40%",
# "$5-7bn", or the scale said with each ("€40m-€60m"). A poll or a score when the first is the
# larger or a contest is named; else a range.
PAIR_FIGURE = re.compile(
    rf"{_NOT_BEFORE}{_QUALIFIER}{_CURRENCY_PREFIX}(?P<first>{DIGITS_PATTERN})"
    r"(?:(?P<first_pct>\s?%)|(?P<first_scale>(?-i:bn|mn|m|k)))?"
    rf"\s?[{_DASH}]\s?(?P<cur2>US\$|\$|€|£)?{_NUMBER}{_SCALE}{_SUFFIX}(?![{_DASH}]?\d)",
    re.IGNORECASE,
)
# "1 in 5,000", "one in 20000": a rare event's share may be of thousands or millions.
_NUMBER_OR_WORDS = rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d{{1,7}}(?!,?\d)|{SHORT_INTEGER_WORDS_PATTERN}"
# "One in four", "3 in 10", "seven out of ten", "two of every five", "six in every hundred",
# "one in a thousand": a share, read as a percentage.
SHARE_FIGURE = re.compile(
    rf"{_NOT_BEFORE}{_QUALIFIER}(?P<n>{_NUMBER_OR_WORDS})\s+(?:(?P<noun>(?!out\b)[a-z]+)\s+)?"
    r"(?:in|out\s+of|of(?=\s+(?:every|each)\b))\s+(?:(?:every|each)\s+)?"
    rf"(?P<d>(?:an?\s+(?=(?:thousand|million)\b))?(?:{_NUMBER_OR_WORDS}))(?![\w\-])",
    re.IGNORECASE,
)
SPELLED_SCALED_FIGURE = re.compile(
    # Not the fraction after a whole ("thirty-one and a half thousand", "three and a quarter
    # million"), which the number words read with it.
    rf"(?<![\w-])(?<!\band\s){_QUALIFIER}(?P<cur>US\$|\$|€|£)?"
    # "a half million", "a quarter million", "a quarter-million", "three-quarters of a
    # million" as well (session 56): the part of the scale, which a number word reader alone
    # read as the whole scale.
    r"(?P<spelled>half\s+a|a\s+half|a\s+quarter(?:\s+of\s+a)?|three[\s-]quarters?\s+of\s+a|"
    r"several)(?:\s+|(?<=quarter)-)"
    r"(?P<scale_word>thousand|million|billion|trillion)\b"
    rf"(?:\s+(?P<curword>{_alternation(CURRENCY_WORDS)})\b)?",
    re.IGNORECASE,
)
# A fraction of a point: "a quarter of a percentage point", "half a point", "three-quarters of
# a point", "a quarter-point cut". The fraction sizes the point, not a share of something: a
# quarter of a percentage point is 0.25 percentage points, not 25%.
POINT_FRACTION_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?:(?P<part>half|{_alternation(FRACTIONS)})\s+(?:of\s+)?an?"
    r"\s+(?P<pct>percentage\s+)?point"
    r"|(?:an?\s+)?(?P<hyphened>half|quarter|three-quarter)-(?P<hpct>percentage-)?point)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# "Several hundred homes", "a few thousand jobs", "a couple of hundred people": an unstated
# number of a scale, at least two of it ("a couple of" says about two).
SOME_OF_A_SCALE: dict[str, tuple[int, str]] = {
    "a couple of": (2, ABOUT),
    "a few": (2, AT_LEAST),
    "several": (3, AT_LEAST),
}
SOME_OF_A_SCALE_FIGURE = re.compile(
    rf"(?<![\w-])(?P<some>{_alternation(SOME_OF_A_SCALE)})\s+"
    rf"(?P<scale>{_alternation(SCALE_WORDS)})\b(?![\w-])",
    re.IGNORECASE,
)
DOZEN_FIGURE = re.compile(
    # "a half-dozen" as American papers write half a dozen, session 55.
    rf"(?<![\w-]){_QUALIFIER}(?P<n>half\s+a|a\s+half|an?|{SHORT_INTEGER_WORDS_PATTERN})"
    r"(?:\s+|(?<=half)-)dozen\b(?![\w-])",
    re.IGNORECASE,
)
FRACTION_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<frac>{_alternation(FRACTIONS)})(?![\w\-\u2010\u2011])",
    re.IGNORECASE,
)
# "Nearly twice the national rate", "twice as many": a multiple, as "five times the rate" is
# (read as the count "five"); "twice a week", "was fined twice" say how often, not how much.
MULTIPLE_WORDS: dict[str, int] = {"twice": 2, "thrice": 3}
# What a multiple is of, opening the words after it ("twice the rate", "double their costs").
_MULTIPLIED = r"(?:the|that|this|its|their|his|her|our|what|those|these)\b"
MULTIPLE_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<multiple>{_alternation(MULTIPLE_WORDS)})"
    rf"(?=\s+(?:as\b|{_MULTIPLIED}))",
    re.IGNORECASE,
)
# A multiple said as an adjective before what it multiplies ("more than double the $190
# million", "is typically double the average", "saw \"roughly double\" the usual number"): a
# figure as "twice the" is, where a qualifier sizes it or a copula makes it a comparison; "to
# double the fund", "will double the fleet" are the verb, left alone as the verb is below.
MULTIPLE_ADJECTIVES: dict[str, int] = {"double": 2, "triple": 3, "treble": 3, "quadruple": 4}
MULTIPLE_ADJECTIVE_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<multiple>{_alternation(MULTIPLE_ADJECTIVES)})"
    rf"(?=[\"”’']?\s+{_MULTIPLIED})",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|now|already)\s+(?:(?:typically|usually|generally|"
    r"often|now|already|still|more\s+or\s+less)\s+)?[\"“‘']?$",
    re.IGNORECASE,
)
# A multiple said as a verb and sized by a qualifier ("rents had more than doubled", "fees
# roughly tripled"): as much a figure as "twice the cost". Without a qualifier the verb
# reports a change ("we doubled the fund", "fares have not tripled") more often than it
# sizes one, and is left alone.
MULTIPLE_VERBS: dict[str, int] = {"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4}
MULTIPLE_VERB_FIGURE = re.compile(
    # "Some doubling of capacity" is vaguer than "about": no size is given.
    rf"(?<![\w-])(?!some\b)(?P<qual>{_alternation(QUALIFIERS)})\s+"
    rf"(?P<verb>{_alternation(MULTIPLE_VERBS)})(?:ed|ing)\b(?![\w-])",
    re.IGNORECASE,
)
# A multiple written as "-fold" ("rose roughly fivefold", "a tenfold increase", "a 12-fold
# rise", "a three-fold rise"): as much a figure as "five times", with or without a qualifier
# ("manifold" and "twofold" as "of two kinds" are no number before "fold").
# So is a multiple written with "x" after its digits, as markets write it ("trades at 1.4x
# book value", "revenue grew 2.5x"): "4x4" and "x2" are no such figure.
FOLD_FIGURE = re.compile(
    rf"(?<![\w.-]){_QUALIFIER}(?:(?P<n>three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|thousand|\d{1,4}(?:\.\d)?)[-\u2010\u2011]?"
    r"fold|(?P<x>\d{1,4}(?:\.\d{1,2})?)[x\u00d7])\b(?![\w-])",
    re.IGNORECASE,
)
# A multiple said as a verb in the perfect ("the fee has doubled since 2014", "rents have
# now tripled"): a finished change of a stated size, as "more than doubled" is; "we doubled
# the fund", "wants the fleet doubled", "has not doubled" are left alone, as the bare verb is
# above. The figure is the verb alone.
PERFECT_MULTIPLE_FIGURE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|since|also|effectively|more\s+or\s+less)\s+)?"
    rf"(?P<verb>{_alternation(MULTIPLE_VERBS)})ed\b(?![\w-])",
    re.IGNORECASE,
)
# A point and a half as a change in a rate ("productivity grows by roughly a point and a half
# a year"): 1.5 points, as "half a point" is 0.5.
POINT_AND_A_HALF_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?:an?|one)\s+(?P<pct>percentage\s+)?point\s+and\s+a\s+half\b",
    re.IGNORECASE,
)
# A ratio written "N things for every M others" ("four requests for every five residents",
# "one nurse for every eight patients"): a share, as "four in five" is.
FOR_EVERY_FIGURE = re.compile(
    rf"{_NOT_BEFORE}{_QUALIFIER}(?P<n>{_NUMBER_OR_WORDS})\s+(?P<noun>[a-z]+)\s+for\s+every\s+"
    rf"(?P<d>{_NUMBER_OR_WORDS})(?:\s+[a-z]+)?(?![\w-])",
    re.IGNORECASE,
)
# A time given in two units ("1 minute 12 seconds", "2 hours 30 minutes"): one length, in the
# smaller unit, where the first number alone would be a wrong value.
_DURATION_UNITS = {
    "hour": 3600,
    "hr": 3600,
    "h": 3600,
    "minute": 60,
    "min": 60,
    "m": 60,
    "second": 1,
    "sec": 1,
    "s": 1,
}
DURATION_FIGURE = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,3})\s+(?P<u1>hours?|minutes?)\s+(?:and\s+)?"
    r"(?P<b>\d{1,2})\s+(?P<u2>minutes?|mins?|seconds?|secs?)\b"
    # The compact form a results table or a wait-times box writes ("4h 12m", "3hr 5min", "2m
    # 41s"): its "m" is minutes, never a million. A length in brackets is a video's or a
    # podcast's running time ("Watch the recording (1hr 24min)"), no figure.
    r"|(?<![\w.,£$€₹₦₱¥₩₵(])(?P<a2>\d{1,3})\s?(?P<u3>hrs?|h|mins?|m)\s+(?P<b2>\d{1,2})\s?"
    r"(?P<u4>mins?|m|secs?|s)\b",
    re.IGNORECASE,
)
# A length of time written as a clock writes one ("won in 2:21:07", "took an average of 4:35
# to answer"): read in seconds, as "1 minute 12 seconds" is. A clock's digits are otherwise a
# time of day ("at 14:32", "Updated 09:12"), which counts nothing, so only a word that asks
# for a length before them ("in", "took", "a time of", "an average of") or a unit after them
# ("4:35 minutes") makes them one; hours, minutes and seconds ("2:21:07") may follow any word
# but one that sets a time of day ("at", "until", "updated") or a date, and never open a line,
# where a live blog's entry writes its time ("up from 1:05:33" is a length). Two parts are
# minutes and seconds, unless "hours" follows.
_CLOCK_LENGTH_CUE = (
    r"(?:took|taking|takes|take|clocked|clocking|ran|run|runs|timed|averaged|averaging|"
    r"lasted|lasting|finished\s+in|finishing\s+in|won\s+in|winning\s+in|in\s+a\s+time\s+of|in|"
    r"(?:(?:[a-z]+['’]s|[a-z]+)[^\S\n]+)?(?:time|times|record|best|average|wait|length|pb|target|limit|standard)"
    r"(?:[^\S\n]+(?:of|was|is|at|stood\s+at|fell\s+to|rose\s+to)|:)?)"
)
CLOCK_DURATION_FIGURE = re.compile(
    rf"(?:(?<![\w'’])(?P<cue>{_CLOCK_LENGTH_CUE})[^\S\n]+(?:just\s+|only\s+|under\s+|over\s+|"
    r"about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
    r"|(?<=[^\s\d./:\-][^\S\n])|(?<=[(|][^\S\n])|(?<=[(|]))"
    r"(?P<a>\d{1,3}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?P<frac>\.\d{1,2})?(?![\d:])"
    r"(?P<unit>[^\S\n]*(?:hours?|hrs?|minutes?|mins?)\b)?",
    re.IGNORECASE,
)
# A clock's half of the day, after its hour ("9pm", "6 a.m.").
_HALF_OF_DAY = r"(?:am|pm|a\.m\.|p\.m\.)"
# What sets a time of day: the word before the digits ("at", "until", "updated"), or after
# them a clock's half of the day or zone ("9:30pm", "14:32 GMT", "local time").
_TIME_OF_DAY_BEFORE = re.compile(
    r"\b(?:at|until|till|til|before|after|since|around|updated|published|posted|modified|"
    r"timestamp|on|between|kick-?off|kicks\s+off|starts?|opens?|closes?|doors|"
    # "between 09:00:00 and 17:30:00"; "times of 2:21:07 and 2:22:40" are two lengths.
    r"between\s+\d{1,2}:\d{2}(?::\d{2})?\s+and)\s+$",
    re.IGNORECASE,
)
_TIME_OF_DAY_AFTER = re.compile(
    rf"\s?(?:{_HALF_OF_DAY}|gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|ist|sast|wat|"
    r"eat|aest|aedt|nzst|nzdt|local\b|[+-]\d{2}:?\d{2})(?!\w)",
    re.IGNORECASE,
)
# A share hyphenated into a compound ("a one-in-eight summer", "a one-in-250-year storm"): read as
# "one in six" is, the period of a return period kept in the figure's words.
HYPHENED_SHARE_FIGURE = re.compile(
    rf"(?<![\w\-]){_QUALIFIER}(?P<n>{_NUMBER_OR_WORDS})-in-(?P<noun>)"
    rf"(?P<d>{_NUMBER_OR_WORDS})(?:-(?:year|decade|century))?(?![\w\-])",
    re.IGNORECASE,
)
# Half of a unit as the size of a difference ("more than half a grade lower than", "half a
# star lower"): 0.5 of the unit, as "a quarter of a point" is a part of a point.
HALF_A_UNIT_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}half\s+an?\s+(?P<unit>[a-z]+)"
    r"(?=\s+(?:less|more|lower|higher|fewer|better|worse|smaller|larger|bigger|cheaper|dearer)\b)",
    re.IGNORECASE,
)
VAGUE_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<vague>{_alternation(VAGUE)})(?=\s+of\b)"
    # A count said as its magnitude after "in the" ("sales were in the tens of thousands",
    # "losses in the millions"), its clause closing on it; session 57.
    rf"|(?<=\bin\sthe\s)(?P<magnitude>{_alternation(VAGUE)})(?=\s*(?:[.,;:!?)]|$))",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(
    rf"(?<![\w-])(?P<qual>{_alternation(QUALIFIERS)})\s+$", re.IGNORECASE
)
_UNIT_AFTER = re.compile(_SUFFIX, re.IGNORECASE)

# What is written around a number that says it is not a figure.
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{MONTHS})\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
# A place in a ranking, which is a figure to check ("now ranks 23rd of 31 districts", "ranked
# 112th out of 180 markets", "fell to 27th", "finishing 14th in the world rankings"); "the 19th
# century", "her 21st birthday", "the 3rd floor", "she finished 3rd in the race" are none.
_RANKED_BEFORE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|(?:climb|rose|slipp|dropp|fell|jump|mov)(?:s|ed|ing)?\s+"
    r"(?:back\s+)?(?:to|into))(?:\s+(?:only|just|now|joint|equal))?\s+$",
    re.IGNORECASE,
)
_RANK_OF_AFTER = re.compile(
    r"^(?:st|nd|rd|th)\s+(?:(?:of|out\s+of)\s+(?:the\s+|all\s+)?\d|(?:place\s+)?in\s+the\s+"
    r"(?:[\w-]+\s+){0,3}(?:rankings?|table|standings|index|league))",
    re.IGNORECASE,
)


def _a_ranking(text: str, start: int, end: int) -> bool:
    """Whether an ordinal is a place in a ranking (`_RANKED_BEFORE`, `_RANK_OF_AFTER`)."""
    return bool(
        _RANKED_BEFORE.search(text[max(0, start - 40) : start])
        or _RANK_OF_AFTER.match(text[end : end + 30])
    )


# A year before 1800 ("created the service in 1789.", "since 1666, when"): a preposition of
# time before it and nothing it counts after it (session 56); "in 1500 cases" counts.
_EARLY_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|from|until|till|by|before|after|around|circa|c\.|year)\s+$", re.IGNORECASE
)
_EARLY_YEAR_AFTER = re.compile(
    r"(?:\s*(?:[.,;:)!?’”\"]|$)|\s+(?:and|when|the|as|to|by|after|before|under|during|with|"
    r"that|it|he|she|they|was|were|BC|AD|BCE|CE)\b)"
)


# "50c", "the 50 cent army": a coin or a name; "25 cents" is an amount (see _cents_currency).
_CENTS_AFTER = re.compile(r"^\s?(?:c|cent)\b(?!\s*%)", re.IGNORECASE)
# The words before an amount in cents that it moved from, to or by ("down from 210c", "to
# 412c", "up 80c", "cut by 5c").
_CENTS_MOVED = re.compile(r"\b(?:from|to|by|up|down)\s+$", re.IGNORECASE)
# Cents at a rate after the number, as `_CENTS_RATE` reads them ("412c a share", "44.5c/L").
_CENTS_AT_A_RATE = re.compile(rf"\s?c(?:ents?)?{_AT_A_RATE}", re.IGNORECASE)


def _cents_at_a_rate_or_moved(text: str, start: int, end: int) -> bool:
    """Whether "c" after a number is cents: at a rate ("412c a share", "44.5c/L"), or an
    amount the words before it moved from, to or by (`_CENTS_MOVED`)."""
    return (
        _CENTS_AT_A_RATE.match(text, end, end + 16) is not None
        or _CENTS_MOVED.search(text[max(0, start - 12) : start]) is not None
    )


# What says "N cent" in the singular is an amount, besides what says so of "50c" (a rate after
# it, or a move from, to or by it: `_cents_at_a_rate_or_moved`): a word of price or size
# before it ("at 80 cent", "pay 50 cent more"), or a change or a charge it sizes after it ("a
# 25 cent increase").
_CENT_AMOUNT_BEFORE = re.compile(
    r"\b(?:at|of|pay|pays|paid|paying|cost|costs|costing|charge|charges|charged|rise|rises|"
    r"rose|fall|falls|fell|another|extra|just|only|about|around|nearly|almost|over|under|than)"
    r"\s+$",
    re.IGNORECASE,
)
_CENT_AMOUNT_AFTER = re.compile(
    r"\scent\s+(?:increase|rise|hike|cut|reduction|discount|fare|charge|levy|fee|surcharge)s?\b",
    re.IGNORECASE,
)


def _cent_amount(text: str, start: int, end: int) -> bool:
    """Whether "N cent", its number at start..end, is an amount, not a name or a thing named
    by it ("the (in)famous 50 cent Army")."""
    return bool(
        _cents_at_a_rate_or_moved(text, start, end)
        or _CENT_AMOUNT_BEFORE.search(text, max(0, start - 12), start)
        or _CENT_AMOUNT_AFTER.match(text, end)
    )


# An amount in the major unit written with a symbol ("$2.75", "€1.40").
_SYMBOL_AMOUNT = re.compile(rf"(?P<cur>{_SYMBOLS})\s?\d", re.IGNORECASE)
_LABEL_WORDS = (
    r"(?:\bno\.?|#|\bnumber|\bpages?|\bpp?\.|\bchapters?|\bsections?|\barticles?|\bclauses?"
    r"|\bparagraphs?|\bfig(?:ure)?\.?|\btables?|\broom|\broute|\bflight|\bvol(?:ume)?\.?|\bepisode"
    r"|\bseason|\bphase|\bstage|\bversion"
    # A kind named by its number ("type 2 diabetes"), a school year ("Year 6 pupils", "Years 7
    # to 9"), a category or a band ("Category 1 calls", "Band 5 nurses").
    r"|\btype|(?-i:\b(?:Years?|Category|Categories|Bands?|Class|Key\s+Stage))"
    # "Top 40", "Top 10 places to live", "made the top ten": a chart's or a list's name;
    # "finishes in the top 10 of the race", "pay the top 15 in each race" counts the places a
    # rule reaches, a figure.
    r"|(?<!the\s)\btop"
    # A provision of a law or a contract cited by its number ("under rule 9", "regulation 14").
    r"|\brules?|\bregulations?|\bschedules?|\bannex(?:es)?|\bappendix|\bappendices"
    # A place or a band named by its number, capitalised as a name is ("Council member Ada
    # Moor (Ward 3)", "Platform 4", "Tier 2"): "in the district 5,000 homes" counts homes.
    r"|(?-i:\b(?:Wards?|Districts?|Precincts?|Platforms?|Gates?|Tiers?|Zones?|Terminals?|"
    r"Junctions?|Exits?|Divisions?|Blocks?|Units?|Levels?|Grades?|Piers?|Berths?|Sectors?))"
    # An identifier a page or a system gives ("Page ID: 10428", "Ref: 2231").
    r"|(?-i:\bID\b)\s*:|\bref(?:erence)?\s*(?:no\.?\s*)?:)"
)
_LABEL_BEFORE = re.compile(rf"{_LABEL_WORDS}\s*$", re.IGNORECASE)
_THE_TOP_BEFORE = re.compile(r"\bthe\s+top\s+$", re.IGNORECASE)
_RANK_SCOPE_AFTER = re.compile(r"\s+(?:of|in|on|at)\b", re.IGNORECASE)


# A day, a week or a round named by its number in a run of them ("on day four of the
# hearings", "in week 2 of the strike", "Round three, ..."): an index, where the number ends
# the phrase. "In one week 40 people were arrested" counts people.
_INDEX_NOUN_BEFORE = re.compile(r"\b(?:day|week|round|leg|lap)\s+$", re.IGNORECASE)
_INDEX_END_AFTER = re.compile(r"\s+of\b|\s*(?:[,.;:)]|$)")


def _is_index(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end numbers a day, a week or a round (`_INDEX_NOUN_BEFORE`)
    and ends its phrase (`_INDEX_END_AFTER`)."""
    return bool(
        _INDEX_NOUN_BEFORE.search(text, max(0, start - 8), start)
        and _INDEX_END_AFTER.match(text, end)
    )


def _is_list_name(text: str, start: int, end: int) -> bool:
    """Whether "the top N" at start..end names a chart ("made the top ten") rather than counting
    the places of a field it is drawn from (`_RANK_SCOPE_AFTER`: "the top 10 of the race")."""
    return bool(
        _THE_TOP_BEFORE.search(text[max(0, start - 10) : start])
        and not _RANK_SCOPE_AFTER.match(text, end)
    )


# The second of two labels cited together ("tables 1 to 4", "sections 3 and 7", "pages 12-14"),
# or the last of a list of them ("Wards 4, 7 and 9", "Years 7, 8, and 9"): a place in a
# document or a place, as the first is, not a count.
_LABEL_RANGE_BEFORE = re.compile(
    rf"{_LABEL_WORDS}\s*\d{{1,4}}[a-z]?(?:\s*,\s*\d{{1,4}}[a-z]?)*"
    rf"\s*(?:,\s*(?:and|or|&)|to|and|or|&|,|[{_DASH}])\s*$",
    re.IGNORECASE,
)
_LIST_MARKER_AFTER = re.compile(r"^[.)]\s")
_RATE_OR_PLUS_AFTER = re.compile(
    rf"^[{_DASH}](?:(?:a|an|per)[{_DASH}][^\W\d_]|(?P<plus>plus)\b|(?P<odd>odd)\b)", re.IGNORECASE
)
# The number a country's emergency line is called on, as the service's name after a word that
# picks one out ("made the first 999 call", "a 911 dispatcher", "the 000 service") or as what
# is dialled ("calls to 911", "dialled 999"): no count ("received 999 calls" is one).
_EMERGENCY_NUMBERS = frozenset({"999", "911", "000", "111", "112"})
_EMERGENCY_CALL = re.compile(
    r"\d+\s+(?:calls?|callers?|operators?|handlers?|dispatch\w*|services?|lines?|"
    r"cent(?:re|er)s?|system)\b",
    re.IGNORECASE,
)
_EMERGENCY_NAMED_BEFORE = re.compile(
    # Session 53: or whoever makes such calls ("unable to make 911 calls").
    r"(?:\b(?:a|an|the|first|second|third|last|her|his|their|its|our|my|your|no|make|makes|"
    r"making|made|place|places|placing|placed)|\d)\s+$",
    re.IGNORECASE,
)
_EMERGENCY_DIALLED_BEFORE = re.compile(
    # "calls to 999", "put through to 111": a call's; "up to 999" is a bound, and "deployed
    # 1,140 officials to 112 polling stations" counts stations.
    r"\b(?:(?:calls?|callers?|put\s+through|transferred|diverted|went|go|going)\s+to|dial|"
    r"diall?ed|dialing|dialling|call|called|calling|ring|rang|phoned)\s+$",
    re.IGNORECASE,
)
# "A 2p coin", "the 50p piece": a coin named by its value, not an amount paid.
_COIN_AFTER = re.compile(r"^\s+(?:coins?|pieces?)\b", re.IGNORECASE)
# The heights a screen or a video is described by ("streams in 1080p", "720p video"), and the
# words that say a height is one.
_RESOLUTIONS = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
_SCREEN_AFTER = re.compile(
    r"\s*(?:video|videos|resolution|screens?|displays?|streams?|streaming|footage|HD|cameras?|"
    r"quality|playback|recording|at\s+\d+\s*(?:fps|frames|hz))\b",
    re.IGNORECASE,
)
# A race or an event named by its distance: "the 400m hurdles", "a 5,000m race".
_RACE_AFTER = re.compile(
    r"^\s*(?:sprint|race|final|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|"
    r"relay|dash|heats?|semi-?finals?|steeplechase|individual|world\s+record|title)\b",
    re.IGNORECASE,
)
# A length, an area, a weight or a volume hyphenated onto the noun it measures ("a 1,240-km
# pipeline", "a 770-mile border", "a 40-tonne lorry") is a figure, as "1,240 km" is; not when
# the compound names an event by its distance ("a 10-mile race", as `_RACE_AFTER`) or pictures
# a named thing ("the 18-metre Seaspray", a boat by its length); "pound" is money as often ("a
# 10-pound note").
_MEASURE_WORDS = (
    r"(?:kilo|centi|milli)?met(?:re|er)|mile|foot|feet|yard|inch|acre|hectare|tonne|ton|"
    r"kilo(?:gram(?:me)?)?|gram(?:me)?|litre|liter|gallon|barrel"
)
_MEASURE_COMPOUND = re.compile(
    rf"[{_DASH}](?:(?-i:{_alternation(MEASURE_ABBREVIATIONS)})"
    rf"|(?:square[{_DASH}])?(?:{_MEASURE_WORDS}))(?![\w/-])(?!\s+(?-i:[A-Z]))"
    r"(?!\s*(?:sprint|race|run|swim|walk|ride|final|hurdles|relay|dash|heats?|steeplechase|"
    r"freestyle|backstroke|breaststroke|butterfly|medley|world\s+record|title)\b)",
    re.IGNORECASE,
)
# A clock time, alone or opening a span of hours ("from 6 to 9 AM", "7-10pm"). "(?!\w)", not
# "\b", after the hour's letters: "p.m." ends on a stop, and "\b" after it needs a word to
# follow, so "at 6 p.m. Tuesday" read as the figure 6.
_TIME_AFTER = re.compile(
    rf"^(?::\d|\s?{_HALF_OF_DAY}(?!\w)"
    rf"|\s*(?:to|until|till|-|–)\s*\d{{1,2}}(?:[:.]\d{{2}})?\s?{_HALF_OF_DAY}(?!\w))",
    re.IGNORECASE,
)
# A time on the 24-hour clock with its zone ("8:51 p.m. (1451 GMT)", "at 0930 UTC"), session
# 54.
_CLOCK_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_TIME_ZONE_AFTER = re.compile(
    r"\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|AEST|IST|JST"
    # Session 55: the other zones a wire's timestamp gives ("Updated 0203 GMT (1003 HKT)").
    r"|HKT|SGT|KST|CST|CDT|MST|MDT|AEDT|AWST|NZST|NZDT|WIB|MSK|EET|EEST|SAST|PKT|PHT|HST)\b"
)
# A radio station's frequency: "98.3 FM", "1215 MW", "95.8 MHz".
_FREQUENCY_AFTER = re.compile(r"^\s?(?:FM|MW|LW|DAB|[kMG]Hz)\b")
# Medium wave is tuned in kilohertz, 531 to 1,710 (long wave 148 to 283), and a station's
# "MW" is written as megawatts are ("909 MW", "a 660MW plant"): a whole number in that band is
# a frequency where its sentence speaks of radio and not of power ("Listen on 1215 MW"), else
# megawatts ("received only 418MW of its 760MW allocation"); a grouped, a decimal or a larger
# number ("28,450MW", "1.2MW", "2,400 MW") is megawatts.
_WAVEBAND_KHZ = range(148, 1711)
_MEGAWATTS_AFTER = re.compile(r"\s?MW\b")
_POWER_WORDS = re.compile(
    r"\b(?:power|electricity|energy|grid|plants?|capacity|generat\w*|demand|solar|wind|"
    r"turbines?|batter(?:y|ies)|reactors?|megawatts?|load|outages?|supply|"
    # The grid's own words for what a site draws ("raise its connection to 260 MW").
    r"connections?|substations?|transmission|data\s*cent(?:re|er)s?)\b",
    re.IGNORECASE,
)
_RADIO_WORDS = re.compile(
    r"\b(?:radio|listen\w*|tune[ds]?|tuning|stations?|broadcast\w*|frequenc\w*|wavelengths?|"
    r"medium[\s-]wave|long[\s-]wave|(?-i:FM|AM|DAB)|kHz|airwaves|on\s+air)\b",
    re.IGNORECASE,
)
_DATE_OR_VERSION_AFTER = re.compile(r"^[./]\d")
_TIME_WORDS_AFTER = re.compile(
    rf"^\s*(?:o['’]clock\b|{_HALF_OF_DAY}(?!\w)"
    r"|past\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)\b)",
    re.IGNORECASE,
)
# The word a bare number follows when it names a thing: "iPhone 15", "Apollo 11".
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]\w*) $")
_TIME_WORDS_BEFORE = re.compile(
    r"\b(?:quarter|half|five|ten|twenty|twenty-five)\s+(?:past|to)\s+$", re.IGNORECASE
)
# "Over the past three quarters", "in the next 12 months": a time frame, not a figure.
_PERIOD_BEFORE = re.compile(
    r"\b(?:past|last|next|previous|coming|first|final|recent|following|opening)\s+$",
    re.IGNORECASE,
)
_TIME_UNIT_END = re.compile(r"(?:days?|weeks?|months?|quarters?|years?|decades?)$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(
    r"^\s+(?:(?:calendar|fiscal|financial|full|consecutive|straight)\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?|decades?|hours?|minutes?|seasons?|centuries)\b",
    re.IGNORECASE,
)
# "The second half", "the past three quarters", "two and a half": not a share of anything.
_NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|latter|other|back|past|last|next|previous|recent|final|"
    r"consecutive|successive|straight|coming|a|in)\s+$",
    re.IGNORECASE,
)
_SHARE_OF_AFTER = re.compile(
    r"^\s+(?:of(?!\s+an?\b)|the|its|their|his|her|our|your|all|these|those|them|us)\b",
    re.IGNORECASE,
)
# "Half of a family's budget", "a third of an airline's revenue": "of a" reads as a measure
# ("half of a mile", "a quarter of a million") unless what follows is someone's, in which case
# the share is of what that one owns.
_SHARE_OF_POSSESSOR_AFTER = re.compile(r"^\s+of\s+an?\s+[\w-]+['’]s?(?![\w'’])", re.IGNORECASE)
# "171.4 million subscriptions, of which two-thirds use data", "3,900 evacuees, of whom a third
# ...": the relative pronoun names what the share is of, as "of the" after it would.
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|whom|these|those|them)\s+$", re.IGNORECASE)
# The words that say a figure changed: "rose", "fell by", "up from", "went from".
_CHANGE_VERBS = (
    r"rose|ris(?:e|es|en|ing)|fell|fall(?:s|en|ing)?|increased|decreased|grew|grown|dropped|"
    r"climbed|jumped|slipped|declined|went|moved|changed|up|down"
)
# "Nearly two-fifths of revenue, up from a quarter in 2019": the earlier share a change is
# measured from, said alone; "up from a quarter earlier" is a period of time, not a share.
_CHANGED_FROM_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS})\s+from\s+$", re.IGNORECASE)
_TIME_WORD_AFTER = re.compile(
    r"^\s+(?:earlier|ago|before|previously|prior|later|back)\b", re.IGNORECASE
)
# "Sales rose by a third", "cut by half", "cut by between a fifth and a quarter": a change by
# that share.
_BY_BEFORE = re.compile(r"\bby\s+(?:between\s+)?$", re.IGNORECASE)
# "A rise of about a third on 2024", "an increase of a quarter.": a change of that share, the
# share followed by what it is measured against or by the clause's end ("a rise of a third
# consecutive month" is an ordinal).
_CHANGE_OF_BEFORE = re.compile(
    r"\b(?:rise|increase|fall|drop|cut|decline|decrease|reduction|jump|growth|gain|loss|surge|"
    r"slump|slide|climb|uplift|hike)s?\s+of\s+$",
    re.IGNORECASE,
)
_CHANGE_SIZE_AFTER = re.compile(
    r"^\s*(?:[.,;:!?)\]]|$|(?:on|in|over|since|from|compared|against|across|during|than|to|"
    r"year-on-year)\b)",
    re.IGNORECASE,
)
# "Between a fifth and a quarter", "a tenth to a fifth of": the first end of a range of shares
# is a share when the second is ("and" only after "between": "a third and a quarter" may be
# two things).
_SHARE_RANGE_JOINER = re.compile(r"\s+(?:(?P<and>and)|to|or)\s+", re.IGNORECASE)
_BETWEEN_JUST_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# "Cut by a tenth to a fifth.": the second end of a range of shares a change is by.
_BY_SHARE_RANGE_BEFORE = re.compile(
    rf"\bby\s+(?:between\s+)?(?:(?:{_alternation(QUALIFIERS)})\s+)?(?:{_alternation(FRACTIONS)})"
    r"\s+(?:and|to|or)\s+$",
    re.IGNORECASE,
)
_CLAUSE_END_AFTER = re.compile(r"^\s*(?:[.,;:!?)\]]|$)")
# A share restated in brackets after it: "two-thirds (64%)", "a third (33.4 per cent)".
_RESTATED_AFTER = re.compile(r"^\s*\([^()]{1,20}\)")
# What a share of people does or can do ("more than half could not name", "a third would
# leave"): a modal verb after a share speaks for the share as a verb of saying does.
_SAYS_AFTER = re.compile(
    r"^\s+(?:said|say|says|were|are|was|is|had|have|has|did|do|does|voted|agreed|supported|"
    r"opposed|want|wanted|believe|believed|think|thought|expect|expected|reported|felt|feel|"
    r"could|can|cannot|can['’]t|couldn['’]t|would|wouldn['’]t|will|won['’]t|should|may|might|"
    r"must)\b",
    re.IGNORECASE,
)
# "A third less than forecast", "a quarter higher than a year earlier": a share as the size of
# a difference, said alone before the comparison.
_COMPARED_AFTER = re.compile(
    r"^\s+(?:less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|dearer|faster|slower)"
    r"\s+than\b",
    re.IGNORECASE,
)
# A share as the subject of a verb in the past ("two-thirds backed a walkout", "three-fifths
# involved generics", "a fifth voted for it"), perhaps after an adverb ("two-thirds narrowly
# opposed"). A plural fraction names no ordinal, so the word in "-ed" after it is its verb; "a
# fifth" may be an ordinal before an adjective ("a third armed man"), so its verb must be
# followed by its object or a preposition (`object` group).
_VERB_AFTER = re.compile(
    r"^\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b(?P<object>\s+(?:the|a|an|its|their|his|her|our|this|"
    r"that|these|those|them|it|to|for|in|on|at|by|with|from|against|into|out|up|down|off|"
    r"over|under)\b)?",
)
# How far along a thing is, after a share ("two-thirds full", "about half built", "a third of
# the way through the season"): a state, not a share of anything counted.
_STATE_AFTER = re.compile(
    r"^\s+(?:full|empty|complete|completed|finished|done|built|occupied|booked|through\s+the|"
    r"of\s+the\s+way)\b",
    re.IGNORECASE,
)
# A closing quotation mark between a share and what it is of ('"well over a third" of sales'):
# the words quoted are the speaker's, the share is still of the sales.
_CLOSING_QUOTE = re.compile(r"^[\"”’']")
# A field of a row set off by a bar or a middle dot ("Turnout 28.7% · Rejected 18") opens as a
# sentence does: its capital is the label's, not a name's.
_SENTENCE_OPENERS = ".!?:;\"“”‘’'([{—–-•*\n|·"
# Who leads whom: "leads 48-41", "won 3-1", "a 5-4 vote" name two figures, not a range. So
# does a game's result after the verbs a match report uses ("beating the Giants 6-5", "routed
# the Irish 55-24", "overcame his opponent 6-2, 7-5"), session 56.
CONTEST = re.compile(
    r"\b(?:lead(?:s|ing)?|led|trail(?:s|ed|ing)?|ahead|behind|beat(?:s|en|ing)?|won|wins?|"
    r"winning|lost|los(?:e|es|ing)|defeat(?:s|ed|ing)?|vot(?:e|es|ed|ing)|margin|passed|"
    r"edg(?:e|es|ed|ing)|tied|scor(?:e|es|ed)|split|majority|rout(?:s|ed|ing)?|"
    r"overc(?:ame|ome|omes|oming)|thrash(?:es|ed|ing)?|victory|triumph(?:s|ed)?|"
    # "drew 2-2 with X", where "drew 3-4,000 people" is a crowd's range.
    r"drew(?=\s+\d{1,2}\s?[-–]\s?\d{1,2}\b))\b",
    re.IGNORECASE,
)
# A tally's second number after its first ("241 to 186", "68-32").
_TALLY_GOES_ON = re.compile(r"\s*(?:[-–]|\s+to\s+)\s*\d{1,3}\b(?![\d,.]\d)")
# A result glossed after a dash or a colon, as a digest sets it: "48-41 — the lead for ...",
# or named by the noun after it, after any further sets ("a 3-1 win", "a 6-4, 6-0 victory").
CONTEST_GLOSS_AFTER = re.compile(
    r"\s*[—–:]\s*(?:the|a|an)\s+(?:lead|margin|score|vote|result|split|majority)\b"
    r"|(?:,\s*\d{1,2}\s?[-–]\s?\d{1,2})*\s+(?:victory|win|defeat|loss|triumph|thrashing|"
    r"drubbing|rout|draw|home\s+win|away\s+win)\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|ris(?:e|es|en|ing)|rose|fell|fall(?:s|en|ing)?|gain(?:s|ed|ing)?|lost|"
    r"los(?:e|es|ing)|drop(?:s|ped|ping)?|jump(?:s|ed)?|slip(?:s|ped)?|slid|climb(?:s|ed)?|"
    r"surg(?:e|es|ed)|plung(?:e|es|ed)|grew|grow(?:s|n)?|narrow(?:s|ed)?|widen(?:s|ed)?|"
    r"lead(?:s|ing)?|led|ahead|behind|trail(?:s|ed|ing)?|swing|swung|poll(?:s|ed|ing)?|margin|"
    r"increas(?:e|es|ed)|decreas(?:e|es|ed)|declin(?:e|es|ed)|went|moved)\b",
    re.IGNORECASE,
)
_CHANGE_NOUN_AFTER = re.compile(
    r"^\s+(?:lead|drop|fall|rise|gain|swing|increase|decrease|jump|margin|advantage|cut|hike|"
    r"deficit|gap|slide|decline|boost|loss)\b",
    re.IGNORECASE,
)
# The words of a poll, where points are a share's; of a game or a market, where they are counted.
_POLL_WORDS = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|approval|ratings?|voters|vote\s+share|support|"
    r"electorate|favourability|favorability|margin\s+of\s+error)\b",
    re.IGNORECASE,
)
_GAME_OR_INDEX_WORDS = re.compile(
    r"\b(?:half-?time|quarter|innings|match|games?|fixtures?|season|league|table|standings|"
    r"scor(?:e|es|ed|ing)|goals?|baskets?|touchdowns?|tries|clear|victory|defeat|tournament|"
    r"championship|play-?offs?|index|indices|shares|stocks|markets?|benchmark|trading)\b",
    re.IGNORECASE,
)
_A_PERCENTAGE = re.compile(r"%|\bper\s?cent\b|\bpercent", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_CHANGED_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS})\s+(?:by\s+)?$", re.IGNORECASE)
# Text that is a phone number, a date or a clock time as a whole, set aside before any figure.
_PHONE = re.compile(
    r"\+\d{1,3}(?:[ .\-]?\(?\d+\)?)+"
    r"|\(\d{2,5}\)\s?\d{3,4}[ .\-]?\d{3,4}"
    r"|(?<![\d,])(?<!\d[ .,\-\u00a0\u2009\u202f])0\d{1,4}[ .\-]\d{3,4}[ .\-]?\d{3,4}(?!\d)"
    r"|(?<!\d)\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d)"
)
_PHONE_DIGITS = 7
# Local numbers listed one after another ("Contact: 624-6456; 225-8452 or 225-8491"): phones,
# though each alone could be a range.
_LOCAL_PHONES = re.compile(
    r"(?<![\d.,\-])\d{3}-\d{4}(?:\s*(?:[;,/]|\bor\b|\band\b)\s*\d{3}-\d{4})+(?![\d\-])"
)
# A street address's number ("at 2344 Bragg St.", "120 Main Street") and a flat's or a
# suite's ("Apt. 1C", "Suite 400"): where, not how many.
_ADDRESS = re.compile(
    r"(?<![\d.,$€£])\d{1,5}[A-Za-z]?(?=\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Ter|Terrace|Pkwy|Parkway|"
    # Session 53: the other suffixes a street's name takes ("2134 Caldwell Place").
    r"Pl|Place|Ct|Court|Cir|Circle|Way|Sq|Square|Cres|Crescent|Hwy|Highway|Plaza)"
    # The street's name ends there ("120 Main Street in May"), not a name a count qualifies
    # ("40 High Street shops").
    r"\b\.?(?!\s+(?!(?:in|on|at|and|from|to|near|between|for|is|was)\b)[a-z]))"
    # ("Flat 5% growth" and "Unit 4 sales" are no flats.)
    r"|\b(?:Apt|Apartment|Suite|Ste)\.?\s+\d{1,5}[A-Za-z]?\b(?![%.,]\d|%)"
    # A post office box ("P.O. Box 69440", "PO Box 12"), session 53.
    r"|\bP\.?\s?O\.?\s+Box\s+\d{1,7}\b"
    # The block of a street a police report gives for where ("in the 23300 block of Wendle
    # Street"), session 55; "a block of flats" is no street's.
    r"|(?<![\d.,$€£])\d{1,6}(?=\s+block\s+of\s+(?:[NSEW]\.?\s+)?[A-Z0-9])"
)
# Digits in groups set off by single spaces ("1800 555 0172", "12 345 678") or by hyphens
# ("1-800-555-0139"): a thousands grouping, a phone number, or a year and a count.
_DIGIT_RUN = re.compile(
    rf"(?<![\d.,\w+\-])(?<!\d[{GROUP_SPACES}])\d+(?:[{GROUP_SPACES}]\d+)+(?![\d,]|\.\d|[\w-])"
    r"|(?<![\d.,\w+\-])\d+(?:-\d+){2,}(?![\d,]|\.\d|[\w-])"
)
_GROUP_SEPARATOR = re.compile(rf"[{GROUP_SPACES}\-]")
# What dials a number: "call 999", "ring the helpline on 13 14 50", "Tel: 020 ...", "Text HELP
# to 85258". A name or a pronoun may stand between the word and the number only with "on",
# "at" or "to" before the number, so that "call volumes reached 12 345" stays a count.
_DIAL_WORDS = (
    r"(?:(?:call|ring|dial|phone|telephone|text)(?:s|ing)?|tel|sms|whatsapp|freephone|freefone|"
    r"helpline|hotline|phoneline|infoline|contact)"
)
# A name may stand between the word and the number with "on" or "at" ("calling X Customer Care
# on 1800 563 722").
_DIALLED_BEFORE = re.compile(
    rf"\b{_DIAL_WORDS}\b(?:\s*[.:]|\s+(?:us|them|him|her|me|the\s[^.!?\d\n]{{1,50}}?|"
    r"our\s[^.!?\d\n]{1,40}?|[A-Z]{2,}|(?-i:[A-Z][\w’'&-]*)(?:\s+(?-i:[A-Z][\w’'&-]*)){0,3})"
    r"\s+(?:on|at|to)\b|\s+(?:on|at)\b)?\s*$",
    re.IGNORECASE,
)
# What may follow a dialled number ("call 999 if you see smoke", "Ring 111 or visit ..."); any
# other word after it is what it counts ("call 40 families").
_AFTER_DIALLED = re.compile(
    r"^(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:if|or|and|for|to|from|between|now|immediately|today|"
    r"anytime|any\s+time|24|free|day|during|before|after|in|with|as|which|who|where|quoting)\b)",
    re.IGNORECASE,
)
_DIALLED_NUMBER = re.compile(rf"\+?\(?\d+\)?(?:[{GROUP_SPACES}.\-]\(?\d+\)?)*(?![\d,]|\.\d)")
# A bibliographic identifier's digits are no figure: a DOI ("10.5521/acaq.2026.0114",
# "doi.org/10...."), an ISBN ("978-1-4028-9462-6") and an ISSN ("2049-3630").
_BIBLIOGRAPHIC_ID = re.compile(
    r"\b10\.\d{4,9}/\S*[\w/]"
    r"|\bE?ISBN(?:-1[03])?\s*:?\s*(?:\d[\s\-]?){9,12}[\dXx]\b"
    r"|\b[EP]?ISSN\s*:?\s*\d{4}[\s\-]?\d{3}[\dXx]\b",
    re.IGNORECASE,
)
# A live page's entry opens its line with the time it was posted, written with a point ("14.29
# Search teams are hoping ...", "10.58: The latest from ..."): a time, not a figure, where a
# capitalised word opens what follows; a scale, a unit or a currency after it ("2.50 Million",
# "12.45 Percent") is the number's own. Session 55.
# An hour and its minutes as a live page's entry gives them, with a point or a colon.
_ENTRY_HOUR = r"(?:[01]?\d|2[0-3])"
_ENTRY_MINUTES = r"[0-5]\d"
_ENTRY_TIME_OPENING = re.compile(
    rf"(?m)^{_ENTRY_HOUR}\.{_ENTRY_MINUTES}"
    r"(?=\s*[:–—-]?\s+[\"“‘(]?(?P<word>[A-Z][\w’']*))"
)
_NUMBERS_OWN_WORDS = frozenset(
    {*SCALES, "hundred", "percent", "per", "pc", "pct", "points", "pts", "dollars", "euros"}
    | {"pounds", "pence", "cents", "kg", "km", "miles", "metres", "meters", "feet", "tonnes"}
)
_DATE_OR_TIME = re.compile(
    r"(?<![\d.])\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}(?![\d.])|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
)

# A clock time in words ("at ten to seven", "half past six", "eight o'clock", "at three in the
# morning") sets a scene; it counts nothing. "From ten to seven" and "between five to ..." are a
# change or a range instead.
_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A unit after "five to ten" makes it a range ("five to ten percentage points", "ten to
# twelve years"), not a time of day.
_RANGE_UNIT_AFTER = (
    r"(?!\s*(?:%|per\s?cent|percent|percentage|points?|pts|times|years?|months?|weeks?|days?|"
    r"hours?|minutes?|hundred|thousand|million|billion)\b)"
)
_CLOCK_WORDS = re.compile(
    r"(?<![\w-])"
    r"(?:(?<!from\s)(?<!between\s)(?:five|ten|twenty|twenty-five|(?:a\s+)?quarter|half)\s+"
    r"(?:to|past)\s+"
    rf"(?:{_HOUR_WORDS}|noon|midnight){_RANGE_UNIT_AFTER}|(?:{_HOUR_WORDS}|\d{{1,2}})\s+"
    r"o['’]clock"
    # "at three in the morning", "by 11 at night", "queue from four in the morning": an hour
    # and the part of the day.
    r"|(?:(?<=at\s)|(?<=by\s)|(?<=from\s)|(?<=until\s)|(?<=till\s)|(?<=before\s)|"
    r"(?<=after\s)|(?<=around\s))"
    rf"(?:{_HOUR_WORDS}|\d{{1,2}})\s+(?:in\s+the\s+(?:morning|afternoon|evening)|"
    r"at\s+night))(?![\w-])",
    re.IGNORECASE,
)


def _is_thousands_grouping(groups: list[str]) -> bool:
    """Whether digit groups are one number grouped in thousands: "12 345 678"."""
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _is_phone_run(run: str) -> bool:
    """Whether digits in groups are a phone number rather than a number grouped in thousands
    ("1800 555 0172", "555 0172", "1 800 555 0139"): seven digits or more in groups that are
    no thousands grouping, and not a year before a count ("in 2023 155 people", "in 2021
    12 345 people"). Hyphens set off a phone's groups only (a range has two numbers)."""
    groups = _GROUP_SEPARATOR.split(run)
    digits = sum(len(group) for group in groups)
    if not 7 <= digits <= 15 or len(groups) < 2 or _is_thousands_grouping(groups):
        return False
    year = len(groups[0]) == 4 and 1800 <= int(groups[0]) <= 2100
    return not (year and _is_thousands_grouping(groups[1:]))


def _dialled_numbers(text: str) -> list[tuple[int, int]]:
    """Where a number follows a word that dials it (`_DIALLED_BEFORE`) and no noun it would
    count follows it (`_AFTER_DIALLED`): "call 999 if ...", "the helpline on 13 14 50"."""
    spans = []
    for match in _DIALLED_NUMBER.finditer(text):
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,$€£"):
            continue
        if _DIALLED_BEFORE.search(text[max(0, start - 70) : start]) and (
            _AFTER_DIALLED.match(text[end : end + 12]) or _phone_shaped(match.group())
        ):
            spans.append((start, end))
    return spans


def _phone_shaped(written: str) -> bool:
    """Whether a number after a word that dials it is written as a phone number, whatever
    follows it: a leading zero or plus, an area code in brackets, dots between groups, or
    groups that are no thousands grouping ("13 14 50"). "Ring 1200 residents" counts them."""
    if written[:1] in "+(0" or "." in written or ")" in written:
        return True
    groups = _GROUP_SEPARATOR.split(written)
    return len(groups) > 1 and not _is_thousands_grouping(groups)


# The groups of people whose ages bound them (`_AGE_BOUND_BEFORE`, `_GROUP_AGE_RANGE`).
_AGED_GROUPS = (
    r"people|those|anyone|everyone|adults|children|kids|teens|teenagers|men|women|patients|"
    r"residents|pupils|students|drivers|workers|voters|pensioners|viewers|users|consumers|"
    r"respondents"
)
# A group's ages written after it as a range of years old ("younger adults 18 to 24 years old",
# "women 50-70 years old"), session 55: both ends bound the group.
_GROUP_AGE_RANGE = re.compile(
    rf"\b(?:{_AGED_GROUPS})\s+"
    r"(?P<low>\d{1,3})\s*(?:to|[-–—])\s*(?P<high>\d{1,3})\s+years?\s+old\b"
    # The group named by its ages alone ("18-29 year olds", "18- to 29-year-olds"), session 57.
    r"|(?<![\w.,])(?P<low_olds>\d{1,3})-?\s*(?:to|[-–—])\s*\d{1,3}[\s-]+years?[\s-]+olds\b",
    re.IGNORECASE,
)


# An opinion offered as "my two cents" (or "two cents' worth"): an idiom, no sum. Session 55.
_TWO_CENTS = re.compile(
    r"\b(?:my|his|her|their|your|our|its)\s+two\s+cents(?:['’]?\s+worth)?\b", re.IGNORECASE
)


def _not_figures(text: str) -> list[tuple[int, int]]:
    """Where `text` writes phone numbers, bibliographic identifiers, dates and clock times (a
    live page's entry time too), addresses, the ages that bound a group (`_GROUP_AGE_RANGE`)
    and an idiom's sum (`_TWO_CENTS`)."""
    spans = [match.span() for match in _DATE_OR_TIME.finditer(text)]
    spans += [
        match.span()
        for match in _ENTRY_TIME_OPENING.finditer(text)
        if match.group("word").lower() not in _NUMBERS_OWN_WORDS
    ]
    spans += [match.span() for match in _BIBLIOGRAPHIC_ID.finditer(text)]
    spans += [match.span() for match in _DIGIT_RUN.finditer(text) if _is_phone_run(match.group())]
    spans += _dialled_numbers(text)
    spans += [match.span() for match in _CLOCK_WORDS.finditer(text)]
    spans += [
        match.span()
        for match in _PHONE.finditer(text)
        if sum(char.isdigit() for char in match.group()) >= _PHONE_DIGITS
    ]
    spans += [match.span() for match in _LOCAL_PHONES.finditer(text)]
    spans += [match.span() for match in _ADDRESS.finditer(text)]
    spans += [
        (match.start("low") if match.group("low") else match.start("low_olds"), match.end())
        for match in _GROUP_AGE_RANGE.finditer(text)
    ]
    spans += [match.span() for match in _TWO_CENTS.finditer(text)]
    return spans


@dataclass(frozen=True)
class ParsedFigure:
    """One figure found in a text, with where it was written."""

    value: Decimal
    unit: str
    qualifier: str = EXACT
    qualifier_text: str = ""
    scale: int = 1
    currency: str = ""
    as_written: str = ""
    start: int = 0
    end: int = 0
    kind: str = "number"  # number, fraction, vague, range

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": _plain(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "qualifier_text": self.qualifier_text,
            "scale": self.scale,
            "currency": self.currency,
            "as_written": self.as_written,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ParsedFigure":
        return cls(
            value=Decimal(data["value"]),
            unit=data["unit"],
            qualifier=data.get("qualifier", EXACT),
            qualifier_text=data.get("qualifier_text", ""),
            scale=int(data.get("scale", 1)),
            currency=data.get("currency", ""),
            as_written=data.get("as_written", ""),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            kind=data.get("kind", "number"),
        )

    def shifted(self, offset: int) -> "ParsedFigure":
        return replace(self, start=self.start + offset, end=self.end + offset)

    @property
    def decorated(self) -> bool:
        """Whether a unit, a currency or a scale is written with the number."""
        return self.unit != COUNT or self.scale != 1 or bool(self.currency)


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 1800000, 13.5, 33.33."""
    text = format(value.normalize(), "f")
    return text


def _full_scale(number: Decimal, scale: int) -> Decimal:
    """1.8 x 1,000,000 is 1800000, not 1800000.0."""
    value = number * scale
    if value == value.to_integral_value():
        return value.to_integral_value()
    return value


def _fold(words: str) -> str:
    return re.sub(r"\s+", " ", words.strip().lower())


def _qualifier(match: re.Match[str]) -> tuple[str, str]:
    raw = match.group("qual")
    if not raw:
        return EXACT, ""
    return QUALIFIERS[_fold(raw)], _fold(raw)


def _clause_before(text: str, start: int, limit: int = 60) -> str:
    """The words of the sentence in front of `start`, at most `limit` characters of them."""
    before = text[max(0, start - limit) : start]
    cut = max(before.rfind(mark) for mark in ".;!?\n")
    return before[cut + 1 :]


# A full stop after a title or an initial ("Mr. Obama", "Ada M. Moor") ends no sentence.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bGov)(?<!\bGen)(?<!\bProf)(?<!\b[A-Z])[.!?](?=\s|$)|\n"
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds text[start:end] (a decimal point ends none)."""
    window = max(0, start - 300)
    before = [found.end() for found in _SENTENCE_END.finditer(text, window, start)]
    after = _SENTENCE_END.search(text, end, end + 300)
    return text[before[-1] if before else window : after.start() if after else end + 300]


def _points_unit(text: str, start: int, end: int, value: Decimal) -> str:
    """Points are percentage points where a share moves ("up 4 points", "a 2.5-point drop") or
    percentages or a poll are the subject; index points and a game's points are counted, even
    when they lead or fall ("a 10-point lead at half-time")."""
    if value > 100:
        return COUNT
    sentence = _sentence_around(text, start, end)
    if _A_PERCENTAGE.search(sentence) or _POLL_WORDS.search(sentence):
        return PERCENTAGE_POINTS
    if _GAME_OR_INDEX_WORDS.search(sentence):
        return COUNT
    if (
        _A_PERCENTAGE.search(text[max(0, start - 200) : end + 200])
        or _CHANGE_BEFORE.search(_clause_before(text, start, 40))
        or _CHANGE_NOUN_AFTER.match(text[end : end + 20])
    ):
        return PERCENTAGE_POINTS
    return COUNT


def _unit(text: str, match: re.Match[str], start: int, value: Decimal) -> tuple[str, str]:
    """The unit and currency a match's groups write (count when none)."""
    groups = match.groupdict()
    currency = ""
    if groups.get("cur"):
        currency = currency_of_prefix(groups["cur"])
    elif groups.get("curword"):
        currency = CURRENCY_WORDS[_fold(groups["curword"])]
    elif groups.get("hyphen_cur"):
        currency = HYPHENED_CURRENCY_WORDS[groups["hyphen_cur"].lower()]
    if groups.get("cents") or groups.get("cents_rate"):
        if groups.get("cents_of"):
            return CURRENCY, _CENTS_OF[groups["cents_of"].lower()]
        return CURRENCY, _cents_currency(text, start, match.end())
    if groups.get("pence") or groups.get("pence_word"):
        return CURRENCY, "GBP"
    if groups.get("pct"):
        return PERCENT, currency
    if groups.get("points") or groups.get("basis_points"):
        return PERCENTAGE_POINTS, currency
    if groups.get("bare_points") or groups.get("bare_points_onto"):
        return _points_unit(text, start, match.end(), value), currency
    if currency:
        return CURRENCY, currency
    if groups.get("years") or groups.get("term_years"):
        return YEARS, ""
    return COUNT, ""


# A measure after a number, in words or abbreviated (`MEASURE_ABBREVIATIONS`, in any case here).
_MEASURE_AFTER = re.compile(
    rf"\s*(?:(?:{_alternation(MEASURE_ABBREVIATIONS)})(?![\w/])"
    r"|(?:m|kilomet(?:re|er)s?|met(?:re|er)s?|miles?|yards?|feet)\b)",
    re.I,
)


def _read_number(written: str) -> Decimal | None:
    """The value of digits as `_NUMBER` admits them, the South Asian grouping too."""
    if re.fullmatch(_LAKH_GROUPED, written):
        return Decimal(written.replace(",", ""))
    if re.fullmatch(_APOSTROPHE_GROUPED, written):
        return Decimal(re.sub("['’]", "", written))
    if re.fullmatch(r"\d{1,3},\d{1,2}", written):
        return Decimal(written.replace(",", "."))  # a decimal comma (`_DECIMAL_COMMA`)
    return read_digits(written)


def currency_of_prefix(written: str) -> str:
    """The ISO code of a symbol, a code or a letter prefix as written before an amount."""
    stripped = written.strip().rstrip(".").strip()
    return (
        LETTER_PREFIXES.get(stripped)
        or CURRENCY_SYMBOLS.get(stripped.lower())
        or LETTERED_DOLLARS.get(stripped.lower(), "")
    )


# The currencies a text may name to have their letters read (`_AMOUNT_SHAPE_ONLY`), and every
# way the tables above name them: a word ("rand", "pesos"), a symbol ("₦", "₱"), a code ("ZAR").
_CONTEXT_CURRENCIES = frozenset(LETTER_PREFIXES[letters] for letters in _AMOUNT_SHAPE_ONLY)
_CURRENCY_NAMING: dict[str, str] = {
    name: code
    for table in (CURRENCY_WORDS, HYPHENED_CURRENCY_WORDS, CURRENCY_SYMBOLS, CURRENCY_NAMES_ONLY)
    for name, code in table.items()
    if code in _CONTEXT_CURRENCIES
}
_CURRENCY_NAMED = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(name)}(?!\w)" if name.isalpha() else re.escape(name)
        for name in sorted(_CURRENCY_NAMING, key=len, reverse=True)
    ),
    re.IGNORECASE,
)


# A letter that names no currency alone, written before an amount with a scale word ("K640
# million", "P1.8 billion", "R4.2 million"): only money is counted so, and the text that writes
# it so uses the letter for its currency in its other amounts too ("K350 a bag", "R3.61 per
# kWh"), whether or not it names the currency in words.
_LETTER_WITH_SCALE = re.compile(
    rf"(?<![\w.])(?P<letters>(?-i:{'|'.join(sorted(_AMOUNT_SHAPE_ONLY))}))\d[\d,.]*[\s-]?"
    r"(?:million|billion|trillion|bn|mn)\b"
)


def currencies_named(text: str) -> frozenset[str]:
    """The ISO codes of the currencies `text` names (`_CURRENCY_NAMING`), or writes as a letter
    only money takes (`_LETTER_WITH_SCALE`), whose letter prefixes are read more widely, or at
    all, where their currency is named (`_AMOUNT_SHAPE_ONLY`)."""
    named = {_CURRENCY_NAMING[found.group(0).lower()] for found in _CURRENCY_NAMED.finditer(text)}
    named |= {
        LETTER_PREFIXES[found.group("letters")] for found in _LETTER_WITH_SCALE.finditer(text)
    }
    return frozenset(named)


# What prices an amount where the text names its currency (`_priced`): a rate after it ("a
# kilo", "per litre", "/kg"), the other end of a range in the same letters ("P52 to P58",
# "between P17 and P23"), cents ("P47.60"), or a word of price or cost in its sentence ("the
# price will be set at P49").
_RATE_AFTER = re.compile(r"\s*(?:(?:a|an|per|each)\s+[^\W\d_]|/\s?[^\W\d_])", re.IGNORECASE)
# The next cell of a table's row joins two amounts as a range's ends do ("| R22 | R24 |").
_RANGE_JOINER = r"\s*(?:to|and|or|[\-\u2013]|\|)\s*"
_CENTS = re.compile(r"\d\.\d{2}")
_PRICE_WORDS = re.compile(
    r"\b(?:prices?|priced|pricing|costs?|costing|fares?|fees?|paid|pays?|spent|spends?|worth|"
    r"sells?|sold|selling|charges?|charged|wages?|salar(?:y|ies)|subsid(?:y|ies)|"
    r"earns?|earned|earning|receives?|received|hikes?)\b",
    re.IGNORECASE,
)


def _priced(match: re.Match[str], letters: str) -> bool:
    """Whether an amount in `letters` is priced as an amount is (`_RATE_AFTER`, a range,
    `_CENTS`, `_PRICE_WORDS`)."""
    text, start, end = match.string, match.start(), match.end()
    other_end = rf"(?-i:{re.escape(letters)})\d"
    return bool(
        _RATE_AFTER.match(text, end)
        or re.match(rf"{_RANGE_JOINER}{other_end}", text[end : end + 12])
        or re.search(rf"{other_end}[\d.,]*{_RANGE_JOINER}$", text[max(0, start - 24) : start])
        or _CENTS.fullmatch(match.group("num")[-4:])
        or _PRICE_WORDS.search(_sentence_around(text, start, end))
    )


def _in_amount_shape(match: re.Match[str], named: frozenset[str] = frozenset()) -> bool:
    """Whether a prefix that names other things before a number too (`_AMOUNT_SHAPE_ONLY`:
    the road "R2", "N95" masks) writes an amount: the number has a scale ("R1.8 billion",
    "N2.5bn") or is grouped in thousands ("R21 400", "R1,250"), or the text names the currency
    (`named`) and prices it (`_priced`). "P" is read only where the text names the peso."""
    written = match.group("cur")
    letters = written.strip().rstrip(".").strip() if written else ""
    if letters not in _AMOUNT_SHAPE_ONLY:
        return True
    code = LETTER_PREFIXES[letters]
    if letters in _NAMED_TEXT_ONLY and code not in named:
        return False
    number = match.group("num") if "num" in match.groupdict() else ""
    first = match.groupdict().get("first") or ""
    grouped = any(not part.replace(".", "").isdigit() for part in (number, first) if part)
    if _scale(match) != 1:
        return True
    # "The R102 400 metres on": a road's number and a distance, not an amount in groups.
    if grouped and not _MEASURE_AFTER.match(match.string, match.end()):
        return True
    return code in named and _priced(match, letters)


def _in_minor_unit(match: re.Match[str]) -> bool:
    """Whether a match writes its amount in cents or pence, a hundredth of the major unit."""
    groups = match.groupdict()
    return bool(
        groups.get("cents")
        or groups.get("cents_rate")
        or groups.get("pence")
        or groups.get("pence_word")
    )


def _in_hundredths(match: re.Match[str]) -> bool:
    """Whether a match writes its figure in hundredths of the unit it is held in: cents and
    pence of the currency, basis points of a percentage point."""
    return _in_minor_unit(match) or bool(match.groupdict().get("basis_points"))


def _cents_currency(text: str, start: int, end: int) -> str:
    """Whose cents "25 cents" counts: the currency the sentence writes its other amounts in
    ("rise 25 cents, to €2.75"), else the dollar's, as a bare "$" is read."""
    found = _SYMBOL_AMOUNT.search(_sentence_around(text, start, end))
    return currency_of_prefix(found.group("cur")) if found else "USD"


def _scale(match: re.Match[str]) -> int:
    word = match.group("scale_attached") or match.group("scale_word") or match.group("scale_abbr")
    if not word:
        return 1
    # "Rs 2.5 lakh crore": a lakh of crores, a trillion.
    return math.prod(SCALES[part] for part in _fold(word).split())


# A day that opens a span of dates ("from 4 to 10 March", "between 3 and 9 May"): the month
# is said once, after the second day, and the first is as much a date as the second.
_DAY_RANGE_AFTER = re.compile(
    rf"\s*(?:to|until|till|and|[{_DASH}])\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b",
    re.IGNORECASE,
)
# The day that closes a span the month opens ("Oct. 12 to 16", "March 3 through 9").
_DAY_RANGE_BEFORE = re.compile(
    rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|until|till|through|thru|and|"
    rf"[{_DASH}])\s*$",
    re.IGNORECASE,
)
# A person's age set off by a comma after the name at the end of a sentence that quotes them
# ("... said the parish council's chairman, Ben Roe, 58."): who the speaker is, not a figure
# anyone claims (a place and its count there, "the fewest came from Northby, 12.", says no
# one said it). An age inside the sentence ("Ada Moor, 47, of Elm Road, was convicted of ...")
# is read, and left to intake to weigh beside the sentence's other figures.
_NAME_BEFORE_AGE = re.compile(r"(?-i:[A-Z])[\w’'-]*,\s$")
_AGE_CLOSES = re.compile(r"\.(?:\s|$)")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|explained|recalled|asked|wrote)\b", re.I)
# What an amount of a measure names when it sizes a pack ("a 25kg sack of flour", "a 400g tin"):
# the product, whose price is the figure, not a quantity of its own.
_PACK_AFTER = re.compile(
    r"\s+(?:bag|sack|tin|can|bottle|jar|pack|packet|box|block|bar|tub|carton|loaf|tray|punnet|"
    r"bunch|crate|drum|cylinder|pouch|sachet)s?\b",
    re.IGNORECASE,
)
# A container named after its capacity, perhaps with a word between ("a 240-litre black bin"):
# see `_numeric`.
_CONTAINER_AFTER = re.compile(
    r"(?:\s+(?-i:[a-z]+))?\s+(?:bins?|wheelie\s+bins?|caddy|caddies|bags?|sacks?|tins?|cans?|"
    r"bottles?|jars?|tubs?|cartons?|drums?|crates?|buckets?|jerrycans?|kegs?|casks?)\b",
    re.IGNORECASE,
)
_PACK_BEFORE = re.compile(r"\b(?:a|an|per|each|one)\s$", re.IGNORECASE)
# A venue's or a site's capacity hyphenated onto its noun, in thousands ("an 8,400-seat ground",
# "a 3,000-bed camp"): a figure, where a small compound ("a 14-room inn") describes.
_CAPACITY_COMPOUND = re.compile(rf"[{_DASH}](?:seat(?:er)?|bed|berth|place)s?\b(?![{_DASH}])")
_CAPACITY_LEAST = 1000
# A body's numbers hyphenated onto "strong" ("an 18,000-strong student body", "a 40-strong
# team"), session 56: how many it has, however few.
_MEMBERS_COMPOUND = re.compile(rf"[{_DASH}]strong\b(?![{_DASH}])", re.IGNORECASE)
# A term hyphenated onto the deal whose value follows it ("a four-year, $96 million
# deal", "a 3-year, £40m one"): the length of the deal, a figure as its value is.
_TERM_BEFORE_AMOUNT = re.compile(
    rf"[{_DASH}](?P<term>years?)\s*,\s*(?:{_SYMBOLS}|{_LETTERED_DOLLAR}|{_CODES}\s?|{_LETTERS})\d",
    re.IGNORECASE,
)


# The base a rate is given over, where the rate names a measure without its number ("the
# number of officers per 100,000 people", "deaths per 1,000 births"): a round power of ten the
# rate divides by, no count of its own. Where the rate's number is written just before it
# ("9.6 complaints per 1,000 passengers", "$312 per 1,000 cubic metres") the base is read with
# it, as before, the two being one statement.
_RATE_BASE_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
_RATE_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*%?(?:\s+[^\W\d_]+){0,3}\s+per\s+$")
_RATE_BASES = frozenset({"10", "100", "1000", "10000", "100000", "1000000"})
# A share that picks out a group by rank ("the poorest 10% of households", "the most deprived
# 10% of areas", "the top 1% of earners"): it says who is meant, not how much of something.
_RANKED_GROUP_BEFORE = re.compile(
    r"\bthe\s+(?:(?:most|least)\s+[a-z]+|top|bottom|poorest|richest|wealthiest|best|worst|"
    r"highest|lowest)\s+$",
    re.IGNORECASE,
)
# What follows such a group: whom it is drawn from ("of households", "in the country"), or the
# clause's end; "the lowest 2% rate" names a rate, a figure.
_GROUP_FROM_AFTER = re.compile(r"\s*(?:[.,;:)]|$|(?:of|in|among|across|nationally)\b)")


# "The 47 bus", "the 9 tram": a vehicle named by its route; "the 40 bus drivers" counts them.
_ROUTE_AFTER = re.compile(
    r"\s+(?:bus|tram|trolleybus)\b(?!\s+(?:routes?|lines?|stops?|services?|drivers?|lanes?|"
    r"passengers?|journeys?|fares?|users?|shelters?|companies|operators?|depots?))",
    re.IGNORECASE,
)


# The unit a page rounds its figures to ("Figures rounded to the nearest 1,000", "to the
# nearest £1m"): how the figures are written, no figure of its own.
_ROUNDED_TO_BEFORE = re.compile(r"\bto\s+the\s+nearest\s+$", re.IGNORECASE)


# A patent cited by its last three digits after an apostrophe ("the '318 patent").
_PATENT_SHORT_BEFORE = re.compile(r"(?:^|\s)['’]$")
_PATENT_AFTER = re.compile(r"\s+patents?\b", re.IGNORECASE)
# A number written as a version is ("7.7", "10.1", "4.0"): one or two places, under 100.
_VERSION_LIKE = re.compile(r"\d{1,2}\.\d{1,2}")
# A product's name of two capitalised words, or one with a capital inside, before it
# ("Galaxy Tab", "MacBook"); not one word alone ("Kelvasi 7.5"), nor an acronym ("GDP 2.5").
_PRODUCT_NAME_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[A-Z][a-z]+[ \t]+[A-Z][a-z]+|[A-Za-z][a-z]+[A-Z][A-Za-z]*)[ \t]+$"
)
# What may follow a product's number: the clause goes on with a preposition, a verb or a
# conjunction, or ends; not a unit or a noun counted ("Tab 7.7 inches", "United 2.5 goals").
_AFTER_A_PRODUCTS_NUMBER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|to|across|for|from|with|over|into|was|is|are|has|had|"
    r"will|would|and|or|as|by|which|that|who|sold|went|launched|tablet|phone)\b"
)


def _is_excluded_number(text: str, match: re.Match[str]) -> str:
    """Why the number at `match` is not a figure ("" when it is one)."""
    num_start, num_end = match.span("num")
    number = match.group("num")
    before = text[max(0, num_start - 12) : num_start]
    after = text[match.end() : match.end() + 12]
    number_after = text[num_end : num_end + 12]
    if _ROUNDED_TO_BEFORE.search(text[max(0, match.start() - 20) : match.start()]):
        return "the unit figures are rounded to (to the nearest 1,000)"
    # "ranks 23rd of 31": an ordinal that is a place in a ranking is a figure, no ordinal.
    ranking = bool(_ORDINAL_AFTER.match(number_after)) and _a_ranking(text, num_start, num_end)
    plain_integer = number.isdigit()
    decorated = bool(
        match.group("cur")
        or match.group("pct")
        or match.group("points")
        or match.group("bare_points")
        or match.group("bare_points_onto")
        or match.group("scale_attached")
        or match.group("scale_word")
        or match.group("scale_abbr")
        or match.group("years")
        or match.groupdict().get("term_years")
        or match.groupdict().get("term_span")
        or match.group("curword")
        or match.groupdict().get("hyphen_cur")
        or _in_hundredths(match)
        or match.group("measure")
        or match.group("celsius")
    )
    if number_after[:1].isalpha() and not (
        match.group("scale_attached")
        or match.group("scale_word")
        or match.group("pct")
        or match.group("curword")
        or match.group("bare_points")
        or match.group("bare_points_onto")
        or match.group("basis_points")
        or match.group("pence")
        or match.group("measure")
        or match.group("cents_rate")
        or match.group("celsius")
        # "rose 0.4pp", "fell 3pp": percentage points written onto the number; "a 48pp
        # report" counts pages.
        or (match.group("points") and not re.search(r"\b(?:a|an|the)\s+$", before))
        or ranking
    ):
        return "part of a word or code"
    if (match.group("pence") or match.group("cents")) and _COIN_AFTER.match(after):
        return "a coin (a 2p piece, a 50-cent coin)"
    if match.group("pence") and _is_resolution(text, match):
        return "a screen's resolution (1080p)"
    if match.group("scale_attached") == "K" and not match.group("cur") and len(number) == 1:
        return "a code (4K, 8K)"
    if (
        # Session 54: a processor's "4790k" in lower case too.
        match.group("scale_attached") in ("M", "B", "K", "k")
        and not match.group("cur")
        and re.fullmatch(r"\d{4,}", number)
    ):
        # "a Radeon 5500M", "the 4000K lamp": a scale letter on four digits or more, with no
        # grouping and no currency, is a model's or a colour's code; millions are written
        # "5.5bn" or "5,500 million", not so.
        return "a code (5500M)"
    if len(number) > 1 and number[0] == "0" and number[1].isdigit():
        return "a code or a phone number (leading zero)"
    if _PATENT_SHORT_BEFORE.search(before) and _PATENT_AFTER.match(text, num_end):
        return "a patent's short number (the '318 patent)"
    if (
        _VERSION_LIKE.fullmatch(number)
        and not decorated
        and not match.group("qual")
        and _PRODUCT_NAME_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        and _AFTER_A_PRODUCTS_NUMBER.match(text, num_end)
    ):
        # "the Galaxy Tab 7.7": a model's number after its name.
        return "part of a name (Galaxy Tab 7.7)"
    if re.match(r",\d", number_after):
        # "5,5 million", "Rs 1,5,00": a decimal comma or a grouping this parser does not read;
        # the digits before the comma alone would be a wrong value.
        return "a decimal comma or an unread grouping"
    if _ORDINAL_AFTER.match(number_after) and not ranking:
        return "ordinal"
    if _ERA_AFTER.match(text, num_end):
        return "a year of an era (500 BC)"
    if (
        _TIME_AFTER.match(text[num_end : num_end + 20])
        or before.endswith(":")
        or (_CLOCK_HOURS.fullmatch(number) and _TIME_ZONE_AFTER.match(text, num_end))
    ):
        return "time of day"
    if "^" in text[num_start - 1 : num_start] + text[num_end : num_end + 1]:
        return "part of a formula (2^15)"
    if (
        plain_integer
        and not decorated
        and number in _EMERGENCY_NUMBERS
        and (
            (_EMERGENCY_CALL.match(text, num_start) and _EMERGENCY_NAMED_BEFORE.search(before))
            or _EMERGENCY_DIALLED_BEFORE.search(text[max(0, num_start - 24) : num_start])
        )
    ):
        return "an emergency number (a 999 call)"
    if _FREQUENCY_AFTER.match(number_after) and not _is_megawatts(text, match):
        return "a radio frequency (98.3 FM)"
    if _DATE_OR_VERSION_AFTER.match(number_after):
        return "a date or a version number"
    if _CENTS_AFTER.match(number_after) and not (
        (match.group("cents_rate") and _cents_at_a_rate_or_moved(text, num_start, num_end))
        or match.group("celsius")
        # "unchanged at 80 cent", "by 20 cent", "a 25 cent increase": the singular said as an
        # amount, where the words around it say so (not "the (in)famous 50 cent Army").
        or (match.group("cents") == "cent" and _cent_amount(text, num_start, num_end))
    ):
        return "cents without a currency"
    if match.group("celsius") and _names_a_thing(text, match.start()):
        return "part of a name (Flat 3C, Form 4C)"
    if (
        _LABEL_BEFORE.search(before)
        or _LABEL_RANGE_BEFORE.search(text[max(0, num_start - 40) : num_start])
        or _is_list_name(text, num_start, match.end())
        or _is_index(text, num_start, num_end)
    ):
        return "a rank or label (No. 1, page 12)"
    if (
        _RATE_BASE_BEFORE.search(before)
        and number.replace(",", "") in _RATE_BASES
        and not _RATE_NUMBER_BEFORE.search(text[max(0, num_start - 50) : num_start])
    ):
        return "the base of a rate (per 100,000 people)"
    if (
        match.group("pct")
        and _RANKED_GROUP_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        and _GROUP_FROM_AFTER.match(text, match.end())
    ):
        return "a group defined by rank (the poorest 10%)"
    if after[:1] in _DASH and after[1:2].isalpha():
        # An amount stays one in a rate or with "plus" ("a £100m-a-year deal", "a £40m-plus
        # bid"), and any number with "plus" or "odd"; any other compound describes a noun ("a
        # 5-day visit", "a 5-a-side pitch").
        amount = bool(match.group("cur")) or _scale(match) != 1 or _in_minor_unit(match)
        measured = not match.group("cur") and (
            _MEASURE_COMPOUND.match(text, match.end())
            or _is_capacity(text, match)
            or _MEMBERS_COMPOUND.match(text, match.end())
            or _TERM_BEFORE_AMOUNT.match(text, match.end())
        )
        joined = _RATE_OR_PLUS_AFTER.match(after)
        # "300-plus homes", "12,000-odd homes": a count's bound, no compound, whatever it counts.
        bound = joined is not None and bool(joined.group("plus") or joined.group("odd"))
        if not ((amount and joined) or bound) and not measured:
            return "part of a compound (a 5-day visit)"
    if (
        (match.group("scale_attached") == "m" or match.group("measure"))
        and not match.group("cur")
        and _RACE_AFTER.match(after)
    ):
        return "an event named by its distance or weight (the 400m hurdles, a 5km race)"
    if match.group("measure") and _PACK_BEFORE.search(before) and _PACK_AFTER.match(after):
        return "the size of a pack that names the product (a 25kg sack)"
    if plain_integer and not decorated:
        if 1800 <= int(number) <= 2100:
            return "year"
        if (
            1000 <= int(number) < 1800
            and _EARLY_YEAR_BEFORE.search(before)
            and _EARLY_YEAR_AFTER.match(text, num_end)
        ):
            return "year (before 1800, after a preposition of time, ending its phrase)"
        if text[num_start - 1 : num_start] == "[" and text[num_end : num_end + 1] == "]":
            return "a reference to a paragraph or a note ([3])"
        if int(number) <= 31 and _DAY_RANGE_AFTER.match(text, num_end):
            return "date (the first day of a span)"
        if int(number) <= 31 and _DAY_RANGE_BEFORE.search(text[max(0, num_start - 24) : num_start]):
            return "date (the last day of a span)"
        if (
            not match.group("qual")
            and int(number) < 120
            and _NAME_BEFORE_AGE.search(text[max(0, num_start - 40) : num_start])
            and _AGE_CLOSES.match(text, num_end)
            and _SAID_BEFORE.search(_clause_before(text, num_start, 160))
        ):
            return "a person's age after the name"
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return "date"
        line_start = text.rfind("\n", 0, num_start) + 1
        if not text[line_start:num_start].strip() and _LIST_MARKER_AFTER.match(number_after):
            return "list marker"
        if (
            not match.group("qual")
            and _names_a_thing(text, match.start())
            # "The bill passed the House 241 to 186": a tally after the chamber it was cast in.
            and not (
                _TALLY_GOES_ON.match(text, num_end)
                and CONTEST.search(_clause_before(text, num_start))
            )
        ):
            return "part of a name (iPhone 15, Apollo 11)"
        if not match.group("qual") and _MODEL_WORD_AFTER.match(text, num_end):
            # "the iPhone 11 and 11 Pro models", "the 11 Pro Max": a model's name, its line's
            # name left out.
            return "part of a name (11 Pro)"
    if (
        plain_integer
        and not decorated
        and _THE_BEFORE.search(before)
        and _ROUTE_AFTER.match(text, match.end())
    ):
        return "a bus or a tram named by its route (the 47 bus)"
    if number_after[:1] in _DASH and number_after[1:2].isdigit():
        return "a range or code"
    if _is_threshold(text, num_start, num_end):
        return "the line of a category in time (patients waiting more than 52 weeks)"
    if plain_integer and not decorated and _is_age_bound(text, num_start, num_end, Decimal(number)):
        return "an age that bounds a group (people over 65)"
    if (
        plain_integer
        and not (match.group("cur") or match.group("pct") or match.group("measure"))
        and _is_persons_age(text, num_start, num_end, Decimal(number))
    ):
        return "a person's age (who was 21 at the time, at age 69)"
    if not match.group("qual") and _is_period(text, match.start(), match.end()):
        return "a time frame (the past 12 months)"
    if not match.group("qual") and not decorated and _is_incidental(text, num_start, num_end):
        return "a count in passing (two people familiar with it, the three largest)"
    return ""


def _is_capacity(text: str, match: re.Match[str]) -> bool:
    """Whether a number is a capacity in thousands hyphenated onto its noun (`_CAPACITY_COMPOUND`)."""
    number = _read_number(match.group("num"))
    return (
        number is not None
        and number >= _CAPACITY_LEAST
        and _CAPACITY_COMPOUND.match(text, match.end()) is not None
    )


def _is_megawatts(text: str, match: re.Match[str]) -> bool:
    """Whether "MW" after a number is megawatts, not a medium-wave frequency (`_WAVEBAND_KHZ`)."""
    num_start, num_end = match.span("num")
    if not _MEGAWATTS_AFTER.match(text, num_end):
        return False
    number = match.group("num")
    if not number.isdigit() or int(number) not in _WAVEBAND_KHZ:
        return True
    sentence = _sentence_around(text, num_start, num_end)
    return bool(_POWER_WORDS.search(sentence)) or not _RADIO_WORDS.search(sentence)


def _is_resolution(text: str, match: re.Match[str]) -> bool:
    """Whether "1080p" is a screen's or a video's resolution: one of the standard heights,
    written in a format ("streams in 1080p") or before what it describes ("720p video"); a
    price at the same number ("shares closed at 720p") is an amount. A height in four digits is
    a resolution wherever it stands ("a 15-inch 1080p laptop"): pence past a thousand are
    written in pounds."""
    # A height may be grouped as a number is ("1,440p"), session 54.
    height = match.group("num").replace(",", "")
    if height not in _RESOLUTIONS:
        return False
    return len(height) == 4 or bool(
        _SCREEN_AFTER.match(text, match.end())
        or re.search(r"\bin\s+$", text[max(0, match.start() - 4) : match.start()])
    )


# A word that names a model after its number, as a maker writes it ("11 Pro", "10 Plus").
_MODEL_WORD_AFTER = re.compile(r" (?:Pro|Max|Plus|Mini|Ultra|Lite|SE|XL|XS)\b(?![-’'])")


def _names_a_thing(text: str, start: int) -> bool:
    """Whether the word before `start` is capitalised mid-sentence or inside ("iPhone"), so
    that a bare number after it is part of a name."""
    word = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if word is None:
        return False
    name = word.group(1)
    if any(char.isupper() for char in name[1:]) and not name.isupper():
        return True
    if len(name) > 1 and name.isalpha() and name.isupper():
        # An acronym names an index, a service or a model, opening a sentence too ("ACX 200
        # slips 0.4%", "NHS 111 took 2,000 calls"); a shouted headline's other capitals are
        # mid-sentence, read as a name already.
        return True
    return name[0].isupper() and not _starts_sentence(text, start - len(name) - 1)


# A year in words: what may come before it, between two of them, and after it.
_YEAR_LOW, _YEAR_HIGH = 1900, 2099
_DATES_BEFORE = re.compile(
    rf"\b(?:in|since|until|till|by|during|before|after|from|through|between|year|early|late|"
    rf"mid|spring|summer|autumn|fall|winter|{MONTHS})[\s\-]+$",
    re.IGNORECASE,
)
_YEAR_JOINER = re.compile(r"\s+(?:to|and|until|till|through)\s+|\s?[\-\u2013]\s?")
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\]\u2014\u2013\-]|$|(?:the|a|an|it|he|she|they|we|there|this|that|its|"
    r"their|his|her|our|when|and|but|to|then|was|were|is|had|has|will|onwards)\b)",
    re.IGNORECASE,
)


# A statistics office's reporting period: "in the 12 months to December", "the three months
# ending in March", "in the 24 hours to 14:00": the span the figures cover, not a figure.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PERIOD_TO_AFTER = re.compile(
    rf"^\s+(?:hours?|days?|months?|weeks?|quarters?|years?)\s+(?:to|ending|ended|through)\s+"
    rf"(?:(?:the\s+)?end\s+of\s+)?(?:in\s+)?(?:{MONTHS}|\d)",
    re.IGNORECASE,
)


# "Stayed down for the first 47 minutes": how long something lasted, a figure, where "in the
# first three months" only sets the frame of another.
_FOR_THE_FIRST_BEFORE = re.compile(r"\bfor\s+(?:the|its|their)\s+first\s+$", re.IGNORECASE)


def _is_period(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end opens a time frame: "the past 12 months", "over the
    last two years", "the 12 months to March" (its unit may be part of the figure already, as
    "years" is)."""
    before = text[max(0, start - 12) : start]
    if _THE_BEFORE.search(before) and _PERIOD_TO_AFTER.match(text[end : end + 40]):
        return True
    if not _PERIOD_BEFORE.search(before) or _FOR_THE_FIRST_BEFORE.search(
        text[max(0, start - 20) : start]
    ):
        return False
    return bool(_PERIOD_AFTER.match(text[end : end + 30]) or _TIME_UNIT_END.search(text[start:end]))


# Counts a story uses in passing, which no one would check (`_is_incidental`): how many sources
# it spoke to ("two people familiar with the talks", "three officials who asked not to be
# named"); a selection by rank ("the three largest insurers", "the five busiest stations"); a
# number said again ("in the same three days"); the time between two events it narrates
# ("three weeks later"); a margin of doubt ("within a factor of two").
_SOURCES_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:people|persons|sources|officials|executives|insiders|employees|"
    r"staff(?:ers)?|individuals)\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|"
    r"briefed\s+on|close\s+to|who\s+(?:spoke\s+on\s+condition|asked\s+not\s+to\s+be|"
    r"requested\s+anonymity|declined\s+to\s+be\s+named|were\s+not\s+authori[sz]ed))",
    re.IGNORECASE,
)
_SUPERLATIVE_AFTER = re.compile(
    r"^\s+(?:most\s+[a-z]+|largest|biggest|smallest|busiest|richest|poorest|highest|lowest|"
    r"oldest|newest|best|worst|top|leading)\b",
    re.IGNORECASE,
)
_SAME_BEFORE = re.compile(r"\bthe\s+same\s+$", re.IGNORECASE)
# A number pointed back to ("those two things", "these three wards"): the things were counted
# where the story first named them; the demonstrative says they are the same ones.
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:those|these)\s+$", re.IGNORECASE)
# A family's history told in generations ("has farmed here for four generations"): how long
# someone's people have been somewhere, which describes them, as an age does.
_GENERATIONS_AFTER = re.compile(r"^\s+generations\b", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:for|over|across)\s+$", re.IGNORECASE)
_AFTERWARDS = r"(?:later|earlier|afterwards?)\b"
_LATER_AFTER = re.compile(
    rf"^\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+{_AFTERWARDS}",
    re.IGNORECASE,
)
_MARGIN_BEFORE = re.compile(r"\bwithin\s+a\s+factor\s+of\s+$", re.IGNORECASE)
# A size that defines who is meant ("households of six or more people", "firms with 250 or
# more staff", "people aged 65 or over"): a category's boundary, not a count of anything.
_OF_SIZE_BEFORE = re.compile(r"\b(?:of|with|aged)\s+$", re.IGNORECASE)
_OR_MORE_AFTER = re.compile(
    r"^\s+(?:or|and)\s+(?:more|over|above|fewer|less|under|older|younger)\b", re.IGNORECASE
)


# An age that bounds a group of people ("47% were aged under 35", "people over 65 should",
# "two in five were over 75."): whom a figure is about, not a figure; the ages a person has
# are read elsewhere (`_NAME_BEFORE_AGE`). "Were over 75" bounds an age only where the clause
# ends on it; "were over 75 units" counts.
_AGE_BOUND_BEFORE = re.compile(
    rf"(?:\b(?:{_AGED_GROUPS})\s+(?:aged\s+)?(?:over|under|older\s+than|"
    r"younger\s+than|above|below)\s+|(?:\baged(?:\s+(?:over|under|above|below|between|from))?"
    # Session 54: "between the ages of 25 and 54", "ages 18 to 24".
    r"|\bages(?:\s+of)?(?:\s+between)?)\s+"
    # The other bound of an age range ("children aged 11 to 15", "aged between 40 and 69").
    r"(?:\d{1,3}\s*(?:to|and|[-–—])\s*)?)$",
    re.IGNORECASE,
)
_AGE_COPULA_BEFORE = re.compile(
    r"\b(?:people|those|them|adults|children|men|women|patients|residents|pupils|students|"
    r"drivers|workers|voters|pensioners|victims|visitors|members)\b[^.;]{0,20}\b(?:were|are)\s+"
    r"(?:over|under)\s+$",
    re.IGNORECASE,
)
_AGE_MOST = 120
_UNIT_AFTER_AGE = re.compile(
    r"\s*(?:%|per\s*cent|percent|kg|km|mph|miles?|metres?|minutes?|hours?)"
)


# "people age 60 and over" (session 57): a group's "age", its bound closed by the words after.
_GROUP_AGE_BEFORE = re.compile(rf"\b(?:{_AGED_GROUPS})\s+age\s+$", re.IGNORECASE)
_AND_OVER_AFTER = re.compile(
    r"\s+(?:and|or)\s+(?:over|older|above|up|under|younger)\b", re.IGNORECASE
)


def _is_age_bound(text: str, start: int, end: int, value: Decimal) -> bool:
    if value > _AGE_MOST or value != value.to_integral_value():
        return False
    before = text[max(0, start - 60) : start]
    if _GROUP_AGE_BEFORE.search(before) and _AND_OVER_AFTER.match(text, end):
        return True
    if _AGE_BOUND_BEFORE.search(before):
        return not _UNIT_AFTER_AGE.match(text, end)
    return bool(_AGE_COPULA_BEFORE.search(before) and _CLAUSE_END_AFTER.match(text[end : end + 3]))


# A person's age, session 54 ("Roof, who was 21 at the time", "she was just seven years old
# when ...", "died on Tuesday at age 69", "a woman who looked about 30"): who the person is, as
# an age after a name is (`_NAME_BEFORE_AGE`), not a figure anyone claims. The age of a thing
# ("the boats are 20 years old") is read: only a person is "he", "she", "I" or "who", and the
# age ends its clause ("she was 45 percent", "he was 30 minutes late" are no ages).
_PERSON_AGE_BEFORE = re.compile(
    # "had just turned 21", session 55.
    # "Both are 39 years old." (session 57): people's pronouns too, in the plural.
    r"\b(?:he|she|I|who|they|we|both)\s+(?:(?:had|has|have)\s+(?:just\s+)?(?=turned\b))?"
    r"(?:was|is|are|were|turned|turns|looked|looks|appeared|appears|seemed|seems)"
    r"(?:\s+to\s+be)?\s+(?:(?:just|only|about|around|roughly|nearly|almost|barely|then)\s+)?$",
    re.IGNORECASE,
)
_PERSON_AGE_AFTER = re.compile(
    r"(?:\s+years?\s+old|\s+years?\s+of\s+age)?"
    r"(?:\s*[,.;:)!?]|\s*$|\s+(?:at\s+the\s+time|when|and|but)\b)",
    re.IGNORECASE,
)
# "At 29 years old, she ...": an age where "years old" follows it (session 57); "At 40, the
# index ..." is a level.
_AT_YEARS_OLD_BEFORE = re.compile(r"(?:^|[,;:]\s*)[Aa]t\s+$")
_YEARS_OLD_AFTER = re.compile(r"\s+years?\s+old\b", re.IGNORECASE)
# "at age 69", "at the age of 16", "dies at 91": an age whatever follows it.
_AT_AGE_BEFORE = re.compile(
    r"\bat\s+(?:the\s+)?age\s+(?:of\s+)?$|\b(?:dies|died|dead)\s+at\s+$", re.IGNORECASE
)
# A year counted in an era ("500 BC", "5,316 BCE"): a date, however large.
_ERA_AFTER = re.compile(r"\s?(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")


def _is_persons_age(text: str, start: int, end: int, value: Decimal) -> bool:
    """Whether a number is a person's age (`_AT_AGE_BEFORE`, or `_PERSON_AGE_BEFORE` with
    `_PERSON_AGE_AFTER`)."""
    if value > _AGE_MOST or value != value.to_integral_value():
        return False
    before = text[max(0, start - 40) : start]
    if _AT_AGE_BEFORE.search(before):
        return True
    if _AT_YEARS_OLD_BEFORE.search(before) and _YEARS_OLD_AFTER.match(text, end):
        return True
    return bool(_PERSON_AGE_BEFORE.search(before) and _PERSON_AGE_AFTER.match(text, end))


# A length of time that draws a line through those counted ("the number of patients waiting
# more than 52 weeks fell to 1,870", "71% were resolved within 60 days", "Ninety-six patients
# were still waiting more than 65 weeks"): the threshold of a category whose count, given in
# the clause, is the figure. Where nothing is counted ("with some customers waiting more than
# nine months") the wait itself is what the sentence states, and is read.
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:wait(?:s|ed|ing)?|sp[eo]nd(?:s|ing)?|spent|stay(?:s|ed|ing)?|resolved|answered|seen|"
    r"treated|dealt\s+with|kept|held|left)\s+(?:(?:more|longer|less|fewer)\s+than|over|under|"
    r"within|in\s+under|in\s+less\s+than|at\s+least|up\s+to)\s+$"
    # A deadline met ("settled within 90 days", "repaired in under four hours").
    r"|\b[a-z]+ed\s+(?:within|in\s+under|in\s+less\s+than)\s+$",
    re.IGNORECASE,
)
_THRESHOLD_UNIT_AFTER = re.compile(r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)
_COUNTED_BEFORE = re.compile(
    r"\d|\b(?:number|proportion|share|percentage)\s+of\b|(?:^|[.!?]\s+)(?:(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred)\b[\w-]*)",
    re.IGNORECASE,
)


def _is_threshold(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is a category's line in time (`_THRESHOLD_BEFORE`)
    in a clause that counts the category (`_COUNTED_BEFORE`)."""
    before = text[max(0, start - 40) : start]
    threshold = _THRESHOLD_BEFORE.search(before)
    if threshold is None or not _THRESHOLD_UNIT_AFTER.match(text, end):
        return False
    clause_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    return bool(_COUNTED_BEFORE.search(text[clause_start : max(0, start - 40) + threshold.start()]))


def _is_incidental(text: str, start: int, end: int) -> bool:
    """Whether a bare count at start..end is one a story uses in passing (`_SOURCES_AFTER`,
    `_SUPERLATIVE_AFTER` after "the", `_SAME_BEFORE`, `_DEMONSTRATIVE_BEFORE`, generations
    (`_GENERATIONS_AFTER`), `_LATER_AFTER`, `_MARGIN_BEFORE`, a boundary `_OF_SIZE_BEFORE` ...
    `_OR_MORE_AFTER`)."""
    before = text[max(0, start - 30) : start]
    after = text[end : end + 80]
    return bool(
        _SOURCES_AFTER.match(after)
        or (_THE_BEFORE.search(before) and _SUPERLATIVE_AFTER.match(after))
        or _SAME_BEFORE.search(before)
        or _DEMONSTRATIVE_BEFORE.search(before)
        or (_SPAN_BEFORE.search(before) and _GENERATIONS_AFTER.match(after))
        or _LATER_AFTER.match(after)
        or _MARGIN_BEFORE.search(before)
        or (_OF_SIZE_BEFORE.search(before) and _OR_MORE_AFTER.match(after))
    )


# A scale hyphenated onto a currency makes an adjective of a value ("a million-dollar flat"
# costs a million dollars); before it, a number with a plural noun after counts the things so
# valued ("312 million-dollar flats", "two billion-euro deals"), a number with one thing after
# is the value ("a 5 million-dollar grant"). A noun ending in "ss", "us" or "is" is singular.
_PLURAL_NOUN_AFTER = re.compile(r"\s+[^\W\d_]*[^\W\d_sui]s(?![\w'’-])")


def _numeric(
    text: str, match: re.Match[str], named: frozenset[str] = frozenset()
) -> ParsedFigure | None:
    if _is_excluded_number(text, match) or not _in_amount_shape(match, named):
        return None
    if match.group("cur") and not currency_of_prefix(match.group("cur")):
        return None  # a dollar of capitals CLDR does not know (`LETTERED_DOLLARS`)
    number = _read_number(match.group("num"))
    if number is None:  # pragma: no cover - the pattern admits only grouped digits
        return None
    scale = _scale(match)
    if _fold(match.group("scale_attached") or "") in _AFTER_A_CURRENCY and not match.group("cur"):
        return None  # "bil", "mil" and "b" are a scale only after a currency (`SCALES`)
    if number * scale >= MAX_VALUE or len(match.group("num")) > 40:
        return None  # a serial number, not a quantity (and more than Figure.value can hold)
    qualifier, qualifier_text = _qualifier(match)
    unit, currency = _unit(text, match, match.start(), number)
    if _is_metres(text, match, number):
        # "Floodwater rose to 1.2m inside her shop": a height in metres, not 1.2 million.
        scale = 1
    if unit in (PERCENT, PERCENTAGE_POINTS) and match.group("cur"):
        return None
    if match.group("measure") and (match.group("cur") or scale != 1):
        return None  # "$5kg" is a typing slip, not an amount to guess at
    if _in_hundredths(match):
        if match.group("cur") or scale != 1:
            return None  # "$25 cents", "£3p" is a typing slip, not an amount to guess at
        # An amount is held in the currency's major unit (25 cents is 0.25), a change in
        # percentage points (6 basis points is 0.06).
        number /= 100
    start, end = match.span()
    if match.group("hyphen_cur") and scale != 1 and _PLURAL_NOUN_AFTER.match(text, end):
        # "312 million-dollar flats": 312 flats, each worth a million dollars.
        return ParsedFigure(
            value=number,
            unit=COUNT,
            qualifier=qualifier,
            qualifier_text=qualifier_text,
            as_written=text[start : match.end("num")],
            start=start,
            end=match.end("num"),
        )
    measured = None if match.group("cur") else _MEASURE_COMPOUND.match(text, end)
    capacity = None if match.group("cur") else _CAPACITY_COMPOUND.match(text, end)
    if measured and _CONTAINER_AFTER.match(text, measured.end()):
        # "A larger 240-litre black bin", "a 20-litre drum": the size that names a container,
        # as `_PACK_AFTER` names a pack; the container, not its capacity, is the subject.
        return None
    if measured:
        end = measured.end()  # "1,240-km", its measure kept as "18km" keeps its own
    elif capacity and _is_capacity(text, match):
        end = capacity.end()  # "an 8,400-seat ground"
    elif (
        members := None if match.group("cur") else _MEMBERS_COMPOUND.match(text, end)
    ) is not None:
        end = members.end()  # "an 18,000-strong student body"
    term = None if match.group("cur") else _TERM_BEFORE_AMOUNT.match(text, end)
    if term and unit == COUNT and scale == 1:
        unit, end = YEARS, term.end("term")  # "a 3-year, £40m deal"
    plus = _RATE_OR_PLUS_AFTER.match(text[end : end + 8])
    if plus and plus.group("plus"):
        end += plus.end()
        qualifier, qualifier_text = MORE_THAN, qualifier_text or "plus"
    elif plus and plus.group("odd"):
        # "12,000-odd homes": some number near it, as "about" says.
        end += plus.end()
        qualifier, qualifier_text = ABOUT, qualifier_text or "odd"
    elif qualifier == EXACT and _MARKED_MORE.match(text, end):
        end += 1
        qualifier, qualifier_text = MORE_THAN, "+"
    marked = _MARKED_ABOUT.search(text, max(0, start - 3), start) if qualifier == EXACT else None
    if marked is not None:
        start = marked.start()
        qualifier, qualifier_text = ABOUT, marked.group(0).strip()
    return ParsedFigure(
        value=_full_scale(number, scale),
        unit=unit,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        scale=scale,
        currency=currency,
        as_written=text[start:end],
        start=start,
        end=end,
    )


# "1.2m" is a length, not 1.2 million, where the sentence measures a height, a depth or a
# length (`_LENGTH_WORDS`) and nothing is counted after it: a word that says how it measures
# ("deep", "high") or a place ("inside", "above"), or the clause's end. A sentence about money
# keeps the newsroom's million ("flood repairs cost 1.5m.").
_LENGTH_WORDS = re.compile(
    r"\b(?:flood\w*|water|depth|height|waves?|tides?|snow\w*|sea\s+levels?|river|storey|"
    r"ceiling|lengths?|width)\b",
    re.IGNORECASE,
)
_AFTER_A_LENGTH = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:deep|high|tall|long|wide|inside|above|below|under|into|in\s+(?:depth|"
    r"height|places))\b)",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    rf"{_SYMBOLS}|{_PRICE_WORDS.pattern}|\b(?:budgets?|funds?|funding|bills?)\b", re.IGNORECASE
)
_LENGTH_MOST = 1000


def _is_metres(text: str, match: re.Match[str], number: Decimal) -> bool:
    """Whether "m" written onto a number is metres (`_LENGTH_WORDS`, `_AFTER_A_LENGTH`)."""
    if match.group("scale_attached") != "m" or match.group("cur") or number >= _LENGTH_MOST:
        return False
    if not _AFTER_A_LENGTH.match(text, match.end()):
        return False
    sentence = _sentence_around(text, match.start(), match.end())
    return bool(_LENGTH_WORDS.search(sentence)) and not _MONEY_WORDS.search(sentence)


# A team's won-lost record after the verb that states it ("the Sandpipers went 10-3", "they
# are 4-7 going into the final game", "finished 8-4"): a standing in a season, not a count or
# a range; "went 2-0 up" is a score in a game, read as one.
_RECORD_BEFORE = re.compile(
    r"\b(?:went|go|goes|are|were|is|was|finished|finish|finishes|stand|stands|stood|sit|sits|"
    r"improved\s+to|fell\s+to|dropped\s+to|record\s+of)\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER_RECORD = re.compile(
    r"\s*(?:up|down|ahead|behind|years?|months?|weeks?|days?|hours?|minutes?|per|percent|%)\b",
    re.IGNORECASE,
)


def _pair(
    text: str, match: re.Match[str], named: frozenset[str] = frozenset()
) -> list[ParsedFigure]:
    """The two figures of "48-41 percent" (both as written) or of "30-40%" (a range)."""
    first_text, second_text = match.group("first"), match.group("num")
    first, second = read_digits(first_text), _read_number(second_text)
    if first is None or second is None:  # pragma: no cover - the pattern admits only digits
        return []
    if any(len(n) > 1 and n[0] == "0" and n[1].isdigit() for n in (first_text, second_text)):
        return []
    if _LABEL_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
        return []
    has_unit = bool(
        match.group("cur")
        or match.end() != match.end("num")  # "are 4-7 years old", "30-40%": a unit
        or _UNIT_AFTER_RECORD.match(text, match.end())
    )
    if (
        int(first) <= 31
        and not has_unit
        and _MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    ):
        return []  # "conducted Oct. 12-16": a span of days, the month said before the first
    if _RECORD_BEFORE.search(text[max(0, match.start() - 20) : match.start()]) and not has_unit:
        return []
    if match.group("cur") and match.group("cur2") and match.group("cur") != match.group("cur2"):
        return []
    if match.group("first_scale") and match.group("first_scale") != match.group("scale_attached"):
        return []  # "€40m-€60m" says its scale with each end, the same one
    if not _in_amount_shape(match, named):
        return []
    if match.group("cur") and not currency_of_prefix(match.group("cur")):
        return []
    if _fold(match.group("scale_attached") or "") in _AFTER_A_CURRENCY and not match.group("cur"):
        return []  # a scale only after a currency (`SCALES`)
    after = text[match.end() : match.end() + 2]
    if after[:1].isalpha() or (after[:1] in _DASH and after[1:2].isalpha()):
        return []
    contest = bool(
        CONTEST.search(_clause_before(text, match.start()))
        or CONTEST_GLOSS_AFTER.match(text, match.end())
    )
    scale = _scale(match)
    unit, currency = _unit(text, match, match.start("num"), second)
    if match.group("cur2") and not currency:
        currency, unit = CURRENCY_SYMBOLS[match.group("cur2").lower()], CURRENCY
    written_once = unit != COUNT or scale != 1 or bool(match.group("first_pct"))
    if not written_once:
        years = all(n.isdigit() and 1800 <= int(n) <= 2100 for n in (first_text, second_text))
        # A financial year written with its second year's last digits: "in 2027-28 and".
        years = years or _is_financial_year(first_text, second_text)
        if years or not (contest or re.match(r"\s+[a-z]", text[match.end() : match.end() + 2])):
            return []
        if _is_age_bound(text, match.start(), match.end(), second):
            return []  # "children aged 11-15": the ages that bound a group, as "aged 11" is
    if unit in (PERCENT, PERCENTAGE_POINTS) and match.group("cur"):
        return []
    if _in_hundredths(match):
        if match.group("cur") or match.group("cur2") or scale != 1:
            return []
        first, second = first / 100, second / 100  # "5-10p" is 0.05 to 0.10 in pounds
    if second * scale >= MAX_VALUE or first * scale >= MAX_VALUE:
        return []
    groups = second_text.split(",")
    if (
        "," not in first_text
        and len(groups) > 1
        and not contest
        and first < int(groups[0])
        and all(group.isdigit() for group in groups)
    ):
        # "3-4,000 people", "20-25,000 fans": the thousands said once, after the second end.
        first *= Decimal(1000) ** (len(groups) - 1)
    first_unit = PERCENT if match.group("first_pct") else unit
    is_range = first < second and not contest
    qualifier, qualifier_text = _qualifier(match)
    low_end = max(match.end("first"), match.end("first_pct"), match.end("first_scale"))
    high_start = match.start("cur2") if match.group("cur2") else match.start("num")
    low = ParsedFigure(
        value=_full_scale(first, scale),
        unit=first_unit,
        qualifier=AT_LEAST if is_range else qualifier,
        qualifier_text=qualifier_text,
        scale=scale,
        currency=currency if first_unit == unit else "",
        as_written=text[match.start() : low_end],
        start=match.start(),
        end=low_end,
        kind="range" if is_range else "number",
    )
    high = ParsedFigure(
        value=_full_scale(second, scale),
        unit=unit,
        qualifier=UP_TO if is_range else EXACT,
        scale=scale,
        currency=currency,
        as_written=text[high_start : match.end()],
        start=high_start,
        end=match.end(),
        kind="range" if is_range else "number",
    )
    return [low, high]


def _is_financial_year(first: str, second: str) -> bool:
    """Whether "2027-28" is a financial year: a year, then the next year's last two digits."""
    return (
        first.isdigit()
        and 1800 <= int(first) <= 2100
        and len(second) == 2
        and second.isdigit()
        and int(second) == (int(first) + 1) % 100
    )


def _number_or_words(written: str) -> int | None:
    digits = read_digits(written)
    if digits is not None:
        return int(digits) if digits == digits.to_integral_value() else None
    return read_integer_words(written)


# "N out of M" over a number no share is given over counts things: "64 out of 71 practices",
# "45 out of 120 councils" are two counts, which a reader checks as written. A share is given
# out of a small number ("seven out of ten") or a round one, one significant digit or a
# quarter of a power of ten ("37 out of 100", "12 out of 25"). "N in M" is the idiom of a rate
# whatever the number ("2 in 21 adults").
_SMALL_DENOMINATOR = 20
_ROUND_DENOMINATOR_DIGITS = frozenset({"1", "2", "3", "4", "5", "6", "7", "8", "9", "25"})
_OUT_OF = re.compile(r"\bout\s+of\s+(?!every\b|each\b)", re.IGNORECASE)


def _is_tally(match: re.Match[str], numerator: int, denominator: int) -> bool:
    """Whether "N out of M" counts things (`_ROUND_DENOMINATOR_DIGITS`) rather than giving a
    share; "one out of 37" is a rate however odd the number."""
    if not _OUT_OF.search(match.group(0)):
        return False
    if numerator == 1 or denominator <= _SMALL_DENOMINATOR:
        return False
    return str(denominator).rstrip("0") not in _ROUND_DENOMINATOR_DIGITS


def _share_figure(text: str, match: re.Match[str]) -> ParsedFigure | None:
    numerator, denominator = _number_or_words(match.group("n")), _number_or_words(match.group("d"))
    if numerator is None or denominator is None:
        return None
    if not (1 <= numerator <= denominator and 2 <= denominator <= 10_000_000):
        return None
    if _is_tally(match, numerator, denominator):
        return None
    plain = match.group("d")
    if plain.isdigit() and len(plain) == 4 and 1800 <= denominator <= 2100:
        return None  # "one in 2019" is a year, not a share
    if match.group("noun") and (numerator != 1 or read_integer_words(match.group("noun"))):
        return None  # "one child in eight" is a share; "three goals in five games" is not
    if _LABEL_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
        return None
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=_share(numerator, denominator),
        unit=PERCENT,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="fraction",
    )


def _spelled(text: str, match: re.Match[str]) -> ParsedFigure:
    spelled = " ".join(_fold(match.group("spelled")).replace("-", " ").split())
    if spelled in ("half a", "a half"):
        number = Decimal("0.5")
    elif spelled in ("a quarter of a", "a quarter"):
        number = Decimal("0.25")
    elif spelled.startswith("three quarter"):
        number = Decimal("0.75")
    else:  # several
        number = Decimal(2)
    scale = SCALES[match.group("scale_word").lower()]
    currency = ""
    if match.group("cur"):
        currency = currency_of_prefix(match.group("cur"))
    elif match.group("curword"):
        currency = CURRENCY_WORDS[_fold(match.group("curword"))]
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=_full_scale(number, scale),
        unit=CURRENCY if currency else COUNT,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        scale=scale,
        currency=currency,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="number",
    )


def _point_fraction(text: str, match: re.Match[str]) -> ParsedFigure:
    if match.group("hyphened"):
        share = FRACTIONS[
            {"half": "half", "quarter": "a quarter", "three-quarter": "three-quarters"}[
                match.group("hyphened").lower()
            ]
        ]
    else:
        share = FRACTIONS[_fold(match.group("part"))]
    value = share / 100
    start, end = match.span()
    # Points said to be percentage points are; bare points are read as any number's are.
    if match.group("pct") or match.group("hpct"):
        unit = PERCENTAGE_POINTS
    else:
        unit = _points_unit(text, start, end, value)
    qualifier, qualifier_text = _qualifier(match)
    return ParsedFigure(
        value=value,
        unit=unit,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="fraction",
    )


def _some_of_a_scale(text: str, match: re.Match[str]) -> ParsedFigure:
    times, qualifier = SOME_OF_A_SCALE[_fold(match.group("some"))]
    start, end = match.span()
    return ParsedFigure(
        value=Decimal(times * SCALE_WORDS[match.group("scale").lower()]),
        unit=COUNT,
        qualifier=qualifier,
        qualifier_text=match.group("some"),
        as_written=text[start:end],
        start=start,
        end=end,
        kind="vague",
    )


def _dozen(text: str, match: re.Match[str]) -> ParsedFigure | None:
    written = _fold(match.group("n"))
    if written in ("half a", "a half"):
        count: int | None = 6
    elif written in ("a", "an"):
        count = 12
    else:
        times = read_integer_words(written)
        count = times * 12 if times else None
    if count is None or not _starts_sentence_or_lower(text, match.start("n")):
        return None
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=Decimal(count),
        unit=COUNT,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
    )


# "Not going to stuff the channel to make a quarter", "we missed a quarter": a quarter of the
# year made or missed, as a business makes its numbers, not a share said alone.
_QUARTER_MADE_BEFORE = re.compile(r"\b(?:make|makes|made|making|miss|misses|missed|missing)\s+$")


def _fraction(text: str, match: re.Match[str]) -> ParsedFigure | None:
    following = text[match.end() : match.end() + 60]
    quote = _CLOSING_QUOTE.match(following)
    if quote:
        following = following[quote.end() :]
    # "Two-thirds (64%) had ...": the share restated in brackets; what follows them says what
    # the share is of.
    restated = _RESTATED_AFTER.match(following)
    if restated:
        following = following[restated.end() :]
    following = following[:30]
    not_a_share = _NOT_A_SHARE_BEFORE.search(text[max(0, match.start() - 14) : match.start()])
    # "cut in half" is no share; "won in two-thirds of seats" is a share of the seats.
    if not_a_share and not (
        not_a_share.group(0).strip().lower() == "in" and re.match(r"\s+of\b", following)
    ):
        return None
    last_word = _fold(match.group("frac")).replace("-", " ").split()[-1]
    of_something = (
        _SHARE_OF_AFTER.match(following)
        or _SHARE_OF_POSSESSOR_AFTER.match(following)
        or _OF_WHICH_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
        or (
            _CHANGED_FROM_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
            and not _TIME_WORD_AFTER.match(following)
        )
    )
    # "closer to two-thirds than to the figure she gave": a share compared stands alone too.
    said_alone = (
        last_word in _COMMON_DENOMINATORS
        and (
            _CLAUSE_END_AFTER.match(following)
            or _SAYS_AFTER.match(following)
            or re.match(r"\s+than\b", following)
        )
        and not (
            last_word == "quarter"
            and _QUARTER_MADE_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        )
    )
    # "Nearly a fifth more than last year", "a tenth lower than forecast": the size of a
    # difference, whatever the fraction (no ordinal is followed by "more than").
    compared = _COMPARED_AFTER.match(following)
    verb = _VERB_AFTER.match(following) if last_word != "half" else None
    plural = _NUMERATORS.get(_fold(match.group("frac")).replace("-", " ").split()[0], 1) > 1
    subject = verb is not None and (plural or verb.group("object") is not None)
    by_share = _BY_BEFORE.search(
        text[max(0, match.start() - 12) : match.start()]
    ) or _BY_SHARE_RANGE_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
    # "A rise of a third on 2024", and the change said as a verb or an adverb: "down almost a
    # quarter to 112,000 tonnes", "sales rose a fifth on the year".
    change_of = (
        _CHANGE_OF_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
        or _CHANGED_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
    ) and _CHANGE_SIZE_AFTER.match(following)
    qualifier, qualifier_text = _qualifier(match)
    # "passed on about two-thirds through prices", "about a third short": a share said roughly
    # is a share whatever follows (no ordinal is "about a third"); "over a quarter" may be a
    # span of time, so only the words of approximation count.
    approximate = (
        qualifier in (ABOUT, NEARLY)
        and not (
            last_word == "quarter"
            and _QUARTER_MADE_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
        )
        # "about two-thirds full", "nearly half built": how far along a thing is.
        and not _STATE_AFTER.match(following)
    )
    if not (
        of_something
        or said_alone
        or compared
        or subject
        or by_share
        or change_of
        or approximate
        or _opens_share_range(text, match)
    ):
        return None
    start, end = match.span()
    return ParsedFigure(
        value=FRACTIONS[_fold(match.group("frac"))],
        unit=PERCENT,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="fraction",
    )


def _opens_share_range(text: str, match: re.Match[str]) -> bool:
    """Whether a fraction is the first end of a range whose second end is a share
    (`_SHARE_RANGE_JOINER`): "by between a fifth and a quarter", "a tenth to a fifth of"."""
    joiner = _SHARE_RANGE_JOINER.match(text, match.end())
    if joiner is None:
        return False
    if joiner.group("and") and not _BETWEEN_JUST_BEFORE.search(
        text[max(0, match.start() - 10) : match.start()]
    ):
        return False
    second = FRACTION_FIGURE.match(text, joiner.end())
    return second is not None and _fraction(text, second) is not None


def _counted(text: str, match: re.Match[str], value: Decimal) -> ParsedFigure:
    """A count a word states, its qualifier read before it: "twice the rate" (2), "more than
    doubled" (2), "half a grade" (0.5)."""
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=value,
        unit=COUNT,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
    )


def _perfect_multiple(text: str, match: re.Match[str]) -> ParsedFigure:
    """ "Has doubled" (2): the verb alone is written as the figure."""
    start, end = match.start("verb"), match.end()
    return ParsedFigure(
        value=Decimal(MULTIPLE_VERBS[match.group("verb").lower()]),
        unit=COUNT,
        as_written=text[start:end],
        start=start,
        end=end,
    )


def _fold_multiple(text: str, match: re.Match[str]) -> ParsedFigure | None:
    if match.group("x"):
        # "1.4x" is a multiple above one, as "2x" is; "1x" and "0.8x" say no more or less.
        multiple = Decimal(match.group("x"))
        return _counted(text, match, multiple) if multiple > 1 else None
    written = match.group("n").rstrip("-\u2010\u2011")
    value = read_digits(written) if written[:1].isdigit() else read_integer_words(written)
    if value is None or value < 2:
        return None
    return _counted(text, match, Decimal(value))


def _for_every(text: str, match: re.Match[str]) -> ParsedFigure | None:
    numerator, denominator = _number_or_words(match.group("n")), _number_or_words(match.group("d"))
    if numerator is None or denominator is None or read_integer_words(match.group("noun")):
        return None
    if not (1 <= numerator <= denominator and 2 <= denominator <= 10_000_000):
        return None
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=_share(numerator, denominator),
        unit=PERCENT,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="fraction",
    )


def _duration_unit(word: str) -> int:
    word = word.lower()
    return _DURATION_UNITS.get(word) or _DURATION_UNITS[word.rstrip("s")]


def _duration(text: str, match: re.Match[str]) -> ParsedFigure | None:
    """ "1 minute 12 seconds" (72), "4h 12m" (252): the larger unit must be the first, and the
    second number less than one of it."""
    compact = match.group("u3") is not None
    a, b = match.group("a2", "b2") if compact else match.group("a", "b")
    u1, u2 = match.group("u3", "u4") if compact else match.group("u1", "u2")
    first, second = _duration_unit(u1), _duration_unit(u2)
    if first != second * 60 or int(b) >= 60:
        return None
    start, end = match.span()
    return ParsedFigure(
        value=Decimal(int(a) * 60 + int(b)),
        unit=COUNT,
        as_written=text[start:end],
        start=start,
        end=end,
    )


def _clock_duration(text: str, match: re.Match[str]) -> ParsedFigure | None:
    """ "2:21:07" (8,467 seconds) after any word but a time of day's, "4:35" (275) only after a
    word that asks for a length or before its unit ("1:45 hours": 6,300)."""
    hours, minutes, seconds, unit = match.group("a", "b", "c", "unit")
    if seconds is None and not match.group("cue") and not unit:
        return None
    start = match.start("a")
    if not match.group("cue") and (
        _TIME_OF_DAY_BEFORE.search(text, max(0, start - 30), start)
        or re.search(r"\d[\d./\-]*\s*$", text[max(0, start - 12) : start])
    ):
        return None
    number_end = max(match.end(part) for part in ("b", "c", "frac") if match.group(part))
    if _TIME_OF_DAY_AFTER.match(text, number_end):
        return None
    if seconds is not None:
        value = int(hours) * 3600 + int(minutes) * 60 + int(seconds)
    elif unit and unit.strip().lower().startswith("h"):
        value = int(hours) * 3600 + int(minutes) * 60
    else:
        value = int(hours) * 60 + int(minutes)
    end = match.end()
    return ParsedFigure(
        value=Decimal(value) + Decimal(match.group("frac") or "0"),
        unit=COUNT,
        as_written=text[start:end],
        start=start,
        end=end,
    )


def _vague(text: str, match: re.Match[str]) -> ParsedFigure:
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=Decimal(VAGUE[_fold(match.group("vague") or match.group("magnitude"))]),
        unit=COUNT,
        qualifier=AT_LEAST if qualifier == EXACT else qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="vague",
    )


def _starts_sentence_or_lower(text: str, start: int) -> bool:
    """A number word in title case mid-sentence is a name ("Formula One", "the Big Four")."""
    word = text[start : start + 2]
    if not (word[:1].isupper() and not word[1:2].isupper()):
        return True
    return _starts_sentence(text, start)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line, a quotation or a bracket."""
    before = text[:start]
    stripped = before.rstrip()
    if stripped[-2:-1].isalpha() and stripped[-1:] in ("'", "’") and before != stripped:
        # "the teams' Week 13 rematch": an apostrophe after a word closes a plural's
        # possessive (or a quotation), and opens nothing.
        return "\n" in before[len(stripped) :]
    return (
        not stripped
        or stripped[-1] in _SENTENCE_OPENERS
        or "\n" in before[len(stripped) :]
        or _ENTRY_TIME_BEFORE.fullmatch(before, before.rfind("\n") + 1) is not None
    )


# A live page's entry time opening the line ("04.25 Three people ...", "10:25 - Two men ..."):
# the entry's first sentence opens after it (`_ENTRY_TIME_OPENING`).
_ENTRY_TIME_BEFORE = re.compile(rf"{_ENTRY_HOUR}[.:]{_ENTRY_MINUTES}[^\S\n]*[:–—-]?[^\S\n]+")
_SCALE_OF_DIGITS_BEFORE = re.compile(r"\d[\s\-]?$")
# A scale written out as a word ("million", "lakh"), not an abbreviation written onto a number.
_BARE_SCALES = frozenset({"hundred", *SCALES}) - frozenset(_ATTACHED_SCALES)
_SCALE_LABEL_BEFORE = re.compile(rf"(?:[(\[|]|{_SYMBOLS}|{_LETTERED_DOLLAR}|\bin)\s*$", re.I)


def _word_figure(
    text: str, words: NumberInWords, beside_another: bool
) -> tuple[ParsedFigure, bool] | None:
    """The figure a number in words states, and whether it is weak (a bare "one", kept only in a
    range); None when the words are a name, a time, an ordinal's part or a compound."""
    start, end = words.start, words.end
    before = text[max(0, start - 30) : start]
    unit_match = _UNIT_AFTER.match(text, end)
    suffix_end = unit_match.end() if unit_match else end
    following = text[suffix_end : suffix_end + 2]
    if beside_another or not _starts_sentence_or_lower(text, start):
        return None
    if _SCALE_OF_DIGITS_BEFORE.search(before) and _fold(text[start:end]) in SCALES:
        # "X340 million", the digits attached to letters no prefix reads: the scale word is
        # the amount's, whose number is lost; a million read from the word alone would be
        # a wrong value, worse than none.
        return None
    if _fold(text[start:end]) in _BARE_SCALES and _SCALE_LABEL_BEFORE.search(before):
        # "Capital allocation (£ million)", "(US$ billion)", "in thousand euros": a scale
        # with no count, after a currency or a bracket, says what a table's numbers are in,
        # not how many ("a few thousand" still counts).
        return None
    term = _TERM_BEFORE_AMOUNT.match(text, end)
    if term is not None and not (unit_match and unit_match.group(0)):
        # "A four-year, $96 million deal": the deal's length, beside its value.
        return (
            ParsedFigure(
                value=words.value,
                unit=YEARS,
                as_written=text[start : term.end("term")],
                start=start,
                end=term.end("term"),
            ),
            False,
        )
    if following[:1] in _DASH and following[1:2].isalpha():
        return None  # a compound: "a five-day visit", "a nine-year-old"
    if _TIME_WORDS_AFTER.match(text[end : end + 10]) or (
        # "five to ten percentage points": a range's second end, its unit after it.
        _TIME_WORDS_BEFORE.search(before) and not (unit_match and unit_match.group(0))
    ):
        return None
    if (
        _LABEL_BEFORE.search(before[-12:])
        or _is_list_name(text, start, end)
        or _is_index(text, start, end)
    ):
        return None
    if (
        _is_threshold(text, start, end)
        or (
            not (unit_match and unit_match.group(0))
            and _is_age_bound(text, start, end, words.value)
        )
        or _is_persons_age(text, start, end, words.value)
    ):
        return None
    qualifier_match = _QUALIFIER_BEFORE.search(before)
    figure_start = qualifier_match.start() + max(0, start - 30) if qualifier_match else start
    if not qualifier_match and _is_period(text, start, suffix_end):
        return None
    if not qualifier_match and suffix_end == end and _is_incidental(text, start, end):
        return None
    if words.value >= MAX_VALUE:
        return None
    unit, currency = COUNT, ""
    value = words.value
    if unit_match and unit_match.group(0):
        unit, currency = _unit(text, unit_match, start, words.value)
        if _in_hundredths(unit_match):
            value /= 100  # "fifty cents" is 0.5, "six basis points" 0.06, as in digits
    qualifier, qualifier_text = EXACT, ""
    if qualifier_match:
        qualifier_text = _fold(qualifier_match.group("qual"))
        qualifier = QUALIFIERS[qualifier_text]
    weak = (
        words.value <= 1 and words.scale == 1 and unit == COUNT and not _one_in_a_toll(text, words)
    )
    figure = ParsedFigure(
        value=value,
        unit=unit,
        qualifier=qualifier,
        qualifier_text=qualifier_text,
        scale=words.scale,
        currency=currency,
        as_written=text[figure_start:suffix_end],
        start=figure_start,
        end=suffix_end,
    )
    return figure, weak


# One of the dead, the hurt or the held, counted as a toll counts more ("one person was killed",
# "killed one person and injured three"), session 56: where a bare "one" is too common a word
# to read ("one of the", "one day"), one person in a toll is a figure.
_ONE_OF_A_TOLL = (
    r"\s+(?:person|man|woman|child|boy|girl|baby|officer|soldier|civilian|worker|patient|"
    r"passenger|resident|pedestrian|driver|firefighter|student|journalist|protester)\b"
)
# The words that say someone is among the dead, the hurt or the held ("killed", "missing"),
# which intake's weighing of small counts takes too.
TOLL_WORDS = r"died|dead|killed|injured|hurt|wounded|missing|arrested|detained|hospitali[sz]ed"
_ONE_OF_A_TOLL_AFTER = re.compile(
    rf"{_ONE_OF_A_TOLL}(?:\s+(?:was|has\s+been|had\s+been|is|remains|were))?\s+"
    rf"(?:{TOLL_WORDS})\b",
    re.IGNORECASE,
)
_TOLL_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|arrested|detained)\s+$",
    re.IGNORECASE,
)
_ONE_OF_A_TOLL_NOUN = re.compile(_ONE_OF_A_TOLL, re.IGNORECASE)


def _one_in_a_toll(text: str, words: NumberInWords) -> bool:
    """Whether "one" counts one of the dead, the hurt or the held (`_ONE_OF_A_TOLL_AFTER`, or a
    toll's verb before "one person")."""
    return bool(
        _ONE_OF_A_TOLL_AFTER.match(text, words.end)
        or (
            _TOLL_VERB_BEFORE.search(text[max(0, words.start - 20) : words.start])
            and _ONE_OF_A_TOLL_NOUN.match(text, words.end)
        )
    )


def _is_year_in_words(text: str, words: NumberInWords, *, after_year: bool) -> bool:
    """Whether a number in words is a year ("in two thousand and nineteen", "by two thousand
    and thirty the city will ..."): a value a year has, after a word that dates (or after
    another year, "from ... to"), and before no noun it would count ("in two thousand and ten
    cases")."""
    if not (_YEAR_LOW <= words.value <= _YEAR_HIGH) or words.value != int(words.value):
        return False
    unit = _UNIT_AFTER.match(text, words.end)
    if unit and unit.group(0):
        return False
    if not (after_year or _DATES_BEFORE.search(text[max(0, words.start - 20) : words.start])):
        return False
    return bool(_NO_NOUN_AFTER.match(text, words.end))


def _words_figures(text: str) -> list[tuple[ParsedFigure, bool]]:
    """The figures numbers in words state, each with whether it is weak. Two numbers in words
    side by side ("nineteen eighty-four", "one two three") are a name or a list, not figures;
    nor is a year in words."""
    found = []
    numbers = find_number_words(text)
    year_end = -1
    for index, words in enumerate(numbers):
        after_year = year_end >= 0 and bool(_YEAR_JOINER.fullmatch(text[year_end : words.start]))
        if _is_year_in_words(text, words, after_year=after_year):
            year_end = words.end
            continue
        beside_another = any(
            0 <= other < len(numbers)
            and not text[
                min(numbers[other].end, words.end) : max(numbers[other].start, words.start)
            ].strip()
            # "Up from seven two years ago": the second number says when, not the next of a list.
            and not (other == index + 1 and _AGO_AFTER.match(text, numbers[other].end))
            and not (other == index - 1 and _AGO_AFTER.match(text, words.end))
            for other in (index - 1, index + 1)
        )
        read = _word_figure(text, words, beside_another)
        if read is not None:
            found.append(read)
    return found


# A multiple as written ("doubled", "more than tripled", "fivefold", "2.5x"): in "sales
# doubled to $4m" it is the change, and the figure after "to" is where it ended, not a range's
# other end whose unit and scale it would share.
_A_MULTIPLE_WRITTEN = re.compile(
    rf"(?:{_alternation(MULTIPLE_VERBS)})(?:ed|ing)$|fold$|\d[x\u00d7]$", re.IGNORECASE
)


def _join_ranges(text: str, figures: list[ParsedFigure], weak: set[int]) -> list[ParsedFigure]:
    """Read "between 30 and 40 percent", "2 to 3 million" and "52 to 38 percent" as one
    statement: the unit said once belongs to both, and a range's ends are a floor and a ceiling.
    Weak figures (a bare "one") are kept only as an end of such a pair."""
    joined = list(figures)
    kept: set[int] = set()
    for index in range(len(joined) - 1):
        low, high = joined[index], joined[index + 1]
        gap = text[low.end : high.start]
        between = bool(_BETWEEN_BEFORE.search(text[max(0, low.start - 10) : low.start]))
        from_ = bool(_FROM_BEFORE.search(text[max(0, low.start - 6) : low.start]))
        if between and re.fullmatch(r"\s+and\s+", gap):
            pass
        elif (
            not re.fullmatch(r"\s+to\s+", gap)
            or low.kind != "number"
            or high.kind != "number"
            or _A_MULTIPLE_WRITTEN.search(low.as_written)
        ):
            continue
        kept.update({index, index + 1})
        if not low.decorated and high.decorated:
            scale = high.scale
            if (
                scale != 1 and low.value * scale >= MAX_VALUE
            ) or low.value > high.value / scale * 10:
                scale = 1
            low = replace(
                low,
                value=_full_scale(low.value, scale),
                unit=high.unit,
                currency=high.currency,
                scale=scale,
            )
        elif low.unit == COUNT and high.unit in (CURRENCY, PERCENT) and low.scale == high.scale:
            # "between 35 million and 50 million pounds": the currency said once, after both
            # ends written with their scale.
            low = replace(low, unit=high.unit, currency=high.currency)
        if low.unit != high.unit or low.currency != high.currency:
            continue
        contest = bool(CONTEST.search(_clause_before(text, low.start)))
        changed = _CHANGED_BEFORE.search(text[max(0, low.start - 20) : low.start])
        is_range = between or (
            not from_ and not contest and low.value < high.value and not (changed and low.decorated)
        )
        if is_range and low.value < high.value:
            if low.qualifier == EXACT:
                low = replace(low, qualifier=AT_LEAST, kind="range")
            if high.qualifier == EXACT:
                high = replace(high, qualifier=UP_TO, kind="range")
        joined[index], joined[index + 1] = low, high
    return [
        figure
        for index, figure in enumerate(joined)
        if id(figures[index]) not in weak or index in kept
    ]


# "A 14% raise over three years", "£2bn over five years", "rose from 81% to 86% over three
# years": "over" after a figure, a few words on in its clause, says across the period the
# figure is spread over, not "more than" (the period is no claim of its own). After "for",
# "took" or "lasted" ("banned for over two years") it still says more than.
_SPREAD_GAP = re.compile(r"(?:\s+[\w’'-]+){0,3}\s+")
_MORE_THAN_VERB_BEFORE = re.compile(
    r"\b(?:for|of|took|takes|take|taking|lasted|lasts|last|spent|spend|served|serving|after|"
    r"than|aged|within|in)\s+$",
    re.IGNORECASE,
)


# "A jump of 1.2 points in twelve months", "up 4% in three weeks": the span a change took,
# said right after it, as "over" says it above.
_IN_GAP = re.compile(r"\s+(?:in|within)\s+", re.IGNORECASE)
_SPAN_UNIT_AFTER = re.compile(r"\s+(?:days|weeks|months|quarters|years)\b", re.IGNORECASE)


def _is_spread_over(text: str, figure: ParsedFigure, before: ParsedFigure | None) -> bool:
    """Whether a figure in years is the period the figure before it is spread over
    (`_SPREAD_GAP`), or a count of time units the span a change took (`_IN_GAP`), not a
    length of time of its own."""
    if before is None:
        return False
    if (
        figure.unit == COUNT
        and figure.qualifier == EXACT
        and before.unit in (PERCENT, PERCENTAGE_POINTS)
        and _IN_GAP.fullmatch(text[before.end : figure.start])
        and _SPAN_UNIT_AFTER.match(text, figure.end)
    ):
        return True
    if figure.unit != YEARS or figure.qualifier_text.lower() != "over":
        return False
    gap = text[before.end : figure.start]
    return bool(_SPREAD_GAP.fullmatch(gap)) and not _MORE_THAN_VERB_BEFORE.search(gap)


# "Three years ago", "two seasons ago", "44 two years ago": when something happened, a point
# in time as a date is, not a figure (the figure it dates is read on its own).
_AGO_AFTER = re.compile(
    r"\s+(?:(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|seasons?|terms?|"
    r"years?|decades?|centuries|generations?)\s+)?ago\b",
    re.IGNORECASE,
)
# So is a span in years counted on from the last event, written exactly ("Three years later,
# ..."), as a bare count's is (`_LATER_AFTER`), session 56; "two years later than planned" is a
# delay, a figure.
_AFTERWARDS_AFTER = re.compile(rf"\s+{_AFTERWARDS}(?!\s+than\b)", re.IGNORECASE)


def _is_time_ago(text: str, figure: ParsedFigure) -> bool:
    """Whether a figure counts how long ago something happened (`_AGO_AFTER`), or how many
    years after the last event (`_AFTERWARDS_AFTER`)."""
    if figure.unit not in (COUNT, YEARS):
        return False
    return bool(_AGO_AFTER.match(text, figure.end)) or (
        figure.unit == YEARS
        and figure.qualifier == EXACT
        and bool(_AFTERWARDS_AFTER.match(text, figure.end))
    )


def _without_periods(text: str, figures: list[ParsedFigure]) -> list[ParsedFigure]:
    """The figures, less the periods a figure is spread over and the times ago."""
    return [
        figure
        for index, figure in enumerate(figures)
        if not _is_spread_over(text, figure, figures[index - 1] if index else None)
        and not _is_time_ago(text, figure)
    ]


def _any_word(words: Any) -> re.Pattern[str]:
    """A pattern found wherever one of `words` is, matched as the figures' patterns match
    (ignoring case), so that a text without one of them cannot hold a figure that needs it."""
    return re.compile("|".join(re.escape(word) for word in sorted(set(words))), re.IGNORECASE)


# What each pattern cannot match without, as the pattern spells it: a digit, or one of its
# words. `find_figures` runs a pattern only over a text that holds it, which finds the same
# figures (test_figure_patterns_gated_find_what_they_found_ungated) in less time: most
# sentences have no fraction, no multiple and no vague count, and the scan for each cost as
# much as the one for digits.
_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    NUMERIC_FIGURE: re.compile(r"\d"),
    DURATION_FIGURE: re.compile(r"\d"),
    CLOCK_DURATION_FIGURE: re.compile(":"),
    PAIR_FIGURE: re.compile(f"[{_DASH}]"),
    FOR_EVERY_FIGURE: _any_word(("every",)),
    POINT_FRACTION_FIGURE: _any_word(("point",)),
    DOZEN_FIGURE: _any_word(("dozen",)),
    # "fivefold", and a multiple written with "x" after its digits ("2.5x").
    FOLD_FIGURE: re.compile(r"fold|\d[x\u00d7]", re.IGNORECASE),
    POINT_AND_A_HALF_FIGURE: _any_word(("half",)),
    SPELLED_SCALED_FIGURE: _any_word(("thousand", "million", "billion", "trillion")),
    SOME_OF_A_SCALE_FIGURE: _any_word(SCALE_WORDS),
    HALF_A_UNIT_FIGURE: _any_word(("half",)),
    FRACTION_FIGURE: _any_word(
        ["half", *(singular for names in _DENOMINATORS.values() for singular, _ in names)]
    ),
    # "tens of thousands": its last word, which no spacing inside the phrase changes.
    VAGUE_FIGURE: _any_word(phrase.split()[-1] for phrase in VAGUE),
    MULTIPLE_FIGURE: _any_word(MULTIPLE_WORDS),
    MULTIPLE_ADJECTIVE_FIGURE: _any_word(MULTIPLE_ADJECTIVES),
    MULTIPLE_VERB_FIGURE: _any_word(MULTIPLE_VERBS),
    PERFECT_MULTIPLE_FIGURE: _any_word(MULTIPLE_VERBS),
}


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in `text`, none where the text lacks what the pattern needs."""
    needs = _NEEDS.get(pattern)
    if needs is not None and needs.search(text) is None:
        return iter(())
    return pattern.finditer(text)


def find_figures(text: str, *, named: frozenset[str] | None = None) -> list[ParsedFigure]:
    """Every figure in `text`, in order, none overlapping another. `named`: the currencies the
    whole text that `text` is a sentence of names (`currencies_named`: an article names the peso
    once, "a weaker peso", and prices rice in "P52" a kilo in other sentences); by default those
    `text` names itself (a sentence's own are among its text's)."""
    if named is None:
        named = currencies_named(text)
    found: list[ParsedFigure] = []
    taken = bytearray(len(text))  # 1 where a figure, a phone number, a date or a time is
    clock_lengths = [
        figure
        for clock_match in _scan(CLOCK_DURATION_FIGURE, text)
        if (figure := _clock_duration(text, clock_match))
    ]
    for not_start, not_end in _not_figures(text):
        if any(f.start <= not_start and not_end <= f.end for f in clock_lengths):
            continue  # a clock's digits that give a length, not a time of day
        taken[not_start:not_end] = b"\x01" * (not_end - not_start)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def take(figure: ParsedFigure | None) -> bool:
        if figure is None or not free(figure.start, figure.end):
            return False
        found.append(figure)
        taken[figure.start : figure.end] = b"\x01" * (figure.end - figure.start)
        return True

    # Each pattern below that needs a word or a mark is run only where the text has it
    # (`_scan`): the same figures, and most sentences have none of them.
    for share_match in SHARE_FIGURE.finditer(text):
        take(_share_figure(text, share_match))
    # Not among `_NEEDS`: this check reads "-in-" in lower case only, so an all-capitals
    # "ONE-IN-FOUR" is not read, where the pattern (ignoring case) would read it; the gates
    # find exactly what their patterns find.
    if "-in-" in text:
        for share_match in HYPHENED_SHARE_FIGURE.finditer(text):
            take(_share_figure(text, share_match))
    for every_match in _scan(FOR_EVERY_FIGURE, text):
        take(_for_every(text, every_match))
    for clock_length in clock_lengths:
        take(clock_length)
    for duration_match in _scan(DURATION_FIGURE, text):
        take(_duration(text, duration_match))
    for pair_match in _scan(PAIR_FIGURE, text):
        pair = _pair(text, pair_match, named)
        if pair and free(pair[0].start, pair[1].end):
            for figure in pair:
                take(figure)
    # A fraction of a point before the fraction alone: "a quarter of a percentage point".
    for point_match in _scan(POINT_FRACTION_FIGURE, text):
        take(_point_fraction(text, point_match))
    for some_match in _scan(SOME_OF_A_SCALE_FIGURE, text):
        take(_some_of_a_scale(text, some_match))
    # Spelled amounts before fractions: "half a million" must not be read as the fraction "half".
    for spelled_match in _scan(SPELLED_SCALED_FIGURE, text):
        take(_spelled(text, spelled_match))
    for dozen_match in _scan(DOZEN_FIGURE, text):
        take(_dozen(text, dozen_match))
    for numeric_match in _scan(NUMERIC_FIGURE, text):
        take(_numeric(text, numeric_match, named))
    for half_match in _scan(HALF_A_UNIT_FIGURE, text):
        take(_counted(text, half_match, Decimal("0.5")))
    for fraction_match in _scan(FRACTION_FIGURE, text):
        take(_fraction(text, fraction_match))
    for vague_match in _scan(VAGUE_FIGURE, text):
        take(_vague(text, vague_match))
    for multiple_match in _scan(MULTIPLE_FIGURE, text):
        multiple = MULTIPLE_WORDS[multiple_match.group("multiple").lower()]
        take(_counted(text, multiple_match, Decimal(multiple)))
    for adjective_match in _scan(MULTIPLE_ADJECTIVE_FIGURE, text):
        if adjective_match.group("qual") or _COPULA_BEFORE.search(
            text[max(0, adjective_match.start() - 40) : adjective_match.start()]
        ):
            multiple = MULTIPLE_ADJECTIVES[adjective_match.group("multiple").lower()]
            take(_counted(text, adjective_match, Decimal(multiple)))
    for verb_match in _scan(MULTIPLE_VERB_FIGURE, text):
        multiple = MULTIPLE_VERBS[verb_match.group("verb").lower()]
        take(_counted(text, verb_match, Decimal(multiple)))
    for perfect_match in _scan(PERFECT_MULTIPLE_FIGURE, text):
        take(_perfect_multiple(text, perfect_match))
    for fold_match in _scan(FOLD_FIGURE, text):
        take(_fold_multiple(text, fold_match))
    for point_match in _scan(POINT_AND_A_HALF_FIGURE, text):
        half_point = _counted(text, point_match, Decimal("1.5"))
        take(replace(half_point, unit=PERCENTAGE_POINTS))
    weak: set[int] = set()
    for figure, is_weak in _words_figures(text):
        if take(figure) and is_weak:
            weak.add(id(figure))
    found.sort(key=lambda figure: figure.start)
    return _join_ranges(text, _without_periods(text, found), weak)
