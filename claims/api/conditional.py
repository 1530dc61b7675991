"""Conditional requests on claims: If-Match for writes, If-None-Match and If-Modified-Since for
reads. A claim's ETag and Last-Modified come with its document (claims.documents)."""

from django.http import HttpRequest
from django.utils.http import parse_etags, parse_http_date_safe

from claims import documents
from claims.api.errors import PreconditionFailed, PreconditionRequired
from claims.models import Claim


def require_if_match(request: HttpRequest, claim: Claim) -> None:
    """Refuse a write unless the client names the claim's current ETag in If-Match."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        raise PreconditionRequired()
    current = documents.claim_document(request.user, claim.pk, last_modified=False).etag
    if current not in parse_etags(header):
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
