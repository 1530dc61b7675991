"""An anonymous answer served from Redis costs one read of the cache (the content generation and
the answer together), and is served only while the generation it was made under is current."""

import uuid

import pytest
from django.core.cache import cache

from claims.models import Claim
from config.settings import _cache_from_url
from core.content_cache import GENERATION_KEY
from tests.redis_server import REDIS_URL, require_redis

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_cache(settings):  # type: ignore[no-untyped-def]
    require_redis()
    backend = _cache_from_url(REDIS_URL)
    backend["KEY_PREFIX"] = f"test-{uuid.uuid4()}"  # parallel workers never share answers
    settings.CACHES = {"default": backend}
    settings.API_CACHE_SECONDS = 60
    yield
    cache.clear()


@pytest.fixture
def cache_reads(monkeypatch):  # type: ignore[no-untyped-def]
    """The reads the cache is asked for besides the throttles' counters, in order (each one
    round trip to Redis)."""
    reads: list[str] = []
    backend = type(cache._connections[cache._alias])  # type: ignore[attr-defined]
    for name in ("get", "get_many"):
        original = getattr(backend, name)

        def counted(self, keys, *args, __original=original, __name=name, **kwargs):  # type: ignore[no-untyped-def]
            if not str(keys).startswith("throttle_"):
                reads.append(__name)
            return __original(self, keys, *args, **kwargs)

        monkeypatch.setattr(backend, name, counted)
    return reads


@pytest.mark.parametrize("path", ["/api/v1/claims/", "/api/v1/claims/{pk}/"])
def test_a_cached_answer_is_one_read_of_the_cache(
    api, redis_cache, make_claim, cache_reads, django_assert_num_queries, path
):
    claim = make_claim(status="published")
    url = path.format(pk=claim.pk)
    first = api.get(url)
    cache_reads.clear()

    with django_assert_num_queries(0):
        second = api.get(url)

    assert cache_reads == ["get_many"]
    assert second.content == first.content


def test_an_answer_made_before_the_generation_was_lost_is_not_served(api, redis_cache, make_claim):
    claim = make_claim(status="published")
    assert api.get(f"/api/v1/claims/{claim.pk}/").json()["statement"] == claim.statement
    # Changed behind the cache's back, then the number evicted: the copy kept under the old
    # number must not come back under whatever number is chosen next.
    Claim.objects.filter(pk=claim.pk).update(statement="Changed while the number was lost.")
    cache.delete(GENERATION_KEY)

    answer = api.get(f"/api/v1/claims/{claim.pk}/").json()

    assert answer["statement"] == "Changed while the number was lost."
