"""On PostgreSQL, audit history rows and workflow transitions can be added but never updated or
deleted, whatever the application does."""

from django.db import migrations

from sources.db import append_only_backward, append_only_forward

TABLES = [
    "claims_historicalclaim",
    "claims_historicalclaim_topics",
    "claims_historicalfigure",
    "claims_historicalcitation",
    "claims_historicalmetric",
    "claims_claimtransition",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_forward(TABLES), params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(append_only_backward(TABLES))


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_claim_assignment_and_editor"),
        ("sources", "0002_history_append_only"),
    ]

    operations = [migrations.RunPython(forward, backward)]
