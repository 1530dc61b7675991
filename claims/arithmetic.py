"""Figure arithmetic: a figure that records what it was computed from (its basis: a change from a
baseline to an end value, or a part of a whole) is recomputed, and what does not follow is
flagged with the computation written out. Pure functions of a figure's values, read from a model
instance or from its document; the admin, the API and the claim page show the same checks."""

import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, NamedTuple

from django.db import models

from claims.models import BASIS_FIELDS, BasisKind, Qualifier, Unit

HUNDRED = Decimal(100)
# "about" and "nearly" say the value is close, not rounded: a tenth either way (nearly: below).
APPROXIMATE_SHARE = Decimal("0.1")
RATES = frozenset({Unit.PERCENT, Unit.PERCENTAGE_POINTS})
AMOUNTS = frozenset({Unit.COUNT, Unit.CURRENCY, Unit.YEARS})


class Flag(models.TextChoices):
    RECOMPUTED = "recomputed", "Follows from its values"
    NOT_RECOMPUTABLE = "not_recomputable", "Cannot be recomputed"
    DOES_NOT_FOLLOW = "does_not_follow", "Does not follow from its values"
    PERCENT_VS_POINTS = "percent_vs_points", "Per cent confused with percentage points"
    COUNT_VS_RATE = "count_vs_rate", "A count compared with a rate"
    SHARE_VS_RATE = "share_vs_rate", "A share of one population read as a rate of another"
    PERIODS_DIFFER = "periods_differ", "Different or unstated periods"
    COVERAGE_DIFFERS = "coverage_differs", "Different coverage"


class Severity(models.TextChoices):
    OK = "ok", "Checked"
    NOTE = "note", "Could not check"
    WARNING = "warning", "Warning"


@dataclass(frozen=True)
class Check:
    """One check of a figure: what was found, in words, and the arithmetic behind it."""

    flag: Flag
    severity: Severity
    message: str
    computation: str

    def as_dict(self) -> dict[str, str]:
        return {key: str(value) for key, value in asdict(self).items()}

    @property
    def label(self) -> str:
        return self.flag.label


class Facts(NamedTuple):
    """What the checks read of a figure: its stated value, how it was said, its metric's unit
    and its basis (the model's basis_* fields without the prefix)."""

    value: Decimal | None
    unit: str
    qualifier: str
    metric_unit: str
    basis: str
    baseline_value: Decimal | None = None
    baseline_period: str = ""
    baseline_unit: str = ""
    baseline_counts: str = ""
    end_value: Decimal | None = None
    end_period: str = ""
    end_unit: str = ""
    end_counts: str = ""
    part_value: Decimal | None = None
    part_counts: str = ""
    whole_value: Decimal | None = None
    whole_counts: str = ""
    read_as: str = ""
    note: str = ""


def _decimal(raw: Any) -> Decimal | None:
    if raw is None or raw == "":
        return None
    try:
        return Decimal(str(raw))
    except InvalidOperation:
        return None


# (field, its name in Facts, whether it holds a number): worked out once rather than for each
# figure of each answer (an API page has 150).
_BASIS_READS = tuple(
    (name, name.removeprefix("basis_") if name != "basis" else "basis", name.endswith("_value"))
    for name in BASIS_FIELDS
)


def _facts(read: Callable[[str], Any], metric_unit: str) -> Facts:
    value, unit = _decimal(read("value")), read("unit") or ""
    qualifier = read("qualifier") or Qualifier.EXACT
    if not read("basis"):
        # Most figures: no check reads a basis' values without its kind, and a stored figure
        # has none then (constraint figure_basis_fields_match_kind), so they are not read.
        return Facts(value, unit, qualifier, metric_unit or "", "")
    basis: dict[str, Any] = {
        key: _decimal(read(name)) if is_number else (read(name) or "")
        for name, key, is_number in _BASIS_READS
    }
    return Facts(value, unit, qualifier, metric_unit or "", **basis)


def facts_of_figure(figure: Any) -> Facts:
    """The facts of a Figure instance (saved, unsaved or frozen)."""
    metric = figure.metric if figure.metric_id is not None else None
    return _facts(lambda name: getattr(figure, name, None), metric.unit if metric else "")


def facts_of_document(figure: Mapping[str, Any]) -> Facts:
    """The facts of a figure's document (claims.documents.FIGURE), raw or finished; a document
    frozen before figures had a basis reads as one without."""
    metric = figure.get("metric") or {}
    return _facts(figure.get, metric.get("unit", ""))


# --- numbers as the checks write them -------------------------------------------------------------


def _decimals(value: Decimal) -> int:
    """How many decimal places the value was stated to (46 is 0, 13.5 is 1)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def rounding_tolerance(value: Decimal) -> Decimal:
    """Half a unit of the value's last stated digit: 46 covers 45.5 to 46.5."""
    return Decimal(5).scaleb(-_decimals(value) - 1)


def _sign(text: str, value: Decimal, signed: bool) -> str:
    if value < 0:
        return "−" + text
    return ("+" + text) if signed and value > 0 else text


def number(value: Decimal, places: int | None = None, *, signed: bool = False) -> str:
    """1234 as "1,234"; with `places`, rounded half up to that many; negatives with "−"."""
    if places is None:
        places = _decimals(value)
    rounded = abs(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return _sign(text, value if rounded else Decimal(0), signed)


def _with_unit(text: str, unit: str) -> str:
    if unit == Unit.PERCENT:
        return f"{text}%"
    if unit == Unit.PERCENTAGE_POINTS:
        return f"{text} percentage points"
    if unit == Unit.YEARS:
        return f"{text} years"
    return text


def _stated(facts: Facts) -> str:
    assert facts.value is not None
    return _with_unit(number(facts.value), facts.unit)


def _result_places(facts: Facts) -> int:
    """Recomputed results are written one decimal place finer than the figure was stated."""
    return _decimals(facts.value) + 1 if facts.value is not None else 1


def follows(computed: Decimal, stated: Decimal, qualifier: str) -> bool:
    """Whether `computed` is what `stated`, said with `qualifier`, says, allowing for the
    rounding of the stated precision ("about" and "nearly" allow a tenth of the value)."""
    tolerance = rounding_tolerance(stated)
    close = max(tolerance, abs(stated) * APPROXIMATE_SHARE)
    if qualifier == Qualifier.ABOUT:
        return abs(computed - stated) <= close
    if qualifier == "nearly":  # Qualifier.NEARLY: just short of the value
        return stated - close <= computed <= stated + tolerance
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return computed >= stated - tolerance
    if qualifier in (Qualifier.UP_TO, Qualifier.LESS_THAN):
        return computed <= stated + tolerance
    return abs(computed - stated) <= tolerance


# --- the computations ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Computed:
    """A recomputed result, in the figure's terms (a fall's size is positive), and the
    arithmetic that gave it."""

    value: Decimal
    unit: str
    text: str


def percent_change(baseline: Decimal, end: Decimal) -> Decimal:
    """(end − baseline) ÷ baseline, in per cent (of the baseline's size when it is negative)."""
    return (end - baseline) / abs(baseline) * HUNDRED


def _change(facts: Facts, baseline: Decimal, end: Decimal, unit: str, places: int) -> Computed:
    """The change from baseline to end, in `unit`: per cent of the baseline, percentage points
    or the difference; for a fall, its size."""
    fall = facts.basis == BasisKind.FALL
    b, e = number(baseline), number(end)
    if unit == Unit.PERCENT:
        change = percent_change(baseline, end)
        text = f"({e} − {b}) ÷ {b} = {number(change, places, signed=True)}%"
    else:
        change = end - baseline
        if unit == Unit.PERCENTAGE_POINTS:
            text = f"{e}% − {b}% = {number(change, places, signed=True)} percentage points"
        else:
            text = f"{e} − {b} = {number(change, signed=True)}"
    if fall:
        size = _with_unit(number(abs(change), places if unit in RATES else None), unit)
        if change < 0:
            text += f": a fall of {size}"
        elif change > 0:
            text += f": a rise of {size}, not a fall"
        return Computed(-change, unit, text)
    return Computed(change, unit, text)


def _recompute(facts: Facts) -> list[Check]:
    stated = facts.value
    if stated is None or not facts.basis:
        return []
    if facts.basis == BasisKind.SHARE:
        return _recompute_share(facts, stated)
    baseline, end = facts.baseline_value, facts.end_value
    missing = [name for name, value in (("baseline", baseline), ("end", end)) if value is None]
    formula = {
        BasisKind.RATIO: "end ÷ baseline",
        BasisKind.FALL: "(baseline − end) ÷ baseline",
    }.get(BasisKind(facts.basis), "(end − baseline) ÷ baseline")
    if missing:
        said = " and no ".join(f"{name} value" for name in missing)
        return [
            Check(
                Flag.NOT_RECOMPUTABLE,
                Severity.NOTE,
                f"The sources give no {said}, so the stated {_stated(facts)} cannot be recomputed.",
                f"{formula} = {_stated(facts)}, with {' and '.join(missing)} unknown",
            )
        ]
    assert baseline is not None
    assert end is not None
    if facts.basis == BasisKind.RATIO:
        return _recompute_ratio(facts, stated, baseline, end)
    if baseline == 0 and facts.unit == Unit.PERCENT:
        return [
            Check(
                Flag.NOT_RECOMPUTABLE,
                Severity.NOTE,
                "A change from a baseline of zero has no percentage.",
                f"({number(end)} − 0) ÷ 0",
            )
        ]
    places = _result_places(facts)
    rates = _sides_are_rates(facts)
    if facts.unit == Unit.PERCENTAGE_POINTS and not rates:
        relative = _change(facts, baseline, end, Unit.PERCENT, places)
        return [
            Check(
                Flag.PERCENT_VS_POINTS,
                Severity.WARNING,
                f"Percentage points are the difference between two percentages, but the "
                f"baseline and end are {_side_units(facts)}: the change is a percentage, "
                f"not {_stated(facts)}.",
                relative.text,
            )
        ]
    if rates and facts.unit in RATES:
        relative = _change(facts, baseline, end, Unit.PERCENT, places)
        points = _change(facts, baseline, end, Unit.PERCENTAGE_POINTS, places)
        meant, other = (relative, points) if facts.unit == Unit.PERCENT else (points, relative)
        if follows(meant.value, stated, facts.qualifier):
            return [_recomputed(facts, f"{meant.text} (or {other.text})")]
        if follows(other.value, stated, facts.qualifier):
            if facts.unit == Unit.PERCENT:
                message = (
                    f"The stated {_stated(facts)} is the difference in percentage points, "
                    "not a percent change: the rate changed by "
                    f"{_with_unit(number(relative.value, places), Unit.PERCENT)} of itself."
                )
            else:
                message = (
                    f"The stated {_stated(facts)} is the percent change of the rate, not its "
                    "difference in percentage points, which is "
                    f"{_with_unit(number(points.value, places), Unit.PERCENTAGE_POINTS)}."
                )
            return [
                Check(
                    Flag.PERCENT_VS_POINTS,
                    Severity.WARNING,
                    message,
                    f"{other.text}; {meant.text}",
                )
            ]
        return [_does_not_follow(facts, meant, f"{meant.text} (or {other.text})")]
    unit = Unit.PERCENT if facts.unit == Unit.PERCENT else Unit.COUNT
    computed = _change(facts, baseline, end, unit, places)
    if follows(computed.value, stated, facts.qualifier):
        return [_recomputed(facts, computed.text)]
    return [_does_not_follow(facts, computed, computed.text)]


def _recompute_ratio(facts: Facts, stated: Decimal, baseline: Decimal, end: Decimal) -> list[Check]:
    if baseline == 0:
        return [
            Check(
                Flag.NOT_RECOMPUTABLE,
                Severity.NOTE,
                "A multiple of a baseline of zero cannot be computed.",
                f"{number(end)} ÷ 0",
            )
        ]
    places = _result_places(facts)
    ratio = end / baseline
    if facts.unit == Unit.PERCENT:
        value, shown = ratio * HUNDRED, f"{number(ratio * HUNDRED, places)}%"
    else:
        value, shown = ratio, f"{number(ratio, places)} times"
    computed = Computed(value, facts.unit, f"{number(end)} ÷ {number(baseline)} = {shown}")
    if follows(value, stated, facts.qualifier):
        return [_recomputed(facts, computed.text)]
    return [_does_not_follow(facts, computed, computed.text)]


def _recompute_share(facts: Facts, stated: Decimal) -> list[Check]:
    part, whole = facts.part_value, facts.whole_value
    part_name = facts.part_counts or "part"
    whole_name = facts.whole_counts or "whole"
    if part is None or whole is None:
        missing = [name for name, value in (("part", part), ("whole", whole)) if value is None]
        said = " and no ".join(f"{name} value" for name in missing)
        shown = _stated(facts) if facts.unit == Unit.PERCENT else f"{_stated(facts)} in ?"
        return [
            Check(
                Flag.NOT_RECOMPUTABLE,
                Severity.NOTE,
                f"The sources give no {said}, so the stated {_stated(facts)} cannot be recomputed.",
                f"{part_name} ÷ {whole_name} = {shown}, with {' and '.join(missing)} unknown",
            )
        ]
    places = _result_places(facts) if facts.unit == Unit.PERCENT else 1
    share = part / whole * HUNDRED
    division = f"{number(part)} ÷ {number(whole)} = {number(share, places)}%"
    if facts.unit == Unit.PERCENTAGE_POINTS:
        return [
            Check(
                Flag.PERCENT_VS_POINTS,
                Severity.WARNING,
                f"A share is a percentage, not a number of percentage points: {part_name} of "
                f"{whole_name} is {number(share, places)}%.",
                division,
            )
        ]
    if facts.unit == Unit.PERCENT:
        computed = Computed(share, Unit.PERCENT, division)
        if follows(share, stated, facts.qualifier):
            return [_recomputed(facts, division)]
        return [_does_not_follow(facts, computed, division)]
    # "x in y": the figure states the part; the share is what it means.
    text = f"{number(part)} in {number(whole)}: {division}"
    if follows(part, stated, facts.qualifier):
        return [_recomputed(facts, text)]
    return [_does_not_follow(facts, Computed(part, facts.unit, text), text)]


def _recomputed(facts: Facts, computation: str) -> Check:
    return Check(
        Flag.RECOMPUTED,
        Severity.OK,
        f"The stated {_stated(facts)} follows from the values it was computed from.",
        computation,
    )


def _does_not_follow(facts: Facts, computed: Computed, computation: str) -> Check:
    places = _result_places(facts) if computed.unit in RATES else None
    return Check(
        Flag.DOES_NOT_FOLLOW,
        Severity.WARNING,
        f"The stated {_stated(facts)} does not follow from its values: they give "
        f"{_with_unit(number(computed.value, places), facts.unit)}.",
        computation,
    )


def _sides_are_rates(facts: Facts) -> bool:
    """Whether the baseline and end are percentages. Undeclared, they are taken to be what a
    change in percentage points says they are."""
    units = {facts.baseline_unit, facts.end_unit}
    if units == {""}:
        return facts.unit == Unit.PERCENTAGE_POINTS
    return units <= {Unit.PERCENT, ""}


def _side_units(facts: Facts) -> str:
    labels = {facts.baseline_unit, facts.end_unit} - {""}
    names = [Unit(unit).label if unit != Unit.COUNT else "counts" for unit in sorted(labels)]
    return " and ".join(names) or "not percentages"


# --- comparability ----------------------------------------------------------------------------------


def _kind_of(unit: str) -> str:
    if unit in RATES:
        return "rate"
    return "count" if unit in AMOUNTS else ""


def _count_vs_rate(facts: Facts) -> list[Check]:
    found: list[Check] = []
    if _sides_differ_in_kind(facts):
        baseline = _side(facts.baseline_value, facts.baseline_unit, facts.baseline_counts)
        end = _side(facts.end_value, facts.end_unit, facts.end_counts)
        found.append(
            Check(
                Flag.COUNT_VS_RATE,
                Severity.WARNING,
                "The baseline and the end are not the same kind of number: one is a count, "
                "the other a rate, so no change between them means anything.",
                f"baseline {baseline} → end {end}",
            )
        )
    figure, metric = _kind_of(facts.unit), _kind_of(facts.metric_unit)
    if figure and metric and figure != metric and facts.value is not None:
        found.append(
            Check(
                Flag.COUNT_VS_RATE,
                Severity.WARNING,
                f"The figure is a {figure} ({_stated(facts)}) but its metric measures a "
                f"{metric} (in {Unit(facts.metric_unit).label}): the two are not comparable.",
                f"{_stated(facts)} ({Unit(facts.unit).label}) against a metric in "
                f"{Unit(facts.metric_unit).label}",
            )
        )
    return found


def _sides_differ_in_kind(facts: Facts) -> bool:
    return facts.basis in BasisKind.from_baseline() and {
        _kind_of(facts.baseline_unit),
        _kind_of(facts.end_unit),
    } == {"rate", "count"}


def _side(value: Decimal | None, unit: str, counts: str) -> str:
    shown = _with_unit(number(value), unit) if value is not None else "(not given)"
    kind = {"rate": "a rate", "count": "a count"}.get(_kind_of(unit), "")
    detail = ", ".join(part for part in (kind, counts) if part)
    return f"{shown} ({detail})" if detail else shown


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s%]", " ", text.casefold()).split())


def _share_vs_rate(facts: Facts) -> list[Check]:
    if facts.basis != BasisKind.SHARE or not facts.read_as:
        return []
    if _plain(facts.read_as) == _plain(facts.whole_counts):
        return []
    part = facts.part_counts or "the part"
    whole = facts.whole_counts or "the whole"
    stated = _stated(facts) if facts.value is not None else "the figure"
    if facts.part_value is not None and facts.whole_value is not None:
        share = f"{number(facts.part_value)} ÷ {number(facts.whole_value)}"
    else:
        share = f"{part} ÷ {whole}"
    return [
        Check(
            Flag.SHARE_VS_RATE,
            Severity.WARNING,
            f"{stated} is a share of {whole} ({part} among them), not a rate of {facts.read_as}: "
            f"that rate would divide {part} by {facts.read_as}, which gives a different number.",
            f"{share} = {stated} (a share of {whole}); {part} ÷ {facts.read_as} = "
            "not given by the sources",
        )
    ]


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_PERIOD_LENGTHS: tuple[
    tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[str, int] | None]], ...
] = (
    (
        re.compile(r"^(?:fy|fiscal year|financial year|calendar year|year)?\s*\d{4}$"),
        lambda m: ("year", 1),
    ),
    (
        re.compile(r"^(\d{4})\s*(?:–|-|to|—)\s*(\d{2}|\d{4})$"),
        lambda m: ("year", span) if (span := _span(m.group(1), m.group(2))) else None,
    ),
    (re.compile(rf"^(?:{_MONTHS})\s+\d{{4}}$|^\d{{4}}-\d{{2}}$"), lambda m: ("month", 1)),
    (
        re.compile(r"^(?:q[1-4]|(?:first|second|third|fourth) quarter(?: of)?)\s*\d{4}$"),
        lambda m: ("quarter", 1),
    ),
    (re.compile(r"^(?:h[12]|(?:first|second) half(?: of)?)\s*\d{4}$"), lambda m: ("half", 1)),
    (
        re.compile(rf"^\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}$|^\d{{4}}-\d{{2}}-\d{{2}}$"),
        lambda m: ("day", 1),
    ),
)


def _span(first: str, last: str) -> int | None:
    """Years from `first` to `last` ("2014", "15"); None when `last` is not later ("2015-03" is
    a month)."""
    end = int(first[:2] + last) if len(last) == 2 else int(last)
    return end - int(first) + 1 if end > int(first) else None


def period_length(period: str) -> tuple[str, int] | None:
    """A period's length as (kind, how many): "2014" is a year, "2014–2015" two, "March 2015" a
    month; None when it cannot be told."""
    plain = " ".join(period.casefold().replace(",", " ").split())
    for pattern, length in _PERIOD_LENGTHS:
        match = pattern.match(plain)
        found = length(match) if match else None
        if found is not None:
            return found
    return None


def _periods(facts: Facts) -> list[Check]:
    if facts.basis not in BasisKind.from_baseline():
        return []
    baseline, end = facts.baseline_period.strip(), facts.end_period.strip()
    shown = f"baseline {baseline or '(not stated)'} → end {end or '(not stated)'}"
    if not baseline or not end:
        unstated = (
            "periods the baseline and the end cover"
            if not baseline and not end
            else f"period the {'baseline' if not baseline else 'end'} covers"
        )
        return [
            Check(
                Flag.PERIODS_DIFFER,
                Severity.WARNING,
                f"The sources do not say which {unstated}, so it cannot be told whether like "
                "is compared with like.",
                shown,
            )
        ]
    if facts.basis == BasisKind.RATIO:
        if _plain(baseline) == _plain(end):
            return []
        return [
            Check(
                Flag.PERIODS_DIFFER,
                Severity.WARNING,
                "The two values compared cover different periods.",
                shown,
            )
        ]
    if _plain(baseline) == _plain(end):
        return [
            Check(
                Flag.PERIODS_DIFFER,
                Severity.WARNING,
                "The baseline and the end cover the same period: there is no change over time "
                "to compute.",
                shown,
            )
        ]
    lengths = period_length(baseline), period_length(end)
    if None not in lengths and lengths[0] != lengths[1]:
        return [
            Check(
                Flag.PERIODS_DIFFER,
                Severity.WARNING,
                f"The baseline covers {_length_words(lengths[0])} and the end "
                f"{_length_words(lengths[1])}: periods of different length are not comparable.",
                shown,
            )
        ]
    return []


def _length_words(length: tuple[str, int] | None) -> str:
    assert length is not None
    kind, count = length
    return f"a {kind}" if count == 1 else f"{count} {kind}s"


def _coverage(facts: Facts) -> list[Check]:
    # A ratio compares two different things on purpose; a change follows one thing over time.
    if facts.basis not in (BasisKind.CHANGE, BasisKind.FALL):
        return []
    baseline, end = facts.baseline_counts.strip(), facts.end_counts.strip()
    if not baseline or not end or _plain(baseline) == _plain(end):
        return []
    return [
        Check(
            Flag.COVERAGE_DIFFERS,
            Severity.WARNING,
            f"The baseline counts {baseline} and the end {end}: the change compares different "
            "things or places.",
            f"baseline: {baseline} → end: {end}",
        )
    ]


def figure_checks(facts: Facts) -> list[Check]:
    """Every check of one figure, in the order a reader follows them: are its numbers of one
    kind, does it follow from its values, is it read as what it is, and are the values
    comparable. Empty for a figure without a basis whose units agree."""
    checks = _count_vs_rate(facts)
    if not facts.basis:
        # Most figures: every other check is of the basis, which has no kind (so no values).
        return checks
    # A change between a count and a rate is not recomputed: it has no meaning to show.
    if not _sides_differ_in_kind(facts):
        checks += _recompute(facts)
    return checks + _share_vs_rate(facts) + _periods(facts) + _coverage(facts)


def warnings(checks: list[Check]) -> list[Check]:
    return [check for check in checks if check.severity == Severity.WARNING]
