"""One number, the content generation, that changes after every committed write to published
content (claims, figures, citations, metrics, topics, sources, entities, snapshots). Cached copies
of read-API answers carry the generation they were made under, so a write makes every one of them
unreachable at once: no per-URL bookkeeping, and a cache shared by every app server (Redis) sees
the change on every server.

Writers call content_changed(): the services in claims and sources, and the admin for the
objects it saves directly. The number lives in the cache itself; when the cache loses it
(eviction, restart) a new one is chosen, so copies made before the loss are never reused."""

import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger("tally.cache")

GENERATION_KEY = "tally:content-generation"


def _fresh_generation() -> int:
    # Nanoseconds: a generation chosen after a loss is larger than any counted before it.
    return time.time_ns()


def content_generation() -> int | None:
    """The current generation, or None when the cache cannot be reached."""
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


def _bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # lost from the cache: any new number will do, see _fresh_generation
        _cache_call(cache.set, GENERATION_KEY, _fresh_generation(), None)
    except Exception:
        logger.warning("content cache unavailable; cached answers expire by age", exc_info=True)


def content_changed() -> None:
    """Call from any write to published content. Runs after the commit, so that no reader can
    cache the old content under the new number; a rolled-back write changes nothing."""
    transaction.on_commit(_bump, robust=True)


def _cache_call(method: Callable[..., Any], *args: Any) -> Any:
    try:
        return method(*args)
    except Exception:
        logger.warning("content cache unavailable", exc_info=True)
        return None
