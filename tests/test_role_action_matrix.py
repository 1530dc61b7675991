"""Every role against every workflow action, through the admin and through the API: allowed
moves happen, refused ones change nothing."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim

pytestmark = pytest.mark.django_db

# action: (status it starts from, status it leads to, form/API payload)
ACTIONS = {
    "submit": ("draft", "in_review", {"note": "Ready."}),
    "return": ("in_review", "draft", {"note": "Name the source."}),
    "publish": (
        "in_review",
        "published",
        {"verdict": "misleading", "explanation": "One district.", "note": ""},
    ),
    "correct": ("published", "corrected", {"note": "The period was 2015, not 2014."}),
    "retract": ("published", "retracted", {"note": "The source withdrew the figure."}),
}
ALLOWED = {
    "fact_checker": {"submit", "return"},
    "reviewer": {"submit", "return", "publish", "correct", "retract"},
    "editor": set(),
    "outsider": set(),
    "anonymous": set(),
}
CASES = [(role, action) for role in ALLOWED for action in ACTIONS]


def _user(request, role):  # type: ignore[no-untyped-def]
    return None if role == "anonymous" else request.getfixturevalue(role)


@pytest.mark.parametrize(("role", "action"), CASES)
def test_api_role_action_matrix(request, make_claim, reviewer, role, action):
    start, end, payload = ACTIONS[action]
    claim = make_claim(status=start)
    etag = APIClient()
    etag.force_authenticate(reviewer)
    current = etag.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    client = APIClient()
    user = _user(request, role)
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")

    response = client.post(
        f"/api/v1/claims/{claim.pk}/{action}/", payload, format="json", HTTP_IF_MATCH=current
    )

    claim.refresh_from_db()
    if action in ALLOWED[role]:
        assert response.status_code == 200, response.json()
        assert claim.status == end
    else:
        expected = {"anonymous": 401, "outsider": 404 if start != "published" else 403}.get(
            role, 403
        )
        assert response.status_code == expected, response.json()
        assert claim.status == start
        assert "detail" in response.json()


@pytest.mark.parametrize(("role", "action"), CASES)
def test_admin_role_action_matrix(client, request, make_claim, role, action):
    start, end, payload = ACTIONS[action]
    claim = make_claim(status=start)
    user = _user(request, role)
    if user is not None:
        client.force_login(user)

    response = client.post(reverse("admin:claims_claim_workflow", args=[claim.pk, action]), payload)

    claim.refresh_from_db()
    if action in ALLOWED[role]:
        assert response.status_code == 302
        assert claim.status == end
    else:
        assert claim.status == start
        if role == "anonymous":
            assert response.status_code == 302 and "/admin/login/" in response["Location"]
        elif role == "outsider":
            assert response.status_code == 403
        else:
            assert response.status_code == 200
            assert "errornote" in response.content.decode()
    assert Claim.objects.filter(pk=claim.pk).count() == 1
