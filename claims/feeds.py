"""The corrections log as an Atom feed: every correction and retraction, newest first."""

from datetime import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from claims.models import ClaimStatus, ClaimTransition
from claims.selectors import corrections_log

FEED_LENGTH = 50


class CorrectionsFeed(Feed):
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
        verdict = f" Verdict: {item.get_verdict_display()}." if item.verdict else ""
        return escape(f"{item.note}{verdict}")

    def item_link(self, item: ClaimTransition) -> str:
        return f"{item.claim.get_public_url()}#transition-{item.pk}"

    def item_pubdate(self, item: ClaimTransition) -> datetime:
        return item.created_at

    def item_updateddate(self, item: ClaimTransition) -> datetime:
        return item.created_at
