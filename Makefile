# Tally's front door. `make run` to try it, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
ARTICLES ?=
# Local defaults: no SECRET_KEY needed, SQLite unless DATABASE_URL is set.
export TALLY_LOCAL ?= true

.PHONY: run test lint typecheck pytest install migrations-check serve clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

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

typecheck: install
	$(VENV)/bin/mypy .

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

pytest: install
	$(VENV)/bin/pytest -n 2 --dist loadfile

test: lint typecheck migrations-check pytest

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles tests/artifacts .pytest_cache .mypy_cache .ruff_cache
