"""The floor for bench/api.py, served over HTTP: a bare WSGI app that answers each measured request
with the JSON one hand-written psycopg query builds in PostgreSQL (bench/api.py's RAW_CLAIMS),
and nothing else: no Django, no routing, no authentication, no serialisation in Python.

bench/api.py serves it with the same gunicorn settings as the project and measures it with the
same `hey` calls, so that "API / raw" compares two HTTP answers carrying the same data, rather
than an HTTP answer with a query run in-process.

    RAW_DATABASE_URL=postgres://... RAW_DETAIL_ID=123 gunicorn --chdir bench raw_app:application
"""

import os
from collections.abc import Callable, Iterable
from typing import Any

import psycopg
from api import cases

DATABASE_URL = os.environ["RAW_DATABASE_URL"]
QUERIES = {path: sql for _name, path, sql in cases(int(os.environ["RAW_DETAIL_ID"]))}

_connection: psycopg.Connection[Any] | None = None


def _query(sql: str) -> bytes:
    global _connection
    if _connection is None or _connection.closed:
        # One connection per worker, kept, as the project's (DB_CONN_MAX_AGE) are; psycopg
        # prepares a statement run five times, so the plan is made once.
        _connection = psycopg.connect(DATABASE_URL, autocommit=True)
    row = _connection.execute(sql).fetchone()
    assert row is not None
    return str(row[0]).encode()


def application(
    environ: dict[str, Any], start_response: Callable[[str, list[tuple[str, str]]], Any]
) -> Iterable[bytes]:
    path = environ["PATH_INFO"]
    query = environ.get("QUERY_STRING", "")
    sql = QUERIES.get(f"{path}?{query}" if query else path)
    if sql is None:
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not a measured request"]
    body = _query(sql)
    start_response(
        "200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    )
    return [body]
