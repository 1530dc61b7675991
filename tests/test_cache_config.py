"""CACHE_URL picks the cache: Redis when given, local memory by default."""

import uuid

import pytest
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from config.settings import _cache_from_url
from tests.redis_server import REDIS_URL, require_redis


def test_cache_url_parsing():
    assert _cache_from_url("")["BACKEND"].endswith("LocMemCache")
    assert _cache_from_url("redis://127.0.0.1:6379/1")["BACKEND"] == "core.cache.RedisCache"
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL must be"):
        _cache_from_url("memcached://x")


def test_redis_cache_round_trip():
    require_redis()
    with override_settings(CACHES={"default": _cache_from_url(REDIS_URL)}):
        cache = caches["default"]
        key = f"test:{uuid.uuid4()}"
        cache.set(key, {"verdict": "accurate"}, timeout=30)
        assert cache.get(key) == {"verdict": "accurate"}
        cache.delete(key)
        assert cache.get(key) is None


def test_the_redis_cache_shares_one_client_per_pool_and_still_works():
    from core.cache import RedisCache
    from tests.redis_server import REDIS_URL, require_redis

    require_redis()
    cache = RedisCache(REDIS_URL, {"KEY_PREFIX": "tally-test-client"})
    cache.set("answer", {"value": 42}, 30)

    assert cache.get("answer") == {"value": 42}
    assert cache._cache.get_client() is cache._cache.get_client()
    cache.delete("answer")
