"""The two-person rule's record: who changed a claim's substance, at which version (ClaimEdit,
written by claims.services.base.bump_version). Append-only on PostgreSQL, like the history.

Backfill: a claim still open (draft or in review) has never been reviewed, since no move leads
back from published, so everyone who ever edited it counts. Recorded for each: its author (at
version 1, when they wrote it), every last editor its history shows, and its current last
editor, each once, at the newest version the record shows them at (their edit was then or
before). Public claims need none: everything before their last review was reviewed."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from sources.db import append_only_backward, append_only_forward

TABLES = ["claims_claimedit"]
OPEN = ["draft", "in_review"]


def record_editors_of_open_claims(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    HistoricalClaim = apps.get_model("claims", "HistoricalClaim")
    ClaimEdit = apps.get_model("claims", "ClaimEdit")
    newest = {}  # (claim id, editor id) -> (version, at)

    def seen(claim_id, editor_id, version, at):
        if editor_id is None:
            return
        key = (claim_id, editor_id)
        if key not in newest or version > newest[key][0]:
            newest[key] = (version, at)

    open_claims = Claim.objects.filter(status__in=OPEN)
    for claim_id, author_id, last_editor_id, version, created_at, updated_at in (
        open_claims.values_list(
            "id", "created_by_id", "last_edited_by_id", "version", "created_at", "updated_at"
        ).iterator()
    ):
        seen(claim_id, author_id, 1, created_at)
        seen(claim_id, last_editor_id, version, updated_at)
    for claim_id, editor_id, version, at in (
        HistoricalClaim.objects.filter(id__in=open_claims.values("id"))
        .values_list("id", "last_edited_by_id", "version", "history_date")
        .iterator()
    ):
        seen(claim_id, editor_id, version, at)
    # History rows keep no foreign key: an editor may have been deleted since.
    User = apps.get_model(settings.AUTH_USER_MODEL)
    users = set(
        User.objects.filter(pk__in={editor for _, editor in newest}).values_list("pk", flat=True)
    )
    ClaimEdit.objects.bulk_create(
        ClaimEdit(claim_id=claim_id, editor_id=editor_id, claim_version=version, at=at)
        for (claim_id, editor_id), (version, at) in sorted(newest.items())
        if editor_id in users
    )


def append_only(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_forward(TABLES), params=None)


def drop_append_only(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_backward(TABLES))


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0011_drop_claim_document_functions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ClaimEdit',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('claim_version', models.PositiveIntegerField(help_text="The claim's version after the edit.")),
                ('at', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                ('claim', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='edits', to='claims.claim')),
                ('editor', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['claim_version', 'id'],
                'indexes': [models.Index(fields=['claim', 'editor', 'claim_version'], name='claimedit_claim_editor_idx')],
            },
        ),
        # Nothing to undo backwards: dropping the table removes the rows.
        migrations.RunPython(record_editors_of_open_claims, migrations.RunPython.noop),
        migrations.RunPython(append_only, drop_append_only),
    ]
