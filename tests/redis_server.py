"""The Redis the cache tests talk to: required in CI, skipped with a reason elsewhere."""

import os
import socket

import pytest


def _database_of_this_worker() -> int:
    """Each xdist worker its own Redis database, 15, 14, and so on down: cache.clear() is
    FLUSHDB, which empties the whole database whatever the key prefix, and so emptied the
    other worker's cache in the middle of its test (a cached read then cost five queries)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    return 15 - int(worker or 0) % 16


REDIS_URL = os.environ.get("TEST_REDIS_URL", f"redis://127.0.0.1:6379/{_database_of_this_worker()}")


def require_redis() -> None:
    """Fail in CI, skip elsewhere, when Redis is not listening on 127.0.0.1:6379."""
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return
    except OSError:
        pass
    if os.environ.get("CI"):
        pytest.fail("Redis is not reachable on 127.0.0.1:6379 in CI")
    pytest.skip("Redis is not running on 127.0.0.1:6379")
