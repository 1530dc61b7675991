"""Progress of a long command, drawn (tqdm) only when its output is a terminal: piped, redirected
or run by cron, a command prints what it printed before and nothing more."""

from collections.abc import Iterable, Iterator, Sized
from typing import Generic, TextIO, TypeVar, cast

from django.core.management.base import OutputWrapper
from tqdm import tqdm

T = TypeVar("T")


def is_terminal(stream: OutputWrapper | TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress(Generic[T]):
    """`for item in Progress(items, stream=self.stdout, what="sources"): … progress.write(line)`.

    A bar with a count, rate and time left on a terminal; nothing otherwise. Lines written
    through `write` go above the bar, which is cleared when the loop ends, so the command's
    own summary follows on a clean line."""

    def __init__(
        self,
        items: Iterable[T],
        *,
        stream: OutputWrapper | TextIO,
        what: str,
        total: int | None = None,
    ) -> None:
        # A command's OutputWrapper ends every write with a newline; the bar needs the raw stream.
        self.out = cast(TextIO, stream._out) if isinstance(stream, OutputWrapper) else stream
        self.shown = is_terminal(stream)
        if total is None and isinstance(items, Sized):
            total = len(items)
        self.bar = tqdm(
            items,
            total=total,
            desc=what,
            unit="",
            file=self.out,
            disable=not self.shown,
            leave=False,
            dynamic_ncols=True,
            bar_format="{desc}: {n_fmt}/{total_fmt} |{bar}| {elapsed}<{remaining}",
        )

    def __iter__(self) -> Iterator[T]:
        try:
            yield from self.bar
        finally:
            self.bar.close()

    def write(self, line: str) -> None:
        if self.shown:
            self.bar.write(line, file=self.out)
        else:
            self.out.write(line + "\n")
