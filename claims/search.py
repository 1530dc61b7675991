"""Search over claims: the one rule for `q` in the API and on the public index.

A claim matches a query when its words match (full text), when one of its figures is a figure
the query names ("46%", "$240 million", "52 governments", "4.5bn"), or, when those find fewer
than TYPO_FALLBACK_BELOW claims, when its words are spelt nearly as the query spells them
("facial recogniton").

Text. On PostgreSQL, the stored search vector (statement, quotes, metric names; migration
claims 0006 keeps it) in web-search syntax (words, "quoted phrases", -excluded); elsewhere every
word as a substring of the statement, a quote or a metric name. On both, every word may also be
found in the claimant's name (and in the claim fields a caller adds: the index adds place and
explanation).

Figures. `figures_in_query` reads figures out of the query as `QueryFigure`s with the one figure
reader, claims.figures_parser (digits and words, per cent, percentage points, currencies, scales:
"46%", "$240 million", "4.5bn", "half a million", "fifty-two").

How a figure matches, decided here:
- by value, within the precision it was written at: the `Decimal` value keeps its exponent
  ("46" is 46, "46.0" is 46.0, "$240 million" is 2.40E+8), and a recorded figure matches when it
  lies within half a unit of the last written digit (both ends included). "46%" matches 46,
  46.0, 45.6 and 46.5, not 45.4 or 47; "46.0%" matches 45.95 to 46.05; "$240 million" matches
  239.5 to 240.5 million; "4.5bn" 4.45 to 4.55 billion. A figure is matched on its value, not
  on its bounds.
- by unit: "%" and "per cent" match percentages, "percentage points" percentage points; a
  currency matches money in that currency; a bare number ("52 governments", "4.5bn") matches
  counts, years and money of any currency, never a percentage (which is written with its sign).
- a bare whole number from 1800 to 2100 is read as a year, not a figure ("exports in 2019"
  stays a text search).
Figures and text are OR'ed: a claim whose figure matches is found whatever its words.

Typo tolerance. On PostgreSQL, pg_trgm's word similarity (`%>`, threshold
pg_trgm.word_similarity_threshold, 0.6 by default) of the whole query against statements,
claimants' names and metric names (migration claims 0017 makes sure of the extension, which
0007 first asked for, and adds the trigram index on statements). Elsewhere (SQLite, local use), each query word of four letters or more
that appears in none of a bounded set of candidate claims' words is widened to its close
spellings among them (difflib, ratio 0.8 or more): the candidates are at most
TYPO_CANDIDATE_ROWS rows of statement, claimant and metric name that share a three-letter
piece with a query word. Both run only when the exact search finds few claims, so a query that
finds what it asks for is not diluted; that check is one extra, bounded query.
"""

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import reduce
from operator import and_, or_
from typing import Any

import django_filters
from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q

from claims.figures_parser import ParsedFigure, find_figures
from claims.models import Citation, Claim, ClaimQuerySet, Figure, Metric, Unit
from core.search_bounds import MAX_SEARCH_CHARS, TOO_LONG
from sources.models import Entity


class SearchTextFilter(django_filters.CharFilter):
    """A filter's free text, searched for: at most MAX_SEARCH_CHARS, a form error beyond."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", MAX_SEARCH_CHARS)
        kwargs.setdefault("error_messages", {"max_length": TOO_LONG})
        super().__init__(*args, **kwargs)


# Figures are stored with 24 digits, 6 after the point: nothing larger can match.
FIGURE_VALUE_LIMIT = Decimal("1e18")

MAX_QUERY_WORDS = 10  # words of a query looked at; the rest are ignored
MAX_QUERY_FIGURES = 5  # figures of a query looked at

# Fewer exact matches than this, and near spellings are looked for too.
TYPO_FALLBACK_BELOW = 3
# SQLite's typo fallback: candidate rows read, the shortest word widened, how close a spelling.
TYPO_CANDIDATE_ROWS = 500
TYPO_MIN_WORD = 4
TYPO_CUTOFF = 0.8


@dataclass(frozen=True)
class QueryFigure:
    """A figure named in a search query. `value` is at full scale ("$240 million" is 240000000)
    and keeps the precision it was written at in its exponent; `unit` is a `claims.models.Unit`
    value, or None for a bare number; `currency` an ISO 4217 code, for money only."""

    value: Decimal
    unit: str | None
    currency: str | None


MAX_QUERY_CHARS = 300  # of a query read for figures
_FIRST_NUMBER = re.compile(r"\d[\d,\s\u00a0\u2009\u202f]*(?:\.(?P<decimals>\d+))?")


def figures_in_query(text: str) -> list[QueryFigure]:
    """The figures `text` names, in order, at most MAX_QUERY_FIGURES: read by the one figure
    reader (claims.figures_parser), so a search reads "46%", "$240 million", "4.5bn", "half a
    million" or "fifty-two governments" as intake and figure entry do."""
    found: list[QueryFigure] = []
    for parsed in find_figures(text[:MAX_QUERY_CHARS]):
        figure = _query_figure(parsed)
        if figure is not None:
            found.append(figure)
        if len(found) == MAX_QUERY_FIGURES:
            break
    return found


def _query_figure(parsed: ParsedFigure) -> QueryFigure | None:
    """The parser's figure as a search names it: the value at the precision it was written at
    (the last digit typed, times its scale: "4.5bn" to the hundred million), a bare count as
    no unit at all (it may be a count, years or money), a vague amount ("millions of") not at
    all."""
    value = parsed.value
    if parsed.kind == "vague" or not value.is_finite() or abs(value) >= FIGURE_VALUE_LIMIT:
        return None
    if parsed.kind == "number":
        digits = _FIRST_NUMBER.search(parsed.as_written)
        if digits is not None:
            decimals = len(digits["decimals"] or "")
            scale = len(str(parsed.scale)) - 1 if parsed.scale > 1 else 0
            value = value.quantize(Decimal(1).scaleb(scale - decimals))
    if parsed.unit == Unit.COUNT:
        return QueryFigure(value, None, None)
    if parsed.unit == Unit.CURRENCY:
        return QueryFigure(value, Unit.CURRENCY.value, parsed.currency or None)
    if parsed.unit in (Unit.PERCENT, Unit.PERCENTAGE_POINTS):
        return QueryFigure(value, str(parsed.unit), None)
    return QueryFigure(value, None, None)  # years: matched like a bare number


def _figure_condition(figure: QueryFigure) -> Q:
    """A recorded figure that `figure` names (the rules are in the module's docstring)."""
    exponent = figure.value.as_tuple().exponent
    assert isinstance(exponent, int)  # a finite Decimal
    half_unit = Decimal(5).scaleb(exponent - 1)
    condition = Q(value__gte=figure.value - half_unit, value__lte=figure.value + half_unit)
    if figure.unit is None:
        return condition & Q(unit__in=[Unit.COUNT, Unit.YEARS, Unit.CURRENCY])
    condition &= Q(unit=figure.unit)
    if figure.currency:
        condition &= Q(currency=figure.currency)
    return condition


def claims_matching(
    claims: ClaimQuerySet, query: str, *, also_in: Sequence[str] = ()
) -> ClaimQuerySet:
    """The claims in `claims` that match `query` by text, by figure or, when those find few,
    by a near spelling (see the module's docstring). `also_in` names more text fields of the
    claim where a word of the query may be found."""
    query = query.strip()
    words = query.split()[:MAX_QUERY_WORDS]
    if not words:
        return claims
    exact = _text_condition(query, words, also_in)
    figures = figures_in_query(query)
    if figures:
        named = reduce(or_, (_figure_condition(figure) for figure in figures))
        exact |= Q(Exists(Figure.objects.filter(named, claim=OuterRef("pk"))))
    # Unordered: any few rows answer "are there a few?", and the claims' default order would
    # sort every match first.
    if claims.filter(exact).order_by()[:TYPO_FALLBACK_BELOW].count() >= TYPO_FALLBACK_BELOW:
        return claims.filter(exact)
    near = _near_spelling_condition(claims, query, words)
    return claims.filter(exact | near) if near is not None else claims.filter(exact)


def _text_condition(query: str, words: list[str], also_in: Sequence[str]) -> Q:
    if connection.vendor == "postgresql":
        in_vector = Q(search_vector=SearchQuery(query, config="english", search_type="websearch"))
        elsewhere = ["claimant__name", *also_in]
        return in_vector | reduce(and_, (_word_in(word, elsewhere) for word in words))
    fields = ["statement", "claimant__name", *also_in]
    return reduce(and_, (_word_in(word, fields, in_children=True) for word in words))


def _word_in(word: str, fields: Iterable[str], *, in_children: bool = False) -> Q:
    """`word` as a substring of one of the claim's `fields` (and, with `in_children`, of one
    of its quotes or metric names)."""
    condition = reduce(or_, (_contains(field, word) for field in fields))
    if in_children:
        quoted = Citation.objects.filter(claim=OuterRef("pk"), quote__icontains=word)
        measured = Figure.objects.filter(claim=OuterRef("pk"), metric__name__icontains=word)
        condition |= Q(Exists(quoted)) | Q(Exists(measured))
    return condition


def _contains(field: str, word: str) -> Q:
    if field == "claimant__name":
        # The entities named so, a subquery PostgreSQL runs once. As a join, inside the OR of
        # the other fields, the planner tested every claim against every entity (a nested loop:
        # seconds at 100,000 claims for a query that finds few).
        return Q(claimant_id__in=Entity.objects.filter(name__icontains=word).values("pk"))
    return Q(**{f"{field}__icontains": word})


def _near_spelling_condition(claims: ClaimQuerySet, query: str, words: list[str]) -> Q | None:
    if connection.vendor == "postgresql":
        # `field %> query`: pg_trgm's word_similarity(query, field) reaches the threshold. Each
        # test is a subquery of its own table, which PostgreSQL runs once, the statements' by
        # their trigram index: written as conditions on the claim's row, the similarity was
        # computed for every claim, seconds at 100,000 claims for a query that finds none.
        statements = Claim.objects.filter(TrigramWordSimilar(F("statement"), query))
        claimants = Entity.objects.filter(TrigramWordSimilar(F("name"), query))
        metrics = Metric.objects.filter(TrigramWordSimilar(F("name"), query))
        return (
            Q(pk__in=statements.values("pk"))
            | Q(claimant_id__in=claimants.values("pk"))
            | Q(pk__in=Figure.objects.filter(metric_id__in=metrics.values("pk")).values("claim_id"))
        )
    spellings = _close_spellings(claims, words)
    if not spellings:
        return None
    return reduce(
        and_,
        (
            reduce(
                or_,
                (
                    _word_in(spelling, ["statement", "claimant__name"], in_children=True)
                    for spelling in [word, *spellings.get(word.lower(), [])]
                ),
            )
            for word in words
        ),
    )


_WORD = re.compile(r"[^\W_]+")


def _close_spellings(claims: ClaimQuerySet, words: list[str]) -> dict[str, list[str]]:
    """For each of `words` (lower case) that none of the candidate claims spells so, the
    candidates' words spelt nearly so (SQLite's fallback for pg_trgm)."""
    long_words = {word.lower() for word in words if len(word) >= TYPO_MIN_WORD and word.isalpha()}
    if not long_words:
        return {}
    pieces = {word[i : i + 3] for word in long_words for i in range(len(word) - 2)}
    fields = ["statement", "claimant__name", "figures__metric__name"]
    shares_a_piece = reduce(
        or_, (Q(**{f"{field}__icontains": piece}) for piece in pieces for field in fields)
    )
    rows = (
        claims.filter(shares_a_piece)
        .prefetch_related(None)
        .values_list(*fields)[:TYPO_CANDIDATE_ROWS]
    )
    vocabulary = {
        word.lower() for row in rows for text in row if text for word in _WORD.findall(text)
    }
    spellings: dict[str, list[str]] = {}
    for word in long_words - vocabulary:
        close = difflib.get_close_matches(word, vocabulary, n=3, cutoff=TYPO_CUTOFF)
        if close:
            spellings[word] = close
    return spellings
