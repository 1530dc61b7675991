"""Re-checking cited sources: each snapshot keeps the server's validators (ETag,
Last-Modified) for the next conditional request, and every re-fetch is recorded (SourceCheck)."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('sources', '0005_contentgeneration_moves_to_core'),
    ]

    operations = [
        migrations.AddField(
            model_name='snapshot',
            name='etag',
            field=models.CharField(blank=True, editable=False, max_length=300),
        ),
        migrations.AddField(
            model_name='snapshot',
            name='last_modified',
            field=models.CharField(blank=True, editable=False, max_length=100),
        ),
        migrations.CreateModel(
            name='SourceCheck',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('checked_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('outcome', models.CharField(choices=[('changed', 'Changed: a new snapshot'), ('unchanged', 'Unchanged text'), ('not_modified', 'Not modified (304)'), ('gone', 'Gone'), ('failed', 'Could not be fetched')], max_length=20)),
                ('http_status', models.PositiveSmallIntegerField(blank=True, null=True)),
                ('url', models.CharField(blank=True, help_text='Where the answer came from.', max_length=1000)),
                ('detail', models.CharField(blank=True, max_length=500)),
                ('snapshot', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='sources.snapshot')),
                ('source', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='checks', to='sources.source')),
            ],
            options={
                'ordering': ['-checked_at', '-pk'],
                'indexes': [models.Index(fields=['source', '-checked_at'], name='sourcecheck_source_newest_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('outcome__in', ['changed', 'unchanged', 'not_modified', 'gone', 'failed'])), name='sourcecheck_outcome_valid')],
            },
        ),
    ]
