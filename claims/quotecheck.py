"""Where a cited quote stands in a text: found where it was, moved (found elsewhere), changed
(only an approximate match, with its similarity), changed figure (a number in the quote is not
the number at its place now, however alike the words) or missing. Pure functions over text;
the writes that act on them are in claims.services.quotes."""

import difflib
import re
from dataclasses import dataclass
from decimal import Decimal

from claims.models import QuoteStatus
from sources.quotes import fold_whitespace, locate_quote, normalize_quote

CHANGED_AT_LEAST = 0.8  # below this similarity the quote is reported missing
# How far past the quote's own length its place between the old prefix and suffix may reach.
PLACE_SLACK_CHARS = 40


@dataclass(frozen=True)
class Figure:
    """A number as a quote states it: "3.5%", "-2", "1,200", "8.4 million"."""

    text: str
    value: Decimal
    percent: bool
    scale: str
    start: int = 0  # where it stands in the text it was read from
    end: int = 0

    def agrees_with(self, now: "Figure") -> bool:
        """The same number, with the percent sign and scale the quote states (a quote that
        stops before "per cent" or "million" does not say whether the source has it)."""
        return (
            self.value == now.value
            and (not self.percent or now.percent)
            and (not self.scale or self.scale == now.scale)
        )


# A number that starts a token (not the "2" of "v2" or the "5" of "3.5"): an optional minus,
# digits with or without thousands separators, decimals, then a percent or a scale word.
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<sign>[-\u2212](?=\d))?(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)"
    r"(?:\.(?P<dec>\d+))?"
    r"(?:\s?(?P<pct>%|per\s?cent\b|percent\b)|\s(?P<scale>thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)


def figures_in(text: str) -> list[Figure]:
    """The numbers in `text`, in order: digits, decimals, a sign, percent and scale words."""
    figures = []
    for match in _FIGURE.finditer(text):
        digits = match["int"].replace(",", "") + (f".{match['dec']}" if match["dec"] else "")
        value = Decimal(digits)
        figures.append(
            Figure(
                text=match.group(0),
                value=-value if match["sign"] else value,
                percent=bool(match["pct"]),
                scale=(match["scale"] or "").lower(),
                start=match.start(),
                end=match.end(),
            )
        )
    return figures


def figures_differ(quoted: list[Figure], now: list[Figure]) -> bool:
    """Whether the quote's numbers are not the numbers at its place now. The place may carry a
    number more at its edges (an approximate window reaches a neighbour); the quote's numbers
    must still be there, in order, one after another."""
    if not quoted:
        return False
    for first in range(0, len(now) - len(quoted) + 1):
        window = now[first : first + len(quoted)]
        if all(q.agrees_with(n) for q, n in zip(quoted, window, strict=True)):
            return False
    return True


@dataclass(frozen=True)
class QuoteCheck:
    status: str
    start: int | None = None
    end: int | None = None
    similarity: float | None = None
    figures_quoted: tuple[str, ...] = ()
    figures_now: tuple[str, ...] = ()


_WORDS = re.compile(r"\S+")


def whole_tokens(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to whole words, so that "3.5" found inside "3.55%" reads as 3.55%."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def approximate_match(text: str, quote: str) -> QuoteCheck:
    """The window of `text` most like `quote`, word for word, with difflib's ratio."""
    needle = normalize_quote(quote)
    folded, offsets = fold_whitespace(text)
    words = [(m.start(), m.end()) for m in _WORDS.finditer(folded)]
    size = len(needle.split())
    if not words or not size:
        return QuoteCheck(QuoteStatus.MISSING)
    best = (0.0, 0, 0)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(needle.lower())
    for width in {max(1, size - 2), size, size + 2}:
        for first in range(0, max(1, len(words) - width + 1)):
            last = min(len(words), first + width) - 1
            window = folded[words[first][0] : words[last][1]].lower()
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() <= best[0] or matcher.quick_ratio() <= best[0]:
                continue
            ratio = matcher.ratio()
            if ratio > best[0]:
                best = (ratio, words[first][0], words[last][1])
    ratio, start, end = best
    if ratio < CHANGED_AT_LEAST:
        return QuoteCheck(QuoteStatus.MISSING, similarity=round(ratio, 3))
    return QuoteCheck(
        QuoteStatus.CHANGED,
        start=offsets[start],
        end=offsets[end - 1] + 1,
        similarity=round(ratio, 3),
    )


def _similarity(quote: str, passage: str) -> float:
    matcher = difflib.SequenceMatcher(
        None, normalize_quote(quote).lower(), normalize_quote(passage).lower(), autojunk=False
    )
    return round(matcher.ratio(), 3)


def place_between(text: str, quote: str, *, prefix: str, suffix: str) -> tuple[int, int] | None:
    """Where the quote stood: what is now between the text that came just before it and the
    text that came just after it (both as stored with the quote), if both are still there."""
    want_prefix, want_suffix = normalize_quote(prefix), normalize_quote(suffix)
    if not want_prefix or not want_suffix:
        return None
    folded, offsets = fold_whitespace(text)
    longest = len(normalize_quote(quote)) + PLACE_SLACK_CHARS
    at = folded.find(want_prefix)
    while at != -1:
        after = at + len(want_prefix)
        ends = folded.find(want_suffix, after, after + longest + len(want_suffix) + 2)
        if ends != -1:
            start, end = after, ends
            while start < end and folded[start] == " ":
                start += 1
            while end > start and folded[end - 1] == " ":
                end -= 1
            if end > start:
                return offsets[start], offsets[end - 1] + 1
        at = folded.find(want_prefix, at + 1)
    return None


def _with_figures(check: QuoteCheck, text: str, quote: str) -> QuoteCheck:
    """A match whose numbers are not the quote's is a changed figure, whatever the words."""
    if check.start is None or check.end is None:
        return check
    quoted = figures_in(normalize_quote(quote))
    start, end = whole_tokens(text, check.start, check.end)
    now = figures_in(text[start:end])
    if not figures_differ(quoted, now):
        return check
    return QuoteCheck(
        QuoteStatus.CHANGED_FIGURE,
        start=check.start,
        end=check.end,
        similarity=check.similarity,
        figures_quoted=tuple(f.text for f in quoted),
        figures_now=tuple(f.text for f in now),
    )


def check_quote(
    text: str, quote: str, *, prefix: str = "", suffix: str = "", previous_start: int | None = None
) -> QuoteCheck:
    match = locate_quote(text, quote, prefix=prefix, suffix=suffix)
    if match is not None:
        moved = previous_start is not None and previous_start != match.start
        found = QuoteCheck(
            QuoteStatus.MOVED if moved else QuoteStatus.FOUND, match.start, match.end, 1.0
        )
        return _with_figures(found, text, quote)
    place = place_between(text, quote, prefix=prefix, suffix=suffix)
    if place is not None:
        at_place = QuoteCheck(
            QuoteStatus.CHANGED, *place, similarity=_similarity(quote, text[place[0] : place[1]])
        )
        checked = _with_figures(at_place, text, quote)
        if checked.status == QuoteStatus.CHANGED_FIGURE:
            return checked
    return _with_figures(approximate_match(text, quote), text, quote)
