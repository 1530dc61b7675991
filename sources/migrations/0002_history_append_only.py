"""On PostgreSQL, audit history rows can be added but never updated or deleted."""

from django.db import migrations

from sources.db import append_only_backward, append_only_forward

TABLES = ["sources_historicalentity", "sources_historicalsource"]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_forward(TABLES), params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_backward(TABLES))


class Migration(migrations.Migration):
    dependencies = [("sources", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
