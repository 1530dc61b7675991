"""What every write shares: the access refusal, the optimistic version check with the record of
who changed a claim's substance, the error a stale edit gets, and freezing a public version."""

import logging
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import F

from claims.documents import raw_documents
from claims.models import Claim, ClaimEdit, ClaimVersion, VersionKind
from claims.permissions import ClaimAccess
from core.content_cache import content_changed

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


def require_ability(access: ClaimAccess, ability: str, message: str) -> None:
    """Refuse, with `message`, unless the access allows `ability` (logged for audit)."""
    if not getattr(access, ability):
        # The two-person rule's reason is asked only when publishing is what was refused.
        if ability == "can_publish" and access.publish_refusal:
            message = access.publish_refusal
        refusals.warning("refused %s: %s", ability, message)
        raise PermissionDenied(message)


def bump_version(*, claim: Claim, expected_version: int | None, editor: User | None = None) -> None:
    """Move the stored claim to the next version, or refuse if it is no longer at the version the
    editor saw. One conditional UPDATE, so two concurrent editors cannot both pass the check.
    `editor` is given for substantive edits (not for workflow moves or assignments): the edit is
    recorded as a ClaimEdit at the new version, the two-person rule's record."""
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
        ClaimEdit.objects.create(claim_id=claim.pk, editor=editor, claim_version=claim.version)


def version_freeze(*, claim: Claim, kind: VersionKind, actor: User, note: str = "") -> ClaimVersion:
    """Store the claim's public document as it stands now, at its current version: what its
    page, card, API answer and ClaimReview show. Called inside the write that made the version
    (publication, correction, retraction, a shared-record update), after every row it changes
    is saved, so the document is the one readers get from this version on."""
    (document,) = raw_documents([claim.pk])
    return ClaimVersion.objects.create(
        claim_id=claim.pk,
        version=claim.version,
        kind=kind,
        note=note.strip(),
        document=document,
        actor=actor,
    )
