"""How fast the read API answers, beside one hand-written PostgreSQL query per request that builds
the same JSON in the database (json_agg): prints median and p95 latency and requests/s for the
claim list (page of 50), a claim's detail, a filtered list and a full-text search, with the
API's answer cache off and on, and the ratio API / raw.

    .venv/bin/python bench/api.py 10000 100000

Before and after a change, in one run (the figures a note about speed quotes):

    git worktree add /work/before 6827027    # once: a checkout of the code before the change
    BENCH_BEFORE=/work/before .venv/bin/python bench/api.py 100000

That tree's API is served too, by its own gunicorn, from its own directory, on its own database
(tally_bench_before; BENCH_BEFORE_DATABASE_URL to change it) filled by that tree's
bench/dataset.py and migrated by that tree's migrations, with the same generator seed: the two
databases hold the same claims, which is checked before measuring. Before, after and raw are
measured in the same alternating rounds with the same `hey` calls, and after/raw, before/raw and
after/before are printed side by side. About 7 minutes at 100k claims with the default 300
requests per server and request, once both databases are filled (the first time, about 2
minutes more for each); BENCH_REQUESTS=100 gives a rougher table in about 2.

For each size it fills the tally_bench database (bench/dataset.py; reused when it already holds
that many claims, migrated either way), serves the project with gunicorn on 127.0.0.1 and
measures with `hey` (latency one request at a time, every server in alternating rounds;
throughput with 4 at a time). The raw query is measured twice: served over HTTP by
bench/raw_app.py (a bare WSGI app under the same gunicorn settings, measured by the same `hey`
calls: the ratio "after/raw") and run in-process on one psycopg connection (the database's own
time: "after/db"). The answer cache is off for the first table (API_CACHE_SECONDS=0: every
request does the whole work); the second table serves anonymous answers from it
(BENCH_API_CACHE_SECONDS, default 60; 0 skips it), in Redis as deployed (BENCH_CACHE_URL,
default redis://127.0.0.1:6379/3; the per-process memory cache when Redis does not answer).
Set BENCH_DATABASE_URL to use another database; tests never touch it.
"""

import csv
import importlib.util
import io
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import psycopg.conninfo
import psycopg.sql

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dataset

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tally_bench"
)
# The tree before a change, measured beside this one (see the docstring); empty: this tree only.
BEFORE = os.environ.get("BENCH_BEFORE", "")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
RAW_PORT = PORT + 1
BEFORE_PORT = PORT + 2
CACHED_PORT = PORT + 3
BEFORE_CACHED_PORT = PORT + 4
LATENCY_REQUESTS = int(os.environ.get("BENCH_REQUESTS", "300"))
CACHE_SECONDS = int(os.environ.get("BENCH_API_CACHE_SECONDS", "60"))
ROUNDS = 6
THROUGHPUT_CONCURRENCY = 4
# bench/dataset.py's default; both trees' datasets are made with it, so they hold the same claims.
SEED = 4
PUBLIC = "('published', 'corrected', 'retracted')"
SEARCH = "surveillance cameras"
# What the issue asks of the current tree: API median / raw median at most this, uncached and
# cached (cases without a target print "-").
TARGETS = {"list, page of 50": 3.0, "detail": 4.0}
CACHED_TARGET = 1.5

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


@dataclass
class Server:
    """One gunicorn measured by `hey`: its name in the results, its column label, port and
    process."""

    key: str
    label: str
    port: int
    process: subprocess.Popen[bytes]


def gunicorn(
    app: str, port: int, env: dict[str, str], *, cwd: Path = ROOT, extra: tuple[str, ...] = ()
) -> subprocess.Popen[bytes]:
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
        cwd=cwd,
        env=env,
    )
    for _ in range(150):
        if server.poll() is not None:
            raise SystemExit(f"gunicorn for {app} in {cwd} stopped (exit {server.returncode})")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/claims/?page_size=50")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer for {app} in {cwd}")


def django_env(database_url: str, *, cache_seconds: int, cache_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DB_CONN_MAX_AGE": "600",
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "TALLY_LOCAL": "true",
        # A developer's .env (read by the current settings) must not change what is measured.
        "TALLY_ENV_FILE": "",
        "DEBUG": "false",
        "LOG_LEVEL": "WARNING",
        # WhiteNoise's, at each worker's start, for a checkout without collectstatic.
        "PYTHONWARNINGS": "ignore:No directory at:UserWarning",
        "API_THROTTLE_ANON": "",
        "API_THROTTLE_USER": "",
        # 0: every request does the API's whole work; the anonymous-answer cache would otherwise
        # answer all but the first request of each URL (the "cached" table measures that).
        "API_CACHE_SECONDS": str(cache_seconds),
        "CACHE_URL": cache_url,
        # Each server its own keys in a shared Redis, so none serves another's answers.
        "CACHE_KEY_PREFIX": f"bench-{database_url.rsplit('/', 1)[-1]}-{cache_seconds}",
    }


def serve(
    key: str,
    label: str,
    port: int,
    database_url: str,
    *,
    tree: Path = ROOT,
    cache_seconds: int = 0,
    cache_url: str = "locmem://",
) -> Server:
    """The Django project in `tree` (this one, or the tree before the change) under gunicorn."""
    env = django_env(database_url, cache_seconds=cache_seconds, cache_url=cache_url)
    if tree != ROOT:
        # Its own packages first, whatever else is on the path.
        env["PYTHONPATH"] = str(tree)
    process = gunicorn("config.wsgi:application", port, env, cwd=tree, extra=("--chdir", str(tree)))
    return Server(key, label, port, process)


def serve_raw(detail_id: int) -> Server:
    env = {**os.environ, "RAW_DATABASE_URL": DATABASE_URL, "RAW_DETAIL_ID": str(detail_id)}
    process = gunicorn("raw_app:application", RAW_PORT, env, extra=("--chdir", str(ROOT / "bench")))
    return Server("raw", "raw", RAW_PORT, process)


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


def interleaved(path: str, servers: list[Server]) -> dict[str, dict[str, float]]:
    """Latency of each server, in ROUNDS alternating rounds, the order turning each round: this
    machine's speed drifts (other tenants, the database's own work), and a drift must not fall
    on one side."""
    timings: dict[str, list[float]] = {server.key: [] for server in servers}
    per_round = max(1, LATENCY_REQUESTS // ROUNDS)
    for turn in range(ROUNDS):
        shift = turn % len(servers)
        for server in servers[shift:] + servers[:shift]:
            timings[server.key] += latencies(path, requests=per_round, port=server.port)
    return {key: summary(times) for key, times in timings.items()}


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


def before_database_url() -> str:
    """BENCH_BEFORE_DATABASE_URL, or the bench database's name with _before."""
    named = os.environ.get("BENCH_BEFORE_DATABASE_URL")
    if named:
        return named
    parts = urllib.parse.urlsplit(DATABASE_URL)
    return urllib.parse.urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_before"))


def tree_dataset(tree: Path) -> ModuleType:
    """`tree`'s own bench/dataset.py: it migrates with that tree's manage.py and writes that
    tree's columns."""
    if tree == ROOT:
        return dataset
    spec = importlib.util.spec_from_file_location("before_dataset", tree / "bench" / "dataset.py")
    assert spec is not None, tree
    assert spec.loader is not None, tree
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def foreign_migrations(database_url: str, tree: Path) -> list[str]:
    """Migrations applied to the database that `tree` does not have (another tree migrated it)."""
    with psycopg.connect(database_url) as conn:
        if conn.execute("SELECT to_regclass('django_migrations')").fetchone() == (None,):
            return []
        applied = conn.execute("SELECT app, name FROM django_migrations").fetchall()
    return [
        f"{app}.{name}"
        for app, name in applied
        if (tree / app / "migrations").is_dir()
        and not (tree / app / "migrations" / f"{name}.py").is_file()
    ]


def recreate_database(database_url: str) -> None:
    info = psycopg.conninfo.conninfo_to_dict(database_url)
    name = psycopg.sql.Identifier(str(info["dbname"]))
    admin = psycopg.conninfo.make_conninfo(database_url, dbname="postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(name))


def prepare(database_url: str, size: int, tree: Path) -> None:
    """`size` claims in the database, made by `tree`'s bench/dataset.py and migrated by its
    migrations; a database already holding that many is kept (and migrated: a migration added
    since it was filled)."""
    module = tree_dataset(tree)
    count = module.claim_count(database_url)
    foreign = foreign_migrations(database_url, tree)
    if foreign:
        print(f"{database_url} holds migrations {tree} lacks ({', '.join(foreign)}): recreated")
        recreate_database(database_url)
        count = 0
    module.migrate(database_url)
    if count != size:
        timings = module.fill(database_url, size, seed=SEED)
        print(f"filled {database_url} with {size} claims by {tree} in {timings['total_s']:.1f} s")


# What must be equal in the two databases for their figures to compare: sizes, statuses, values,
# texts (the generator's uuids and timestamps differ from one fill to the next).
FINGERPRINT = f"""
SELECT (SELECT count(*) FROM claims_claim),
       (SELECT count(*) FROM claims_claim WHERE status IN {PUBLIC}),
       (SELECT md5(string_agg(concat_ws('|', status, verdict, claimant_id, statement), '|'
                              ORDER BY id)) FROM claims_claim),
       (SELECT count(*) FROM claims_figure),
       (SELECT md5(string_agg(concat_ws('|', claim_id, metric_id, value, unit), '|' ORDER BY id))
          FROM claims_figure),
       (SELECT count(*) FROM claims_citation),
       (SELECT md5(string_agg(concat_ws('|', claim_id, source_id, quote), '|' ORDER BY id))
          FROM claims_citation),
       (SELECT count(*) FROM sources_source),
       (SELECT count(*) FROM claims_metric)
"""


def fingerprint(database_url: str) -> tuple[Any, ...]:
    with psycopg.connect(database_url) as conn:
        row = conn.execute(FINGERPRINT).fetchone()
    assert row is not None
    return tuple(row)


def newest_public_claim(database_url: str) -> int:
    with psycopg.connect(database_url) as conn:
        row = conn.execute(
            f"SELECT id FROM claims_claim WHERE status IN {PUBLIC} ORDER BY updated_at DESC LIMIT 1"
        ).fetchone()
    assert row is not None
    return int(row[0])


def revision(tree: Path) -> str:
    """The tree's commit, and whether it has changes not committed yet."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(tree), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return f"{tree}"
    return f"{tree} at {commit}" + (" with uncommitted changes" if dirty else "")


def cache_url() -> str:
    """BENCH_CACHE_URL, or the local Redis when it answers (as deployed), or the per-process
    memory cache."""
    named = os.environ.get("BENCH_CACHE_URL")
    if named:
        return named
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if sock.recv(16).startswith(b"+PONG"):
                return "redis://127.0.0.1:6379/3"
    except OSError:
        pass
    return "locmem://"


def ratio(top: float, bottom: float, target: float | None = None) -> str:
    value = top / bottom
    if target is None:
        return f"{value:.2f}"
    return f"{value:.2f} {'ok' if value <= target else 'OVER'}"


class Table:
    """One row per request: each server's median, p95 and requests/s with 4 at a time, then
    the ratios of medians."""

    def __init__(self, servers: list[Server], ratios: list[str]) -> None:
        self.servers = servers
        self.ratios = ratios

    def header(self) -> str:
        cells = [f"{'request':<16}"]
        cells += [f"| {s.label + ' median':>13} {'p95':>7} {'c=4':>5}" for s in self.servers]
        cells.append("|")
        cells += [f"{name:>12}" for name in self.ratios]
        return " ".join(cells)

    def row(self, name: str, measured: dict[str, dict[str, float]], ratios: list[str]) -> str:
        cells = [f"{name:<16}"]
        for server in self.servers:
            one = measured[server.key]
            cells.append(
                f"| {one['median_ms']:>11.2f}ms {one['p95_ms']:>5.1f}ms {one['c4_rps']:>5.0f}"
            )
        cells.append("|")
        cells += [f"{value:>12}" for value in ratios]
        return " ".join(cells)


def ratios(
    measured: dict[str, dict[str, float]], now: str, before: str | None, target: float | None
) -> list[str]:
    """now/raw (marked against the target), and with a tree before: before/raw, now/before."""
    median = {key: one["median_ms"] for key, one in measured.items()}
    values = [ratio(median[now], median["raw"], target)]
    if before:
        values += [ratio(median[before], median["raw"]), ratio(median[now], median[before])]
    return values


def measure(size: int) -> None:
    started = time.monotonic()
    before = Path(BEFORE).resolve() if BEFORE else None
    before_url = before_database_url() if before else ""
    prepare(DATABASE_URL, size, ROOT)
    detail_id = newest_public_claim(DATABASE_URL)
    same_data = ""
    if before:
        prepare(before_url, size, before)
        if newest_public_claim(before_url) != detail_id:
            raise SystemExit(f"the newest public claim differs in {before_url}: not the same data")
        same_data = (
            "the two databases hold the same claims, figures and citations"
            if fingerprint(DATABASE_URL) == fingerprint(before_url)
            else "WARNING: the two databases do NOT hold the same claims (their generators differ)"
        )
    now = "after" if before else "API"
    cached_url = cache_url() if CACHE_SECONDS > 0 else ""

    uncached: list[Server] = []
    cached: list[Server] = []
    try:
        if before:
            uncached.append(serve("before", "before", BEFORE_PORT, before_url, tree=before))
        uncached.append(serve(now, now, PORT, DATABASE_URL))
        raw_server = serve_raw(detail_id)
        uncached.append(raw_server)
        if CACHE_SECONDS > 0:
            if before:
                cached.append(
                    serve(
                        "before cached",
                        "before",
                        BEFORE_CACHED_PORT,
                        before_url,
                        tree=before,
                        cache_seconds=CACHE_SECONDS,
                        cache_url=cached_url,
                    )
                )
            cached.append(
                serve(
                    f"{now} cached",
                    now,
                    CACHED_PORT,
                    DATABASE_URL,
                    cache_seconds=CACHE_SECONDS,
                    cache_url=cached_url,
                )
            )
            cached.append(raw_server)
        servers = uncached + cached[:-1]

        print(
            f"\n{size} claims (3 figures, 2 citations each); gunicorn 2 sync workers each; "
            f"hey on 127.0.0.1: {LATENCY_REQUESTS} requests one at a time per server and "
            f"request, every server in {ROUNDS} alternating rounds (median, p95), then "
            f"{LATENCY_REQUESTS * 2} with {THROUGHPUT_CONCURRENCY} at a time (c=4, requests/s)"
        )
        if before:
            print(f"before: {revision(before)}; database {before_url}")
        print(f"{now + ':':<7} {revision(ROOT)}; database {DATABASE_URL}")
        print("raw:    bench/raw_app.py, one hand-written query (RAW_CLAIMS), this database")
        if same_data:
            print(same_data)
        ratio_names = [f"{now}/raw"] + (["before/raw", "after/before"] if before else [])
        uncached_table = Table(uncached, [*ratio_names, f"{now}/db", "db median"])
        cached_table = Table(cached, ratio_names)
        print(
            "\nanswer cache off (API_CACHE_SECONDS=0); targets for "
            + ", ".join(f"{name} {now}/raw <= {target:g}" for name, target in TARGETS.items())
            + "; db: the raw query in-process"
        )
        print(uncached_table.header())
        cached_rows: list[str] = []
        for name, path, sql in cases(detail_id):
            for server in servers:
                hey(path, requests=30, concurrency=2, port=server.port)  # warm both workers
            measured = interleaved(path, servers)
            for server in servers:
                measured[server.key]["c4_rps"] = hey(
                    path,
                    requests=LATENCY_REQUESTS * 2,
                    concurrency=THROUGHPUT_CONCURRENCY,
                    port=server.port,
                )["rps"]
            db = raw(sql, requests=LATENCY_REQUESTS)
            with_before = "before" if before else None
            print(
                uncached_table.row(
                    name,
                    measured,
                    [
                        *ratios(measured, now, with_before, TARGETS.get(name)),
                        ratio(measured[now]["median_ms"], db["median_ms"]),
                        f"{db['median_ms']:.2f}ms",
                    ],
                ),
                flush=True,
            )
            if cached:
                by_label = {**measured, now: measured[f"{now} cached"]}
                if before:
                    by_label["before"] = measured["before cached"]
                cached_rows.append(
                    cached_table.row(
                        name, measured, ratios(by_label, now, with_before, CACHED_TARGET)
                    )
                )
        if cached:
            print(
                f"\nanonymous answers from the answer cache (API_CACHE_SECONDS={CACHE_SECONDS}, "
                f"CACHE_URL={cached_url}); target {now}/raw <= {CACHED_TARGET:g}; raw: the same "
                "measurements as above"
            )
            print(cached_table.header())
            print("\n".join(cached_rows))
    finally:
        for server in uncached + cached:
            if server.process.poll() is None:
                server.process.send_signal(signal.SIGTERM)
                server.process.wait(timeout=30)
    print(f"\nmeasured in {time.monotonic() - started:.0f} s")


def main() -> None:
    for size in [int(arg) for arg in sys.argv[1:]] or [10_000]:
        measure(size)


if __name__ == "__main__":
    main()
