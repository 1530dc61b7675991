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
    BASIS_FIELDS,
    BasisKind,
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
from claims.selectors import PossibleDuplicate, merge_duplicates, possible_duplicates
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
        *BASIS_FIELDS,
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
    # Not the named constraints' own checks, a query each: of the fields an edit may change,
    # clean_fields checks the verdict's choices and clean() a public claim's verdict and
    # explanation, by field; status, version and seed key are not editable here.
    claim.full_clean(validate_constraints=False)
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
    basis: str = BasisKind.NONE,
    basis_baseline_value: Decimal | None = None,
    basis_baseline_period: str = "",
    basis_baseline_unit: str = "",
    basis_baseline_counts: str = "",
    basis_end_value: Decimal | None = None,
    basis_end_period: str = "",
    basis_end_unit: str = "",
    basis_end_counts: str = "",
    basis_part_value: Decimal | None = None,
    basis_part_counts: str = "",
    basis_whole_value: Decimal | None = None,
    basis_whole_counts: str = "",
    basis_read_as: str = "",
    basis_note: str = "",
    propose_competitors: bool = True,
    allow_duplicate: bool = True,
) -> Figure:
    """Record a figure. Alone under its metric, it is compared with the figures recorded for
    other metrics, and look-alikes are proposed as competitors (`propose_competitors=False`
    when intake already proposed them for the suggestion the figure comes from). With
    `allow_duplicate=False`, a figure another claim already records for the metric from a
    source this claim cites is refused (DuplicateRecordError). The basis_* fields say what the
    figure was computed from (claims.arithmetic checks it)."""
    require_ability(
        claim_access(actor, claim),
        "can_edit",
        "Figures can be added to draft or in-review claims only.",
    )
    if not allow_duplicate:
        refuse_duplicates(
            duplicates_of(
                actor=actor,
                claim=claim,
                sources=Source.objects.filter(citations__claim=claim).distinct(),
                figures=[(metric, date_value if value is None else value)],
            )
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
        basis=basis,
        basis_baseline_value=basis_baseline_value,
        basis_baseline_period=basis_baseline_period,
        basis_baseline_unit=basis_baseline_unit,
        basis_baseline_counts=basis_baseline_counts,
        basis_end_value=basis_end_value,
        basis_end_period=basis_end_period,
        basis_end_unit=basis_end_unit,
        basis_end_counts=basis_end_counts,
        basis_part_value=basis_part_value,
        basis_part_counts=basis_part_counts,
        basis_whole_value=basis_whole_value,
        basis_whole_counts=basis_whole_counts,
        basis_read_as=basis_read_as,
        basis_note=basis_note,
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
    allow_duplicate: bool = True,
) -> Citation:
    """Cite `source` for the claim. With `allow_duplicate=False`, a quote another claim already
    cites, or a source another claim cites for one of this claim's figures, is refused
    (DuplicateRecordError): the API, the admin and intake ask, the seed loader does not."""
    require_ability(
        claim_access(actor, claim),
        "can_edit",
        "Citations can be added to draft or in-review claims only.",
    )
    problems = citation_quote_problems(quote)
    if problems:
        raise ValidationError(problems)
    if not allow_duplicate:
        figures = claim.figures.all()
        refuse_duplicates(
            duplicates_of(
                actor=actor,
                claim=claim,
                quotes=[quote],
                sources=[source],
                figures=[(figure.metric_id, figure_value(figure)) for figure in figures],
            ),
            source=source,
            quote=quote,
        )
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
    bump_version(claim=citation.claim, expected_version=None, editor=actor)
    return citation_apply_changes(citation=citation, changes=changes)


def citation_apply_changes(*, citation: Citation, changes: Mapping[str, Any]) -> Citation:
    """Change a citation's fields (or fill a new, unsaved one), check its quote against the
    source's newest snapshot and save it: a quote that is not there is refused. The one step
    behind an edit of an open claim and a correction of a published one; the caller checks
    access and bumps the version."""
    refuse_unknown(dict(changes), CITATION_EDITABLE_FIELDS)
    for name, value in changes.items():
        setattr(citation, name, value)
    problems = citation_quote_problems(citation.quote)
    if problems:
        raise ValidationError(problems)
    citation.quote = normalize_quote(citation.quote)
    citation_verify(citation=citation, snapshot=citation.source.latest_snapshot())
    citation.full_clean()
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


# -- duplicates ----------------------------------------------------------------------------------


class DuplicateRecordError(ValidationError):
    """What is being recorded is already recorded on another claim. The caller shows
    `duplicates` and records anyway only when told to; `source` and `quote`, when the new record
    has them, can be cited on an existing claim instead (appearance_offered)."""

    def __init__(
        self,
        duplicates: list[PossibleDuplicate],
        *,
        source: Source | None = None,
        quote: str = "",
    ) -> None:
        self.duplicates = duplicates
        self.source = source
        self.quote = quote
        names = "; ".join(
            f"“{duplicate.claim}” (claim {duplicate.claim.pk}, "
            f"{duplicate.claim.get_status_display().lower()}: {', '.join(duplicate.reasons)})"
            for duplicate in duplicates
        )
        super().__init__(
            f"Already recorded: {names}. Add this source to the existing claim as another "
            "appearance instead, or confirm that this is a different claim to record it anyway.",
            code="duplicate",
        )


FigureKey = tuple[Metric | int, Decimal | date | None]


def figure_value(figure: Figure) -> Decimal | date | None:
    """What a figure is compared on, with its metric, to find it recorded twice."""
    return figure.date_value if figure.value is None else figure.value


def duplicates_of(
    *,
    actor: Any,
    claim: Claim | None = None,
    quotes: Iterable[str] = (),
    sources: Iterable[Source] = (),
    figures: Iterable[FigureKey] = (),
) -> list[PossibleDuplicate]:
    """The claims other than `claim` that already hold one of `quotes`, or a figure for one of
    `figures`' metrics with its value from one of `sources` (claims.selectors'
    possible_duplicates, asked once per quote and per source and figure)."""
    figures = list(figures)
    found = [
        possible_duplicates(quote=quote, source=None, exclude_claim=claim, user=actor)
        for quote in quotes
    ]
    found += [
        possible_duplicates(
            quote=None, source=source, metric=metric, value=value, exclude_claim=claim, user=actor
        )
        for source in sources
        for metric, value in figures
    ]
    return merge_duplicates(*found)


def refuse_duplicates(
    duplicates: list[PossibleDuplicate], *, source: Source | None = None, quote: str = ""
) -> None:
    if duplicates:
        raise DuplicateRecordError(duplicates, source=source, quote=quote)


def appearance_offered(*, duplicate: PossibleDuplicate, actor: Any, source: Source | None) -> bool:
    """Whether `actor` may cite `source` on the duplicate's claim as another appearance instead:
    the claim holds the same quote, but not from that source, and is open to them. (A figure's
    duplicate already cites the source: there is nothing to add.)"""
    if source is None or not duplicate.citations:
        return False
    if any(citation.source_id == source.pk for citation in duplicate.citations):
        return False
    return claim_access(actor, duplicate.claim).can_edit
