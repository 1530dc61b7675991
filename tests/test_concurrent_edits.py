"""No lost edits: many fact-checkers saving the same claim at once, on PostgreSQL."""

import threading

import pytest
from django.db import connection, connections

from claims import services
from claims.models import Claim
from claims.services import StaleClaimError

WRITERS = 20

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrency is tested on PostgreSQL"
    ),
]


def _run_writers(claim_id: int, fact_checker, body) -> list[object]:  # type: ignore[no-untyped-def]
    barrier = threading.Barrier(WRITERS)
    results: list[object] = [None] * WRITERS

    def worker(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = body(index)
        except Exception as exc:
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_twenty_writers_on_one_version_exactly_one_wins(fact_checker, make_claim):
    claim = make_claim(status="draft")
    seen = claim.version

    def save(index: int) -> str:
        mine = Claim.objects.get(pk=claim.pk)
        services.claim_update(
            claim=mine, actor=fact_checker, expected_version=seen, place=f"Place {index}"
        )
        return f"Place {index}"

    results = _run_writers(claim.pk, fact_checker, save)

    winners = [r for r in results if isinstance(r, str)]
    stale = [r for r in results if isinstance(r, StaleClaimError)]
    assert len(winners) == 1, results
    assert len(stale) == WRITERS - 1, results
    claim.refresh_from_db()
    assert claim.version == seen + 1
    assert claim.place == winners[0]
    assert all(error.current_version == seen + 1 for error in stale)


def test_writers_that_retry_after_a_stale_refusal_lose_nothing(fact_checker, make_claim):
    claim = make_claim(status="draft")
    start = claim.version

    def save_until_accepted(index: int) -> int:
        for _attempt in range(200):
            mine = Claim.objects.get(pk=claim.pk)
            try:
                services.claim_update(
                    claim=mine,
                    actor=fact_checker,
                    expected_version=mine.version,
                    place=f"Writer {index}",
                )
            except StaleClaimError:
                continue
            return mine.version
        raise AssertionError(f"writer {index} never got through")

    results = _run_writers(claim.pk, fact_checker, save_until_accepted)

    assert all(isinstance(r, int) for r in results), results
    assert sorted(results) == list(range(start + 1, start + WRITERS + 1))  # one success per version
    claim.refresh_from_db()
    assert claim.version == start + WRITERS
    recorded = list(
        claim.history.filter(version__gt=start).order_by("version").values_list("version", "place")
    )
    assert [version for version, _ in recorded] == list(range(start + 1, start + WRITERS + 1))
    assert sorted(place for _, place in recorded) == sorted(f"Writer {i}" for i in range(WRITERS))
