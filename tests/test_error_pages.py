"""A server error shows a generic page: no stack trace, no settings, no SQL reaches the user."""

from unittest import mock

import pytest

pytestmark = pytest.mark.django_db


def test_500_is_generic_and_leaks_nothing(client, editor):
    client.force_login(editor)
    client.raise_request_exception = False
    with mock.patch(
        "claims.admin.ClaimAdmin.get_queryset", side_effect=RuntimeError("secret detail SELECT 1")
    ):
        response = client.get("/admin/claims/claim/")

    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    for leak in ("secret detail", "Traceback", "SELECT", "settings", "RuntimeError"):
        assert leak not in body
