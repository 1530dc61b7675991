"""Adding an article by URL answers at once: a worker fetches it (the job queue), the admin shows
its progress, the suggestions appear when it is done, and a failure says why (timeout, too
large, refused address, not an article)."""

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.models import Job, JobStatus
from intake.models import ArticleFetch, FetchStatus, Suggestion
from tests.job_runner import run_jobs
from tests.local_server import serving

pytestmark = pytest.mark.django_db

ARTICLE = """<html><head><title>Burglaries fall</title></head><body><article>
<h1>Burglaries fall across the county</h1>
<p>Burglaries fell by 12 percent last year, to 4,310 reported cases, the county police said on Monday.</p>
<p>The force said it had recruited 85 new officers since January.</p>
</article></body></html>"""


class Site:
    """Pages on 127.0.0.1: path -> (status, content type, body, delay in seconds)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes, float]] = {}
        self.hits: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.hits.append(self.path)
                status, kind, body, delay = site.pages.get(
                    self.path, (404, "text/html", b"gone", 0)
                )
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    # The fetch gave up on a slow page (the timeout tests), as it should: no one
                    # is left to answer, and the server's traceback would only be noise.
                    pass

            def log_message(self, *args: Any) -> None:
                pass

        self.handler = Handler
        self.base = ""


@pytest.fixture
def site(settings) -> Iterator[Site]:  # type: ignore[no-untyped-def]
    settings.TALLY_FETCH_ALLOW_PRIVATE = True  # the test site is on loopback
    served = Site()
    with serving(served.handler) as served.base:
        yield served


def add(client, url: str, key: str = "form-1"):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("admin:intake_suggestion_add_article"),
        {"url": url, "text": "", "title": "", "publisher": "", "request_key": key},
    )


def test_a_url_answers_at_once_and_the_suggestions_appear_when_the_worker_is_done(
    client, fact_checker, site
):
    site.pages["/story"] = (200, "text/html; charset=utf-8", ARTICLE.encode(), 0)
    client.force_login(fact_checker)

    response = add(client, f"{site.base}/story")

    fetch = ArticleFetch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:intake_suggestion_article_fetch", args=[fetch.pk])
    assert site.hits == []  # nothing fetched inside the request
    waiting = client.get(response["Location"]).content.decode()
    assert "Waiting for a worker" in waiting
    assert 'http-equiv="refresh"' in waiting

    run_jobs()

    done = client.get(response["Location"]).content.decode()
    fetch.refresh_from_db()
    assert fetch.status == FetchStatus.DONE
    assert fetch.suggestions == Suggestion.objects.count() >= 2
    assert "See the suggestions" in done
    assert 'http-equiv="refresh"' not in done
    assert f"source__id__exact={fetch.source_id}" in done


def test_the_same_form_posted_twice_is_one_fetch(client, fact_checker, site):
    site.pages["/story"] = (200, "text/html", ARTICLE.encode(), 0)
    client.force_login(fact_checker)
    add(client, f"{site.base}/story", key="twice")
    add(client, f"{site.base}/story", key="twice")

    assert ArticleFetch.objects.count() == 1
    assert Job.objects.count() == 1
    run_jobs()
    assert site.hits == ["/story"]


def test_a_refused_address_is_said_at_once_and_nothing_is_queued(client, fact_checker, settings):
    settings.TALLY_FETCH_ALLOW_PRIVATE = False
    client.force_login(fact_checker)

    response = add(client, "http://127.0.0.1:9/story")

    assert response.status_code == 200
    assert "loopback, private or reserved" in response.content.decode()
    assert not ArticleFetch.objects.exists() and not Job.objects.exists()


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ((404, "text/html", b"no", 0), "answered 404"),
        ((200, "image/png", b"\x89PNG", 0), "not an HTML page or plain text"),
        ((200, "text/html", b"x" * 5000, 0), "the limit is 4,000"),
    ],
)
def test_a_failure_that_trying_again_cannot_fix_says_why_and_is_not_retried(
    client, fact_checker, site, settings, page, reason
):
    settings.TALLY_FETCH_MAX_BYTES = 4000
    site.pages["/p"] = page
    client.force_login(fact_checker)
    add(client, f"{site.base}/p")

    run_jobs()

    fetch = ArticleFetch.objects.get()
    assert fetch.status == FetchStatus.FAILED
    assert reason in fetch.error
    assert (
        reason
        in client.get(
            reverse("admin:intake_suggestion_article_fetch", args=[fetch.pk])
        ).content.decode()
    )
    assert Job.objects.get().status == JobStatus.SUCCEEDED  # done with: nothing to retry
    assert not Suggestion.objects.exists()


def test_a_timeout_is_retried_then_failed_with_its_reason(client, fact_checker, site, settings):
    settings.TALLY_FETCH_TIMEOUT = 0.3
    site.pages["/slow"] = (200, "text/html", ARTICLE.encode(), 1.0)
    client.force_login(fact_checker)
    add(client, f"{site.base}/slow")

    run_jobs()
    fetch = ArticleFetch.objects.get()
    assert fetch.status == FetchStatus.RETRYING
    assert "No answer" in fetch.error
    assert (
        "will try again"
        in client.get(
            reverse("admin:intake_suggestion_article_fetch", args=[fetch.pk])
        ).content.decode()
    )
    job = Job.objects.get()
    while job.status == JobStatus.RETRYING:
        DBTaskResult.objects.filter(id=job.result_id).update(run_after=timezone.now())
        run_jobs()
        job.refresh_from_db()

    fetch.refresh_from_db()
    assert (fetch.status, job.status) == (FetchStatus.FAILED, JobStatus.SUCCEEDED)
    assert "No answer" in fetch.error
    assert len(site.hits) == job.max_attempts


def test_only_fact_checkers_may_add_articles(client, editor, site):
    client.force_login(editor)
    response = add(client, f"{site.base}/story")
    assert response.status_code == 403
    assert not ArticleFetch.objects.exists()


_DESCRIBED = """<!DOCTYPE html><html lang="en"><head><title>{title} | Harrow Vale Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Harrow Vale Courier">
<meta property="article:published_time" content="2026-03-09T18:20:00+00:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"author": [{{"@type": "Person", "name": "Ada Moor"}}, {{"@type": "Person", "name": "Ben Lee"}}]}}
</script></head><body><main><article><h1>{title}</h1>
<p>Burglaries fell by 12 percent last year, to 4,310 reported cases, the county police said.</p>
</article></main></body></html>"""


def test_a_fetched_page_gives_its_source_the_title_authors_date_and_publisher_it_states(
    client, fact_checker, site
):
    page = _DESCRIBED.format(title="Burglaries fall for a third year")
    site.pages["/described"] = (200, "text/html; charset=utf-8", page.encode(), 0)
    client.force_login(fact_checker)
    add(client, f"{site.base}/described")
    run_jobs()

    source = ArticleFetch.objects.get().source
    assert source is not None
    assert source.title == "Burglaries fall for a third year"
    assert source.authors == ["Ada Moor", "Ben Lee"]
    assert (str(source.published_on), source.published_on_precision) == ("2026-03-09", "day")
    assert source.publisher is not None and source.publisher.name == "Harrow Vale Courier"
    shown = client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    assert "Burglaries fall for a third year" in shown
    assert "Harrow Vale Courier" in shown


def test_what_the_fact_checker_typed_wins_over_what_the_page_states(client, fact_checker, site):
    site.pages["/typed"] = (200, "text/html", _DESCRIBED.format(title="Page's own").encode(), 0)
    client.force_login(fact_checker)
    client.post(
        reverse("admin:intake_suggestion_add_article"),
        {
            "url": f"{site.base}/typed",
            "text": "",
            "title": "Typed title",
            "publisher": "Typed Publisher",
            "request_key": "typed",
        },
    )
    run_jobs()

    source = ArticleFetch.objects.get().source
    assert source is not None
    assert (source.title, source.publisher.name if source.publisher else "") == (
        "Typed title",
        "Typed Publisher",
    )


def test_a_page_title_longer_than_a_source_keeps_is_cut_not_refused(client, fact_checker, site):
    site.pages["/long"] = (200, "text/html", _DESCRIBED.format(title="Long " * 150).encode(), 0)
    client.force_login(fact_checker)
    add(client, f"{site.base}/long")
    run_jobs()

    fetch = ArticleFetch.objects.get()
    assert fetch.status == FetchStatus.DONE
    assert fetch.source is not None and len(fetch.source.title) == 500


def test_a_fetched_page_past_the_limit_fails_saying_why(client, fact_checker, site, settings):  # type: ignore[no-untyped-def]
    settings.TALLY_INTAKE_MAX_CHARACTERS = 2_000
    body = "<html><body><article><h1>Burglaries fall</h1>" + "".join(
        f"<p>{'Burglaries fell by 12 percent last year, to 4,310 cases, the county police said.'} Paragraph {n}.</p>"
        for n in range(40)
    )
    site.pages["/long"] = (200, "text/html", (body + "</article></body></html>").encode(), 0)
    client.force_login(fact_checker)

    add(client, f"{site.base}/long")
    run_jobs()

    fetch = ArticleFetch.objects.get()
    assert fetch.status == FetchStatus.FAILED
    assert "intake reads at most 2,000" in fetch.error
    assert fetch.source is None and not Suggestion.objects.exists()
