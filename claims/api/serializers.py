"""What the API says (output serializers, read from prefetched objects) and what it accepts
(input serializers, whose validated data goes straight to the services as keyword arguments)."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import (
    Citation,
    CitationRole,
    Claim,
    ClaimStatus,
    Difference,
    Figure,
    Metric,
    Qualifier,
    Rank,
    Topic,
    Unit,
    Verdict,
    figure_display,
)
from sources.models import DatePrecision, Entity, Snapshot, Source


def decimal(**options: Any) -> serializers.DecimalField:
    """A number as the figures store it: up to 24 digits, 6 after the point."""
    return serializers.DecimalField(max_digits=24, decimal_places=6, **options)


def absolute(context: Mapping[str, Any], path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


def claim_page_url(context: Mapping[str, Any], claim: Claim) -> str:
    return absolute(context, claim.get_public_url())


def api_url(context: Mapping[str, Any], name: str, pk: int) -> str:
    return absolute(context, reverse(f"api:{name}-detail", args=[pk]))


_ID = "2147483647"  # stands for the claim's id in the URL templates


def _claim_url_templates(context: Mapping[str, Any]) -> tuple[str, str, str]:
    """A claim's page, API and ClaimReview URLs with the id left out, reversed once per request
    rather than three times per claim on a page."""
    cached: tuple[str, str, str] | None = context.get("claim_url_templates")
    if cached is None:
        stand_in = Claim(pk=int(_ID))
        cached = (
            claim_page_url(context, stand_in),
            api_url(context, "claim", stand_in.pk),
            absolute(context, reverse("api:claim-claimreview", args=[stand_in.pk])),
        )
        if isinstance(context, dict):
            context["claim_url_templates"] = cached
    return cached


_UTC_ZONE = settings.TIME_ZONE == "UTC"


def _when(value: datetime | None) -> str | None:
    """As DRF's DateTimeField writes it (UTC, with Z)."""
    if value is None:
        return None
    # UTC is the project's zone (settings.TIME_ZONE); localtime()'s per-call lookup of the
    # active zone was a noticeable part of a claim page.
    text = value.astimezone(UTC).isoformat() if _UTC_ZONE else timezone.localtime(value).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _number(value: Decimal | None) -> str | None:
    """As DRF's DecimalField writes it: a string with all six decimal places."""
    return None if value is None else f"{value.quantize(SIX_PLACES):f}"


SIX_PLACES = Decimal("0.000001")


# --- output ---------------------------------------------------------------------------------


class EntitySummarySerializer(serializers.ModelSerializer[Entity]):
    class Meta:
        model = Entity
        fields = ["id", "name", "slug", "kind", "url"]


class EntitySerializer(serializers.ModelSerializer[Entity]):
    links = serializers.SerializerMethodField()

    class Meta:
        model = Entity
        fields = ["id", "name", "slug", "kind", "url", "description", "updated_at", "links"]

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "self": {"type": "string", "format": "uri"},
                "claims": {"type": "string", "format": "uri"},
            },
            "required": ["self", "claims"],
        }
    )
    def get_links(self, entity: Entity) -> dict[str, str]:
        claims = reverse("api:claim-list")
        return {
            "self": api_url(self.context, "entity", entity.pk),
            "claims": absolute(self.context, f"{claims}?claimant={entity.pk}"),
        }


class TopicSerializer(serializers.ModelSerializer[Topic]):
    class Meta:
        model = Topic
        fields = ["name", "slug"]


class MetricSummarySerializer(serializers.ModelSerializer[Metric]):
    class Meta:
        model = Metric
        fields = ["id", "name", "slug", "unit"]


class SourceSummarySerializer(serializers.ModelSerializer[Source]):
    publisher = EntitySummarySerializer(allow_null=True)

    class Meta:
        model = Source
        fields = [
            "id",
            "kind",
            "title",
            "url",
            "publisher",
            "published_on",
            "published_on_precision",
        ]


class SnapshotRefSerializer(serializers.Serializer[Any]):
    sha256 = serializers.CharField()
    retrieved_at = serializers.DateTimeField()


class CitationSerializer(serializers.ModelSerializer[Citation]):
    source = SourceSummarySerializer()  # type: ignore[assignment]
    snapshot = serializers.SerializerMethodField()

    class Meta:
        model = Citation
        fields = [
            "id",
            "source",
            "role",
            "quote",
            "is_paraphrase",
            "quote_status",
            "similarity",
            "snapshot",
            "checked_at",
        ]

    @extend_schema_field(SnapshotRefSerializer(allow_null=True))
    def get_snapshot(self, citation: Citation) -> dict[str, Any] | None:
        """The archived text the quote was checked against, by its SHA-256."""
        snapshot = citation.checked_snapshot
        if snapshot is None:
            return None
        return {"sha256": snapshot.sha256, "retrieved_at": _when(snapshot.retrieved_at)}


class FigureFieldsSerializer(serializers.ModelSerializer[Figure]):
    metric = MetricSummarySerializer()
    display = serializers.CharField(read_only=True)
    value = decimal(allow_null=True)
    lower_bound = decimal(allow_null=True)
    upper_bound = decimal(allow_null=True)

    class Meta:
        model = Figure
        fields = [
            "id",
            "metric",
            "display",
            "value",
            "unit",
            "currency",
            "qualifier",
            "lower_bound",
            "upper_bound",
            "date_value",
            "date_value_precision",
            "period",
            "as_written",
            "rank",
            "difference",
            "difference_note",
        ]


class VerdictSerializer(serializers.Serializer[Any]):
    value = serializers.ChoiceField(choices=Verdict.choices)
    label = serializers.CharField()  # type: ignore[assignment]
    rating_value = serializers.IntegerField(allow_null=True)
    best_rating = serializers.IntegerField()
    worst_rating = serializers.IntegerField()


def verdict_data(claim: Claim) -> dict[str, Any] | None:
    return _verdict_json(claim.verdict)


class ClaimLinksSerializer(serializers.Serializer[Any]):
    self = serializers.URLField()
    page = serializers.URLField()
    claimreview = serializers.URLField(allow_null=True)


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.pk,
        "name": entity.name,
        "slug": entity.slug,
        "kind": entity.kind,
        "url": entity.url,
    }


def claim_json(claim: Claim, context: Mapping[str, Any]) -> dict[str, Any]:
    prefetched = getattr(claim, "_prefetched_objects_cache", {})
    loaded = (
        _Related.of_loaded(claim)
        if {"topics", "figures", "citations"} <= prefetched.keys()
        else None
    )
    return claims_json([claim_row(claim)], context, loaded)[0]


FIGURE_FIELDS = (
    "id",
    "claim_id",
    "metric_id",
    "value",
    "unit",
    "currency",
    "qualifier",
    "lower_bound",
    "upper_bound",
    "date_value",
    "date_value_precision",
    "period",
    "as_written",
    "rank",
    "difference",
    "difference_note",
)
CITATION_FIELDS = (
    "id",
    "claim_id",
    "source_id",
    "role",
    "quote",
    "is_paraphrase",
    "quote_status",
    "similarity",
    "checked_snapshot_id",
    "checked_at",
)
SOURCE_FIELDS = (
    "id",
    "kind",
    "title",
    "url",
    "publisher_id",
    "published_on",
    "published_on_precision",
)
ENTITY_FIELDS = ("id", "name", "slug", "kind", "url")
METRIC_FIELDS = ("id", "name", "slug", "unit")
SNAPSHOT_FIELDS = ("id", "sha256", "retrieved_at")
CLAIM_FIELDS = (
    "id",
    "status",
    "statement",
    "place",
    "period",
    "verdict",
    "explanation",
    "version",
    "needs_review",
    "needs_review_reason",
    "created_at",
    "updated_at",
    "published_at",
)
# A claim row as claims_json reads it: the claim's own columns and its claimant's.
CLAIM_ROW_FIELDS = (*CLAIM_FIELDS, *(f"claimant__{name}" for name in ENTITY_FIELDS))


def claim_row(claim: Claim) -> dict[str, Any]:
    """A loaded claim (with its claimant) as the row claims_json reads."""
    row = {name: getattr(claim, name) for name in CLAIM_FIELDS}
    row["id"] = claim.pk
    for name in ENTITY_FIELDS:
        row[f"claimant__{name}"] = getattr(claim.claimant, name)
    return row


def _verdict_json(value: str) -> dict[str, Any] | None:
    if not value:
        return None
    verdict = Verdict(value)
    return {
        "value": verdict.value,
        "label": verdict.label,
        "rating_value": verdict.rating_value,
        "best_rating": Verdict.best_rating(),
        "worst_rating": Verdict.worst_rating(),
    }


def _rows_by_id(queryset: Any, ids: set[int], fields: tuple[str, ...]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    return {row["id"]: row for row in queryset.filter(id__in=ids).order_by().values(*fields)}


@dataclass
class _Related:
    """What claims_json reads besides the claims: plain rows, by claim or by id."""

    topics: dict[int, list[dict[str, str]]]
    figures: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    metrics: dict[int, dict[str, Any]]
    sources: dict[int, dict[str, Any]]
    publishers: dict[int, dict[str, Any]]
    snapshots: dict[int, dict[str, Any]]

    @classmethod
    def read(cls, ids: list[int]) -> "_Related":
        topics: dict[int, list[dict[str, str]]] = defaultdict(list)
        for claim_id, name, slug in (
            Claim.topics.through.objects.filter(claim_id__in=ids)
            .order_by("topic__name", "topic_id")
            .values_list("claim_id", "topic__name", "topic__slug")
        ):
            topics[claim_id].append({"name": name, "slug": slug})
        figure_rows = list(
            Figure.objects.filter(claim_id__in=ids).order_by("id").values(*FIGURE_FIELDS)
        )
        citation_rows = list(
            Citation.objects.filter(claim_id__in=ids).order_by("id").values(*CITATION_FIELDS)
        )
        metrics = _rows_by_id(
            Metric.objects, {row["metric_id"] for row in figure_rows}, METRIC_FIELDS
        )
        sources = _rows_by_id(
            Source.objects, {row["source_id"] for row in citation_rows}, SOURCE_FIELDS
        )
        publishers = _rows_by_id(
            Entity.objects,
            {row["publisher_id"] for row in sources.values() if row["publisher_id"]},
            ENTITY_FIELDS,
        )
        snapshots = _rows_by_id(
            Snapshot.objects,
            {row["checked_snapshot_id"] for row in citation_rows if row["checked_snapshot_id"]},
            SNAPSHOT_FIELDS,
        )
        return cls(topics, figure_rows, citation_rows, metrics, sources, publishers, snapshots)

    @classmethod
    def of_loaded(cls, claim: Claim) -> "_Related":
        """The same rows from a claim loaded by claims_for_api (topics, figures with their
        metric, citations with their source, publisher and checked snapshot)."""
        topics = {
            claim.pk: [{"name": topic.name, "slug": topic.slug} for topic in claim.topics.all()]
        }
        figures = [
            {name: getattr(figure, name) for name in FIGURE_FIELDS}
            for figure in claim.figures.all()
        ]
        metrics = {
            figure.metric_id: {name: getattr(figure.metric, name) for name in METRIC_FIELDS}
            for figure in claim.figures.all()
        }
        citations = [
            {name: getattr(citation, name) for name in CITATION_FIELDS}
            for citation in claim.citations.all()
        ]
        sources, publishers, snapshots = {}, {}, {}
        for citation in claim.citations.all():
            source = citation.source
            sources[source.pk] = {name: getattr(source, name) for name in SOURCE_FIELDS}
            if source.publisher is not None:
                publishers[source.publisher.pk] = {
                    name: getattr(source.publisher, name) for name in ENTITY_FIELDS
                }
            snapshot = citation.checked_snapshot
            if snapshot is not None:
                snapshots[snapshot.pk] = {name: getattr(snapshot, name) for name in SNAPSHOT_FIELDS}
        return cls(topics, figures, citations, metrics, sources, publishers, snapshots)


def claims_json(
    claims: Sequence[Mapping[str, Any]],
    context: Mapping[str, Any],
    loaded: "_Related | None" = None,
) -> list[dict[str, Any]]:
    """ClaimSerializer's output for claim rows (CLAIM_ROW_FIELDS), written out by hand: the
    claim list is the API's busiest request. Everything is read as plain values, one query per
    table, rather than as model instances through prefetch_related: at 50 claims a page that is
    some 900 fewer objects to build. The serializer's declared fields still describe the output
    in the schema, and the fuzz test holds the two together. `loaded`: the same rows, taken
    from a claim already loaded with its relations (claims_for_api), to read nothing twice."""
    related = _Related.read([claim["id"] for claim in claims]) if loaded is None else loaded
    topics, figure_rows, citation_rows = related.topics, related.figures, related.citations
    metrics, sources = related.metrics, related.sources
    publishers, snapshots = related.publishers, related.snapshots

    figures: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in figure_rows:
        figures[row["claim_id"]].append(
            {
                "id": row["id"],
                "metric": metrics[row["metric_id"]],
                "display": figure_display(
                    unit=row["unit"],
                    value=row["value"],
                    qualifier=row["qualifier"],
                    currency=row["currency"],
                    date_value=row["date_value"],
                    date_value_precision=row["date_value_precision"],
                ),
                "value": _number(row["value"]),
                "unit": row["unit"],
                "currency": row["currency"],
                "qualifier": row["qualifier"],
                "lower_bound": _number(row["lower_bound"]),
                "upper_bound": _number(row["upper_bound"]),
                "date_value": row["date_value"].isoformat() if row["date_value"] else None,
                "date_value_precision": row["date_value_precision"],
                "period": row["period"],
                "as_written": row["as_written"],
                "rank": row["rank"],
                "difference": row["difference"],
                "difference_note": row["difference_note"],
            }
        )
    citations: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in citation_rows:
        source = sources[row["source_id"]]
        snapshot = snapshots.get(row["checked_snapshot_id"])
        citations[row["claim_id"]].append(
            {
                "id": row["id"],
                "source": {
                    "id": source["id"],
                    "kind": source["kind"],
                    "title": source["title"],
                    "url": source["url"],
                    "publisher": publishers.get(source["publisher_id"]),
                    "published_on": source["published_on"].isoformat()
                    if source["published_on"]
                    else None,
                    "published_on_precision": source["published_on_precision"],
                },
                "role": row["role"],
                "quote": row["quote"],
                "is_paraphrase": row["is_paraphrase"],
                "quote_status": row["quote_status"],
                "similarity": row["similarity"],
                "snapshot": {
                    "sha256": snapshot["sha256"],
                    "retrieved_at": _when(snapshot["retrieved_at"]),
                }
                if snapshot
                else None,
                "checked_at": _when(row["checked_at"]),
            }
        )

    page_template, self_template, review_template = _claim_url_templates(context)
    answers = []
    for claim in claims:
        claim_id = claim["id"]
        pk = str(claim_id)
        page = page_template.replace(_ID, pk)
        reviewed = claim["status"] in (ClaimStatus.PUBLISHED, ClaimStatus.CORRECTED)
        answers.append(
            {
                "id": claim_id,
                "url": page,
                "status": claim["status"],
                "statement": claim["statement"],
                "claimant": {name: claim[f"claimant__{name}"] for name in ENTITY_FIELDS},
                "place": claim["place"],
                "period": claim["period"],
                "topics": topics[claim_id],
                "verdict": _verdict_json(claim["verdict"]),
                "explanation": claim["explanation"],
                "figures": figures[claim_id],
                "citations": citations[claim_id],
                "version": claim["version"],
                "needs_review": claim["needs_review"],
                "needs_review_reason": claim["needs_review_reason"],
                "created_at": _when(claim["created_at"]),
                "updated_at": _when(claim["updated_at"]),
                "published_at": _when(claim["published_at"]),
                "links": {
                    "self": self_template.replace(_ID, pk),
                    "page": page,
                    "claimreview": review_template.replace(_ID, pk) if reviewed else None,
                },
            }
        )
    return answers


class ClaimListSerializer(serializers.ListSerializer[Claim]):
    """A page of claims in one batch: a fixed number of queries whatever the page size."""

    def to_representation(self, data: Any) -> list[Any]:
        rows = [row if isinstance(row, Mapping) else claim_row(row) for row in data]
        return claims_json(rows, self.context)


class ClaimSerializer(serializers.ModelSerializer[Claim]):
    url = serializers.SerializerMethodField()
    claimant = EntitySummarySerializer()
    topics = TopicSerializer(many=True)
    verdict = serializers.SerializerMethodField()
    figures = FigureFieldsSerializer(many=True)
    citations = CitationSerializer(many=True)
    links = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        list_serializer_class = ClaimListSerializer
        fields = [
            "id",
            "url",
            "status",
            "statement",
            "claimant",
            "place",
            "period",
            "topics",
            "verdict",
            "explanation",
            "figures",
            "citations",
            "version",
            "needs_review",
            "needs_review_reason",
            "created_at",
            "updated_at",
            "published_at",
            "links",
        ]

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        return claim_json(instance, self.context)

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, claim: Claim) -> str:
        """The claim's public page."""
        return claim_page_url(self.context, claim)

    @extend_schema_field(VerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict[str, Any] | None:
        return verdict_data(claim)

    @extend_schema_field(ClaimLinksSerializer)
    def get_links(self, claim: Claim) -> dict[str, Any]:
        reviewed = claim.status in (ClaimStatus.PUBLISHED, ClaimStatus.CORRECTED)
        return {
            "self": api_url(self.context, "claim", claim.pk),
            "page": claim_page_url(self.context, claim),
            "claimreview": absolute(self.context, reverse("api:claim-claimreview", args=[claim.pk]))
            if reviewed
            else None,
        }


class ClaimRefSerializer(serializers.ModelSerializer[Claim]):
    """A claim as seen from one of its figures: enough to say who said it and what we found."""

    url = serializers.SerializerMethodField()
    api_url = serializers.SerializerMethodField()
    claimant = EntitySummarySerializer()
    verdict = serializers.SerializerMethodField()
    citations = CitationSerializer(many=True)

    class Meta:
        model = Claim
        fields = ["id", "url", "api_url", "status", "statement", "claimant", "verdict", "citations"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, claim: Claim) -> str:
        return claim_page_url(self.context, claim)

    @extend_schema_field(OpenApiTypes.URI)
    def get_api_url(self, claim: Claim) -> str:
        return api_url(self.context, "claim", claim.pk)

    @extend_schema_field(VerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict[str, Any] | None:
        return verdict_data(claim)


class FigureSerializer(FigureFieldsSerializer):
    claim = ClaimRefSerializer()

    class Meta(FigureFieldsSerializer.Meta):
        fields = [*FigureFieldsSerializer.Meta.fields, "claim"]


class MetricSerializer(serializers.ModelSerializer[Metric]):
    class Meta:
        model = Metric
        fields = ["id", "name", "slug", "definition", "unit", "updated_at"]


class MetricDetailSerializer(MetricSerializer):
    competing_figures = serializers.SerializerMethodField()

    class Meta(MetricSerializer.Meta):
        fields = [*MetricSerializer.Meta.fields, "competing_figures"]

    @extend_schema_field(FigureSerializer(many=True))
    def get_competing_figures(self, metric: Metric) -> Any:
        """Every figure for this metric on a claim the caller may see, preferred first."""
        figures = self.context["competing_figures"]
        return FigureSerializer(figures, many=True, context=self.context).data


class SourceSerializer(serializers.ModelSerializer[Source]):
    publisher = EntitySummarySerializer(allow_null=True)
    latest_snapshot = serializers.SerializerMethodField()
    links = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = [
            "id",
            "kind",
            "title",
            "url",
            "publisher",
            "authors",
            "published_on",
            "published_on_precision",
            "language",
            "parent",
            "latest_snapshot",
            "updated_at",
            "links",
        ]

    @extend_schema_field(SnapshotRefSerializer(allow_null=True))
    def get_latest_snapshot(self, source: Source) -> dict[str, Any] | None:
        newest = source.own_latest_snapshot()
        if newest is None:
            return None
        return {"sha256": newest.sha256, "retrieved_at": _when(newest.retrieved_at)}

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "self": {"type": "string", "format": "uri"},
                "claims": {"type": "string", "format": "uri"},
            },
            "required": ["self", "claims"],
        }
    )
    def get_links(self, source: Source) -> dict[str, str]:
        claims = reverse("api:claim-list")
        return {
            "self": api_url(self.context, "source", source.pk),
            "claims": absolute(self.context, f"{claims}?source={source.pk}"),
        }


# --- input ----------------------------------------------------------------------------------


class ClaimCreateInput(serializers.Serializer[Any]):
    statement = serializers.CharField(max_length=1000)
    claimant = serializers.PrimaryKeyRelatedField(queryset=Entity.objects.all())
    place = serializers.CharField(max_length=200, required=False, allow_blank=True)
    period = serializers.CharField(max_length=100, required=False, allow_blank=True)
    topics = serializers.SlugRelatedField(
        slug_field="slug", queryset=Topic.objects.all(), many=True, required=False
    )


class ClaimUpdateInput(ClaimCreateInput):
    """Every field optional; send only what changes."""

    statement = serializers.CharField(max_length=1000, required=False)
    claimant = serializers.PrimaryKeyRelatedField(queryset=Entity.objects.all(), required=False)
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False, allow_blank=True)
    explanation = serializers.CharField(required=False, allow_blank=True)


class FigureInput(serializers.Serializer[Any]):
    metric = serializers.PrimaryKeyRelatedField(queryset=Metric.objects.all())
    unit = serializers.ChoiceField(choices=Unit.choices)
    value = decimal(required=False, allow_null=True)
    date_value = serializers.DateField(required=False, allow_null=True)
    date_value_precision = serializers.ChoiceField(choices=DatePrecision.choices, required=False)
    currency = serializers.CharField(max_length=3, required=False, allow_blank=True)
    qualifier = serializers.ChoiceField(choices=Qualifier.choices, required=False)
    lower_bound = decimal(required=False, allow_null=True)
    upper_bound = decimal(required=False, allow_null=True)
    period = serializers.CharField(max_length=100, required=False, allow_blank=True)
    as_written = serializers.CharField(max_length=200, required=False, allow_blank=True)
    rank = serializers.ChoiceField(choices=Rank.choices, required=False)
    difference = serializers.ChoiceField(choices=Difference.choices, required=False)
    difference_note = serializers.CharField(required=False, allow_blank=True)


class FigureCorrectionInput(FigureInput):
    id = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    metric = serializers.PrimaryKeyRelatedField(queryset=Metric.objects.all(), required=False)
    unit = serializers.ChoiceField(choices=Unit.choices, required=False)


class CitationInput(serializers.Serializer[Any]):
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all())  # type: ignore[assignment]
    quote = serializers.CharField(max_length=1000)
    role = serializers.ChoiceField(choices=CitationRole.choices, required=False)
    is_paraphrase = serializers.BooleanField(required=False)
    prefix = serializers.CharField(max_length=64, required=False, allow_blank=True)
    suffix = serializers.CharField(max_length=64, required=False, allow_blank=True)


class NoteInput(serializers.Serializer[Any]):
    note = serializers.CharField(required=False, allow_blank=True, default="")


class RequiredNoteInput(serializers.Serializer[Any]):
    note = serializers.CharField(help_text="Why: shown in the claim's workflow log.")


class PublishInput(NoteInput):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    explanation = serializers.CharField()


class CorrectInput(RequiredNoteInput):
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False)
    explanation = serializers.CharField(required=False)
    figures = FigureCorrectionInput(many=True, required=False)


class ErrorSerializer(serializers.Serializer[Any]):
    detail = serializers.CharField()


class StaleErrorSerializer(ErrorSerializer):
    current_etag = serializers.CharField(required=False)
