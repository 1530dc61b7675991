"""Admin logins are throttled (the token endpoint shares the lock-out: tests/api/
test_token_throttle.py), and every authentication event is logged."""

import logging

import pytest
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def _login(client, username: str, password: str, **extra):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="203.0.113.9",
        **extra,
    )


def test_five_failures_lock_the_account_out_even_with_the_right_password(client, caplog):
    UserFactory(username="mallory-target")
    caplog.set_level(logging.INFO)
    for _ in range(5):
        assert _login(client, "mallory-target", "wrong").status_code in (200, 429)

    locked = _login(client, "mallory-target", PASSWORD)

    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    messages = [record.getMessage() for record in caplog.records]
    assert sum("login failed user=mallory-target from=203.0.113.9" in m for m in messages) >= 5


def test_a_good_login_is_logged_and_resets_the_count(client, caplog):
    UserFactory(username="oscar-editor")
    caplog.set_level(logging.INFO, logger="tally.auth")
    _login(client, "oscar-editor", "wrong")

    response = _login(client, "oscar-editor", PASSWORD)

    assert response.status_code == 302
    assert any("login user=oscar-editor" in record.getMessage() for record in caplog.records)


def test_refused_authorisation_is_logged(client, caplog, make_claim, fact_checker):
    claim = make_claim(status="in_review")
    client.force_login(fact_checker)
    caplog.set_level(logging.WARNING, logger="tally.authz")

    client.post(
        reverse("admin:claims_claim_workflow", args=[claim.pk, "publish"]),
        {"verdict": "accurate", "explanation": "x"},
    )

    assert any("refused can_publish" in record.getMessage() for record in caplog.records)


def test_behind_a_trusted_proxy_the_lock_out_holds_the_forwarded_address(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    UserFactory(username="mallory-target")
    for _ in range(5):
        _login(client, "mallory-target", "wrong", HTTP_X_FORWARDED_FOR="198.51.100.1")

    same_client = _login(client, "mallory-target", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1")
    other_client = _login(client, "mallory-target", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert same_client.status_code == 429
    assert other_client.status_code == 302


def test_without_trusted_proxies_a_forwarded_address_does_not_escape_the_lock_out(client):
    UserFactory(username="mallory-target")
    for n in range(5):
        _login(client, "mallory-target", "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")

    response = _login(client, "mallory-target", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99")

    assert response.status_code == 429
