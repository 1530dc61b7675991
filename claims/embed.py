"""Claim cards that other sites embed: what a card shows (live, or pinned to a version), its ETag
and cached HTML, the embed code editors copy (with a height that fits the card), the oEmbed
answer, and the frame policy that lets cards, and only cards, be framed by other sites."""

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
from django.utils.text import Truncator

from claims.card_height import SMALL, SMALL_BOLD, CardText, Font, card_height
from claims.chart import CARD, chart_rows_height, figure_chart
from claims.documents import CLAIM, frozen_instance
from claims.models import (
    Citation,
    Claim,
    ClaimStatus,
    ClaimTransition,
    ClaimVersion,
    Difference,
    Figure,
    Unit,
    Verdict,
)
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
# The narrowest frame an embed code's height is worked out for: the card fits whole at any width
# from this one up to CARD_WIDTH.
CARD_MIN_WIDTH = 300
CARD_MAX_SOURCES = 3
# What the card's template cuts a correction's note, a source's name and a competing claimant's
# name to: the room an embed code keeps for them is bounded by these.
CARD_NOTE_CHARS = 160
# The compact card says why a claim was retracted too, cut shorter (it says nothing of corrections).
CARD_COMPACT_NOTE_CHARS = 100
CARD_SOURCE_CHARS = 100
CARD_RIVAL_CHARS = 40
# The full card's chart draws the claim's first figure and at most this many competing ones.
CARD_CHART_RIVALS = 3
# A correction or retraction reaches every reader within a minute: a browser or CDN serves a card
# for 30 s, then at most 30 s more while it revalidates, and the ETag makes that a cheap 304.
# While we are down, the last card is better than none.
CARD_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=30, stale-if-error=86400"
# Rendered cards are keyed by their ETag, so an old entry is never served once the claim changes;
# the timeout only bounds memory.
CARD_CACHE_SECONDS = 3600
OEMBED_CACHE_AGE = 3600
THEMES = ("auto", "light", "dark")

# Inside the card: tell the embedding page how tall the card's content is (the card itself always
# fills its frame); /embed/resize.js listens.
CARD_SCRIPT = (
    "(function(){var c=document.querySelector('.card'),m=document.querySelector('.main'),"
    "f=document.querySelector('.fill');function s(){parent.postMessage({type:'tally:resize',"
    "height:Math.ceil(c.getBoundingClientRect().height-m.clientHeight+f.offsetHeight)},'*')}"
    "addEventListener('load',s);"
    "if(window.ResizeObserver){new ResizeObserver(s).observe(f)}})();"
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
# The card's chart is drawn in Python, not in its template: its drawing is markup too.
_CHART_SOURCE = Path(__file__).parent / "chart.py"


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
    """The claim as it was at one public version: its frozen document read back as a claim
    (ClaimVersion), or for a version made before versions were frozen, its historical row; and
    when it was made."""

    number: int
    record: Any  # the HistoricalClaim row, for a version made before versions were frozen
    at: datetime
    frozen: Claim | None = None


@dataclass(frozen=True)
class CardState:
    """Just enough to name a card's content: cheap to load, so a 304 costs two small queries."""

    claim: Claim
    pinned: PinnedVersion | None
    competitors: tuple[tuple[int, int], ...]

    def etag(self, options: CardOptions) -> str:
        parts = [
            _card_revision(),
            organisation_name(),  # the card names it, and a deploy may rename it
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
        digest.update(_CHART_SOURCE.read_bytes())
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
    figures = pinned.frozen.frozen_figures if pinned.frozen else _figures_as_of(pk, pinned.at)  # type: ignore[attr-defined]
    metric_ids = sorted({f.metric_id for f in figures})
    return CardState(
        claim=claim,
        pinned=pinned,
        competitors=tuple(competitor_versions(metric_ids=metric_ids, exclude_claim_id=pk)),
    )


def _pinned_version(claim: Claim, number: int) -> PinnedVersion:
    frozen = ClaimVersion.objects.filter(claim=claim, version=number).first()
    if frozen is not None:
        return PinnedVersion(
            number=number,
            record=None,
            at=frozen.created_at,
            frozen=frozen_instance(CLAIM, frozen.document),
        )
    public_versions = sorted(
        set(claim.history.filter(status__in=ClaimStatus.public()).values_list("version", flat=True))
        | set(claim.frozen_versions.values_list("version", flat=True))
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
    # A retracted claim's card shows no verdict badge, no figure and no competing figure, only
    # that (when and why, from its retraction) the verdict was withdrawn.
    retracted: bool = False
    retraction: ClaimTransition | None = None
    # The first figure beside its competing figures (claims.chart), on the full card only.
    chart: SafeString | None = None


def build_card(state: CardState) -> Card:
    """Everything a card shows. Live: the claim now. Pinned: the claim's statement, verdict,
    figures and quotes as they were at that version, beside today's main competing figure; a
    correction or retraction since then is always said."""
    claim = Claim.objects.select_related("claimant").get(pk=state.claim.pk)
    claimant = claim.claimant.name
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
        if pinned.frozen is not None:
            statement, claimant = pinned.frozen.statement, pinned.frozen.claimant.name
            verdict = Verdict(pinned.frozen.verdict)
            figures = pinned.frozen.frozen_figures  # type: ignore[attr-defined]
            citations = pinned.frozen.frozen_citations  # type: ignore[attr-defined]
        else:
            statement = pinned.record.statement
            verdict = Verdict(verdict_row.verdict if verdict_row else pinned.record.verdict)
            figures = _figures_as_of(claim.pk, pinned.at)
            citations = _citations_as_of(claim.pk, pinned.at)
        as_of = verdict_row.created_at if verdict_row else pinned.at
        later = [t for t in transitions if t.claim_version > pinned.number]
        newer = later[-1] if later else None
    retracted = claim.status == ClaimStatus.RETRACTED
    competitor, chart = None, None
    if figures and not retracted:
        rivals = public_competitors(metric=figures[0].metric_id, exclude_claim=claim.pk)
        competitor = rivals[0] if rivals else None
        chart = figure_chart(
            figures[0], rivals, chart_id="chart", size=CARD, max_rivals=CARD_CHART_RIVALS
        )
    return Card(
        claim=claim,
        statement=statement,
        claimant=claimant,
        verdict=verdict,
        figures=figures,
        competitor=competitor,
        citations=citations[:CARD_MAX_SOURCES],
        more_citations=max(0, len(citations) - CARD_MAX_SOURCES),
        as_of=as_of,
        pinned_version=state.pinned.number if state.pinned else None,
        newer=newer,
        status_change=status_change,
        retracted=retracted,
        retraction=status_change if retracted else None,
        chart=chart,
    )


def organisation_name() -> str:
    """The fact-checking organisation: the author of every card, ClaimReview and oEmbed answer."""
    return str(settings.TALLY_PUBLISHER_NAME)


def card_labels() -> dict[str, str]:
    """The card's words that name the organisation, shared by its template and its height."""
    name = organisation_name()
    return {"brand": f"{name} fact-check", "kicker": f"The claim, as summarised by {name}"}


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
            "labels": card_labels(),
            "verdict_class": card.verdict.value.replace("_", "-"),
            "claim_url": card.claim.get_public_url(),
            "note_chars": CARD_NOTE_CHARS,
            "compact_note_chars": CARD_COMPACT_NOTE_CHARS,
            "source_chars": CARD_SOURCE_CHARS,
            "rival_chars": CARD_RIVAL_CHARS,
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


# -- how tall the frame must be -----------------------------------------------------------------

# Stand-ins for what a card may show later, so that an embed code pasted today still fits the
# card after a correction, a retraction or a newly published competing figure: the widest date
# "j M Y" prints, a public note and a competing claimant's name as long as the card lets them be,
# and the widest verdict and difference. (A source added by a correction is not reserved for: it
# may push the end of the list of sources out of the frame; the footer's link stays, card.css
# sees to that.) The chart of competing figures is counted at its tallest, with as many rivals as
# the card draws, whenever the card shows a figure that can be charted: one may be published
# later.
_SAMPLE_DATE = "30 May 2026"
_SAMPLE_NOTE = ("n" * 9 + " ") * (CARD_NOTE_CHARS // 10)
_SAMPLE_COMPACT_NOTE = ("n" * 9 + " ") * (CARD_COMPACT_NOTE_CHARS // 10)
_SAMPLE_NAME = ("n" * 9 + " ") * (CARD_RIVAL_CHARS // 10)
_SAMPLE_VERDICT = max(Verdict.labels, key=len)
_SAMPLE_DIFFERENCE = max(Difference.labels, key=len).lower()


def card_frame_height(
    claim: Claim,
    *,
    version: int | None = None,
    compact: bool = False,
    width: int = CARD_MIN_WIDTH,
) -> int:
    """The height of an iframe that shows the card of `claim` whole at `width` pixels wide or
    wider, now and after any later correction or retraction. The claim's own relations are read
    (prefetched ones cost nothing), except for a card pinned to an older version."""
    statement, claimant = claim.statement, claim.claimant.name
    figures: list[Figure] = list(claim.figures.all())
    citations: list[Citation] = list(claim.citations.all())
    more_sources = len(citations) > CARD_MAX_SOURCES
    if version is not None and version != claim.version:
        try:
            pinned = build_card(card_state(claim.pk, CardOptions(version=version)))
        except CardError:
            pass  # the card itself will say that this version cannot be shown
        else:
            statement, figures, citations = pinned.statement, pinned.figures, pinned.citations
            claimant = pinned.claimant
            more_sources = pinned.more_citations > 0
    text = _card_text(
        statement=statement,
        claimant=claimant,
        figures=figures,
        sources=[str(c.source) for c in citations[:CARD_MAX_SOURCES]],
        more_sources=more_sources,
        compact=compact,
        pinned_version=version,
    )
    return card_height(text, width=width)


def _card_text(
    *,
    statement: str,
    claimant: str,
    figures: list[Figure],
    sources: list[str],
    more_sources: bool,
    compact: bool,
    pinned_version: int | None,
) -> CardText:
    """What templates/claims/card.html prints, with the stand-ins above for what may come. The
    status alert is counted as a retraction's, which says more than a correction's ("Retracted"
    and "Corrected" are as wide), and a retracted card drops its figures and competing figure, so
    the room kept fits either."""
    bold = SMALL_BOLD
    note = _SAMPLE_COMPACT_NOTE if compact else _SAMPLE_NOTE
    alerts: list[list[tuple[str, Font]]] = [
        [
            (f"Retracted {_SAMPLE_DATE}.", bold),
            (f" Verdict withdrawn: {_SAMPLE_VERDICT}. Reason: {note}", SMALL),
        ]
    ]
    if pinned_version is not None:
        alerts.append(
            [
                (
                    f"This card shows the fact-check as of version {pinned_version}. Newer verdict: ",
                    SMALL,
                ),
                (_SAMPLE_VERDICT, bold),
                (f" on {_SAMPLE_DATE}. See the current fact-check.", SMALL),
            ]
        )
    shown = figures[:1] if compact else figures[:2]
    rival = None
    chart = 0
    if figures and not compact:
        if figures[0].unit != Unit.DATE:
            chart = chart_rows_height(CARD_CHART_RIVALS, CARD)
        rival = [
            ("Other figure for this measure: ", SMALL),
            (figures[0].display + "0", bold),
            (f", from {_SAMPLE_NAME} (preferred); {_SAMPLE_DIFFERENCE}", SMALL),
        ]
    foot = f"As of {_SAMPLE_DATE}"
    if pinned_version is not None:
        foot += f" · version {pinned_version}"
    labels = card_labels()
    return CardText(
        alerts=alerts,
        verdict=_SAMPLE_VERDICT,
        brand=labels["brand"],
        kicker=labels["kicker"],
        statement=statement,
        claimant=[("Who said it: ", SMALL), (claimant, bold)],
        figures=[(f.display, _figure_caption(f)) for f in shown],
        rival=rival,
        sources=[] if compact else [Truncator(s).chars(CARD_SOURCE_CHARS) for s in sources],
        more_sources=more_sources and not compact,
        foot=foot + " · Read the full fact-check",
        compact=compact,
        chart=chart,
    )


def _figure_caption(figure: Figure) -> str:
    return figure.metric.name + (f", {figure.period}" if figure.period else "")


# -- embed codes and oEmbed ---------------------------------------------------------------------


def card_url(
    claim: Claim, request: HttpRequest, *, version: int | None = None, compact: bool = False
) -> str:
    path = reverse("claim_card", args=[claim.pk])
    query = CardOptions(compact=compact, version=version).query()
    return request.build_absolute_uri(f"{path}?{query}" if query else path)


def _iframe(
    claim: Claim,
    request: HttpRequest,
    *,
    width: int,
    height: int,
    version: int | None,
    compact: bool = False,
) -> SafeString:
    return format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" '
        'style="border:0;width:100%;max-width:{}px" data-tally-card></iframe>',
        card_url(claim, request, version=version, compact=compact),
        f"{_title_prefix(claim)}: {claim.statement}",
        width,
        height,
        width,
    )


def _title_prefix(claim: Claim) -> str:
    return "Retracted fact-check" if claim.status == ClaimStatus.RETRACTED else "Fact-check"


def embed_snippets(
    claim: Claim, request: HttpRequest, *, version: int | None = None
) -> dict[str, str]:
    """The embed code an editor copies: a plain iframe tall enough for the whole card at any
    width from CARD_MIN_WIDTH, now and after a correction (no script needed, so it works where
    scripts are stripped); the same with the small script that fits the frame to the card; and a
    compact card. `version` pins the card to that version of the claim."""
    height = card_frame_height(claim, version=version)
    iframe = _iframe(claim, request, width=CARD_WIDTH, height=height, version=version)
    script = format_html(
        '{}\n<script src="{}" async></script>',
        iframe,
        request.build_absolute_uri(reverse("embed_resize_script")),
    )
    compact = _iframe(
        claim,
        request,
        width=CARD_WIDTH,
        height=card_frame_height(claim, version=version, compact=True),
        version=version,
        compact=True,
    )
    # Plain str, not SafeString: wherever the code is shown, it is shown as text.
    return {
        "iframe": str.__str__(iframe),
        "script": str.__str__(script),
        "compact": str.__str__(compact),
    }


def oembed_payload(
    claim: Claim,
    request: HttpRequest,
    *,
    maxwidth: int | None = None,
    maxheight: int | None = None,
    version: int | None = None,
) -> dict[str, Any]:
    """The oEmbed 1.0 "rich" answer for a public claim. Its author is the fact-checking
    organisation, who wrote the card; the claimant is who the card is about. A retracted claim
    still answers, titled "Retracted: …", with the card that says so and why: an editor's page
    that embedded it before must go on showing the retraction (a 410 would make consumers drop
    the card and leave the old verdict wherever they cached it), and no code offers it anew."""
    width = min(CARD_WIDTH, maxwidth) if maxwidth else CARD_WIDTH
    fits = card_frame_height(claim, version=version, width=min(CARD_MIN_WIDTH, width))
    height = min(fits, maxheight) if maxheight else fits
    site = request.build_absolute_uri("/")
    return {
        "version": "1.0",
        "type": "rich",
        "title": f"Retracted: {claim.statement}"
        if claim.status == ClaimStatus.RETRACTED
        else claim.statement,
        "author_name": organisation_name(),
        "author_url": settings.TALLY_PUBLISHER_URL or site,
        "provider_name": organisation_name(),
        "provider_url": site,
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
