"""A claim as the API writes it (its "document"): its one definition, CLAIM, and everything the API
derives from it.

CLAIM is a tree of nodes, each a model and its parts in the order the JSON shows them: columns
(the model's own fields, written as their type is written), One (a foreign key, as an object),
Many (a list of related rows) and Computed (a value Python adds to the answer: links, a figure's
display). From it come:

- the raw document in Python, from plain rows read one list at a time (`values()`), on every
  database;
- the raw document in PostgreSQL: one SQL query (row_to_json and json_agg), generated from
  CLAIM once per process, so that a page of claims is two queries (its ids, then their documents)
  and one claim a single query, with no Python objects besides the parsed JSON. Its text never
  changes, so psycopg can prepare it and PostgreSQL plan it once per connection
  (_server_binding_cursor);
- the answer: the raw document with its computed parts (`finish`), and its ETag;
- Last-Modified: the newest `updated_at` of the rows a document shows, and of its list rows
  removed (found in their history), in either builder;
- the figures CSV (`FIGURES_CSV`): the figure's document flattened, with the claim's and
  citation's provenance;
- the output serializers and so the OpenAPI schema (claims.api.serializers, which builds a
  serializer per node).

So a new field of the claim's JSON is a model field and a part here, and nothing else.
tests/api/test_claim_documents.py holds the two builders of the one definition to the same bytes.

A claim's ETag is a digest of its finished document (with URLs relative, so every host agrees):
it changes exactly when something the claim's JSON shows changes."""

import functools
import hashlib
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

import orjson
import psycopg
from django.conf import settings
from django.db import connections, models, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.db.models import Max, QuerySet
from django.http import Http404
from django.urls import get_script_prefix, get_urlconf, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from psycopg.types.numeric import Int8
from rest_framework import serializers
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

from claims import arithmetic
from claims.models import (
    BASIS_FIELDS,
    Citation,
    Claim,
    ClaimStatus,
    ClaimTransition,
    Figure,
    Metric,
    Topic,
    Verdict,
    figure_display,
)
from claims.permissions import can_view_status
from sources.models import Entity, Snapshot, Source

SIX_PLACES = Decimal("0.000001")


def when(value: datetime | None) -> str | None:
    """A time as the API writes it: ISO 8601 in UTC with "Z", as DRF writes it in the project's
    zone (UTC). Always UTC, as the database's builder writes it whatever TIME_ZONE says."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def number(value: Decimal | None) -> str | None:
    """As DRF's DecimalField writes it: a string with all six decimal places."""
    return None if value is None else f"{value.quantize(SIX_PLACES):f}"


def verdict(value: str, *, withdrawn: bool = False) -> dict[str, Any] | None:
    """A verdict as the API writes it. `withdrawn`: the claim was retracted, so the verdict no
    longer stands (it is still written, so that a reader can see what was withdrawn)."""
    if not value:
        return None
    verdict = Verdict(value)
    return {
        "value": verdict.value,
        "label": verdict.label,
        "rating_value": verdict.rating_value,
        "best_rating": Verdict.best_rating(),
        "worst_rating": Verdict.worst_rating(),
        "withdrawn": withdrawn,
    }


def claim_verdict(value: str, row: Mapping[str, Any]) -> dict[str, Any] | None:
    """A claim's verdict, withdrawn once the claim is retracted."""
    return verdict(value, withdrawn=row["status"] == ClaimStatus.RETRACTED)


def entry_verdict(value: str, row: Mapping[str, Any]) -> dict[str, Any] | None:
    """The verdict of an entry of a claim's corrections: the one a retraction withdrew is
    withdrawn; a correction's is the verdict it set then."""
    return verdict(value, withdrawn=row["to_status"] == ClaimStatus.RETRACTED)


# --- what a definition is made of -----------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A field of the node's model, under its own name. `answer` turns the raw value into the
    answer's (the verdict's value into its object), described for the schema by `schema` (a
    serializer or OpenAPI type for drf-spectacular). With `reads_row`, `answer` is also given the
    node's whole raw row (a claim's verdict is withdrawn when its status says retracted)."""

    name: str
    answer: Callable[..., Any] | None = None
    schema: Any = None
    reads_row: bool = False


@dataclass(frozen=True)
class One:
    """A foreign key of the node's model (`relation`, by default the part's name), written as
    its node's object, or null."""

    name: str
    node: "Node"
    relation: str = ""

    @property
    def field(self) -> str:
        return self.relation or self.name


@dataclass(frozen=True)
class Many:
    """The rows related to the node's row through `relation` (a reverse foreign key or a
    many-to-many field; by default the part's name), as a list in their node's order; with
    `where`, only those whose field is one of the values ((field, values), ...: names and values
    from our own code, written into the SQL as literals)."""

    name: str
    node: "Node"
    relation: str = ""
    where: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def field(self) -> str:
        return self.relation or self.name


class Links(NamedTuple):
    """What computed parts need besides the document: the scheme and host before every link
    ("" for relative links) and the claim's URL templates (url_templates())."""

    prefix: str
    templates: tuple[str, str, str]


@dataclass(frozen=True)
class Computed:
    """A value the answer adds in Python, from the node's raw document. For the schema, either
    `field`: the serializer field that reads it from a model instance (the model has it too,
    and serializers of other endpoints write instances), or `schema`: a serializer or OpenAPI
    type for drf-spectacular, with `description`."""

    name: str
    compute: Callable[[dict[str, Any], Links], Any]
    schema: Any = None
    description: str = ""
    field: Callable[[], serializers.Field[Any, Any, Any, Any]] | None = None
    # Whether `compute` reads the links (scheme and host); only the claim's own parts may, so that
    # one answer can be given another host's links by computing these again (`relinked`).
    links: bool = False


Part = Column | One | Many | Computed


@dataclass(frozen=True, eq=False)
class Node:
    """A model's row as an object of the document. `name` is its OpenAPI component; `order_by`
    orders a list of them."""

    model: type[models.Model]
    parts: tuple[Part, ...]
    name: str
    order_by: tuple[str, ...] = ("id",)

    @property
    def names(self) -> list[str]:
        return [part.name for part in self.parts]


# --- computed parts ------------------------------------------------------------------------------

_ID = "2147483647"  # stands for the claim's id in the URL templates


def url_templates() -> tuple[str, str, str]:
    """A claim's page, API and ClaimReview paths with the id left out, reversed once rather
    than three times per claim (per URL map and script prefix, which tests and deployments
    may change)."""
    return _url_templates(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())


@functools.lru_cache(maxsize=16)
def _url_templates(urlconf: str | None, prefix: str) -> tuple[str, str, str]:
    return (
        reverse("claim_page", args=[_ID]),
        reverse("api:claim-detail", args=[_ID]),
        reverse("api:claim-claimreview", args=[_ID]),
    )


def _claim_page(claim: dict[str, Any], links: Links) -> str:
    return links.prefix + links.templates[0].replace(_ID, str(claim["id"]))


def _claim_links(claim: dict[str, Any], links: Links) -> dict[str, Any]:
    pk = str(claim["id"])
    _, self_template, review_template = links.templates
    return {
        "self": links.prefix + self_template.replace(_ID, pk),
        "page": _claim_page(claim, links),
        "claimreview": links.prefix + review_template.replace(_ID, pk)
        if claim["status"] in ClaimStatus.reviewed()
        else None,
    }


def _figure_display(figure: dict[str, Any], links: Links) -> str:
    value, date_value = figure["value"], figure["date_value"]
    return figure_display(
        unit=figure["unit"],
        value=Decimal(value) if value is not None else None,
        qualifier=figure["qualifier"],
        currency=figure["currency"],
        date_value=date.fromisoformat(date_value) if date_value else None,
        date_value_precision=figure["date_value_precision"],
    )


def _retraction(claim: dict[str, Any], links: Links) -> dict[str, Any] | None:
    """When and why the claim was retracted, and the verdict that was withdrawn; null while it
    stands."""
    if claim["status"] != ClaimStatus.RETRACTED:
        return None
    entry = next(
        (e for e in reversed(claim["corrections"]) if e["to_status"] == ClaimStatus.RETRACTED),
        None,
    )
    return {
        "date": entry["created_at"] if entry else None,
        "reason": entry["note"] if entry else "",
        "withdrawn_verdict": verdict(claim["verdict"], withdrawn=True),
    }


def _figure_arithmetic(figure: dict[str, Any], links: Links) -> list[dict[str, str]]:
    return [
        check.as_dict() for check in arithmetic.figure_checks(arithmetic.facts_of_document(figure))
    ]


class ArithmeticCheckSerializer(serializers.Serializer[Any]):
    flag = serializers.ChoiceField(choices=arithmetic.Flag.choices)
    severity = serializers.ChoiceField(choices=arithmetic.Severity.choices)
    message = serializers.CharField(help_text="What the check found, in words.")
    computation = serializers.CharField(
        help_text="The arithmetic, written out: “(1,234 − 2,286) ÷ 2,286 = −46.0%”."
    )


@extend_schema_field(ArithmeticCheckSerializer(many=True))
class FigureArithmeticField(serializers.Field[Any, Any, Any, Any]):
    """A Figure instance's checks (claims.arithmetic), as the document's computed part has them."""

    def __init__(self) -> None:
        super().__init__(source="*", read_only=True)

    def to_representation(self, value: Any) -> list[dict[str, str]]:
        checks = arithmetic.figure_checks(arithmetic.facts_of_figure(value))
        return [check.as_dict() for check in checks]


class VerdictSerializer(serializers.Serializer[Any]):
    value = serializers.ChoiceField(choices=Verdict.choices)
    label = serializers.CharField()  # type: ignore[assignment]
    rating_value = serializers.IntegerField(allow_null=True)
    best_rating = serializers.IntegerField()
    worst_rating = serializers.IntegerField()
    withdrawn = serializers.BooleanField(
        help_text="The claim was retracted: this verdict no longer stands. Never show it as "
        "the claim's current verdict."
    )


class RetractionSerializer(serializers.Serializer[Any]):
    date = serializers.DateTimeField(allow_null=True)
    reason = serializers.CharField()
    withdrawn_verdict = VerdictSerializer(allow_null=True)


class ClaimLinksSerializer(serializers.Serializer[Any]):
    self = serializers.URLField()
    page = serializers.URLField()
    claimreview = serializers.URLField(allow_null=True)


# --- the definition ------------------------------------------------------------------------------

ENTITY = Node(
    Entity,
    (Column("id"), Column("name"), Column("slug"), Column("kind"), Column("url")),
    name="EntitySummary",
)
TOPIC = Node(Topic, (Column("name"), Column("slug")), name="Topic", order_by=("name", "id"))
METRIC = Node(
    Metric, (Column("id"), Column("name"), Column("slug"), Column("unit")), name="MetricSummary"
)
SNAPSHOT = Node(Snapshot, (Column("sha256"), Column("retrieved_at")), name="SnapshotRef")
SOURCE = Node(
    Source,
    (
        Column("id"),
        Column("kind"),
        Column("title"),
        Column("url"),
        One("publisher", ENTITY),
        Column("published_on"),
        Column("published_on_precision"),
    ),
    name="SourceSummary",
)
CITATION = Node(
    Citation,
    (
        Column("id"),
        One("source", SOURCE),
        Column("role"),
        Column("quote"),
        Column("is_paraphrase"),
        Column("quote_status"),
        Column("similarity"),
        One("snapshot", SNAPSHOT, relation="checked_snapshot"),
        Column("checked_at"),
    ),
    name="Citation",
)
FIGURE = Node(
    Figure,
    (
        Column("id"),
        One("metric", METRIC),
        Computed("display", _figure_display, field=lambda: serializers.CharField(read_only=True)),
        Column("value"),
        Column("unit"),
        Column("currency"),
        Column("qualifier"),
        Column("lower_bound"),
        Column("upper_bound"),
        Column("date_value"),
        Column("date_value_precision"),
        Column("period"),
        Column("as_written"),
        Column("rank"),
        Column("difference"),
        Column("difference_note"),
        *(Column(name) for name in BASIS_FIELDS),
        Computed(
            "arithmetic",
            _figure_arithmetic,
            field=FigureArithmeticField,
            description="The figure recomputed from its basis, and what does not follow.",
        ),
    ),
    name="FigureFields",
)
CORRECTION = Node(
    ClaimTransition,
    (
        Column("to_status"),
        Column("created_at"),
        Column("note"),
        Column(
            "verdict",
            answer=entry_verdict,
            schema=VerdictSerializer(allow_null=True),
            reads_row=True,
        ),
        Column("claim_version"),
    ),
    name="Correction",
    order_by=("created_at", "id"),
)
CLAIM = Node(
    Claim,
    (
        Column("id"),
        Computed("url", _claim_page, OpenApiTypes.URI, "The claim's public page.", links=True),
        Column("status"),
        Column("statement"),
        One("claimant", ENTITY),
        Column("place"),
        Column("period"),
        Many("topics", TOPIC),
        Column(
            "verdict",
            answer=claim_verdict,
            schema=VerdictSerializer(allow_null=True),
            reads_row=True,
        ),
        Computed(
            "retraction",
            _retraction,
            RetractionSerializer(allow_null=True),
            "When and why we retracted the claim, and the verdict withdrawn; null while the "
            "verdict stands.",
        ),
        Column("explanation"),
        Many("figures", FIGURE),
        Many("citations", CITATION),
        Column("version"),
        Column("needs_review"),
        Column("needs_review_reason"),
        Column("created_at"),
        Column("updated_at"),
        Column("published_at"),
        Many(
            "corrections",
            CORRECTION,
            relation="transitions",
            where=(("to_status", (ClaimStatus.CORRECTED.value, ClaimStatus.RETRACTED.value)),),
        ),
        Computed("links", _claim_links, ClaimLinksSerializer, links=True),
    ),
    name="Claim",
)


@dataclass(frozen=True)
class CsvLayout:
    """The figures CSV: one row per figure and citation (a figure without citations has one row,
    its citation columns empty). The figure's columns are its document's (FIGURE) flattened, in
    order, each named by its path ("metric.slug" is "metric_slug") unless `figure_names` names it
    otherwise, less `figure_left_out`; the claim's and the citation's are (column, path) in
    their finished documents."""

    figure_names: Mapping[str, str]
    figure_left_out: frozenset[str]
    claim: tuple[tuple[str, str], ...]
    citation: tuple[tuple[str, str], ...]


FIGURES_CSV = CsvLayout(
    figure_names={"id": "figure_id", "metric.name": "metric"},
    # The note is free text, which the export has always left out; so is what a figure was
    # computed from (the API has it, with the checks).
    figure_left_out=frozenset(
        {"metric.id", "metric.unit", "difference_note", *BASIS_FIELDS, "arithmetic"}
    ),
    claim=(
        ("claim_id", "id"),
        ("claim_url", "url"),
        ("claim_status", "status"),
        ("verdict", "verdict.value"),
        # A retracted claim's figures stay in the export, marked: its verdict is withdrawn.
        ("verdict_withdrawn", "verdict.withdrawn"),
        ("retracted_at", "retraction.date"),
        ("retraction_reason", "retraction.reason"),
        ("claimant", "claimant.name"),
        ("statement", "statement"),
    ),
    citation=(
        ("citation_id", "id"),
        ("citation_role", "role"),
        ("source_id", "source.id"),
        ("source_title", "source.title"),
        ("source_url", "source.url"),
        ("source_publisher", "source.publisher.name"),
        ("quote", "quote"),
        ("quote_status", "quote_status"),
        ("snapshot_sha256", "snapshot.sha256"),
        ("snapshot_retrieved_at", "snapshot.retrieved_at"),
    ),
)


# --- how a column is written -----------------------------------------------------------------------

# PostgreSQL writes a time as the API does: UTC, microseconds only when there are some (as
# Python's isoformat), "Z" for the zone (as DRF).
_SQL_TIME = (
    "replace(to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), '.000000Z', 'Z')"
)


def _iso_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _as_is(value: Any) -> Any:
    return value


def _float(value: Any) -> Any:
    # JSON from PostgreSQL writes a whole-number float as 1, Python as 1.0.
    return float(value) if isinstance(value, int) else value


class _Format(NamedTuple):
    python: Callable[[Any], Any]  # the model's value as the raw document has it
    sql: str  # the same in PostgreSQL, from the column ({})
    answer: Callable[[Any], Any] | None  # what the answer makes of the raw document's value


def _format(column: "models.Field[Any, Any]") -> _Format:
    """How the documents write a model field's value: every type a document shows is here, so
    that a field of another type fails here rather than read differently in the two builders."""
    if isinstance(column, models.DecimalField):
        return _Format(number, "{}::text", None)
    if isinstance(column, models.DateTimeField):
        return _Format(when, _SQL_TIME, None)
    if isinstance(column, models.DateField):
        return _Format(_iso_date, "{}", None)
    if isinstance(column, models.FloatField):
        return _Format(_as_is, "{}", _float)
    if isinstance(
        column,
        (models.CharField, models.TextField, models.IntegerField, models.BooleanField),
    ):
        return _Format(_as_is, "{}", None)
    raise TypeError(
        f"{column}: claims.documents does not know how to write a "
        f"{type(column).__name__} (see _format)"
    )


def model_field(node: Node, name: str) -> Any:
    return node.model._meta.get_field(name)


def _has_times(node: Node) -> bool:
    """Whether the node's rows keep when they changed (for Last-Modified)."""
    return any(f.name == "updated_at" for f in node.model._meta.concrete_fields)


def _history(model: type[models.Model]) -> type[models.Model] | None:
    """The model's history (django-simple-history), if it keeps one."""
    try:
        history: type[models.Model] = get_history_model_for_model(model)
    except NotHistoricalModelError:
        return None
    return history


# --- the raw document in Python --------------------------------------------------------------------


def _paths(node: Node, prefix: str, times: bool) -> list[str]:
    """The values() paths of a node's row: its primary key, columns and (joined) One parts."""
    paths = [prefix + node.model._meta.pk.name]
    for part in node.parts:
        if isinstance(part, Column):
            paths.append(prefix + part.name)
        elif isinstance(part, One):
            paths += _paths(part.node, f"{prefix}{part.field}__", times)
    if times and _has_times(node):
        paths.append(prefix + "updated_at")
    return list(dict.fromkeys(paths))


class _Built(NamedTuple):
    document: dict[str, Any]
    newest: datetime | None


class _List(NamedTuple):
    """A Many part's built rows by their owner's primary key, and when one was last removed."""

    rows: dict[Any, list[_Built]]
    removed: dict[Any, datetime]


def _newest(*times: datetime | None) -> datetime | None:
    known = [time for time in times if time is not None]
    return max(known) if known else None


@functools.cache
def _python_formats(node: Node) -> dict[str, Callable[[Any], Any]]:
    return {
        part.name: _format(model_field(node, part.name)).python
        for part in node.parts
        if isinstance(part, Column)
    }


def _lists(
    node: Node, rows: Sequence[Mapping[str, Any]], prefix: str, times: bool
) -> dict[tuple[str, str], _List]:
    """The Many parts of `node` and of its One nodes, for all `rows` at once: by (path of their
    owner, part name)."""
    found: dict[tuple[str, str], _List] = {}
    pk = node.model._meta.pk.name
    for part in node.parts:
        if isinstance(part, Many):
            ids = {row[prefix + pk] for row in rows} - {None}
            found[(prefix, part.name)] = _children(node, part, ids, times)
        elif isinstance(part, One):
            found |= _lists(part.node, rows, f"{prefix}{part.field}__", times)
    return found


def _children(owner: Node, part: Many, ids: set[Any], times: bool) -> _List:
    """The built rows of `part` for the owners `ids`, in order; with `times`, also the newest
    removal of one (from its history: a removal leaves no row of its own). Link rows of a
    many-to-many field keep no time."""
    found = _List(defaultdict(list), {})
    if not ids:
        return found
    relation = model_field(owner, part.field)
    if relation.many_to_many:
        through = relation.remote_field.through
        source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        rows_of = through._default_manager.filter(**{f"{source}__in": ids})
        owner_key = through._meta.get_field(source).attname
        prefix = f"{target}__"
    else:
        rows_of = part.node.model._default_manager.filter(**{f"{relation.field.name}__in": ids})
        owner_key = relation.field.attname
        prefix = ""
    for field, values in part.where:
        rows_of = rows_of.filter(**{f"{prefix}{field}__in": values})
    rows = list(
        rows_of.order_by(*(prefix + name for name in part.node.order_by)).values(
            owner_key, *_paths(part.node, prefix, times)
        )
    )
    for row, built in zip(rows, _build(part.node, rows, prefix, times), strict=True):
        found.rows[row[owner_key]].append(built)
    history = _history(part.node.model) if times and not relation.many_to_many else None
    if history is not None:
        key = relation.field.attname
        removals = (
            history._default_manager.filter(**{f"{key}__in": ids}, history_type="-")
            .order_by()
            .values(key)
            .annotate(newest=Max("history_date"))
        )
        found.removed.update((removal[key], removal["newest"]) for removal in removals)
    return found


def _build(node: Node, rows: Sequence[Mapping[str, Any]], prefix: str, times: bool) -> list[_Built]:
    lists = _lists(node, rows, prefix, times)
    return [_build_row(node, row, prefix, lists, times) for row in rows]


def _build_row(
    node: Node,
    row: Mapping[str, Any],
    prefix: str,
    lists: Mapping[tuple[str, str], _List],
    times: bool,
) -> _Built:
    formats = _python_formats(node)
    document: dict[str, Any] = {}
    newest = row[prefix + "updated_at"] if times and _has_times(node) else None
    for part in node.parts:
        if isinstance(part, Column):
            document[part.name] = formats[part.name](row[prefix + part.name])
        elif isinstance(part, One):
            inner = f"{prefix}{part.field}__"
            if row[inner + part.node.model._meta.pk.name] is None:
                document[part.name] = None
            else:
                built = _build_row(part.node, row, inner, lists, times)
                document[part.name] = built.document
                newest = _newest(newest, built.newest)
        elif isinstance(part, Many):
            pk = row[prefix + node.model._meta.pk.name]
            items, removed = lists[(prefix, part.name)]
            document[part.name] = [item.document for item in items.get(pk, [])]
            newest = _newest(newest, removed.get(pk), *(item.newest for item in items.get(pk, [])))
    return _Built(document, newest)


def _claim_rows(ids: Iterable[int], times: bool) -> list[dict[str, Any]]:
    return list(Claim.objects.filter(pk__in=ids).order_by().values(*_paths(CLAIM, "", times)))


# --- the raw document in PostgreSQL ----------------------------------------------------------------


def _quote(name: str) -> str:
    return f'"{name}"'


class _SqlWriter:
    """Writes a node as PostgreSQL JSON: row_to_json of its columns, its One parts joined,
    its Many parts as correlated json_agg subqueries; and the times its Last-Modified is the
    newest of. Every name in the SQL comes from the models' metadata (S608 below); the ids are
    parameters."""

    def __init__(self) -> None:
        self.aliases = itertools.count(1)

    def alias(self) -> str:
        return f"t{next(self.aliases)}"

    @staticmethod
    def column(alias: str, model: type[models.Model], name: str) -> str:
        field: Any = model._meta.get_field(name)
        return f"{alias}.{_quote(field.column)}"

    @staticmethod
    def table(model: type[models.Model]) -> str:
        return _quote(model._meta.db_table)

    def node(self, node: Node, alias: str) -> tuple[str, list[str], list[str]]:
        """The node's JSON at `alias`, the joins its One parts need, and its times."""
        pairs, joins, times = [], [], []
        if _has_times(node):
            times.append(self.column(alias, node.model, "updated_at"))
        for part in node.parts:
            if isinstance(part, Computed):
                continue
            assert part.name.isidentifier(), part.name
            if isinstance(part, Column):
                value = _format(model_field(node, part.name)).sql.format(
                    self.column(alias, node.model, part.name)
                )
            elif isinstance(part, One):
                key = model_field(node, part.field)
                inner = self.alias()
                target = part.node.model
                joins.append(
                    f"{'LEFT JOIN' if key.null else 'JOIN'} {self.table(target)} {inner}"
                    f" ON {self.column(inner, target, key.target_field.name)}"
                    f" = {alias}.{_quote(key.column)}"
                )
                value, inner_joins, inner_times = self.node(part.node, inner)
                joins += inner_joins
                times += inner_times
                if key.null:
                    missing = self.column(inner, target, key.target_field.name)
                    value = f"CASE WHEN {missing} IS NULL THEN NULL ELSE {value} END"
            else:
                rows, where, child = self.many(node, part, alias)
                value, inner_joins, _ = self.node(part.node, child)
                order = ", ".join(
                    self.column(child, part.node.model, name) for name in part.node.order_by
                )
                value = (
                    f"coalesce((SELECT json_agg({value} ORDER BY {order})"  # noqa: S608
                    f" FROM {' '.join([rows, *inner_joins])} WHERE {where}), '[]')"
                )
                times += self.many_times(node, part, alias)
            pairs.append(f'{value} AS "{part.name}"')
        # row_to_json of a one-row select, not json_build_object: the same JSON (keys in the
        # same order), built a tenth faster (a figure has 30 keys; a page has 150 figures).
        document = f"(SELECT row_to_json(r) FROM (SELECT {', '.join(pairs)}) r)"  # noqa: S608
        return document, joins, times

    def many(self, owner: Node, part: Many, alias: str) -> tuple[str, str, str]:
        """The rows of a Many part of the row at `alias`: FROM (less the joins of their One
        parts), WHERE, and their alias."""
        relation = model_field(owner, part.field)
        child = self.alias()
        target = part.node.model
        if relation.many_to_many:
            through = relation.remote_field.through
            link = self.alias()
            source = through._meta.get_field(relation.m2m_field_name())
            dest = through._meta.get_field(relation.m2m_reverse_field_name())
            rows = (
                f"{self.table(through)} {link} JOIN {self.table(target)} {child}"
                f" ON {self.column(child, target, dest.target_field.name)}"
                f" = {link}.{_quote(dest.column)}"
            )
            where = f"{link}.{_quote(source.column)} = {self._target(alias, source)}"
        else:
            key = relation.field
            rows = f"{self.table(target)} {child}"
            where = f"{child}.{_quote(key.column)} = {self._target(alias, key)}"
        for field, values in part.where:
            assert all(value.isidentifier() for value in values), values
            listed = ", ".join(f"'{value}'" for value in values)
            where += f" AND {self.column(child, target, field)} IN ({listed})"
        return rows, where, child

    @staticmethod
    def _target(alias: str, key: Any) -> str:
        """The column of the row at `alias` that the foreign key `key` points to."""
        return f"{alias}.{_quote(key.target_field.column)}"

    def many_times(self, owner: Node, part: Many, alias: str) -> list[str]:
        """The newest change among a Many part's rows (and their One rows), and the newest
        removal of one (from its history: a removal leaves no row of its own). Link rows of a
        many-to-many field keep no time."""
        relation = model_field(owner, part.field)
        if relation.many_to_many:
            return []
        found = []
        rows, where, child = self.many(owner, part, alias)
        _, joins, times = self.node(part.node, child)
        if times:
            found.append(
                f"(SELECT max(GREATEST({', '.join(times)}))"  # noqa: S608
                f" FROM {' '.join([rows, *joins])} WHERE {where})"
            )
        history = _history(part.node.model)
        if history is not None:
            removed = self.alias()
            key = relation.field
            found.append(
                f"(SELECT max({self.column(removed, history, 'history_date')})"  # noqa: S608
                f" FROM {self.table(history)} {removed}"
                f" WHERE {removed}.{_quote(key.column)} = {self._target(alias, key)}"
                f" AND {self.column(removed, history, 'history_type')} = '-')"
            )
        return found


@functools.cache
def document_sql(*, one: bool, last_modified: bool) -> str:
    """The PostgreSQL query of claims' raw documents (and their Last-Modified), generated from
    CLAIM: the same text every time in a process. `one`: for the claim `%s`, else for the claims
    in the array `%s`. Each row: id, document (JSON text), Last-Modified (or null)."""
    writer = _SqlWriter()
    alias = writer.alias()
    document, joins, times = writer.node(CLAIM, alias)
    newest = f"GREATEST({', '.join(times)})" if last_modified else "NULL::timestamptz"
    pk = writer.column(alias, Claim, "id")
    where = f"{pk} = %s" if one else f"{pk} = ANY(%s::bigint[])"
    return (
        f"SELECT {pk}, {document}::text, {newest}"  # noqa: S608
        f" FROM {' '.join([f'{writer.table(Claim)} {alias}', *joins])} WHERE {where}"
    )


def builds_in_database() -> bool:
    """Whether claim documents are built by PostgreSQL (else in Python)."""
    return connections[router.db_for_read(Claim)].vendor == "postgresql"


def _database_rows(ids: list[int], *, last_modified: bool) -> list[tuple[Any, ...]]:
    """(id, raw document as JSON text, Last-Modified or None) of the claims `ids`, in one query.
    The query reads whatever it is given: `ids` must come from what the reader may see."""
    connection = connections[router.db_for_read(Claim)]
    one = len(ids) == 1
    sql = document_sql(one=one, last_modified=last_modified)
    # As bigint, whatever their size, so that each query keeps one parameter type.
    params = [Int8(ids[0])] if one else [[Int8(pk) for pk in ids]]
    with _server_binding_cursor(connection) as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


def _server_binding_cursor(connection: BaseDatabaseWrapper) -> CursorWrapper:
    """A cursor like connection.cursor(), but that sends parameters apart from the query (the
    ORM's cursors write them into its text), so that psycopg prepares a query this process runs
    again and again: the same text every time, planned once per connection rather than on every
    request (planning the document query costs more than running it for one claim). psycopg
    prepares after the connection's prepare_threshold runs (OPTIONS["prepare_threshold"]; Django
    leaves it off, for poolers that cannot keep prepared statements); the ORM's own cursors are
    never prepared, whatever it says. Prepared, PostgreSQL settles on a generic plan after five
    runs: each query here looks claims up by primary key, so no custom plan can do better."""
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    connection.validate_thread_sharing()
    cursor = psycopg.Cursor(connection.connection)
    # django-stubs type the raw cursor these take as the wrapper they return.
    if connection.queries_logged:
        return connection.make_debug_cursor(cursor)  # type: ignore[arg-type]
    return connection.make_cursor(cursor)  # type: ignore[arg-type]


# --- raw documents, from either builder -------------------------------------------------------------


def raw_documents(ids: Sequence[int]) -> list[dict[str, Any]]:
    """The raw documents of the claims `ids` (which must be claims the reader may see), in the
    order of `ids`; a claim that no longer exists is left out."""
    if not ids:
        return []
    if builds_in_database():
        texts = {pk: text for pk, text, _ in _database_rows(list(ids), last_modified=False)}
        return [orjson.loads(texts[pk]) for pk in ids if pk in texts]
    return _python_documents(_claim_rows(ids, times=False))


def _python_documents(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [built.document for built in _build(CLAIM, rows, "", times=False)]


def page_rows(queryset: QuerySet[Claim]) -> QuerySet[Any]:
    """`queryset` as the rows a page of claims is built from (claims_answer), with what the
    cursor pagination orders by. PostgreSQL builds the page's documents in a second query, from
    the ids (in the page's query, the document would be built for every claim it looks at);
    in Python the page's query reads the claims' own row and their One rows."""
    ordering = ("id", "updated_at", "created_at")
    if builds_in_database():
        return queryset.values(*ordering)
    return queryset.values(*dict.fromkeys([*_paths(CLAIM, "", times=False), *ordering]))


# --- the answer ------------------------------------------------------------------------------------


Finish = Callable[[dict[str, Any], Links], dict[str, Any]]
Step = Callable[[dict[str, Any], dict[str, Any], Links], None]  # (answer, raw, links)


def _finisher(node: Node) -> Finish | None:
    """What turns a node's raw document into the answer's, or None where nothing changes."""
    steps: list[Step] = []
    for part in node.parts:
        if isinstance(part, Computed):
            steps.append(_computed_step(part.name, part.compute))
        elif isinstance(part, Column):
            if part.answer is not None and part.reads_row:
                steps.append(_row_step(part.name, part.answer))
                continue
            answer = part.answer or _format(model_field(node, part.name)).answer
            if answer is not None:
                steps.append(_mapped_step(part.name, answer))
        elif (inner := _finisher(part.node)) is not None:
            steps.append(_nested_step(part.name, inner, many=isinstance(part, Many)))
    if not steps:
        return None
    # Computed keys go between the raw document's: every key in its place first, then the raw
    # values over them (both in C: this runs for every object of every answer).
    names = node.names if any(isinstance(part, Computed) for part in node.parts) else None

    def finish(raw: dict[str, Any], links: Links) -> dict[str, Any]:
        if names is None:
            answer = raw.copy()
        else:
            answer = dict.fromkeys(names)
            answer.update(raw)
        for step in steps:
            step(answer, raw, links)
        return answer

    return finish


def _computed_step(name: str, compute: Callable[[dict[str, Any], Links], Any]) -> Step:
    def step(answer: dict[str, Any], raw: dict[str, Any], links: Links) -> None:
        answer[name] = compute(raw, links)

    return step


def _mapped_step(name: str, mapped: Callable[[Any], Any]) -> Step:
    def step(answer: dict[str, Any], raw: dict[str, Any], links: Links) -> None:
        answer[name] = mapped(raw[name])

    return step


def _row_step(name: str, mapped: Callable[[Any, dict[str, Any]], Any]) -> Step:
    def step(answer: dict[str, Any], raw: dict[str, Any], links: Links) -> None:
        answer[name] = mapped(raw[name], raw)

    return step


def _nested_step(name: str, finish: Finish, *, many: bool) -> Step:
    def step(answer: dict[str, Any], raw: dict[str, Any], links: Links) -> None:
        value = raw[name]
        if many:
            answer[name] = [finish(item, links) for item in value]
        elif value is not None:
            answer[name] = finish(value, links)

    return step


@functools.cache
def _claim_finisher() -> Finish:
    finisher = _finisher(CLAIM)
    assert finisher is not None
    return finisher


def finish(
    raw: Iterable[dict[str, Any]], *, prefix: str, templates: tuple[str, str, str]
) -> list[dict[str, Any]]:
    """The API's claim JSON from raw documents; `prefix` (scheme and host, or "") goes before
    every link."""
    finisher, links = _claim_finisher(), Links(prefix, templates)
    return [finisher(document, links) for document in raw]


def request_prefix(request: Any) -> str:
    """Scheme and host of the request (links are absolute), or "" without a request."""
    return request.build_absolute_uri("/")[:-1] if request is not None else ""


def answers(raw: Iterable[dict[str, Any]], request: Any) -> list[dict[str, Any]]:
    return finish(raw, prefix=request_prefix(request), templates=url_templates())


def claims_answer(rows: Sequence[Mapping[str, Any]], request: Any) -> list[dict[str, Any]]:
    """A page of claims, from the rows of page_rows() (or any rows with the claims' ids)."""
    if not rows:
        return []
    if not builds_in_database() and all(path in rows[0] for path in _paths(CLAIM, "", False)):
        return answers(_python_documents(rows), request)
    return answers(raw_documents([row["id"] for row in rows]), request)


# --- one claim, with its ETag and Last-Modified ---------------------------------------------------


def _nodes(node: Node) -> Iterator[Node]:
    yield node
    for part in node.parts:
        if isinstance(part, One | Many):
            yield from _nodes(part.node)


@functools.cache
def _linked_parts() -> tuple[Computed, ...]:
    """The claim's parts that read the links; no part of a nested node may."""
    for node in itertools.islice(_nodes(CLAIM), 1, None):
        for part in node.parts:
            if isinstance(part, Computed) and part.links:
                raise ValueError(f"{node.name}.{part.name}: only the claim's own parts read links")
    return tuple(part for part in CLAIM.parts if isinstance(part, Computed) and part.links)


def relinked(answer: dict[str, Any], raw: dict[str, Any], links: Links) -> dict[str, Any]:
    """A claim's answer (finish) with `links` in place of the ones it was finished with: the
    same as finishing the raw document again, without computing what reads no links."""
    again = answer.copy()
    for part in _linked_parts():
        again[part.name] = part.compute(raw, links)
    return again


@dataclass(frozen=True)
class ClaimDocument:
    raw: dict[str, Any]
    last_modified: datetime | None

    @functools.cached_property
    def _relative(self) -> dict[str, Any]:
        """The answer with relative links, which the ETag is a digest of."""
        return finish([self.raw], prefix="", templates=url_templates())[0]

    @property
    def etag(self) -> str:
        digest = hashlib.sha256(orjson.dumps(self._relative)).hexdigest()[:20]
        return f'"claim-{self.raw["id"]}-v{self.raw["version"]}-{digest}"'

    def answer(self, request: Any) -> dict[str, Any]:
        # The ETag's answer, relinked: one claim is finished once per request, not twice.
        links = Links(request_prefix(request), url_templates())
        return relinked(self._relative, self.raw, links)


def claim_document(user: Any, pk: int, *, last_modified: bool = True) -> ClaimDocument:
    """The document of claim `pk`, if `user` may see it (the access rule, claims.permissions, on
    the status the document was built from); Http404 otherwise. With `last_modified`, the
    newest change to what it shows, as far as rows keep the time (topics keep none: a renamed
    topic changes the ETag only), including a list row removed."""
    if builds_in_database():
        rows = _database_rows([pk], last_modified=last_modified)
        if not rows:
            raise Http404
        _, text, changed = rows[0]
        raw = orjson.loads(text)
        if not can_view_status(user, raw["status"]):
            raise Http404
        return ClaimDocument(raw, changed)

    claims = _claim_rows([pk], times=last_modified)
    if not claims or not can_view_status(user, claims[0]["status"]):
        raise Http404
    built = _build(CLAIM, claims, "", times=last_modified)[0]
    return ClaimDocument(built.document, built.newest if last_modified else None)


# --- the figures CSV -------------------------------------------------------------------------------


def _leaves(node: Node, prefix: str = "") -> Iterator[tuple[str, Node, Part]]:
    """(path, node, part) of every value of a node's document that is not a list, in order."""
    for part in node.parts:
        if isinstance(part, One):
            yield from _leaves(part.node, f"{prefix}{part.name}.")
        elif not isinstance(part, Many):
            yield prefix + part.name, node, part


@dataclass(frozen=True)
class _CsvColumn:
    header: str
    path: tuple[str, ...]  # in the finished document
    is_time: bool

    def value(self, document: Mapping[str, Any]) -> Any:
        value: Any = document
        for key in self.path:
            value = value[key] if value is not None else None
        if value is None:
            return ""
        # As the export has always written times: Python's isoformat, in UTC.
        return datetime.fromisoformat(value).isoformat() if self.is_time else value


def _csv_column(node: Node, header: str, path: str) -> _CsvColumn:
    leaves = {leaf: (leaf_node, part) for leaf, leaf_node, part in _leaves(node)}
    # A path may go on into what the answer makes of a column ("verdict.value").
    if not any(path == leaf or path.startswith(leaf + ".") for leaf in leaves):
        raise LookupError(f"FIGURES_CSV: {node.name} has no {path}")
    leaf_node, part = leaves.get(path, (node, None))
    is_time = isinstance(part, Column) and isinstance(
        model_field(leaf_node, part.name), models.DateTimeField
    )
    return _CsvColumn(header, tuple(path.split(".")), is_time)


@functools.cache
def _csv_columns() -> tuple[list[_CsvColumn], list[_CsvColumn], list[_CsvColumn]]:
    layout = FIGURES_CSV
    figure = [
        _csv_column(FIGURE, layout.figure_names.get(path, path.replace(".", "_")), path)
        for path, _, _ in _leaves(FIGURE)
        if path not in layout.figure_left_out
    ]
    claim = [_csv_column(CLAIM, header, path) for header, path in layout.claim]
    citation = [_csv_column(CITATION, header, path) for header, path in layout.citation]
    return figure, claim, citation


def figures_csv_header() -> list[str]:
    return [column.header for columns in _csv_columns() for column in columns]


def figures_csv_rows(figures: Sequence[tuple[int, int]], request: Any) -> Iterator[list[Any]]:
    """The CSV rows of `figures` ((figure id, claim id), of claims the reader may see)."""
    figure_columns, claim_columns, citation_columns = _csv_columns()
    claim_ids = list(dict.fromkeys(claim_id for _, claim_id in figures))
    claims = {claim["id"]: claim for claim in answers(raw_documents(claim_ids), request)}
    for figure_id, claim_id in figures:
        claim = claims.get(claim_id, {"figures": []})
        figure = next((f for f in claim["figures"] if f["id"] == figure_id), None)
        if figure is None:
            continue  # removed since the figures were listed
        head = [column.value(figure) for column in figure_columns]
        head += [column.value(claim) for column in claim_columns]
        if not claim["citations"]:
            yield head + [""] * len(citation_columns)
        for citation in claim["citations"]:
            yield head + [column.value(citation) for column in citation_columns]


# --- a frozen document, read back ----------------------------------------------------------------


def frozen_instance(node: Node, raw: Mapping[str, Any]) -> Any:
    """The unsaved instance of `node`'s model that a raw document describes: its columns as the
    fields' Python values, its One parts as related instances, its Many parts as lists under
    `frozen_<name>`. What a card or page pinned to a frozen version (ClaimVersion) renders, with
    the same templates as the live one. Never saved."""
    instance = node.model()
    for part in node.parts:
        if isinstance(part, Column):
            field = model_field(node, part.name)
            value = raw.get(part.name)
            setattr(instance, field.attname, None if value is None else field.to_python(value))
        elif isinstance(part, One):
            value = raw.get(part.name)
            related = None if value is None else frozen_instance(part.node, value)
            setattr(instance, part.field, related)
        elif isinstance(part, Many):
            rows = raw.get(part.name) or []
            setattr(instance, f"frozen_{part.name}", [frozen_instance(part.node, r) for r in rows])
    return instance


def frozen_answer(raw: Mapping[str, Any], request: Any) -> dict[str, Any]:
    """The API's answer for a frozen document, with the request's scheme and host in links."""
    return frozen_document(raw, prefix=request_prefix(request))


def frozen_document(raw: Mapping[str, Any], *, prefix: str) -> dict[str, Any]:
    """A frozen document as the API writes it, `prefix` (scheme and host, or "") before every
    link. A document frozen before a part was added to the definition lacks it: the part reads
    as null (an empty list for a Many), as for a row without it, rather than failing."""
    return finish([_complete(CLAIM, raw)], prefix=prefix, templates=url_templates())[0]


def _complete(node: Node, raw: Mapping[str, Any]) -> dict[str, Any]:
    complete = dict(raw)
    for part in node.parts:
        if isinstance(part, Computed):
            continue
        value = raw.get(part.name)
        if isinstance(part, One):
            complete[part.name] = None if value is None else _complete(part.node, value)
        elif isinstance(part, Many):
            complete[part.name] = [_complete(part.node, row) for row in value or []]
        else:
            complete[part.name] = value
    return complete
