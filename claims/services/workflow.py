"""The review workflow: draft, in review, published, corrected, retracted, and who checks and
who reviews a claim. Each move locks the claim, checks access once and records a
ClaimTransition."""

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django_fsm import can_proceed

from claims.models import Citation, Claim, ClaimStatus, ClaimTransition, Verdict, VersionKind
from claims.permissions import claim_access, claim_authors
from claims.services.base import (
    StaleClaimError,
    bump_version,
    require_ability,
    version_freeze,
)
from claims.services.records import citation_apply_changes, figure_apply_changes

_REFUSALS = {
    "submit": "submitted for review (only drafts are)",
    "return_to_draft": "returned to draft (only claims in review are)",
    "publish": "published (submit it for review first)",
    "correct": "corrected (only published claims are)",
    "retract": "retracted (only published claims are)",
}


def _begin_transition(
    *,
    claim: Claim,
    actor: User,
    method_name: str,
    ability: str,
    refusal: str,
    expected_version: int | None = None,
) -> None:
    """Lock the claim, then refuse an illegal move before an unauthorised one, so the message
    tells the user what is actually wrong; then refuse a move made on an older version than the
    stored one. `expected_version` is the version the actor saw (the admin's workflow pages; the
    API checks its If-Match itself): a reviewer who publishes must publish what they read, not
    figures changed while the page was open."""
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
    require_ability(claim_access(actor, claim), ability, refusal)
    if expected_version is not None and expected_version != claim.version:
        raise StaleClaimError(claim_id=claim.pk, expected=expected_version, current=claim.version)


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
    bump_version(claim=claim, expected_version=None)
    # Not the named constraints' own checks, a query each: a move changes only the status (a
    # transition's, always valid), the verdict (clean_fields: its choices) and the explanation
    # (clean(): a public claim's verdict and explanation, said by field), and bump_version the
    # version; the database still refuses anything else.
    claim.full_clean(validate_constraints=False)
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
    if claim.status in ClaimStatus.public():
        version_freeze(
            claim=claim, kind=VersionKind.for_status(claim.status), actor=actor, note=note
        )
    return claim


@transaction.atomic
def claim_submit_for_review(
    *, claim: Claim, actor: User, note: str = "", expected_version: int | None = None
) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="submit",
        ability="can_submit",
        refusal="You may not submit claims for review.",
        expected_version=expected_version,
    )
    if not claim.figures.exists() and not claim.citations.exists():
        raise ValidationError({"status": "Add a figure or a citation before asking for review."})
    return _finish_transition(claim=claim, actor=actor, method_name="submit", note=note)


@transaction.atomic
def claim_return_to_draft(
    *, claim: Claim, actor: User, note: str, expected_version: int | None = None
) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="return_to_draft",
        ability="can_return_to_draft",
        refusal="You may not return claims to draft.",
        expected_version=expected_version,
    )
    if not note.strip():
        raise ValidationError({"note": "Say what needs to change before it comes back for review."})
    return _finish_transition(claim=claim, actor=actor, method_name="return_to_draft", note=note)


@transaction.atomic
def claim_publish(
    *,
    claim: Claim,
    actor: User,
    verdict: str,
    explanation: str,
    note: str = "",
    expected_version: int | None = None,
) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="publish",
        ability="can_publish",
        refusal="Only a reviewer may publish a claim.",
        expected_version=expected_version,
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
    citation_changes: Mapping[int, Mapping[str, Any]] | None = None,
    new_citations: Sequence[Mapping[str, Any]] = (),
    expected_version: int | None = None,
) -> Claim:
    """Correct a published claim: its verdict, explanation, figures and citations (changed or
    added), in one step with one public note (what changed and why), all or nothing. A changed
    or new quote must be in its source's newest snapshot. Nothing is deleted: the earlier
    verdict stays in the transitions and the earlier figures and citations in their history.
    `expected_version` is the version the reviewer saw (the admin's form; the API checks its
    If-Match itself): a correction made against an older one is refused."""
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="correct",
        ability="can_correct",
        refusal="Only a reviewer may correct a published claim.",
        expected_version=expected_version,
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
        figure_apply_changes(figure=figure, changes=changes)
    for citation_id, changes in (citation_changes or {}).items():
        citation = claim.citations.select_related("source").filter(pk=citation_id).first()
        if citation is None:
            raise ValidationError(
                {"citations": f"Citation {citation_id} does not belong to this claim."}
            )
        citation_apply_changes(citation=citation, changes=changes)
    for fields in new_citations:
        missing = [name for name in ("source", "quote") if not fields.get(name)]
        if missing:
            raise ValidationError({name: "A new citation needs this." for name in missing})
        citation_apply_changes(citation=Citation(claim=claim), changes=fields)
    if verdict is not None:
        claim.verdict = verdict
    if explanation is not None:
        claim.explanation = explanation.strip()
    return _finish_transition(claim=claim, actor=actor, method_name="correct", note=note)


def claim_assignment_problems(
    *, fact_checker: User | None, reviewer: User | None, authors: Collection[int | None]
) -> dict[str, str]:
    """What claim_assign refuses, by field. `authors` are the ids of whoever drafted the claim or
    changed it since it was last reviewed (permissions.claim_authors): the two-person rule keeps
    them from reviewing it. The admin's form asks before it saves anything, so that a refusal
    shows on its field."""
    problems: dict[str, str] = {}
    if fact_checker is not None and not fact_checker.has_perm("claims.change_claim"):
        problems["assigned_fact_checker"] = f"{fact_checker} is not a fact-checker."
    if reviewer is not None:
        if not reviewer.has_perm("claims.publish_claim"):
            problems["assigned_reviewer"] = f"{reviewer} is not a reviewer."
        elif reviewer.pk in authors or (
            fact_checker is not None and reviewer.pk == fact_checker.pk
        ):
            problems["assigned_reviewer"] = (
                "The reviewer must be someone other than the claim's author or fact-checker "
                "(two-person rule)."
            )
    return problems


@transaction.atomic
def claim_assign(
    *,
    claim: Claim,
    actor: User,
    fact_checker: User | None,
    reviewer: User | None,
    expected_version: int | None = None,
) -> Claim:
    """Say who checks the claim and who reviews it. Not a substantive edit: it does not make
    the assigner the claim's last editor. `expected_version` is the version the assigner saw,
    when they saw the claim before this request (the admin's form)."""
    if not (actor.has_perm("claims.change_claim") or actor.has_perm("claims.publish_claim")):
        raise PermissionDenied("You may not assign claims.")
    problems = claim_assignment_problems(
        fact_checker=fact_checker,
        reviewer=reviewer,
        authors=claim_authors(claim),
    )
    if problems:
        raise ValidationError(problems)
    bump_version(claim=claim, expected_version=expected_version)
    claim.assigned_fact_checker = fact_checker
    claim.assigned_reviewer = reviewer
    claim.save(
        update_fields=["assigned_fact_checker", "assigned_reviewer", "version", "updated_at"]
    )
    return claim


@transaction.atomic
def claim_retract(
    *, claim: Claim, actor: User, reason: str, expected_version: int | None = None
) -> Claim:
    _begin_transition(
        claim=claim,
        actor=actor,
        method_name="retract",
        ability="can_retract",
        refusal="Only a reviewer may retract a published claim.",
        expected_version=expected_version,
    )
    if not reason.strip():
        raise ValidationError({"note": "A retraction needs a reason."})
    return _finish_transition(claim=claim, actor=actor, method_name="retract", note=reason)
