"""Every response carries a Content-Security-Policy; only cards may be framed."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _directives(header: str) -> dict[str, str]:
    return {
        part.split(" ", 1)[0]: part.split(" ", 1)[1] for part in header.split("; ") if " " in part
    }


@pytest.mark.parametrize(
    "path", ["/admin/login/", "/claims/", "/methodology/", "/api/v1/claims/", "/healthz"]
)
def test_pages_send_a_strict_policy_and_refuse_framing(client, path):
    response = client.get(path)
    policy = _directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert policy["default-src"] == "'self'"
    assert response["X-Frame-Options"] == "DENY"


def test_admin_pages_keep_the_policy_when_logged_in(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("admin:claims_claim_changelist"))
    assert _directives(response["Content-Security-Policy"])["frame-ancestors"] == "'none'"


def test_a_card_keeps_its_own_policy(client, make_claim):
    claim = make_claim(status="published")
    response = client.get(f"/embed/claims/{claim.pk}/")
    policy = _directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == "*"
    assert "X-Frame-Options" not in response
