"""Cited quotes against their sources' archived text. A new or edited quote must be in the
newest snapshot (citation_verify refuses it otherwise). Every later re-check takes one path,
verify_quotes, whoever asks (the seed loader, article intake, the verify_quotes command, the
scheduled re-fetch of cited sources in claims.services.recheck): found, moved, changed (with
similarity), changed figure, missing, or gone with its page; a published claim that lost a
quote, or whose quote's figure changed, is flagged for review; nothing is rewritten."""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import MAX_QUOTE_WORDS, Citation, ClaimStatus, QuoteStatus
from claims.quotecheck import QuoteCheck, check_quote
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
    reasons: list[str] = field(default_factory=list)
    new_snapshots: int = 0
    fetch_errors: list[str] = field(default_factory=list)

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1


# What a reviewer must look at: the quote is no longer what the source says, or no longer there.
FLAGGED_STATUSES = (QuoteStatus.MISSING, QuoteStatus.CHANGED_FIGURE, QuoteStatus.GONE)


def citation_recheck(
    *, citation: Citation, snapshot: Snapshot | None, gone: str = ""
) -> QuoteCheck:
    """Set the citation's status, anchor and similarity against `snapshot` (does not save).
    The quote itself is never changed. `gone` says what became of the source's page when it is
    no longer there: the citation keeps its anchor in the last text that had it."""
    citation.checked_at = timezone.now()
    if citation.is_paraphrase:
        citation.quote_status = QuoteStatus.PARAPHRASE
        citation.similarity = None
        return QuoteCheck(QuoteStatus.PARAPHRASE)
    if gone:
        citation.quote_status = QuoteStatus.GONE
        citation.similarity = None
        return QuoteCheck(QuoteStatus.GONE)
    if snapshot is None:
        citation.quote_status = QuoteStatus.UNCHECKED
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
        citation.similarity = None
        return QuoteCheck(QuoteStatus.UNCHECKED)
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
        # Only an intact quote is re-anchored: a changed one keeps the context it was found in,
        # which is how its place is found again.
        if result.status in (QuoteStatus.FOUND, QuoteStatus.MOVED):
            citation.prefix = snapshot.text[max(0, result.start - CONTEXT_CHARS) : result.start]
            citation.suffix = snapshot.text[result.end : result.end + CONTEXT_CHARS]
    return result


def _flag_reason(citation: Citation, result: QuoteCheck, gone: str) -> str:
    quote, when = f"“{citation.quote[:80]}”", f"checked {timezone.now():%d %b %Y}"
    if gone:
        return (
            f"Source gone: {citation.source} ({gone}); quote {quote} can no longer be read "
            f"there ({when})."
        )
    if result.status == QuoteStatus.CHANGED_FIGURE:
        was = ", ".join(result.figures_quoted)
        now = ", ".join(result.figures_now) or "no figure"
        return (
            f"Figure changed in {citation.source}: quote {quote} says {was}, the source now "
            f"says {now} ({when})."
        )
    return f"Quote {quote} is missing from the newest text of {citation.source} ({when})."


def verify_quotes(
    *,
    sources: Iterable[Source] | None = None,
    snapshots: Mapping[int, Snapshot] | None = None,
    just_gone: Collection[int] = (),
) -> VerifyReport:
    """Re-check every citation (of `sources`, or of all sources) against the newest snapshot,
    or against the snapshot given for its source in `snapshots` (the text a re-fetch just read,
    which is an older snapshot's when a page went back to what it said before). The citations
    of a source whose page is gone (its newest re-fetch said so) are gone, and keep their
    anchor in the last text that had them.

    A citation that turns missing, changed figure or gone flags its published claim for review,
    once per finding: the same finding against the same text does not raise the flag again
    after a reviewer cleared it. Every claim citing a source in `just_gone` (its page went at
    this re-fetch) is flagged, paraphrases included."""
    report = VerifyReport()
    against: dict[int, Snapshot | None] = dict(snapshots or {})
    gone: dict[int, str] = {}
    citations = Citation.objects.select_related("source", "source__parent", "claim").order_by("pk")
    if sources is not None:
        citations = citations.filter(source__in=list(sources))
    for citation_id in citations.values_list("pk", flat=True):
        with transaction.atomic():
            # A fact-checker editing the citation meanwhile must not have their change undone.
            citation = (
                Citation.objects.select_for_update(of=("self",))
                .select_related("source", "source__parent", "claim")
                .get(pk=citation_id)
            )
            before = (citation.quote_status, citation.checked_snapshot_id)
            if citation.source_id not in against:
                against[citation.source_id] = citation.source.latest_snapshot()
            if citation.source_id not in gone:
                gone[citation.source_id] = citation.source.page_gone()
            result = citation_recheck(
                citation=citation,
                snapshot=against[citation.source_id],
                gone=gone[citation.source_id],
            )
            citation.save()
            report.add(result.status)
            new_finding = result.status in FLAGGED_STATUSES and before != (
                result.status,
                citation.checked_snapshot_id,
            )
            owner_id = citation.source.parent_id if not citation.source.url else None
            went = citation.source_id in just_gone or owner_id in just_gone
            claim = citation.claim
            if (new_finding or went) and claim.status in ClaimStatus.reviewed():
                reason = _flag_reason(citation, result, gone[citation.source_id])
                claim_flag_for_review(claim=claim, reason=reason)
                report.flagged_claims.append(claim.pk)
                report.reasons.append(reason)
    return report
