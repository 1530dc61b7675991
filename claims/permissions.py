"""Who may do what to a claim: the one access function the admin, API and pages all use."""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User

from claims.models import Claim, ClaimStatus, reads_unpublished

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
    can_publish: bool = False
    can_correct: bool = False
    can_retract: bool = False
    # Clearing what a check flagged is a reviewer's call, in any status.
    can_clear_review_flag: bool = False
    # Why a reviewer who could otherwise publish may not: the two-person rule.
    publish_refusal: str = ""


def can_view_status(user: AnyUser, status: str) -> bool:
    """Whether `user` may read a claim in `status`: claim_access's rule for reading, for callers
    that hold a claim's status but not the claim (the API's documents)."""
    return status in ClaimStatus.public() or reads_unpublished(user)


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
    # Two-person rule: whoever drafted the claim or last changed its substance cannot also be
    # the one who signs it off.
    publish_refusal = ""
    if may_publish and user.pk in (claim.created_by_id, claim.last_edited_by_id):
        publish_refusal = (
            "You drafted or last edited this claim, so another reviewer must publish it "
            "(two-person rule)."
        )
    is_out = status in ClaimStatus.reviewed()
    return ClaimAccess(
        can_view=can_view,
        can_edit=may_change and is_open,
        can_submit=may_submit and status == ClaimStatus.DRAFT,
        can_return_to_draft=(may_publish or may_submit) and status == ClaimStatus.IN_REVIEW,
        can_publish=may_publish and status == ClaimStatus.IN_REVIEW and not publish_refusal,
        can_correct=may_publish and is_out,
        can_retract=may_publish and is_out,
        can_clear_review_flag=may_publish,
        publish_refusal=publish_refusal,
    )
