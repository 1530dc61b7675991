"""The REST API, /api/v1/: thin views that read through claims.api.selectors and write through
claims.services, under the same access rules as the admin."""

import csv
import itertools
import math
from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.http import http_date
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import filters, mixins, serializers, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.serializers import AuthTokenSerializer
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.decorators import action
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from claims import documents, selectors, services
from claims.api.conditional import not_modified_since, require_if_match
from claims.api.filters import (
    ClaimFilter,
    EntityFilter,
    FigureFilter,
    MetricFilter,
    SourceFilter,
    StrictFilterBackend,
)
from claims.api.observations import ClaimObservationsMixin
from claims.api.pagination import (
    ClaimCursorPagination,
    FigureCursorPagination,
    NameCursorPagination,
)
from claims.api.parsers import JSONParser
from claims.api.renderers import CSVRenderer, JSONLDRenderer, JSONRenderer
from claims.api.response_cache import cached_read
from claims.api.schema import DETAIL, FIELD_ERRORS, IF_MATCH, read_errors, write_errors
from claims.api.serializers import (
    CitationCreateInput,
    CitationInput,
    CitationSerializer,
    ClaimCreateInput,
    ClaimSerializer,
    ClaimUpdateInput,
    CorrectInput,
    DuplicateErrorSerializer,
    EntitySerializer,
    ErrorSerializer,
    FigureCreateInput,
    FigureInput,
    FigureSerializer,
    MetricDetailSerializer,
    MetricSerializer,
    NoteInput,
    PublishInput,
    RequiredNoteInput,
    SourceSerializer,
    claim_page_url,
)
from claims.api.throttling import (
    LoginAddressThrottle,
    LoginOverallThrottle,
    LoginThrottled,
    login_locked_until,
)
from claims.api.versions import ClaimVersionsMixin
from claims.claimreview import claim_review
from claims.models import Citation, Claim, Figure, Metric
from claims.services.records import DuplicateRecordError, appearance_offered
from core.ids import parse_id
from sources.models import Entity, Source


class StrictOrderingFilter(filters.OrderingFilter):
    """Refuses an unknown ordering with 400 instead of ignoring it silently."""

    def get_ordering(self, request: Request, queryset: QuerySet[Any], view: Any) -> Any:
        if self.ordering_param in request.query_params:
            terms = request.query_params[self.ordering_param].split(",")
            allowed = set(view.ordering_fields)
            if not all(term.removeprefix("-") in allowed for term in terms):
                raise serializers.ValidationError(
                    {self.ordering_param: [f"Order by one or more of: {', '.join(allowed)}."]}
                )
        return super().get_ordering(request, queryset, view)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        fields = "|".join(view.ordering_fields)
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"Comma-separated fields, `-` first for descending: {fields}.",
                "schema": {"type": "string", "pattern": f"^-?({fields})(,-?({fields}))*$"},
            }
        ]


# list and retrieve answered from the API cache for anonymous readers (response_cache), for
# viewsets that have both; a viewset's own decorated handler takes precedence. No docstring:
# drf-spectacular would print it as every operation's description.
class CachedReads:
    @cached_read
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)  # type: ignore[misc]

    @cached_read
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().retrieve(request, *args, **kwargs)  # type: ignore[misc]


# Every id reaches the view, which answers 404 in JSON for ids that are not ids.
ANY_SEGMENT = "[^/]+"

DUPLICATE_CONFLICT = OpenApiResponse(
    DuplicateErrorSerializer,
    description="Already recorded on another claim (`duplicates` names it), or refused by a "
    "database rule (`detail` alone).",
)


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Claims you may see (anonymous: published, corrected and retracted), "
        "newest change first, a page at a time. A retracted claim keeps its verdict marked "
        '"withdrawn": true, with retraction (date, reason) saying when and why.',
        responses={200: ClaimSerializer(many=True), **read_errors()},
    ),
    retrieve=extend_schema(
        summary="One claim",
        description="With ETag and Last-Modified; send If-None-Match or If-Modified-Since for "
        "a 304 when it has not changed.",
        responses={
            200: ClaimSerializer,
            304: OpenApiResponse(description="Not modified since the ETag or date you sent."),
            **read_errors(),
        },
    ),
    create=extend_schema(
        summary="Record a claim (a draft)",
        description="A claim already recorded is found by its quote and figures: adding a "
        "citation or a figure that another claim holds answers 409, naming that claim.",
        request=ClaimCreateInput,
        responses={201: ClaimSerializer, **write_errors(existing=False)},
    ),
    partial_update=extend_schema(
        summary="Edit a draft or in-review claim",
        request=ClaimUpdateInput,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    ),
)
class ClaimViewSet(
    ClaimVersionsMixin,
    ClaimObservationsMixin,
    CachedReads,
    mixins.ListModelMixin,
    viewsets.GenericViewSet[Claim],
):
    lookup_value_regex = ANY_SEGMENT
    serializer_class = ClaimSerializer
    pagination_class = ClaimCursorPagination
    filter_backends = [StrictFilterBackend, StrictOrderingFilter]
    filterset_class = ClaimFilter
    ordering_fields = ["updated_at", "created_at", "id"]
    http_method_names = ["get", "post", "patch", "head"]

    def get_queryset(self) -> QuerySet[Claim]:
        claims = Claim.objects.visible_to(self.request.user)
        return documents.page_rows(claims) if self.action == "list" else claims

    @cached_read
    def retrieve(self, request: Request, pk: str | None = None) -> Response:
        document = documents.claim_document(request.user, _id_or_404(pk))
        etag = document.etag
        headers = {"ETag": etag}
        if document.last_modified is not None:
            headers["Last-Modified"] = http_date(document.last_modified.timestamp())
        if not_modified_since(request, etag, headers.get("Last-Modified")):
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        response = Response(document.answer(request), headers=headers)
        response["Cache-Control"] = "no-cache"
        return response

    def create(self, request: Request) -> Response:
        data = _validated(ClaimCreateInput, request.data)
        claim = services.claim_create(actor=request.user, **data)  # type: ignore[arg-type]
        response = claim_response(request, claim.pk, status.HTTP_201_CREATED)
        response["Location"] = response.data["links"]["self"]
        return response

    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        def edit(claim: Claim, data: dict[str, Any]) -> None:
            services.claim_update(
                claim=claim,
                actor=request.user,  # type: ignore[arg-type]
                expected_version=claim.version,
                **data,
            )

        return self._write(ClaimUpdateInput, edit)

    @extend_schema(
        summary="Add a figure to a draft or in-review claim",
        description="A figure another claim already records for the same metric, with the "
        "same value, from a source this claim cites is refused with 409 naming that claim; "
        'send `"allow_duplicate": true` to record it anyway.',
        request=FigureCreateInput,
        parameters=[IF_MATCH],
        responses={201: ClaimSerializer, **write_errors(), 409: DUPLICATE_CONFLICT},
    )
    @action(detail=True, methods=["post"])
    def figures(self, request: Request, pk: str | None = None) -> Response:
        def add(claim: Claim, data: dict[str, Any]) -> None:
            services.figure_add(claim=claim, actor=request.user, **data)  # type: ignore[arg-type]

        return self._write_new(FigureCreateInput, add)

    @extend_schema(
        summary="Cite a source for a draft or in-review claim",
        description="The quote is checked against the source's newest snapshot. A quote "
        "another claim already cites (whatever the whitespace, case or quotation marks), or a "
        "source another claim cites for one of this claim's figures, is refused with 409 "
        "naming that claim and, where it can be, how to cite this source on it as another "
        'appearance instead; send `"allow_duplicate": true` to record it anyway.',
        request=CitationCreateInput,
        parameters=[IF_MATCH],
        responses={201: ClaimSerializer, **write_errors(), 409: DUPLICATE_CONFLICT},
    )
    @action(detail=True, methods=["post"])
    def citations(self, request: Request, pk: str | None = None) -> Response:
        def add(claim: Claim, data: dict[str, Any]) -> None:
            services.citation_add(claim=claim, actor=request.user, **data)  # type: ignore[arg-type]

        return self._write_new(CitationCreateInput, add)

    @extend_schema(
        summary="Submit a draft for review",
        request=NoteInput,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    )
    @action(detail=True, methods=["post"])
    def submit(self, request: Request, pk: str | None = None) -> Response:
        def move(claim: Claim, data: dict[str, Any]) -> None:
            services.claim_submit_for_review(claim=claim, actor=request.user, note=data["note"])  # type: ignore[arg-type]

        return self._write(NoteInput, move)

    @extend_schema(
        summary="Return a claim in review to draft",
        request=RequiredNoteInput,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    )
    @action(detail=True, methods=["post"], url_path="return", url_name="return")
    def return_to_draft(self, request: Request, pk: str | None = None) -> Response:
        def move(claim: Claim, data: dict[str, Any]) -> None:
            services.claim_return_to_draft(claim=claim, actor=request.user, note=data["note"])  # type: ignore[arg-type]

        return self._write(RequiredNoteInput, move)

    @extend_schema(
        summary="Publish a claim in review, with its verdict",
        description="Reviewers only, and nobody who drafted the claim or changed it since it was last reviewed (two-person rule).",
        request=PublishInput,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, pk: str | None = None) -> Response:
        def move(claim: Claim, data: dict[str, Any]) -> None:
            services.claim_publish(claim=claim, actor=request.user, **data)  # type: ignore[arg-type]

        return self._write(PublishInput, move)

    @extend_schema(
        summary="Correct a published claim",
        description="Verdict, explanation, figures and citations (changed or added) in one "
        "step, with a public note; all or nothing. A changed or new quote must be in its "
        "source's newest snapshot.",
        request=CorrectInput,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    )
    @action(detail=True, methods=["post"])
    def correct(self, request: Request, pk: str | None = None) -> Response:
        def move(claim: Claim, data: dict[str, Any]) -> None:
            figure_changes = {changes.pop("id"): changes for changes in data.pop("figures", [])}
            citation_changes = {c.pop("id"): c for c in data.pop("citations", [])}
            services.claim_correct(
                claim=claim,
                actor=request.user,  # type: ignore[arg-type]
                figure_changes=figure_changes,
                citation_changes=citation_changes,
                new_citations=data.pop("new_citations", []),
                **data,
            )

        return self._write(CorrectInput, move)

    @extend_schema(
        summary="Retract a published claim",
        request=RequiredNoteInput,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    )
    @action(detail=True, methods=["post"])
    def retract(self, request: Request, pk: str | None = None) -> Response:
        def move(claim: Claim, data: dict[str, Any]) -> None:
            services.claim_retract(claim=claim, actor=request.user, reason=data["note"])  # type: ignore[arg-type]

        return self._write(RequiredNoteInput, move)

    @extend_schema(
        summary="The claim's schema.org ClaimReview (published and corrected claims)",
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **read_errors()},
    )
    @action(
        detail=True,
        methods=["get"],
        renderer_classes=[JSONLDRenderer, JSONRenderer],
        filter_backends=[],
        pagination_class=None,
    )
    @cached_read
    def claimreview(self, request: Request, pk: str | None = None) -> Response:
        claim = _get_or_404(selectors.claims_reviewed(request.user), pk)
        page_url = claim_page_url({"request": request}, claim)
        return Response(claim_review(claim, page_url=page_url))

    # --- helpers ------------------------------------------------------------------------------

    def _write_new(
        self,
        input_class: type[serializers.Serializer[Any]],
        change: Callable[[Claim, dict[str, Any]], None],
    ) -> Response:
        """_write for a new figure or citation: 201, or 409 when it is already recorded."""
        try:
            return self._write(input_class, change, status.HTTP_201_CREATED)
        except DuplicateRecordError as error:
            return duplicate_conflict(self.request, error)

    def _write(
        self,
        input_class: type[serializers.Serializer[Any]],
        change: Callable[[Claim, dict[str, Any]], None],
        code: int = status.HTTP_200_OK,
    ) -> Response:
        with transaction.atomic():
            claim = _locked_claim(self.request, self.kwargs["pk"])
            require_if_match(self.request, claim)
            change(claim, _validated(input_class, self.request.data))
        return claim_response(self.request, claim.pk, code)


def duplicate_conflict(request: Request, error: DuplicateRecordError) -> Response:
    """409: the claims that already record it, and how to cite the source on one instead."""
    user: Any = request.user
    offered = {
        duplicate.claim.pk
        for duplicate in error.duplicates
        if appearance_offered(duplicate=duplicate, actor=user, source=error.source)
    }
    context = {"request": request, "source": error.source, "quote": error.quote, "offered": offered}
    body = {"detail": error.messages[0], "duplicates": error.duplicates}
    return Response(
        DuplicateErrorSerializer(body, context=context).data, status=status.HTTP_409_CONFLICT
    )


def claim_response(request: Request, pk: int, code: int = status.HTTP_200_OK) -> Response:
    """Every write answers with the claim as it now is, and its new ETag for the next write."""
    # In a transaction, so read on the primary (core.routers): a replica may not have the
    # write yet, and the answer's ETag is the one the next write must send.
    with transaction.atomic():
        document = documents.claim_document(request.user, pk, last_modified=False)
    response = Response(document.answer(request), status=code)
    response["ETag"] = document.etag
    response["Cache-Control"] = "no-cache"
    return response


def _id_or_404(pk: Any) -> int:
    """`pk` as a database id (core.ids' rule); 404 for anything else, including ids no database
    column could hold and digits int() reads but an address should not ("٣", "1_0")."""
    number = parse_id(str(pk))
    if number is None:
        raise Http404
    return number


def _get_or_404(queryset: QuerySet[Any], pk: Any) -> Any:
    """The object with id `pk` in `queryset`; 404 for anything else."""
    return get_object_or_404(queryset, pk=_id_or_404(pk))


def _locked_claim(request: Request, pk: Any) -> Claim:
    """The claim `request.user` may see, locked until the write commits."""
    # Locked so that no other edit lands between the If-Match check and this write.
    queryset = selectors.claims_for_api(request.user).select_for_update(of=("self",))
    claim: Claim = _get_or_404(queryset, pk)
    return claim


def _refuse_unknown_fields(serializer: serializers.Serializer[Any], data: Any) -> None:
    """A misspelt field must not be silently dropped: the client would think it was saved."""
    if isinstance(data, dict):
        unknown = sorted(set(data) - set(serializer.fields))
        if unknown:
            raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})


def _validated(input_class: type[serializers.Serializer[Any]], data: Any) -> dict[str, Any]:
    serializer = input_class(data=data)
    _refuse_unknown_fields(serializer, data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


@extend_schema_view(
    list=extend_schema(
        summary="List figures, with the claim and citations each comes from",
        responses={200: FigureSerializer(many=True), **read_errors()},
    ),
    retrieve=extend_schema(
        summary="One figure", responses={200: FigureSerializer, **read_errors()}
    ),
    partial_update=extend_schema(
        summary="Edit a figure of a draft or in-review claim",
        request=FigureInput(partial=True),
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    ),
    destroy=extend_schema(
        summary="Remove a figure from a draft or in-review claim",
        request=None,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    ),
)
class FigureViewSet(
    CachedReads, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet[Figure]
):
    lookup_value_regex = ANY_SEGMENT
    serializer_class = FigureSerializer
    pagination_class = FigureCursorPagination
    filter_backends = [StrictFilterBackend, StrictOrderingFilter]
    filterset_class = FigureFilter
    ordering_fields = ["id", "updated_at"]
    http_method_names = ["get", "patch", "delete", "head"]

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        if isinstance(response, Response) and isinstance(response.accepted_renderer, CSVRenderer):
            # An error on the CSV export (a bad filter): JSON naming the field, as elsewhere.
            response.accepted_renderer = JSONRenderer()
            response.accepted_media_type = JSONRenderer.media_type
        return response

    def get_queryset(self) -> QuerySet[Figure]:
        return selectors.figures_for_api(self.request.user)

    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        with transaction.atomic():
            figure = self._figure_of_locked_claim(request)
            changes = _validated_partial(FigureInput, request.data)
            services.figure_update(figure=figure, actor=request.user, **changes)  # type: ignore[arg-type]
        return claim_response(request, figure.claim_id)

    def destroy(self, request: Request, pk: str | None = None) -> Response:
        with transaction.atomic():
            figure = self._figure_of_locked_claim(request)
            services.figure_delete(figure=figure, actor=request.user)  # type: ignore[arg-type]
        return claim_response(request, figure.claim_id)

    def _figure_of_locked_claim(self, request: Request) -> Figure:
        figure: Figure = _get_or_404(Figure.objects.visible_to(request.user), self.kwargs["pk"])
        figure.claim = _locked_claim(request, figure.claim_id)
        require_if_match(request, figure.claim)
        return figure

    @extend_schema(
        summary="The figures as CSV, one row per figure and citation, with provenance",
        filters=True,
        description="Takes every filter the figures list takes (claim, metric, topic, unit, "
        "rank, value_min, value_max, status, verdict, claimant, source, updated_since) and its "
        "ordering, with the same 400s: an unknown parameter, or a value that names nothing. "
        "A retracted claim's figures are included, marked: claim_status "
        '"retracted", verdict_withdrawn "True", retracted_at and retraction_reason. Its verdict '
        "no longer stands; leave those rows out to keep only figures whose verdict does.",
        responses={
            (200, "text/csv"): OpenApiTypes.STR,
            # Errors are JSON, whatever was asked (finalize_response below).
            **{(code, "application/json"): error for code, error in read_errors().items()},
        },
    )
    @action(
        detail=False,
        methods=["get"],
        pagination_class=None,
        url_path="csv",
        renderer_classes=[CSVRenderer, JSONRenderer],
    )
    def export_csv(self, request: Request) -> StreamingHttpResponse:
        figures = self.filter_queryset(self.get_queryset())
        if "ordering" not in request.query_params:
            figures = figures.order_by("id")
        response = StreamingHttpResponse(
            _csv_rows(request, figures), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="tally-figures.csv"'
        return response


class _Echo:
    def write(self, value: str) -> str:
        return value


CSV_BATCH = 500  # figures whose claims' documents are read in one query


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell as text a spreadsheet will not run: a leading formula character is escaped with a
    quote, unless the cell is a number ("-3.500000" stays a number)."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_STARTS):
        return value
    try:
        Decimal(value)
    except InvalidOperation:
        return "'" + value
    return value if value.strip() == value else "'" + value


def _csv_rows(request: Request, figures: QuerySet[Figure]) -> Iterator[str]:
    """The figures' CSV, as claims.documents lays it out from the claims' documents."""
    writer = csv.writer(_Echo())
    yield writer.writerow(documents.figures_csv_header())
    pairs = (
        figures.prefetch_related(None).values_list("id", "claim_id").iterator(chunk_size=CSV_BATCH)
    )
    while batch := list(itertools.islice(pairs, CSV_BATCH)):
        for row in documents.figures_csv_rows(batch, request):
            yield writer.writerow([csv_cell(cell) for cell in row])


def _validated_partial(input_class: type[serializers.Serializer[Any]], data: Any) -> dict[str, Any]:
    serializer = input_class(data=data, partial=True)
    _refuse_unknown_fields(serializer, data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


class CitationDetailSerializer(CitationSerializer):
    claim: serializers.PrimaryKeyRelatedField[Claim] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )

    class Meta(CitationSerializer.Meta):
        fields = [*CitationSerializer.Meta.fields, "claim"]


@extend_schema_view(
    retrieve=extend_schema(
        summary="One citation",
        responses={200: CitationDetailSerializer, **read_errors()},
    ),
    partial_update=extend_schema(
        summary="Edit a citation of a draft or in-review claim",
        request=CitationInput(partial=True),
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    ),
    destroy=extend_schema(
        summary="Remove a citation from a draft or in-review claim",
        request=None,
        parameters=[IF_MATCH],
        responses={200: ClaimSerializer, **write_errors()},
    ),
)
class CitationViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet[Citation]):
    lookup_value_regex = ANY_SEGMENT
    serializer_class = CitationDetailSerializer
    http_method_names = ["get", "patch", "delete", "head"]

    def get_queryset(self) -> QuerySet[Citation]:
        return selectors.citations_with_sources().filter(
            claim__in=Claim.objects.visible_to(self.request.user)
        )

    def get_object(self) -> Citation:
        citation: Citation = _get_or_404(self.get_queryset(), self.kwargs["pk"])
        return citation

    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        with transaction.atomic():
            citation = self._citation_of_locked_claim(request)
            changes = _validated_partial(CitationInput, request.data)
            services.citation_update(citation=citation, actor=request.user, **changes)  # type: ignore[arg-type]
        return claim_response(request, citation.claim_id)

    def destroy(self, request: Request, pk: str | None = None) -> Response:
        with transaction.atomic():
            citation = self._citation_of_locked_claim(request)
            services.citation_delete(citation=citation, actor=request.user)  # type: ignore[arg-type]
        return claim_response(request, citation.claim_id)

    def _citation_of_locked_claim(self, request: Request) -> Citation:
        citation = self.get_object()
        citation.claim = _locked_claim(request, citation.claim_id)
        require_if_match(request, citation.claim)
        return citation


@extend_schema_view(
    list=extend_schema(
        summary="List metrics", responses={200: MetricSerializer(many=True), **read_errors()}
    ),
    retrieve=extend_schema(
        summary="One metric, with its competing figures and their ranks",
        responses={200: MetricDetailSerializer, **read_errors()},
    ),
)
class MetricViewSet(CachedReads, viewsets.ReadOnlyModelViewSet[Metric]):
    lookup_value_regex = ANY_SEGMENT
    serializer_class = MetricSerializer
    pagination_class = NameCursorPagination
    filter_backends = [StrictFilterBackend]
    filterset_class = MetricFilter

    def get_queryset(self) -> QuerySet[Metric]:
        return selectors.metrics_for_api(self.request.user)

    def get_object(self) -> Metric:
        metric: Metric = _get_or_404(self.get_queryset(), self.kwargs["pk"])
        return metric

    @cached_read
    def retrieve(self, request: Request, pk: str | None = None) -> Response:
        metric = self.get_object()
        context = {
            **self.get_serializer_context(),
            "competing_figures": selectors.competing_figures(request.user, metric),
        }
        return Response(MetricDetailSerializer(metric, context=context).data)


@extend_schema_view(
    list=extend_schema(
        summary="List sources", responses={200: SourceSerializer(many=True), **read_errors()}
    ),
    retrieve=extend_schema(
        summary="One source", responses={200: SourceSerializer, **read_errors()}
    ),
)
class SourceViewSet(CachedReads, viewsets.ReadOnlyModelViewSet[Source]):
    lookup_value_regex = ANY_SEGMENT
    serializer_class = SourceSerializer
    pagination_class = NameCursorPagination
    filter_backends = [StrictFilterBackend]
    filterset_class = SourceFilter

    def get_queryset(self) -> QuerySet[Source]:
        return selectors.sources_for_api(self.request.user)

    def get_object(self) -> Source:
        source: Source = _get_or_404(self.get_queryset(), self.kwargs["pk"])
        return source


@extend_schema_view(
    list=extend_schema(
        summary="List entities (claimants and publishers)",
        responses={200: EntitySerializer(many=True), **read_errors()},
    ),
    retrieve=extend_schema(
        summary="One entity", responses={200: EntitySerializer, **read_errors()}
    ),
)
class EntityViewSet(CachedReads, viewsets.ReadOnlyModelViewSet[Entity]):
    lookup_value_regex = ANY_SEGMENT
    serializer_class = EntitySerializer
    pagination_class = NameCursorPagination
    filter_backends = [StrictFilterBackend]
    filterset_class = EntityFilter

    def get_queryset(self) -> QuerySet[Entity]:
        return selectors.entities_for_api(self.request.user)

    def get_object(self) -> Entity:
        entity: Entity = _get_or_404(self.get_queryset(), self.kwargs["pk"])
        return entity


@extend_schema_view(
    list=extend_schema(
        summary="Feed of ClaimReviews (schema.org DataFeed), newest change first",
        filters=True,
        responses={(200, "application/ld+json"): OpenApiTypes.OBJECT, **read_errors()},
    ),
)
class ClaimReviewFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet[Claim]):
    lookup_value_regex = ANY_SEGMENT
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
        elements = []
        for claim in page:
            review = claim_review(claim, page_url=claim_page_url({"request": request}, claim))
            review.pop("@context")
            elements.append(review)
        return Response(
            {
                "@context": "https://schema.org",
                "@type": "DataFeed",
                "next": paginator.get_next_link(),
                "previous": paginator.get_previous_link(),
                "dataFeedElement": elements,
            }
        )


def api_not_found(request: Any, path: str = "") -> JsonResponse:
    """Any other address under /api/: a 404 in JSON, like the API's own."""
    return JsonResponse({"detail": "Not found."}, status=404)


class TokenInput(AuthTokenSerializer):
    # An account's username is at most 150 characters; a longer one is refused before it is
    # tried, and so never reaches the login-failure log (django-axes), whose column is 255.
    # Not trimmed: "  " is a string the schema allows, so it is tried (and refused, 401) as
    # given rather than turned into a blank field (400).
    username = serializers.CharField(
        label="Username", max_length=150, write_only=True, trim_whitespace=False
    )
    password = serializers.CharField(
        label="Password",
        max_length=4096,
        style={"input_type": "password"},
        trim_whitespace=False,
        write_only=True,
    )


class LoginRefusedSerializer(ErrorSerializer):
    locked_until = serializers.DateTimeField(
        required=False,
        help_text="Only for a username locked after failed logins from your address: when it "
        "may try again (also in Retry-After, in seconds).",
    )


@extend_schema(
    summary="Exchange a username and password for an API token",
    responses={
        200: OpenApiResponse(
            {"type": "object", "properties": {"token": {"type": "string"}}, "required": ["token"]}
        ),
        400: FIELD_ERRORS,
        401: DETAIL[401],
        # A form or multipart body whose Content-Type cannot be read (a broken boundary).
        415: DETAIL[415],
        429: OpenApiResponse(
            LoginRefusedSerializer,
            description="Too many login attempts from your address, or to the site as a whole; "
            "or this username is locked after failed logins from your address (locked_until). "
            "Retry-After says how many seconds to wait. No token is issued, even for the right "
            "password.",
        ),
    },
)
class TokenView(ObtainAuthToken):
    """A wrong username or password is 401 (not 400): the request was well formed. Throttled per
    address and overall, and a username locked by the admin's lock-out rule (django-axes) is
    429 saying until when."""

    serializer_class = TokenInput
    # ObtainAuthToken names its own parsers; these are the project's (deep JSON is a 400).
    parser_classes = [FormParser, MultiPartParser, JSONParser]
    # ObtainAuthToken turns throttling off, and the API's general rates (600 a minute per
    # address) are far above what password guessing should get.
    throttle_classes = [LoginAddressThrottle, LoginOverallThrottle]

    def check_throttles(self, request: Request) -> None:
        # In order, stopping at the first refusal: a request refused for its address does not
        # spend the overall budget, which one address alone could otherwise use up for everyone.
        for throttle in self.get_throttles():
            if not throttle.allow_request(request, self):
                raise LoginThrottled(throttle.wait(), detail=getattr(throttle, "message", None))

    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serializer = self.get_serializer(data=request.data)
        if serializer.is_valid():
            token, _ = Token.objects.get_or_create(user=serializer.validated_data["user"])
            return Response({"token": token.key})
        errors = serializer.errors
        # Only a refused username and password is a failed login (401, or locked); a body that
        # is not an object, say, is a 400 like any other invalid input.
        refusal = errors["non_field_errors"][0] if set(errors) == {"non_field_errors"} else None
        if refusal is None or refusal.code != "authorization":
            raise serializers.ValidationError(errors)
        locked_until = login_locked_until(request)
        if locked_until is not None:
            return self._locked_out(locked_until)
        raise AuthenticationFailed(refusal)

    @staticmethod
    def _locked_out(until: datetime) -> Response:
        wait = max(0, math.ceil((until - timezone.now()).total_seconds()))
        minutes = math.ceil(wait / 60)
        return Response(
            {
                "detail": "This username is locked after too many failed logins from your "
                f"address. Try again in {minutes} minute{'s' if minutes != 1 else ''}, "
                f"after {until.isoformat(timespec='seconds')}.",
                "locked_until": until,
            },
            status=status.HTTP_429_TOO_MANY_REQUESTS,
            headers={"Retry-After": str(wait)},
        )

    def get_authenticate_header(self, request: Request) -> str:
        return "Token"
