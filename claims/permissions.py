"""Who may do what to a claim: the one access function the admin, API and pages all use."""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth.models import AnonymousUser, User

from claims.models import Claim, ClaimEdit, ClaimStatus, reads_unpublished

AnyUser = User | AnonymousUser

GROUP_FACT_CHECKER = "Fact-checker"
GROUP_REVIEWER = "Reviewer"
GROUP_EDITOR = "Editor"


@dataclass(frozen=True)
class ClaimAccess:
    can_view: bool = False
    can_edit: bool = False
    can_submit: bool = False
    can_return_to_draft: bool = False
    can_correct: bool = False
    can_retract: bool = False
    # Clearing what a check flagged is a reviewer's call, in any status.
    can_clear_review_flag: bool = False
    # Whether the role and the claim's status allow publishing, before the two-person rule.
    may_publish_now: bool = False
    # The two-person rule's answer for a reviewer, asked of the database (one query) only when
    # can_publish or publish_refusal is read: most callers ask something else.
    ask_two_person_rule: Callable[[], str] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def publish_refusal(self) -> str:
        """Why a reviewer who could otherwise publish may not: the two-person rule."""
        return self.ask_two_person_rule() if self.ask_two_person_rule is not None else ""

    @cached_property
    def can_publish(self) -> bool:
        return self.may_publish_now and not self.publish_refusal


def can_view_status(user: AnyUser, status: str) -> bool:
    """Whether `user` may read a claim in `status`: claim_access's rule for reading, for callers
    that hold a claim's status but not the claim (the API's documents)."""
    return status in ClaimStatus.public() or reads_unpublished(user)


TWO_PERSON_RULE = (
    "two-person rule: nobody who drafted a claim or changed it since it was last reviewed may "
    "publish it"
)


def claim_authors(claim: Claim) -> set[int]:
    """Everyone the two-person rule keeps from reviewing `claim`: who drafted it and who changed
    its substance since it was last reviewed (ClaimEdit's record). One query."""
    editors = ClaimEdit.objects.unreviewed().filter(claim_id=claim.pk)
    authors = set(editors.values_list("editor_id", flat=True))
    if claim.created_by_id is not None:
        authors.add(claim.created_by_id)
    return authors


def two_person_refusal(user: User, claim: Claim) -> str:
    """Why `user` may not publish `claim` under the two-person rule, or "" if they may: they
    drafted it, or changed its substance since it was last reviewed (ClaimEdit's record)."""
    if user.pk == claim.created_by_id:
        return f"You drafted this claim, so another reviewer must publish it ({TWO_PERSON_RULE})."
    edited = (
        ClaimEdit.objects.unreviewed()
        .filter(claim_id=claim.pk, editor_id=user.pk)
        .order_by("-claim_version")
        .values_list("claim_version", flat=True)
        .first()
    )
    if edited is None:
        return ""
    return (
        f"You changed this claim (version {edited}) since it was last reviewed, so another "
        f"reviewer must publish it ({TWO_PERSON_RULE})."
    )


def claim_access(user: AnyUser, claim: Claim) -> ClaimAccess:
    """What `user` may do to `claim` in its current state."""
    can_view = can_view_status(user, claim.status)
    if not user.is_active:
        return ClaimAccess(can_view=can_view)
    status = claim.status
    may_change = user.has_perm("claims.change_claim")
    may_submit = user.has_perm("claims.submit_claim")
    may_publish = user.has_perm("claims.publish_claim")
    is_open = status in (ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW)
    is_out = status in ClaimStatus.reviewed()
    reviewer: User | None = user if may_publish and isinstance(user, User) else None
    return ClaimAccess(
        can_view=can_view,
        can_edit=may_change and is_open,
        can_submit=may_submit and status == ClaimStatus.DRAFT,
        can_return_to_draft=(may_publish or may_submit) and status == ClaimStatus.IN_REVIEW,
        can_correct=may_publish and is_out,
        can_retract=may_publish and is_out,
        can_clear_review_flag=may_publish,
        may_publish_now=may_publish and status == ClaimStatus.IN_REVIEW,
        ask_two_person_rule=(
            None if reviewer is None else (lambda: two_person_refusal(reviewer, claim))
        ),
    )
