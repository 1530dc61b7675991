"""What the API says (output serializers, read from prefetched objects) and what it accepts
(input serializers, whose validated data goes straight to the services as keyword arguments)."""

from collections.abc import Mapping
from typing import Any

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.api import documents
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
)
from sources.models import DatePrecision, Entity, Source


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
        return {"sha256": snapshot.sha256, "retrieved_at": documents.when(snapshot.retrieved_at)}


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


class ClaimLinksSerializer(serializers.Serializer[Any]):
    self = serializers.URLField()
    page = serializers.URLField()
    claimreview = serializers.URLField(allow_null=True)


class ClaimListSerializer(serializers.ListSerializer[Claim]):
    """A page of claims in one batch: a fixed number of queries whatever the page size."""

    def to_representation(self, data: Any) -> list[Any]:
        rows = [row if isinstance(row, Mapping) else documents.claim_row(row) for row in data]
        return documents.claims_answer(rows, self.context.get("request"))


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
        """Written out by the documents module; the declared fields describe it in the schema."""
        document = documents.ClaimDocument(documents.raw_document(instance), None)
        return document.answer(self.context.get("request"))

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, claim: Claim) -> str:
        """The claim's public page."""
        return claim_page_url(self.context, claim)

    @extend_schema_field(VerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict[str, Any] | None:
        return documents.verdict(claim.verdict)

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
        return documents.verdict(claim.verdict)


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
        return {"sha256": newest.sha256, "retrieved_at": documents.when(newest.retrieved_at)}

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
