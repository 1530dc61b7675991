"""Storing an article's text: find the source it belongs to (or make one), and keep the
normalised text as a snapshot with the captured original beside it. Storing the same text
again finds what is there and changes nothing."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from intake.normalise import NormalisedText, normalise
from sources.canonical import canonicalize_url
from sources.models import DatePrecision, Entity, Snapshot, Source, SourceKind
from sources.services import source_create


class IngestError(Exception):
    """The text cannot be stored (empty once normalised, for example)."""


def require_readable_length(text: str) -> None:
    """Refuse a text longer than intake reads (TALLY_INTAKE_MAX_CHARACTERS), with a message
    on the "text" field. Reading time grows faster than length (measured: 100,000 characters
    of news text in about 3 s, 400,000 in about 25 s), and a whole page pasted with its
    comments and archive runs on where no article does (the longest article the project has
    read is under 20,000 characters), so a paste or a page past the limit is refused before
    anything is stored, rather than left to time out a request."""
    limit = int(settings.TALLY_INTAKE_MAX_CHARACTERS)
    if len(text) > limit:
        raise ValidationError(
            {
                "text": f"The article is {len(text):,} characters; intake reads at most "
                f"{limit:,}. Paste the article's own text, without the rest of the page."
            }
        )


@dataclass
class StoredArticle:
    source: Source
    snapshot: Snapshot
    normalised: NormalisedText
    source_created: bool
    snapshot_created: bool


def find_source(*, url: str, original: str, normalised_text: str) -> Source | None:
    """The source this text was stored for before: by canonical URL, else by any snapshot of
    the same text (normalised, or as captured, which is how the seed loader stores it)."""
    if url:
        by_url = Source.objects.filter(url=canonicalize_url(url)).first()
        if by_url is not None:
            return by_url
    original_digest = Snapshot.digest(original)
    snapshot = (
        Snapshot.objects.filter(
            Q(sha256=Snapshot.digest(normalised_text))
            | Q(original_sha256=original_digest)
            | Q(sha256=original_digest)
        )
        .select_related("source")
        .order_by("retrieved_at", "pk")
        .first()
    )
    return snapshot.source if snapshot is not None else None


@transaction.atomic
def article_store(
    *,
    original: str,
    origin: str,
    url: str = "",
    title: str = "",
    publisher: Entity | None = None,
    authors: Sequence[str] = (),
    published_on: date | None = None,
    kind: str = SourceKind.ARTICLE,
) -> StoredArticle:
    normalised = normalise(original)
    if not normalised.text.strip():
        raise IngestError("The text is empty once page chrome is removed.")
    source = find_source(url=url, original=original, normalised_text=normalised.text)
    source_created = source is None
    if source is None:
        source = source_create(
            kind=kind,
            title=title,
            publisher=publisher,
            authors=authors,
            published_on=published_on,
            published_on_precision=DatePrecision.DAY if published_on else DatePrecision.UNKNOWN,
            url=url,
            description=f"Ingested from {origin}." if origin else "",
        )
    # Two ingests of one article at once must not both add the same snapshot.
    Source.objects.select_for_update().filter(pk=source.pk).first()
    snapshot = source.snapshots.filter(sha256=Snapshot.digest(normalised.text)).first()
    snapshot_created = snapshot is None
    if snapshot is None:
        snapshot = Snapshot(
            source=source,
            text=normalised.text,
            original_text=original,
            origin=origin[:500],
            normalisation=normalised.info(),
        )
        snapshot.full_clean(exclude=["sha256", "original_sha256"])
        snapshot.save()
    return StoredArticle(
        source=source,
        snapshot=snapshot,
        normalised=normalised,
        source_created=source_created,
        snapshot_created=snapshot_created,
    )
