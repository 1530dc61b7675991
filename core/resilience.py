"""Health reporting and graceful degradation when the database is away."""

import logging
from collections.abc import Callable

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connections, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.models import ContentGeneration

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


# How long a health check waits for a write lock before it says writes are unavailable: a
# locked SQLite file or a blocked PostgreSQL row would otherwise hold the check for the
# database's own busy timeout (20 s and more), longer than any load balancer waits.
WRITE_CHECK_TIMEOUT_MS = 1000


def _writes_state() -> str:
    """Whether the database takes a write now: a write that changes nothing (the content
    generation's row set to itself), with a short lock timeout, rolled back."""
    connection = connections["default"]
    table = ContentGeneration._meta.db_table
    sqlite = connection.vendor == "sqlite"
    try:
        if sqlite:
            # Before the transaction: SQLite takes its write lock at BEGIN (IMMEDIATE mode).
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {WRITE_CHECK_TIMEOUT_MS}")
        with transaction.atomic(using="default"), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"SET LOCAL lock_timeout = {WRITE_CHECK_TIMEOUT_MS}")
                cursor.execute(f"SET LOCAL statement_timeout = {2 * WRITE_CHECK_TIMEOUT_MS}")
            # Only our own table name is interpolated.
            cursor.execute(f"UPDATE {table} SET value = value WHERE id = 1")  # noqa: S608
            transaction.set_rollback(True)
    except DatabaseError as exc:
        logger.warning("healthz: database refuses writes: %s", exc)
        return "unavailable"
    finally:
        if sqlite:
            # Back to the connection's own patience for the requests that follow.
            timeout_ms = int(connection.settings_dict["OPTIONS"].get("timeout", 5) * 1000)
            with connection.cursor() as cursor:
                cursor.execute(f"PRAGMA busy_timeout = {timeout_ms}")
    return "ok"


def _cache_state() -> str:
    try:
        cache.set("tally:healthz", "ok", timeout=10)
        return "ok" if cache.get("tally:healthz") == "ok" else "unavailable"
    except Exception as exc:  # any cache backend error means the cache is not usable
        logger.warning("healthz: cache unavailable: %s", exc)
        return "unavailable"


def _health() -> dict[str, str]:
    database = _database_state()
    writes = _writes_state() if database == "ok" else "unavailable"
    if database != "ok":
        status = "unavailable"
    elif writes != "ok":
        status = "degraded"  # readers are served; fact-checkers' saves fail
    else:
        status = "ok"
    return {"status": status, "database": database, "writes": writes, "cache": _cache_state()}


def _health_response(health: dict[str, str], *, healthy: bool) -> JsonResponse:
    response = JsonResponse(health, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


# GET and HEAD only: a probe reads; a POST or DELETE is a client's mistake, said with a 405.
@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness, for load balancers: 200 while the database answers reads (status "degraded"
    when it refuses writes), 503 when it does not answer. A cache outage degrades speed, not
    correctness, so it is reported but does not fail the check."""
    health = _health()
    return _health_response(health, healthy=health["database"] == "ok")


@require_safe
@never_cache
def readyz(request: HttpRequest) -> JsonResponse:
    """Readiness: 200 only when the database answers and takes writes, 503 otherwise."""
    health = _health()
    return _health_response(health, healthy=health["status"] == "ok")


# SQLite's words for a statement it refuses for its size: the request's doing (or a bug), the
# same on every try, never an outage.
SQLITE_SIZE_LIMITS = (
    "too many SQL variables",
    "Expression tree is too large",
    "pattern too complex",
    "string or blob too big",
    "too many terms in compound SELECT",
    "parser stack overflow",
    "too many columns",
)
# PostgreSQL's class of the same errors: 54, program limit exceeded ("statement too complex",
# "stack depth limit exceeded", "too many columns"). psycopg raises them as OperationalError.
POSTGRESQL_SIZE_LIMITS_CLASS = "54"


def refused_for_its_size(exception: Exception) -> bool:
    """Whether the database refused the statement for its size rather than being away: such an
    error is answered as any other (a 500, logged with its cause), not as a 503 that tells the
    reader to try again shortly."""
    sqlstate = getattr(exception.__cause__, "sqlstate", None)
    if isinstance(sqlstate, str):
        return sqlstate.startswith(POSTGRESQL_SIZE_LIMITS_CLASS)
    message = str(exception)
    return any(words in message for words in SQLITE_SIZE_LIMITS)


class DatabaseUnavailableMiddleware:
    """Turns "the database is down or restarting" into a clear 503 with Retry-After, instead of
    a 500. Django drops the broken connection at the end of the request, so the next request
    reconnects by itself once the database is back. A statement refused for its size is not an
    outage (refused_for_its_size): it stays the error it is."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if refused_for_its_size(exception):
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
