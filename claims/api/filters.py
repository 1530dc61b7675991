"""Query-string filters for the API's lists. Conditions on a claim's figures (metric, unit, value
range) must all hold for one and the same figure; conditions on its citations, for one
citation. Every filter narrows a queryset that is already limited to what the user may see."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import django_filters
from django import forms
from django.core.validators import MaxValueValidator
from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Citation, ClaimStatus, Figure, Rank, Topic, Unit, Verdict
from claims.search import claims_matching
from core.ids import MAX_ID, parse_id
from sources.models import EntityKind, SourceKind

# Figures are stored with 24 digits, 6 after the point: nothing is this large.
FIGURE_VALUE_LIMIT = Decimal("1e18")


@extend_schema_field(
    {"type": "number", "minimum": -FIGURE_VALUE_LIMIT, "maximum": FIGURE_VALUE_LIMIT}
)
class FigureValueFilter(django_filters.NumberFilter):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=-FIGURE_VALUE_LIMIT, **kwargs)

    def get_max_validator(self) -> MaxValueValidator:
        return MaxValueValidator(FIGURE_VALUE_LIMIT)


class UtcDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 time, in UTC: PostgreSQL refuses offsets beyond ±15:59, which ISO 8601 (and
    the schema's date-time) allow. A time that leaves years 1 to 9999 once in UTC
    ("9999-12-31T23:59:59-23:59") is refused by name, not an overflow."""

    def to_python(self, value: Any) -> datetime | None:
        parsed = super().to_python(value)
        if parsed is None or parsed.tzinfo is None:
            return parsed
        try:
            return parsed.astimezone(UTC)
        except OverflowError:
            raise forms.ValidationError(
                "Give a time between the years 1 and 9999 in UTC.", code="out_of_range"
            ) from None


class SinceFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class IdField(forms.IntegerField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.Filter):
    """A database id: a whole number in the range of a bigint, refused with 400 otherwise."""

    field_class = IdField


def _metric_condition(value: str, prefix: str = "") -> Q:
    """A metric is named by its id or its slug."""
    metric_id = parse_id(value)
    if metric_id is not None:
        return Q(**{f"{prefix}metric_id": metric_id})
    return Q(**{f"{prefix}metric__slug": value})


class StrictFilterBackend(DjangoFilterBackend):
    """Refuses an empty value for a filter that is not free text (`?unit=`), instead of quietly
    ignoring it: the client meant something, and should learn it was not understood."""

    def filter_queryset(self, request: Any, queryset: QuerySet[Any], view: Any) -> QuerySet[Any]:
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None:
            if not any(name in request.query_params for name in filterset_class.base_filters):
                # Nothing to filter by: building and validating the filter form for nothing
                # was a tenth of an unfiltered page's time.
                return queryset
            empty = {
                name: ["Give a value, or leave the parameter out."]
                for name, declared in filterset_class.base_filters.items()
                if not isinstance(declared, django_filters.CharFilter)
                and "" in request.query_params.getlist(name)
            }
            if empty:
                raise serializers.ValidationError(empty)
        return super().filter_queryset(request, queryset, view)


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(distinct=False, choices=ClaimStatus.choices)
    verdict = django_filters.MultipleChoiceFilter(distinct=False, choices=Verdict.choices)
    claimant = IdFilter(field_name="claimant_id", label="Claimant (entity id)")
    topic = django_filters.CharFilter(method="filter_topic", label="Topic slug")
    place = django_filters.CharFilter(lookup_expr="icontains", label="Place contains")
    # The four conditions on one figure: applied together, in filter_queryset.
    metric = django_filters.CharFilter(field_name="figures__metric", label="Metric id or slug")
    unit = django_filters.ChoiceFilter(
        field_name="figures__unit", choices=Unit.choices, label="A figure's unit"
    )
    value_min = FigureValueFilter(field_name="figures__value", label="A figure's value ≥")
    value_max = FigureValueFilter(field_name="figures__value", label="A figure's value ≤")
    source = IdFilter(method="filter_source", label="Cites this source (id)")
    updated_since = SinceFilter(
        field_name="updated_at", lookup_expr="gte", label="Changed at or after (ISO 8601)"
    )
    q = django_filters.CharFilter(
        method="filter_search", label="Full-text search in statements, quotes and metric names"
    )

    def filter_topic(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        tagged = Topic.claims.through.objects.filter(claim=OuterRef("pk"), topic__slug=value)
        return queryset.filter(Exists(tagged))

    def filter_source(self, queryset: QuerySet[Any], name: str, value: Any) -> QuerySet[Any]:
        cites = Citation.objects.filter(claim=OuterRef("pk"), source_id=value)
        return queryset.filter(Exists(cites))

    def filter_search(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return claims_matching(queryset, value)  # type: ignore[arg-type]

    ON_ONE_FIGURE = frozenset({"metric", "unit", "value_min", "value_max"})

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        data = self.form.cleaned_data
        for name, value in data.items():
            if name not in self.ON_ONE_FIGURE:
                queryset = self.filters[name].filter(queryset, value)
        condition = Q()
        if data.get("metric"):
            condition &= _metric_condition(data["metric"])
        if data.get("unit"):
            condition &= Q(unit=data["unit"])
        if data.get("value_min") is not None:
            condition &= Q(value__gte=data["value_min"])
        if data.get("value_max") is not None:
            condition &= Q(value__lte=data["value_max"])
        if condition:
            figures = Figure.objects.filter(condition, claim=OuterRef("pk"))
            queryset = queryset.filter(Exists(figures))
        return queryset


class MetricFilter(django_filters.FilterSet):
    search = django_filters.CharFilter(method="filter_search", label="Name or slug contains")

    def filter_search(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(Q(name__icontains=value) | Q(slug__icontains=value))


class FigureFilter(django_filters.FilterSet):
    claim = IdFilter(field_name="claim_id", label="Claim id")
    metric = django_filters.CharFilter(method="filter_metric", label="Metric id or slug")
    unit = django_filters.ChoiceFilter(choices=Unit.choices)
    rank = django_filters.MultipleChoiceFilter(distinct=False, choices=Rank.choices)
    value_min = FigureValueFilter(field_name="value", lookup_expr="gte")
    value_max = FigureValueFilter(field_name="value", lookup_expr="lte")
    status = django_filters.MultipleChoiceFilter(
        distinct=False,
        field_name="claim__status",
        choices=ClaimStatus.choices,
        label="The claim's status",
    )
    verdict = django_filters.MultipleChoiceFilter(
        distinct=False,
        field_name="claim__verdict",
        choices=Verdict.choices,
        label="The claim's verdict",
    )
    claimant = IdFilter(field_name="claim__claimant_id", label="Claimant id")
    source = IdFilter(method="filter_source", label="Its claim cites (id)")
    updated_since = SinceFilter(field_name="updated_at", lookup_expr="gte")

    def filter_metric(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(_metric_condition(value))

    def filter_source(self, queryset: QuerySet[Any], name: str, value: Any) -> QuerySet[Any]:
        cites = Citation.objects.filter(claim=OuterRef("claim_id"), source_id=value)
        return queryset.filter(Exists(cites))


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices)
    publisher = IdFilter(field_name="publisher_id", label="Publisher (entity id)")


class EntityFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=EntityKind.choices)
