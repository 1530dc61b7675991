"""schemathesis against /api/schema/, in process through the WSGI app: every operation, every
default check, at least 100 generated requests each. Run alone with `pytest -m fuzz`."""

from collections.abc import Callable, Iterable
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import override_settings
from hypothesis import HealthCheck, settings

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

EXAMPLES_PER_OPERATION = 100
django_app = get_wsgi_application()


def api_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """The project's WSGI app with the API tests' URL map (which stands in for the public claim
    page) and no throttling: schemathesis sends thousands of requests a minute."""
    # As Django's test client does: the test's transaction holds the connection, so the end of
    # a request must not close it.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        with override_settings(
            ROOT_URLCONF="tests.api.urls",
            REST_FRAMEWORK={
                **django_app_settings(),
                "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
            },
        ):
            return list(django_app(environ, start_response))
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def django_app_settings() -> dict[str, Any]:
    from django.conf import settings as django_settings

    return dict(django_settings.REST_FRAMEWORK)


schema = schemathesis.openapi.from_wsgi("/api/schema/", api_app)
# Signed in as an editor, the reads also show drafts (the writes, refused to an editor, are
# covered by the anonymous run and by test_write_api.py).
signed_in_reads = schema.include(method="GET")


@pytest.fixture
def published_and_draft(make_claim):  # type: ignore[no-untyped-def]
    return make_claim(status="published"), make_claim(status="draft")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_keeps_the_promises_of_its_schema(case, published_and_draft):  # type: ignore[no-untyped-def]
    case.call_and_validate()


@pytest.fixture
def editor_token(editor) -> str:  # type: ignore[no-untyped-def]
    from rest_framework.authtoken.models import Token

    return Token.objects.create(user=editor).key


@signed_in_reads.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_keeps_its_promises_to_a_signed_in_reader(case, published_and_draft, editor_token):  # type: ignore[no-untyped-def]
    case.call_and_validate(headers={"Authorization": f"Token {editor_token}"})
