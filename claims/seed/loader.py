"""Loads claims/seed/dataset.json: entities, sources (with snapshots when the article texts are
at hand), metrics and claims, each written through the services like any fact-checker's work."""

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db import transaction

from claims import services
from claims.models import BASIS_FIELDS, Claim, ClaimStatus, Metric, Topic
from claims.permissions import GROUP_FACT_CHECKER, GROUP_REVIEWER
from sources.models import DatePrecision, Entity, Source
from sources.services import snapshot_attach, source_create

DATASET_PATH = Path(__file__).with_name("dataset.json")
SEED_RECORDER = "seed-fact-checker"
SEED_REVIEWER = "seed-reviewer"


class SeedError(Exception):
    """The dataset or the articles folder is wrong; nothing has been stored."""


@dataclass
class SeedReport:
    created: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    snapshots_attached: int = 0
    quotes_rechecked: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, *, created: bool) -> None:
        bucket = self.created if created else self.unchanged
        bucket[kind] = bucket.get(kind, 0) + 1

    @property
    def changed_anything(self) -> bool:
        return bool(self.created) or self.snapshots_attached > 0


def load_dataset(path: Path = DATASET_PATH) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SeedError(f"Cannot read the seed dataset {path}: {exc}") from exc
    for section in ("entities", "sources", "topics", "metrics", "claims"):
        if not isinstance(data.get(section), list):
            raise SeedError(f"The seed dataset has no '{section}' list.")
    return data


def _seed_user(username: str, group_name: str) -> User:
    user, created = User.objects.get_or_create(username=username, defaults={"is_active": True})
    if created:
        # A service account: it acts through the services but can never log in.
        user.set_unusable_password()
        user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def _decimal(raw: Any, where: str) -> Decimal | None:
    if raw is None or raw == "":
        return None
    try:
        return Decimal(str(raw))
    except InvalidOperation as exc:
        raise SeedError(f"{where}: {raw!r} is not a number") from exc


def _date(raw: Any, where: str) -> date | None:
    if raw is None or raw == "":
        return None
    try:
        return date.fromisoformat(raw)
    except (TypeError, ValueError) as exc:
        raise SeedError(f"{where}: {raw!r} is not an ISO date") from exc


def _basis(raw: Any, where: str) -> dict[str, Any]:
    """A figure's "basis" object ({"kind": "fall", "end_period": "2015", ...}, its keys the
    model's basis_* fields without the prefix) as figure_add's keyword arguments."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise SeedError(f"{where}: basis must be an object")
    keys = {name.removeprefix("basis_"): name for name in BASIS_FIELDS if name != "basis"}
    unknown = set(raw) - set(keys) - {"kind"}
    if unknown:
        raise SeedError(f"{where}: unknown basis keys {sorted(unknown)}")
    fields: dict[str, Any] = {"basis": raw.get("kind") or ""}
    for key, name in keys.items():
        value = raw.get(key)
        fields[name] = (
            _decimal(value, f"{where}, basis {key}") if key.endswith("_value") else (value or "")
        )
    return fields


def _lookup(table: dict[str, Any], key: str, where: str) -> Any:
    try:
        return table[key]
    except KeyError as exc:
        raise SeedError(f"{where}: unknown key {key!r}") from exc


def load_seed(*, articles_dir: Path | None, dataset: dict[str, Any] | None = None) -> SeedReport:
    """Load the dataset; all or nothing. Running it again changes nothing, except that it
    attaches article snapshots that were missing before and re-checks those sources' quotes."""
    data = dataset if dataset is not None else load_dataset()
    report = SeedReport()
    try:
        with transaction.atomic():
            _load(data, articles_dir, report)
    except ValidationError as exc:
        raise SeedError(f"The seed dataset breaks a rule: {exc}") from exc
    return report


def _load(data: dict[str, Any], articles_dir: Path | None, report: SeedReport) -> None:
    recorder = _seed_user(SEED_RECORDER, GROUP_FACT_CHECKER)
    reviewer = _seed_user(SEED_REVIEWER, GROUP_REVIEWER)

    entities: dict[str, Entity] = {}
    for item in data["entities"]:
        entity = Entity.objects.filter(slug=item["key"]).first()
        report.count("entities", created=entity is None)
        if entity is None:
            entity = Entity(
                slug=item["key"],
                name=item["name"],
                kind=item["kind"],
                url=item.get("url", ""),
                description=item.get("description", ""),
            )
            entity.full_clean()
            entity.save()
        entities[item["key"]] = entity

    topics: dict[str, Topic] = {}
    for item in data["topics"]:
        topic, created = Topic.objects.get_or_create(
            slug=item["key"], defaults={"name": item["name"]}
        )
        report.count("topics", created=created)
        topics[item["key"]] = topic

    sources: dict[str, Source] = {}
    for item in sorted(data["sources"], key=lambda source: source.get("parent") is not None):
        where = f"source {item['key']}"
        source = Source.objects.filter(seed_key=item["key"]).first()
        report.count("sources", created=source is None)
        if source is None:
            publisher = (
                _lookup(entities, item["publisher"], where) if item.get("publisher") else None
            )
            parent = _lookup(sources, item["parent"], where) if item.get("parent") else None
            source = source_create(
                kind=item["kind"],
                title=item.get("title", ""),
                publisher=publisher,
                authors=item.get("authors", []),
                url=item.get("url", ""),
                published_on=_date(item.get("published_on"), where),
                published_on_precision=item.get("date_precision") or DatePrecision.UNKNOWN,
                language=item.get("language", "en"),
                parent=parent,
                description=item.get("description", ""),
                seed_key=item["key"],
            )
        sources[item["key"]] = source
        # A part of a document (a reader comment) is checked against its parent's text.
        if articles_dir is not None and item.get("article_file") and not item.get("parent"):
            path = articles_dir / item["article_file"]
            if not path.is_file():
                raise SeedError(f"{where}: {path} is missing from the articles folder")
            _, attached = snapshot_attach(
                source=source, text=path.read_text(encoding="utf-8"), origin=item["article_file"]
            )
            if attached:
                report.snapshots_attached += 1
                checked = services.verify_quotes(sources=[source, *source.parts.all()])
                for status, count in checked.counts.items():
                    report.quotes_rechecked[status] = report.quotes_rechecked.get(status, 0) + count

    metrics: dict[str, Metric] = {}
    for item in data["metrics"]:
        metric = Metric.objects.filter(slug=item["key"]).first()
        report.count("metrics", created=metric is None)
        if metric is None:
            metric = Metric(
                slug=item["key"],
                name=item["name"],
                definition=item["definition"],
                unit=item["unit"],
            )
            metric.full_clean()
            metric.save()
        metrics[item["key"]] = metric

    for item in data["claims"]:
        if Claim.objects.filter(seed_key=item["key"]).exists():
            report.count("claims", created=False)
            continue
        _load_claim(item, entities, topics, sources, metrics, recorder, reviewer)
        report.count("claims", created=True)


def _load_claim(
    item: dict[str, Any],
    entities: dict[str, Entity],
    topics: dict[str, Topic],
    sources: dict[str, Source],
    metrics: dict[str, Metric],
    recorder: User,
    reviewer: User,
) -> None:
    where = f"claim {item['key']}"
    try:
        claim = services.claim_create(
            statement=item["statement"],
            claimant=_lookup(entities, item["claimant"], where),
            actor=recorder,
            place=item.get("place", ""),
            period=item.get("period", ""),
            topics=[_lookup(topics, key, where) for key in item.get("topics", [])],
            seed_key=item["key"],
        )
        for number, figure in enumerate(item.get("figures", []), start=1):
            fwhere = f"{where}, figure {number}"
            services.figure_add(
                claim=claim,
                actor=recorder,
                metric=_lookup(metrics, figure["metric"], fwhere),
                unit=figure["unit"],
                value=_decimal(figure.get("value"), fwhere),
                date_value=_date(figure.get("date_value"), fwhere),
                date_value_precision=figure.get("date_precision") or DatePrecision.UNKNOWN,
                currency=figure.get("currency", ""),
                qualifier=figure.get("qualifier", "exact"),
                lower_bound=_decimal(figure.get("lower_bound"), fwhere),
                upper_bound=_decimal(figure.get("upper_bound"), fwhere),
                period=figure.get("period", ""),
                as_written=figure.get("as_written", ""),
                rank=figure.get("rank", "normal"),
                difference=figure.get("difference", "none"),
                difference_note=figure.get("difference_note", ""),
                **_basis(figure.get("basis"), fwhere),
                # The dataset's metrics were chosen by hand: nothing to propose.
                propose_competitors=False,
            )
        for citation in item.get("citations", []):
            services.citation_add(
                claim=claim,
                actor=recorder,
                source=_lookup(sources, citation["source"], where),
                quote=citation["quote"],
                role=citation.get("role", "appears_in"),
                is_paraphrase=bool(citation.get("paraphrase", False)),
            )
        if item.get("verdict") or item.get("explanation"):
            services.claim_update(
                claim=claim,
                actor=recorder,
                verdict=item.get("verdict", ""),
                explanation=item.get("explanation", ""),
            )
        status = item.get("status", ClaimStatus.DRAFT)
        if status in (ClaimStatus.IN_REVIEW, ClaimStatus.PUBLISHED):
            services.claim_submit_for_review(
                claim=claim, actor=recorder, note="Loaded from the seed dataset."
            )
        if status == ClaimStatus.PUBLISHED:
            services.claim_publish(
                claim=claim,
                actor=reviewer,
                verdict=item["verdict"],
                explanation=item["explanation"],
                note="Reviewed for the seed dataset.",
            )
    except ValidationError as exc:
        raise SeedError(f"{where}: {'; '.join(exc.messages)}") from exc
    except KeyError as exc:
        raise SeedError(f"{where}: missing field {exc}") from exc
