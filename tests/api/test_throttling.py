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


def test_an_anonymous_request_is_counted_once_by_its_own_rate(api, settings, monkeypatch):
    """Only the anonymous rate counts an anonymous client: an account rate below it does not
    stop one, and each request reads one throttle counter from the cache, not two."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "10/minute", "user": "2/minute"},
    }
    from django.core.cache import cache

    counters: list[str] = []
    backend = type(cache._connections[cache._alias])  # type: ignore[attr-defined]
    original = backend.get

    def get(self, key, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(key).startswith("throttle_"):
            counters.append(str(key).split("_")[1])
        return original(self, key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", get)

    answers = [api.get("/api/v1/claims/").status_code for _ in range(5)]

    assert answers == [200] * 5
    assert counters == ["anon"] * 5
