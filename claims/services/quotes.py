"""Cited quotes against their sources' archived text. A new or edited quote must be in the
newest snapshot (citation_verify refuses it otherwise). Every later re-check takes one path,
verify_quotes, whoever asks (the seed loader, article intake, the verify_quotes command): found,
moved, changed (with similarity) or missing; a published claim that lost a quote is flagged
for review; nothing is rewritten."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import MAX_QUOTE_WORDS, Citation, ClaimStatus, QuoteStatus
from claims.quotecheck import check_quote
from claims.services.review_flag import claim_flag_for_review
from sources.models import Snapshot, Source
from sources.quotes import CONTEXT_CHARS, locate_quote, normalize_quote, word_count


def citation_verify(*, citation: Citation, snapshot: Snapshot | None) -> None:
    """Set the citation's quote status and anchor against `snapshot` (does not save).

    Raises ValidationError when a verbatim quote is not in the snapshot: such a citation would
    tell readers the source says something it does not.
    """
    citation.checked_at = timezone.now()
    if citation.is_paraphrase:
        citation.quote_status = QuoteStatus.PARAPHRASE
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
        return
    if snapshot is None:
        citation.quote_status = QuoteStatus.UNCHECKED
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
        return
    match = locate_quote(
        snapshot.text, citation.quote, prefix=citation.prefix, suffix=citation.suffix
    )
    if match is None:
        raise ValidationError(
            {
                "quote": ValidationError(
                    "This quote is not in the source's archived text (snapshot of "
                    f"{snapshot.retrieved_at:%d %b %Y}). Copy the exact words, or tick "
                    "“paraphrase” if they are not verbatim.",
                    code="quote_not_found",
                )
            }
        )
    citation.quote_status = QuoteStatus.FOUND
    citation.checked_snapshot = snapshot
    citation.position_start = match.start
    citation.position_end = match.end
    citation.prefix = match.prefix
    citation.suffix = match.suffix


def citation_quote_problems(quote: str) -> dict[str, str]:
    """What is wrong with a quote before it is even looked for (the admin form asks too)."""
    if not normalize_quote(quote):
        return {"quote": "Give the words the source uses."}
    if word_count(quote) > MAX_QUOTE_WORDS:
        return {
            "quote": (
                f"Quote at most {MAX_QUOTE_WORDS} words (this one has {word_count(quote)}): "
                "cite the clause that carries the claim."
            )
        }
    return {}


@dataclass
class VerifyReport:
    counts: dict[str, int] = field(default_factory=dict)
    flagged_claims: list[int] = field(default_factory=list)
    new_snapshots: int = 0
    fetch_errors: list[str] = field(default_factory=list)

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1


def citation_recheck(*, citation: Citation, snapshot: Snapshot | None) -> str:
    """Set the citation's status, anchor and similarity against `snapshot` (does not save).
    The quote itself is never changed."""
    citation.checked_at = timezone.now()
    if citation.is_paraphrase:
        citation.quote_status = QuoteStatus.PARAPHRASE
        citation.similarity = None
        return citation.quote_status
    if snapshot is None:
        citation.quote_status = QuoteStatus.UNCHECKED
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
        citation.similarity = None
        return citation.quote_status
    # "Moved" compares with where the quote was last anchored, in whichever snapshot.
    previous = citation.position_start if citation.checked_snapshot_id else None
    result = check_quote(
        snapshot.text,
        citation.quote,
        prefix=citation.prefix,
        suffix=citation.suffix,
        previous_start=previous,
    )
    citation.quote_status = result.status
    citation.similarity = result.similarity
    if result.start is None or result.end is None:
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
    else:
        citation.checked_snapshot = snapshot
        citation.position_start, citation.position_end = result.start, result.end
        if result.status in (QuoteStatus.FOUND, QuoteStatus.MOVED):
            citation.prefix = snapshot.text[max(0, result.start - CONTEXT_CHARS) : result.start]
            citation.suffix = snapshot.text[result.end : result.end + CONTEXT_CHARS]
    return citation.quote_status


def verify_quotes(*, sources: Iterable[Source] | None = None) -> VerifyReport:
    """Re-check every citation (of `sources`, or of all sources) against the newest snapshot."""
    report = VerifyReport()
    citations = Citation.objects.select_related("source", "source__parent", "claim").order_by("pk")
    if sources is not None:
        citations = citations.filter(source__in=list(sources))
    snapshots: dict[int, Snapshot | None] = {}
    for citation_id in citations.values_list("pk", flat=True):
        with transaction.atomic():
            # A fact-checker editing the citation meanwhile must not have their change undone.
            citation = (
                Citation.objects.select_for_update(of=("self",))
                .select_related("source", "source__parent", "claim")
                .get(pk=citation_id)
            )
            if citation.source_id not in snapshots:
                snapshots[citation.source_id] = citation.source.latest_snapshot()
            status = citation_recheck(citation=citation, snapshot=snapshots[citation.source_id])
            citation.save()
            report.add(status)
            claim = citation.claim
            if status == QuoteStatus.MISSING and claim.status in ClaimStatus.reviewed():
                claim_flag_for_review(
                    claim=claim,
                    reason=(
                        f"Quote “{citation.quote[:80]}” is missing from the newest text of "
                        f"{citation.source} (checked {timezone.now():%d %b %Y})."
                    ),
                )
                report.flagged_claims.append(claim.pk)
    return report
