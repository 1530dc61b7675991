"""Article intake's writes: storing an article and its suggestions, and a fact-checker's
decision on each suggestion (accepted as a draft claim through claims.services, or dismissed)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Claim, DecisionStatus, Metric, Qualifier
from claims.services import citation_add, claim_create, figure_add, verify_quotes
from intake.extract import suggestions_store
from intake.fetch import fetch_url
from intake.ingest import article_store
from intake.models import Suggestion
from intake.proposals import proposals_for_suggestion
from sources.canonical import InvalidURL, canonicalize_url
from sources.models import Entity, Snapshot, Source
from sources.quotes import normalize_quote
from sources.services import entity_get_or_create, source_create


@dataclass
class IngestReport:
    source: Source
    snapshot: Snapshot
    source_created: bool
    snapshot_created: bool
    suggestions: list[Any] = field(default_factory=list)
    suggestions_already_there: int = 0
    proposals: int = 0
    quotes: dict[str, int] = field(default_factory=dict)


def source_ingest(
    *,
    text: str = "",
    url: str = "",
    origin: str = "",
    title: str = "",
    publisher_name: str = "",
    actor: User | None = None,
) -> IngestReport:
    """Store an article (given as text, or fetched from `url`), suggest its claims, propose
    competing figures and re-check the quotes already cited from it. Idempotent."""
    if actor is not None and not actor.has_perm("claims.add_claim"):
        raise PermissionDenied("You may not ingest articles.")
    if not text and not url:
        raise ValidationError({"text": "Paste the article's text or give its URL."})
    try:
        canonicalize_url(url)
    except InvalidURL as exc:
        raise ValidationError({"url": str(exc)}) from exc
    if url and not text:
        page = fetch_url(url)  # outside the transaction: the network is slow
        text, origin = page.text, origin or page.url
    with transaction.atomic():
        publisher = (
            entity_get_or_create(name=publisher_name.strip(), kind="media")
            if publisher_name.strip()
            else None
        )
        stored = article_store(
            original=text, origin=origin or url, url=url, title=title, publisher=publisher
        )
        created, already = suggestions_store(snapshot=stored.snapshot, normalised=stored.normalised)
        proposals = sum(len(proposals_for_suggestion(item)) for item in created)
    quotes: dict[str, int] = {}
    if stored.snapshot_created and not stored.source_created:
        quotes = verify_quotes(sources=[stored.source, *stored.source.parts.all()]).counts
    return IngestReport(
        source=stored.source,
        snapshot=stored.snapshot,
        source_created=stored.source_created,
        snapshot_created=stored.snapshot_created,
        suggestions=created,
        suggestions_already_there=already,
        proposals=proposals,
        quotes=quotes,
    )


def _require_intake(actor: User) -> None:
    if not actor.has_perm("claims.add_claim"):
        raise PermissionDenied("Only fact-checkers decide on suggested claims.")


def _lock_pending(suggestion: Suggestion) -> Suggestion:
    # Two fact-checkers deciding on one suggestion at once must not both turn it into a claim.
    locked = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    if locked.status != DecisionStatus.PENDING:
        raise ValidationError(
            {"status": f"This suggestion was already {locked.get_status_display().lower()}."}
        )
    return locked


def _new_metric_for(suggestion: Suggestion, figure: Mapping[str, Any]) -> Metric:
    base = f"{figure.get('as_written', '')}: {normalize_quote(suggestion.quote)}"[:280]
    name, number = base, 1
    while (
        Metric.objects.filter(name=name).exists()
        or Metric.objects.filter(slug=slugify(name)[:300]).exists()
    ):
        number += 1
        name = f"{base} ({number})"
    metric = Metric(
        name=name,
        slug=slugify(name)[:300],
        unit=figure["unit"],
        definition=(
            f"Proposed by article intake from “{normalize_quote(suggestion.quote)}”. Say exactly "
            "what is counted, over which population and period, before publishing."
        ),
    )
    metric.full_clean()
    metric.save()
    return metric


def _reader_comment_source(article: Source, commenter: str) -> Source:
    title = f"Reader comment by {commenter}"
    existing = Source.objects.filter(parent=article, kind="reader_comment", title=title).first()
    if existing is not None:
        return existing
    return source_create(kind="reader_comment", title=title, parent=article)


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: Suggestion,
    actor: User,
    statement: str = "",
    claimant: Entity | None = None,
    metrics: Mapping[int, Metric] | None = None,
) -> Claim:
    """Turn a suggestion into a draft claim: its figures (each on the metric of an accepted
    competing-figure proposal, one given in `metrics`, or a new metric), and its quote as a
    citation, verified against the source's newest snapshot."""
    _require_intake(actor)
    locked = _lock_pending(suggestion)
    who = claimant or locked.claimant
    if who is None and locked.claimant_name:
        who = entity_get_or_create(
            name=locked.claimant_name, kind=locked.claimant_kind or "organisation"
        )
    if who is None:
        who = locked.source.publisher
    if who is None:
        raise ValidationError(
            {"claimant": "The article names no claimant and has no publisher: choose who says it."}
        )
    claim = claim_create(
        statement=(statement or normalize_quote(locked.sentence))[:1000], claimant=who, actor=actor
    )
    chosen = dict(metrics or {})
    for proposal in locked.proposals.filter(status=DecisionStatus.ACCEPTED):
        if proposal.figure_index is not None:  # always set on a suggestion's proposal
            chosen.setdefault(proposal.figure_index, proposal.metric)
    for index, figure in enumerate(locked.figures):
        metric = chosen.get(index) or _new_metric_for(locked, figure)
        figure_add(
            claim=claim,
            actor=actor,
            metric=metric,
            unit=figure["unit"],
            value=Decimal(figure["value"]),
            currency=figure.get("currency", ""),
            qualifier=figure.get("qualifier", Qualifier.EXACT),
            as_written=str(figure.get("as_written", ""))[:200],
            # The suggestion's own proposals (and dismissals) already cover this figure.
            propose_competitors=False,
        )
    source = locked.source
    if locked.section == "comment" and who.kind == "commenter":
        source = _reader_comment_source(locked.source, who.name)
    citation_add(
        claim=claim,
        actor=actor,
        source=source,
        quote=locked.quote,
        prefix=locked.prefix,
        suffix=locked.suffix,
    )
    locked.status = DecisionStatus.ACCEPTED
    locked.claim = claim
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.save()
    suggestion.refresh_from_db()
    return claim


@transaction.atomic
def suggestion_dismiss(*, suggestion: Suggestion, actor: User, note: str = "") -> Suggestion:
    _require_intake(actor)
    locked = _lock_pending(suggestion)
    locked.status = DecisionStatus.DISMISSED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.decision_note = note.strip()
    locked.save()
    suggestion.refresh_from_db()
    return locked
