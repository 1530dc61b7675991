"""Atom feeds for people: the corrections log (every correction and retraction, newest first)
and every change of a public claim (publication, correction, retraction, update), the same
events as the API's changes feed (/api/v1/changes/)."""

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.views.decorators.http import require_safe

from claims.models import ClaimStatus, ClaimTransition, ClaimVersion, Verdict, VersionKind
from claims.selectors import corrections_log, recent_changes

FEED_LENGTH = 50


class ReadOnlyFeed(Feed):
    """Django's Feed answers any method with the feed; a feed is read, so a POST, PUT or DELETE
    is a 405 naming GET and HEAD, as on every public page."""

    @method_decorator(require_safe)
    def __call__(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        return super().__call__(request, *args, **kwargs)


class CorrectionsFeed(ReadOnlyFeed):
    feed_type = Atom1Feed
    title = "Tally: corrections and retractions"
    subtitle = "Every correction and retraction of a published fact-check, newest first."

    def link(self) -> str:
        return reverse("corrections")

    def items(self) -> list[ClaimTransition]:
        return list(corrections_log()[:FEED_LENGTH])

    def item_title(self, item: ClaimTransition) -> str:
        # Atom titles are plain text: the XML writer escapes them.
        verb = "Retracted" if item.to_status == ClaimStatus.RETRACTED else "Corrected"
        return f"{verb}: {item.claim.statement}"

    def item_description(self, item: ClaimTransition) -> str:
        # Atom summaries are sent as type="html": what users typed must arrive as text.
        if item.to_status == ClaimStatus.RETRACTED:
            withdrawn = f" Verdict withdrawn: {item.get_verdict_display()}." if item.verdict else ""
            return escape(f"Why: {item.note}{withdrawn}")
        verdict = f" Verdict: {item.get_verdict_display()}." if item.verdict else ""
        return escape(f"{item.note}{verdict}")

    def item_link(self, item: ClaimTransition) -> str:
        return f"{item.claim.get_public_url()}#transition-{item.pk}"

    def item_pubdate(self, item: ClaimTransition) -> datetime:
        return item.created_at

    def item_updateddate(self, item: ClaimTransition) -> datetime:
        return item.created_at


class ChangesFeed(ReadOnlyFeed):
    feed_type = Atom1Feed
    title = "Tally: every change to a published fact-check"
    subtitle = (
        "Each publication, correction, retraction and update (a metric, claimant or source a "
        "fact-check shows changed), newest first. Programs: /api/v1/changes/ resumes from a cursor."
    )

    def link(self) -> str:
        return reverse("corrections")

    def items(self) -> list[ClaimVersion]:
        return recent_changes(limit=FEED_LENGTH)

    def item_title(self, item: ClaimVersion) -> str:
        return f"{item.get_kind_display()}: {item.claim.statement}"

    def item_description(self, item: ClaimVersion) -> str:
        verdict = item.document.get("verdict") or ""
        label = (
            f" Verdict: {Verdict(verdict).label}."
            if verdict in Verdict.values and item.kind != VersionKind.RETRACTED
            else ""
        )
        return escape(f"{item.note}{label}".strip())

    def item_link(self, item: ClaimVersion) -> str:
        return reverse("claim_version_page", args=[item.claim_id, item.version])

    def item_guid(self, item: ClaimVersion) -> str:
        return f"tally:claim:{item.claim_id}:version:{item.version}"

    def item_pubdate(self, item: ClaimVersion) -> datetime:
        return item.created_at

    def item_updateddate(self, item: ClaimVersion) -> datetime:
        return item.created_at
