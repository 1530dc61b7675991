"""A claim as the API writes it (its "document"), with the ETag and Last-Modified that go with it.

Two builders make the same document:

- in Python, from plain rows read one table at a time (`Related`). It runs on every database
  and is the definition;
- on PostgreSQL, inside the database: a function (migration claims/0009) that builds claims' JSON
  with their claimant, topics, figures and citations, so that a page of claims is two queries
  (its ids, then their documents) and one claim a single query, with no Python objects besides
  the parsed JSON. The claim list and detail are the API's busiest requests: built in Python,
  their eight queries with the ORM's compilation cost more than everything else together.

Both give the same "raw" document (figures without their display, the verdict as its value,
no links), and one `finish` turns it into the answer: figure display, verdict, URLs. The test
tests/api/test_claim_documents.py holds the two builders to the same output on PostgreSQL.

A claim's ETag is a digest of its finished document (with URLs relative, so every host agrees):
it changes exactly when something the claim's JSON shows changes."""

import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import orjson
from django.conf import settings
from django.db import connections, router
from django.db.models import Max, QuerySet
from django.http import Http404
from django.urls import get_script_prefix, get_urlconf, reverse

from claims.api import selectors
from claims.models import (
    Citation,
    Claim,
    ClaimStatus,
    Figure,
    Metric,
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


def builds_in_database() -> bool:
    """Whether claim documents are built by PostgreSQL (else in Python)."""
    return connections[router.db_for_read(Claim)].vendor == "postgresql"


# --- in PostgreSQL --------------------------------------------------------------------------


def _document_rows(ids: list[int], *, last_modified: bool) -> list[tuple[Any, ...]]:
    """(id, raw document as JSON text, Last-Modified or None) of the claims `ids`, in one query.
    The function reads whatever it is given: `ids` must come from what the reader may see."""
    with connections[router.db_for_read(Claim)].cursor() as cursor:
        cursor.execute(
            "SELECT claim_id, document, last_modified"
            " FROM claims_claim_documents(%s::bigint[], %s)",
            [ids, last_modified],
        )
        return list(cursor.fetchall())


def documents_by_id(ids: list[int]) -> dict[int, str]:
    """The raw documents (JSON text) of the claims `ids`, which must be claims the reader may
    see."""
    return {pk: text for pk, text, _ in _document_rows(ids, last_modified=False)}


# --- in Python --------------------------------------------------------------------------------

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
# A claim row as the Python builder reads it: the claim's own columns and its claimant's.
CLAIM_ROW_FIELDS = (*CLAIM_FIELDS, *(f"claimant__{name}" for name in ENTITY_FIELDS))


def claim_row(claim: Claim) -> dict[str, Any]:
    """A loaded claim (with its claimant) as the row the Python builder reads."""
    row = {name: getattr(claim, name) for name in CLAIM_FIELDS}
    row["id"] = claim.pk
    for name in ENTITY_FIELDS:
        row[f"claimant__{name}"] = getattr(claim.claimant, name)
    return row


def _rows_by_id(queryset: Any, ids: set[int], fields: tuple[str, ...]) -> dict[int, dict[str, Any]]:
    if not ids:
        return {}
    return {row["id"]: row for row in queryset.filter(id__in=ids).order_by().values(*fields)}


@dataclass
class Related:
    """What the Python builder reads besides the claims: plain rows, by claim or by id."""

    topics: dict[int, list[dict[str, str]]]
    figures: list[dict[str, Any]]
    citations: list[dict[str, Any]]
    metrics: dict[int, dict[str, Any]]
    sources: dict[int, dict[str, Any]]
    publishers: dict[int, dict[str, Any]]
    snapshots: dict[int, dict[str, Any]]

    @classmethod
    def read(cls, ids: list[int]) -> "Related":
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
    def of_loaded(cls, claim: Claim) -> "Related":
        """The same rows from a claim loaded by selectors.claims_for_api (topics, figures with
        their metric, citations with their source, publisher and checked snapshot)."""
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


def raw_document(claim: Claim) -> dict[str, Any]:
    """The raw document of one claim, from its relations when they are loaded (as
    selectors.claims_for_api loads them), else read afresh."""
    prefetched = getattr(claim, "_prefetched_objects_cache", {})
    loaded = {"topics", "figures", "citations"} <= prefetched.keys()
    return raw_documents([claim_row(claim)], Related.of_loaded(claim) if loaded else None)[0]


def raw_documents(
    claims: Sequence[Mapping[str, Any]], related: Related | None = None
) -> list[dict[str, Any]]:
    """The raw documents of claim rows (CLAIM_ROW_FIELDS), built in Python: what
    claims_claim_documents builds in PostgreSQL. `related`: the rows of a claim already loaded
    with its relations, to read nothing twice."""
    if related is None:
        related = Related.read([claim["id"] for claim in claims])
    metrics, sources = related.metrics, related.sources
    publishers, snapshots = related.publishers, related.snapshots

    figures: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in related.figures:
        figures[row["claim_id"]].append(
            {
                "id": row["id"],
                "metric": {name: metrics[row["metric_id"]][name] for name in METRIC_FIELDS},
                "value": number(row["value"]),
                "unit": row["unit"],
                "currency": row["currency"],
                "qualifier": row["qualifier"],
                "lower_bound": number(row["lower_bound"]),
                "upper_bound": number(row["upper_bound"]),
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
    for row in related.citations:
        source = sources[row["source_id"]]
        publisher = publishers.get(source["publisher_id"])
        snapshot = snapshots.get(row["checked_snapshot_id"])
        citations[row["claim_id"]].append(
            {
                "id": row["id"],
                "source": {
                    "id": source["id"],
                    "kind": source["kind"],
                    "title": source["title"],
                    "url": source["url"],
                    "publisher": {name: publisher[name] for name in ENTITY_FIELDS}
                    if publisher
                    else None,
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
                    "retrieved_at": when(snapshot["retrieved_at"]),
                }
                if snapshot
                else None,
                "checked_at": when(row["checked_at"]),
            }
        )

    return [
        {
            "id": claim["id"],
            "status": claim["status"],
            "statement": claim["statement"],
            "claimant": {name: claim[f"claimant__{name}"] for name in ENTITY_FIELDS},
            "place": claim["place"],
            "period": claim["period"],
            "topics": related.topics.get(claim["id"], []),
            "verdict": claim["verdict"],
            "explanation": claim["explanation"],
            "figures": figures[claim["id"]],
            "citations": citations[claim["id"]],
            "version": claim["version"],
            "needs_review": claim["needs_review"],
            "needs_review_reason": claim["needs_review_reason"],
            "created_at": when(claim["created_at"]),
            "updated_at": when(claim["updated_at"]),
            "published_at": when(claim["published_at"]),
        }
        for claim in claims
    ]


# --- the answer ---------------------------------------------------------------------------------

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


def verdict(value: str) -> dict[str, Any] | None:
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


def _finished_figure(raw: dict[str, Any]) -> dict[str, Any]:
    value, date_value = raw["value"], raw["date_value"]
    figure = {
        "id": raw["id"],
        "metric": raw["metric"],
        "display": figure_display(
            unit=raw["unit"],
            value=Decimal(value) if value is not None else None,
            qualifier=raw["qualifier"],
            currency=raw["currency"],
            date_value=date.fromisoformat(date_value) if date_value else None,
            date_value_precision=raw["date_value_precision"],
        ),
    }
    figure.update(raw)  # the keys already set keep their place
    return figure


_REVIEWED = frozenset((ClaimStatus.PUBLISHED.value, ClaimStatus.CORRECTED.value))


def finish(
    raw: Iterable[dict[str, Any]], *, prefix: str, templates: tuple[str, str, str]
) -> list[dict[str, Any]]:
    """The API's claim JSON from raw documents; `prefix` (scheme and host, or "") goes before
    every link."""
    page_template, self_template, review_template = templates
    answers = []
    for document in raw:
        pk = str(document["id"])
        page = prefix + page_template.replace(_ID, pk)
        claim = {"id": document["id"], "url": page}
        claim.update(document)
        claim["verdict"] = verdict(document["verdict"])
        claim["figures"] = [_finished_figure(figure) for figure in document["figures"]]
        for citation in document["citations"]:
            # JSON from PostgreSQL writes a whole-number float as 1, Python as 1.0.
            if isinstance(citation["similarity"], int):
                citation["similarity"] = float(citation["similarity"])
        claim["links"] = {
            "self": prefix + self_template.replace(_ID, pk),
            "page": page,
            "claimreview": prefix + review_template.replace(_ID, pk)
            if document["status"] in _REVIEWED
            else None,
        }
        answers.append(claim)
    return answers


def request_prefix(request: Any) -> str:
    """Scheme and host of the request (links are absolute), or "" without a request."""
    return request.build_absolute_uri("/")[:-1] if request is not None else ""


def claims_answer(rows: Sequence[Mapping[str, Any]], request: Any) -> list[dict[str, Any]]:
    """A page of claims, from the rows of page_rows()."""
    if not rows:
        return []
    if "claimant__id" in rows[0]:
        raw = raw_documents(rows)
    else:
        texts = documents_by_id([row["id"] for row in rows])
        # A claim deleted between the two queries is left out rather than failing the page.
        raw = [orjson.loads(texts[row["id"]]) for row in rows if row["id"] in texts]
    return finish(raw, prefix=request_prefix(request), templates=url_templates())


def page_rows(queryset: QuerySet[Claim]) -> QuerySet[Any]:
    """`queryset` as the rows a page of claims is built from (claims_answer), with what the
    cursor pagination orders by. PostgreSQL builds the page's documents in a second query, from
    the ids: in the page's query, the document function would run once per claim."""
    if builds_in_database():
        return queryset.values("id", "updated_at", "created_at")
    return queryset.values(*CLAIM_ROW_FIELDS)


# --- one claim, with its ETag and Last-Modified ---------------------------------------------------


@dataclass(frozen=True)
class ClaimDocument:
    raw: dict[str, Any]
    last_modified: datetime | None

    @property
    def etag(self) -> str:
        relative = finish([self.raw], prefix="", templates=url_templates())[0]
        digest = hashlib.sha256(orjson.dumps(relative)).hexdigest()[:20]
        return f'"claim-{self.raw["id"]}-v{self.raw["version"]}-{digest}"'

    def answer(self, request: Any) -> dict[str, Any]:
        return finish([self.raw], prefix=request_prefix(request), templates=url_templates())[0]


def claim_document(user: Any, pk: int, *, last_modified: bool = True) -> ClaimDocument:
    """The document of claim `pk`, if `user` may see it; Http404 otherwise."""
    if builds_in_database():
        # Written out rather than built with the ORM: building and compiling the query was a
        # third of the API's busiest answer.
        rows = _document_rows([pk], last_modified=last_modified)
        if not rows:
            raise Http404
        _, text, changed = rows[0]
        raw = orjson.loads(text)
        # The access rule (claims.permissions), on the status the document was built from.
        if not can_view_status(user, raw["status"]):
            raise Http404
        return ClaimDocument(raw, changed)

    claim = selectors.claims_for_api(user).filter(pk=pk).first()
    if claim is None:
        raise Http404
    return ClaimDocument(raw_document(claim), claim_last_modified(claim) if last_modified else None)


def claim_last_modified(claim: Claim) -> datetime:
    """The newest change to what the claim's JSON shows, as far as rows keep the time (topics
    keep none: a renamed topic changes the ETag only), including a figure or citation removed
    (found in their history, as a removal leaves no row of its own). Needs the claim loaded as
    selectors.claims_for_api loads it; claims_claim_documents computes the same in SQL."""
    times = [claim.updated_at, claim.claimant.updated_at]
    for figure in claim.figures.all():
        times += [figure.updated_at, figure.metric.updated_at]
    for citation in claim.citations.all():
        times += [citation.updated_at, citation.source.updated_at]
        if citation.source.publisher is not None:
            times.append(citation.source.publisher.updated_at)
    for model in (Figure, Citation):
        history = model.history
        removed = history.filter(claim_id=claim.pk, history_type="-").aggregate(
            newest=Max("history_date")
        )["newest"]
        if removed is not None:
            times.append(removed)
    return max(times)
