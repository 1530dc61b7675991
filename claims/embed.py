"""Claim cards that other sites embed: what a card shows (live, or pinned to a version), its ETag
and cached HTML, the embed code editors copy, the oEmbed answer, and the frame policy that lets
cards, and only cards, be framed by other sites."""

import base64
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Citation, Claim, ClaimStatus, ClaimTransition, Figure, Verdict
from claims.selectors import (
    card_versions,
    competitor_versions,
    public_competitors,
    public_transitions,
)
from core.ids import parse_id
from sources.models import Source

logger = logging.getLogger("tally.embed")

CARD_WIDTH = 480
CARD_HEIGHT = 380
COMPACT_HEIGHT = 190
CARD_MAX_SOURCES = 3
# Browsers and CDNs may serve a card for five minutes, then keep serving it for a day while
# they revalidate in the background; the ETag makes that revalidation a cheap 304.
CARD_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400"
# Rendered cards are keyed by their ETag, so an old entry is never served once the claim changes;
# the timeout only bounds memory.
CARD_CACHE_SECONDS = 3600
OEMBED_CACHE_AGE = 3600
THEMES = ("auto", "light", "dark")

# Inside the card: tell the embedding page how tall the card is; /embed/resize.js listens.
CARD_SCRIPT = (
    "(function(){function s(){parent.postMessage({type:'tally:resize',"
    "height:Math.ceil(document.body.getBoundingClientRect().height)},'*')}"
    "addEventListener('load',s);"
    "if(window.ResizeObserver){new ResizeObserver(s).observe(document.body)}})();"
)
CARD_SCRIPT_HASH = (
    "sha256-" + base64.b64encode(hashlib.sha256(CARD_SCRIPT.encode()).digest()).decode()
)
CARD_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    f"script-src '{CARD_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors *"
)

RESIZE_SCRIPT_PATH = Path(__file__).parent / "static" / "claims" / "resize.js"
_CARD_TEMPLATES = ("claims/card.html", "claims/card.css")


class CardError(Exception):
    """A card that cannot be shown, with the reason a reader (or an editor) will see."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class CardOptions:
    theme: str = "auto"
    compact: bool = False
    version: int | None = None

    def query(self) -> str:
        """The canonical query string for these options ("" for the defaults)."""
        params: dict[str, str] = {}
        if self.theme != "auto":
            params["theme"] = self.theme
        if self.compact:
            params["compact"] = "1"
        if self.version is not None:
            params["version"] = str(self.version)
        return urlencode(params)


def card_options(query: QueryDict) -> CardOptions:
    """Read ?theme=, ?compact= and ?version=. An unknown theme falls back to the reader's own
    preference; a version that is not a positive whole number is refused."""
    theme = query.get("theme", "auto")
    if theme not in THEMES:
        theme = "auto"
    compact = query.get("compact", "") in ("1", "true", "yes")
    raw_version = query.get("version", "")
    version: int | None = None
    if raw_version != "":
        version = parse_id(raw_version)
        if version is None:
            raise CardError(
                f"“{raw_version}” is not a version: give a whole number, 1 or more "
                "(or leave ?version= out for the live card).",
                status=400,
            )
    return CardOptions(theme=theme, compact=compact, version=version)


@dataclass(frozen=True)
class PinnedVersion:
    """The claim as it was at one public version: its historical row and when it was written."""

    number: int
    record: Any  # the HistoricalClaim row
    at: datetime


@dataclass(frozen=True)
class CardState:
    """Just enough to name a card's content: cheap to load, so a 304 costs two small queries."""

    claim: Claim
    pinned: PinnedVersion | None
    competitors: tuple[tuple[int, int], ...]

    def etag(self, options: CardOptions) -> str:
        parts = [
            _card_revision(),
            str(self.claim.pk),
            str(self.claim.uuid),
            str(self.claim.version),
            options.query(),
            ";".join(f"{claim_id}:{version}" for claim_id, version in self.competitors),
        ]
        return '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32] + '"'


def _card_revision() -> str:
    """Changes when the card's markup changes, so a deploy does not leave stale cards behind."""
    global _revision
    if _revision is None:
        digest = hashlib.sha256(CARD_SCRIPT.encode())
        templates = Path(__file__).resolve().parent.parent / "templates"
        for name in _CARD_TEMPLATES:
            digest.update((templates / name).read_bytes())
        _revision = digest.hexdigest()[:12]
    return _revision


_revision: str | None = None


def card_state(pk: int, options: CardOptions) -> CardState:
    if options.version is None:
        versions = card_versions(pk)
        if versions is None:
            raise CardError("This claim is not published, or does not exist.", status=404)
        uuid, version, competitors = versions
        return CardState(
            claim=Claim(pk=pk, uuid=uuid, version=version),
            pinned=None,
            competitors=tuple(competitors),
        )
    claim = (
        Claim.objects.public()
        .filter(pk=pk)
        .only("id", "uuid", "version", "status")
        .order_by()
        .first()
    )
    if claim is None:
        raise CardError("This claim is not published, or does not exist.", status=404)
    pinned = _pinned_version(claim, options.version)
    metric_ids = sorted({f.metric_id for f in _figures_as_of(pk, pinned.at)})
    return CardState(
        claim=claim,
        pinned=pinned,
        competitors=tuple(competitor_versions(metric_ids=metric_ids, exclude_claim_id=pk)),
    )


def _pinned_version(claim: Claim, number: int) -> PinnedVersion:
    public_versions = sorted(
        set(claim.history.filter(status__in=ClaimStatus.public()).values_list("version", flat=True))
    )
    if number not in public_versions:
        listed = ", ".join(str(v) for v in public_versions)
        raise CardError(
            f"This claim was not public at version {number}, so no card can be pinned to it. "
            f"Versions you can pin: {listed}.",
            status=404,
        )
    record = (
        claim.history.filter(version=number, status__in=ClaimStatus.public())
        .order_by("-history_date", "-history_id")
        .first()
    )
    assert record is not None  # listed just above
    return PinnedVersion(number=number, record=record, at=record.history_date)


def _as_of(history_model: Any, *, at: datetime, **filters: Any) -> list[Any]:
    """Each row as it stood at `at`, from its django-simple-history records; deleted ones drop."""
    latest: dict[int, Any] = {}
    rows = history_model.objects.filter(history_date__lte=at, **filters).order_by(
        "id", "-history_date", "-history_id"
    )
    for row in rows:
        latest.setdefault(row.id, row)
    return [row.instance for row in latest.values() if row.history_type != "-"]


def _figures_as_of(claim_id: int, at: datetime) -> list[Figure]:
    return _as_of(Figure.history.model, at=at, claim_id=claim_id)


def _citations_as_of(claim_id: int, at: datetime) -> list[Citation]:
    citations: list[Citation] = _as_of(Citation.history.model, at=at, claim_id=claim_id)
    sources = Source.objects.select_related("publisher").in_bulk([c.source_id for c in citations])
    for citation in citations:
        citation.source = sources[citation.source_id]
    return citations


@dataclass(frozen=True)
class Card:
    claim: Claim
    statement: str
    claimant: str
    verdict: Verdict
    figures: list[Figure]
    competitor: Figure | None
    citations: list[Citation]
    more_citations: int
    as_of: datetime
    pinned_version: int | None
    newer: ClaimTransition | None
    status_change: ClaimTransition | None


def build_card(state: CardState) -> Card:
    """Everything a card shows. Live: the claim now. Pinned: the claim's statement, verdict,
    figures and quotes as they were at that version, beside today's main competing figure; a
    correction or retraction since then is always said."""
    claim = Claim.objects.select_related("claimant").get(pk=state.claim.pk)
    transitions = public_transitions(claim)
    status_change = None
    if claim.status in (ClaimStatus.CORRECTED, ClaimStatus.RETRACTED):
        status_change = next(
            (t for t in reversed(transitions) if t.to_status == claim.status), None
        )
    if state.pinned is None:
        statement, verdict = claim.statement, Verdict(claim.verdict)
        figures = list(claim.figures.select_related("metric"))
        citations = list(claim.citations.select_related("source__publisher"))
        as_of = transitions[-1].created_at if transitions else claim.updated_at
        newer = None
    else:
        pinned = state.pinned
        at_or_before = [t for t in transitions if t.claim_version <= pinned.number]
        verdict_row = at_or_before[-1] if at_or_before else None
        statement = pinned.record.statement
        verdict = Verdict(verdict_row.verdict if verdict_row else pinned.record.verdict)
        figures = _figures_as_of(claim.pk, pinned.at)
        citations = _citations_as_of(claim.pk, pinned.at)
        as_of = verdict_row.created_at if verdict_row else pinned.at
        later = [t for t in transitions if t.claim_version > pinned.number]
        newer = later[-1] if later else None
    competitor = None
    if figures:
        rivals = public_competitors(metric=figures[0].metric_id, exclude_claim=claim.pk)
        competitor = rivals[0] if rivals else None
    return Card(
        claim=claim,
        statement=statement,
        claimant=claim.claimant.name,
        verdict=verdict,
        figures=figures,
        competitor=competitor,
        citations=citations[:CARD_MAX_SOURCES],
        more_citations=max(0, len(citations) - CARD_MAX_SOURCES),
        as_of=as_of,
        pinned_version=state.pinned.number if state.pinned else None,
        newer=newer,
        status_change=status_change,
    )


def render_card(state: CardState, options: CardOptions) -> str:
    """The card's HTML, from the cache when this exact content was rendered before."""
    key = f"tally:card:{state.claim.pk}:{state.etag(options)}"
    html = _cache_call(cache.get, key)
    if isinstance(html, str):
        return html
    card = build_card(state)
    html = render_to_string(
        "claims/card.html",
        {
            "card": card,
            "options": options,
            "verdict_class": card.verdict.value.replace("_", "-"),
            "claim_url": card.claim.get_public_url(),
            "card_script": mark_safe(CARD_SCRIPT),  # noqa: S308  (our constant, hashed in the CSP)
        },
    )
    _cache_call(cache.set, key, html, CARD_CACHE_SECONDS)
    return html


def _cache_call(method: Callable[..., Any], *args: Any) -> Any:
    """A cache outage makes cards slower, never unavailable."""
    try:
        return method(*args)
    except Exception:
        logger.warning("card cache unavailable", exc_info=True)
        return None


def card_url(claim: Claim, request: HttpRequest, *, version: int | None = None) -> str:
    path = reverse("claim_card", args=[claim.pk])
    if version is not None:
        path += "?" + urlencode({"version": version})
    return request.build_absolute_uri(path)


def _iframe(
    claim: Claim, request: HttpRequest, *, width: int, height: int, version: int | None
) -> SafeString:
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border:0;width:100%;max-width:{}px" data-tally-card></iframe>',
        card_url(claim, request, version=version),
        f"Fact-check: {claim.statement}",
        width,
        height,
        width,
    )


def embed_snippets(
    claim: Claim, request: HttpRequest, *, version: int | None = None
) -> dict[str, str]:
    """The embed code an editor copies: a plain iframe, and the iframe with the small script
    that resizes it to fit the card. `version` pins the card to that version of the claim."""
    iframe = _iframe(claim, request, width=CARD_WIDTH, height=CARD_HEIGHT, version=version)
    script = format_html(
        '{}\n<script src="{}" async></script>',
        iframe,
        request.build_absolute_uri(reverse("embed_resize_script")),
    )
    # Plain str, not SafeString: wherever the code is shown, it is shown as text.
    return {"iframe": str.__str__(iframe), "script": str.__str__(script)}


def oembed_payload(
    claim: Claim,
    request: HttpRequest,
    *,
    maxwidth: int | None = None,
    maxheight: int | None = None,
    version: int | None = None,
) -> dict[str, Any]:
    """The oEmbed 1.0 "rich" answer for a public claim."""
    width = min(CARD_WIDTH, maxwidth) if maxwidth else CARD_WIDTH
    height = min(CARD_HEIGHT, maxheight) if maxheight else CARD_HEIGHT
    return {
        "version": "1.0",
        "type": "rich",
        "title": claim.statement,
        "author_name": claim.claimant.name,
        "provider_name": settings.TALLY_PUBLISHER_NAME,
        "provider_url": request.build_absolute_uri("/"),
        "cache_age": OEMBED_CACHE_AGE,
        "width": width,
        "height": height,
        "html": str.__str__(_iframe(claim, request, width=width, height=height, version=version)),
    }


def card_headers(response: HttpResponse, *, etag: str | None) -> HttpResponse:
    """Cards may be framed anywhere and cached anywhere; they never carry cookies."""
    response["Content-Security-Policy"] = CARD_CSP
    if etag is not None:
        response["ETag"] = etag
        response["Cache-Control"] = CARD_CACHE_CONTROL
    else:
        response["Cache-Control"] = "public, max-age=60"
    response.xframe_options_exempt = True
    return response
