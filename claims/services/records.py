"""Recording claims, their figures and their citations while they are open (draft or in
review): each write checks access once, bumps the claim's version and saves."""

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from claims.competing import proposals_for_figure
from claims.models import (
    Citation,
    CitationRole,
    Claim,
    Difference,
    Figure,
    Metric,
    Qualifier,
    Rank,
    Topic,
)
from claims.permissions import claim_access
from claims.services.base import bump_version, require_ability
from claims.services.quotes import citation_quote_problems, citation_verify
from sources.models import DatePrecision, Entity, Source
from sources.quotes import normalize_quote

CLAIM_EDITABLE_FIELDS = frozenset(
    {"statement", "claimant", "place", "period", "verdict", "explanation"}
)

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

FIGURE_FIELDS_COMPARED = frozenset({"metric", "value", "unit", "currency"})


def refuse_unknown(changes: dict[str, Any], allowed: frozenset[str]) -> None:
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError({name: "This field cannot be edited." for name in sorted(unknown)})


# What competing-figure proposals compare: a change to one of these asks again.


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
    require_ability(
        claim_access(actor, claim),
        "can_edit",
        "Only draft or in-review claims can be edited, by a fact-checker; "
        "correct a published claim instead.",
    )
    bump_version(claim=claim, expected_version=expected_version, editor=actor)
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
    require_ability(
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
    bump_version(claim=claim, expected_version=None, editor=actor)
    figure.save()
    if propose_competitors:
        proposals_for_figure(figure)
    return figure


@transaction.atomic
def figure_update(*, figure: Figure, actor: User, **changes: Any) -> Figure:
    refuse_unknown(changes, FIGURE_EDITABLE_FIELDS)
    require_ability(
        claim_access(actor, figure.claim),
        "can_edit",
        "Figures of published claims change only by correction.",
    )
    bump_version(claim=figure.claim, expected_version=None, editor=actor)
    return figure_apply_changes(figure=figure, changes=changes)


def figure_apply_changes(*, figure: Figure, changes: Mapping[str, Any]) -> Figure:
    """Change a figure's fields and save it, then ask again which recorded figures it competes
    with when something they are compared on changed. The one step behind an edit of an open
    claim and a correction of a published one; the caller checks access and bumps the version."""
    refuse_unknown(dict(changes), FIGURE_EDITABLE_FIELDS)
    for name, value in changes.items():
        setattr(figure, name, value)
    figure.full_clean()
    figure.save()
    if changes.keys() & FIGURE_FIELDS_COMPARED:
        # Undecided proposals were made for the figure as it was; decided ones are kept.
        proposals_for_figure(figure, replace_pending=True)
    return figure


@transaction.atomic
def figure_delete(*, figure: Figure, actor: User) -> None:
    require_ability(
        claim_access(actor, figure.claim),
        "can_edit",
        "Figures of published claims cannot be removed.",
    )
    bump_version(claim=figure.claim, expected_version=None, editor=actor)
    figure.delete()


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
    require_ability(
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
    citation_verify(citation=citation, snapshot=source.latest_snapshot())
    citation.full_clean()
    bump_version(claim=claim, expected_version=None, editor=actor)
    citation.save()
    return citation


@transaction.atomic
def citation_update(*, citation: Citation, actor: User, **changes: Any) -> Citation:
    refuse_unknown(changes, CITATION_EDITABLE_FIELDS)
    require_ability(
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
    citation_verify(citation=citation, snapshot=citation.source.latest_snapshot())
    citation.full_clean()
    bump_version(claim=citation.claim, expected_version=None, editor=actor)
    citation.save()
    return citation


@transaction.atomic
def citation_delete(*, citation: Citation, actor: User) -> None:
    require_ability(
        claim_access(actor, citation.claim),
        "can_edit",
        "Citations of published claims cannot be removed.",
    )
    bump_version(claim=citation.claim, expected_version=None, editor=actor)
    citation.delete()
