"""Where a cited quote stands in a text: found where it was, moved (found elsewhere), changed
(only an approximate match, with its similarity) or missing. Pure functions over text; the
writes that act on them are in claims.services.quotes."""

import difflib
import re
from dataclasses import dataclass

from claims.models import QuoteStatus
from sources.quotes import fold_whitespace, locate_quote, normalize_quote

CHANGED_AT_LEAST = 0.8  # below this similarity the quote is reported missing


@dataclass(frozen=True)
class QuoteCheck:
    status: str
    start: int | None = None
    end: int | None = None
    similarity: float | None = None


_WORDS = re.compile(r"\S+")


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


def check_quote(
    text: str, quote: str, *, prefix: str = "", suffix: str = "", previous_start: int | None = None
) -> QuoteCheck:
    match = locate_quote(text, quote, prefix=prefix, suffix=suffix)
    if match is not None:
        moved = previous_start is not None and previous_start != match.start
        return QuoteCheck(
            QuoteStatus.MOVED if moved else QuoteStatus.FOUND, match.start, match.end, 1.0
        )
    return approximate_match(text, quote)
