"""Query-string filters for the API's lists. Conditions on a claim's figures (metric, unit, value
range) must all hold for one and the same figure; conditions on its citations, for one
citation. Every filter narrows a queryset that is already limited to what the user may see.

Strict, so that a list is never silently empty because it was asked for something it does not
understand: a parameter no filter, pager or ordering takes is a 400 naming it and the ones it
could be; a value that names no record the user may see (a topic, metric, claimant, source,
claim or publisher) is a 400 saying so. Topics and metrics are named by slug or name in any case
(`topic=Zimbabwe` is `topic=zimbabwe`)."""

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import django_filters
from django import forms
from django.core.validators import MaxValueValidator, ProhibitNullCharactersValidator
from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims import selectors
from claims.models import Citation, Claim, ClaimStatus, Figure, Rank, Topic, Unit, Verdict
from claims.search import SearchTextFilter, claims_matching
from core.ids import MAX_ID, parse_id
from sources.models import EntityKind, SourceKind

# Figures are stored with 24 digits, 6 after the point: nothing is this large.
FIGURE_VALUE_LIMIT = Decimal("1e18")

# The records a filter's value may name (what the user may see), built when a value is checked.
Records = Callable[[], QuerySet[Any]]


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
    """An id as core.ids reads one (IntegerField's own int() took "٣" for 3, "1_0" for 10 and
    "5.0" for 5); anything else, out of range included, is refused with one message."""

    default_error_messages = {"invalid": f"Give an id: a whole number from 1 to {MAX_ID}."}

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_value=1, max_value=MAX_ID, **kwargs)

    def to_python(self, value: Any) -> int | None:
        if value in self.empty_values:
            return None
        number = parse_id(str(value))
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class IdFilter(django_filters.Filter):
    """A database id: a whole number in the range of a bigint, refused with 400 otherwise."""

    field_class = IdField


# The code of a refusal of a well-formed value that names nothing. Its messages start "No <noun>
# has the id" or "No <noun> is called": the schema fuzz tells them from other 400s so
# (tests/api/test_schema_fuzz.py), since no schema can say which ids and slugs exist.
NAMES_NOTHING = "names_nothing"


class RecordIdField(IdField):
    """An id of a record in `records()` (what the user may see): any other id is refused."""

    def __init__(self, *, records: Records, noun: str, **kwargs: Any) -> None:
        self.records, self.noun = records, noun
        super().__init__(**kwargs)

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value is not None and not self.records().filter(pk=value).exists():
            raise forms.ValidationError(
                "No %(noun)s has the id %(id)s.",
                code=NAMES_NOTHING,
                params={"noun": self.noun, "id": value},
            )


class VisibleRecordsFilter(django_filters.Filter):
    """A filter whose value must name a record the user may see, among `queryset(request)`.
    Its field is given how to build those records rather than the records: a filter form is
    built for every filtered list, and building the querysets of all its filters (what the user
    may see, as ORM expressions) was most of a filtered page's Python time, whichever filters
    were given. (django-filter's QuerySetRequestMixin builds them with the form.)"""

    def __init__(self, *, queryset: Callable[[Any], QuerySet[Any]], **kwargs: Any) -> None:
        self.queryset = queryset
        super().__init__(**kwargs)

    @property
    def field(self) -> Any:
        if not hasattr(self, "_field"):
            # A filter of a FilterSet has its parent; one read alone (the schema) has none.
            request = getattr(getattr(self, "parent", None), "request", None)
            self.extra["records"] = functools.partial(self.queryset, request)
        return super().field


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": MAX_ID})
class RecordIdFilter(VisibleRecordsFilter):
    """The id of a record the user may see (`queryset(request)`); another id is a 400."""

    field_class = RecordIdField


class NamedRecordField(forms.Field):
    """A record named by its slug or its name in any case (or, `by_id`, by its id) among
    `records()` (what the user may see): the ids of the records so named. A value that names
    none is refused, with the values there are when they are few."""

    LISTED = 20  # at most this many values are offered in a refusal

    def __init__(self, *, records: Records, noun: str, by_id: bool = False, **kwargs: Any) -> None:
        self.records, self.noun, self.by_id = records, noun, by_id
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> list[int] | None:
        if value in self.empty_values:
            return None
        text = str(value).strip()
        ProhibitNullCharactersValidator()(text)  # as a CharField refuses it, before the database
        condition = Q(slug__iexact=text) | Q(name__iexact=text)
        number = parse_id(text) if self.by_id else None
        if number is not None:
            condition |= Q(pk=number)
        records = self.records()
        ids = list(records.filter(condition).order_by().values_list("pk", flat=True)[:10])
        if not ids:
            raise self._refusal(records, text)
        return ids

    def _refusal(self, records: QuerySet[Any], text: str) -> forms.ValidationError:
        # The text goes in as a parameter: django-filter %-formats every message.
        params = {"noun": self.noun, "text": text}
        slugs = list(records.order_by("slug").values_list("slug", flat=True)[: self.LISTED + 1])
        if not slugs:
            message = "No %(noun)s is called “%(text)s”: there are none to filter by."
            return forms.ValidationError(message, code=NAMES_NOTHING, params=params)
        params["how"] = "id, slug or name" if self.by_id else "slug or name"
        params["listed"] = ", ".join(slugs[: self.LISTED]) + (
            ", …" if len(slugs) > self.LISTED else ""
        )
        message = "No %(noun)s is called “%(text)s”. Give a %(noun)s's %(how)s: %(listed)s."
        return forms.ValidationError(message, code=NAMES_NOTHING, params=params)


@extend_schema_field({"type": "string"})
class NamedRecordFilter(VisibleRecordsFilter):
    """A topic or metric by slug or name in any case; filters through `method`, which is given
    the named records' ids."""

    field_class = NamedRecordField


def _user(request: Any) -> Any:
    return getattr(request, "user", None)


def visible_topics(request: Any) -> QuerySet[Topic]:
    """Topics of claims the user may see (a topic only drafts carry is not named to readers)."""
    tagged = Topic.claims.through.objects.filter(
        topic=OuterRef("pk"), claim__in=Claim.objects.visible_to(_user(request))
    )
    return Topic.objects.filter(Exists(tagged))


def visible_metrics(request: Any) -> QuerySet[Any]:
    return selectors.metrics_for_api(_user(request))


def visible_entities(request: Any) -> QuerySet[Any]:
    return selectors.entities_for_api(_user(request))


def visible_sources(request: Any) -> QuerySet[Any]:
    return selectors.sources_for_api(_user(request)).prefetch_related(None).select_related(None)


def visible_claims(request: Any) -> QuerySet[Any]:
    return Claim.objects.visible_to(_user(request))


def _tagged(queryset: QuerySet[Any], topic_ids: list[int], claim: str = "pk") -> QuerySet[Any]:
    tagged = Topic.claims.through.objects.filter(claim=OuterRef(claim), topic_id__in=topic_ids)
    return queryset.filter(Exists(tagged))


class StrictFilterBackend(DjangoFilterBackend):
    """Refuses, on a list, a parameter that no filter, pager or ordering takes (`?colour=red`,
    `?Topic=x`), naming the ones it could be; and an empty value for a filter that is not free
    text (`?unit=`), instead of quietly ignoring it: the client meant something, and should learn
    it was not understood."""

    # Taken by every view: DRF's format override.
    ALWAYS_ALLOWED = frozenset({"format"})

    def filter_queryset(self, request: Any, queryset: QuerySet[Any], view: Any) -> QuerySet[Any]:
        filterset_class = self.get_filterset_class(view, queryset)
        if not getattr(view, "detail", False):
            _refuse_unknown_parameters(request, view, filterset_class)
        if filterset_class is not None:
            if not any(name in request.query_params for name in filterset_class.base_filters):
                # Nothing to filter by: building and validating the filter form for nothing
                # was a tenth of an unfiltered page's time.
                return queryset
            empty = {
                name: ["Give a value, or leave the parameter out."]
                for name, declared in filterset_class.base_filters.items()
                # A topic or metric is text: empty is no filter, as for the free-text ones.
                if not isinstance(declared, django_filters.CharFilter | NamedRecordFilter)
                and "" in request.query_params.getlist(name)
            }
            if empty:
                raise serializers.ValidationError(empty)
        return super().filter_queryset(request, queryset, view)


def _refuse_unknown_parameters(request: Any, view: Any, filterset_class: Any) -> None:
    filters = set(filterset_class.base_filters) if filterset_class is not None else set()
    others = set(StrictFilterBackend.ALWAYS_ALLOWED)
    paginator = getattr(view, "paginator", None)
    for attribute in ("cursor_query_param", "page_size_query_param"):
        if getattr(paginator, attribute, None):
            others.add(getattr(paginator, attribute))
    for backend in getattr(view, "filter_backends", ()):
        if getattr(backend, "ordering_param", None) and getattr(view, "ordering_fields", None):
            others.add(backend.ordering_param)
    unknown = sorted(set(request.query_params) - filters - others)
    if unknown:
        allowed = ", ".join(sorted(filters | others))
        raise serializers.ValidationError(
            {name: [f"Not a parameter of this list. It takes: {allowed}."] for name in unknown}
        )


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(distinct=False, choices=ClaimStatus.choices)
    verdict = django_filters.MultipleChoiceFilter(distinct=False, choices=Verdict.choices)
    claimant = RecordIdFilter(
        field_name="claimant_id",
        queryset=visible_entities,
        noun="claimant",
        label="Claimant (entity id); an id that names no entity you may see is a 400",
    )
    topic = NamedRecordFilter(
        method="filter_topic",
        queryset=visible_topics,
        noun="topic",
        label="Topic slug or name, any case; one that names no topic is a 400",
    )
    place = SearchTextFilter(
        lookup_expr="icontains",
        label="Place contains",
    )
    # The four conditions on one figure: applied together, in filter_queryset.
    metric = NamedRecordFilter(
        field_name="figures__metric",
        queryset=visible_metrics,
        noun="metric",
        by_id=True,
        label="Metric id, slug or name, any case; one that names no metric is a 400",
    )
    unit = django_filters.ChoiceFilter(
        field_name="figures__unit", choices=Unit.choices, label="A figure's unit"
    )
    value_min = FigureValueFilter(field_name="figures__value", label="A figure's value ≥")
    value_max = FigureValueFilter(field_name="figures__value", label="A figure's value ≤")
    source = RecordIdFilter(
        method="filter_source",
        queryset=visible_sources,
        noun="source",
        label="Cites this source (id); an id that names no source you may see is a 400",
    )
    updated_since = SinceFilter(
        field_name="updated_at", lookup_expr="gte", label="Changed at or after (ISO 8601)"
    )
    q = SearchTextFilter(
        method="filter_search",
        label="Search: words in statements, quotes, metric names and claimants' names; figures "
        'by value and unit ("46%", "$240 million", "52 governments"); near spellings when few '
        "claims match",
    )

    def filter_topic(self, queryset: QuerySet[Any], name: str, value: list[int]) -> QuerySet[Any]:
        return _tagged(queryset, value)

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
            condition &= Q(metric_id__in=data["metric"])
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
    search = SearchTextFilter(
        method="filter_search",
        label="Name or slug contains",
    )

    def filter_search(self, queryset: QuerySet[Any], name: str, value: str) -> QuerySet[Any]:
        return queryset.filter(Q(name__icontains=value) | Q(slug__icontains=value))


class FigureFilter(django_filters.FilterSet):
    """The figures list's filters, which its CSV export takes too (the same filter_queryset)."""

    claim = RecordIdFilter(
        field_name="claim_id",
        queryset=visible_claims,
        noun="claim",
        label="Claim id; an id that names no claim you may see is a 400",
    )
    metric = NamedRecordFilter(
        method="filter_metric",
        queryset=visible_metrics,
        noun="metric",
        by_id=True,
        label="Metric id, slug or name, any case; one that names no metric is a 400",
    )
    topic = NamedRecordFilter(
        method="filter_topic",
        queryset=visible_topics,
        noun="topic",
        label="Its claim's topic: slug or name, any case; one that names no topic is a 400",
    )
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
    claimant = RecordIdFilter(
        field_name="claim__claimant_id",
        queryset=visible_entities,
        noun="claimant",
        label="Claimant id; an id that names no entity you may see is a 400",
    )
    source = RecordIdFilter(
        method="filter_source",
        queryset=visible_sources,
        noun="source",
        label="Its claim cites (id); an id that names no source you may see is a 400",
    )
    updated_since = SinceFilter(field_name="updated_at", lookup_expr="gte")

    def filter_metric(self, queryset: QuerySet[Any], name: str, value: list[int]) -> QuerySet[Any]:
        return queryset.filter(metric_id__in=value)

    def filter_topic(self, queryset: QuerySet[Any], name: str, value: list[int]) -> QuerySet[Any]:
        return _tagged(queryset, value, claim="claim_id")

    def filter_source(self, queryset: QuerySet[Any], name: str, value: Any) -> QuerySet[Any]:
        cites = Citation.objects.filter(claim=OuterRef("claim_id"), source_id=value)
        return queryset.filter(Exists(cites))


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices)
    publisher = RecordIdFilter(
        field_name="publisher_id",
        queryset=visible_entities,
        noun="publisher",
        label="Publisher (entity id); an id that names no entity you may see is a 400",
    )


class EntityFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=EntityKind.choices)
