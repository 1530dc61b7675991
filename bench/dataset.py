"""A synthetic Tally dataset in PostgreSQL, for benchmarks: N claims with 3 figures and 2 citations
each, their claimants, metrics, sources (with snapshots) and topics, written with COPY.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tally_bench python bench/dataset.py 10000

The database is migrated first, then emptied of claims and sources and filled afresh. Triggers are
off while COPY runs (session_replication_role = replica) and the search vectors are computed once
at the end with the same SQL function the triggers use.
"""

import hashlib
import json
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import psycopg.conninfo
import psycopg.sql

ROOT = Path(__file__).resolve().parent.parent

WORDS = [
    "surveillance",
    "cameras",
    "crime",
    "police",
    "city",
    "government",
    "contract",
    "export",
    "vendor",
    "facial",
    "recognition",
    "system",
    "network",
    "budget",
    "report",
    "ministry",
    "security",
    "data",
    "privacy",
    "citizens",
    "streets",
    "airport",
    "border",
    "stations",
    "schools",
    "hospitals",
    "installed",
    "million",
    "billion",
    "percent",
    "rate",
    "arrests",
    "incidents",
    "fell",
    "rose",
    "doubled",
    "halved",
    "loans",
    "bank",
    "deal",
    "agreement",
    "partners",
    "countries",
    "exports",
    "imports",
    "company",
    "revenue",
]
PLACES = ["Quito", "Nairobi", "Belgrade", "Caracas", "Harare", "Lusaka", "Kampala", "Islamabad"]
STATUSES = (
    ["published"] * 70 + ["corrected"] * 10 + ["retracted"] * 5 + ["draft"] * 10 + ["in_review"] * 5
)
VERDICTS = ["accurate", "mostly_accurate", "misleading", "inaccurate", "unsupported"]
UNITS = ["percent", "count", "count", "currency", "years"]
TOPICS = ["Surveillance", "Crime", "Trade", "Finance", "Privacy", "Policing", "Borders", "Health"]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _zero(data_type: str) -> Any:
    if data_type in ("text", "character varying"):
        return ""
    if data_type == "boolean":
        return False
    if data_type in ("integer", "bigint", "smallint", "numeric", "double precision"):
        return 0
    if data_type == "jsonb":
        return "{}"
    if data_type.startswith("timestamp"):
        return datetime.now(UTC)
    if data_type == "uuid":
        return uuid.uuid4()
    raise ValueError(f"no default for a NOT NULL {data_type} column")


def _copy(
    conn: psycopg.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """COPY rows into table, filling any other NOT NULL column (added by a later migration) with
    its type's empty value."""
    extra = [
        (name, _zero(data_type))
        for name, data_type in conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = %s AND is_nullable = 'NO' AND column_default IS NULL",
            [table],
        ).fetchall()
        if name not in columns
    ]
    names = [*columns, *(name for name, _ in extra)]
    tail = [value for _, value in extra]
    count = 0
    with conn.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([*row, *tail])
            count += 1
    return count


def migrate(database_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "TALLY_LOCAL": "true"}
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )


def ensure_database(database_url: str) -> None:
    """Creates the benchmark's database on a fresh machine, through the server's own
    `postgres` database."""
    info = psycopg.conninfo.conninfo_to_dict(database_url)
    name = str(info.get("dbname", ""))
    admin = psycopg.conninfo.make_conninfo(database_url, dbname="postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return
        conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(psycopg.sql.Identifier(name)))


def claim_count(database_url: str) -> int:
    """How many claims the database holds; 0 when it is not migrated yet."""
    ensure_database(database_url)
    with psycopg.connect(database_url) as conn:
        if conn.execute("SELECT to_regclass('claims_claim')").fetchone() == (None,):
            return 0
        row = conn.execute("SELECT count(*) FROM claims_claim").fetchone()
        return int(row[0]) if row else 0


def fill(database_url: str, claims: int, *, seed: int = 4) -> dict[str, float]:
    rng = random.Random(seed)
    started = time.monotonic()
    now = datetime.now(UTC)
    n_entities = max(50, claims // 20)
    n_sources = max(50, claims // 10)
    n_metrics = max(20, claims // 5)
    with psycopg.connect(database_url) as conn:
        conn.execute(
            "TRUNCATE claims_claim_topics, claims_citation, claims_figure, claims_claimtransition, "
            "claims_claim, claims_metric, claims_topic, sources_snapshot, sources_source, "
            "sources_entity RESTART IDENTITY CASCADE"
        )
        conn.execute("SET session_replication_role = replica")

        _copy(
            conn,
            "sources_entity",
            ["id", "kind", "name", "slug", "url", "description", "created_at", "updated_at"],
            (
                (
                    i,
                    "organisation" if i % 4 else "media",
                    f"Entity {i} {rng.choice(WORDS)}",
                    f"entity-{i}",
                    "",
                    "",
                    now,
                    now,
                )
                for i in range(1, n_entities + 1)
            ),
        )
        _copy(
            conn,
            "claims_topic",
            ["id", "name", "slug"],
            ((i, name, name.lower()) for i, name in enumerate(TOPICS, 1)),
        )
        _copy(
            conn,
            "claims_metric",
            ["id", "name", "slug", "definition", "unit", "created_at", "updated_at"],
            (
                (
                    i,
                    f"{_sentence(rng, 3)} {i}",
                    f"metric-{i}",
                    "Synthetic.",
                    rng.choice(UNITS),
                    now,
                    now,
                )
                for i in range(1, n_metrics + 1)
            ),
        )
        metric_units = dict(conn.execute("SELECT id, unit FROM claims_metric").fetchall())
        texts = {i: f"Article {i}. " + _sentence(rng, 200) for i in range(1, n_sources + 1)}
        _copy(
            conn,
            "sources_source",
            [
                "id",
                "kind",
                "title",
                "publisher_id",
                "authors",
                "url",
                "published_on",
                "published_on_precision",
                "language",
                "description",
                "seed_key",
                "created_at",
                "updated_at",
            ],
            (
                (
                    i,
                    "article",
                    f"Article {i}: {_sentence(rng, 5)}",
                    rng.randint(1, n_entities),
                    json.dumps(["A. Writer"]),
                    f"https://news.example/{i}",
                    date(2018, 1, 1) + timedelta(days=i % 1500),
                    "day",
                    "en",
                    "",
                    "",
                    now,
                    now,
                )
                for i in range(1, n_sources + 1)
            ),
        )
        _copy(
            conn,
            "sources_snapshot",
            ["id", "source_id", "text", "sha256", "retrieved_at", "origin"],
            (
                (i, i, text, hashlib.sha256(text.encode()).hexdigest(), now, "synthetic")
                for i, text in texts.items()
            ),
        )

        statuses = [rng.choice(STATUSES) for _ in range(claims)]
        base = now - timedelta(days=365)
        _copy(
            conn,
            "claims_claim",
            [
                "id",
                "uuid",
                "slug",
                "statement",
                "place",
                "period",
                "status",
                "verdict",
                "explanation",
                "version",
                "created_at",
                "updated_at",
                "published_at",
                "seed_key",
                "claimant_id",
            ],
            (
                (
                    i,
                    uuid.uuid4(),
                    f"claim-{i}",
                    f"Claim {i}: {_sentence(rng, 12)}.",
                    rng.choice(PLACES),
                    str(2015 + i % 8),
                    status,
                    rng.choice(VERDICTS)
                    if status in ("published", "corrected", "retracted")
                    else "",
                    "Synthetic explanation."
                    if status in ("published", "corrected", "retracted")
                    else "",
                    3,
                    base,
                    base + timedelta(seconds=i * 300 // max(1, claims // 1000)),
                    base + timedelta(days=1)
                    if status in ("published", "corrected", "retracted")
                    else None,
                    "",
                    rng.randint(1, n_entities),
                )
                for i, status in enumerate(statuses, 1)
            ),
        )
        _copy(
            conn,
            "claims_claim_topics",
            ["id", "claim_id", "topic_id"],
            ((i, i, 1 + i % len(TOPICS)) for i in range(1, claims + 1)),
        )

        def figures() -> Iterable[Sequence[Any]]:
            fid = 0
            for claim in range(1, claims + 1):
                for _ in range(3):
                    fid += 1
                    metric = rng.randint(1, n_metrics)
                    unit = metric_units[metric]
                    value = rng.randint(1, 100) if unit == "percent" else rng.randint(1, 10**7)
                    yield (
                        fid,
                        claim,
                        metric,
                        value,
                        None,
                        "unknown",
                        unit,
                        "USD" if unit == "currency" else "",
                        "exact",
                        None,
                        None,
                        "",
                        str(value),
                        "normal",
                        "none",
                        "",
                        now,
                        now,
                    )

        _copy(
            conn,
            "claims_figure",
            [
                "id",
                "claim_id",
                "metric_id",
                "value",
                "date_value",
                "date_value_precision",
                "unit",
                "currency",
                "qualifier",
                "lower_bound",
                "upper_bound",
                "period",
                "as_written",
                "rank",
                "difference",
                "difference_note",
                "created_at",
                "updated_at",
            ],
            figures(),
        )

        def citations() -> Iterable[Sequence[Any]]:
            cid = 0
            for claim in range(1, claims + 1):
                first, second = rng.sample(range(1, n_sources + 1), 2)
                for source, role in ((first, "first_appearance"), (second, "appears_in")):
                    cid += 1
                    text = texts[source]
                    start = rng.randint(15, len(text) - 80)
                    start = text.index(" ", start) + 1
                    end = text.index(" ", start + 30)
                    yield (
                        cid,
                        claim,
                        source,
                        role,
                        text[start:end],
                        text[max(0, start - 32) : start],
                        text[end : end + 32],
                        start,
                        end,
                        False,
                        "found",
                        source,
                        now,
                        now,
                        now,
                    )

        _copy(
            conn,
            "claims_citation",
            [
                "id",
                "claim_id",
                "source_id",
                "role",
                "quote",
                "prefix",
                "suffix",
                "position_start",
                "position_end",
                "is_paraphrase",
                "quote_status",
                "checked_snapshot_id",
                "checked_at",
                "created_at",
                "updated_at",
            ],
            citations(),
        )
        copied = time.monotonic() - started
        # Without statistics for the freshly copied tables the planner scans every citation for
        # every claim, and the update takes hours at 100k claims instead of seconds.
        conn.execute("ANALYZE claims_citation, claims_figure, claims_metric, claims_claim")
        conn.execute(
            "UPDATE claims_claim SET search_vector = claims_search_document(id, statement)"
        )
        conn.execute("SET session_replication_role = origin")
        for table in (
            "sources_entity",
            "claims_topic",
            "claims_metric",
            "sources_source",
            "sources_snapshot",
            "claims_claim",
            "claims_claim_topics",
            "claims_figure",
            "claims_citation",
        ):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
    return {"copy_s": copied, "total_s": time.monotonic() - started}


def main() -> None:
    database_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tally_bench")
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    ensure_database(database_url)
    migrate(database_url)
    timings = fill(database_url, claims)
    print(
        f"filled {claims} claims ({3 * claims} figures, {2 * claims} citations) in "
        f"{timings['total_s']:.1f} s (COPY {timings['copy_s']:.1f} s, then search vectors "
        "and ANALYZE)"
    )


if __name__ == "__main__":
    main()
