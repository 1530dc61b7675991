"""The public pages: claims (one page each, and the index), sources, methodology and the
corrections log. A claim page is served to anyone while the claim is public; staff with a role
may also preview it before, marked as a preview and kept out of search engines. Every page is
read-only and answers GET and HEAD alone: a POST, PUT or DELETE is a 405 that names the methods
allowed, never the page served as if the write had been done."""

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.safestring import SafeString
from django.views.decorators.http import require_safe

from claims.chart import figure_chart
from claims.claimreview import claim_review, has_claim_review
from claims.embed import embed_snippets
from claims.models import (
    Claim,
    ClaimStatus,
    Difference,
    Figure,
    QuoteStatus,
    Rank,
    Verdict,
)
from claims.observation import claim_observations, observation_graph
from claims.selectors import (
    corrections_log,
    public_claims_citing,
    public_competitors,
    public_history,
    public_transitions,
)
from claims.views.filters import PublicClaimFilter
from sources.models import Source

CLAIMS_PER_PAGE = 20
CORRECTIONS_PER_PAGE = 50

VERDICT_MEANINGS = {
    Verdict.ACCURATE: "The claim matches the best available evidence, figure and context.",
    Verdict.MOSTLY_ACCURATE: (
        "The figure or its gist holds, but a detail is off: a rounded number, a wider period, "
        "a missing qualifier."
    ),
    Verdict.MISLEADING: (
        "The figure may be real but the claim leaves a false impression: it compares unlike "
        "things, picks a convenient period or leaves out what changes its meaning."
    ),
    Verdict.INACCURATE: "The evidence contradicts the claim.",
    Verdict.UNSUPPORTED: (
        "We could not find evidence either way: the figure rests only on the claimant's word, "
        "or the data behind it is not published. This is not a rating between true and false."
    ),
}

QUOTE_STATUS_MEANINGS = {
    QuoteStatus.FOUND: "The exact words were found in our archived copy of the source.",
    QuoteStatus.UNCHECKED: "We hold no archived copy of the source yet, so the words are unchecked.",
    QuoteStatus.PARAPHRASE: "Not the source's own words: a summary, marked as such.",
    QuoteStatus.MISSING: (
        "The words are no longer in the newest copy of the source; the claim is queued for review."
    ),
    QuoteStatus.MOVED: "The words were found, at a different place in the source.",
    QuoteStatus.CHANGED: "Only approximately the same words are in the source now.",
    QuoteStatus.CHANGED_FIGURE: (
        "A figure in the quote is not the figure the source gives now; the claim is queued for "
        "review."
    ),
    QuoteStatus.GONE: (
        "The source's page is no longer there; we keep the copy we checked, and the claim is "
        "queued for review."
    ),
}


@dataclass(frozen=True)
class FigureWithRivals:
    figure: Figure
    rivals: list[Figure]
    # The figure beside its rivals, drawn (claims.chart); none for a retracted claim's withdrawn
    # figure, a date, or a figure nothing comparable competes with.
    chart: SafeString | None = None


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


@require_safe
def claim_index(request: HttpRequest) -> HttpResponse:
    claims = (
        Claim.objects.public()
        .select_related("claimant")
        .prefetch_related("topics")
        .order_by("-published_at", "-id")
    )
    filters = PublicClaimFilter(request.GET, queryset=claims)
    page = Paginator(filters.qs.distinct(), CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "claims/index.html",
        {"filters": filters, "page": page, "page_query": _query_without_page(request)},
        # A filter value that names nothing is the reader's error, said on the page: a 400, so
        # that neither a crawler nor a cache takes the page for an empty list.
        status=400 if filters.errors else 200,
    )


def _query_without_page(request: HttpRequest) -> str:
    params = [(k, v) for k, v in request.GET.items() if k != "page" and v]
    return urlencode(params)


@require_safe
def claim_page(request: HttpRequest, pk: int) -> HttpResponse:
    claim = get_object_or_404(Claim.objects.visible_to(request.user).with_related(), pk=pk)
    page_url = _absolute(request, claim.get_public_url())
    figures = []
    for figure in claim.figures.all():
        rivals = public_competitors(metric=figure.metric, exclude_claim=claim)
        chart = None
        if claim.status != ClaimStatus.RETRACTED:
            chart = figure_chart(figure, rivals, chart_id=f"chart-{figure.pk}")
        figures.append(FigureWithRivals(figure=figure, rivals=rivals, chart=chart))
    transitions = public_transitions(claim)
    status_change = (
        next((t for t in reversed(transitions) if t.to_status == claim.status), None)
        if claim.status in (ClaimStatus.CORRECTED, ClaimStatus.RETRACTED)
        else None
    )
    context: dict[str, Any] = {
        "claim": claim,
        "figures": figures,
        "citations": list(claim.citations.all()),
        "transitions": transitions,
        "history": public_history(claim, transitions),
        "status_change": status_change,
        # A retracted claim's verdict is shown as withdrawn, never as a badge that stands.
        "retraction": status_change if claim.status == ClaimStatus.RETRACTED else None,
        "verdict_class": claim.verdict.replace("_", "-"),
        "canonical_url": page_url,
        "is_preview": not claim.is_public,
        "rank_preferred": Rank.PREFERRED,
        "difference_none": Difference.NONE,
    }
    if has_claim_review(claim):
        # Only a claim whose verdict stands is offered for embedding (and marked up): cards
        # already embedded and oEmbed answers of a retracted claim go on showing the retraction.
        context["claim_review"] = claim_review(claim, page_url=page_url)
        context["observations"] = observation_graph(
            claim_observations(claim, absolute=request.build_absolute_uri)
        )
        context["oembed_url"] = (
            _absolute(request, reverse("oembed"))
            + "?"
            + urlencode({"url": page_url, "format": "json"})
        )
        context["snippets"] = embed_snippets(claim, request)
        context["pinned_snippets"] = embed_snippets(claim, request, version=claim.version)
    response = render(request, "claims/claim.html", context)
    if not claim.is_public:
        response["X-Robots-Tag"] = "noindex"
        response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def claim_page_slug(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    """/claims/12/some-words/ is the same page; the canonical address has no slug."""
    return HttpResponsePermanentRedirect(reverse("claim_page", args=[pk]))


@require_safe
def source_page(request: HttpRequest, pk: int) -> HttpResponse:
    """A source and the public claims that cite it; a source only drafts cite is not public."""
    source = get_object_or_404(Source.objects.select_related("publisher", "parent"), pk=pk)
    claims = public_claims_citing(source)
    if not claims:
        return render(
            request,
            "claims/not_found.html",
            {"message": "No published claim cites this source."},
            status=404,
        )
    return render(request, "claims/source.html", {"source": source, "claims": claims})


@require_safe
def methodology(request: HttpRequest) -> HttpResponse:
    scale = [
        {
            "label": verdict.label,
            "value": verdict.value,
            "css": verdict.value.replace("_", "-"),
            "rating": verdict.rating_value,
            "meaning": VERDICT_MEANINGS[verdict],
        }
        for verdict in Verdict
    ]
    return render(
        request,
        "claims/methodology.html",
        {
            "scale": scale,
            "best": Verdict.best_rating(),
            "worst": Verdict.worst_rating(),
            "ranks": list(Rank),
            "differences": [d for d in Difference if d != Difference.NONE],
            "quote_statuses": [(s.label, QUOTE_STATUS_MEANINGS[s]) for s in QuoteStatus],
        },
    )


@require_safe
def corrections(request: HttpRequest) -> HttpResponse:
    page: Page[Any] = Paginator(corrections_log(), CORRECTIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "claims/corrections.html", {"page": page})
