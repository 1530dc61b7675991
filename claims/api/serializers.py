"""What the API says (output serializers: a claim's, and those of the objects inside it, built from
the claim document's one definition in claims.documents; the others read from prefetched
objects) and what it accepts (input serializers, whose validated data goes straight to the
services as keyword arguments)."""

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from django.db import models
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims import documents
from claims.figure_input import FigureInputError, read_figure
from claims.models import (
    BASIS_UNITS,
    BasisKind,
    CitationRole,
    Claim,
    Difference,
    Metric,
    Qualifier,
    Rank,
    Topic,
    Unit,
    Verdict,
)
from core.ids import MAX_ID, parse_id
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


# The output serializer of a node of the claim's document (claims.documents), set as the
# subclass's `node`: its fields are the node's parts, in order. A column is the model field as
# ModelSerializer describes it (a decimal as a string with all its places, as the documents
# write it); a One part is its node's serializer (read-only where the foreign key is not
# editable); a Many part, its node's serializer for many; a computed part, what the definition
# says it is. A node without a serializer of its own gets one, named after it. No docstrings
# here or in the subclasses: drf-spectacular would print them as the components' descriptions.
class DocumentSerializer(serializers.ModelSerializer[Any]):
    node: ClassVar[documents.Node]
    by_node: ClassVar[dict[documents.Node, type[serializers.Serializer[Any]]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        node = cls.__dict__.get("node")
        if node is None:
            return
        _register(cls, node)
        meta: Any = cls.__dict__.get("Meta") or type("Meta", (), {})
        meta.model, meta.fields = node.model, node.names
        setattr(cls, "Meta", meta)  # noqa: B010 (a class's Meta is a type to mypy)
        cls._declared_fields = {**_declared_fields(cls, node), **cls._declared_fields}


# A node's serializer that describes each column by its type alone, without the model field's
# constraints: a reference to a row (a snapshot, by its hash) rather than the row.
class DocumentRefSerializer(serializers.Serializer[Any]):
    node: ClassVar[documents.Node]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        node = cls.__dict__["node"]
        if not all(isinstance(part, documents.Column) for part in node.parts):
            raise TypeError(f"{cls.__name__}: a reference has columns only")
        _register(cls, node)
        mapping = serializers.ModelSerializer.serializer_field_mapping
        cls._declared_fields = {
            part.name: mapping[type(documents.model_field(node, part.name))]()
            for part in node.parts
        }


def _register(serializer: type[serializers.Serializer[Any]], node: documents.Node) -> None:
    if serializer.__name__ != f"{node.name}Serializer":
        raise TypeError(
            f"{serializer.__name__} describes {node.name}: call it {node.name}Serializer"
        )
    if node in DocumentSerializer.by_node:
        raise TypeError(f"{node.name} has a serializer: declare {serializer.__name__} first")
    DocumentSerializer.by_node[node] = serializer


def _serializer_of(node: documents.Node) -> type[serializers.Serializer[Any]]:
    found = DocumentSerializer.by_node.get(node)
    if found is None:
        found = type(f"{node.name}Serializer", (DocumentSerializer,), {"node": node})
    return found


def _declared_fields(
    serializer: type[DocumentSerializer], node: documents.Node
) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
    """The fields a node's serializer declares: all but the columns that ModelSerializer
    describes from the model as they are."""
    fields: dict[str, Any] = {}
    for part in node.parts:
        if isinstance(part, documents.Column):
            column = documents.model_field(node, part.name)
            if part.answer is not None:
                fields[part.name] = _read_only(serializer, part.name, part.schema, _answer(part))
            elif isinstance(column, models.DecimalField):
                fields[part.name] = serializers.DecimalField(
                    max_digits=column.max_digits,
                    decimal_places=column.decimal_places,
                    allow_null=column.null,
                )
        elif isinstance(part, documents.One):
            key = documents.model_field(node, part.field)
            nested = _serializer_of(part.node)
            source: dict[str, Any] = {"source": part.field} if part.field != part.name else {}
            if key.editable:
                fields[part.name] = nested(allow_null=key.null, **source)
            else:
                schema = nested(allow_null=key.null)
                fields[part.name] = _read_only(serializer, part.name, schema, _related(part))
        elif isinstance(part, documents.Many) and part.where:
            schema = _serializer_of(part.node)(many=True)
            fields[part.name] = _read_only(serializer, part.name, schema, _some(part))
        elif isinstance(part, documents.Many):
            source = {"source": part.field} if part.field != part.name else {}
            fields[part.name] = _serializer_of(part.node)(many=True, **source)
        elif part.field is not None:
            fields[part.name] = part.field()
        else:
            read = _computed(part)
            fields[part.name] = _read_only(
                serializer, part.name, part.schema, read, part.description
            )
    return fields


Read = Callable[[serializers.Serializer[Any], Any], Any]


def _read_only(
    serializer: type[DocumentSerializer], name: str, schema: Any, read: Read, description: str = ""
) -> serializers.SerializerMethodField:
    """A read-only field that `schema` describes (with `description`) and `read` writes, from
    the serializer and the model instance."""

    def method(self: serializers.Serializer[Any], instance: Any) -> Any:
        return read(self, instance)

    method.__name__ = f"get_{name}"
    method.__doc__ = description or None
    setattr(serializer, method.__name__, extend_schema_field(schema)(method))
    return serializers.SerializerMethodField()


def _answer(part: documents.Column) -> Read:
    """A column the answer writes its own way (the verdict as an object)."""
    assert part.answer is not None
    answer = part.answer
    if part.reads_row:  # the row's other columns, as the instance has them
        return lambda serializer, instance: answer(getattr(instance, part.name), vars(instance))
    return lambda serializer, instance: answer(getattr(instance, part.name))


def _some(part: documents.Many) -> Read:
    """The related rows that a Many part with `where` keeps, in its node's order."""

    def read(serializer: serializers.Serializer[Any], instance: Any) -> Any:
        rows = getattr(instance, part.field).all()
        for field, values in part.where:
            rows = rows.filter(**{f"{field}__in": values})
        rows = rows.order_by(*part.node.order_by)
        return _serializer_of(part.node)(rows, many=True, context=serializer.context).data

    return read


def _related(part: documents.One) -> Read:
    """A row through a foreign key that is not edited, as its node's serializer writes it."""

    def read(serializer: serializers.Serializer[Any], instance: Any) -> Any:
        related = getattr(instance, part.field)
        if related is None:
            return None
        return _serializer_of(part.node)(related, context=serializer.context).data

    return read


def _computed(part: documents.Computed) -> Read:
    """A value only the documents compute: the claim's answer has it (the claim's serializer
    writes that answer whole; this is for ModelSerializer's own to_representation)."""

    def read(serializer: serializers.Serializer[Any], instance: Any) -> Any:
        raw = documents.raw_documents([instance.pk])
        return documents.answers(raw, serializer.context.get("request"))[0][part.name]

    return read


class EntitySummarySerializer(DocumentSerializer):
    node = documents.ENTITY


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


class TopicSerializer(DocumentSerializer):
    node = documents.TOPIC


class MetricSummarySerializer(DocumentSerializer):
    node = documents.METRIC


class SnapshotRefSerializer(DocumentRefSerializer):
    node = documents.SNAPSHOT


class SourceSummarySerializer(DocumentSerializer):
    node = documents.SOURCE


class CitationSerializer(DocumentSerializer):
    node = documents.CITATION


class FigureFieldsSerializer(DocumentSerializer):
    node = documents.FIGURE


class ClaimListSerializer(serializers.ListSerializer[Claim]):
    """A page of claims in one batch: a fixed number of queries whatever the page size."""

    def to_representation(self, data: Any) -> list[Any]:
        rows = [row if isinstance(row, Mapping) else {"id": row.pk} for row in data]
        return documents.claims_answer(rows, self.context.get("request"))


class ClaimSerializer(DocumentSerializer):
    node = documents.CLAIM

    class Meta:
        list_serializer_class = ClaimListSerializer

    def to_representation(self, instance: Claim) -> dict[str, Any]:
        """Written by the documents module, from the claim's row as it is in the database."""
        raw = documents.raw_documents([instance.pk])
        return documents.answers(raw, self.context.get("request"))[0]


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

    @extend_schema_field(documents.VerdictSerializer(allow_null=True))
    def get_verdict(self, claim: Claim) -> dict[str, Any] | None:
        return documents.claim_verdict(claim.verdict, {"status": claim.status})


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
        return None if newest is None else SnapshotRefSerializer(newest).data

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


class IdRelatedField(serializers.PrimaryKeyRelatedField):
    """A related row named by its id: a whole number (JSON integer or ASCII digits), never a
    float or a boolean, which DRF would otherwise truncate or read as 1 ("claimant": 7.5 would
    store 7)."""

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, bool) or not isinstance(data, int | str):
            self.fail("incorrect_type", data_type=type(data).__name__)
        number = data if isinstance(data, int) else parse_id(data)
        if number is None or not 1 <= number <= MAX_ID:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(number)


class ClaimCreateInput(serializers.Serializer[Any]):
    statement = serializers.CharField(max_length=1000)
    claimant = IdRelatedField(queryset=Entity.objects.all())
    place = serializers.CharField(max_length=200, required=False, allow_blank=True)
    period = serializers.CharField(max_length=100, required=False, allow_blank=True)
    topics = serializers.SlugRelatedField(
        slug_field="slug", queryset=Topic.objects.all(), many=True, required=False
    )


class ClaimUpdateInput(ClaimCreateInput):
    """Every field optional; send only what changes."""

    statement = serializers.CharField(max_length=1000, required=False)
    claimant = IdRelatedField(queryset=Entity.objects.all(), required=False)
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False, allow_blank=True)
    explanation = serializers.CharField(required=False, allow_blank=True)


WRITTEN_HELP = (
    "The figure as an article writes it, instead of `value`, `unit`, `currency` and "
    "`qualifier`: “$240 million”, “4.5bn”, “46%”, “over 1bn”, “nearly half a million”. It is "
    "read into those fields (and `as_written`, unless sent) as POST /api/v1/figures/read/ shows "
    "without saving; a text that is not exactly one figure is refused (400 naming `written`), "
    "and so are fields sent beside it that say otherwise."
)
# The fields `written` fills, which a client may send beside it only when they agree.
WRITTEN_FILLS = ("value", "unit", "currency", "qualifier")


class FigureInput(serializers.Serializer[Any]):
    metric = IdRelatedField(queryset=Metric.objects.all())
    written = serializers.CharField(max_length=200, required=False, help_text=WRITTEN_HELP)
    unit = serializers.ChoiceField(
        choices=Unit.choices, required=False, help_text="Required unless `written` is given."
    )
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
    # What the figure was computed from (claims.arithmetic recomputes it): a change from a
    # baseline to an end value, or a part of a whole. Fields of the other kind stay empty.
    basis = serializers.ChoiceField(choices=BasisKind.choices, required=False, allow_blank=True)
    basis_baseline_value = decimal(required=False, allow_null=True)
    basis_baseline_period = serializers.CharField(max_length=100, required=False, allow_blank=True)
    basis_baseline_unit = serializers.ChoiceField(
        choices=BASIS_UNITS, required=False, allow_blank=True
    )
    basis_baseline_counts = serializers.CharField(max_length=200, required=False, allow_blank=True)
    basis_end_value = decimal(required=False, allow_null=True)
    basis_end_period = serializers.CharField(max_length=100, required=False, allow_blank=True)
    basis_end_unit = serializers.ChoiceField(choices=BASIS_UNITS, required=False, allow_blank=True)
    basis_end_counts = serializers.CharField(max_length=200, required=False, allow_blank=True)
    basis_part_value = decimal(required=False, allow_null=True)
    basis_part_counts = serializers.CharField(max_length=200, required=False, allow_blank=True)
    basis_whole_value = decimal(required=False, allow_null=True)
    basis_whole_counts = serializers.CharField(max_length=200, required=False, allow_blank=True)
    basis_read_as = serializers.CharField(max_length=200, required=False, allow_blank=True)
    basis_note = serializers.CharField(required=False, allow_blank=True)

    # A new figure needs its unit (from `unit` or `written`); a change sends only what changes.
    unit_required: ClassVar[bool] = True

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if "written" in attrs:
            return _read_written(attrs)
        if self.unit_required and not self.partial and "unit" not in attrs:
            raise serializers.ValidationError(
                {"unit": ["This field is required (or give the figure as `written`)."]}
            )
        return attrs


def _read_written(attrs: dict[str, Any]) -> dict[str, Any]:
    """The input with `written` read into the figure's fields (claims.figure_input)."""
    fields = dict(attrs)
    written = fields.pop("written")
    reading = read_figure(written)
    if isinstance(reading, FigureInputError):
        raise serializers.ValidationError({"written": [reading.message]})
    read = reading.fields()
    disagree = [name for name in WRITTEN_FILLS if name in fields and fields[name] != read[name]]
    if fields.get("date_value") is not None:
        disagree.append("date_value")
    if disagree:
        said = ", ".join(f"`{name}` {fields[name]}" for name in disagree)
        raise serializers.ValidationError(
            {
                "written": [
                    f"“{reading.as_written}” reads as {reading.summary}, but {said} says "
                    "otherwise: send one of them, or make them agree."
                ]
            }
        )
    if fields.get("as_written"):
        read.pop("as_written")
    return {**fields, **read}


class FigureCorrectionInput(FigureInput):
    id = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    metric = IdRelatedField(queryset=Metric.objects.all(), required=False)
    unit = serializers.ChoiceField(choices=Unit.choices, required=False)

    unit_required = False


class CitationInput(serializers.Serializer[Any]):
    source = IdRelatedField(queryset=Source.objects.all())  # type: ignore[assignment]
    quote = serializers.CharField(max_length=1000)
    role = serializers.ChoiceField(choices=CitationRole.choices, required=False)
    is_paraphrase = serializers.BooleanField(required=False)
    prefix = serializers.CharField(max_length=64, required=False, allow_blank=True)
    suffix = serializers.CharField(max_length=64, required=False, allow_blank=True)


ALLOW_DUPLICATE_HELP = (
    "Record it even though another claim already holds this quote, or a figure for the same "
    "metric from the same source (otherwise 409, naming those claims)."
)


class FigureCreateInput(FigureInput):
    allow_duplicate = serializers.BooleanField(
        required=False, default=False, help_text=ALLOW_DUPLICATE_HELP
    )


class CitationCreateInput(CitationInput):
    allow_duplicate = serializers.BooleanField(
        required=False, default=False, help_text=ALLOW_DUPLICATE_HELP
    )


class NoteInput(serializers.Serializer[Any]):
    note = serializers.CharField(required=False, allow_blank=True, default="")


class RequiredNoteInput(serializers.Serializer[Any]):
    note = serializers.CharField(help_text="Why: shown in the claim's workflow log.")


class PublishInput(NoteInput):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    explanation = serializers.CharField()


class CitationCorrectionInput(CitationInput):
    id = serializers.IntegerField(min_value=1, max_value=2**63 - 1)
    source = IdRelatedField(queryset=Source.objects.all(), required=False)
    quote = serializers.CharField(max_length=1000, required=False)


class CorrectInput(RequiredNoteInput):
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False)
    explanation = serializers.CharField(required=False)
    figures = FigureCorrectionInput(many=True, required=False)
    citations = CitationCorrectionInput(
        many=True, required=False, help_text="Changes to cited quotes, each by its id."
    )
    new_citations = CitationInput(
        many=True, required=False, help_text="Sources to cite besides, each with its quote."
    )


class ErrorSerializer(serializers.Serializer[Any]):
    detail = serializers.CharField()


class StaleErrorSerializer(ErrorSerializer):
    current_etag = serializers.CharField(required=False)


# A 409 for a duplicate: the claims that already record it, and what to do instead. Built from
# claims.selectors.PossibleDuplicate, with the new citation's source and quote in the context.


class DuplicateFigureSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="pk")
    metric = serializers.IntegerField(source="metric_id")
    display = serializers.CharField()


class AppearanceSerializer(serializers.Serializer[Any]):
    url = serializers.URLField(help_text="POST here, with If-Match: that claim's ETag.")
    body = serializers.DictField(help_text="The citation to post: this source and quote.")


class DuplicateClaimSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="claim.pk")
    url = serializers.SerializerMethodField()
    statement = serializers.CharField(source="claim.statement")
    status = serializers.CharField(source="claim.status")
    same_quote = serializers.SerializerMethodField()
    same_figures = DuplicateFigureSerializer(source="figures", many=True)
    add_appearance = serializers.SerializerMethodField()

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, duplicate: Any) -> str:
        return api_url(self.context, "claim", duplicate.claim.pk)

    def get_same_quote(self, duplicate: Any) -> bool:
        """Whether it already cites the quote (from any source)."""
        return bool(duplicate.citations)

    @extend_schema_field(AppearanceSerializer(allow_null=True))
    def get_add_appearance(self, duplicate: Any) -> dict[str, Any] | None:
        """How to cite this source on that claim instead, as another appearance of the quote;
        null when it cannot be (the claim is published, or already cites it from there)."""
        source, offered = self.context.get("source"), self.context["offered"]
        if source is None or duplicate.claim.pk not in offered:
            return None
        path = reverse("api:claim-citations", args=[duplicate.claim.pk])
        return {
            "url": absolute(self.context, path),
            "body": {"source": source.pk, "quote": self.context["quote"]},
        }


class DuplicateErrorSerializer(serializers.Serializer[Any]):
    detail = serializers.CharField()
    duplicates = DuplicateClaimSerializer(
        many=True,
        required=False,
        help_text="When it is already recorded: the claims that hold it. Send "
        '"allow_duplicate": true to record it anyway.',
    )
