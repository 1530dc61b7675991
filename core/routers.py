"""Send reads to a replica when one is configured (DATABASE_REPLICA_URL), writes to the primary."""

from typing import Any

from django.db import transaction


class PrimaryReplicaRouter:
    def db_for_read(self, model: type[Any], **hints: Any) -> str:
        # Inside a transaction the caller may read what it has just written: stay on the primary.
        if not transaction.get_autocommit(using="default"):
            return "default"
        return "replica"

    def db_for_write(self, model: type[Any], **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool:
        return db == "default"
