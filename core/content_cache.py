"""One number, the content generation, that changes after every committed write to published
content (claims, figures, citations, metrics, topics, sources, entities, snapshots). Cached copies
of read-API answers carry the generation they were made under, so a write makes every one of them
unreachable at once: no per-URL bookkeeping.

Where the number lives decides who sees it move. With a shared cache (Redis) it lives in the
cache, next to the copies, and every app server sees it. With a per-process memory cache it
lives in the database (one row, core.ContentGeneration), so a write handled by one worker
reaches every worker's copies too, for the price of one primary-key read per cached request.

Writers call content_changed(): the services in claims and sources, and every save or delete of
published content (core.content_cache.PublishedContent). When the cache loses the number (eviction,
restart) a new one is chosen, so copies made before the loss are never reused."""

import logging
import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, models, transaction
from django.db.models import F

from core.models import ContentGeneration

logger = logging.getLogger("tally.cache")

GENERATION_KEY = "tally:content-generation"
REDIS_BACKENDS = frozenset({"core.cache.RedisCache", "django.core.cache.backends.redis.RedisCache"})


def _in_cache() -> bool:
    return settings.CACHES["default"]["BACKEND"] in REDIS_BACKENDS


def _fresh_generation() -> int:
    # Nanoseconds: a number chosen after a loss is larger than any counted before it.
    return time.time_ns()


def _generation_row() -> Any:
    return ContentGeneration.objects


def content_generation() -> int | None:
    """The current generation, or None when it cannot be read (nothing is cached then)."""
    if not _in_cache():
        try:
            value = _generation_row().filter(pk=1).values_list("value", flat=True).first()
            if value is None:  # emptied (a flushed test database): put it back
                value = _generation_row().get_or_create(pk=1)[0].value
        except DatabaseError:
            logger.warning("content generation unreadable", exc_info=True)
            return None
        return int(value)
    try:
        value = cache.get(GENERATION_KEY)
        if isinstance(value, int):
            return value
        cache.add(GENERATION_KEY, _fresh_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
        return value if isinstance(value, int) else None
    except Exception:
        logger.warning("content cache unavailable", exc_info=True)
        return None


def content_generation_and(key: str) -> tuple[int | None, Any]:
    """The current generation (as content_generation()) and the cached value at `key` (None when
    there is none), read together: in one round trip when the generation lives in the cache,
    where two would double the time of an answer served from it. The value is what the cache
    holds, whatever generation it was made under: the caller compares."""
    if not _in_cache():
        generation = content_generation()
        return generation, None if generation is None else _cached(key)
    try:
        found = cache.get_many([GENERATION_KEY, key])
    except Exception:
        logger.warning("content cache unavailable", exc_info=True)
        return None, None
    generation = found.get(GENERATION_KEY)
    if isinstance(generation, int):
        return generation, found.get(key)
    # Lost: a new number is chosen, and nothing kept before the loss is current.
    return content_generation(), None


def _cached(key: str) -> Any:
    try:
        return cache.get(key)
    except Exception:
        logger.warning("content cache unavailable", exc_info=True)
        return None


def _bump() -> None:
    if not _in_cache():
        # Its own short transaction after the write's commit: the row is never locked for the
        # length of a writer's transaction, so writers do not queue behind each other.
        rows = _generation_row()
        if not rows.filter(pk=1).update(value=F("value") + 1):
            rows.get_or_create(pk=1, defaults={"value": _fresh_generation()})
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # lost from the cache: any new number will do, see _fresh_generation
        try:
            cache.set(GENERATION_KEY, _fresh_generation(), None)
        except Exception:
            logger.warning("content cache unavailable", exc_info=True)
    except Exception:
        logger.warning("content cache unavailable; cached answers expire by age", exc_info=True)


def content_changed() -> None:
    """Call from any write to published content. Runs after the commit, so that no reader can
    cache the old content under the new number; a rolled-back write changes nothing."""
    transaction.on_commit(_bump, robust=True)


class PublishedContent(models.Model):
    """A model whose rows the public pages and the read API show: saving or deleting one makes
    the API's cached answers stale. Bulk UPDATEs call content_changed() themselves."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        deleted = super().delete(*args, **kwargs)
        content_changed()
        return deleted
