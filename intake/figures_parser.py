"""Reading figures as journalists write them: "over 1bn faces", "$4.5 billion", "nearly half".

General quantity libraries read "$301 million" as one dollar and "1.8m" as metres; this parser
knows newsroom style instead. It finds numbers, percentages, money, fractions ("one-third of")
and vague magnitudes ("millions of"), with the qualifier in front of them, and leaves alone what
is not a figure: years and dates, times, ordinals, list markers, "No. 1", model numbers.

Values are at full scale (1.8m is 1800000); a percentage stays a percentage (46 per cent is 46);
a fraction of something is a percentage too (one-third is 33.33).
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

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
LESS_THAN = "less_than"

# The words in front of a figure, longest first so "just over" wins over "over". "Nearly" and
# "almost" say the true value is a little below the figure, so the figure is an upper bound.
QUALIFIERS: dict[str, str] = {
    "no fewer than": AT_LEAST,
    "no less than": AT_LEAST,
    "a minimum of": AT_LEAST,
    "upwards of": AT_LEAST,
    "at least": AT_LEAST,
    "in excess of": MORE_THAN,
    "more than": MORE_THAN,
    "just over": MORE_THAN,
    "well over": MORE_THAN,
    "over": MORE_THAN,
    "above": MORE_THAN,
    "as many as": UP_TO,
    "as much as": UP_TO,
    "at most": UP_TO,
    "up to": UP_TO,
    "close to": UP_TO,
    "nearly": UP_TO,
    "almost": UP_TO,
    "just under": LESS_THAN,
    "fewer than": LESS_THAN,
    "less than": LESS_THAN,
    "under": LESS_THAN,
    "below": LESS_THAN,
    "approximately": ABOUT,
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
}

CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD",
    "$": "USD",  # a bare dollar sign is read as US dollars; the fact-checker confirms
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "rmb": "CNY",
    "cny": "CNY",
}
CURRENCY_WORDS: dict[str, str] = {
    "dollars": "USD",
    "us dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
}

FRACTIONS: dict[str, Decimal] = {
    "half": Decimal("50"),
    "one-half": Decimal("50"),
    "one half": Decimal("50"),
    "a third": Decimal("33.33"),
    "one-third": Decimal("33.33"),
    "one third": Decimal("33.33"),
    "two-thirds": Decimal("66.67"),
    "two thirds": Decimal("66.67"),
    "a quarter": Decimal("25"),
    "one-quarter": Decimal("25"),
    "one quarter": Decimal("25"),
    "three-quarters": Decimal("75"),
    "three quarters": Decimal("75"),
    "a fifth": Decimal("20"),
    "one-fifth": Decimal("20"),
    "one fifth": Decimal("20"),
    "a tenth": Decimal("10"),
    "one-tenth": Decimal("10"),
    "one tenth": Decimal("10"),
}

SPELLED: dict[str, int] = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "several": 2,
}

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


_QUALIFIER = rf"(?:(?P<qual>{_alternation(QUALIFIERS)})\s+)?"
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_CURRENCY_PREFIX = r"(?P<cur>US\$|\$|€|£|(?:USD|EUR|GBP|RMB|CNY)\s?)?"
_SCALE = (
    r"(?:(?P<scale_attached>bn|mn|tn|m|k)\b|\s+(?P<scale_word>thousand|million|billion|trillion)"
    r"|\s+(?P<scale_abbr>bn|mn|tn)\b)?"
)
_SUFFIX = (
    r"(?:(?P<pct>\s?%|\s+per\s?cent\b|\s*percent\b|\s+pc\b)"
    r"|\s+(?P<points>percentage\s+points?)\b"
    r"|\s+(?P<years>years?)\b"
    rf"|\s+(?P<curword>{_alternation(CURRENCY_WORDS)})\b)?"
)
NUMERIC_FIGURE = re.compile(
    rf"(?<![\w.,$€£-]){_QUALIFIER}{_CURRENCY_PREFIX}{_NUMBER}{_SCALE}{_SUFFIX}",
    re.IGNORECASE,
)
SPELLED_SCALED_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<cur>US\$|\$|€|£)?"
    rf"(?P<spelled>half\s+a|a\s+quarter\s+of\s+a|{_alternation(SPELLED)})\s+"
    r"(?P<scale_word>thousand|million|billion|trillion)\b"
    rf"(?:\s+(?P<curword>{_alternation(CURRENCY_WORDS)})\b)?",
    re.IGNORECASE,
)
FRACTION_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<frac>{_alternation(FRACTIONS)})(?=\s+(?:of|the|its|their|all)\b)",
    re.IGNORECASE,
)
VAGUE_FIGURE = re.compile(
    rf"(?<![\w-]){_QUALIFIER}(?P<vague>{_alternation(VAGUE)})(?=\s+of\b)", re.IGNORECASE
)

_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{MONTHS})\b", re.IGNORECASE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_CENTS_AFTER = re.compile(r"^\s?(?:c|cents?)\b(?!\s*%)", re.IGNORECASE)
_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bno\.?|#|\bnumber)\s*$", re.IGNORECASE)
_LIST_MARKER_AFTER = re.compile(r"^[.)]\s")
_TIME_AFTER = re.compile(r"^(?::\d|\s?(?:am|pm|a\.m\.|p\.m\.)\b)", re.IGNORECASE)
_HALF_NOT_A_SHARE = re.compile(r"\b(?:first|second|latter|other|back)\s+$", re.IGNORECASE)


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
    kind: str = "number"  # number, fraction, vague

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
        return ParsedFigure(
            value=self.value,
            unit=self.unit,
            qualifier=self.qualifier,
            qualifier_text=self.qualifier_text,
            scale=self.scale,
            currency=self.currency,
            as_written=self.as_written,
            start=self.start + offset,
            end=self.end + offset,
            kind=self.kind,
        )


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


def _is_excluded_number(text: str, match: re.Match[str]) -> str:
    """Why the number at `match` is not a figure ("" when it is one)."""
    num_start, num_end = match.span("num")
    number = match.group("num")
    before = text[max(0, num_start - 12) : num_start]
    after = text[match.end() : match.end() + 12]
    number_after = text[num_end : num_end + 12]
    plain_integer = "," not in number and "." not in number
    decorated = bool(
        match.group("cur")
        or match.group("pct")
        or match.group("points")
        or match.group("scale_attached")
        or match.group("scale_word")
        or match.group("scale_abbr")
        or match.group("years")
        or match.group("curword")
    )
    if number_after[:1].isalpha() and not (
        match.group("scale_attached") or match.group("pct") or match.group("curword")
    ):
        return "part of a word or code"
    if _ORDINAL_AFTER.match(number_after):
        return "ordinal"
    if _TIME_AFTER.match(number_after) or before.endswith(":"):
        return "time of day"
    if _CENTS_AFTER.match(number_after):
        return "cents without a currency"
    if _NUMBER_SIGN_BEFORE.search(before):
        return "a rank or label (No. 1)"
    if plain_integer and not decorated:
        if 1800 <= int(number) <= 2100:
            return "year"
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return "date"
        line_start = text.rfind("\n", 0, num_start) + 1
        if not text[line_start:num_start].strip() and _LIST_MARKER_AFTER.match(number_after):
            return "list marker"
    if number_after.startswith(("-", "‑", "–")) and number_after[1:2].isdigit():
        return "a range or code"
    return ""


def _numeric(text: str, match: re.Match[str]) -> ParsedFigure | None:
    if _is_excluded_number(text, match):
        return None
    try:
        number = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        return None
    scale_word = (
        match.group("scale_attached") or match.group("scale_word") or match.group("scale_abbr")
    )
    scale = SCALES[scale_word.lower()] if scale_word else 1
    if number * scale >= MAX_VALUE or len(match.group("num")) > 40:
        return None  # a serial number, not a quantity (and more than Figure.value can hold)
    qualifier, qualifier_text = _qualifier(match)
    currency = ""
    if match.group("cur"):
        currency = CURRENCY_SYMBOLS[match.group("cur").strip().lower()]
    elif match.group("curword"):
        currency = CURRENCY_WORDS[_fold(match.group("curword"))]
    if match.group("pct"):
        unit = PERCENT
    elif match.group("points"):
        unit = PERCENTAGE_POINTS
    elif currency:
        unit = CURRENCY
    elif match.group("years"):
        unit = YEARS
    else:
        unit = COUNT
    if unit in (PERCENT, PERCENTAGE_POINTS) and match.group("cur"):
        return None
    start, end = match.span()
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


def _spelled(text: str, match: re.Match[str]) -> ParsedFigure:
    spelled = _fold(match.group("spelled"))
    if spelled == "half a":
        number = Decimal("0.5")
    elif spelled == "a quarter of a":
        number = Decimal("0.25")
    else:
        number = Decimal(SPELLED[spelled])
    scale = SCALES[match.group("scale_word").lower()]
    currency = ""
    if match.group("cur"):
        currency = CURRENCY_SYMBOLS[match.group("cur").lower()]
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


def _fraction(text: str, match: re.Match[str]) -> ParsedFigure | None:
    if _HALF_NOT_A_SHARE.search(text[max(0, match.start() - 10) : match.start()]):
        return None
    qualifier, qualifier_text = _qualifier(match)
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


def _vague(text: str, match: re.Match[str]) -> ParsedFigure:
    qualifier, qualifier_text = _qualifier(match)
    start, end = match.span()
    return ParsedFigure(
        value=Decimal(VAGUE[_fold(match.group("vague"))]),
        unit=COUNT,
        qualifier=AT_LEAST if qualifier == EXACT else qualifier,
        qualifier_text=qualifier_text,
        as_written=text[start:end],
        start=start,
        end=end,
        kind="vague",
    )


def find_figures(text: str) -> list[ParsedFigure]:
    """Every figure in `text`, in order, none overlapping another."""
    found: list[ParsedFigure] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= t_start or start >= t_end for t_start, t_end in taken)

    # Spelled amounts first: "half a million" must not be read as the fraction "half".
    for spelled_match in SPELLED_SCALED_FIGURE.finditer(text):
        figure = _spelled(text, spelled_match)
        found.append(figure)
        taken.append((figure.start, figure.end))
    for numeric_match in NUMERIC_FIGURE.finditer(text):
        parsed = _numeric(text, numeric_match)
        if parsed is not None and free(parsed.start, parsed.end):
            found.append(parsed)
            taken.append((parsed.start, parsed.end))
    for fraction_match in FRACTION_FIGURE.finditer(text):
        parsed = _fraction(text, fraction_match)
        if parsed is not None and free(parsed.start, parsed.end):
            found.append(parsed)
            taken.append((parsed.start, parsed.end))
    for vague_match in VAGUE_FIGURE.finditer(text):
        vague = _vague(text, vague_match)
        if free(vague.start, vague.end):
            found.append(vague)
            taken.append((vague.start, vague.end))
    return sorted(found, key=lambda figure: figure.start)
