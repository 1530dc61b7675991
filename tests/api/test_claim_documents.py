"""The claim's document has one definition (claims.documents.CLAIM), and everything the API
writes of it follows from it: the Python and PostgreSQL builders generated from it give the same
bytes, the serializers (and so the OpenAPI schema) have its fields, the figures CSV its figure's
columns; and a field added to the definition reaches all of them."""

import csv
import dataclasses
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import orjson
import pytest
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import documents, services
from claims.api.serializers import (
    ClaimSerializer,
    DocumentRefSerializer,
    DocumentSerializer,
    FigureSerializer,
)
from claims.models import Citation, Claim, Figure
from tests.factories import MetricFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL builds documents with the generated query; elsewhere only Python does",
)


def built_by_both(ids: list[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    texts = {pk: text for pk, text, _ in documents._database_rows(ids, last_modified=False)}
    in_database = [orjson.loads(texts[pk]) for pk in ids]
    rows = {row["id"]: row for row in documents._claim_rows(ids, times=False)}
    in_python = documents._python_documents([rows[pk] for pk in ids])
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


@on_postgresql
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


@on_postgresql
def test_the_generated_query_is_the_same_text_every_time():
    """So that PostgreSQL can keep its plan (claims.documents._database_rows)."""
    first = documents.document_sql(one=True, last_modified=True)
    assert documents.document_sql(one=True, last_modified=True) is first
    assert "%" not in first.replace("%s", "")


@on_postgresql
def test_the_prepared_query_settles_on_one_generic_plan(make_claim):
    """With prepared statements on (the connection's prepare_threshold), the query is planned
    once per connection: after five custom plans PostgreSQL keeps a generic one, rather than
    planning again for every id."""
    claim = make_claim(status="published")
    raw = connection.connection
    threshold = raw.prepare_threshold
    raw.prepare_threshold = 0
    try:
        for _ in range(8):
            documents._database_rows([claim.pk], last_modified=True)
    finally:
        raw.prepare_threshold = threshold
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements"
            " WHERE statement LIKE %s AND statement LIKE %s",
            ["%row_to_json%", "%= $1"],
        )
        assert cursor.fetchall() == [(3, 5)]


def test_the_serializer_answers_as_the_documents_do(rich_claim, api_as, editor):
    """The whole answer, figure display and links included, through the detail view and through
    the declared fields of the serializer that the schema describes (ModelSerializer's own
    to_representation, from the model instance)."""
    from rest_framework import serializers
    from rest_framework.test import APIRequestFactory

    from claims import selectors

    answer = api_as(editor).get(f"/api/v1/claims/{rich_claim.pk}/").json()
    loaded = selectors.claims_for_api(editor).get(pk=rich_claim.pk)
    serializer = ClaimSerializer(loaded, context={"request": APIRequestFactory().get("/")})
    declared = serializers.ModelSerializer.to_representation(serializer, loaded)

    assert_same([answer], [orjson.loads(orjson.dumps(declared))])
    assert [figure["display"] for figure in answer["figures"]][:3] == [
        "46%",
        "at least $14 million",
        "March 2016",
    ]


@pytest.fixture
def published_claim(make_claim) -> Claim:  # type: ignore[no-untyped-def]
    return make_claim(status="published")


@on_postgresql
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
    published_claim, value, moment, similarity
):
    """One claim for every example (built once: the fixture is the test's, not the example's),
    its values set inside a savepoint that each example rolls back."""
    claim = published_claim
    with transaction.atomic():
        Figure.objects.filter(claim=claim).update(value=value, lower_bound=value)
        Citation.objects.filter(claim=claim).update(checked_at=moment, similarity=similarity)
        Claim.objects.filter(pk=claim.pk).update(published_at=moment)

        in_database, in_python = built_by_both([claim.pk])

        assert_same(in_database, in_python)
        transaction.set_rollback(True)


@on_postgresql
def test_last_modified_is_the_same_from_both_builders(make_claim, fact_checker):
    claim = make_claim(status="draft")
    services.figure_add(
        claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=1
    )
    services.figure_delete(figure=claim.figures.order_by("-id").first(), actor=fact_checker)
    removed_at = Figure.history.filter(claim_id=claim.pk, history_type="-").get().history_date

    in_database = documents.claim_document(fact_checker, claim.pk).last_modified
    rows = documents._claim_rows([claim.pk], times=True)
    in_python = documents._build(documents.CLAIM, rows, "", times=True)[0].newest

    assert in_database == in_python
    assert in_database is not None and in_database >= removed_at


def test_last_modified_counts_a_removed_citation(make_claim, fact_checker):
    claim = make_claim(status="draft")
    before = documents.claim_document(fact_checker, claim.pk).last_modified

    services.citation_delete(citation=claim.citations.get(), actor=fact_checker)
    removed_at = Citation.history.filter(claim_id=claim.pk, history_type="-").get().history_date

    after = documents.claim_document(fact_checker, claim.pk).last_modified
    assert before is not None and after is not None
    assert after >= removed_at > before


def serializers_by_node(
    serializer: Any, node: documents.Node
) -> Iterator[tuple[documents.Node, list[str]]]:
    """(node, the fields of its serializer) for a node and every node below it."""
    yield node, list(serializer.fields)
    for part in node.parts:
        if isinstance(part, documents.One | documents.Many):
            field = serializer.fields[part.name]
            nested = getattr(field, "child", field)
            if not hasattr(nested, "fields"):  # read-only: a method field, described by it
                nested = DocumentSerializer.by_node[part.node]()
            yield from serializers_by_node(nested, part.node)


def test_the_serializers_have_the_definitions_fields():
    found = dict(serializers_by_node(ClaimSerializer(), documents.CLAIM))

    for node, fields in found.items():
        assert fields == node.names, node.name
    assert {node.name for node in found} == {
        "Claim",
        "EntitySummary",
        "Topic",
        "FigureFields",
        "MetricSummary",
        "Citation",
        "SourceSummary",
        "SnapshotRef",
        "Correction",
    }
    assert list(FigureSerializer().fields) == [*documents.FIGURE.names, "claim"]


def test_the_csv_has_the_figures_columns_then_the_provenance():
    header = documents.figures_csv_header()
    figure_columns = [
        part.name
        for part in documents.FIGURE.parts
        if isinstance(part, documents.Column | documents.Computed)
        and part.name not in documents.FIGURES_CSV.figure_left_out
    ]

    assert header[:3] == ["figure_id", "metric", "metric_slug"]
    assert header[3 : 3 + len(figure_columns) - 1] == figure_columns[1:]
    # What the export has always written.
    assert header == [
        "figure_id",
        "metric",
        "metric_slug",
        "display",
        "value",
        "unit",
        "currency",
        "qualifier",
        "lower_bound",
        "upper_bound",
        "date_value",
        "date_value_precision",
        "period",
        "as_written",
        "rank",
        "difference",
        "claim_id",
        "claim_url",
        "claim_status",
        "verdict",
        "verdict_withdrawn",
        "retracted_at",
        "retraction_reason",
        "claimant",
        "statement",
        "citation_id",
        "citation_role",
        "source_id",
        "source_title",
        "source_url",
        "source_publisher",
        "quote",
        "quote_status",
        "snapshot_sha256",
        "snapshot_retrieved_at",
    ]


def test_the_csv_writes_a_figure_as_its_document_does(api_as, editor, rich_claim):
    client = api_as(editor)
    answer = client.get(f"/api/v1/claims/{rich_claim.pk}/").json()
    body = b"".join(client.get("/api/v1/figures/csv/").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))

    first = answer["figures"][0]
    assert len(rows) == len(answer["figures"]) * len(answer["citations"])
    assert rows[0]["figure_id"] == str(first["id"])
    assert rows[0]["display"] == first["display"] == "46%"
    assert rows[0]["value"] == first["value"] == "46.000000"
    assert rows[0]["metric_slug"] == first["metric"]["slug"]
    assert rows[0]["claim_url"] == answer["url"]
    assert rows[0]["verdict"] == ""
    assert rows[0]["snapshot_retrieved_at"].endswith("+00:00")
    unchecked = next(row for row in rows if row["citation_id"] == str(answer["citations"][1]["id"]))
    assert unchecked["source_publisher"] == unchecked["snapshot_sha256"] == ""


@pytest.fixture
def figures_with_created_at(monkeypatch) -> documents.Node:  # type: ignore[no-untyped-def]
    """The definition with one more figure field, as a change to the model would add it."""
    figure = dataclasses.replace(
        documents.FIGURE, parts=(*documents.FIGURE.parts, documents.Column("created_at"))
    )
    claim = dataclasses.replace(
        documents.CLAIM,
        parts=tuple(
            documents.Many("figures", figure) if part.name == "figures" else part
            for part in documents.CLAIM.parts
        ),
    )
    caches = [documents.document_sql, documents._claim_finisher, documents._csv_columns]
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(documents, "FIGURE", figure)
    monkeypatch.setattr(documents, "CLAIM", claim)
    yield figure
    monkeypatch.undo()
    for cached in caches:
        cached.cache_clear()


def test_a_field_added_to_the_definition_reaches_every_output(
    figures_with_created_at, make_claim, api
):
    claim = make_claim(status="published")
    created_at = documents.when(claim.figures.get().created_at)

    answer = api.get(f"/api/v1/claims/{claim.pk}/").json()
    listed = api.get("/api/v1/claims/").json()["results"][0]
    body = b"".join(api.get("/api/v1/figures/csv/").streaming_content).decode()
    header, row = list(csv.reader(io.StringIO(body)))
    serializer = type(
        "FigureFieldsSerializer", (DocumentSerializer,), {"node": figures_with_created_at}
    )

    assert answer["figures"][0]["created_at"] == listed["figures"][0]["created_at"] == created_at
    assert header[header.index("difference") + 1] == "created_at"
    assert datetime.fromisoformat(row[header.index("created_at")]) == datetime.fromisoformat(
        created_at
    )
    assert list(serializer().fields)[-1] == "created_at"
    if connection.vendor == "postgresql":
        assert_same(*built_by_both([claim.pk]))


def test_a_reference_serializer_takes_columns_only():
    with pytest.raises(TypeError):
        type("SourceSummarySerializer", (DocumentRefSerializer,), {"node": documents.SOURCE})


def test_postgresql_connections_prepare_the_documents_query_and_pin_float_digits():
    """The generated documents query is planned once per connection only if psycopg may
    prepare it (Django's default is never); and the JSON's floats depend on extra_float_digits."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    connection.ensure_connection()
    assert connection.connection.prepare_threshold == 5
    with connection.cursor() as cursor:
        cursor.execute("SHOW extra_float_digits")
        assert cursor.fetchone() == ("1",)
