"""Production settings come from the environment and pass Django's deployment checklist; a local
checkout's .env makes manage.py work as typed, and never stands in for production's secret."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "k" * 20 + "-production-like-secret-not-used-anywhere-9f8e7d6c5b4a",
    "ALLOWED_HOSTS": "tally.example.org",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_PRELOAD": "true",
    "SECURE_SSL_REDIRECT": "true",
}
PRINT_PUBLISHER = (
    "shell",
    "--verbosity=0",
    "-c",
    "from django.conf import settings; print(settings.TALLY_PUBLISHER_NAME)",
)


def _manage(
    *args: str,
    env: dict[str, str],
    env_file: Path | None = None,
    unset: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """manage.py in a child process, with only `env` (and `env_file`, if given) for settings.
    The checkout's own .env is never read: a developer's file must not make production pass."""
    dropped = {"TALLY_LOCAL", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in dropped and key not in unset and key != "TALLY_ENV_FILE"
    }
    clean["TALLY_ENV_FILE"] = "" if env_file is None else str(env_file)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _make_env_file(directory: Path) -> Path:
    """The .env that `make install` writes, written by the Makefile's own rule."""
    subprocess.run(
        ["make", "-s", "-C", str(directory), "-f", str(ROOT / "Makefile"), ".env"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return directory / ".env"


def test_check_deploy_passes_with_production_environment():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr


def test_production_without_secret_key_refuses_to_start():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set. In production, set SECRET_KEY" in result.stderr


def test_bad_boolean_in_environment_is_a_clear_error():
    result = _manage("check", env={**PRODUCTION_ENV, "DEBUG": "maybe"})
    assert result.returncode != 0
    assert "DEBUG must be true or false, got 'maybe'" in result.stderr


def test_manage_py_works_with_the_env_file_make_writes_and_no_tally_local(tmp_path):
    env_file = _make_env_file(tmp_path)
    assert "TALLY_LOCAL=true" in env_file.read_text()
    assert "DEBUG" not in env_file.read_text()
    result = _manage("check", env={}, env_file=env_file)
    assert result.returncode == 0, result.stderr


def test_make_keeps_an_existing_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("TALLY_LOCAL=true\nTALLY_PUBLISHER_NAME=Mine\n")
    _make_env_file(tmp_path)
    assert env_file.read_text() == "TALLY_LOCAL=true\nTALLY_PUBLISHER_NAME=Mine\n"


def test_make_writes_a_new_secret_for_each_checkout(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    secrets = {
        line
        for directory in (first, second)
        for line in _make_env_file(directory).read_text().splitlines()
        if line.startswith("SECRET_KEY=")
    }
    assert len(secrets) == 2
    assert all(len(line) > len("SECRET_KEY=") + 40 for line in secrets)


def test_settings_read_the_env_file_beside_manage_py(tmp_path):
    """No TALLY_ENV_FILE: the .env in the directory that holds manage.py and config/."""
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    shutil.copytree(
        ROOT / "config", tmp_path / "config", ignore=shutil.ignore_patterns("__pycache__")
    )
    (tmp_path / ".env").write_text("TALLY_LOCAL=true\nTALLY_PUBLISHER_NAME=Beside manage.py\n")
    dropped = {
        "TALLY_LOCAL",
        "SECRET_KEY",
        "DEBUG",
        "DATABASE_URL",
        "TALLY_ENV_FILE",
        "TALLY_PUBLISHER_NAME",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *PRINT_PUBLISHER],
        cwd=tmp_path,
        env={
            **{key: value for key, value in os.environ.items() if key not in dropped},
            # The apps come from the checkout; config/ and the .env from the copy.
            "PYTHONPATH": str(ROOT),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Beside manage.py"


def test_without_env_file_or_secret_the_message_says_what_to_do():
    result = _manage("check", env={})
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "run `make install` once (it writes .env with TALLY_LOCAL=true)" in result.stderr


def test_env_file_without_tally_local_or_secret_still_refuses_and_names_the_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("ALLOWED_HOSTS=tally.example.org\n")
    result = _manage("check", env={}, env_file=env_file)
    assert result.returncode != 0
    assert f"SECRET_KEY is not set (neither in the environment nor in {env_file})" in result.stderr


def test_values_come_from_the_env_file_unquoted(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text('# a comment\n\nTALLY_LOCAL=true\nTALLY_PUBLISHER_NAME="The Desk"\n')
    result = _manage(*PRINT_PUBLISHER, env={}, env_file=env_file, unset=("TALLY_PUBLISHER_NAME",))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "The Desk"


def test_an_environment_variable_wins_over_the_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("TALLY_LOCAL=true\nTALLY_PUBLISHER_NAME=From the file\n")
    result = _manage(
        *PRINT_PUBLISHER,
        env={"TALLY_PUBLISHER_NAME": "From the environment"},
        env_file=env_file,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "From the environment"


def test_tally_local_false_in_the_environment_wins_over_the_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("TALLY_LOCAL=true\n")
    result = _manage("check", env={"TALLY_LOCAL": "false"}, env_file=env_file)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.parametrize(
    "bad_line", ["export SECRET_KEY=abc", "just some words", "=no-name", "TWO WORDS=1"]
)
def test_a_malformed_env_file_line_is_named_without_a_traceback(tmp_path, bad_line):
    env_file = tmp_path / ".env"
    env_file.write_text(f"# local\nTALLY_LOCAL=true\n{bad_line}\n")
    result = _manage("check", env={}, env_file=env_file)
    assert result.returncode != 0
    assert f"{env_file}, line 3: expected KEY=VALUE, got {bad_line!r}" in result.stderr
    assert "Traceback" not in result.stderr


def test_tally_env_file_naming_a_missing_file_is_a_clear_error(tmp_path):
    missing = tmp_path / "nowhere.env"
    result = _manage("check", env={}, env_file=missing)
    assert result.returncode != 0
    assert f"TALLY_ENV_FILE names {missing}, which is not a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_env_file_is_never_committed():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(
        ["git", "check-ignore", "--quiet", ".env"], cwd=ROOT, check=False, timeout=30
    )
    assert ignored.returncode == 0
