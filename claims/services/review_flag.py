"""The review flag: a check raises it on a published claim (a cited quote went missing), and
only a reviewer clears it, with a note kept in the claim's history. Not an edit: the claim's
content, status and version stay as they are."""

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from claims.models import Claim


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
def claim_clear_review_flag(*, claim: Claim, actor: User, note: str) -> Claim:
    """A reviewer looked at what a check flagged and says why the claim stands (or what they did
    about it). The note is kept with the change in the claim's history."""
    if not actor.has_perm("claims.publish_claim"):
        raise PermissionDenied("Only a reviewer may clear a claim's review flag.")
    if not note.strip():
        raise ValidationError({"note": "Say what you checked and why the flag can go."})
    # The flag may have been cleared (or raised again) since the reviewer looked.
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if not locked.needs_review:
        raise ValidationError({"needs_review": "This claim is not flagged for review."})
    claim.needs_review = False
    claim.needs_review_reason = ""
    claim._change_reason = f"Review flag cleared by {actor}: {note.strip()}"[:100]  # type: ignore[attr-defined]
    claim.save(update_fields=["needs_review", "needs_review_reason", "updated_at"])
    return claim
