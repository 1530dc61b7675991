"""An import killed half way leaves the database exactly as it was."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not PG.startswith(("postgres://", "postgresql://")),
    reason="needs PostgreSQL (set DATABASE_URL)",
)


def _url(database: str) -> str:
    return f"{PG.rsplit('/', 1)[0]}/{database}"


def _count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]


def test_killed_seed_import_leaves_nothing_half_written(new_database):
    url = new_database(migrated=True)
    scratch_database = url.rsplit("/", 1)[1]
    env = {**os.environ, "TALLY_LOCAL": "true", "DATABASE_URL": url}

    loader = subprocess.Popen(
        [sys.executable, "manage.py", "load_seed_articles", "--no-articles"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Wait until the loader is inside its transaction and has written claims, then kill it.
    deadline = time.monotonic() + 60
    written = False
    with psycopg.connect(_url("postgres"), autocommit=True) as watcher:
        while time.monotonic() < deadline and loader.poll() is None:
            activity = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND xact_start IS NOT NULL "
                "AND query ILIKE %s",
                [scratch_database, "%claims_%"],
            ).fetchone()
            if activity and activity[0] > 0:
                written = True
                time.sleep(0.5)
                break
            time.sleep(0.02)
    assert written, "the loader finished or never started writing before it could be killed"
    assert loader.poll() is None, "the loader finished before it could be killed"
    loader.send_signal(signal.SIGKILL)
    loader.wait(timeout=30)

    for table in (
        "claims_claim",
        "claims_figure",
        "claims_citation",
        "sources_entity",
        "sources_source",
    ):
        assert _count(url, table) == 0, table

    subprocess.run(
        [sys.executable, "manage.py", "load_seed_articles", "--no-articles"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    assert _count(url, "claims_claim") >= 25
