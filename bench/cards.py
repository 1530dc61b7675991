"""How fast is an embedded card? Requests/s and median latency, measured with `hey` against
gunicorn on 127.0.0.1, for:

  * a cached card (a live 200: two small queries for the ETag, the HTML from the cache),
  * a revalidation answered 304 (If-None-Match),
  * a static file of exactly the card's size, served by whitenoise from the same server,

and the card's figures as a ratio of the static file's. The target: a cached card within 2x.

    TALLY_LOCAL=true .venv/bin/python bench/cards.py [--requests 4000] [--concurrency 8]

It builds its own SQLite database in a temporary folder (or uses BENCH_DATABASE_URL, e.g.
postgres://postgres@127.0.0.1:5432/tally_bench_cards, which it migrates and fills). It keeps
database connections open (DB_CONN_MAX_AGE=600) unless DB_CONN_MAX_AGE is set.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(workdir: Path) -> dict[str, str]:
    """Environment for Django and gunicorn: a settings module that adds a WHITENOISE_ROOT."""
    static_root = workdir / "static_root"
    static_root.mkdir()
    (workdir / "bench_settings.py").write_text(
        f"from config.settings import *  # noqa: F403\nWHITENOISE_ROOT = {str(static_root)!r}\n"
    )
    env = dict(os.environ)
    # Persistent connections, as production runs: with a new SQLite connection per request
    # (Django's default, 0) the connection set-up costs more than the card. Override to compare.
    env.setdefault("DB_CONN_MAX_AGE", "600")
    env.update(
        {
            "TALLY_LOCAL": "true",
            "DEBUG": "false",
            "LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)]),
            "DATABASE_URL": os.environ.get(
                "BENCH_DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}"
            ),
        }
    )
    return env


SEED = """
import django
django.setup()
from decimal import Decimal
from django.contrib.auth.models import Group, User
from django.core.management import call_command
call_command("migrate", verbosity=0)
from claims import services
from claims.models import Claim, Metric
from sources.models import Entity, Snapshot, Source

if not Claim.objects.filter(seed_key="bench-0").exists():
    checker = User.objects.create_user("bench-checker", is_staff=True)
    checker.groups.add(Group.objects.get(name="Fact-checker"))
    reviewer = User.objects.create_user("bench-reviewer", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Reviewer"))
    metric = Metric.objects.create(
        name="Cameras sold abroad, 2018", definition="Units exported in 2018.", unit="count"
    )
    source = Source.objects.create(kind="article", title="Surveillance exports, 2019")
    Snapshot.objects.create(source=source, text="The vendor said it sold 1,200 camera systems abroad in 2018.")
    for n, value in enumerate([1200, 950, 1500]):
        claimant = Entity.objects.create(kind="company", name=f"Vendor {n}", slug=f"vendor-{n}")
        claim = services.claim_create(
            statement=f"We sold {value} camera systems abroad in 2018.",
            claimant=claimant, actor=checker, seed_key=f"bench-{n}",
        )
        services.figure_add(claim=claim, actor=checker, metric=metric, unit="count", value=Decimal(value))
        services.citation_add(claim=claim, actor=checker, source=source,
                              quote="it sold 1,200 camera systems abroad in 2018", is_paraphrase=n > 0)
        services.claim_submit_for_review(claim=claim, actor=checker)
        services.claim_publish(claim=claim, actor=reviewer, verdict="misleading",
                               explanation="Counts orders, not deliveries.")
claim_id = Claim.objects.get(seed_key="bench-0").pk
# Whitenoise indexes its files when the server starts: write the same-size file now.
from django.test import Client
card = Client().get(f"/embed/claims/{claim_id}/").content
with open(STATIC_FILE, "wb") as out:
    out.write(b"x" * len(card))
print(claim_id)
"""


def hey(
    url: str, *, requests: int, concurrency: int, headers: list[str]
) -> tuple[float, float, str]:
    """Requests/s, median latency (ms) and the status-code lines of one `hey` run."""
    command = ["hey", "-n", str(requests), "-c", str(concurrency), "-t", "10"]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, timeout=300
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    median = float(re.search(r"50%+ in ([\d.]+) secs", output).group(1)) * 1000  # type: ignore[union-attr]
    codes = (
        " ".join(re.findall(r"\[(\d{3})\]\s+(\d+) responses", output)[0]) if "[" in output else "?"
    )
    return rps, median, codes


def wait_until_up(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310  (our own 127.0.0.1 server)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer at {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("hey") is None:
        raise SystemExit("needs `hey` (apt-get install -y hey)")

    with tempfile.TemporaryDirectory(prefix="tally-bench-cards-") as tmp:
        workdir = Path(tmp)
        env = prepare(workdir)
        static_file = workdir / "static_root" / "card-sized.html"
        claim_id = (
            subprocess.run(
                [sys.executable, "-c", f"STATIC_FILE = {str(static_file)!r}\n{SEED}"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            card_url = f"{base}/embed/claims/{claim_id}/"
            wait_until_up(card_url)
            with urllib.request.urlopen(card_url) as response:  # noqa: S310
                card = response.read()
                etag = response.headers["ETag"]
            static_url = f"{base}/card-sized.html"
            with urllib.request.urlopen(static_url) as response:  # noqa: S310
                if len(response.read()) != len(card):
                    raise SystemExit("the static file is not the card's size")
            # Fill every worker's cache before measuring.
            hey(card_url, requests=200, concurrency=args.concurrency, headers=[])

            runs = {
                "static file (whitenoise)": hey(
                    static_url, requests=args.requests, concurrency=args.concurrency, headers=[]
                ),
                "cached card (200)": hey(
                    card_url, requests=args.requests, concurrency=args.concurrency, headers=[]
                ),
                "card revalidated (304)": hey(
                    card_url,
                    requests=args.requests,
                    concurrency=args.concurrency,
                    headers=[f"If-None-Match: {etag}"],
                ),
            }
        finally:
            server.terminate()
            server.wait(timeout=20)

    static_rps, _, _ = runs["static file (whitenoise)"]
    database = env["DATABASE_URL"].split(":", 1)[0]
    print(
        f"card {len(card)} bytes; gunicorn {args.workers} sync workers on 127.0.0.1; {database} "
        f"(DB_CONN_MAX_AGE={env['DB_CONN_MAX_AGE']}); "
        f"hey -n {args.requests} -c {args.concurrency}"
    )
    print(f"{'':26} {'req/s':>9} {'median ms':>10} {'codes':>12} {'req/s vs static':>16}")
    for name, (rps, median, codes) in runs.items():
        print(f"{name:26} {rps:9.0f} {median:10.2f} {codes:>12} {rps / static_rps:15.2f}x")
    card_rps = runs["cached card (200)"][0]
    verdict = "within" if static_rps / card_rps <= 2 else "NOT within"
    print(
        f"static/cached-card throughput ratio: {static_rps / card_rps:.2f} ({verdict} the 2x target)"
    )


if __name__ == "__main__":
    main()
