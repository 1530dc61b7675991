"""A published (or corrected, or retracted) claim keeps at least one citation.

A CHECK constraint cannot look at another table, so the database holds this rule with triggers
named claim_public_needs_citation_*: one refuses making a claim public without a citation, the
other refuses deleting the last citation of a public claim.
"""

from django.db import migrations

PUBLIC = "('published', 'corrected', 'retracted')"
MESSAGE = "claim_public_needs_citation: a published claim needs at least one citation"

POSTGRES_FORWARD = f"""
CREATE FUNCTION claim_public_needs_citation_check() RETURNS trigger AS $$
BEGIN
    IF TG_TABLE_NAME = 'claims_claim' THEN
        IF NEW.status IN {PUBLIC}
           AND NOT EXISTS (SELECT 1 FROM claims_citation WHERE claim_id = NEW.id) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM claims_claim WHERE id = OLD.claim_id AND status IN {PUBLIC})
       AND NOT EXISTS (SELECT 1 FROM claims_citation WHERE claim_id = OLD.claim_id AND id <> OLD.id) THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER claim_public_needs_citation_on_claim
    BEFORE INSERT OR UPDATE OF status ON claims_claim
    FOR EACH ROW EXECUTE FUNCTION claim_public_needs_citation_check();

CREATE TRIGGER claim_public_needs_citation_on_citation
    BEFORE DELETE ON claims_citation
    FOR EACH ROW EXECUTE FUNCTION claim_public_needs_citation_check();
"""

POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS claim_public_needs_citation_on_citation ON claims_citation;
DROP TRIGGER IF EXISTS claim_public_needs_citation_on_claim ON claims_claim;
DROP FUNCTION IF EXISTS claim_public_needs_citation_check();
"""

SQLITE_FORWARD = [
    f"""
    CREATE TRIGGER claim_public_needs_citation_on_claim_insert
    BEFORE INSERT ON claims_claim
    WHEN NEW.status IN {PUBLIC}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;
    """,
    f"""
    CREATE TRIGGER claim_public_needs_citation_on_claim_update
    BEFORE UPDATE OF status ON claims_claim
    WHEN NEW.status IN {PUBLIC}
         AND NOT EXISTS (SELECT 1 FROM claims_citation WHERE claim_id = NEW.id)
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;
    """,
    f"""
    CREATE TRIGGER claim_public_needs_citation_on_citation_delete
    BEFORE DELETE ON claims_citation
    WHEN EXISTS (SELECT 1 FROM claims_claim WHERE id = OLD.claim_id AND status IN {PUBLIC})
         AND NOT EXISTS (SELECT 1 FROM claims_citation WHERE claim_id = OLD.claim_id AND id <> OLD.id)
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;
    """,
]

SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS claim_public_needs_citation_on_claim_insert;",
    "DROP TRIGGER IF EXISTS claim_public_needs_citation_on_claim_update;",
    "DROP TRIGGER IF EXISTS claim_public_needs_citation_on_citation_delete;",
]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_FORWARD)
    elif vendor == "sqlite":
        for statement in SQLITE_FORWARD:
            schema_editor.execute(statement)
    else:
        raise NotImplementedError(f"No citation trigger for the {vendor} backend.")


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRES_BACKWARD)
    elif vendor == "sqlite":
        for statement in SQLITE_BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
