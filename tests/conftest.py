"""Fixtures shared by the whole suite: one user per role, so access leaks show, and the seed
dataset, loaded once per session and copied into each test that reads it."""

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import override_settings
from pytest_django import DjangoDbBlocker

from claims import services
from claims.models import Claim, Verdict
from claims.permissions import GROUP_EDITOR, GROUP_FACT_CHECKER, GROUP_REVIEWER
from claims.seed.loader import load_seed
from tests.database_image import DatabaseImage, DatabaseImages, capture
from tests.factories import (
    ClaimFactory,
    MetricFactory,
    SnapshotFactory,
    UserFactory,
    _recreate_roles,
)

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


@pytest.fixture(autouse=True)
def _no_api_answer_cache(settings) -> None:  # type: ignore[no-untyped-def]
    """Tests run inside a transaction that never commits, so the writes they make never move
    the content generation on; tests/api/test_response_cache.py switches the cache on itself,
    committing what it writes."""
    settings.API_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _roles_survive_flushes(request: pytest.FixtureRequest, django_db_blocker) -> None:  # type: ignore[no-untyped-def]
    """A transactional test (live_server, transaction=True) ends by emptying every table,
    including the groups the roles migration made; put them back before a test that needs them.
    pytest-django has opened the test's database (and transaction) by the time this runs."""
    if request.node.get_closest_marker("django_db") is not None:
        with django_db_blocker.unblock():
            if Group.objects.filter(name__in=ROLE_NAMES).count() != len(ROLE_NAMES):
                _recreate_roles()


@pytest.fixture
def articles_dir() -> Path:
    return ARTICLES_DIR


@pytest.fixture
def fact_checker(db: None):  # type: ignore[no-untyped-def]
    return UserFactory(username="alice-factchecker", groups=[GROUP_FACT_CHECKER])


@pytest.fixture
def second_fact_checker(db: None):  # type: ignore[no-untyped-def]
    return UserFactory(username="dave-factchecker", groups=[GROUP_FACT_CHECKER])


@pytest.fixture
def reviewer(db: None):  # type: ignore[no-untyped-def]
    return UserFactory(username="bob-reviewer", groups=[GROUP_REVIEWER])


@pytest.fixture
def editor(db: None):  # type: ignore[no-untyped-def]
    return UserFactory(username="charlie-editor", groups=[GROUP_EDITOR])


@pytest.fixture
def outsider(db: None):  # type: ignore[no-untyped-def]
    """Logged in, staff, but in no group: may see nothing that is not public."""
    return UserFactory(username="eve-outsider")


@pytest.fixture
def make_claim(fact_checker, reviewer) -> Callable[..., Claim]:  # type: ignore[no-untyped-def]
    """Build a claim with a figure and a checked citation, moved to `status` via the services."""

    def build(status: str = "draft", **claim_fields: object) -> Claim:
        snapshot = SnapshotFactory()
        claim = ClaimFactory(**claim_fields)
        claim.created_by = fact_checker
        claim.save()
        services.figure_add(
            claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=46
        )
        services.citation_add(
            claim=claim,
            actor=fact_checker,
            source=snapshot.source,
            quote="crime fell by 46 per cent",
        )
        if status in ("in_review", "published", "corrected", "retracted"):
            services.claim_submit_for_review(claim=claim, actor=fact_checker, note="ready")
        if status in ("published", "corrected", "retracted"):
            services.claim_publish(
                claim=claim,
                actor=reviewer,
                verdict=Verdict.UNSUPPORTED,
                explanation="Only the city's own figure; no data published.",
                note="checked",
            )
        if status == "corrected":
            services.claim_correct(claim=claim, actor=reviewer, note="Fixed the period.")
        if status == "retracted":
            services.claim_retract(claim=claim, actor=reviewer, reason="Source withdrawn.")
        claim.refresh_from_db()
        return claim

    return build


# The seed dataset: loaded through the services once per session (seconds each time), then
# copied into each test that reads it, inside the test's transaction.

MIGRATED = pytest.StashKey[DatabaseImage]()
MIGRATED_TEMPLATE = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup: None, django_db_blocker: DjangoDbBlocker, request: pytest.FixtureRequest
) -> Iterator[None]:
    """pytest-django's (the migrations, once per worker), then an image of the database as the
    migrations leave it: every seed image is built from it, whatever ran before in the worker.
    On PostgreSQL, also a copy of the migrated database, the template of every scratch database
    (`new_database`): copying one takes a fraction of a second, migrating one seconds."""
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
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent  # the session's folder, above each worker's own
    return DatabaseImages(folder, request.config.stash[MIGRATED])


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
