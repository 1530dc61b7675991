"""Cited URL sources are re-fetched on a schedule, politely, and their quotes re-checked through
the one path: a figure that changed in the source is a changed figure (never found or moved,
however alike the words), a page that answers 404 or 410 or redirects to its home page is gone;
each flags the published claim with a reason, the old snapshot is kept, and the admin shows the
quote before and after. A local server on 127.0.0.1 stands in for the web."""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.models import Citation, Claim, QuoteStatus, Verdict
from claims.quotecheck import check_quote, figures_in
from claims.services.recheck import sources_due, sources_recheck
from sources.models import CheckOutcome, Source, SourceCheck
from sources.services import snapshot_attach
from tests.factories import ClaimFactory, MetricFactory, SourceFactory
from tests.local_server import serving

pytestmark = pytest.mark.django_db

BEFORE = "Prices report. Inflation was 3.5% in March, the statistics office said on Tuesday.\n"
AFTER = BEFORE.replace("3.5%", "2.7%")
QUOTE = "Inflation was 3.5% in March"


@dataclass
class Page:
    body: str = ""
    status: int = 200
    etag: str = ""
    last_modified: str = ""
    location: str = ""


@dataclass
class Web:
    base: str
    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str], float]] = field(default_factory=list)


@pytest.fixture
def web(settings) -> Iterator[Web]:  # type: ignore[no-untyped-def]
    state = Web(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers.items()), time.monotonic()))
            page = state.pages.get(self.path, Page(body="no such page", status=404))
            if page.location:
                self.send_response(page.status)
                self.send_header("Location", page.location)
                self.end_headers()
                return
            if page.status == 200 and (
                (page.etag and self.headers.get("If-None-Match") == page.etag)
                or (
                    page.last_modified
                    and self.headers.get("If-Modified-Since") == page.last_modified
                )
            ):
                self.send_response(304)
                self.end_headers()
                return
            body = page.body.encode("utf-8")
            self.send_response(page.status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if page.etag:
                self.send_header("ETag", page.etag)
            if page.last_modified:
                self.send_header("Last-Modified", page.last_modified)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    # The URL safety rules refuse loopback addresses; the test server is one.
    settings.TALLY_FETCH_ALLOW_PRIVATE = True
    settings.TALLY_RECHECK_HOST_DELAY_MS = 0
    with serving(Handler) as base:
        state.base = base
        yield state


@pytest.fixture
def published_claim(fact_checker, reviewer) -> Callable[..., Claim]:  # type: ignore[no-untyped-def]
    """A published claim citing `url` (its text stored as a snapshot) by `quote`."""

    def build(url: str, text: str = BEFORE, quote: str = QUOTE) -> Claim:
        source = SourceFactory(url=url)
        snapshot_attach(source=source, text=text, origin=url)
        claim = ClaimFactory(created_by=fact_checker)
        services.figure_add(
            claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=3.5
        )
        services.citation_add(claim=claim, actor=fact_checker, source=source, quote=quote)
        services.claim_submit_for_review(claim=claim, actor=fact_checker, note="ready")
        services.claim_publish(
            claim=claim,
            actor=reviewer,
            verdict=Verdict.ACCURATE,
            explanation="The statistics office's own figure.",
            note="checked",
        )
        claim.refresh_from_db()
        return claim

    return build


def _later(hours: int = 25):  # type: ignore[no-untyped-def]
    return timezone.now() + timedelta(hours=hours)


# -- reading numbers ---------------------------------------------------------------------------


def test_numbers_are_read_with_decimals_signs_and_percent() -> None:
    read = [(f.text, f.value, f.percent) for f in figures_in("fell -3.5% to 1,200, or 46 per cent")]
    assert [(text, str(value), pct) for text, value, pct in read] == [
        ("-3.5%", "-3.5", True),
        ("1,200", "1200", False),
        ("46 per cent", "46", True),
    ]


def test_a_changed_figure_with_identical_words_around_it_is_a_changed_figure_never_found() -> None:
    result = check_quote(AFTER, QUOTE)
    assert result.status == QuoteStatus.CHANGED_FIGURE
    assert (result.figures_quoted, result.figures_now) == (("3.5%",), ("2.7%",))
    # A quote that is only the number is found again at its place between the same words.
    alone = check_quote(AFTER, "3.5%", prefix="Prices report. Inflation was ", suffix=" in March")
    assert alone.status == QuoteStatus.CHANGED_FIGURE


def test_a_figure_found_inside_a_longer_number_is_a_changed_figure() -> None:
    result = check_quote("Inflation was 3.55% in March.", "Inflation was 3.5")
    assert result.status == QuoteStatus.CHANGED_FIGURE
    assert check_quote("Inflation was 3.5% in March.", "Inflation was 3.5").status == "found"


def test_changed_words_with_the_same_figure_are_changed_not_changed_figure() -> None:
    text = BEFORE.replace("Inflation was", "Inflation is")
    assert check_quote(text, QUOTE).status == QuoteStatus.CHANGED


# -- the re-fetch ------------------------------------------------------------------------------


def test_a_changed_figure_makes_a_new_snapshot_keeps_the_old_and_flags_the_claim(
    web: Web, published_claim: Callable[..., Claim]
) -> None:
    claim = published_claim(f"{web.base}/inflation")
    citation = claim.citations.get()
    old = citation.checked_snapshot
    web.pages["/inflation"] = Page(body=AFTER)

    report = sources_recheck(now=_later())

    citation.refresh_from_db()
    claim.refresh_from_db()
    assert citation.quote_status == QuoteStatus.CHANGED_FIGURE
    assert citation.quote == QUOTE
    assert citation.source.snapshots.count() == 2
    assert citation.source.snapshots.filter(pk=old.pk, text=BEFORE).exists()
    assert citation.checked_snapshot.text == AFTER
    assert claim.needs_review
    assert "3.5%" in claim.needs_review_reason and "2.7%" in claim.needs_review_reason
    assert QUOTE in claim.needs_review_reason
    assert report.outcomes == {CheckOutcome.CHANGED: 1}
    assert report.counts == {QuoteStatus.CHANGED_FIGURE: 1}
    assert report.new_snapshots == 1


@pytest.mark.parametrize(
    "page",
    [Page(status=404), Page(status=410), Page(status=302, location="/")],
    ids=["404", "410", "redirect-home"],
)
def test_a_page_that_is_gone_makes_its_quotes_gone_and_flags_the_claim(
    web: Web, published_claim: Callable[..., Claim], page: Page
) -> None:
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = page
    web.pages["/"] = Page(body="Welcome to the statistics office.\n")

    sources_recheck(now=_later())

    citation = claim.citations.get()
    claim.refresh_from_db()
    assert citation.quote_status == QuoteStatus.GONE
    assert citation.checked_snapshot is not None and citation.checked_snapshot.text == BEFORE
    assert citation.source.snapshots.count() == 1
    assert claim.needs_review and "Source gone" in claim.needs_review_reason
    assert SourceCheck.objects.get().outcome == CheckOutcome.GONE


def test_a_gone_page_flags_once_and_its_quotes_return_when_it_comes_back(
    web: Web, published_claim: Callable[..., Claim], reviewer
) -> None:  # type: ignore[no-untyped-def]
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(status=410)
    sources_recheck(now=_later(25))
    services.claim_clear_review_flag(claim=claim, actor=reviewer, note="Asked the office.")
    second = sources_recheck(now=_later(50))
    claim.refresh_from_db()
    assert not claim.needs_review and second.flagged_claims == []

    web.pages["/inflation"] = Page(body=BEFORE)
    sources_recheck(now=_later(75))
    assert claim.citations.get().quote_status == QuoteStatus.FOUND


def test_validators_are_sent_back_and_a_304_makes_no_snapshot(
    web: Web, published_claim: Callable[..., Claim]
) -> None:
    claim = published_claim(f"{web.base}/inflation")
    source = claim.citations.get().source
    stamp = "Tue, 01 Dec 2026 10:00:00 GMT"
    web.pages["/inflation"] = Page(body=BEFORE, etag='"v1"', last_modified=stamp)

    first = sources_recheck(now=_later(25))  # the same text: its validators are kept
    assert first.outcomes == {CheckOutcome.UNCHANGED: 1}
    snapshot = source.snapshots.get()
    assert (snapshot.etag, snapshot.last_modified) == ('"v1"', stamp)

    second = sources_recheck(now=_later(50))
    _, headers, _ = web.requests[-1]
    assert headers["If-None-Match"] == '"v1"'
    assert headers["If-Modified-Since"] == stamp
    assert second.outcomes == {CheckOutcome.NOT_MODIFIED: 1}
    assert source.snapshots.count() == 1
    assert claim.citations.get().quote_status == QuoteStatus.FOUND


def test_a_source_is_due_only_when_its_last_re_fetch_is_old_enough(
    web: Web, published_claim: Callable[..., Claim], settings
) -> None:  # type: ignore[no-untyped-def]
    settings.TALLY_RECHECK_EVERY_HOURS = 24
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(body=BEFORE)
    sources_recheck(now=_later(1))
    assert not sources_due(now=_later(2)).exists()
    assert list(sources_due(now=_later(26))) == [claim.citations.get().source]
    SourceFactory(url=f"{web.base}/never-cited")
    assert sources_due(now=_later(26)).count() == 1


def test_at_most_n_requests_per_host_per_run_and_a_delay_between_them(
    web: Web, published_claim: Callable[..., Claim], settings
) -> None:  # type: ignore[no-untyped-def]
    settings.TALLY_RECHECK_PER_HOST = 2
    settings.TALLY_RECHECK_HOST_DELAY_MS = 300
    for name in ("a", "b", "c"):
        published_claim(f"{web.base}/{name}")
        web.pages[f"/{name}"] = Page(body=BEFORE)

    report = sources_recheck(now=_later())

    assert len(web.requests) == 2
    assert report.deferred == 1
    assert web.requests[1][2] - web.requests[0][2] >= 0.29
    left = sources_due(now=_later())
    assert left.count() == 1
    sources_recheck(now=_later())
    assert len(web.requests) == 3


def test_a_fetch_that_fails_changes_nothing_and_is_reported(
    web: Web, published_claim: Callable[..., Claim]
) -> None:
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(status=500, body="oops")
    report = sources_recheck(now=_later())
    assert report.outcomes == {CheckOutcome.FAILED: 1}
    assert "500" in report.fetch_errors[0]
    assert claim.citations.get().quote_status == QuoteStatus.FOUND


def test_the_command_re_fetches_and_says_what_it_flagged(
    web: Web, published_claim: Callable[..., Claim]
) -> None:
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(body=AFTER)
    out = StringIO()
    call_command("recheck_sources", "--source", str(claim.citations.get().source_id), stdout=out)
    assert "1 changed" in out.getvalue()
    assert "Figure changed" in out.getvalue()


def test_the_database_refuses_an_unknown_check_outcome(db: None) -> None:
    source = SourceFactory(url="https://example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        SourceCheck.objects.create(source=source, outcome="fine")


# -- the admin ---------------------------------------------------------------------------------


def test_the_admin_shows_a_changed_figure_before_and_after(
    web: Web, published_claim: Callable[..., Claim], reviewer, client: Client
) -> None:  # type: ignore[no-untyped-def]
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(body=AFTER)
    sources_recheck(now=_later())
    citation = Citation.objects.get()
    client.force_login(reviewer)

    for url in (
        reverse("admin:claims_citation_change", args=[citation.pk]),
        reverse("admin:claims_claim_change", args=[claim.pk]),
    ):
        page = client.get(url).content.decode()
        assert "<mark>3.5%</mark>" in page, url
        assert "<mark>2.7%</mark>" in page, url
        assert page.index("<mark>3.5%</mark>") < page.index("<mark>2.7%</mark>")


def test_the_admin_shows_a_gone_page_against_the_text_kept(
    web: Web, published_claim: Callable[..., Claim], reviewer, client: Client
) -> None:  # type: ignore[no-untyped-def]
    published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(status=404)
    sources_recheck(now=_later())
    client.force_login(reviewer)
    citation = Citation.objects.get()
    page = client.get(reverse("admin:claims_citation_change", args=[citation.pk])).content.decode()
    assert "<mark>3.5%</mark>" in page
    assert "The page is gone: the server answered 404" in page


def test_a_claim_whose_sources_are_unchanged_is_not_flagged(
    web: Web, published_claim: Callable[..., Claim]
) -> None:
    claim = published_claim(f"{web.base}/inflation")
    web.pages["/inflation"] = Page(body=BEFORE)
    sources_recheck(now=_later())
    claim.refresh_from_db()
    assert not claim.needs_review
    assert Source.objects.get().snapshots.count() == 1


@pytest.mark.django_db
def test_the_scheduler_runs_the_recheck_hourly_through_the_job_queue() -> None:
    from claims.jobs import recheck_cited_sources
    from core import jobs
    from core.models import Job, JobStatus
    from tests.job_runner import run_jobs

    assert "claims.jobs.recheck_cited_sources" in [s.name for s in jobs.schedules()]
    enqueued = jobs.enqueue_due_jobs()
    assert any(job.task_path == recheck_cited_sources.module_path for job in enqueued)

    run_jobs()

    run = Job.objects.get(task_path=recheck_cited_sources.module_path)
    assert run.status == JobStatus.SUCCEEDED
    assert jobs.enqueue_due_jobs()[0].pk in {job.pk for job in enqueued}  # once per hour
