"""Re-checking cited quotes against the newest text of their sources: found where it was,
moved (found elsewhere), changed (only an approximate match, with its similarity) or missing.
A published claim whose quote went missing is flagged for review; nothing is rewritten."""

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from claims.models import Citation, ClaimStatus, QuoteStatus
from sources.models import Snapshot, Source
from sources.quotes import CONTEXT_CHARS, fold_whitespace, locate_quote, normalize_quote

CHANGED_AT_LEAST = 0.8  # below this similarity the quote is reported missing


@dataclass(frozen=True)
class QuoteCheck:
    status: str
    start: int | None = None
    end: int | None = None
    similarity: float | None = None


@dataclass
class VerifyReport:
    counts: dict[str, int] = field(default_factory=dict)
    flagged_claims: list[int] = field(default_factory=list)
    new_snapshots: int = 0
    fetch_errors: list[str] = field(default_factory=list)

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1


_WORDS = re.compile(r"\S+")


def approximate_match(text: str, quote: str) -> QuoteCheck:
    """The window of `text` most like `quote`, word for word, with difflib's ratio."""
    needle = normalize_quote(quote)
    folded, offsets = fold_whitespace(text)
    words = [(m.start(), m.end()) for m in _WORDS.finditer(folded)]
    size = len(needle.split())
    if not words or not size:
        return QuoteCheck(QuoteStatus.MISSING)
    best = (0.0, 0, 0)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle.lower())
    for width in {max(1, size - 2), size, size + 2}:
        for first in range(0, max(1, len(words) - width + 1)):
            last = min(len(words), first + width) - 1
            window = folded[words[first][0] : words[last][1]].lower()
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() <= best[0] or matcher.quick_ratio() <= best[0]:
                continue
            ratio = matcher.ratio()
            if ratio > best[0]:
                best = (ratio, words[first][0], words[last][1])
    ratio, start, end = best
    if ratio < CHANGED_AT_LEAST:
        return QuoteCheck(QuoteStatus.MISSING, similarity=round(ratio, 3))
    return QuoteCheck(
        QuoteStatus.CHANGED,
        start=offsets[start],
        end=offsets[end - 1] + 1,
        similarity=round(ratio, 3),
    )


def check_quote(
    text: str, quote: str, *, prefix: str = "", suffix: str = "", previous_start: int | None = None
) -> QuoteCheck:
    match = locate_quote(text, quote, prefix=prefix, suffix=suffix)
    if match is not None:
        moved = previous_start is not None and previous_start != match.start
        return QuoteCheck(
            QuoteStatus.MOVED if moved else QuoteStatus.FOUND, match.start, match.end, 1.0
        )
    return approximate_match(text, quote)


def citation_recheck(citation: Citation, snapshot: Snapshot | None) -> str:
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
    from claims import services

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
            status = citation_recheck(citation, snapshots[citation.source_id])
            citation.save()
            report.add(status)
            claim = citation.claim
            if status == QuoteStatus.MISSING and claim.status in (
                ClaimStatus.PUBLISHED,
                ClaimStatus.CORRECTED,
            ):
                services.claim_flag_for_review(
                    claim=claim,
                    reason=(
                        f"Quote “{citation.quote[:80]}” is missing from the newest text of "
                        f"{citation.source} (checked {timezone.now():%d %b %Y})."
                    ),
                )
                report.flagged_claims.append(claim.pk)
    return report
