"""Two quote statuses for the re-check of cited sources: a changed figure (a number in the quote
is not the number at its place in the source now) and gone (the page answers 404 or 410, or
redirects to its site's home page). quote_status is a plain column: only its choices change."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0013_frozen_claim_versions'),
    ]

    operations = [
        migrations.AlterField(
            model_name='citation',
            name='quote_status',
            field=models.CharField(choices=[('found', 'Found in snapshot'), ('unchecked', 'Unchecked: no snapshot'), ('paraphrase', 'Paraphrase'), ('missing', 'Missing from snapshot'), ('moved', 'Found at another position'), ('changed', 'Changed: found only approximately'), ('changed_figure', 'Changed figure'), ('gone', 'Gone: the page is no longer there')], default='unchecked', editable=False, max_length=20),
        ),
        migrations.AlterField(
            model_name='historicalcitation',
            name='quote_status',
            field=models.CharField(choices=[('found', 'Found in snapshot'), ('unchecked', 'Unchecked: no snapshot'), ('paraphrase', 'Paraphrase'), ('missing', 'Missing from snapshot'), ('moved', 'Found at another position'), ('changed', 'Changed: found only approximately'), ('changed_figure', 'Changed figure'), ('gone', 'Gone: the page is no longer there')], default='unchecked', editable=False, max_length=20),
        ),
    ]
