"""Fixtures shared by the whole suite: one user per role, so access leaks show, and the seed
dataset, loaded once per session and copied into each test that reads it."""

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from pytest_django import DjangoDbBlocker
from pytest_django.fixtures import validate_django_db
from whitenoise.middleware import WhiteNoiseMiddleware

from claims.models import Claim
from claims.permissions import GROUP_EDITOR, GROUP_FACT_CHECKER, GROUP_REVIEWER
from claims.seed.loader import load_seed
from tests.database_image import DatabaseImage, DatabaseImages, capture, migrations_shared
from tests.factories import _recreate_roles, claim_maker, role_user

ROLE_NAMES = (GROUP_FACT_CHECKER, GROUP_REVIEWER, GROUP_EDITOR)
ARTICLES_DIR = Path(settings.TALLY_ARTICLES_DIR)
ARTICLE_FILES = sorted(ARTICLES_DIR.glob("*.txt")) if ARTICLES_DIR.is_dir() else []


def pytest_configure(config: pytest.Config) -> None:
    """Python's cyclic garbage collector runs after every 700 new container objects by default;
    the migrations, schemathesis's schema and every request and service call make millions, so
    a worker spent a fifth of its CPU walking the same live objects again (measured: 5.6 s of
    GC in a 20 s run of 125 tests, 1.1 s with these thresholds). Garbage is still collected,
    in bigger batches; the settings are the test process's only."""
    gc.set_threshold(50_000, 100, 1000)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if len(ARTICLE_FILES) >= 5:
        return
    skip = pytest.mark.skip(
        reason=f"needs the five article texts in {ARTICLES_DIR} (not on this machine; CI has them)"
    )
    for item in items:
        if "articles" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """Every role fixture makes a user with a password, and Django's default hasher spends half
    a second on each, by design; the tests are about who may do what, not about the hasher."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(autouse=True, scope="session")
def _static_files_listed_once() -> Iterator[None]:
    """Every test client builds the middleware anew, and whitenoise's, told to serve straight
    from the app folders (WHITENOISE_USE_FINDERS), lists and stats every static file and works
    out its headers each time: 6 ms of the 7 a new client's first plain request took, about 900
    times a run. The list is made once for each set of the settings it depends on and handed to
    each new middleware, as one long-running server process keeps it; the files, their headers
    and what is served are the same. (A static file edited while the suite runs is served with
    the size and dates it had when first listed.)"""
    list_files = WhiteNoiseMiddleware.add_files_from_finders
    listed: dict[str, dict[str, Any]] = {}

    def add_files_from_finders(self: WhiteNoiseMiddleware) -> None:
        key = repr(
            (
                self.static_prefix,
                self.max_age,
                self.allow_all_origins,
                self.charset,
                self.add_headers_function,
                self.index_file,
                settings.STATIC_URL,
                settings.STATICFILES_FINDERS,
                settings.STATICFILES_DIRS,
                settings.INSTALLED_APPS,
                settings.STORAGES,
                getattr(settings, "WHITENOISE_MIMETYPES", None),
                getattr(settings, "WHITENOISE_IMMUTABLE_FILE_TEST", None),
            )
        )
        if key not in listed:
            kept, self.files = self.files, {}
            list_files(self)
            listed[key] = self.files
            self.files = kept
        self.files.update(listed[key])  # later entries win, as in add_files_from_finders

    WhiteNoiseMiddleware.add_files_from_finders = add_files_from_finders  # type: ignore[method-assign]
    yield
    WhiteNoiseMiddleware.add_files_from_finders = list_files  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _no_api_answer_cache(settings) -> None:  # type: ignore[no-untyped-def]
    """Tests run inside a transaction that never commits, so the writes they make never move
    the content generation on; tests/api/test_response_cache.py switches the cache on itself,
    committing what it writes."""
    settings.API_CACHE_SECONDS = 0


class _Roles:
    """Whether this worker's database may have lost the roles since they were last seen there:
    only a transactional test's flush takes them (every other test's writes are rolled back)."""

    may_be_gone = True


@pytest.fixture(autouse=True)
def _roles_survive_flushes(request: pytest.FixtureRequest, django_db_blocker) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A transactional test (live_server, transaction=True) ends by emptying every table,
    including the groups the roles migration made; put them back before a test that needs them.
    pytest-django has opened the test's database (and transaction) by the time this runs.
    Looked for only after such a flush (or once, at first), not by a query before every test;
    roles put back inside a test's transaction go with its rollback, so they are looked for
    again next time."""
    if request.node.get_closest_marker("django_db") is not None and _Roles.may_be_gone:
        with django_db_blocker.unblock():
            if Group.objects.filter(name__in=ROLE_NAMES).count() != len(ROLE_NAMES):
                _recreate_roles()
            else:
                _Roles.may_be_gone = False
    yield
    if _transactional(request):
        _Roles.may_be_gone = True


def _transactional(request: pytest.FixtureRequest) -> bool:
    """As pytest-django decides it (its _django_db_helper): such a test ends with a flush."""
    marker = request.node.get_closest_marker("django_db")
    if marker is not None:
        transaction, reset_sequences, *_ = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    return bool(
        {"transactional_db", "live_server", "django_db_reset_sequences"} & set(request.fixturenames)
    )


@pytest.fixture
def articles_dir() -> Path:
    return ARTICLES_DIR


@pytest.fixture
def fact_checker(db: None):  # type: ignore[no-untyped-def]
    return role_user("fact_checker")


@pytest.fixture
def second_fact_checker(db: None):  # type: ignore[no-untyped-def]
    return role_user("second_fact_checker")


@pytest.fixture
def reviewer(db: None):  # type: ignore[no-untyped-def]
    return role_user("reviewer")


@pytest.fixture
def editor(db: None):  # type: ignore[no-untyped-def]
    return role_user("editor")


@pytest.fixture
def outsider(db: None):  # type: ignore[no-untyped-def]
    """Logged in, staff, but in no group: may see nothing that is not public."""
    return role_user("outsider")


@pytest.fixture
def make_claim(fact_checker, reviewer) -> Callable[..., Claim]:  # type: ignore[no-untyped-def]
    """Build a claim with a figure and a checked citation, moved to `status` via the services."""
    return claim_maker(fact_checker, reviewer)


# The seed dataset: loaded through the services once per session (seconds each time), then
# copied into each test that reads it, inside the test's transaction.

MIGRATED = pytest.StashKey[DatabaseImage]()
MIGRATED_TEMPLATE = pytest.StashKey[str]()
MIGRATIONS_SHARED = pytest.StashKey[ExitStack]()


def _session_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's own temporary folder, the same for all its xdist workers."""
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent  # the session's folder, above each worker's own
    return folder


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings: None,
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
) -> Iterator[None]:
    """pytest-django's, which its django_db_setup asks for just before it creates the test
    database; from here until that database is made (django_db_setup below), an in-memory
    SQLite database is migrated by one worker and copied by the others
    (tests/database_image.py, migrations_shared)."""
    shared = ExitStack()
    shared.enter_context(migrations_shared(_session_folder(tmp_path_factory)))
    request.config.stash[MIGRATIONS_SHARED] = shared
    yield
    shared.close()  # in case django_db_setup never got to it


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: None, django_db_blocker: DjangoDbBlocker, request: pytest.FixtureRequest
) -> Iterator[None]:
    """pytest-django's (the migrations, once per session on SQLite, once per worker on
    PostgreSQL), then an image of the database as the migrations leave it: every seed image is
    built from it, whatever ran before in the worker. On PostgreSQL, also a copy of the migrated
    database, the template of every scratch database (`new_database`): copying one takes a
    fraction of a second, migrating one seconds."""
    request.config.stash[MIGRATIONS_SHARED].close()  # any later `migrate` runs as it would
    with django_db_blocker.unblock():
        request.config.stash[MIGRATED] = capture(connection)
        template = None
        if connection.vendor == "postgresql":
            template = f"{connection.settings_dict['NAME']}_migrated"
            connection.close()  # a database is copied only while nobody is connected to it
            _create_database(template, template_of=connection.settings_dict["NAME"])
            request.config.stash[MIGRATED_TEMPLATE] = template
    yield
    if template is not None:
        _drop_database(template)


def postgresql_url(database: str) -> str:
    """DATABASE_URL's server, another database on it."""
    return f"{os.environ['DATABASE_URL'].rsplit('/', 1)[0]}/{database}"


def _create_database(name: str, *, template_of: str | None = None) -> None:
    with psycopg.connect(postgresql_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        template = f' TEMPLATE "{template_of}"' if template_of else ""
        server.execute(f'CREATE DATABASE "{name}"{template}')


def _drop_database(name: str) -> None:
    with psycopg.connect(postgresql_url("postgres"), autocommit=True) as server:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def new_database(request: pytest.FixtureRequest, db: None) -> Iterator[Callable[..., str]]:
    """new_database(migrated=True): the URL of a new database on DATABASE_URL's server,
    for a process of its own (manage.py, make), dropped after the test. A migrated one is a copy
    of the test database as the migrations left it, as `manage.py migrate` would leave it (so
    the test database is set up, `db`, even for a test that reads nothing else of it)."""
    if connection.vendor != "postgresql":
        pytest.skip("scratch databases are PostgreSQL's (set DATABASE_URL)")
    made: list[str] = []

    def make(*, migrated: bool) -> str:
        name = f"{connection.settings_dict['NAME']}_scratch_{len(made)}"
        made.append(name)
        template = request.config.stash[MIGRATED_TEMPLATE] if migrated else None
        _create_database(name, template_of=template)
        return postgresql_url(name)

    yield make
    for name in made:
        _drop_database(name)


@pytest.fixture(scope="session")
def database_images(
    django_db_setup: None, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> DatabaseImages:
    return DatabaseImages(_session_folder(tmp_path_factory), request.config.stash[MIGRATED])


@pytest.fixture
def seed_dataset(db: None, database_images: DatabaseImages) -> Iterator[None]:
    """The database as `load_seed_articles --no-articles` leaves it (quotes unchecked). It
    replaces every row: ask for it before any fixture that writes."""
    with database_images.restored("seed dataset", lambda: load_seed(articles_dir=None)):
        yield


@pytest.fixture
def seed_dataset_with_articles(db: None, database_images: DatabaseImages) -> Iterator[None]:
    """The database as `load_seed_articles` leaves it with the five article texts at hand."""
    with database_images.restored(
        "seed dataset with articles", lambda: load_seed(articles_dir=ARTICLES_DIR)
    ):
        yield
