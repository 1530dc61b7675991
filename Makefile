# Tally's front door. `make run` to try it, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
ARTICLES ?=
# Make's own targets are local runs on any checkout, whatever .env holds or whether it exists yet
# (fresh clones, CI): no SECRET_KEY needed, SQLite unless DATABASE_URL is set.
# Commands typed by hand (`.venv/bin/python manage.py …`) get the same from .env instead.
export TALLY_LOCAL ?= true
# Python caches what it compiles (and pytest the test modules and plugins it rewrites) under
# __pycache__, git-ignored: with PYTHONDONTWRITEBYTECODE set, as some images set it, every pytest
# worker and every manage.py a test starts compiles the project and those plugins again, seconds
# of CPU each.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test lint typecheck pytest install migrations-check serve clean backup restore

# uv installs the same pinned packages as pip would, from PyPI, in a third of the time
# (11 s against 34 s for a fresh checkout here: CI installs one on every run); pip, which every
# venv has, installs uv itself, at a pinned version.
UV_VERSION ?= 0.13.9
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip install --quiet --python $(VENV)/bin/python -e '.[dev]'
	touch $@

install: $(VENV)/.installed .env

# This checkout's local settings, read by config/settings.py: written once, never overwritten
# (edit it freely; delete it to get a new one). Readable by its owner only: it holds a secret.
.env:
	@key=$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))') && umask 077 && \
	printf '%s\n' \
	  "# This checkout's local settings, written by make (git-ignored). config/settings.py reads" \
	  "# them at start-up; real environment variables win. TALLY_LOCAL is for development only" \
	  "# (static files from the app folders, cookies over plain http): take it out before this" \
	  "# file serves compose.yaml in production." \
	  "TALLY_LOCAL=true" \
	  "SECRET_KEY=$$key" > $@
	@echo "Wrote $@: local settings, so that manage.py commands work as typed"

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_seed_articles $(if $(ARTICLES),--articles $(ARTICLES))
	@echo
	@echo "Tally admin: http://127.0.0.1:8000/admin/  (log in with the account below)"
	@$(PY) manage.py ensure_local_admin
	@echo "Background jobs: a worker and the scheduler run beside the server (admin: Background jobs)"
	@echo
	@# The worker and the scheduler stop with the server: Ctrl-C, or the server exiting, ends
	@# them (SIGTERM: a job that is running finishes first).
	@$(PY) manage.py db_worker --no-reload --queue-name '*' & worker=$$!; \
	$(PY) manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null; wait' EXIT; trap 'exit 130' INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

# One process of each, in its own terminal (docs/deploy.md): as many workers as wanted, on any
# machine with the same DATABASE_URL; one scheduler is enough (a second does no harm).
.PHONY: worker scheduler
worker: install
	$(PY) manage.py db_worker --no-reload --queue-name '*'

scheduler: install
	$(PY) manage.py run_scheduler

# Article intake's quality on our own labelled corpus (tests/data/intake_corpus: tuning and
# held-out texts) and on the seed articles when ../shared/articles is there: the issue's table.
.PHONY: intake-quality
intake-quality: install
	$(PY) bench/intake_quality.py --details

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: install
	$(VENV)/bin/mypy .

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

# The suite on two workers, all of it, the schema fuzz (marked `fuzz`) included: in the same run,
# it shares the workers' start-up, migrations and seed images with the rest. For a quicker look,
# PYTEST_MARKERS="not fuzz" leaves it out; PYTEST_MARKERS=fuzz runs it alone. worksteal, not
# loadfile: loadfile runs only the first of the tests that share an id, as schemathesis's do, one
# per API operation.
PYTEST_MARKERS ?=
pytest: install
	$(VENV)/bin/pytest -n 2 --dist worksteal -m "$(PYTEST_MARKERS)" $(PYTEST_ARGS)

test: lint typecheck migrations-check pytest

# Backups of a PostgreSQL DATABASE_URL, in pg_dump's custom format.
BACKUP_DIR ?= backups
BACKUP_FILE ?= $(BACKUP_DIR)/tally-$(shell date -u +%Y%m%dT%H%M%SZ).dump
backup:
	@case "$(DATABASE_URL)" in postgres://*|postgresql://*) ;; \
	  *) echo "make backup: set DATABASE_URL to the PostgreSQL database to back up" >&2; exit 2;; esac
	@mkdir -p $(dir $(BACKUP_FILE))
	pg_dump --format=custom --no-owner --no-privileges --dbname "$(DATABASE_URL)" --file "$(BACKUP_FILE)"
	@echo "Backup written to $(BACKUP_FILE)"

# Restore FILE into RESTORE_DATABASE_URL, which must be a fresh, empty database.
restore:
	@test -n "$(FILE)" || { echo "make restore: set FILE to a backup made by make backup" >&2; exit 2; }
	@test -f "$(FILE)" || { echo "make restore: $(FILE) does not exist" >&2; exit 2; }
	@case "$(RESTORE_DATABASE_URL)" in postgres://*|postgresql://*) ;; \
	  *) echo "make restore: set RESTORE_DATABASE_URL to a fresh PostgreSQL database" >&2; exit 2;; esac
	@tables=$$(psql "$(RESTORE_DATABASE_URL)" -tAc "select count(*) from pg_tables where schemaname='public'") || exit 2; \
	  if [ "$$tables" != "0" ]; then echo "make restore: the target database is not empty ($$tables tables); refusing to overwrite" >&2; exit 2; fi
	pg_restore --no-owner --no-privileges --single-transaction --exit-on-error --dbname "$(RESTORE_DATABASE_URL)" "$(FILE)"
	@echo "Restored $(FILE)"

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles tests/artifacts .pytest_cache .mypy_cache .ruff_cache
