"""Drops the PL/pgSQL builders of claims' API documents (migration 0009, and the signatures earlier
versions of it created): the API now builds documents with a query generated from the one
definition in claims.api.documents. A no-op on SQLite."""

from django.db import migrations

POSTGRES_FORWARD = """
DROP FUNCTION IF EXISTS claims_claim_documents(bigint[], boolean);
DROP FUNCTION IF EXISTS claims_claim_documents(bigint[]);
DROP FUNCTION IF EXISTS claims_claim_last_modified(bigint);
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0010_suggestion_moves_to_intake"),
    ]

    # Backwards a no-op, on purpose: nothing from here on calls the functions, and recreating
    # them here would freeze a second definition of the claim document that nothing keeps in
    # step with the first. Code from before this migration that calls them gets them back from
    # 0009 itself (CREATE OR REPLACE), by migrating back before 0009 and forward again.
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
