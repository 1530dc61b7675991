"""Anonymous clients and accounts each have a request rate; past it, 429 says when to retry."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(settings):  # type: ignore[no-untyped-def]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "5/minute"},
    }


def test_anonymous_client_is_throttled_with_retry_after(api, low_rates):
    assert [api.get("/api/v1/claims/").status_code for _ in range(3)] == [200, 200, 200]

    refused = api.get("/api/v1/claims/")

    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "Expected available in" in refused.json()["detail"]


def test_signed_in_client_has_its_own_higher_rate(api_as, editor, low_rates):
    client = api_as(editor)
    assert [client.get("/api/v1/claims/").status_code for _ in range(5)] == [200] * 5
    assert client.get("/api/v1/claims/").status_code == 429


def test_one_account_being_throttled_does_not_throttle_another(
    api, api_as, editor, reviewer, low_rates
):
    client = api_as(editor)
    for _ in range(5):
        client.get("/api/v1/claims/")
    assert client.get("/api/v1/claims/").status_code == 429

    assert api_as(reviewer).get("/api/v1/claims/").status_code == 200


def test_rates_come_from_the_environment(monkeypatch):
    import importlib

    import config.settings

    monkeypatch.setenv("API_THROTTLE_ANON", "7/hour")
    monkeypatch.setenv("API_THROTTLE_USER", "")
    monkeypatch.setenv("TALLY_LOCAL", "true")
    reloaded = importlib.reload(config.settings)
    try:
        rates = reloaded.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
        assert rates == {
            "anon": "7/hour",
            "user": None,
            "login": "10/minute",
            "login_overall": "100/minute",
        }
    finally:
        monkeypatch.undo()
        importlib.reload(config.settings)
