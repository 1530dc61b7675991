"""Each figure of a claim whose verdict stands as a schema.org Observation (JSON-LD), beside its
ClaimReview: the number itself as linked data, so that a Data Commons-style consumer or a
chatbot reads the figure, its measure, place, date and unit, and not only the verdict.

An Observation says what was measured (`variableMeasured`: the metric, a StatisticalVariable
with its definition), about what (`observationAbout`: the claim's place), when
(`observationDate`, only when the period is written as a date: "2018", "2018-03"), the number
(`value`; `minValue`/`maxValue` for bounds and for "at least", "up to" and the like), its unit
(`unitCode`, UN/CEFACT, where there is one; `unitText` otherwise), how (`measurementMethod`) and
where it was said (`subjectOf`: the sources it appears in, and our ClaimReview).

A claimed figure is not a fact: an inaccurate claim's figure is exported too, and nothing in
schema.org's Observation says "claimed by" or "rated false". So every Observation says so in
words (its `description`: who claims it, our verdict on the claim, its rank among the competing
figures) and links to the ClaimReview that rates it.

Only the figures of a claim whose verdict stands (published or corrected) are exported, exactly
the claims that have a ClaimReview (claims.claimreview.has_claim_review): a retraction withdraws
the figure with the verdict (public_competitors leaves it out for the same reason), and schema.org
has no way to mark an Observation withdrawn, so consumers drop it when they next read the page,
feed or API."""

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from django.urls import reverse

from claims.claimreview import creative_work, has_claim_review
from claims.models import (
    Citation,
    CitationRole,
    Claim,
    Difference,
    Figure,
    Qualifier,
    Rank,
    Unit,
    Verdict,
)
from sources.models import DatePrecision

CONTEXT = "https://schema.org"

# UN/CEFACT Common Codes (Recommendation 20), which schema.org's unitCode takes: per cent, one
# (a count), year. Percentage points and money have none: their unit is given as text (money by
# its ISO 4217 code).
UNIT_CODES = {Unit.PERCENT: "P1", Unit.COUNT: "C62", Unit.YEARS: "ANN"}
UNIT_TEXTS = {Unit.PERCENTAGE_POINTS: "percentage points"}

OPEN_ABOVE = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
OPEN_BELOW = (Qualifier.UP_TO, Qualifier.LESS_THAN)

# A period written as an ISO 8601 date of reduced precision: a year, a month or a day.
_ISO_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")

Absolute = Callable[[str], str]


def claim_observations(claim: Claim, *, absolute: Absolute) -> list[dict[str, Any]]:
    """The Observations of `claim`'s figures (none unless its verdict stands), each without
    @context: put them in a graph (observation_graph). `absolute` makes a path an absolute
    address (request.build_absolute_uri). Reads the claim's figures with their metrics and its
    citations with their sources (prefetched ones cost nothing)."""
    if not has_claim_review(claim):
        return []
    page_url = absolute(claim.get_public_url())
    citations: list[Citation] = list(claim.citations.all())
    appearances = [
        creative_work(c.source)
        for c in citations
        if c.role in (CitationRole.FIRST_APPEARANCE, CitationRole.APPEARS_IN)
    ]
    review = {"@type": "ClaimReview", "url": page_url}
    return [
        _observation(figure, claim, page_url, absolute, subject_of=[*appearances, review])
        for figure in claim.figures.all()
    ]


def observation_graph(observations: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Observations as one JSON-LD document."""
    return {"@context": CONTEXT, "@graph": list(observations)}


def _observation(
    figure: Figure,
    claim: Claim,
    page_url: str,
    absolute: Absolute,
    *,
    subject_of: list[dict[str, Any]],
) -> dict[str, Any]:
    metric = figure.metric
    period = figure.period or claim.period
    name = f"{metric.name}: {figure.display}" + (f", {period}" if period else "")
    observation: dict[str, Any] = {
        "@type": "Observation",
        "@id": f"{page_url}#figure-{figure.pk}",
        "url": f"{page_url}#figure-{figure.pk}",
        "name": name,
        "description": _description(figure, claim),
        "variableMeasured": {
            "@type": "StatisticalVariable",
            "@id": absolute(reverse("api:metric-detail", args=[metric.pk])),
            "name": metric.name,
            "description": metric.definition,
        },
    }
    if claim.place:
        observation["observationAbout"] = {"@type": "Place", "name": claim.place}
    if period and _ISO_PERIOD.fullmatch(period.strip()):
        observation["observationDate"] = period.strip()
    observation.update(_quantity(figure))
    observation["measurementMethod"] = _method(figure)
    observation["subjectOf"] = subject_of
    return observation


def _quantity(figure: Figure) -> dict[str, Any]:
    """The value, its bounds and its unit."""
    if figure.unit == Unit.DATE:
        return {"value": _iso_date(figure)} if _iso_date(figure) else {}
    assert figure.value is not None  # a number for every unit but dates (the database's rule)
    quantity: dict[str, Any] = {}
    low, high = figure.lower_bound, figure.upper_bound
    if figure.qualifier in OPEN_ABOVE:
        low = figure.value if low is None else max(low, figure.value)
    elif figure.qualifier in OPEN_BELOW:
        high = figure.value if high is None else min(high, figure.value)
    else:
        quantity["value"] = _number(figure.value)
    if low is not None:
        quantity["minValue"] = _number(low)
    if high is not None:
        quantity["maxValue"] = _number(high)
    if figure.unit in UNIT_CODES:
        quantity["unitCode"] = UNIT_CODES[Unit(figure.unit)]
    elif figure.unit == Unit.CURRENCY:
        quantity["unitText"] = figure.currency
    elif figure.unit in UNIT_TEXTS:
        quantity["unitText"] = UNIT_TEXTS[Unit(figure.unit)]
    return quantity


def _number(value: Decimal) -> int | float:
    """A JSON number: whole numbers exactly, others to a double's precision."""
    return int(value) if value == value.to_integral_value() else float(value)


def _iso_date(figure: Figure) -> str | None:
    """A date figure as ISO 8601, only as precise as it is known: "2018", "2018-03"."""
    value, precision = figure.date_value, figure.date_value_precision
    if value is None or precision == DatePrecision.UNKNOWN:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return value.strftime("%Y-%m")
    return value.isoformat()


def _method(figure: Figure) -> str:
    """How the figure was arrived at, as far as we know it: as its metric defines, or how it
    departs from that definition."""
    if figure.difference == Difference.NONE:
        return figure.metric.definition
    departs = Difference(figure.difference).label
    return f"{departs}: {figure.difference_note}" if figure.difference_note else departs


def _description(figure: Figure, claim: Claim) -> str:
    """What a reader must know before taking the number: who claims it and what we found."""
    said = f"{figure.display}, as claimed by {claim.claimant.name}"
    if figure.as_written:
        said += f" (written “{figure.as_written}”)"
    words = [said + "."]
    if claim.verdict:
        words.append(f"Our verdict on the claim: {Verdict(claim.verdict).label}.")
    if figure.rank == Rank.PREFERRED:
        words.append("It is the preferred one among the competing figures for this measure.")
    elif figure.rank == Rank.DEPRECATED:
        words.append("It is deprecated among the competing figures for this measure.")
    return " ".join(words)
