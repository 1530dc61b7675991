"""Database ids as they arrive in addresses and query strings: ASCII digits only, within a
bigint (the range of PostgreSQL's bigint and SQLite's INTEGER). Anything else is no id at all,
so a lookup answers 404 or 400 instead of overflowing in the database driver."""

import re

MAX_ID = 2**63 - 1

# str.isdigit() accepts "²" and "٣", which int() then refuses or reads as another number.
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")


def parse_id(raw: str | None) -> int | None:
    """The id written in `raw`, or None when it is not a whole number from 1 to MAX_ID."""
    if raw is None or not _ASCII_DIGITS.fullmatch(raw):
        return None
    number = int(raw)
    return number if 1 <= number <= MAX_ID else None


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
