"""The two builders of a claim's API document agree: what PostgreSQL builds (the functions of
migration claims/0009, which the API uses there) is what the Python builder makes from the same
rows (which the API uses on other databases). Run on PostgreSQL; on SQLite there is one builder."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import orjson
import pytest
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import selectors, services
from claims.api import documents
from claims.models import Citation, Claim, Figure
from tests.factories import MetricFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="PostgreSQL builds documents in the database; elsewhere Python is the only builder",
    ),
]


def built_by_both(ids: list[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    texts = documents.documents_by_id(ids)
    in_database = [orjson.loads(texts[pk]) for pk in ids]
    rows = {
        row["id"]: row
        for row in Claim.objects.filter(pk__in=ids).values(*documents.CLAIM_ROW_FIELDS)
    }
    in_python = documents.raw_documents([rows[pk] for pk in ids])
    return in_database, in_python


def key_orders(value: Any, path: str = "") -> list[tuple[str, list[str]]]:
    """Every object's keys in order, by where it sits: equal dicts may still be written in
    another order, and the answer's order is part of what clients see."""
    if isinstance(value, dict):
        found = [(path, list(value))]
        for key, item in value.items():
            found += key_orders(item, f"{path}.{key}")
        return found
    if isinstance(value, list):
        return [
            entry
            for index, item in enumerate(value)
            for entry in key_orders(item, f"{path}[{index}]")
        ]
    return []


def assert_same(in_database: list[dict[str, Any]], in_python: list[dict[str, Any]]) -> None:
    assert in_database == in_python
    assert key_orders(in_database) == key_orders(in_python)
    # What clients read, and what the ETag digests, byte for byte (== takes 1 for 1.0).
    templates = documents.url_templates()
    answers = [
        orjson.dumps(documents.finish(raw, prefix="", templates=templates))
        for raw in (in_database, in_python)
    ]
    assert answers[0] == answers[1]


def test_a_rich_claim_reads_the_same_from_both_builders(rich_claim, make_claim):
    published = make_claim(status="published")
    corrected = make_claim(status="corrected")

    in_database, in_python = built_by_both([rich_claim.pk, published.pk, corrected.pk])

    assert_same(in_database, in_python)
    figures = in_database[0]["figures"]
    assert [figure["value"] for figure in figures] == [
        "46.000000",
        "14000000.000000",
        None,
        "-3.500000",
        "1234567890123.250000",
    ]
    assert [topic["name"] for topic in in_database[0]["topics"]] == ["Alpha", "Zeta"]
    assert in_database[0]["citations"][0]["checked_at"] == "2026-01-02T03:04:05Z"
    assert in_database[0]["published_at"] is None
    assert in_database[1]["verdict"] == "unsupported"


def test_the_api_answers_alike_from_either_builder(rich_claim, api_as, editor):
    """The whole answer, figure display and links included, through the detail view (database
    builder) and through the serializer's Python builder."""
    from rest_framework.test import APIRequestFactory

    from claims.api.serializers import ClaimSerializer

    answer = api_as(editor).get(f"/api/v1/claims/{rich_claim.pk}/").json()
    loaded = selectors.claims_for_api(editor).get(pk=rich_claim.pk)
    request = APIRequestFactory().get("/")
    in_python = ClaimSerializer(loaded, context={"request": request}).data

    assert_same([answer], [in_python])
    assert [figure["display"] for figure in answer["figures"]][:3] == [
        "46%",
        "at least USD 14,000,000",
        "March 2016",
    ]


@given(
    value=st.decimals(
        min_value=Decimal("-999999999999999999.999999"),
        max_value=Decimal("999999999999999999.999999"),
        places=6,
        allow_nan=False,
        allow_infinity=False,
    ),
    moment=st.datetimes(
        min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
    ),
    similarity=st.floats(min_value=0, max_value=1),
)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_number_and_time_reads_the_same_from_both_builders(
    make_claim, value, moment, similarity
):
    with transaction.atomic():
        claim = make_claim(status="published")
        Figure.objects.filter(claim=claim).update(value=value, lower_bound=value)
        Citation.objects.filter(claim=claim).update(checked_at=moment, similarity=similarity)
        Claim.objects.filter(pk=claim.pk).update(published_at=moment)

        in_database, in_python = built_by_both([claim.pk])

        assert_same(in_database, in_python)
        transaction.set_rollback(True)


def test_last_modified_is_the_same_in_sql_and_python(make_claim, fact_checker):
    claim = make_claim(status="draft")
    services.figure_add(
        claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=1
    )
    services.figure_delete(figure=claim.figures.order_by("-id").first(), actor=fact_checker)
    removed_at = Figure.history.filter(claim_id=claim.pk, history_type="-").get().history_date

    in_database = documents.claim_document(fact_checker, claim.pk).last_modified
    loaded = selectors.claims_for_api(fact_checker).get(pk=claim.pk)

    assert in_database == documents.claim_last_modified(loaded)
    assert in_database is not None and in_database >= removed_at
