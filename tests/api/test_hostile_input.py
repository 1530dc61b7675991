"""Hostile and careless input to the write API: a clear error naming the problem, no 500,
nothing stored."""

import json

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, Figure

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(fact_checker) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=fact_checker)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def test_unknown_fields_are_refused_by_name(writer, make_claim):
    claimant = make_claim().claimant
    before = Claim.objects.count()
    response = writer.post(
        "/api/v1/claims/",
        {"statement": "x", "claimant": claimant.pk, "verdikt": "accurate"},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"verdikt": ["Unknown field."]}
    assert Claim.objects.count() == before


def test_oversized_body_is_413_json_and_stores_nothing(writer, make_claim):
    claimant = make_claim().claimant
    before = Claim.objects.count()
    body = json.dumps({"statement": "x" * 2_000_000, "claimant": claimant.pk})
    response = writer.post("/api/v1/claims/", data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert Claim.objects.count() == before


def test_malformed_json_is_400_json(writer):
    response = writer.post("/api/v1/claims/", data="{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]


def test_wrong_types_and_absurd_figures_are_named(writer, make_claim):
    claim = make_claim(status="draft")
    etag = writer.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    before = Figure.objects.count()
    for payload, field in [
        ({"metric": "not-a-number", "unit": "percent", "value": "46"}, "metric"),
        ({"metric": claim.figures.get().metric_id, "unit": "percent", "value": "1e400"}, "value"),
        ({"metric": claim.figures.get().metric_id, "unit": "furlongs", "value": "3"}, "unit"),
        (
            {
                "metric": claim.figures.get().metric_id,
                "unit": "percent",
                "value": "5",
                "lower_bound": "9",
            },
            "value",
        ),
    ]:
        response = writer.post(
            f"/api/v1/claims/{claim.pk}/figures/", payload, format="json", HTTP_IF_MATCH=etag
        )
        assert response.status_code == 400, (payload, response.content)
        assert field in response.json(), (payload, response.json())
    assert Figure.objects.count() == before


def test_huge_page_size_and_invalid_dates_are_400(client):
    assert client.get("/api/v1/claims/?page_size=100000").status_code == 400
    response = client.get("/api/v1/claims/?updated_since=2018-13-45")
    assert response.status_code == 400
    assert "updated_since" in response.json()


def test_an_overlong_username_for_a_token_is_400_and_logs_no_attempt(api):
    from axes.models import AccessAttempt

    response = api.post(
        "/api/v1/token/", {"username": "u" * 300, "password": "secret"}, format="json"
    )

    assert response.status_code == 400
    assert "username" in response.json()
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize("written", ["other digits", "{id}_", "{id}.0", " {id}", "+{id}", "0"])
def test_an_id_filter_reads_ascii_digits_only(api, make_claim, written):
    claim = make_claim(status="published")
    other_digits = str(claim.claimant_id).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    value = other_digits if written == "other digits" else written.format(id=claim.claimant_id)

    assert api.get("/api/v1/claims/", {"claimant": claim.claimant_id}).json()["results"]
    response = api.get("/api/v1/claims/", {"claimant": value})
    assert response.status_code == 400, value
    assert response.json() == {
        "claimant": ["Give an id: a whole number from 1 to 9223372036854775807."]
    }
