"""Claims' API documents (their JSON, less what Python adds: figure display, verdict labels, links)
and their Last-Modified, built by PostgreSQL: claims_claim_documents(ids, last_modified).
claims.api.documents builds the same in Python on other databases, and
tests/api/test_claim_documents.py holds the two together.

PL/pgSQL, so that PostgreSQL plans the query once per connection and keeps the plan (see the
SET clause): written inline in the API's query, its correlated subqueries cost some 3 ms of
planning on every request, about as much as running them for a page of 50 claims. It takes a
whole page of ids at once: called once per claim, the function's own start-up cost 2 ms more a
page. A no-op on SQLite.
"""

from django.db import migrations

# A timestamp as the API writes it: UTC, microseconds only when there are some (as Python's
# isoformat), "Z" for the zone (as DRF).
ISO = """replace(to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z')"""

POSTGRES_FORWARD = """
-- With p_last_modified, also the newest change to what each document shows, as far as rows keep
-- the time: the claim, its claimant, figures and their metrics, citations with their sources and
-- publishers, and a figure or citation removed (its history row, as a removal leaves no row of
-- its own). Topics keep no time: a renamed topic changes the ETag only.
CREATE OR REPLACE FUNCTION claims_claim_documents(
  p_claims bigint[], p_last_modified boolean DEFAULT false
)
RETURNS TABLE (claim_id bigint, document text, last_modified timestamptz) AS $$
BEGIN
  RETURN QUERY
    SELECT c.id, json_build_object(
      'id', c.id,
      'status', c.status,
      'statement', c.statement,
      'claimant', (SELECT json_build_object('id', e.id, 'name', e.name, 'slug', e.slug,
                            'kind', e.kind, 'url', e.url)
                     FROM sources_entity e WHERE e.id = c.claimant_id),
      'place', c.place,
      'period', c.period,
      'topics', coalesce((SELECT json_agg(json_build_object('name', t.name, 'slug', t.slug)
                                          ORDER BY t.name, t.id)
                            FROM claims_claim_topics ct JOIN claims_topic t ON t.id = ct.topic_id
                           WHERE ct.claim_id = c.id), '[]'),
      'verdict', c.verdict,
      'explanation', c.explanation,
      'figures', coalesce((SELECT json_agg(json_build_object(
            'id', f.id,
            'metric', json_build_object('id', m.id, 'name', m.name, 'slug', m.slug,
                                        'unit', m.unit),
            'value', f.value::text, 'unit', f.unit, 'currency', f.currency,
            'qualifier', f.qualifier, 'lower_bound', f.lower_bound::text,
            'upper_bound', f.upper_bound::text, 'date_value', f.date_value,
            'date_value_precision', f.date_value_precision, 'period', f.period,
            'as_written', f.as_written, 'rank', f.rank, 'difference', f.difference,
            'difference_note', f.difference_note) ORDER BY f.id)
          FROM claims_figure f JOIN claims_metric m ON m.id = f.metric_id
         WHERE f.claim_id = c.id), '[]'),
      'citations', coalesce((SELECT json_agg(json_build_object(
            'id', ci.id,
            'source', json_build_object('id', s.id, 'kind', s.kind, 'title', s.title,
              'url', s.url,
              'publisher', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
                'id', p.id, 'name', p.name, 'slug', p.slug, 'kind', p.kind, 'url', p.url) END,
              'published_on', s.published_on,
              'published_on_precision', s.published_on_precision),
            'role', ci.role, 'quote', ci.quote, 'is_paraphrase', ci.is_paraphrase,
            'quote_status', ci.quote_status, 'similarity', ci.similarity,
            'snapshot', CASE WHEN sn.id IS NULL THEN NULL ELSE json_build_object(
              'sha256', sn.sha256, 'retrieved_at', RETRIEVED_AT) END,
            'checked_at', CHECKED_AT) ORDER BY ci.id)
          FROM claims_citation ci JOIN sources_source s ON s.id = ci.source_id
          LEFT JOIN sources_entity p ON p.id = s.publisher_id
          LEFT JOIN sources_snapshot sn ON sn.id = ci.checked_snapshot_id
         WHERE ci.claim_id = c.id), '[]'),
      'version', c.version,
      'needs_review', c.needs_review,
      'needs_review_reason', c.needs_review_reason,
      'created_at', CREATED_AT,
      'updated_at', UPDATED_AT,
      'published_at', PUBLISHED_AT
    )::text,
    CASE WHEN p_last_modified THEN GREATEST(
      c.updated_at,
      (SELECT e.updated_at FROM sources_entity e WHERE e.id = c.claimant_id),
      (SELECT max(GREATEST(f.updated_at, m.updated_at))
         FROM claims_figure f JOIN claims_metric m ON m.id = f.metric_id
        WHERE f.claim_id = c.id),
      (SELECT max(GREATEST(ci.updated_at, s.updated_at, p.updated_at))
         FROM claims_citation ci JOIN sources_source s ON s.id = ci.source_id
         LEFT JOIN sources_entity p ON p.id = s.publisher_id
        WHERE ci.claim_id = c.id),
      (SELECT max(h.history_date) FROM claims_historicalfigure h
        WHERE h.claim_id = c.id AND h.history_type = '-'),
      (SELECT max(h.history_date) FROM claims_historicalcitation h
        WHERE h.claim_id = c.id AND h.history_type = '-'))
    END
    FROM claims_claim c WHERE c.id = ANY(p_claims);
END;
$$ LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 50
-- One plan for any number of ids (each is a primary-key lookup). Left to choose, PostgreSQL
-- kept re-planning the query for a single id, which tripled the cost of a claim's detail.
SET plan_cache_mode = force_generic_plan
-- Floats (similarity) written the shortest way that reads back exactly, as Python writes them,
-- whatever a connection or pooler sets.
SET extra_float_digits = 1;
"""
for name, column in {
    "RETRIEVED_AT": "sn.retrieved_at",
    "CHECKED_AT": "ci.checked_at",
    "CREATED_AT": "c.created_at",
    "UPDATED_AT": "c.updated_at",
    "PUBLISHED_AT": "c.published_at",
}.items():
    POSTGRES_FORWARD = POSTGRES_FORWARD.replace(name, ISO.format(column))

POSTGRES_BACKWARD = """
DROP FUNCTION IF EXISTS claims_claim_documents(bigint[], boolean);
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0008_proposals_for_recorded_figures"),
    ]

    operations = [migrations.RunPython(forward, backward)]
