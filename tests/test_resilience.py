"""The health endpoint and the 503 a user gets while the database is away."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def _database_down():  # type: ignore[no-untyped-def]
    return mock.patch.object(
        CursorWrapper, "execute", side_effect=OperationalError("server closed the connection")
    )


def test_healthz_says_503_when_the_database_is_down(client):
    with _database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert response["Retry-After"] == "5"


def test_pages_answer_503_with_retry_after_while_the_database_is_down_then_recover(client, editor):
    client.force_login(editor)
    with _database_down():
        down = client.get("/admin/claims/claim/")
    assert down.status_code == 503
    assert down["Retry-After"] == "5"
    assert "Temporarily unavailable" in down.content.decode()

    back = client.get("/admin/claims/claim/")
    assert back.status_code == 200


def test_api_answers_503_as_json_while_the_database_is_down(client):
    with _database_down():
        response = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json")
    assert response.status_code == 503
    assert response.json()["code"] == "unavailable"


def test_other_errors_are_not_disguised_as_503(client, editor, settings):
    client.force_login(editor)
    client.raise_request_exception = False
    with mock.patch("claims.admin.ClaimAdmin.get_queryset", side_effect=ValueError("bug")):
        response = client.get("/admin/claims/claim/")
    assert response.status_code == 500
