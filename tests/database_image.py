"""A database image: every table's rows, copied out inside a transaction and put back inside
another. The suite builds an expensive state once (the seed dataset, loaded through the
services) and hands each test that reads it a copy, inside the test's own transaction."""

import fcntl
import pickle
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import connection, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper


@dataclass(frozen=True)
class DatabaseImage:
    """Table name -> (column names, rows); and what the build that made the image returned
    (the ids of the rows a test asks for, say), kept with it."""

    tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]]
    made: Any = None


def capture(connection: BaseDatabaseWrapper) -> DatabaseImage:
    quote = connection.ops.quote_name
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {quote(table)}")
            tables[table] = ([column[0] for column in cursor.description], cursor.fetchall())
    return DatabaseImage(tables)


def restore(connection: BaseDatabaseWrapper, image: DatabaseImage) -> dict[str, int]:
    """Make every table hold exactly the image's rows. Call it inside a transaction: the rows
    go in with the triggers out of the way (the image's rows already obeyed them once) and the
    foreign keys deferred, so the order of the tables does not matter. Returns how many rows
    each table held before."""
    assert connection.in_atomic_block, "restore() replaces every row: only inside a transaction"
    quote = connection.ops.quote_name
    held = {}
    with _user_triggers_off(connection), connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DELETE FROM {quote(table)}")
            held[table] = cursor.rowcount
        for table, (columns, rows) in image.tables.items():
            if rows:
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
        if connection.vendor == "postgresql":
            _move_sequences_past_ids(cursor)  # SQLite's AUTOINCREMENT follows explicit ids
    # Content types are cached by id, and a flush by an earlier transactional test renumbers
    # them: the image's ids are the ones that hold now.
    ContentType.objects.clear_cache()
    return held


def _move_sequences_past_ids(cursor: CursorWrapper) -> None:
    """Each serial or identity column's sequence moves on past the highest id now in its
    table, and never back: sequences ignore rollbacks, and rows committed before the test (a
    flush renumbers content types) may hold higher ids than the image."""
    cursor.execute(
        "SELECT d.objid::regclass::text, d.refobjid::regclass::text, a.attname"
        " FROM pg_depend d JOIN pg_attribute a"
        "   ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
        " JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'"
        " JOIN pg_class t ON t.oid = d.refobjid AND t.relnamespace = current_schema()::regnamespace"
        " WHERE d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
    )
    for sequence, table, column in cursor.fetchall():
        column = cursor.db.ops.quote_name(column)
        cursor.execute(
            f"SELECT setval(%s, GREATEST((SELECT last_value FROM {sequence}),"
            f" (SELECT max({column}) FROM {table}), 1))",
            [sequence],
        )


class DatabaseImages:
    """Images of the database built once per session, shared by the xdist workers through
    files (the first worker to need one builds it while the others wait for it)."""

    def __init__(self, folder: Path, migrated: DatabaseImage) -> None:
        self.folder = folder
        self.migrated = migrated
        self.built: dict[str, DatabaseImage] = {}

    @contextmanager
    def restored(
        self, name: str, build: Callable[[], Any], *, first: bool = False
    ) -> Iterator[Any]:
        """The test's database holds image `name` while in the block, built first by `build`
        (run on the migrated database) if no worker has built it yet; the block is given what
        `build` returned. Inside the test's transaction only, which puts the database back as it
        was. With `first`, rows written before (by a fixture set up earlier, which the image
        would silently replace) are an error."""
        image = self._image(name, build)
        self._check(name, restore(connection, image), first=first)
        try:
            yield image.made
        finally:
            ContentType.objects.clear_cache()  # the rollback brings the ids before back

    @contextmanager
    def committed(
        self, name: str, build: Callable[[], Any], *, first: bool = False
    ) -> Iterator[Any]:
        """As restored(), for a transactional test (live_server, transaction=True): the rows
        are committed, for the live server's threads to read, and go with the flush that ends
        the test."""
        image = self._image(name, build)
        with transaction.atomic():
            held = restore(connection, image)
        self._check(name, held, first=first)
        try:
            yield image.made
        finally:
            ContentType.objects.clear_cache()  # the flush's content types are made anew

    def _image(self, name: str, build: Callable[[], Any]) -> DatabaseImage:
        if name not in self.built:
            self.built[name] = self._shared(name, build)
        return self.built[name]

    def _check(self, name: str, held: dict[str, int], *, first: bool) -> None:
        if not first:
            return
        written = sorted(
            table
            for table, count in held.items()
            if count > len(self.migrated.tables.get(table, ((), ()))[1])
        )
        assert not written, (
            f"{name!r} replaces every row: ask for it before any fixture that writes "
            f"(rows were written to {', '.join(written)})"
        )

    def _shared(self, name: str, build: Callable[[], object]) -> DatabaseImage:
        path = self.folder / f"database-image-{re.sub(r'[^a-z0-9]+', '-', name.lower())}.pickle"
        with path.with_suffix(".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if path.exists():
                image: DatabaseImage = pickle.loads(path.read_bytes())  # noqa: S301  (our own)
                return image
            with transaction.atomic():
                restore(connection, self.migrated)
                made = build()
                image = replace(capture(connection), made=made)
                transaction.set_rollback(True)
            path.write_bytes(pickle.dumps(image))
            return image


@contextmanager
def _user_triggers_off(connection: BaseDatabaseWrapper) -> Iterator[None]:
    """The migrations' triggers (append-only history, a public claim keeps a citation, search
    vectors) would refuse or rewrite the copied rows; they are back before the test runs."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
            )
            tables = [connection.ops.quote_name(name) for (name,) in cursor.fetchall()]
            # ALTER TABLE refuses while foreign-key checks wait for the commit: run them first.
            # (Django's foreign keys are all DEFERRABLE INITIALLY DEFERRED, as they are left.)
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table in tables:
                cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            yield
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table in tables:
                cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        elif connection.vendor == "sqlite":
            # SQLite cannot switch a trigger off; dropping and re-creating it is transactional.
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            triggers = cursor.fetchall()
            for name, _sql in triggers:
                cursor.execute(f"DROP TRIGGER {connection.ops.quote_name(name)}")
            yield
            for _name, sql in triggers:
                cursor.execute(sql)
        else:
            raise NotImplementedError(f"No image restore for the {connection.vendor} backend.")


@contextmanager
def migrations_shared(folder: Path) -> Iterator[None]:
    """While in the block, `migrate` into an in-memory SQLite database runs once per session, not
    once per xdist worker: the first worker to get there migrates and leaves a copy of the
    migrated database in `folder`, and every other worker loads that copy (SQLite's backup API,
    as Django's own parallel test runner clones its workers' databases) instead of applying the
    same migrations again, seconds of CPU each. The schema, triggers and rows are the same;
    PostgreSQL and file databases migrate as before."""
    migrate = MigrateCommand.handle

    def handle(command: MigrateCommand, *args: Any, **options: Any) -> Any:
        database = connections[options["database"]]
        if database.vendor != "sqlite" or not database.is_in_memory_db():
            return migrate(command, *args, **options)
        path = folder / "migrated-database.sqlite3"
        with path.with_suffix(".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            database.ensure_connection()
            if path.exists():
                with closing(sqlite3.connect(path)) as migrated:
                    migrated.backup(database.connection)
                return None
            result = migrate(command, *args, **options)
            partial = path.with_suffix(".partial")
            with closing(sqlite3.connect(partial)) as copy:
                database.connection.backup(copy)
            partial.rename(path)
            return result

    MigrateCommand.handle = handle  # type: ignore[method-assign]
    try:
        yield
    finally:
        MigrateCommand.handle = migrate  # type: ignore[method-assign]
