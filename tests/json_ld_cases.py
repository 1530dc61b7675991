"""A published claim whose figures cover every kind of Observation Tally writes: a per cent with
bounds, "at least" a count, "up to" an amount of money, percentage points, a date, and a period
that is not a date; cited where it first appeared (a source with an address, date, publisher and
authors) and elsewhere (one without an address)."""

from datetime import date
from decimal import Decimal
from typing import Any

from claims import services
from claims.models import CitationRole, Claim, Qualifier, Rank, Unit, Verdict
from sources.models import DatePrecision
from tests.factories import EntityFactory, MetricFactory, SnapshotFactory, SourceFactory

EXPLANATION = "The city's own figure; the police count a smaller fall."


def observed_claim(make_claim: Any, fact_checker: Any, reviewer: Any) -> Claim:
    claim = make_claim(
        status="draft", place="Springfield", period="2018", statement="Crime fell by 46%."
    )
    percent = claim.figures.get()
    percent.lower_bound, percent.upper_bound = Decimal("40.5"), Decimal(50)
    percent.as_written = "46 per cent"
    percent.save()
    add = {"claim": claim, "actor": fact_checker}
    services.figure_add(
        **add,
        metric=MetricFactory(name="Arrests", unit=Unit.COUNT),
        unit=Unit.COUNT,
        value=Decimal(3000),
        qualifier=Qualifier.AT_LEAST,
        period="2017 to 2018",
        rank=Rank.PREFERRED,
    )
    services.figure_add(
        **add,
        metric=MetricFactory(name="Cost of the cameras", unit=Unit.CURRENCY),
        unit=Unit.CURRENCY,
        currency="USD",
        value=Decimal("150000000.50"),
        qualifier=Qualifier.UP_TO,
        difference="method",
        difference_note="Includes maintenance.",
    )
    services.figure_add(
        **add,
        metric=MetricFactory(name="Change in clearance rate", unit=Unit.PERCENTAGE_POINTS),
        unit=Unit.PERCENTAGE_POINTS,
        value=Decimal("-2.5"),
        period="2018-03",
    )
    services.figure_add(
        **add,
        metric=MetricFactory(name="Cameras switched on", unit=Unit.DATE),
        unit=Unit.DATE,
        date_value=date(2014, 3, 1),
        date_value_precision=DatePrecision.MONTH,
    )
    first = SourceFactory(
        url="https://news.example.org/2018/cameras",
        authors=["Ana Reporter"],
        published_on=date(2018, 5, 1),
        published_on_precision=DatePrecision.MONTH,
        publisher=EntityFactory(name="Example News", url="https://news.example.org/"),
    )
    SnapshotFactory(source=first)
    services.citation_add(
        **add, source=first, quote="crime fell by 46 per cent", role=CitationRole.FIRST_APPEARANCE
    )
    services.claim_submit_for_review(claim=claim, actor=fact_checker, note="ready")
    services.claim_publish(
        claim=claim, actor=reviewer, verdict=Verdict.MISLEADING, explanation=EXPLANATION
    )
    claim.refresh_from_db()
    return claim
