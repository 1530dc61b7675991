"""Published figures as schema.org Observations (JSON-LD, claims.observation) in the API: one
claim's, /claims/{id}/observations/ (added to the claims' viewset), and all of them,
/observations/, a page of claims at a time. Only claims whose verdict stands have them, as only
they have a ClaimReview: a draft's or a retracted claim's answers 404, as its ClaimReview does."""

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims import selectors
from claims.api.filters import ClaimFilter, StrictFilterBackend
from claims.api.pagination import ClaimCursorPagination
from claims.api.renderers import JSONLDRenderer, JSONRenderer
from claims.api.response_cache import cached_read
from claims.api.schema import read_errors
from claims.models import Claim
from claims.observation import claim_observations, observation_graph
from core.ids import parse_id

# The answer's schema: one JSON-LD graph. Its fields' names start with "@", which no class body
# can spell; and it is never wrapped in DRF's page of results (many=False), even for the list.
ObservationGraph = extend_schema_serializer(many=False)(
    type(
        "ObservationGraph",
        (serializers.Serializer,),
        {
            "@context": serializers.ChoiceField(choices=["https://schema.org"], read_only=True),
            "@graph": serializers.ListField(
                child=serializers.DictField(),
                read_only=True,
                help_text="schema.org Observations, one a figure: variableMeasured (the metric, "
                "a StatisticalVariable with its definition), observationAbout (the claim's "
                "place), observationDate (when the period is a date), value or "
                "minValue/maxValue, unitCode or unitText, measurementMethod, a description "
                "that says who claims the figure and our verdict, and subjectOf (the sources it "
                "appears in, and the ClaimReview that rates the claim).",
            ),
        },
    )
)
LINK = OpenApiParameter(
    "Link",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    response=[200],
    description='The next and previous pages (rel="next", rel="prev"), when there are any: the '
    "body is JSON-LD and nothing else.",
)


class ClaimObservationsMixin:
    """Added to the claims' viewset: /claims/{id}/observations/."""

    @extend_schema(
        summary="The claim's figures as schema.org Observations (published and corrected claims)",
        description="Each figure as JSON-LD: the number, its measure, place, date and unit, "
        "where it was said, and the ClaimReview that rates the claim.",
        responses={
            (200, "application/ld+json"): ObservationGraph,
            **read_errors(),
        },
    )
    @action(
        detail=True,
        methods=["get"],
        url_path="observations",
        url_name="observations",
        renderer_classes=[JSONLDRenderer, JSONRenderer],
        filter_backends=[],
        pagination_class=None,
    )
    @cached_read
    def observations(self, request: Request, pk: str | None = None) -> Response:
        claim_id = parse_id(str(pk))
        claim = (
            selectors.claims_reviewed(request.user).filter(pk=claim_id).first()
            if claim_id is not None
            else None
        )
        if claim is None:
            raise Http404
        return Response(
            observation_graph(claim_observations(claim, absolute=request.build_absolute_uri))
        )


@extend_schema(
    summary="Every published figure as a schema.org Observation (JSON-LD), newest change first",
    description="The figures of every claim whose verdict stands (published or corrected), as "
    "one JSON-LD graph a page of claims at a time; the Link header gives the next page. A "
    "retracted claim's figures are withdrawn with its verdict and are not listed.",
    parameters=[LINK],
    responses={(200, "application/ld+json"): ObservationGraph, **read_errors()},
)
class ObservationFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet[Claim]):
    pagination_class = ClaimCursorPagination
    renderer_classes = [JSONLDRenderer, JSONRenderer]
    filter_backends = [StrictFilterBackend]
    filterset_class = ClaimFilter

    def get_queryset(self) -> QuerySet[Claim]:
        return selectors.claims_reviewed(self.request.user)

    @cached_read
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        assert page is not None
        assert self.paginator is not None
        paginator: ClaimCursorPagination = self.paginator  # type: ignore[assignment]
        graph = [
            observation
            for claim in page
            for observation in claim_observations(claim, absolute=request.build_absolute_uri)
        ]
        links = [
            f'<{url}>; rel="{rel}"'
            for url, rel in (
                (paginator.get_next_link(), "next"),
                (paginator.get_previous_link(), "prev"),
            )
            if url
        ]
        headers = {"Link": ", ".join(links)} if links else None
        return Response(observation_graph(graph), headers=headers)
