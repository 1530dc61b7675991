"""The token endpoint against password guessing: a rate per address and one over all addresses,
and the admin's lock-out (django-axes) for a username tried too often from one address, each a
429 in JSON that says how long to wait. Nothing is issued or stored for a refused request."""

import importlib
from datetime import datetime, timedelta

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from rest_framework.authtoken.models import Token

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
WRONG = "not the password"
UNABLE = "Unable to log in with provided credentials."


@pytest.fixture
def rates(settings):  # type: ignore[no-untyped-def]
    """rates(login=…, login_overall=…, num_proxies=…): the token endpoint's limits for one test."""

    def set_rates(*, login: str | None, login_overall: str | None, num_proxies: int = 0) -> None:
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "NUM_PROXIES": num_proxies,
            "DEFAULT_THROTTLE_RATES": {
                **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
                "login": login,
                "login_overall": login_overall,
            },
        }

    return set_rates


def _token(api, username: str, password: str = WRONG, address: str = "203.0.113.7", **extra):  # type: ignore[no-untyped-def]
    return api.post(
        "/api/v1/token/",
        {"username": username, "password": password},
        format="json",
        REMOTE_ADDR=address,
        **extra,
    )


def _assert_throttled(response, says: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == 429
    wait = int(response["Retry-After"])
    assert 0 < wait <= 60
    assert response.json() == {"detail": f"{says} Try again in {wait} seconds."}


def test_a_burst_of_distinct_usernames_from_one_address_is_429_after_ten(api):
    statuses = [_token(api, f"guess-{n}").status_code for n in range(60)]

    assert statuses[:10] == [401] * 10
    assert set(statuses[10:]) == {429}
    _assert_throttled(_token(api, "guess-60"), "Too many login attempts from your address.")
    assert not Token.objects.exists()
    # A refused request never reaches the password check, so it leaves no failed attempt either.
    assert AccessAttempt.objects.count() == 10


def test_the_right_password_is_refused_too_once_the_address_is_throttled(api, editor, rates):
    rates(login="3/minute", login_overall="100/minute")
    for n in range(3):
        _token(api, f"guess-{n}")

    response = _token(api, editor.username, PASSWORD)

    assert response.status_code == 429
    assert not Token.objects.exists()


def test_many_addresses_together_meet_the_overall_limit(api, rates):
    rates(login="10/minute", login_overall="20/minute")

    statuses = [_token(api, "guess", address=f"198.51.100.{n}").status_code for n in range(25)]

    assert statuses[:20] == [401] * 20
    assert set(statuses[20:]) == {429}
    _assert_throttled(
        _token(api, "guess", address="192.0.2.1"), "Too many login attempts to this site right now."
    )
    assert not Token.objects.exists()


def test_a_request_refused_for_its_address_does_not_spend_the_overall_limit(api, rates):
    rates(login="2/minute", login_overall="5/minute")
    from_one = [_token(api, f"guess-{n}", address="198.51.100.1").status_code for n in range(50)]

    from_others = [_token(api, "guess", address=f"192.0.2.{n}").status_code for n in range(4)]

    assert from_one == [401, 401] + [429] * 48
    assert from_others == [401, 401, 401, 429]


def test_x_forwarded_for_is_not_trusted_without_trusted_proxies(api):
    statuses = [
        _token(api, f"guess-{n}", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code for n in range(12)
    ]

    assert statuses == [401] * 10 + [429] * 2


def test_behind_a_trusted_proxy_each_forwarded_address_has_its_own_count(api, rates):
    rates(login="3/minute", login_overall="100/minute", num_proxies=1)
    # The client may write the left of the header; the proxy appends the address it saw.
    first = [
        _token(api, "guess", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 198.51.100.1").status_code
        for n in range(4)
    ]

    second = _token(api, "guess", HTTP_X_FORWARDED_FOR="198.51.100.2")

    assert first == [401, 401, 401, 429]
    assert second.status_code == 401


def test_a_forwarded_value_that_is_no_address_counts_as_the_proxys(api, rates):
    rates(login="3/minute", login_overall="100/minute", num_proxies=1)
    statuses = [
        _token(api, "guess", HTTP_X_FORWARDED_FOR=f"not-an-address-{n}").status_code
        for n in range(4)
    ]

    assert statuses == [401, 401, 401, 429]


def test_a_locked_username_is_told_so_and_until_when_even_with_the_right_password(api, settings):
    user = UserFactory(username="mallory-target")
    assert [_token(api, user.username).status_code for _ in range(4)] == [401] * 4
    assert _token(api, user.username).json()["detail"] != UNABLE

    before = timezone.now()
    response = _token(api, user.username, PASSWORD)

    assert response.status_code == 429
    body = response.json()
    assert set(body) == {"detail", "locked_until"}
    assert "locked after too many failed logins" in body["detail"]
    assert "Try again in 15 minutes" in body["detail"]
    assert "password" not in body["detail"]
    locked_until = datetime.fromisoformat(body["locked_until"].replace("Z", "+00:00"))
    cool_off = timedelta(minutes=15)
    assert before + cool_off <= locked_until <= timezone.now() + cool_off
    assert 899 <= int(response["Retry-After"]) <= 900
    assert not Token.objects.exists()


def test_the_failure_that_reaches_the_limit_already_says_locked(api):
    UserFactory(username="mallory-target")
    responses = [_token(api, "mallory-target") for _ in range(5)]

    assert [r.json()["detail"] for r in responses[:4]] == [UNABLE] * 4
    assert responses[4].status_code == 429
    assert "locked_until" in responses[4].json()


def test_the_lock_holds_one_username_from_one_address(api):
    user = UserFactory(username="oscar-editor")
    for _ in range(5):
        _token(api, user.username, address="203.0.113.7")

    elsewhere = _token(api, user.username, PASSWORD, address="198.51.100.9")
    other_name = _token(api, "someone-else", address="203.0.113.7")

    assert elsewhere.status_code == 200
    assert elsewhere.json() == {"token": Token.objects.get(user=user).key}
    assert other_name.status_code == 401


def test_failures_at_the_admin_lock_the_token_endpoint_and_back(api, client, settings):
    settings.ROOT_URLCONF = "config.urls"
    UserFactory(username="admin-side")
    UserFactory(username="api-side")
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "admin-side", "password": "wrong", "next": "/admin/"},
            REMOTE_ADDR="203.0.113.7",
        )
        _token(api, "api-side")

    from_api = _token(api, "admin-side", PASSWORD)
    at_admin = client.post(
        "/admin/login/",
        {"username": "api-side", "password": PASSWORD, "next": "/admin/"},
        REMOTE_ADDR="203.0.113.7",
    )

    assert from_api.status_code == 429
    assert "locked_until" in from_api.json()
    assert at_admin.status_code == 429
    assert "Too many failed logins" in at_admin.content.decode()
    assert not Token.objects.exists()


def test_a_body_that_is_not_an_object_is_400_not_a_failed_login(api):
    response = api.post(
        "/api/v1/token/", data="[]", content_type="application/json", REMOTE_ADDR="203.0.113.7"
    )

    assert response.status_code == 400
    assert "Expected a dictionary" in response.json()["non_field_errors"][0]
    assert not AccessAttempt.objects.exists()


def test_the_schema_documents_the_429_with_its_lock_out_time(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    refused = schema["paths"]["/api/v1/token/"]["post"]["responses"]["429"]
    reference = refused["content"]["application/json"]["schema"]["$ref"]
    component = schema["components"]["schemas"][reference.rsplit("/", 1)[-1]]
    assert set(component["properties"]) == {"detail", "locked_until"}
    assert component["required"] == ["detail"]
    assert "Retry-After" in refused["description"]


@pytest.mark.parametrize("value", ["ten per minute", "10/fortnight", "10"])
def test_a_rate_drf_cannot_read_stops_the_start(monkeypatch, value):
    import config.settings

    monkeypatch.setenv("API_THROTTLE_LOGIN", value)
    monkeypatch.setenv("TALLY_LOCAL", "true")
    try:
        with pytest.raises(ImproperlyConfigured, match="API_THROTTLE_LOGIN must be a rate"):
            importlib.reload(config.settings)
    finally:
        monkeypatch.undo()
        importlib.reload(config.settings)
