"""With DATABASE_REPLICA_URL set, reads go to the replica and writes to the primary."""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not PG.startswith(("postgres://", "postgresql://")),
    reason="needs PostgreSQL (set DATABASE_URL)",
)

PROBE = """
from django.db import transaction
from sources.models import Entity
print("replica-read", Entity.objects.filter(name="Only on the replica").exists())
Entity.objects.create(name="Written by the app", slug="written-by-the-app", kind="organisation")
with transaction.atomic():
    print("in-transaction-read", Entity.objects.filter(slug="written-by-the-app").exists())
"""


def run_with_replica(probe: str, primary: str, replica: str) -> subprocess.CompletedProcess[str]:
    """`probe` in the project's shell, with `primary` as its database and `replica` as its
    replica."""
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", probe],
        cwd=ROOT,
        env={
            **os.environ,
            "TALLY_LOCAL": "true",
            "DATABASE_URL": primary,
            "DATABASE_REPLICA_URL": replica,
        },
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def primary_and_replica(new_database):  # type: ignore[no-untyped-def]
    """Two migrated databases: the replica is another database, so it lags for ever."""
    return [new_database(migrated=True), new_database(migrated=True)]


def test_reads_use_the_replica_and_writes_the_primary(primary_and_replica):
    primary, replica = primary_and_replica
    with psycopg.connect(replica, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO sources_entity (kind, name, slug, url, description, created_at, updated_at) "
            "VALUES ('organisation', 'Only on the replica', 'only-on-the-replica', '', '', now(), now())"
        )

    result = run_with_replica(PROBE, primary, replica)

    assert result.returncode == 0, result.stderr
    assert "replica-read True" in result.stdout
    assert "in-transaction-read True" in result.stdout  # read-your-writes inside a transaction
    with psycopg.connect(primary) as conn:
        written = conn.execute(
            "SELECT count(*) FROM sources_entity WHERE slug = 'written-by-the-app'"
        ).fetchone()
    with psycopg.connect(replica) as conn:
        not_there = conn.execute(
            "SELECT count(*) FROM sources_entity WHERE slug = 'written-by-the-app'"
        ).fetchone()
    assert written == (1,) and not_there == (0,)


WRITE_PROBE = """
from django.contrib.auth.models import User
from django.db import transaction
from django.test import Client
from rest_framework.authtoken.models import Token
from claims import documents
from claims.models import Claim
from sources.models import Entity
writer = User.objects.create_superuser("writer", password="x")
token = Token.objects.create(user=writer)
# The account has reached the replica (requests authenticate there); the claim has not.
User.objects.db_manager("replica").create_superuser("writer", password="x")
Token.objects.using("replica").create(user_id=writer.pk, key=token.key)
claimant = Entity.objects.create(name="Claimant", slug="claimant", kind="organisation")
claim = Claim.objects.create(statement="Written on the primary", claimant=claimant)
with transaction.atomic():
    etag = documents.claim_document(writer, claim.pk).etag
client = Client(HTTP_AUTHORIZATION=f"Token {token.key}")
print("read", client.get(f"/api/v1/claims/{claim.pk}/").status_code)
answer = client.patch(
    f"/api/v1/claims/{claim.pk}/",
    {"place": "Quito"},
    content_type="application/json",
    HTTP_IF_MATCH=etag,
)
print("write", answer.status_code, answer.json().get("place"), answer.json().get("version"))
"""


def test_a_write_is_answered_from_the_primary(primary_and_replica):
    """An API write answers with the claim as it now is and the ETag for the next write: read
    on the primary, which has the write, not on the replica, which may not have it yet."""
    primary, replica = primary_and_replica

    result = run_with_replica(WRITE_PROBE, primary, replica)

    assert result.returncode == 0, result.stderr
    assert "read 404" in result.stdout  # the replica lags: it has no copy of the claim
    assert "write 200 Quito 2" in result.stdout
