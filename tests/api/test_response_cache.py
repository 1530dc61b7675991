"""Hot read answers come from the cache for anonymous clients, and a write makes them stale at
once: through the API, the admin, or a service."""

import uuid

import pytest
from django.core.cache import cache
from django.db import models

from claims import services
from claims.api import response_cache
from claims.models import Claim, Verdict
from config.settings import _cache_from_url
from tests.factories import MetricFactory
from tests.redis_server import REDIS_URL, require_redis

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["locmem", "redis"])
def api_cache(request, settings):  # type: ignore[no-untyped-def]
    """The API cache switched on, over local memory and over Redis (a key prefix of its own, so
    parallel test workers never share answers). Gives the queries a cached answer costs."""
    if request.param == "redis":
        require_redis()
        backend = _cache_from_url(REDIS_URL)
        backend["KEY_PREFIX"] = f"test-{uuid.uuid4()}"
        settings.CACHES = {"default": backend}
    settings.API_CACHE_SECONDS = 60
    # Queries a cached answer costs: reading the generation, which lives in the database when
    # the cache is per process, and in Redis itself otherwise.
    yield 1 if request.param == "locmem" else 0
    cache.clear()


def test_second_anonymous_read_is_served_without_the_database(
    api, api_cache, make_claim, django_assert_num_queries
):
    claim = make_claim(status="published")
    first = api.get("/api/v1/claims/?page_size=50")
    assert first.status_code == 200

    with django_assert_num_queries(api_cache):
        second = api.get("/api/v1/claims/?page_size=50")

    assert second.status_code == 200
    assert second.json() == first.json()
    assert [item["id"] for item in second.json()["results"]] == [claim.pk]
    assert second["Content-Type"] == "application/json"
    assert "Authorization" in second["Vary"] and "Cookie" in second["Vary"]


def test_a_published_change_through_the_api_is_seen_at_once(
    api, api_as, api_cache, make_claim, reviewer, django_capture_on_commit_callbacks
):
    claim = make_claim(status="published")
    assert api.get(f"/api/v1/claims/{claim.pk}/").json()["verdict"]["value"] == "unsupported"
    assert api.get("/api/v1/claims/").json()["results"][0]["verdict"]["value"] == "unsupported"
    etag = api_as(reviewer).get(f"/api/v1/claims/{claim.pk}/")["ETag"]

    with django_capture_on_commit_callbacks(execute=True):
        corrected = api_as(reviewer).post(
            f"/api/v1/claims/{claim.pk}/correct/",
            {"note": "New figures.", "verdict": "misleading", "explanation": "One district."},
            format="json",
            HTTP_IF_MATCH=etag,
        )
    assert corrected.status_code == 200, corrected.json()

    api.logout()
    assert api.get(f"/api/v1/claims/{claim.pk}/").json()["verdict"]["value"] == "misleading"
    assert api.get("/api/v1/claims/").json()["results"][0]["verdict"]["value"] == "misleading"


def test_a_claimant_renamed_in_the_admin_is_seen_at_once(
    api, client, api_cache, make_claim, reviewer, settings, django_capture_on_commit_callbacks
):
    # A reviewer's act: the claim shows its claimant (tests/test_frozen_versions.py has the
    # fact-checker's refusal).
    settings.ROOT_URLCONF = "config.urls"  # the admin as well as the API
    claim = make_claim(status="published")
    claimant = claim.claimant
    assert api.get("/api/v1/claims/").json()["results"][0]["claimant"]["name"] == claimant.name
    client.force_login(reviewer)

    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(
            f"/admin/sources/entity/{claimant.pk}/change/",
            {
                "name": "Nairobi County Police",
                "slug": claimant.slug,
                "kind": claimant.kind,
                "url": "",
                "description": "",
            },
        )
    assert saved.status_code == 302, saved.content[:2000]

    listed = api.get("/api/v1/claims/").json()["results"][0]
    assert listed["claimant"]["name"] == "Nairobi County Police"


def test_a_write_through_a_service_is_seen_at_once(
    api, api_cache, make_claim, reviewer, django_capture_on_commit_callbacks
):
    published = make_claim(status="published")
    assert [c["id"] for c in api.get("/api/v1/claims/").json()["results"]] == [published.pk]
    draft = make_claim(status="in_review")

    with django_capture_on_commit_callbacks(execute=True):
        services.claim_publish(
            claim=draft,
            actor=reviewer,
            verdict=Verdict.ACCURATE,
            explanation="Matches the report.",
            note="checked",
        )

    listed = {c["id"] for c in api.get("/api/v1/claims/").json()["results"]}
    assert listed == {published.pk, draft.pk}


def test_a_rolled_back_write_keeps_the_cached_answers(
    api, api_cache, make_claim, django_capture_on_commit_callbacks, django_assert_num_queries
):
    make_claim(status="published")
    api.get("/api/v1/claims/")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        MetricFactory()
    assert callbacks, "a save must ask for the cached answers to be dropped after the commit"
    # Never run: the write did not commit.

    with django_assert_num_queries(api_cache):
        assert api.get("/api/v1/claims/").status_code == 200


def test_staff_answers_are_never_kept_or_served_to_the_public(
    api, api_as, api_cache, make_claim, editor
):
    published = make_claim(status="published")
    draft = make_claim(status="draft")
    staff_view = {c["id"] for c in api_as(editor).get("/api/v1/claims/").json()["results"]}
    assert staff_view == {published.pk, draft.pk}

    api.logout()
    public_view = {c["id"] for c in api.get("/api/v1/claims/").json()["results"]}
    assert public_view == {published.pk}

    staff_again = {c["id"] for c in api_as(editor).get("/api/v1/claims/").json()["results"]}
    assert staff_again == {published.pk, draft.pk}


def test_each_host_gets_its_own_absolute_links(api, api_cache, make_claim, settings):
    settings.ALLOWED_HOSTS = ["a.example", "b.example"]
    claim = make_claim(status="published")

    first = api.get(f"/api/v1/claims/{claim.pk}/", HTTP_HOST="a.example").json()
    second = api.get(f"/api/v1/claims/{claim.pk}/", HTTP_HOST="b.example").json()

    assert first["url"] == f"http://a.example/claims/{claim.pk}/"
    assert second["url"] == f"http://b.example/claims/{claim.pk}/"


def test_cached_detail_answers_if_none_match_with_304(
    api, api_cache, make_claim, django_assert_num_queries
):
    claim = make_claim(status="published")
    fresh = api.get(f"/api/v1/claims/{claim.pk}/")

    with django_assert_num_queries(api_cache):
        again = api.get(f"/api/v1/claims/{claim.pk}/", HTTP_IF_NONE_MATCH=fresh["ETag"])

    assert again.status_code == 304
    assert again["ETag"] == fresh["ETag"]
    assert again.content == b""


def test_throttling_still_counts_cached_answers(api, api_cache, make_claim, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "5/minute"},
    }
    make_claim(status="published")

    codes = [api.get("/api/v1/claims/").status_code for _ in range(4)]

    assert codes == [200, 200, 200, 429]


def test_errors_are_not_kept(api, api_cache, django_assert_num_queries):
    assert api.get("/api/v1/claims/?status=nonsense").status_code == 400
    assert api.get("/api/v1/claims/999999/").status_code == 404
    with django_assert_num_queries(1 + api_cache):
        assert api.get("/api/v1/claims/999999/").status_code == 404


def test_an_unreachable_cache_slows_the_api_and_its_throttle_but_never_breaks_it(
    api, make_claim, settings
):
    settings.CACHES = {"default": _cache_from_url("redis://127.0.0.1:1/0")}
    settings.API_CACHE_SECONDS = 60
    claim = make_claim(status="published")

    for _ in range(2):
        response = api.get("/api/v1/claims/")
        assert response.status_code == 200
        assert [c["id"] for c in response.json()["results"]] == [claim.pk]


def test_per_process_caches_share_one_generation_in_the_database(
    api, make_claim, settings, django_assert_num_queries
):
    """Local memory is one cache per worker: the generation then lives in the database, so a
    write committed through another worker makes this worker's copies stale too."""
    from core.models import ContentGeneration

    settings.CACHES = {"default": _cache_from_url("locmem://")}
    settings.API_CACHE_SECONDS = 60
    make_claim(status="published")
    api.get("/api/v1/claims/")
    with django_assert_num_queries(1):  # the generation, then the answer from memory
        api.get("/api/v1/claims/")

    # Another worker's write: its commit moves the shared number on; this worker's memory
    # still holds the old answer.
    Claim.objects.update(statement="Changed through another worker.")
    ContentGeneration.objects.filter(pk=1).update(value=models.F("value") + 1)

    data = api.get("/api/v1/claims/").json()
    assert data["results"][0]["statement"] == "Changed through another worker."


def test_the_cache_is_on_by_default():
    from importlib import reload

    import config.settings

    assert reload(config.settings).API_CACHE_SECONDS == 60


def test_an_answer_from_the_cache_carries_every_header_the_fresh_one_had(
    api, api_cache, make_claim
):
    """Copies are served above the middleware that adds the security policy, framing and Vary
    headers, so each copy must hold them as the whole stack finished the answer."""
    claim = make_claim(status="published")
    for path in (f"/api/v1/claims/{claim.pk}/", "/api/v1/claims/?page_size=5"):
        fresh = api.get(path)
        cached = api.get(path)

        per_request = {"Date", "Set-Cookie"}
        assert {k: v for k, v in cached.headers.items() if k not in per_request} == {
            k: v for k, v in fresh.headers.items() if k not in per_request
        }
        assert cached.content == fresh.content
        for header in ("Content-Security-Policy", "X-Frame-Options", "Vary", "ETag"):
            assert header in cached.headers or (header == "ETag" and "page_size" in path)


def test_a_page_holding_a_csrf_token_is_never_kept(api, api_cache, make_claim):
    """The browsable API's page embeds its visitor's CSRF token, from which their secret can be
    read: a copy served to the next visitor would hand it over."""
    make_claim(status="published")

    pages = [api.get("/api/v1/claims/", HTTP_ACCEPT="text/html") for _ in range(2)]

    assert all(page.status_code == 200 for page in pages)
    assert all(b"csrfToken" in page.content for page in pages)
    assert pages[0].content != pages[1].content


def test_a_request_with_a_session_is_answered_fresh_even_when_signed_out(
    api, api_as, api_cache, make_claim, editor
):
    """Only requests with no credentials at all are served copies; one with a session cookie
    goes through authentication, whatever the session turns out to hold."""
    published = make_claim(status="published")
    draft = make_claim(status="draft")
    public = {c["id"] for c in api.get("/api/v1/claims/").json()["results"]}
    assert public == {published.pk}

    signed_in = {c["id"] for c in api_as(editor).get("/api/v1/claims/").json()["results"]}

    assert signed_in == {published.pk, draft.pk}


def test_every_read_the_views_keep_is_served_from_the_cache(
    api, api_cache, make_claim, django_assert_num_queries
):
    """Each handler marked cached_read, reached by its URL: the middleware finds the view by the
    URL before anything else runs, and serves the second read with no query of its own."""
    claim = make_claim(status="published")
    figure = claim.figures.get()
    source = claim.citations.get().source
    paths = [
        "/api/v1/claims/",
        f"/api/v1/claims/{claim.pk}/",
        f"/api/v1/claims/{claim.pk}/claimreview/",
        f"/api/v1/claims/{claim.pk}/observations/",
        "/api/v1/claimreviews/",
        "/api/v1/observations/",
        "/api/v1/figures/",
        f"/api/v1/figures/{figure.pk}/",
        "/api/v1/metrics/",
        f"/api/v1/metrics/{figure.metric_id}/",
        "/api/v1/sources/",
        f"/api/v1/sources/{source.pk}/",
        "/api/v1/entities/",
    ]
    for path in paths:
        fresh = api.get(path)
        assert fresh.status_code == 200, path

        with django_assert_num_queries(api_cache):
            cached = api.get(path)

        assert cached.content == fresh.content, path


def test_reads_the_views_do_not_keep_never_reach_the_cache(api, api_cache, make_claim, monkeypatch):
    """The changes feed, the CSV export and the schema answer fresh every time, without a
    round trip to the cache first."""
    make_claim(status="published")
    looked_up = []
    lookup = response_cache.content_generation_and

    def recording(key: str):  # type: ignore[no-untyped-def]
        looked_up.append(key)
        return lookup(key)

    monkeypatch.setattr(response_cache, "content_generation_and", recording)
    for path in ("/api/v1/figures/csv/", "/api/v1/changes/", "/api/schema/", "/api/v1/nowhere/"):
        api.get(path)
    assert looked_up == []

    assert api.get("/api/v1/claims/").status_code == 200
    assert len(looked_up) == 1
