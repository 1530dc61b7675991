"""The Redis the cache tests talk to: required in CI, skipped with a reason elsewhere."""

import os
import socket

import pytest

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


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
