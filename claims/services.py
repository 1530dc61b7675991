"""Every write to claims, figures and citations. Admin actions, the API and management commands
call these, so the workflow and its rules live in one place."""

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django_fsm import can_proceed

from claims.models import (
    MAX_QUOTE_WORDS,
    Citation,
    CitationRole,
    Claim,
    ClaimStatus,
    ClaimTransition,
    CompetingProposal,
    DecisionStatus,
    Difference,
    Figure,
    Metric,
    Qualifier,
    QuoteStatus,
    Rank,
    Suggestion,
    Topic,
    Verdict,
)
from claims.permissions import ClaimAccess, claim_access
from config.content_cache import content_changed
from sources.models import DatePrecision, Entity, Snapshot, Source
from sources.quotes import locate_quote, normalize_quote, word_count

refusals = logging.getLogger("tally.authz")


class StaleClaimError(ValidationError):
    """Raised when an edit was made against an older version of the claim than the stored one."""

    def __init__(self, *, claim_id: int, expected: int, current: int) -> None:
        self.claim_id = claim_id
        self.expected_version = expected
        self.current_version = current
        super().__init__(
            f"This claim was changed by someone else (you edited version {expected}, it is now "
            f"version {current}). Reload it, then apply your change again.",
            code="stale",
        )


CLAIM_EDITABLE_FIELDS = frozenset(
    {"statement", "claimant", "place", "period", "verdict", "explanation"}
)


def _require(access: ClaimAccess, ability: str, message: str) -> None:
    if not getattr(access, ability):
        refusals.warning("refused %s: %s", ability, access.publish_refusal or message)
        if ability == "can_publish" and access.publish_refusal:
            raise PermissionDenied(access.publish_refusal)
        raise PermissionDenied(message)


def _bump_version(
    *, claim: Claim, expected_version: int | None, editor: User | None = None
) -> None:
    """Move the stored claim to the next version, or refuse if it is no longer at the version the
    editor saw. One conditional UPDATE, so two concurrent editors cannot both pass the check.
    `editor` is set for substantive edits (not for workflow moves): the two-person rule uses it."""
    expected = claim.version if expected_version is None else expected_version
    changes: dict[str, Any] = {"version": F("version") + 1}
    if editor is not None:
        changes["last_edited_by"] = editor
    updated = Claim.objects.filter(pk=claim.pk, version=expected).update(**changes)
    if updated != 1:
        current = Claim.objects.filter(pk=claim.pk).values_list("version", flat=True).first() or 0
        raise StaleClaimError(claim_id=claim.pk, expected=expected, current=current)
    claim.version = expected + 1
    content_changed()
    if editor is not None:
        claim.last_edited_by = editor


@transaction.atomic
def claim_create(
    *,
    statement: str,
    claimant: Entity,
    actor: User,
    place: str = "",
    period: str = "",
    topics: Iterable[Topic] = (),
    seed_key: str = "",
) -> Claim:
    if not actor.has_perm("claims.add_claim"):
        raise PermissionDenied("You may not record claims.")
    claim = Claim(
        statement=statement.strip(),
        claimant=claimant,
        place=place,
        period=period,
        created_by=actor,
        last_edited_by=actor,
        seed_key=seed_key,
    )
    claim.full_clean()
    claim.save()
    claim.topics.set(list(topics))
    return claim


@transaction.atomic
def claim_update(
    *, claim: Claim, actor: User, expected_version: int | None = None, **changes: Any
) -> Claim:
    """Edit a draft or in-review claim. Published claims change only through a correction."""
    unknown = set(changes) - CLAIM_EDITABLE_FIELDS - {"topics"}
    if unknown:
        raise ValidationError(
            {name: "This field cannot be edited here." for name in sorted(unknown)}
        )
    _require(
        claim_access(actor, claim),
        "can_edit",
        "Only draft or in-review claims can be edited, by a fact-checker; "
        "correct a published claim instead.",
    )
    _bump_version(claim=claim, expected_version=expected_version, editor=actor)
    topics = changes.pop("topics", None)
    for name, value in changes.items():
        setattr(claim, name, value)
    claim.full_clean()
    claim.save()
    if topics is not None:
        claim.topics.set(list(topics))
    return claim


@transaction.atomic
def figure_add(
    *,
    claim: Claim,
    actor: User,
    metric: Metric,
    unit: str,
    value: Decimal | None = None,
    date_value: date | None = None,
    date_value_precision: str = DatePrecision.UNKNOWN,
    currency: str = "",
    qualifier: str = Qualifier.EXACT,
    lower_bound: Decimal | None = None,
    upper_bound: Decimal | None = None,
    period: str = "",
    as_written: str = "",
    rank: str = Rank.NORMAL,
    difference: str = Difference.NONE,
    difference_note: str = "",
    propose_competitors: bool = True,
) -> Figure:
    """Record a figure. Alone under its metric, it is compared with the figures recorded for
    other metrics, and look-alikes are proposed as competitors (`propose_competitors=False`
    when intake already proposed them for the suggestion the figure comes from)."""
    _require(
        claim_access(actor, claim),
        "can_edit",
        "Figures can be added to draft or in-review claims only.",
    )
    figure = Figure(
        claim=claim,
        metric=metric,
        unit=unit,
        value=value,
        date_value=date_value,
        date_value_precision=date_value_precision,
        currency=currency,
        qualifier=qualifier,
        lower_bound=lower_bound,
        upper_bound=upper_bound,
        period=period,
        as_written=as_written,
        rank=rank,
        difference=difference,
        difference_note=difference_note,
    )
    figure.full_clean()
    _bump_version(claim=claim, expected_version=None, editor=actor)
    figure.save()
    if propose_competitors:
        from claims.intake import proposals_for_figure

        proposals_for_figure(figure)
    return figure


def citation_verify(citation: Citation, snapshot: Snapshot | None) -> None:
    """Set the citation's quote status and anchor against `snapshot` (does not save).

    Raises ValidationError when a verbatim quote is not in the snapshot: such a citation would
    tell readers the source says something it does not.
    """
    citation.checked_at = timezone.now()
    if citation.is_paraphrase:
        citation.quote_status = QuoteStatus.PARAPHRASE
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
        return
    if snapshot is None:
        citation.quote_status = QuoteStatus.UNCHECKED
        citation.checked_snapshot = None
        citation.position_start = citation.position_end = None
        return
    match = locate_quote(
        snapshot.text, citation.quote, prefix=citation.prefix, suffix=citation.suffix
    )
    if match is None:
        raise ValidationError(
            {
                "quote": ValidationError(
                    "This quote is not in the source's archived text (snapshot of "
                    f"{snapshot.retrieved_at:%d %b %Y}). Copy the exact words, or tick "
                    "“paraphrase” if they are not verbatim.",
                    code="quote_not_found",
                )
            }
        )
    citation.quote_status = QuoteStatus.FOUND
    citation.checked_snapshot = snapshot
    citation.position_start = match.start
    citation.position_end = match.end
    citation.prefix = match.prefix
    citation.suffix = match.suffix


def citation_quote_problems(quote: str) -> dict[str, str]:
    """What is wrong with a quote before it is even looked for (the admin form asks too)."""
    if not normalize_quote(quote):
        return {"quote": "Give the words the source uses."}
    if word_count(quote) > MAX_QUOTE_WORDS:
        return {
            "quote": (
                f"Quote at most {MAX_QUOTE_WORDS} words (this one has {word_count(quote)}): "
                "cite the clause that carries the claim."
            )
        }
    return {}


@transaction.atomic
def citation_add(
    *,
    claim: Claim,
    actor: User,
    source: Source,
    quote: str,
    role: str = CitationRole.APPEARS_IN,
    is_paraphrase: bool = False,
    prefix: str = "",
    suffix: str = "",
) -> Citation:
    _require(
        claim_access(actor, claim),
        "can_edit",
        "Citations can be added to draft or in-review claims only.",
    )
    problems = citation_quote_problems(quote)
    if problems:
        raise ValidationError(problems)
    citation = Citation(
        claim=claim,
        source=source,
        role=role,
        quote=normalize_quote(quote),
        is_paraphrase=is_paraphrase,
        prefix=prefix,
        suffix=suffix,
    )
    citation_verify(citation, source.latest_snapshot())
    citation.full_clean()
    _bump_version(claim=claim, expected_version=None, editor=actor)
    citation.save()
    return citation


@transaction.atomic
def citations_recheck_for_source(*, source: Source) -> dict[str, int]:
    """Re-anchor every citation of a source (and of the sources inside it) against the newest
    snapshot. A quote that has gone missing is marked so, never silently rewritten."""
    counts: dict[str, int] = {}
    sources = [source, *source.parts.all()]
    for cited in sources:
        snapshot = cited.latest_snapshot()
        for citation in Citation.objects.filter(source=cited).select_for_update():
            try:
                citation_verify(citation, snapshot)
            except ValidationError:
                citation.quote_status = QuoteStatus.MISSING
                citation.checked_snapshot = None
                citation.position_start = citation.position_end = None
            citation.save()
            counts[citation.quote_status] = counts.get(citation.quote_status, 0) + 1
    return counts


_REFUSALS = {
    "submit": "submitted for review (only drafts are)",
    "return_to_draft": "returned to draft (only claims in review are)",
    "publish": "published (submit it for review first)",
    "correct": "corrected (only published claims are)",
    "retract": "retracted (only published claims are)",
}


def _begin_transition(
    *, claim: Claim, actor: User, method_name: str, ability: str, refusal: str
) -> None:
    """Lock the claim, then refuse an illegal move before an unauthorised one, so the message
    tells the user what is actually wrong."""
    # Two reviewers acting on one claim at once must not both see "in review" and both publish.
    locked = Claim.objects.select_for_update().only("status", "version").get(pk=claim.pk)
    claim.status = locked.status
    claim.version = locked.version
    if not can_proceed(getattr(claim, method_name)):
        label = ClaimStatus(claim.status).label.lower()
        article = "An" if label[0] in "aeiou" else "A"
        raise ValidationError(
            {
                "status": ValidationError(
                    f"{article} {label} claim cannot be {_REFUSALS[method_name]}.",
                    code="illegal_transition",
                )
            }
        )
    _require(claim_access(actor, claim), ability, refusal)


def _finish_transition(*, claim: Claim, actor: User, method_name: str, note: str) -> Claim:
    from_status = claim.status
    getattr(claim, method_name)()
    if claim.status in ClaimStatus.public() and not claim.citations.exists():
        raise ValidationError(
            {
                "status": ValidationError(
                    "A claim needs at least one citation before it is published.",
                    code="no_citation",
                )
            }
        )
    _bump_version(claim=claim, expected_version=None)
    claim.full_clean()
    claim.save()
    ClaimTransition.objects.create(
        claim=claim,
        from_status=from_status,
        to_status=claim.status,
        actor=actor,
        note=note.strip(),
        verdict=claim.verdict,
        explanation=claim.explanation,
        claim_version=claim.version,
    )
    return claim


@transaction.atomic
def claim_submit_for_review(*, claim: Claim, actor: User, note: str = "") -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="submit",
        ability="can_submit",
        refusal="You may not submit claims for review.",
    )
    if not claim.figures.exists() and not claim.citations.exists():
        raise ValidationError({"status": "Add a figure or a citation before asking for review."})
    return _finish_transition(claim=claim, actor=actor, method_name="submit", note=note)


@transaction.atomic
def claim_return_to_draft(*, claim: Claim, actor: User, note: str) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="return_to_draft",
        ability="can_return_to_draft",
        refusal="You may not return claims to draft.",
    )
    if not note.strip():
        raise ValidationError({"note": "Say what needs to change before it comes back for review."})
    return _finish_transition(claim=claim, actor=actor, method_name="return_to_draft", note=note)


@transaction.atomic
def claim_publish(
    *, claim: Claim, actor: User, verdict: str, explanation: str, note: str = ""
) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="publish",
        ability="can_publish",
        refusal="Only a reviewer may publish a claim.",
    )
    problems: dict[str, str] = {}
    if verdict not in Verdict.values:
        problems["verdict"] = f"Choose a verdict: {', '.join(Verdict.labels)}."
    if not explanation.strip():
        problems["explanation"] = "Explain the verdict: readers see this."
    if problems:
        raise ValidationError(problems)
    claim.verdict = verdict
    claim.explanation = explanation.strip()
    claim.published_at = timezone.now()
    return _finish_transition(claim=claim, actor=actor, method_name="publish", note=note)


@transaction.atomic
def claim_correct(
    *,
    claim: Claim,
    actor: User,
    note: str,
    verdict: str | None = None,
    explanation: str | None = None,
    figure_changes: Mapping[int, Mapping[str, Any]] | None = None,
) -> Claim:
    """Correct a published claim: its verdict, explanation and figures, in one step with one
    public note (what changed and why). Nothing is deleted: the earlier verdict stays in the
    transitions and the earlier figures in their history."""
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="correct",
        ability="can_correct",
        refusal="Only a reviewer may correct a published claim.",
    )
    problems: dict[str, str] = {}
    if not note.strip():
        problems["note"] = "A correction needs a public note saying what changed and why."
    if verdict is not None and verdict not in Verdict.values:
        problems["verdict"] = f"Choose a verdict: {', '.join(Verdict.labels)}."
    if explanation is not None and not explanation.strip():
        problems["explanation"] = "A corrected claim still needs an explanation."
    if problems:
        raise ValidationError(problems)
    for figure_id, changes in (figure_changes or {}).items():
        figure = claim.figures.filter(pk=figure_id).first()
        if figure is None:
            raise ValidationError({"figures": f"Figure {figure_id} does not belong to this claim."})
        _refuse_unknown(dict(changes), FIGURE_EDITABLE_FIELDS)
        for name, value in changes.items():
            setattr(figure, name, value)
        figure.full_clean()
        figure.save()
    if verdict is not None:
        claim.verdict = verdict
    if explanation is not None:
        claim.explanation = explanation.strip()
    return _finish_transition(claim=claim, actor=actor, method_name="correct", note=note)


@transaction.atomic
def claim_assign(
    *,
    claim: Claim,
    actor: User,
    fact_checker: User | None,
    reviewer: User | None,
) -> Claim:
    """Say who checks the claim and who reviews it. Not a substantive edit: it does not make
    the assigner the claim's last editor."""
    if not (actor.has_perm("claims.change_claim") or actor.has_perm("claims.publish_claim")):
        raise PermissionDenied("You may not assign claims.")
    problems: dict[str, str] = {}
    if fact_checker is not None and not fact_checker.has_perm("claims.change_claim"):
        problems["assigned_fact_checker"] = f"{fact_checker} is not a fact-checker."
    if reviewer is not None:
        if not reviewer.has_perm("claims.publish_claim"):
            problems["assigned_reviewer"] = f"{reviewer} is not a reviewer."
        elif reviewer.pk in (claim.created_by_id, claim.last_edited_by_id) or (
            fact_checker is not None and reviewer.pk == fact_checker.pk
        ):
            problems["assigned_reviewer"] = (
                "The reviewer must be someone other than the claim's author or fact-checker "
                "(two-person rule)."
            )
    if problems:
        raise ValidationError(problems)
    _bump_version(claim=claim, expected_version=None)
    claim.assigned_fact_checker = fact_checker
    claim.assigned_reviewer = reviewer
    claim.save(
        update_fields=["assigned_fact_checker", "assigned_reviewer", "version", "updated_at"]
    )
    return claim


@transaction.atomic
def claim_retract(*, claim: Claim, actor: User, reason: str) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="retract",
        ability="can_retract",
        refusal="Only a reviewer may retract a published claim.",
    )
    if not reason.strip():
        raise ValidationError({"note": "A retraction needs a reason."})
    return _finish_transition(claim=claim, actor=actor, method_name="retract", note=reason)


FIGURE_EDITABLE_FIELDS = frozenset(
    {
        "metric",
        "unit",
        "value",
        "date_value",
        "date_value_precision",
        "currency",
        "qualifier",
        "lower_bound",
        "upper_bound",
        "period",
        "as_written",
        "rank",
        "difference",
        "difference_note",
    }
)
CITATION_EDITABLE_FIELDS = frozenset(
    {"source", "role", "quote", "is_paraphrase", "prefix", "suffix"}
)


def _refuse_unknown(changes: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError({name: "This field cannot be edited." for name in sorted(unknown)})


# What competing-figure proposals compare: a change to one of these asks again.
FIGURE_FIELDS_COMPARED = frozenset({"metric", "value", "unit", "currency"})


@transaction.atomic
def figure_update(*, figure: Figure, actor: User, **changes: Any) -> Figure:
    _refuse_unknown(changes, FIGURE_EDITABLE_FIELDS)
    _require(
        claim_access(actor, figure.claim),
        "can_edit",
        "Figures of published claims change only by correction.",
    )
    for name, value in changes.items():
        setattr(figure, name, value)
    figure.full_clean()
    _bump_version(claim=figure.claim, expected_version=None, editor=actor)
    figure.save()
    if changes.keys() & FIGURE_FIELDS_COMPARED:
        from claims.intake import proposals_for_figure

        # Undecided proposals were made for the figure as it was; decided ones are kept.
        proposals_for_figure(figure, replace_pending=True)
    return figure


@transaction.atomic
def figure_delete(*, figure: Figure, actor: User) -> None:
    _require(
        claim_access(actor, figure.claim),
        "can_edit",
        "Figures of published claims cannot be removed.",
    )
    _bump_version(claim=figure.claim, expected_version=None, editor=actor)
    figure.delete()


@transaction.atomic
def citation_update(*, citation: Citation, actor: User, **changes: Any) -> Citation:
    _refuse_unknown(changes, CITATION_EDITABLE_FIELDS)
    _require(
        claim_access(actor, citation.claim),
        "can_edit",
        "Citations of published claims change only by correction.",
    )
    for name, value in changes.items():
        setattr(citation, name, value)
    problems = citation_quote_problems(citation.quote)
    if problems:
        raise ValidationError(problems)
    citation.quote = normalize_quote(citation.quote)
    citation_verify(citation, citation.source.latest_snapshot())
    citation.full_clean()
    _bump_version(claim=citation.claim, expected_version=None, editor=actor)
    citation.save()
    return citation


@transaction.atomic
def citation_delete(*, citation: Citation, actor: User) -> None:
    _require(
        claim_access(actor, citation.claim),
        "can_edit",
        "Citations of published claims cannot be removed.",
    )
    _bump_version(claim=citation.claim, expected_version=None, editor=actor)
    citation.delete()


# -- Article intake: ingesting articles, deciding on suggested claims and competing figures,
# -- flagging published claims whose quotes went missing. The logic lives in claims/intake.py
# -- and claims/quotecheck.py; these are the writes everything else calls.


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
    from claims.intake import proposals_for_suggestion, suggestions_store
    from claims.quotecheck import verify_quotes
    from sources.intake.fetch import fetch_url
    from sources.intake.ingest import article_store
    from sources.services import entity_get_or_create

    if actor is not None and not actor.has_perm("claims.add_claim"):
        raise PermissionDenied("You may not ingest articles.")
    if not text and not url:
        raise ValidationError({"text": "Paste the article's text or give its URL."})
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


def _lock_pending(suggestion: "Suggestion") -> "Suggestion":
    # Two fact-checkers deciding on one suggestion at once must not both turn it into a claim.
    locked = Suggestion.objects.select_for_update().get(pk=suggestion.pk)
    if locked.status != DecisionStatus.PENDING:
        raise ValidationError(
            {"status": f"This suggestion was already {locked.get_status_display().lower()}."}
        )
    return locked


def _new_metric_for(suggestion: "Suggestion", figure: Mapping[str, Any]) -> Metric:
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
    from sources.services import source_create

    title = f"Reader comment by {commenter}"
    existing = Source.objects.filter(parent=article, kind="reader_comment", title=title).first()
    if existing is not None:
        return existing
    return source_create(kind="reader_comment", title=title, parent=article)


@transaction.atomic
def suggestion_accept(
    *,
    suggestion: "Suggestion",
    actor: User,
    statement: str = "",
    claimant: Entity | None = None,
    metrics: Mapping[int, Metric] | None = None,
) -> Claim:
    """Turn a suggestion into a draft claim: its figures (each on the metric of an accepted
    competing-figure proposal, one given in `metrics`, or a new metric), and its quote as a
    citation, verified against the source's newest snapshot."""
    from sources.services import entity_get_or_create

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
def suggestion_dismiss(*, suggestion: "Suggestion", actor: User, note: str = "") -> "Suggestion":
    _require_intake(actor)
    locked = _lock_pending(suggestion)
    locked.status = DecisionStatus.DISMISSED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.decision_note = note.strip()
    locked.save()
    suggestion.refresh_from_db()
    return locked


@transaction.atomic
def proposal_decide(
    *, proposal: "CompetingProposal", actor: User, accept: bool
) -> "CompetingProposal":
    """Accept or dismiss linking a new figure to an existing metric. The decision is kept, so
    the pair is never proposed again. Accepting moves the figure onto that metric: a figure
    recorded by hand at once, a suggested one as soon as its suggestion is a claim (accepting
    the suggestion later puts it there). Moving edits the figure's claim, so it is refused
    unless the actor may edit that claim, and then nothing is decided."""
    _require_intake(actor)
    # Two fact-checkers deciding one proposal at once must not both act on it.
    locked = CompetingProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != DecisionStatus.PENDING:
        raise ValidationError({"status": "This proposal was already decided."})
    locked.status = DecisionStatus.ACCEPTED if accept else DecisionStatus.DISMISSED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.save()
    if not accept:
        return locked
    figure: Figure | None = locked.figure
    if figure is None and locked.suggestion is not None and locked.suggestion.claim is not None:
        as_written = locked.suggested_figure.get("as_written", "")
        figure = locked.suggestion.claim.figures.filter(as_written=as_written).first()
    if figure is not None and figure.metric_id != locked.metric_id:
        figure_move_to_metric(figure=figure, actor=actor, metric=locked.metric)
    return locked


@transaction.atomic
def figure_move_to_metric(*, figure: Figure, actor: User, metric: Metric) -> Figure:
    """Record the figure as a competitor under another metric. A metric has one preferred
    figure, chosen among those already there, so a preferred newcomer joins as normal."""
    changes: dict[str, Any] = {"metric": metric}
    if (
        figure.rank == Rank.PREFERRED
        and Figure.objects.filter(metric=metric, rank=Rank.PREFERRED).exclude(pk=figure.pk).exists()
    ):
        changes["rank"] = Rank.NORMAL
    return figure_update(figure=figure, actor=actor, **changes)


def claim_flag_for_review(*, claim: Claim, reason: str) -> Claim:
    """Mark a claim for a reviewer's attention. Not an edit: the claim's content, status and
    version stay as they are; the flag and its reason are kept in the claim's history."""
    reasons = [line for line in claim.needs_review_reason.splitlines() if line]
    if reason not in reasons:
        reasons.append(reason)
    claim.needs_review = True
    claim.needs_review_reason = "\n".join(reasons)[-500:]
    claim.save(update_fields=["needs_review", "needs_review_reason", "updated_at"])
    return claim


@transaction.atomic
def claim_clear_review_flag(*, claim: Claim, actor: User) -> Claim:
    if not actor.has_perm("claims.publish_claim"):
        raise PermissionDenied("Only a reviewer may clear a claim's review flag.")
    claim.needs_review = False
    claim.needs_review_reason = ""
    claim.save(update_fields=["needs_review", "needs_review_reason", "updated_at"])
    return claim
