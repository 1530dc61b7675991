"""The "nearly" qualifier ("nearly" and "almost": just short of the value, distinct from
"about"). qualifier is a plain column: only its choices change."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0014_quote_status_changed_figure_and_gone'),
    ]

    operations = [
        migrations.AlterField(
            model_name='figure',
            name='qualifier',
            field=models.CharField(choices=[('exact', 'exactly'), ('about', 'about'), ('nearly', 'nearly'), ('at_least', 'at least'), ('more_than', 'more than'), ('up_to', 'up to'), ('less_than', 'less than')], default='exact', max_length=20),
        ),
        migrations.AlterField(
            model_name='historicalfigure',
            name='qualifier',
            field=models.CharField(choices=[('exact', 'exactly'), ('about', 'about'), ('nearly', 'nearly'), ('at_least', 'at least'), ('more_than', 'more than'), ('up_to', 'up to'), ('less_than', 'less than')], default='exact', max_length=20),
        ),
    ]
