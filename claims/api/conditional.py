"""ETags and Last-Modified for a claim, and the If-Match rule for writes.

A claim's ETag changes whenever anything shown in its JSON changes: the claim's version (bumped
by every service that edits it), and the update times of its figures, metrics, citations,
sources and claimant, which can change without a new claim version (a metric renamed, a quote
re-checked against a new snapshot)."""

import hashlib
from datetime import datetime

from django.db.models import Max
from django.http import HttpRequest
from django.utils.http import parse_etags, parse_http_date_safe

from claims.api.errors import PreconditionFailed, PreconditionRequired
from claims.models import Citation, Claim, Figure


def claim_etag(claim: Claim) -> str:
    """Needs the claim loaded as claims_for_api() loads it."""
    parts: list[object] = [
        claim.pk,
        claim.version,
        claim.status,
        claim.updated_at,
        claim.claimant.updated_at,
        sorted((topic.pk, topic.name, topic.slug) for topic in claim.topics.all()),
    ]
    for figure in claim.figures.all():
        parts.append((figure.pk, figure.updated_at, figure.metric.updated_at))
    for citation in claim.citations.all():
        publisher = citation.source.publisher
        parts.append(
            (
                citation.pk,
                citation.updated_at,
                citation.source.updated_at,
                publisher.updated_at if publisher else None,
                citation.checked_snapshot_id,
            )
        )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:20]
    return f'"claim-{claim.pk}-v{claim.version}-{digest}"'


def claim_last_modified(claim: Claim) -> datetime:
    """The newest change to anything in the claim's JSON, including a figure or citation
    removed (found in their history, as a removal leaves no row of its own)."""
    times = [claim.updated_at, claim.claimant.updated_at]
    for figure in claim.figures.all():
        times += [figure.updated_at, figure.metric.updated_at]
    for citation in claim.citations.all():
        times += [citation.updated_at, citation.source.updated_at]
    for model in (Figure, Citation):
        history = model.history
        removed = history.filter(claim_id=claim.pk, history_type="-").aggregate(
            newest=Max("history_date")
        )["newest"]
        if removed is not None:
            times.append(removed)
    return max(times)


def require_if_match(request: HttpRequest, claim: Claim) -> None:
    """Refuse a write unless the client names the claim's current ETag in If-Match."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        raise PreconditionRequired()
    if claim_etag(claim) not in parse_etags(header):
        raise PreconditionFailed()


def not_modified_since(request: HttpRequest, etag: str, last_modified: str | None) -> bool:
    """Whether the client's copy (If-None-Match, else If-Modified-Since) is still current."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match:
        # Weak comparison, as RFC 9110 asks for If-None-Match.
        sent = {tag.removeprefix("W/") for tag in parse_etags(if_none_match)}
        return "*" in sent or etag in sent
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    modified = parse_http_date_safe(last_modified or "")
    return since is not None and modified is not None and modified <= since
