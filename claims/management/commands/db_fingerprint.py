"""python manage.py db_fingerprint: row counts and a content checksum per table, as JSON.

Two databases with the same fingerprint hold the same rows: used to check a restored backup.
"""

import hashlib
import json
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandParser
from django.db import connections


class Command(BaseCommand):
    help = "Print row counts and a sha256 of every row, per table, for the project's models."

    def add_arguments(self, parser: CommandParser) -> None:
        # Only the databases settings name: another is a usage error, not a traceback.
        parser.add_argument("--database", default="default", choices=list(connections))

    def handle(self, *args: Any, **options: Any) -> None:
        connection = connections[options["database"]]
        fingerprint: dict[str, dict[str, object]] = {}
        for model in apps.get_models(include_auto_created=True):
            if model._meta.app_label not in ("claims", "sources", "auth"):
                continue
            table = model._meta.db_table
            columns = [field.column for field in model._meta.concrete_fields if field.column]
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            digest = hashlib.sha256()
            count = 0
            with connection.cursor() as cursor:
                # Order by every column: some tables (m2m history) have no unique first column.
                order = ", ".join(str(position) for position in range(1, len(columns) + 1))
                cursor.execute(
                    f"SELECT {quoted} FROM {connection.ops.quote_name(table)} ORDER BY {order}"  # noqa: S608
                )
                for row in cursor.fetchall():
                    digest.update(repr(tuple(str(value) for value in row)).encode())
                    count += 1
            fingerprint[table] = {"rows": count, "sha256": digest.hexdigest()}
        self.stdout.write(json.dumps(fingerprint, sort_keys=True, indent=1))
