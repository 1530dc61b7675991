"""A claim's page as one of its public versions was published: the frozen document
(claims.models.ClaimVersion) rendered for readers, whatever changed since."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from claims import selectors
from claims.documents import CLAIM, frozen_instance
from claims.models import Claim, ClaimStatus


# Read-only: a POST, PUT or DELETE is a 405, never the page as if a write had been done.
@require_safe
def claim_version_page(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    frozen = selectors.claim_version(request.user, pk, number)
    if frozen is None:
        raise Http404("This claim has no public version with that number.")
    claim: Any = frozen_instance(CLAIM, frozen.document)
    current = Claim.objects.visible_to(request.user).only("id", "version", "status").get(pk=pk)
    context = {
        "frozen": frozen,
        "claim": claim,
        "figures": claim.frozen_figures,
        "citations": claim.frozen_citations,
        "topics": claim.frozen_topics,
        "retracted": claim.status == ClaimStatus.RETRACTED,
        "verdict_class": (claim.verdict or "").replace("_", "-"),
        "current": current,
        "versions": list(selectors.claim_versions(request.user, pk)),
    }
    response = render(request, "claims/claim_version.html", context)
    # A version's page never changes, but the list of later versions on it does.
    response["Cache-Control"] = "public, max-age=60"
    return response
