"""Frozen public versions (ClaimVersion): the claim's public document at each publication,
correction, retraction and shared-record update, append-only on PostgreSQL like the history.

No backfill: a version made before this migration has no frozen document, and a card pinned to
it is rebuilt from the history as before (claims.embed), with shared records as they are now."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from sources.db import append_only_backward, append_only_forward

TABLES = ["claims_claimversion"]


def append_only(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_forward(TABLES), params=None)


def drop_append_only(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_backward(TABLES))


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0012_claim_edits_for_two_person_rule'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ClaimVersion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('version', models.PositiveIntegerField()),
                ('kind', models.CharField(choices=[('published', 'Published'), ('corrected', 'Corrected'), ('retracted', 'Retracted'), ('updated', 'Updated')], max_length=20)),
                ('note', models.TextField(blank=True, help_text='The public note: what changed and why, or why it was retracted.')),
                ('document', models.JSONField(help_text='The raw document, as claims.documents builds it.')),
                ('created_at', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                ('actor', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('claim', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='frozen_versions', to='claims.claim')),
            ],
            options={
                'ordering': ['claim', 'version'],
                'constraints': [models.UniqueConstraint(fields=('claim', 'version'), name='claimversion_once'), models.CheckConstraint(condition=models.Q(('kind__in', ['published', 'corrected', 'retracted', 'updated'])), name='claimversion_kind_valid')],
            },
        ),
        migrations.RunPython(append_only, drop_append_only),
    ]
