"""How fast the read API answers, beside one hand-written PostgreSQL query per request that builds
the same JSON in the database (json_agg): prints median and p95 latency and requests/s for the
claim list (page of 50), a claim's detail, a filtered list and a full-text search, and the ratio
API / raw.

    .venv/bin/python bench/api.py 10000 100000

For each size it fills the tally_bench database (bench/dataset.py; reused when it already holds
that many claims), serves the project with gunicorn on 127.0.0.1 and measures with `hey`
(latency one request at a time, API and raw in alternating rounds; throughput with 4 at a
time). The raw query is measured twice: served over HTTP by bench/raw_app.py (a bare WSGI app
under the same gunicorn settings, measured by the same `hey` calls: the ratio "API/raw") and
run in-process on one psycopg connection (the database's own time: "API/db"). Set
BENCH_DATABASE_URL to use another database; tests never touch it.
"""

import csv
import io
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dataset

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tally_bench"
)
PORT = int(os.environ.get("BENCH_PORT", "8765"))
RAW_PORT = PORT + 1
LATENCY_REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
ROUNDS = 6
THROUGHPUT_CONCURRENCY = 4
PUBLIC = "('published', 'corrected', 'retracted')"
SEARCH = "surveillance cameras"

# The claims' data the API gives (each claim's columns, claimant, topics, figures with their
# metrics, citations with their sources, publishers and snapshots) as JSON built by PostgreSQL,
# without what the API adds in Python (figure display, verdict labels, links) or its formats.
# {where} narrows the claims, {limit} pages.
RAW_CLAIMS = f"""
SELECT coalesce(json_agg(page ORDER BY page.updated_at DESC, page.id DESC), '[]')::text FROM (
  SELECT cl.id, 'http://127.0.0.1/claims/' || cl.id || '/' AS url, cl.status, cl.statement,
    json_build_object('id', e.id, 'name', e.name, 'slug', e.slug, 'kind', e.kind, 'url', e.url)
      AS claimant,
    cl.place, cl.period,
    (SELECT coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug)), '[]')
       FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id
      WHERE ct.claim_id = cl.id) AS topics,
    CASE WHEN cl.verdict = '' THEN NULL ELSE json_build_object('value', cl.verdict) END AS verdict,
    cl.explanation,
    (SELECT coalesce(json_agg(json_build_object(
        'id', f.id,
        'metric', json_build_object('id', m.id, 'name', m.name, 'slug', m.slug, 'unit', m.unit),
        'value', f.value::text, 'unit', f.unit, 'currency', f.currency, 'qualifier', f.qualifier,
        'lower_bound', f.lower_bound, 'upper_bound', f.upper_bound, 'date_value', f.date_value,
        'date_value_precision', f.date_value_precision, 'period', f.period,
        'as_written', f.as_written, 'rank', f.rank, 'difference', f.difference,
        'difference_note', f.difference_note) ORDER BY f.id), '[]')
       FROM claims_figure f JOIN claims_metric m ON m.id = f.metric_id
      WHERE f.claim_id = cl.id) AS figures,
    (SELECT coalesce(json_agg(json_build_object(
        'id', ci.id,
        'source', json_build_object('id', s.id, 'kind', s.kind, 'title', s.title, 'url', s.url,
          'publisher', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
            'id', p.id, 'name', p.name, 'slug', p.slug, 'kind', p.kind, 'url', p.url) END,
          'published_on', s.published_on, 'published_on_precision', s.published_on_precision),
        'role', ci.role, 'quote', ci.quote, 'is_paraphrase', ci.is_paraphrase,
        'quote_status', ci.quote_status, 'similarity', ci.similarity,
        'snapshot', CASE WHEN sn.id IS NULL THEN NULL ELSE json_build_object(
          'sha256', sn.sha256, 'retrieved_at', sn.retrieved_at) END,
        'checked_at', ci.checked_at) ORDER BY ci.id), '[]')
       FROM claims_citation ci JOIN sources_source s ON s.id = ci.source_id
       LEFT JOIN sources_entity p ON p.id = s.publisher_id
       LEFT JOIN sources_snapshot sn ON sn.id = ci.checked_snapshot_id
      WHERE ci.claim_id = cl.id) AS citations,
    cl.version, cl.needs_review, cl.needs_review_reason,
    cl.created_at, cl.updated_at, cl.published_at
  FROM claims_claim cl JOIN sources_entity e ON e.id = cl.claimant_id
  WHERE cl.status IN {PUBLIC} {{where}}
  ORDER BY cl.updated_at DESC, cl.id DESC
  LIMIT {{limit}}
) page
"""


def cases(detail_id: int) -> list[tuple[str, str, str]]:
    """(name, API path, raw SQL) for each measured request."""
    return [
        ("list, page of 50", "/api/v1/claims/?page_size=50", RAW_CLAIMS.format(where="", limit=50)),
        (
            "detail",
            f"/api/v1/claims/{detail_id}/",
            RAW_CLAIMS.format(where=f"AND cl.id = {detail_id}", limit=1),
        ),
        (
            "filtered list",
            "/api/v1/claims/?page_size=50&status=published&unit=percent&value_min=50",
            RAW_CLAIMS.format(
                where="AND cl.status = 'published' AND EXISTS (SELECT 1 FROM claims_figure f "
                "WHERE f.claim_id = cl.id AND f.unit = 'percent' AND f.value >= 50)",
                limit=50,
            ),
        ),
        (
            "search",
            "/api/v1/claims/?page_size=50&q=" + SEARCH.replace(" ", "%20"),
            RAW_CLAIMS.format(
                where=f"AND cl.search_vector @@ websearch_to_tsquery('english', '{SEARCH}')",
                limit=50,
            ),
        ),
    ]


def gunicorn(app: str, port: int, env: dict[str, str], *extra: str) -> subprocess.Popen[bytes]:
    """`app` under gunicorn on 127.0.0.1:`port`, as the project is measured: 2 sync workers."""
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
            *extra,
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/claims/?page_size=50")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer for {app}")


def serve() -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "DB_CONN_MAX_AGE": "600",
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "TALLY_LOCAL": "true",
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        "API_THROTTLE_ANON": "",
        "API_THROTTLE_USER": "",
        # Every request does the API's whole work: the anonymous-answer cache would otherwise
        # answer all but the first request of each URL (bench/load.py measures it on).
        "API_CACHE_SECONDS": os.environ.get("BENCH_API_CACHE_SECONDS", "0"),
    }
    return gunicorn("config.wsgi:application", PORT, env)


def serve_raw(detail_id: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "RAW_DATABASE_URL": DATABASE_URL, "RAW_DETAIL_ID": str(detail_id)}
    return gunicorn("raw_app:application", RAW_PORT, env, "--chdir", str(ROOT / "bench"))


def hey(path: str, *, requests: int, concurrency: int, port: int = PORT) -> dict[str, float]:
    """Requests/s for `requests` requests, `concurrency` at a time."""
    output = subprocess.run(
        ["hey", "-n", str(requests), "-c", str(concurrency), f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if not re.search(rf"\[200\]\s+{requests} responses", output):
        raise SystemExit(f"not every response was 200 for {path}:\n{output}")
    found = re.search(r"Requests/sec:\s+([\d.]+)", output)
    assert found, output
    return {"rps": float(found.group(1))}


def latencies(path: str, *, requests: int, port: int) -> list[float]:
    """Each request's time in ms, one request at a time (hey's CSV output)."""
    output = subprocess.run(
        ["hey", "-n", str(requests), "-c", "1", "-o", "csv", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = list(csv.DictReader(io.StringIO(output)))
    if len(rows) != requests or any(row["status-code"] != "200" for row in rows):
        raise SystemExit(f"not every response was 200 for {path} on port {port}")
    return [float(row["response-time"]) * 1000 for row in rows]


def summary(timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        "median_ms": statistics.median(ordered),
        "p95_ms": ordered[max(0, round(0.95 * len(ordered)) - 1)],
        "rps": 1000 / statistics.mean(ordered),
    }


def interleaved(path: str) -> tuple[dict[str, float], dict[str, float]]:
    """Latency of the API and of the raw app, in ROUNDS alternating rounds: this machine's speed
    drifts (other tenants, the database's own work), and a drift must not fall on one side."""
    api: list[float] = []
    raw_http: list[float] = []
    per_round = max(1, LATENCY_REQUESTS // ROUNDS)
    for _ in range(ROUNDS):
        api += latencies(path, requests=per_round, port=PORT)
        raw_http += latencies(path, requests=per_round, port=RAW_PORT)
    return summary(api), summary(raw_http)


def raw(sql: str, *, requests: int) -> dict[str, float]:
    timings = []
    with psycopg.connect(DATABASE_URL) as conn:
        conn.execute(sql).fetchone()
        for _ in range(requests):
            started = time.perf_counter()
            row = conn.execute(sql).fetchone()
            assert row is not None
            assert row[0].startswith("[")
            timings.append((time.perf_counter() - started) * 1000)
    return summary(timings)


def measure(size: int) -> None:
    if dataset.claim_count(DATABASE_URL) != size:
        dataset.migrate(DATABASE_URL)
        timings = dataset.fill(DATABASE_URL, size)
        print(f"filled {size} claims in {timings['total_s']:.1f} s")
    with psycopg.connect(DATABASE_URL) as conn:
        row = conn.execute(
            f"SELECT id FROM claims_claim WHERE status IN {PUBLIC} ORDER BY updated_at DESC LIMIT 1"
        ).fetchone()
        assert row is not None
        detail_id = int(row[0])
    server = serve()
    raw_server = serve_raw(detail_id)
    try:
        print(
            f"\n{size} claims (3 figures, 2 citations each); gunicorn 2 workers; hey on 127.0.0.1"
        )
        print(
            f"{'request':<16} {'API median':>10} {'p95':>7} {'req/s':>6} {'c=4':>6} | "
            f"{'raw median':>10} {'p95':>7} {'req/s':>6} {'c=4':>6} | {'db median':>9} | "
            f"{'API/raw':>7} {'API/db':>6}"
        )
        for name, path, sql in cases(detail_id):
            for port in (PORT, RAW_PORT):
                hey(path, requests=30, concurrency=2, port=port)  # warm both workers
            api, raw_http = interleaved(path)
            api_loaded, raw_loaded = (
                hey(
                    path,
                    requests=LATENCY_REQUESTS * 2,
                    concurrency=THROUGHPUT_CONCURRENCY,
                    port=port,
                )
                for port in (PORT, RAW_PORT)
            )
            db = raw(sql, requests=LATENCY_REQUESTS)
            print(
                f"{name:<16} {api['median_ms']:>8.1f}ms {api['p95_ms']:>5.1f}ms "
                f"{api['rps']:>6.0f} {api_loaded['rps']:>6.0f} | "
                f"{raw_http['median_ms']:>8.1f}ms {raw_http['p95_ms']:>5.1f}ms "
                f"{raw_http['rps']:>6.0f} {raw_loaded['rps']:>6.0f} | "
                f"{db['median_ms']:>7.2f}ms | "
                f"{api['median_ms'] / raw_http['median_ms']:>7.2f} "
                f"{api['median_ms'] / db['median_ms']:>6.1f}"
            )
    finally:
        for process in (server, raw_server):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)


def main() -> None:
    for size in [int(arg) for arg in sys.argv[1:]] or [10_000]:
        measure(size)


if __name__ == "__main__":
    main()
