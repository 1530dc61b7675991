"""Fixtures for the API tests: a JSON client, the API's own URL map, and throttle counters that
start from zero in every test."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def api_urls(settings) -> None:  # type: ignore[no-untyped-def]
    settings.ROOT_URLCONF = "tests.api.urls"


@pytest.fixture(autouse=True)
def fresh_throttle_counters() -> None:
    cache.clear()


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def api_as(api):  # type: ignore[no-untyped-def]
    """api_as(user): the client, signed in as `user` (session auth, as the browser would)."""

    def sign_in(user):  # type: ignore[no-untyped-def]
        api.force_authenticate(user=None)
        api.force_login(user)
        return api

    return sign_in
