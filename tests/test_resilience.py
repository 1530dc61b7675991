"""The health endpoint and the 503 a user gets while the database is away."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "writes": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def _database_down():  # type: ignore[no-untyped-def]
    return mock.patch.object(
        CursorWrapper, "execute", side_effect=OperationalError("server closed the connection")
    )


def test_healthz_says_503_when_the_database_is_down(client):
    with _database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert response["Retry-After"] == "5"


def test_pages_answer_503_with_retry_after_while_the_database_is_down_then_recover(client, editor):
    client.force_login(editor)
    with _database_down():
        down = client.get("/admin/claims/claim/")
    assert down.status_code == 503
    assert down["Retry-After"] == "5"
    assert "Temporarily unavailable" in down.content.decode()

    back = client.get("/admin/claims/claim/")
    assert back.status_code == 200


def test_api_answers_503_as_json_while_the_database_is_down(client):
    with _database_down():
        response = client.get("/api/v1/claims/", HTTP_ACCEPT="application/json")
    assert response.status_code == 503
    assert response.json()["code"] == "unavailable"


def test_other_errors_are_not_disguised_as_503(client, editor, settings):
    client.force_login(editor)
    client.raise_request_exception = False
    with mock.patch("claims.admin.ClaimAdmin.get_queryset", side_effect=ValueError("bug")):
        response = client.get("/admin/claims/claim/")
    assert response.status_code == 500


def _writes_refused():  # type: ignore[no-untyped-def]
    """Reads answer, writes fail: a locked SQLite file, a read-only PostgreSQL (a replica, a
    full disk in recovery)."""
    real_execute = CursorWrapper.execute

    def execute(self, sql, params=None):  # type: ignore[no-untyped-def]
        if sql.lstrip().upper().startswith("UPDATE"):
            raise OperationalError("database is locked")
        return real_execute(self, sql, params)

    return mock.patch.object(CursorWrapper, "execute", execute)


def test_healthz_says_degraded_and_readyz_503_while_writes_fail(client):
    with _writes_refused():
        health = client.get("/healthz")
        ready = client.get("/readyz")

    assert health.status_code == 200  # readers are still served
    assert health.json() == {
        "status": "degraded",
        "database": "ok",
        "writes": "unavailable",
        "cache": "ok",
    }
    assert ready.status_code == 503
    assert ready.json()["writes"] == "unavailable"
    assert ready["Retry-After"] == "5"


def test_readyz_is_200_when_reads_and_writes_work(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_the_write_check_changes_nothing(client):
    from core.models import ContentGeneration

    before = list(ContentGeneration.objects.values_list("pk", "value"))
    client.get("/healthz")
    assert list(ContentGeneration.objects.values_list("pk", "value")) == before


@pytest.mark.postgres
def test_a_write_lock_held_elsewhere_is_reported_within_seconds(client, settings):  # type: ignore[no-untyped-def]
    import time

    import psycopg
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL)")
    params = connection.get_connection_params()
    with psycopg.connect(**{k: v for k, v in params.items() if k != "cursor_factory"}) as other:
        other.execute("LOCK TABLE sources_contentgeneration IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        response = client.get("/readyz")
        waited = time.monotonic() - started
        other.rollback()

    assert response.status_code == 503
    assert response.json()["writes"] == "unavailable"
    assert waited < 5


LOCKED_SQLITE_CHECK = """
import json, os, sqlite3, time
import django
django.setup()
from django.test import Client
client = Client()
other = sqlite3.connect(os.environ["DBFILE"], isolation_level=None)
other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
started = time.monotonic()
health, ready = client.get("/healthz"), client.get("/readyz")
waited = time.monotonic() - started
other.execute("ROLLBACK")
after = client.get("/readyz")
print(json.dumps([health.status_code, health.json(), ready.status_code, after.status_code, waited]))
"""


def test_a_locked_sqlite_file_is_reported_as_refusing_writes_within_seconds(tmp_path):
    """A real lock held by another connection, on a real file (the suite's own database is in
    memory): the check gives up after its own short timeout, not SQLite's 20 s."""
    import json
    import os
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    database = tmp_path / "locked.sqlite3"
    with sqlite3.connect(database) as setup:
        setup.execute("PRAGMA journal_mode=WAL")  # as Tally's first connection leaves it
        setup.execute("CREATE TABLE sources_contentgeneration (id integer primary key, value int)")
        setup.execute("INSERT INTO sources_contentgeneration VALUES (1, 0)")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DBFILE": str(database),
        "TALLY_LOCAL": "true",
        "TALLY_ENV_FILE": "",
        "CACHE_URL": "locmem://",
    }
    out = (
        subprocess.run(
            [sys.executable, "-c", LOCKED_SQLITE_CHECK],
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    health_status, health, ready_status, ready_after, waited = json.loads(out)

    assert health_status == 200
    assert health["status"] == "degraded"
    assert health["writes"] == "unavailable"
    assert ready_status == 503
    assert ready_after == 200  # the lock released, writes are back
    assert waited < 5


class _PostgresLimit(Exception):
    sqlstate = "54001"  # statement_too_complex


def _refused_for_its_size(kind: str):  # type: ignore[no-untyped-def]
    if kind == "sqlite":
        error = OperationalError("Expression tree is too large (maximum depth 1000)")
    else:
        error = OperationalError("stack depth limit exceeded")
        error.__cause__ = _PostgresLimit()
    return mock.patch.object(CursorWrapper, "execute", side_effect=error)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_statement_refused_for_its_size_is_an_error_not_an_outage(client, editor, kind):
    """The database answered: it refused one statement for its size, which will happen again on
    every try. A 503 "try again shortly" would hide the bug and mislead the reader."""
    client.force_login(editor)
    client.raise_request_exception = False
    with _refused_for_its_size(kind):
        response = client.get("/admin/claims/claim/")
    assert response.status_code == 500


def test_a_locked_database_is_still_an_outage(client, editor):
    """A guard on the line drawn above (it passed before it too): a database that is busy or
    away is still a 503 with Retry-After."""
    client.force_login(editor)
    locked = mock.patch.object(
        CursorWrapper, "execute", side_effect=OperationalError("database is locked")
    )
    with locked:
        response = client.get("/admin/claims/claim/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
