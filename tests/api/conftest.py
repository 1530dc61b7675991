"""Fixtures for the API tests: a JSON client, the API's own URL map, and throttle counters that
start from zero in every test."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from claims import services
from claims.models import Citation
from sources.models import DatePrecision
from tests.factories import MetricFactory, SnapshotFactory, SourceFactory, TopicFactory


@pytest.fixture(autouse=True)
def api_urls(settings) -> None:  # type: ignore[no-untyped-def]
    settings.ROOT_URLCONF = "tests.api.urls"


@pytest.fixture(autouse=True)
def fresh_throttle_counters() -> None:
    cache.clear()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def api_as(api):  # type: ignore[no-untyped-def]
    """api_as(user): the client, signed in as `user` (session auth, as the browser would)."""

    def sign_in(user):  # type: ignore[no-untyped-def]
        api.force_authenticate(user=None)
        api.force_login(user)
        return api

    return sign_in


@pytest.fixture
def rich_claim(make_claim, fact_checker):  # type: ignore[no-untyped-def]
    """A draft claim with every kind of value a document holds: money with bounds, a
    partial date, a negative and a thirteen-digit figure, unordered topics, text that needs
    escaping, a source without a publisher, unchecked and checked quotes."""
    claim = make_claim(
        status="draft",
        statement='Cameras cut crime by "46%" \\ said the city\u2028— “officially”',
        place="Quito\n(centro)",
        period="2016",
    )
    claim.topics.add(
        TopicFactory(name="Zeta", slug="zeta"), TopicFactory(name="Alpha", slug="alpha")
    )
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=MetricFactory(unit="currency"),
        unit="currency",
        currency="USD",
        value=Decimal("14000000"),
        qualifier="at_least",
        lower_bound=Decimal("14000000"),
        upper_bound=Decimal("20000000.5"),
        as_written="$14 million worth",
    )
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=MetricFactory(unit="date"),
        unit="date",
        date_value=date(2016, 3, 1),
        date_value_precision=DatePrecision.MONTH,
    )
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=MetricFactory(),
        unit="percent",
        value=Decimal("-3.5"),
    )
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=MetricFactory(unit="count"),
        unit="count",
        value=Decimal("1234567890123.25"),
    )
    services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=SourceFactory(publisher=None, url="https://example.org/report"),
        quote="a donation of equipment",
        is_paraphrase=True,
    )
    checked = SnapshotFactory()
    services.citation_add(
        claim=claim, actor=fact_checker, source=checked.source, quote="crime fell by 46 per cent"
    )
    # Values the services would not write, but a row may hold: a whole-second check time and
    # similarities that are and are not whole numbers.
    first, *_ = Citation.objects.filter(claim=claim).order_by("id")
    Citation.objects.filter(pk=first.pk).update(
        checked_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), similarity=1.0
    )
    Citation.objects.filter(claim=claim).exclude(pk=first.pk).update(similarity=5 / 6)
    return claim
