"""Finding a quote in a source's text, the way a W3C Web Annotation TextQuoteSelector does.

Real text carries non-breaking spaces, doubled spaces and line breaks where a fact-checker's
copy has one plain space, so matching folds every run of whitespace into one space and then
maps the match back to character offsets in the original text.
"""

import re
from dataclasses import dataclass

_WHITESPACE_RUN = re.compile(r"\s+")
CONTEXT_CHARS = 32


@dataclass(frozen=True)
class QuoteMatch:
    start: int
    end: int
    prefix: str
    suffix: str


def fold_whitespace(text: str) -> tuple[str, list[int]]:
    """Fold whitespace runs to one space; return the folded text and, per folded character,
    its offset in the original."""
    folded: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _WHITESPACE_RUN.finditer(text):
        for index in range(position, match.start()):
            folded.append(text[index])
            offsets.append(index)
        folded.append(" ")
        offsets.append(match.start())
        position = match.end()
    for index in range(position, len(text)):
        folded.append(text[index])
        offsets.append(index)
    return "".join(folded), offsets


def normalize_quote(quote: str) -> str:
    return _WHITESPACE_RUN.sub(" ", quote).strip()


def locate_quote(text: str, quote: str, *, prefix: str = "", suffix: str = "") -> QuoteMatch | None:
    """Find `quote` in `text`. When it occurs more than once, the given prefix and suffix pick
    the occurrence (the first one when they do not decide); None when it is not there."""
    needle = normalize_quote(quote)
    if not needle:
        return None
    folded, offsets = fold_whitespace(text)
    candidates: list[int] = []
    at = folded.find(needle)
    while at != -1:
        candidates.append(at)
        at = folded.find(needle, at + 1)
    if not candidates:
        return None

    want_prefix = normalize_quote(prefix)
    want_suffix = normalize_quote(suffix)

    def context_score(folded_start: int) -> int:
        before = folded[:folded_start].rstrip()
        after = folded[folded_start + len(needle) :].lstrip()
        score = 0
        if want_prefix and before.endswith(want_prefix):
            score += 1
        if want_suffix and after.startswith(want_suffix):
            score += 1
        return score

    best = max(candidates, key=lambda candidate: (context_score(candidate), -candidate))
    start = offsets[best]
    end = offsets[best + len(needle) - 1] + 1
    return QuoteMatch(
        start=start,
        end=end,
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def word_count(quote: str) -> int:
    return len(normalize_quote(quote).split(" ")) if normalize_quote(quote) else 0
