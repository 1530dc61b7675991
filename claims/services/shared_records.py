"""Edits to the records many claims share (metrics, topics, entities, sources). A published
claim shows them, so changing what it shows is a reviewer's act: each public claim that shows
the record moves to a new version, frozen with a public note saying what changed, and every
cached answer, card and ETag that showed the old text ends with it."""

from collections.abc import Iterator, Mapping
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import models, transaction

from claims import documents
from claims.models import Claim, Metric, Topic, VersionKind
from claims.selectors import claims_showing
from claims.services.base import bump_version, refusals, version_freeze
from sources.models import Entity, Source

SharedRecord = Metric | Topic | Entity | Source

# Shown to readers but not part of the claim's API document: a metric's definition on the claim
# page, a source's authors in ClaimReview.
_SHOWN_OUTSIDE_THE_DOCUMENT: dict[type[models.Model], tuple[str, ...]] = {
    Metric: ("definition",),
    Source: ("authors",),
}


def _document_fields(node: documents.Node) -> Iterator[tuple[type[models.Model], str]]:
    for part in node.parts:
        if isinstance(part, documents.Column):
            yield node.model, part.name
        elif isinstance(part, documents.One):
            yield node.model, part.field
            yield from _document_fields(part.node)
        elif isinstance(part, documents.Many):
            yield from _document_fields(part.node)


def shown_fields(model: type[models.Model]) -> list[str]:
    """The fields of `model` that a public claim shows: those its document (claims.documents.CLAIM)
    has, and the few its page and ClaimReview add."""
    fields = [name for owner, name in _document_fields(documents.CLAIM) if owner is model]
    fields += _SHOWN_OUTSIDE_THE_DOCUMENT.get(model, ())
    return [name for name in dict.fromkeys(fields) if name != "id"]


def _label(record: SharedRecord) -> str:
    return str(type(record)._meta.verbose_name)


def _shown_value(record: SharedRecord, name: str) -> str:
    field = type(record)._meta.get_field(name)
    value = getattr(record, name)
    if value is None or value == "" or value == []:
        return "(none)"
    if getattr(field, "choices", None):
        return str(dict(field.flatchoices).get(value, value))  # type: ignore[union-attr]
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def describe_changes(
    record: SharedRecord, before: Mapping[str, str], after: Mapping[str, str]
) -> str:
    """The public note: 'Metric renamed from “A” to “B”; unit changed from percent to count.'"""
    label = _label(record)
    parts = []
    for name, old in before.items():
        new = after[name]
        if old == new:
            continue
        if name == "name":
            parts.append(f"renamed from “{old}” to “{new}”")
        else:
            verbose = getattr(type(record)._meta.get_field(name), "verbose_name", name)
            parts.append(f"{verbose} changed from “{old}” to “{new}”")
    if not parts:
        return ""
    return f"{label[:1].upper()}{label[1:]} " + "; ".join(parts) + "."


def shared_record_refusal(*, record: SharedRecord, actor: User, affected: int) -> str:
    """Why `actor` may not make a change that `affected` public claims would show, or "" if they
    may: such a change is a reviewer's act. The admin's form asks this before it saves."""
    if affected == 0 or actor.has_perm("claims.publish_claim"):
        return ""
    claims = f"{affected} published claim{'s' if affected != 1 else ''}"
    return (
        f"Only a reviewer may change what this {_label(record)} shows: {claims} show it, and "
        "each would get a new version with a public note. Ask a reviewer to make the change."
    )


def changes_shown(record: SharedRecord, changed: list[str]) -> bool:
    """Whether changing the fields `changed` changes what a public claim shows."""
    shown = shown_fields(type(record))
    return any(name in shown for name in changed)


@transaction.atomic
def shared_record_update(
    *, record: SharedRecord, actor: User, changes: Mapping[str, Any]
) -> list[Claim]:
    """Change `record`'s fields (`changes`, field name to value) and return the public claims
    that moved to a new version because of it. A change to what a public claim shows is refused
    unless `actor` is a reviewer; changes nobody reads (an entity's description) are anyone's
    with the right to edit the record."""
    model = type(record)
    if record.pk is None:
        raise ValueError("shared_record_update changes a stored record; create it directly.")
    shown = shown_fields(model)
    stored = model.objects.select_for_update().get(pk=record.pk)
    before = {name: _shown_value(stored, name) for name in shown}
    for name, value in changes.items():
        model._meta.get_field(name)  # an unknown field is a programming error: FieldDoesNotExist
        setattr(record, name, value)
    after = {name: _shown_value(record, name) for name in shown}
    note = describe_changes(record, before, after)
    # Lock every claim that shows the record before deciding, so that a claim published
    # meanwhile is either counted here or frozen after this change.
    affected = list(
        Claim.objects.select_for_update()
        .filter(pk__in=claims_showing(stored).values("pk"))
        .order_by("pk")
    )
    message = shared_record_refusal(
        record=record, actor=actor, affected=len(affected) if note else 0
    )
    if message:
        refusals.warning("refused shared record update: %s", message)
        raise PermissionDenied(message)
    record.full_clean()
    record.save()
    if not note:
        return []
    for claim in affected:
        bump_version(claim=claim, expected_version=None)
        version_freeze(claim=claim, kind=VersionKind.UPDATED, actor=actor, note=note)
    return affected
