"""Re-fetching cited URL sources on a schedule and re-checking their quotes, politely: at most
TALLY_RECHECK_PER_HOST requests to one host per run, TALLY_RECHECK_HOST_DELAY_MS apart, each a
conditional request with the validators of the newest snapshot. A 304 or the same text changes
nothing; a new text is a new snapshot (the old ones stay) and every citation of the source is
re-checked through the one path, verify_quotes; a page answering 404 or 410, or redirecting to
its site's home page, is gone. Every re-fetch is recorded (sources.SourceCheck)."""

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from claims.models import Citation
from claims.services.quotes import VerifyReport, verify_quotes
from sources.fetch import FetchError, PageAnswer, http_get, read_page
from sources.models import CheckOutcome, Snapshot, Source, SourceCheck
from sources.services import snapshot_attach, snapshot_validators_update, source_check_record

USER_AGENT = "Tally source re-check"
GONE_STATUSES = (404, 410)
# Answers that say something about the page rather than fail the fetch.
ANSWERED_STATUSES = (304, *GONE_STATUSES)


@dataclass
class RecheckReport(VerifyReport):
    outcomes: dict[str, int] = field(default_factory=dict)
    # Due sources the per-host limit left for the next run.
    deferred: int = 0

    def merge(self, checked: VerifyReport) -> None:
        for status, count in checked.counts.items():
            self.counts[status] = self.counts.get(status, 0) + count
        self.flagged_claims += checked.flagged_claims
        self.reasons += checked.reasons


def sources_due(*, now: datetime) -> QuerySet[Source]:
    """Cited URL sources never re-fetched, or not since TALLY_RECHECK_EVERY_HOURS before `now`;
    the longest-waiting first."""
    cutoff = now - timedelta(hours=int(settings.TALLY_RECHECK_EVERY_HOURS))
    newest_check = (
        SourceCheck.objects.filter(source=OuterRef("pk"))
        .order_by("-checked_at", "-pk")
        .values("checked_at")[:1]
    )
    cited = Citation.objects.filter(Q(source=OuterRef("pk")) | Q(source__parent=OuterRef("pk")))
    return (
        Source.objects.exclude(url="")
        .filter(Exists(cited))
        .annotate(last_checked=Subquery(newest_check))
        .filter(Q(last_checked__isnull=True) | Q(last_checked__lte=cutoff))
        .order_by(F("last_checked").asc(nulls_first=True), "pk")
    )


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def polite_order(sources: Iterable[Source], *, per_host: int) -> tuple[list[Source], int]:
    """At most `per_host` sources of each host, taking turns between hosts so that one host's
    delay is spent asking the others; and how many were left for the next run."""
    by_host: dict[str, list[Source]] = {}
    for source in sources:
        by_host.setdefault(host_of(source.url), []).append(source)
    deferred = sum(max(0, len(queue) - per_host) for queue in by_host.values())
    queues = [queue[: max(0, per_host)] for queue in by_host.values()]
    longest = max(map(len, queues), default=0)
    order = [queue[turn] for turn in range(longest) for queue in queues if turn < len(queue)]
    return order, deferred


class HostPacer:
    """Keeps requests to one host at least `delay` seconds apart (from the end of one answer to
    the start of the next request)."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.last: dict[str, float] = {}

    def wait(self, host: str) -> None:
        last = self.last.get(host)
        if last is not None:
            remaining = last + self.delay - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)

    def done(self, host: str) -> None:
        self.last[host] = time.monotonic()


def redirected_home(answer: PageAnswer) -> bool:
    """A page that now redirects to its site's home page is gone, however well the home page
    answers."""
    if not answer.redirected:
        return False
    was, now = urlsplit(answer.requested_url), urlsplit(answer.url)
    return now.path in ("", "/") and not now.query and was.path not in ("", "/")


def _conditional_headers(newest: Snapshot | None) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain"}
    if newest is not None and newest.etag:
        headers["If-None-Match"] = newest.etag
    if newest is not None and newest.last_modified:
        headers["If-Modified-Since"] = newest.last_modified
    return headers


def source_recheck(*, source: Source, now: datetime, report: RecheckReport) -> str:
    """Re-fetch one source and act on the answer; returns the outcome (a CheckOutcome)."""
    newest = source.own_latest_snapshot()
    family = [source, *source.parts.all()]
    was_gone = bool(source.page_gone())
    try:
        # Outside any transaction: the network is slow.
        answer = http_get(
            source.url, headers=_conditional_headers(newest), answer_statuses=ANSWERED_STATUSES
        )
        article = read_page(answer) if answer.status < 300 and not redirected_home(answer) else None
    except FetchError as exc:
        source_check_record(
            source=source, checked_at=now, outcome=CheckOutcome.FAILED, detail=str(exc)
        )
        report.fetch_errors.append(f"{source.url}: {exc}")
        return CheckOutcome.FAILED

    def record(outcome: str, *, snapshot: Snapshot | None, detail: str = "") -> None:
        source_check_record(
            source=source,
            checked_at=now,
            outcome=outcome,
            http_status=answer.status,
            url=answer.url,
            detail=detail,
            snapshot=snapshot,
        )

    if answer.status in GONE_STATUSES or redirected_home(answer):
        detail = (
            f"redirected to the home page {answer.url}"
            if answer.status not in GONE_STATUSES
            else f"the server answered {answer.status}"
        )
        with transaction.atomic():
            record(CheckOutcome.GONE, detail=detail, snapshot=newest)
            report.merge(verify_quotes(sources=family, just_gone=() if was_gone else {source.pk}))
        return CheckOutcome.GONE

    if article is None or (
        newest is not None
        and Snapshot.digest(article.text) in (newest.sha256, newest.original_sha256)
    ):
        # A 304, or the text already stored (as captured or as normalised by article intake).
        outcome = CheckOutcome.NOT_MODIFIED if article is None else CheckOutcome.UNCHANGED
        with transaction.atomic():
            if article is not None and newest is not None:
                snapshot_validators_update(
                    snapshot=newest, etag=answer.etag, last_modified=answer.last_modified
                )
            record(outcome, snapshot=newest)
            if was_gone:  # the page is back: its quotes are read again
                report.merge(verify_quotes(sources=family))
        return outcome

    with transaction.atomic():
        snapshot, created = snapshot_attach(
            source=source,
            text=article.text,
            origin=answer.url,
            etag=answer.etag,
            last_modified=answer.last_modified,
        )
        report.new_snapshots += int(created)
        record(CheckOutcome.CHANGED, snapshot=snapshot)
        # The text just read, for the source and for its parts that have no text of their own
        # (an older snapshot's, when the page went back to what it said before).
        against = {part.pk: snapshot for part in family if part.own_latest_snapshot() is None}
        against[source.pk] = snapshot
        report.merge(verify_quotes(sources=family, snapshots=against))
    return CheckOutcome.CHANGED


def sources_recheck(
    *, sources: Iterable[Source] | None = None, now: datetime | None = None
) -> RecheckReport:
    """Re-fetch every cited URL source that is due (or `sources`, due or not) and re-check
    their quotes. The job to run on a schedule: a source is due TALLY_RECHECK_EVERY_HOURS after
    its last re-fetch, so running it hourly spreads the work; what the per-host limit leaves is
    taken first next time."""
    now = now or timezone.now()
    candidates = list(sources_due(now=now)) if sources is None else [s for s in sources if s.url]
    order, deferred = polite_order(candidates, per_host=int(settings.TALLY_RECHECK_PER_HOST))
    report = RecheckReport(deferred=deferred)
    pacer = HostPacer(int(settings.TALLY_RECHECK_HOST_DELAY_MS) / 1000)
    for source in order:
        host = host_of(source.url)
        pacer.wait(host)
        try:
            outcome = source_recheck(source=source, now=now, report=report)
        finally:
            pacer.done(host)
        report.outcomes[outcome] = report.outcomes.get(outcome, 0) + 1
    return report
