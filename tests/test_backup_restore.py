"""make backup / make restore round-trip a PostgreSQL database exactly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not PG.startswith(("postgres://", "postgresql://")),
    reason="backups are PostgreSQL's (set DATABASE_URL)",
)


def _run(
    *command: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "TALLY_LOCAL": "true", **(env or {})}
    result = subprocess.run(
        command, cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=300, check=False
    )
    if check:
        assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result


def test_backup_then_restore_into_a_fresh_database_keeps_every_row(new_database, tmp_path):
    source, target = new_database(migrated=True), new_database(migrated=False)
    manage = [sys.executable, "manage.py"]
    _run(*manage, "load_seed_articles", env={"DATABASE_URL": source})
    dump = tmp_path / "tally.dump"

    _run(
        "make",
        "--no-print-directory",
        "backup",
        f"BACKUP_FILE={dump}",
        env={"DATABASE_URL": source},
    )
    _run(
        "make",
        "--no-print-directory",
        "restore",
        f"FILE={dump}",
        env={"RESTORE_DATABASE_URL": target},
    )

    before = json.loads(_run(*manage, "db_fingerprint", env={"DATABASE_URL": source}).stdout)
    after = json.loads(_run(*manage, "db_fingerprint", env={"DATABASE_URL": target}).stdout)
    assert before["claims_claim"]["rows"] >= 25
    assert after == before


def test_restore_refuses_a_database_that_is_not_empty(new_database, tmp_path):
    target = new_database(migrated=True)
    dump = tmp_path / "tally.dump"
    dump.write_bytes(b"not used")

    result = _run(
        "make",
        "--no-print-directory",
        "restore",
        f"FILE={dump}",
        env={"RESTORE_DATABASE_URL": target},
        check=False,
    )

    assert result.returncode != 0
    assert "the target database is not empty" in result.stderr


def test_backup_without_a_postgres_url_is_a_clear_error():
    result = _run(
        "make",
        "--no-print-directory",
        "backup",
        env={"DATABASE_URL": "sqlite:///x.db"},
        check=False,
    )
    assert result.returncode != 0
    assert "set DATABASE_URL to the PostgreSQL database" in result.stderr
