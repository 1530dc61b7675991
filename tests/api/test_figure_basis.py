"""What a figure was computed from, through the API: written with the figure, read back with its
arithmetic checks in the claim's document (both builders), the figures list and the schema."""

from decimal import Decimal
from typing import Any

import orjson
import pytest
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims import documents, services
from claims.models import BasisKind, Figure

pytestmark = pytest.mark.django_db

NAIROBI = {
    "unit": "percent",
    "value": "46",
    "as_written": "46 per cent drop",
    "basis": "fall",
    "basis_baseline_value": "2286",
    "basis_baseline_period": "2014",
    "basis_baseline_counts": "crimes reported in Nairobi",
    "basis_end_value": "1234",
    "basis_end_period": "2015",
    "basis_note": "Invented values, for the test.",
}


@pytest.fixture
def writer(fact_checker) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=fact_checker)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def add_figure(writer: APIClient, claim: Any, body: dict[str, Any]) -> Any:
    etag = writer.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    metric = claim.figures.get().metric_id
    return writer.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": metric, **body, "allow_duplicate": True},
        format="json",
        HTTP_IF_MATCH=etag,
    )


def test_a_figure_written_with_its_basis_reads_back_with_the_arithmetic(writer, make_claim):
    claim = make_claim(status="draft")

    response = add_figure(writer, claim, NAIROBI)

    assert response.status_code == 201, response.content
    figure = response.json()["figures"][-1]
    assert figure["basis"] == "fall"
    assert figure["basis_baseline_value"] == "2286.000000"
    assert figure["basis_end_period"] == "2015"
    assert figure["basis_part_value"] is None
    assert figure["basis_note"] == "Invented values, for the test."
    assert figure["arithmetic"] == [
        {
            "flag": "recomputed",
            "severity": "ok",
            "message": "The stated 46% follows from the values it was computed from.",
            "computation": "(1,234 − 2,286) ÷ 2,286 = −46.0%: a fall of 46.0%",
        }
    ]
    # A figure without a basis has nothing to check.
    assert response.json()["figures"][0]["arithmetic"] == []


def test_editing_an_end_value_changes_the_check(writer, make_claim):
    claim = make_claim(status="draft")
    figure_id = add_figure(writer, claim, NAIROBI).json()["figures"][-1]["id"]
    etag = writer.get(f"/api/v1/claims/{claim.pk}/")["ETag"]

    response = writer.patch(
        f"/api/v1/figures/{figure_id}/",
        {"basis_end_value": "1800"},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200, response.content
    [check] = response.json()["figures"][-1]["arithmetic"]
    assert check["flag"] == "does_not_follow"
    assert check["computation"] == "(1,800 − 2,286) ÷ 2,286 = −21.3%: a fall of 21.3%"
    assert Figure.objects.get(pk=figure_id).basis_end_value == Decimal(1800)


def test_a_part_for_a_change_is_refused_by_name(writer, make_claim):
    claim = make_claim(status="draft")
    before = Figure.objects.count()

    response = add_figure(writer, claim, {**NAIROBI, "basis_part_value": "3"})

    assert response.status_code == 400
    assert response.json()["basis_part_value"] == [
        "A change has no part or whole: clear this, or choose a share."
    ]
    assert Figure.objects.count() == before


def test_an_unknown_basis_kind_is_refused(writer, make_claim):
    claim = make_claim(status="draft")

    response = add_figure(writer, claim, {**NAIROBI, "basis": "guess"})

    assert response.status_code == 400
    assert "basis" in response.json()


def test_the_figures_list_has_the_same_checks_as_the_claim(api, make_claim, fact_checker):
    claim = make_claim(status="published")
    figure = claim.figures.get()
    # A published claim's figure, given a basis as a correction would.
    Figure.objects.filter(pk=figure.pk).update(
        basis=BasisKind.SHARE, basis_part_value=46, basis_whole_value=100
    )

    listed = api.get("/api/v1/figures/").json()["results"]
    answer = api.get(f"/api/v1/claims/{claim.pk}/").json()

    mine = next(item for item in listed if item["id"] == figure.pk)
    assert mine["arithmetic"] == answer["figures"][0]["arithmetic"]
    assert mine["arithmetic"][0]["computation"] == "46 ÷ 100 = 46.0%"


def test_the_schema_describes_the_basis_and_the_checks(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    components = schema["components"]["schemas"]

    figure = components["FigureFields"]["properties"]
    assert {"basis", "basis_baseline_value", "basis_read_as", "arithmetic"} <= set(figure)
    assert figure["arithmetic"]["readOnly"] is True
    check = components["ArithmeticCheck"]["properties"]
    assert set(check) == {"flag", "severity", "message", "computation"}
    inputs = [name for name in components if name.startswith("FigureCreateInput")]
    assert "basis_whole_counts" in components[inputs[0]]["properties"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL builds documents")
def test_both_builders_write_the_basis_the_same(make_claim, fact_checker):
    claim = make_claim(status="draft")
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=claim.figures.get().metric,
        unit="percent",
        value=Decimal(91),
        basis=BasisKind.SHARE,
        basis_part_value=Decimal("2451.5"),
        basis_part_counts="false matches",
        basis_whole_value=Decimal(2685),
        basis_whole_counts="alerts",
        basis_read_as="people scanned",
    )

    [(_, text, _)] = documents._database_rows([claim.pk], last_modified=False)
    in_database = orjson.loads(text)
    rows = documents._claim_rows([claim.pk], times=False)
    [in_python] = documents._python_documents(rows)

    assert in_database == in_python
    answers = [
        orjson.dumps(documents.finish([raw], prefix="", templates=documents.url_templates()))
        for raw in (in_database, in_python)
    ]
    assert answers[0] == answers[1]
    assert in_database["figures"][1]["basis_part_value"] == "2451.500000"
