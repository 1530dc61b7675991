"""Fixtures for the public pages and cards: a claim with competing figures and a correction,
and a real Chromium for the browser tests."""

import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection

from claims import services
from claims.models import Claim, ClaimStatus, Rank, Verdict
from tests.factories import MetricFactory

# playwright's sync API runs an event loop in the test's thread; Django refuses ORM calls from a
# thread with a running loop unless told that this is deliberate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def _empty_card_cache() -> Iterator[None]:
    """Rendered cards are cached by claim id and ETag; ids restart in every test database."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rival_claims(make_claim, fact_checker, reviewer) -> Callable[..., dict[str, Any]]:  # type: ignore[no-untyped-def]
    """A published claim whose figure competes with a preferred figure from another published
    claim and with one from a draft (which must never show in public)."""
    return rival_claims_maker(make_claim, reviewer)


def rival_claims_maker(
    make_claim: Callable[..., Claim], reviewer: Any
) -> Callable[..., dict[str, Any]]:
    """The `rival_claims` fixture's builder, for builds that run without fixtures (a database
    image's, tests/database_image.py)."""

    def build(
        statement: str = "Crime fell by 46 per cent after the cameras went up.",
    ) -> dict[str, Any]:
        metric = MetricFactory(name="Fall in recorded crime, 2018")
        claim = make_claim(status="in_review", statement=statement)
        _move_figure(claim, metric=metric)
        services.claim_publish(
            claim=claim,
            actor=reviewer,
            verdict=Verdict.MISLEADING,
            explanation="The fall is the vendor's own figure; police data show 24 per cent.",
            note="checked",
        )
        rival = make_claim(status="in_review", statement="Police data show crime fell 24 per cent.")
        _move_figure(
            rival, metric=metric, value=Decimal(24), rank=Rank.PREFERRED, difference="method"
        )
        services.claim_publish(
            claim=rival,
            actor=reviewer,
            verdict=Verdict.ACCURATE,
            explanation="Matches the police statistics.",
        )
        secret = make_claim(status="draft", statement="A draft says 99 per cent.")
        _move_figure(secret, metric=metric, value=Decimal("99.5"))
        claim.refresh_from_db()
        rival.refresh_from_db()
        return {"claim": claim, "rival": rival, "draft": secret, "metric": metric}

    return build


def _move_figure(claim: Claim, *, metric: Any, **changes: Any) -> None:
    """Put the claim's one figure on `metric` (the factory gave it a metric of its own)."""
    figure = claim.figures.get()
    figure.metric = metric
    for name, value in changes.items():
        setattr(figure, name, value)
    figure.save()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"needs Chromium at {CHROMIUM} (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def flushable_db(transactional_db: None) -> Iterator[None]:
    """For tests that commit (live_server): the flush after them deletes citations before
    claims on SQLite, in no fixed order, and the claim_public_needs_citation trigger refuses to
    delete a public claim's last citation. Unpublish everything first, around the services,
    since the rows are about to go anyway. (PostgreSQL truncates, which fires no row trigger.)"""
    yield
    if connection.vendor == "sqlite":
        Claim.objects.update(status=ClaimStatus.DRAFT)
