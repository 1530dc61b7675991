"""Typo-tolerant search (claims.search): pg_trgm's word similarity on statements, claimants'
names and metric names, when the exact search finds few claims.

On PostgreSQL: pg_trgm (CREATE EXTENSION IF NOT EXISTS: 0007 already asked for it, for
competing figures; the search needs it whatever happens to that use) and a trigram GIN index on
claims' statements, which serves `statement %> query` (the near-spelling fallback) over every
claim. Metric and entity names are short tables and go without. The index exists in the
database only, like the search vector's (0006): the model's state does not describe gin_trgm_ops
indexes. Going back drops the index and leaves the extension, which 0007 owns.
On SQLite: nothing (its fallback is in Python, claims.search._close_spellings).
"""

from django.db import migrations

POSTGRES_FORWARD = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS claim_statement_trgm ON claims_claim USING gin (statement gin_trgm_ops);
"""

POSTGRES_BACKWARD = """
DROP INDEX IF EXISTS claim_statement_trgm;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0016_figure_basis"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
    ]
