"""A stored full-text search vector on each claim, for the API's `q`, and the index of the API's
public claim list.

On PostgreSQL the database keeps it current with triggers named claims_search_vector_*: a claim's
vector is rebuilt whenever the claim row is written, and a write to one of its citations' quotes,
its figures' metrics or a metric's name rewrites the claim row. No application code has to
remember to refresh it, and bulk loads that bypass the ORM are covered too. The GIN index is
created here, on PostgreSQL only (SQLite has no GIN); the model's Meta declares it for the state.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

POSTGRES_FORWARD = """
CREATE FUNCTION claims_search_document(p_claim_id bigint, p_statement text) RETURNS tsvector AS $$
    SELECT setweight(to_tsvector('english', coalesce(p_statement, '')), 'A')
        || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(quote, ' ') FROM claims_citation WHERE claim_id = p_claim_id),
               '')), 'B')
        || setweight(to_tsvector('english', coalesce(
               (SELECT string_agg(DISTINCT m.name, ' ')
                  FROM claims_figure f JOIN claims_metric m ON m.id = f.metric_id
                 WHERE f.claim_id = p_claim_id),
               '')), 'C');
$$ LANGUAGE sql STABLE;

CREATE FUNCTION claims_search_vector_on_claim() RETURNS trigger AS $$
BEGIN
    -- Always recomputed: the ORM writes back whatever (possibly stale) vector it loaded.
    NEW.search_vector := claims_search_document(NEW.id, NEW.statement);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION claims_search_vector_on_child() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE claims_claim SET search_vector = NULL WHERE id = OLD.claim_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.claim_id <> OLD.claim_id) THEN
        UPDATE claims_claim SET search_vector = NULL WHERE id = NEW.claim_id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION claims_search_vector_on_metric() RETURNS trigger AS $$
BEGIN
    IF NEW.name IS DISTINCT FROM OLD.name THEN
        UPDATE claims_claim SET search_vector = NULL
         WHERE id IN (SELECT claim_id FROM claims_figure WHERE metric_id = NEW.id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER claims_search_vector_claim
    BEFORE INSERT OR UPDATE ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claims_search_vector_on_claim();

CREATE TRIGGER claims_search_vector_citation
    AFTER INSERT OR DELETE OR UPDATE OF quote, claim_id ON claims_citation
    FOR EACH ROW EXECUTE FUNCTION claims_search_vector_on_child();

CREATE TRIGGER claims_search_vector_figure
    AFTER INSERT OR DELETE OR UPDATE OF metric_id, claim_id ON claims_figure
    FOR EACH ROW EXECUTE FUNCTION claims_search_vector_on_child();

CREATE TRIGGER claims_search_vector_metric
    AFTER UPDATE OF name ON claims_metric
    FOR EACH ROW EXECUTE FUNCTION claims_search_vector_on_metric();

CREATE INDEX claim_search_vector_gin ON claims_claim USING gin (search_vector);

UPDATE claims_claim SET search_vector = NULL;
"""

POSTGRES_BACKWARD = """
DROP INDEX IF EXISTS claim_search_vector_gin;
DROP TRIGGER IF EXISTS claims_search_vector_metric ON claims_metric;
DROP TRIGGER IF EXISTS claims_search_vector_figure ON claims_figure;
DROP TRIGGER IF EXISTS claims_search_vector_citation ON claims_citation;
DROP TRIGGER IF EXISTS claims_search_vector_claim ON claims_claim;
DROP FUNCTION IF EXISTS claims_search_vector_on_metric();
DROP FUNCTION IF EXISTS claims_search_vector_on_child();
DROP FUNCTION IF EXISTS claims_search_vector_on_claim();
DROP FUNCTION IF EXISTS claims_search_document(bigint, text);
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_history_append_only"),
        # Article intake (0007) landed first; depending on it keeps one leaf in the graph.
        ("claims", "0007_article_intake"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                blank=True, editable=False, null=True
            ),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(
                condition=models.Q(("status__in", ["published", "corrected", "retracted"])),
                fields=["-updated_at", "-id"],
                name="claim_public_recent_idx",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(
                    model_name="claim",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fields=["search_vector"], name="claim_search_vector_gin"
                    ),
                ),
            ],
            database_operations=[migrations.RunPython(forward, backward)],
        ),
    ]
