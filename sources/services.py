"""Writes to entities, sources and snapshots."""

from collections.abc import Sequence
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from sources.models import DatePrecision, Entity, Snapshot, Source


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
    *, source: Source, text: str, origin: str = "", retrieved_at: datetime | None = None
) -> tuple[Snapshot, bool]:
    """Store `text` as the source's newest snapshot unless that exact text is already stored.

    Returns the snapshot and whether it is new. Old snapshots are kept, so a quote can always be
    shown against the text it was checked against.
    """
    digest = Snapshot.digest(text)
    existing = source.snapshots.filter(sha256=digest).first()
    if existing is not None:
        return existing, False
    snapshot = Snapshot(
        source=source, text=text, origin=origin, retrieved_at=retrieved_at or timezone.now()
    )
    snapshot.full_clean(exclude=["sha256"])
    snapshot.save()
    return snapshot, True
