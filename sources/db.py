"""SQL that makes a table append-only on PostgreSQL, for audit records that must not change."""

APPEND_ONLY_FUNCTION = "tally_refuse_audit_change"


def append_only_forward(tables: list[str]) -> str:
    statements = [
        f"""
        CREATE OR REPLACE FUNCTION {APPEND_ONLY_FUNCTION}() RETURNS trigger AS $$
        BEGIN
            RAISE EXCEPTION 'audit_record_is_append_only: % on % is refused', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END;
        $$ LANGUAGE plpgsql;
        """
    ]
    for table in tables:
        statements.append(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {APPEND_ONLY_FUNCTION}();"
        )
    return "\n".join(statements)


def append_only_backward(tables: list[str]) -> str:
    return "\n".join(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};" for table in tables)
