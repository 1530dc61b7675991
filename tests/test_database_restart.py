"""A real PostgreSQL stops and starts again under a running Tally: 503s while it is away, and
the app recovers by itself, without a restart, once it is back.

Tally runs as gunicorn in its own process against a throwaway PostgreSQL cluster of its own, so
the outage is real (killed sessions, refused connections) and nobody else's database is touched.
It does not use DATABASE_URL, but runs only in the PostgreSQL suite (DATABASE_URL set, as CI's
first run sets it): a deployment on SQLite has no server to restart, and in the SQLite run it
repeated the PostgreSQL run's 20 s of CPU (a cluster started and stopped three times) in a
suite that has three minutes."""

import contextlib
import http.client
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVER_TOOLS = ("initdb", "pg_ctl", "postgres", "psql")
# Generous (recovery takes well under a second here), yet a hang fails instead of stalling.
RECOVERY_DEADLINE_SECONDS = 20.0


def _postgres_bin_dir() -> Path | None:
    """The first directory holding all of the server tools. Debian keeps them off PATH, in
    /usr/lib/postgresql/<version>/bin; PG_BIN points elsewhere."""
    candidates = [Path(os.environ["PG_BIN"])] if os.environ.get("PG_BIN") else []
    if pg_ctl := shutil.which("pg_ctl"):
        candidates.append(Path(pg_ctl).resolve().parent)
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda path: int(path.parent.name), reverse=True)
    for candidate in candidates:
        if all((candidate / tool).is_file() for tool in SERVER_TOOLS):
            return candidate
    return None


def _cluster_owner() -> str | None:
    """initdb and postgres refuse to run as root: as root, the cluster belongs to `postgres`."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres").pw_name
    except KeyError:
        return None


PG_BIN = _postgres_bin_dir()
RUNNING_AS_ROOT_WITHOUT_OWNER = os.geteuid() == 0 and _cluster_owner() is None

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        reason="a PostgreSQL server's restart: tested in the PostgreSQL suite (set DATABASE_URL)",
    ),
    pytest.mark.skipif(
        PG_BIN is None,
        reason="needs the PostgreSQL server binaries (initdb, pg_ctl, postgres, psql): "
        "install the postgresql package or set PG_BIN",
    ),
    pytest.mark.skipif(
        RUNNING_AS_ROOT_WITHOUT_OWNER,
        reason="running as root needs a 'postgres' account to own the throwaway cluster",
    ),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(
    command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"
    return result


@dataclass
class PrivatePostgres:
    """A cluster in a temporary directory, listening on 127.0.0.1 only, its socket beside it."""

    directory: Path
    port: int

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/tally"

    def _as_owner(self, *command: str) -> list[str]:
        owner = _cluster_owner()
        return ["runuser", "-u", owner, "--", *command] if owner else list(command)

    def _pg_ctl(self, *arguments: str) -> None:
        assert PG_BIN is not None
        _run(self._as_owner(str(PG_BIN / "pg_ctl"), "--pgdata", str(self.data), *arguments))

    def initialise(self) -> None:
        assert PG_BIN is not None
        if owner := _cluster_owner():
            shutil.chown(self.directory, owner, owner)
        _run(
            self._as_owner(
                str(PG_BIN / "initdb"),
                "--pgdata",
                str(self.data),
                "--username=postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            )
        )
        # Durability is worthless for a cluster thrown away in a minute, and costs seconds.
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.directory}'",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "shared_buffers": "'32MB'",
            "max_connections": "30",
        }
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{name} = {value}\n" for name, value in settings.items())

    def start(self) -> None:
        self._pg_ctl("start", "--wait", "--log", str(self.directory / "postgres.log"))

    def stop(self) -> None:
        # "fast" is what an operator's restart does: every session is terminated at once.
        self._pg_ctl("stop", "--wait", "--mode=fast")

    def restart(self) -> None:
        self._pg_ctl(
            "restart", "--wait", "--mode=fast", "--log", str(self.directory / "postgres.log")
        )

    def discard(self) -> None:
        """Stops the cluster if it runs (immediately: nothing in it is worth keeping) and
        deletes it; safe to call after any failure, including one before it started."""
        pid_file = self.data / "postmaster.pid"
        if pid_file.exists():
            assert PG_BIN is not None
            command = [str(PG_BIN / "pg_ctl"), "--pgdata", str(self.data), "stop", "--wait"]
            subprocess.run(
                [*self._as_owner(*command), "--mode=immediate"],
                capture_output=True,
                timeout=60,
                check=False,
            )
        if pid_file.exists():  # pg_ctl could not stop it: end the postmaster by its own id
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGQUIT)
        shutil.rmtree(self.directory, ignore_errors=True)

    def psql(self, sql: str) -> str:
        assert PG_BIN is not None
        command = [str(PG_BIN / "psql"), "--host", str(self.directory), "--port", str(self.port)]
        command += ["--username=postgres", "--dbname=postgres", "--no-psqlrc", "-Atc", sql]
        return _run(command).stdout.strip()

    def app_connections(self) -> int:
        return int(
            self.psql("SELECT count(*) FROM pg_stat_activity WHERE datname = 'tally'") or "0"
        )


@pytest.fixture(scope="module")
def private_postgres() -> Iterator[PrivatePostgres]:
    # Not pytest's tmp_path: its parent is private to the test user, and the cluster's owner
    # must reach the data directory and the socket.
    directory = Path(tempfile.mkdtemp(prefix="tally-pg-"))
    cluster = PrivatePostgres(directory=directory, port=_free_port())
    try:
        cluster.initialise()
        cluster.start()
        cluster.psql("CREATE DATABASE tally")
        # Once for the module: every app mode below shares the schema.
        _run(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env=_app_environment(cluster),
        )
        yield cluster
    finally:
        cluster.discard()


def _app_environment(cluster: PrivatePostgres, **overrides: str) -> dict[str, str]:
    """Only what Tally needs: whatever the suite runs under (a CACHE_URL, a DATABASE_URL, DB_*
    tuning) must not change what this test exercises."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/"),
        "LANG": "C.UTF-8",
        "TALLY_LOCAL": "true",
        "DATABASE_URL": cluster.url,
        "LOG_LEVEL": "WARNING",
        # A cached read would rightly be served while the database is away; here every
        # request must reach the database.
        "API_CACHE_SECONDS": "0",
    }
    return {**environment, **overrides}


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str

    def json(self) -> dict[str, object]:
        return json.loads(self.body)


@dataclass
class TallyServer:
    """Tally under gunicorn with one sync worker, as the Dockerfile runs it but single: one
    process whose connections (or pool) live across every request the test makes."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path

    def get(self, path: str, *, accept: str = "text/html") -> Answer:
        # http.client, not urllib: a status is an answer here, never an exception or a redirect.
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers={"Accept": accept})
            response = connection.getresponse()
            return Answer(response.status, response.headers, response.read().decode())
        finally:
            connection.close()

    def log_tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-40:])

    def workers_booted(self) -> int:
        return self.log.read_text(errors="replace").count("Booting worker")


@pytest.fixture
def start_tally(
    private_postgres: PrivatePostgres,
) -> Iterator[Callable[..., TallyServer]]:
    servers: list[TallyServer] = []

    def start(**settings: str) -> TallyServer:
        port = _free_port()
        log = private_postgres.directory / f"gunicorn-{port}.log"
        command = [sys.executable, "-m", "gunicorn", "config.wsgi:application"]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "60"]
        # No control socket: it would live in $HOME, one path shared by every gunicorn.
        command += ["--graceful-timeout", "1", "--no-control-socket"]
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=_app_environment(private_postgres, **settings),
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        server = TallyServer(process=process, port=port, log=log)
        servers.append(server)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert process.poll() is None, f"gunicorn exited:\n{server.log_tail()}"
            try:
                if server.get("/healthz").status == 200:
                    return server
            except OSError:
                pass
            time.sleep(0.1)
        pytest.fail(f"Tally did not answer /healthz within 30 s:\n{server.log_tail()}")

    yield start
    for server in servers:
        server.process.terminate()
        try:
            server.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


# Every way Tally can hold its connections (config/settings.py): a fresh one per request, one
# kept across requests (production without the pool), and psycopg's pool (DB_POOL, as in
# compose.yaml). A short pool timeout only makes each 503 quicker to come.
CONNECTION_MODES = {
    "a-connection-per-request": {"DB_CONN_MAX_AGE": "0"},
    "persistent-connections": {"DB_CONN_MAX_AGE": "600"},
    "psycopg-pool": {"DB_POOL": "true", "DB_POOL_MIN": "2", "DB_POOL_TIMEOUT": "1"},
}
HELD_CONNECTIONS = {"persistent-connections": 1, "psycopg-pool": 2}


def _wait_until_the_app_holds_its_connections(cluster: PrivatePostgres, mode: str) -> None:
    """Otherwise the restart would find nothing to break. The pool opens its connections in
    the background, so give it a moment."""
    deadline = time.monotonic() + 5
    while cluster.app_connections() < HELD_CONNECTIONS[mode]:
        assert time.monotonic() < deadline, f"Tally holds no connection open in {mode} mode"
        time.sleep(0.1)


# With the production pool timeout: the first request after a restart may wait while the pool
# discards its dead connections one by one before it hands out a fresh one.
RESTART_MODES = {
    "persistent-connections": CONNECTION_MODES["persistent-connections"],
    "psycopg-pool": {"DB_POOL": "true", "DB_POOL_MIN": "2", "DB_POOL_TIMEOUT": "10"},
}


def _assert_everything_answers_200(tally: TallyServer) -> None:
    health = tally.get("/healthz", accept="application/json")
    assert (health.status, health.json()["database"]) == (200, "ok"), health.body
    api = tally.get("/api/v1/claims/", accept="application/json")
    assert api.status == 200, api.body[:500]
    assert "results" in api.json()
    page = tally.get("/claims/")
    assert page.status == 200, page.body[:500]


def _wait_until_everything_answers_200(tally: TallyServer) -> None:
    """Polls until it does; fails with the last answers if the deadline passes first."""
    started = time.monotonic()
    last: list[tuple[str, int]] = []
    while time.monotonic() - started < RECOVERY_DEADLINE_SECONDS:
        answers = [
            ("/healthz", tally.get("/healthz", accept="application/json")),
            ("/api/v1/claims/", tally.get("/api/v1/claims/", accept="application/json")),
            ("/claims/", tally.get("/claims/")),
        ]
        last = [(path, answer.status) for path, answer in answers]
        if all(status == 200 for _path, status in last):
            return
        time.sleep(0.2)
    pytest.fail(
        f"still not recovered {RECOVERY_DEADLINE_SECONDS} s after PostgreSQL came back: {last}\n"
        f"{tally.log_tail()}"
    )


@pytest.mark.parametrize("mode", CONNECTION_MODES)
def test_requests_get_503_while_the_database_is_down_and_recover_when_it_returns(
    mode: str, private_postgres: PrivatePostgres, start_tally: Callable[..., TallyServer]
) -> None:
    tally = start_tally(**CONNECTION_MODES[mode])
    _assert_everything_answers_200(tally)
    if mode in HELD_CONNECTIONS:
        _wait_until_the_app_holds_its_connections(private_postgres, mode)

    private_postgres.stop()
    try:
        health = tally.get("/healthz", accept="application/json")
        assert health.status == 503, health.body[:500]
        assert health.json() == {
            "status": "unavailable",
            "database": "unavailable",
            "writes": "unavailable",
            "cache": "ok",
        }
        assert health.headers["Retry-After"] == "5"

        api = tally.get("/api/v1/claims/", accept="application/json")
        assert api.status == 503, api.body[:500]
        assert api.headers["Content-Type"] == "application/json"
        assert api.json()["code"] == "unavailable"
        assert api.headers["Retry-After"] == "5"
        assert "Traceback" not in api.body

        page = tally.get("/claims/")
        assert page.status == 503, page.body[:500]
        assert page.headers["Content-Type"].startswith("text/html")
        assert "Temporarily unavailable" in page.body
        assert page.headers["Retry-After"] == "5"
        assert "Traceback" not in page.body
    finally:
        private_postgres.start()

    _wait_until_everything_answers_200(tally)
    # Nothing was restarted on Tally's side: the same worker recovered by itself.
    assert tally.process.poll() is None
    assert tally.workers_booted() == 1, tally.log_tail()


@pytest.mark.parametrize("mode", RESTART_MODES)
def test_a_database_restart_between_two_requests_goes_unnoticed(
    mode: str, private_postgres: PrivatePostgres, start_tally: Callable[..., TallyServer]
) -> None:
    """The held connections die with the restart; the next request must not be the one that
    finds out. Persistent connections are checked before reuse (CONN_HEALTH_CHECKS) and the
    pool checks each connection it hands out, so the very first request succeeds."""
    tally = start_tally(**RESTART_MODES[mode])
    _assert_everything_answers_200(tally)
    _wait_until_the_app_holds_its_connections(private_postgres, mode)

    private_postgres.restart()

    _assert_everything_answers_200(tally)
    assert tally.workers_booted() == 1, tally.log_tail()
