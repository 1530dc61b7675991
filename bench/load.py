"""Mixed load on 127.0.0.1: 70% claim cards, 20% API reads, 10% searches, at a fixed rate.

Usage (after bench/api.py has filled the bench database):
    TALLY_LOCAL=true .venv/bin/python bench/load.py --database-url postgres://postgres@127.0.0.1:5432/tally_bench \
        --rate 300 --seconds 60

It starts gunicorn on a free loopback port against that database, drives it with `hey` (one
process per URL, each at its share of the rate, all for the same bounded time), and prints
requests/s, p50/p95/p99 latency and the error count over all requests. Loopback only.
"""

import argparse
import csv
import io
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Stream:
    label: str
    url: str
    rate: float  # requests per second


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def public_claim_ids(database_url: str, limit: int) -> list[int]:
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT id FROM claims_claim WHERE status IN ('published','corrected','retracted') "
            "ORDER BY random() LIMIT %s",
            [limit],
        ).fetchall()
    return [row[0] for row in rows]


def start_server(
    database_url: str, port: int, workers: int, cache_url: str
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-" + "x" * 40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DB_CONN_MAX_AGE": "600",
        "API_THROTTLE_ANON": "",
        "API_THROTTLE_USER": "",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("TALLY_LOCAL", None)
    env["TALLY_ENV_FILE"] = ""  # a production-like server: no local .env either
    if cache_url:
        env["CACHE_URL"] = cache_url
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("gunicorn did not become healthy within 60 s")


def run_streams(streams: list[Stream], seconds: int) -> list[tuple[float, int]]:
    """Run one bounded `hey` per stream at once; return (latency seconds, status) per request."""
    processes = []
    for stream in streams:
        # hey's -q is per worker: 2 workers each at half the stream's rate.
        workers = 2
        per_worker = max(stream.rate / workers, 0.5)
        processes.append(
            subprocess.Popen(
                [
                    "hey",
                    "-z",
                    f"{seconds}s",
                    "-c",
                    str(workers),
                    "-q",
                    f"{per_worker:g}",
                    "-o",
                    "csv",
                    stream.url,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        )
    results: list[tuple[float, int]] = []
    for process in processes:
        output, _ = process.communicate(timeout=seconds + 60)
        for row in csv.DictReader(io.StringIO(output.decode())):
            results.append((float(row["response-time"]), int(row["status-code"])))
    return results


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    parser.add_argument("--rate", type=float, default=300.0, help="total requests per second")
    parser.add_argument("--seconds", type=int, default=30, help="duration, at most 60")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument(
        "--cache-url",
        default="",
        help="e.g. redis://127.0.0.1:6379/3 (default: per-process memory)",
    )
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        raise SystemExit(
            "--database-url must be the PostgreSQL bench database (fill it with bench/api.py)"
        )
    if not shutil.which("hey"):
        raise SystemExit("hey is not installed: apt-get install -y hey")
    seconds = min(args.seconds, 60)

    ids = public_claim_ids(args.database_url, 20)
    if len(ids) < 10:
        raise SystemExit("the bench database has too few public claims; run bench/api.py first")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.database_url, port, args.workers, args.cache_url)
    try:
        card_ids, api_ids = ids[:7], ids[7:9]
        streams = [
            Stream("card", f"{base}/embed/claims/{pk}/", args.rate * 0.70 / len(card_ids))
            for pk in card_ids
        ]
        streams += [
            Stream("api", f"{base}/api/v1/claims/{pk}/", args.rate * 0.10) for pk in api_ids[:1]
        ]
        streams += [Stream("api", f"{base}/api/v1/claims/?page_size=50", args.rate * 0.10)]
        streams += [
            Stream("search", f"{base}/api/v1/claims/?q=surveillance&page_size=20", args.rate * 0.10)
        ]
        # Warm every URL once (the first card render fills the cache, as in production).
        for stream in streams:
            with urllib.request.urlopen(stream.url, timeout=30) as response:  # noqa: S310
                response.read()
        started = time.monotonic()
        results = run_streams(streams, seconds)
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    latencies = [latency * 1000 for latency, _ in results]
    errors = sum(1 for _, status in results if status >= 400 or status == 0)
    print(
        f"mixed load: target {args.rate:g} req/s for {seconds} s, gunicorn {args.workers} workers, "
        f"cache {args.cache_url or 'local memory'}"
    )
    print(
        f"requests: {len(results)}  achieved: {len(results) / elapsed:.1f} req/s  errors: {errors}"
    )
    print(
        f"latency ms: p50 {statistics.median(latencies):.1f}  p95 {percentile(latencies, 0.95):.1f}  "
        f"p99 {percentile(latencies, 0.99):.1f}  max {max(latencies):.1f}"
    )
    target_ok = (
        errors == 0
        and percentile(latencies, 0.95) < 100
        and len(results) / elapsed >= args.rate * 0.95
    )
    print(
        f"target (0 errors, p95 < 100 ms at {args.rate:g} req/s): {'met' if target_ok else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
