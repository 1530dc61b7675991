"""Health reporting and graceful degradation when the database is away."""

import logging
from collections.abc import Callable

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger("tally.resilience")

RETRY_AFTER_SECONDS = 5


def _database_state() -> str:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.warning("healthz: database unavailable: %s", exc)
        return "unavailable"
    return "ok"


def _cache_state() -> str:
    try:
        cache.set("tally:healthz", "ok", timeout=10)
        return "ok" if cache.get("tally:healthz") == "ok" else "unavailable"
    except Exception as exc:  # any cache backend error means the cache is not usable
        logger.warning("healthz: cache unavailable: %s", exc)
        return "unavailable"


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers: 200 when the database answers, 503 when it does not. A cache outage
    degrades speed, not correctness, so it is reported but does not fail the check."""
    database = _database_state()
    cache_state = _cache_state()
    healthy = database == "ok"
    response = JsonResponse(
        {"status": "ok" if healthy else "unavailable", "database": database, "cache": cache_state},
        status=200 if healthy else 503,
    )
    if not healthy:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    """Turns "the database is down or restarting" into a clear 503 with Retry-After, instead of
    a 500. Django drops the broken connection at the end of the request, so the next request
    reconnects by itself once the database is back."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        # No reconnect here: at the end of every request Django closes a connection that errored
        # and is no longer usable, and the next request opens a fresh one.
        logger.error("database unavailable for %s %s: %s", request.method, request.path, exception)
        wants_json = request.path.startswith("/api/") or "json" in request.headers.get("Accept", "")
        if wants_json:
            response: HttpResponse = JsonResponse(
                {
                    "detail": "The database is unavailable; try again shortly.",
                    "code": "unavailable",
                },
                status=503,
            )
        else:
            response = HttpResponse(
                "<!doctype html><html lang=en><meta charset=utf-8><title>Temporarily unavailable"
                "</title><main><h1>Temporarily unavailable</h1><p>Tally cannot reach its database "
                "right now. Please try again in a few seconds.</p></main></html>",
                status=503,
            )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
