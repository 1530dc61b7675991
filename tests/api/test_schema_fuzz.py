"""schemathesis against /api/schema/, in process through the WSGI app: every operation, every
default check, every boundary case of the coverage phase, and generated requests on top,
anonymous and (in the PostgreSQL suite) signed in. Run alone with `pytest -m fuzz`; `make test`
runs it with the rest."""

import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.conf import settings as django_settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from claims.models import Claim
from tests.database_image import DatabaseImages
from tests.factories import claim_maker, role_user

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

# Generated requests per operation, on top of the coverage phase's boundary cases (huge and
# negative numbers, empty and NUL-bearing strings, wrong types: all run whatever this says).
# The requests are the same on both databases and most of what they reach is not the database's
# (parsing, validation, serializers, content negotiation, auth): PostgreSQL gets the full count,
# as the one with more of its own to find (the generated document query, full-text search, NUL
# bytes and UTC offsets it refuses); SQLite a tenth of it (25 until session 26: the fuzz was
# the suite's largest cost, 75 s of CPU of `make test`'s budget, 52 s at 10, and CI runs the
# same requests and 90 more on PostgreSQL). TALLY_FUZZ_EXAMPLES to dig deeper.
EXAMPLES_PER_OPERATION = int(
    os.environ.get("TALLY_FUZZ_EXAMPLES", 100 if connection.vendor == "postgresql" else 10)
)
UNTHROTTLED = {"anon": None, "user": None}
api_app = get_wsgi_application()

# The schema as the API's tests route it (tests.api.urls, standing in for the public claim
# page), read once at import; the requests run inside each test, under the settings below.
with override_settings(ROOT_URLCONF="tests.api.urls"):
    schema = schemathesis.openapi.from_wsgi("/api/schema/", api_app)
# Signed in as an editor, the reads also show drafts (the writes, refused to an editor, are
# covered by the anonymous run and by test_write_api.py).
signed_in_reads = schema.include(method="GET")


@pytest.fixture(autouse=True)
def _fuzzable_app(settings: Any) -> Iterator[None]:
    """No throttling (schemathesis sends thousands of requests a minute), set once per test
    rather than per request; and, as Django's test client does, the end of a request does not
    close the connection that holds the test's transaction. (tests/api/conftest.py routes
    tests.api.urls.)"""
    settings.REST_FRAMEWORK = {
        **django_settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": UNTHROTTLED,
    }
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


# Refusals of schema-valid values that no schema can express: a filter's value that names no
# record the reader may see (claims.api.filters.NAMES_NOTHING), and a date-time whose offset
# takes it out of the years 1 to 9999 once in UTC ("0001-01-01T00:00:01+00:01").
REFUSED_BEYOND_THE_SCHEMA = re.compile(
    r"No [a-z]+ (has the id|is called) |Give a time between the years 1 and 9999 in UTC\."
)


def positive_data_accepted_unless_it_names_nothing(ctx: Any, response: Any, case: Any) -> Any:
    """positive_data_acceptance, but for a 400 that refuses only filter values naming no
    record (`topic=x`, `claimant=1` where none exists) or times out of range in UTC: no schema
    can say which ids and slugs exist, or which offsets a year-1 time may carry, and the API's
    promise for them is that 400, never a silent empty list or a 500."""
    if response.status_code == 400:
        try:
            refusals = response.json()
        except ValueError:
            refusals = None
        if (
            isinstance(refusals, dict)
            and refusals
            and all(
                isinstance(messages, list)
                and all(REFUSED_BEYOND_THE_SCHEMA.match(str(message)) for message in messages)
                for messages in refusals.values()
            )
        ):
            return None
    return positive_data_acceptance(ctx, response, case)


CHECKS: dict[str, Any] = {
    "excluded_checks": [positive_data_acceptance],
    "additional_checks": [positive_data_accepted_unless_it_names_nothing],
}


@pytest.fixture
def published_and_draft(db: None, database_images: DatabaseImages) -> Iterator[tuple[Any, Any]]:
    """A published claim and a draft, as make_claim leaves them: built once per session and
    copied into each operation's test."""
    with database_images.restored(
        "schema fuzz: a published claim and a draft", _published_and_draft, first=True
    ) as ids:
        yield tuple(Claim.objects.get(pk=pk) for pk in ids)


def _published_and_draft() -> tuple[int, int]:
    make_claim = claim_maker(role_user("fact_checker"), role_user("reviewer"))
    return make_claim(status="published").pk, make_claim(status="draft").pk


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_keeps_the_promises_of_its_schema(case, published_and_draft):  # type: ignore[no-untyped-def]
    case.call_and_validate(**CHECKS)


@pytest.fixture
def editor_token(editor) -> str:  # type: ignore[no-untyped-def]
    from rest_framework.authtoken.models import Token

    return Token.objects.create(user=editor).key


# The signed-in reads are fuzzed in the PostgreSQL suite only: on SQLite they repeated the
# anonymous run's requests (19 s of CPU of the three minutes make test has), and schemathesis
# builds a test's boundary cases as it collects it, skipped or not (2 s a worker): so on SQLite
# the test is not defined at all.
if connection.vendor == "postgresql":

    @signed_in_reads.parametrize()
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    def test_api_keeps_its_promises_to_a_signed_in_reader(case, published_and_draft, editor_token):  # type: ignore[no-untyped-def]
        case.call_and_validate(headers={"Authorization": f"Token {editor_token}"}, **CHECKS)
