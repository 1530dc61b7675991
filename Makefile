# Tally's front door. `make run` to try it, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
ARTICLES ?=
# Make's own targets are local runs on any checkout, whatever .env holds or whether it exists yet
# (fresh clones, CI): no SECRET_KEY needed, SQLite unless DATABASE_URL is set.
# Commands typed by hand (`.venv/bin/python manage.py …`) get the same from .env instead.
export TALLY_LOCAL ?= true

.PHONY: run test lint typecheck pytest install migrations-check serve clean backup restore

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
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
	@echo
	$(PY) manage.py runserver 127.0.0.1:8000

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: install
	$(VENV)/bin/mypy .

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

# The suite on two workers, all of it but the schema fuzz (marked `fuzz`: thousands of requests,
# minutes), which .ci/run runs on its own: `PYTEST_MARKERS=fuzz make pytest`; PYTEST_MARKERS=
# runs everything. worksteal, not loadfile: loadfile runs only the first of the tests that share
# an id, as schemathesis's do, one per API operation.
PYTEST_MARKERS ?= not fuzz
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
