"""Database ids as they arrive in addresses and query strings: ASCII digits only, within a
bigint (the range of PostgreSQL's bigint and SQLite's INTEGER). Anything else is no id at all,
so a lookup answers 404 or 400 instead of overflowing in the database driver."""

import argparse
import re
from collections.abc import Collection

from django.db.models import Model

MAX_ID = 2**63 - 1

# str.isdigit() accepts "²" and "٣", which int() then refuses or reads as another number.
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_id(raw: str | None) -> int | None:
    """The id written in `raw`, or None when it is not a whole number from 1 to MAX_ID."""
    if raw is None or not _ASCII_DIGITS.fullmatch(raw):
        return None
    number = int(raw)
    return number if 1 <= number <= MAX_ID else None


def id_argument(raw: str) -> int:
    """A command's `--source ID`, as argparse's `type`: an id, or the usage and a message naming
    the value, exit status 2. (`type=int` takes "-1" and "1_0", and hands 2**64 to the driver,
    which overflows: a traceback instead of a message.)"""
    number = parse_id(raw)
    if number is None:
        raise argparse.ArgumentTypeError(f"{raw!r} is not an id (a whole number from 1)")
    return number


def ids_missing(model: type[Model], ids: Collection[int]) -> list[int]:
    """The ids among `ids` that no row of `model` has, in order: a command asked about a row
    that is not there says so, rather than report that it had nothing to do."""
    found = set(model._default_manager.filter(pk__in=ids).values_list("pk", flat=True))
    return sorted(set(ids) - found)


class IdConverter:
    """`<id:pk>` in a URL pattern: the address matches only a valid id (else 404)."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(f"{value!r} is not an id")
        return number

    def to_url(self, value: int) -> str:
        return str(value)
