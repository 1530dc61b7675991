"""Article intake's writes: storing an article and its suggestions, and a fact-checker's
decision on each suggestion (accepted as a draft claim through claims.services, or dismissed)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify

from claims.models import Citation, Claim, DecisionStatus, Metric, Qualifier
from claims.selectors import PossibleDuplicate
from claims.services import citation_add, claim_create, figure_add, verify_quotes
from claims.services.records import duplicates_of, refuse_duplicates
from core.jobs import enqueue, job
from core.models import Job
from intake.extract import suggestions_store
from intake.fetch import FetchError, fetch_url, url_problem
from intake.ingest import IngestError, article_store, require_readable_length
from intake.models import ArticleFetch, FetchStatus, Suggestion
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
    page = None
    if url and not text:
        page = fetch_url(url)  # outside the transaction: the network is slow
        text, origin = page.text, origin or page.url
    require_readable_length(text)
    page_publisher = page.publisher if page else ""
    # What the fact-checker typed wins; what the page says about itself fills the rest, cut to
    # the lengths a source keeps (a page's title may run on).
    publisher_name = publisher_name.strip() or page_publisher[: _longest(Entity, "name")]
    page_title = page.title[: _longest(Source, "title")] if page else ""
    with transaction.atomic():
        publisher = (
            entity_get_or_create(name=publisher_name, kind="media") if publisher_name else None
        )
        stored = article_store(
            original=text,
            origin=origin or url,
            url=url,
            title=title.strip() or page_title,
            publisher=publisher,
            authors=page.authors if page else (),
            published_on=_page_date(page.published) if page else None,
        )
        created, already = suggestions_store(
            snapshot=stored.snapshot, normalised=stored.normalised, page_publisher=page_publisher
        )
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


def _longest(model: type[Entity] | type[Source], field_name: str) -> int:
    field = model._meta.get_field(field_name)
    assert isinstance(field, models.CharField)
    return int(field.max_length or 0)


def _page_date(published: str) -> date | None:
    """The publication date a fetched page states (ISO, or "" where it states none)."""
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


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


def _metric_named(name: str, *, figure: Mapping[str, Any], suggestion: Suggestion) -> Metric:
    """The metric the fact-checker named for a figure: the one of that name when it exists (and
    measures in the figure's unit), else a new one, its definition left for them to write."""
    name = " ".join(name.split())
    existing = Metric.objects.filter(name__iexact=name).first()
    if existing is not None:
        return existing
    metric = Metric(
        name=name,
        slug=slugify(name)[:300],
        unit=figure["unit"],
        definition=(
            f"Named when accepting “{normalize_quote(suggestion.quote)}”. Say exactly what is "
            "counted, over which population and period, before publishing."
        ),
    )
    if Metric.objects.filter(slug=metric.slug).exists():
        raise ValidationError(
            {"metrics": f"A metric with a name like “{name}” exists already: choose it."}
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


# What a fact-checker chooses for a figure: a recorded metric, or the name of a new one.
MetricChoice = Metric | str


def _chosen_metrics(
    suggestion: Suggestion, metrics: Mapping[int, MetricChoice] | None
) -> dict[int, MetricChoice]:
    """The metric each of the suggestion's figures goes on, where one is chosen: given in
    `metrics` (a metric, or a new metric's name), or that of an accepted competing-figure
    proposal."""
    chosen = {
        index: choice
        for index, choice in (metrics or {}).items()
        if isinstance(choice, Metric) or choice.strip()
    }
    for proposal in suggestion.proposals.filter(status=DecisionStatus.ACCEPTED):
        if proposal.figure_index is not None:  # always set on a suggestion's proposal
            chosen.setdefault(proposal.figure_index, proposal.metric)
    return chosen


def suggestion_duplicates(
    *,
    suggestion: Suggestion,
    actor: User,
    metrics: Mapping[int, MetricChoice] | None = None,
) -> list[PossibleDuplicate]:
    """The claims that already record the suggestion: its quote, or one of its figures on a
    chosen metric from its source (a new metric has no figures yet)."""
    chosen = _chosen_metrics(suggestion, metrics)
    return duplicates_of(
        actor=actor,
        quotes=[suggestion.quote],
        sources=[suggestion.source],
        figures=[
            (choice, Decimal(figure["value"]))
            for index, figure in enumerate(suggestion.figures)
            if isinstance(choice := chosen.get(index), Metric)
        ],
    )


def _claimant_of(
    suggestion: Suggestion, claimant: Entity | str | None, claimant_kind: str = ""
) -> Entity:
    """Who says it: the entity chosen, or one named (found or made), else the article's own
    claimant or its publisher."""
    if isinstance(claimant, str):
        name = " ".join(claimant.split())
        claimant = (
            entity_get_or_create(
                name=name, kind=claimant_kind or suggestion.claimant_kind or "organisation"
            )
            if name
            else None
        )
    who = claimant or suggestion.claimant
    if who is None and suggestion.claimant_name:
        who = entity_get_or_create(
            name=suggestion.claimant_name, kind=suggestion.claimant_kind or "organisation"
        )
    if who is None:
        who = suggestion.source.publisher
    if who is None:
        raise ValidationError(
            {"claimant": "The article names no claimant and has no publisher: choose who says it."}
        )
    return who


def _metrics_for_figures(
    suggestion: Suggestion, metrics: Mapping[int, MetricChoice] | None
) -> list[Metric]:
    """The metric of each figure, as chosen (a new one made when named). Every figure needs
    one: a metric is a fact-checker's definition and is never made up from the sentence."""
    chosen = _chosen_metrics(suggestion, metrics)
    missing = [
        f"“{figure.get('as_written') or figure['value']}”"
        for index, figure in enumerate(suggestion.figures)
        if index not in chosen
    ]
    if missing:
        raise ValidationError(
            {
                "metrics": "Choose the metric each figure measures, or name a new one: "
                + ", ".join(missing)
                + "."
            }
        )
    found: list[Metric] = []
    for index, figure in enumerate(suggestion.figures):
        choice = chosen[index]
        metric = (
            choice
            if isinstance(choice, Metric)
            else _metric_named(choice, figure=figure, suggestion=suggestion)
        )
        if metric.unit != figure["unit"]:
            raise ValidationError(
                {
                    "metrics": f"“{metric}” is measured in {metric.get_unit_display()}, and "
                    f"“{figure.get('as_written', '')}” is not: choose another metric."
                }
            )
        found.append(metric)
    return found


def _cited_source(suggestion: Suggestion, who: Entity) -> Source:
    """The source the suggestion's quote is cited from: the article, or a reader's comment
    under it."""
    if suggestion.section == "comment" and who.kind == "commenter":
        return _reader_comment_source(suggestion.source, who.name)
    return suggestion.source


def _decide(suggestion: Suggestion, *, actor: User, claim: Claim) -> None:
    suggestion.status = DecisionStatus.ACCEPTED
    suggestion.claim = claim
    suggestion.decided_by = actor
    suggestion.decided_at = timezone.now()
    suggestion.save()


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: Suggestion,
    actor: User,
    statement: str = "",
    claimant: Entity | str | None = None,
    claimant_kind: str = "",
    metrics: Mapping[int, MetricChoice] | None = None,
    allow_duplicate: bool = False,
) -> Claim:
    """Turn a suggestion into a draft claim: its figures, each on the metric chosen for it in
    `metrics` (figure index -> a recorded metric or a new metric's name) or that of an accepted
    competing-figure proposal, and its quote as a citation, verified against the source's
    newest snapshot. `claimant` is an entity or a new entity's name (of `claimant_kind`); left
    out, the article's claimant or publisher. A figure without a metric is refused and nothing
    is stored. A suggestion another claim already records (suggestion_duplicates) is refused
    with DuplicateRecordError unless `allow_duplicate`: attach it to that claim instead
    (suggestion_attach)."""
    _require_intake(actor)
    locked = _lock_pending(suggestion)
    if not allow_duplicate:
        refuse_duplicates(
            suggestion_duplicates(suggestion=locked, actor=actor, metrics=metrics),
            source=locked.source,
            quote=locked.quote,
        )
    who = _claimant_of(locked, claimant, claimant_kind)
    chosen = _metrics_for_figures(locked, metrics)
    claim = claim_create(
        statement=(statement or normalize_quote(locked.sentence))[:1000], claimant=who, actor=actor
    )
    for figure, metric in zip(locked.figures, chosen, strict=True):
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
    citation_add(
        claim=claim,
        actor=actor,
        source=_cited_source(locked, who),
        quote=locked.quote,
        prefix=locked.prefix,
        suffix=locked.suffix,
    )
    _decide(locked, actor=actor, claim=claim)
    suggestion.refresh_from_db()
    return claim


@transaction.atomic
def suggestion_attach(*, suggestion: Suggestion, claim: Claim, actor: User) -> Citation:
    """Accept a suggestion already recorded as `claim`: its quote is cited on that claim as
    another appearance (a draft or in-review claim; its figures are that claim's already), and
    the suggestion is decided with that claim as its own."""
    _require_intake(actor)
    locked = _lock_pending(suggestion)
    citation = citation_add(
        claim=claim,
        actor=actor,
        source=_cited_source(locked, claim.claimant),
        quote=locked.quote,
        prefix=locked.prefix,
        suffix=locked.suffix,
    )
    _decide(locked, actor=actor, claim=claim)
    suggestion.refresh_from_db()
    return citation


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


# -- fetching an article in the background ------------------------------------------------------


def article_fetch_request(
    *, url: str, actor: User, request_key: str, title: str = "", publisher_name: str = ""
) -> ArticleFetch:
    """Ask for the article at `url` to be fetched and read by a worker; answers at once. The
    same `request_key` (one form, posted twice) is the same fetch, enqueued once."""
    if not actor.has_perm("claims.add_claim"):
        raise PermissionDenied("You may not ingest articles.")
    try:
        canonicalize_url(url)
    except InvalidURL as exc:
        raise ValidationError({"url": str(exc)}) from exc
    problem = url_problem(url)
    if problem:
        raise ValidationError({"url": problem})
    with transaction.atomic():
        fetch, _ = ArticleFetch.objects.get_or_create(
            request_key=request_key,
            defaults={
                "url": url,
                "title": title,
                "publisher_name": publisher_name,
                "requested_by": actor,
            },
        )
        enqueue(fetch_article, key=f"fetch-article:{fetch.request_key}", fetch_id=fetch.pk)
    return fetch


def article_fetch_run(*, fetch: ArticleFetch) -> ArticleFetch:
    """The job's work: fetch, store and suggest (source_ingest), and record the outcome on the
    fetch. A failure that trying again cannot fix (a refused address, a page too large, not an
    article) is recorded and final; one that may pass (a timeout, a network error) is recorded
    and raised, for the queue to retry."""
    ArticleFetch.objects.filter(pk=fetch.pk).update(status=FetchStatus.FETCHING)
    try:
        report = source_ingest(
            url=fetch.url,
            title=fetch.title,
            publisher_name=fetch.publisher_name,
            actor=fetch.requested_by,
        )
    except FetchError as exc:
        status = FetchStatus.RETRYING if exc.transient else FetchStatus.FAILED
        _fetch_finished(fetch, status=status, error=str(exc))
        if exc.transient:
            raise
        return fetch
    except (IngestError, ValidationError, PermissionDenied) as exc:
        message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        _fetch_finished(fetch, status=FetchStatus.FAILED, error=message)
        return fetch
    fetch.source = report.source
    fetch.suggestions = len(report.suggestions)
    fetch.suggestions_already_there = report.suggestions_already_there
    fetch.proposals = report.proposals
    _fetch_finished(fetch, status=FetchStatus.DONE, error="")
    return fetch


FETCH_RETRIES = 3


@job(retries=FETCH_RETRIES, backoff=timedelta(seconds=20), time_limit=timedelta(minutes=3))
def fetch_article(fetch_id: int) -> None:
    """The background job behind article_fetch_request."""
    fetch = ArticleFetch.objects.select_related("requested_by").get(pk=fetch_id)
    if fetch.finished:
        return  # a copy of a job that already did its work
    try:
        article_fetch_run(fetch=fetch)
    except FetchError:
        attempts = Job.objects.filter(key=f"fetch-article:{fetch.request_key}").values_list(
            "attempts", flat=True
        )
        if attempts and attempts[0] > FETCH_RETRIES:  # this was the last try
            _fetch_finished(fetch, status=FetchStatus.FAILED, error=fetch.error)
            return
        raise


def _fetch_finished(fetch: ArticleFetch, *, status: str, error: str) -> None:
    fetch.status = status
    fetch.error = error
    if status in (FetchStatus.DONE, FetchStatus.FAILED):
        fetch.finished_at = timezone.now()
    fetch.save()
