"""The review flag: a check raises it on a published claim (a cited quote went missing), and
only a reviewer clears it, with a note kept in the claim's history. Not an edit: the claim's
content, status and version stay as they are."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction

from claims.models import Claim
from claims.permissions import claim_access
from claims.services.base import require_ability


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


# The note is kept as the history row's change reason, which holds 100 characters.
CLEARED_REASON = "Review flag cleared: "
CLEAR_NOTE_MAX_CHARS = 100 - len(CLEARED_REASON)


@transaction.atomic
def claim_clear_review_flag(*, claim: Claim, actor: User, note: str) -> Claim:
    """A reviewer looked at what a check flagged and says why the claim stands (or what they did
    about it). The note is kept, with the reviewer's name, in the claim's history."""
    require_ability(
        claim_access(actor, claim),
        "can_clear_review_flag",
        "Only a reviewer may clear a claim's review flag.",
    )
    note = note.strip()
    if not note:
        raise ValidationError({"note": "Say what you checked and why the flag can go."})
    if len(note) > CLEAR_NOTE_MAX_CHARS:
        raise ValidationError(
            {
                "note": f"Keep the note to {CLEAR_NOTE_MAX_CHARS} characters (this one has "
                f"{len(note)}), so that the claim's history keeps all of it."
            }
        )
    # The flag may have been cleared (or raised again) since the reviewer looked.
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if not locked.needs_review:
        raise ValidationError({"needs_review": "This claim is not flagged for review."})
    # The history row is made from the saved instance: the stored one, not the caller's copy,
    # which may predate a correction and would record a state the claim was never in.
    locked.needs_review = False
    locked.needs_review_reason = ""
    locked._change_reason = f"{CLEARED_REASON}{note}"  # type: ignore[attr-defined]
    locked._history_user = actor  # type: ignore[attr-defined]
    locked.save(update_fields=["needs_review", "needs_review_reason", "updated_at"])
    claim.needs_review, claim.needs_review_reason = False, ""
    claim.updated_at = locked.updated_at
    return locked
