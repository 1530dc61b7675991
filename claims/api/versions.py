"""A claim's frozen public versions in the API: the list (what each version was, and why it was
made) and each version's document as readers got it then (claims.models.ClaimVersion)."""

from typing import Any

from django.http import Http404
from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims import documents, selectors
from claims.api.schema import read_errors
from claims.api.serializers import ClaimSerializer
from claims.models import Claim, ClaimVersion, VersionKind
from core.ids import parse_id

# A frozen version never changes, so a cache may keep it as long as it likes; a day bounds what a
# proxy keeps of a claim that an administrator deleted outright.
FROZEN_MAX_AGE = 86400


class ClaimVersionSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField(read_only=True)
    kind = serializers.ChoiceField(
        choices=VersionKind.choices,
        read_only=True,
        help_text="Why this version was made: published, corrected, retracted, or updated (a "
        "shared record it shows, such as its metric or claimant, changed).",
    )
    note = serializers.CharField(read_only=True, help_text="The public note.")
    frozen_at = serializers.DateTimeField(source="created_at", read_only=True)
    document = serializers.SerializerMethodField(help_text="This version's document.")

    def get_document(self, version: ClaimVersion) -> str:
        request = self.context["request"]
        return str(
            request.build_absolute_uri(
                reverse("api:claim-version", args=[version.claim_id, version.version])
            )
        )


def _number_or_404(raw: Any) -> int:
    number = parse_id(str(raw))
    if number is None:
        raise Http404
    return number


class ClaimVersionsMixin:
    """Added to the claims' viewset: /claims/{id}/versions/ and /claims/{id}/versions/{n}/."""

    @extend_schema(
        summary="A claim's public versions",
        description="Every publication, correction, retraction and update of a claim, oldest "
        "first, each with its public note and the address of its frozen document.",
        responses={200: ClaimVersionSerializer(many=True), **read_errors()},
    )
    # A claim's versions are few and answered whole: no page, and none of the claim list's
    # filters (without these, the schema promised a page of results filtered like the list).
    @action(
        detail=True,
        methods=["get"],
        url_path="versions",
        url_name="versions",
        pagination_class=None,
        filter_backends=[],
    )
    def versions(self, request: Request, pk: str | None = None) -> Response:
        claim_id = _number_or_404(pk)
        rows = list(selectors.claim_versions(request.user, claim_id))
        if not rows and not Claim.objects.visible_to(request.user).filter(pk=claim_id).exists():
            raise Http404
        return Response(ClaimVersionSerializer(rows, many=True, context={"request": request}).data)

    @extend_schema(
        summary="One public version of a claim, as it was published",
        description="The claim's document frozen when this version was made: what the page, "
        "card, API and ClaimReview showed then, whatever changed since.",
        parameters=[OpenApiParameter("number", int, OpenApiParameter.PATH)],
        responses={200: ClaimSerializer, **read_errors()},
    )
    @action(
        detail=True,
        methods=["get"],
        url_path=r"versions/(?P<number>[^/]+)",
        url_name="version",
        pagination_class=None,
        filter_backends=[],
    )
    def version(self, request: Request, pk: str | None = None, number: str = "") -> Response:
        frozen = selectors.claim_version(request.user, _number_or_404(pk), _number_or_404(number))
        if frozen is None:
            raise Http404
        response = Response(
            documents.frozen_answer(frozen.document, request),
            headers={"ETag": f'"claim-{frozen.claim_id}-v{frozen.version}-frozen"'},
        )
        response["Cache-Control"] = f"max-age={FROZEN_MAX_AGE}"
        return response
