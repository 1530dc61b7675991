"""Writes to entities, sources, snapshots and the record of re-fetching a source."""

from collections.abc import Sequence
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from sources.models import DatePrecision, Entity, Snapshot, Source, SourceCheck


def entity_get_or_create(
    *, name: str, kind: str, url: str = "", description: str = "", slug: str = ""
) -> Entity:
    entity = Entity.objects.filter(slug=slug or slugify(name)).first()
    if entity is not None:
        return entity
    entity = Entity(
        name=name, kind=kind, url=url, description=description, slug=slug or slugify(name)
    )
    entity.full_clean()
    entity.save()
    return entity


@transaction.atomic
def source_create(
    *,
    kind: str,
    title: str = "",
    publisher: Entity | None = None,
    authors: Sequence[str] = (),
    url: str = "",
    published_on: date | None = None,
    published_on_precision: str = DatePrecision.UNKNOWN,
    language: str = "en",
    parent: Source | None = None,
    description: str = "",
    seed_key: str = "",
) -> Source:
    source = Source(
        kind=kind,
        title=title,
        publisher=publisher,
        authors=list(authors),
        url=url,  # full_clean canonicalises it, or names what is wrong with it
        published_on=published_on,
        published_on_precision=published_on_precision,
        language=language,
        parent=parent,
        description=description,
        seed_key=seed_key,
    )
    source.full_clean()
    source.save()
    return source


@transaction.atomic
def snapshot_attach(
    *,
    source: Source,
    text: str,
    origin: str = "",
    retrieved_at: datetime | None = None,
    etag: str = "",
    last_modified: str = "",
) -> tuple[Snapshot, bool]:
    """Store `text` as the source's newest snapshot unless that exact text is already stored.

    Returns the snapshot and whether it is new. Old snapshots are kept, so a quote can always be
    shown against the text it was checked against. `etag` and `last_modified` are the server's
    validators for the text, sent back when the source is next re-fetched.
    """
    digest = Snapshot.digest(text)
    existing = source.snapshots.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    snapshot = Snapshot(
        source=source,
        text=text,
        origin=origin[:500],
        retrieved_at=retrieved_at or timezone.now(),
        etag=etag[:300],
        last_modified=last_modified[:100],
    )
    snapshot.full_clean(exclude=["sha256"])
    snapshot.save()
    return snapshot, True


def snapshot_validators_update(*, snapshot: Snapshot, etag: str, last_modified: str) -> None:
    """The server sent the same text with new validators: keep them for the next conditional
    request. The text and its digest are never edited; an UPDATE of the two columns only."""
    Snapshot.objects.filter(pk=snapshot.pk).update(
        etag=etag[:300], last_modified=last_modified[:100]
    )
    snapshot.etag, snapshot.last_modified = etag[:300], last_modified[:100]


def source_check_record(
    *,
    source: Source,
    outcome: str,
    checked_at: datetime | None = None,
    http_status: int | None = None,
    url: str = "",
    detail: str = "",
    snapshot: Snapshot | None = None,
) -> SourceCheck:
    """Record one re-fetch of the source's URL and what came of it."""
    check = SourceCheck(
        source=source,
        outcome=outcome,
        checked_at=checked_at or timezone.now(),
        http_status=http_status,
        url=url[:1000],
        detail=detail[:500],
        snapshot=snapshot,
    )
    check.full_clean()
    check.save()
    return check
