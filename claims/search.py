"""Full-text search over claims: statements, their citations' quotes and their metrics' names."""

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Exists, OuterRef, Q

from claims.models import Citation, ClaimQuerySet, Figure


def claims_matching(claims: ClaimQuerySet, query: str) -> ClaimQuerySet:
    """The claims in `claims` that match `query` (web-search syntax on PostgreSQL: words,
    "quoted phrases", -excluded). On other databases every word must appear, as a substring, in
    the statement, a quote or a metric name."""
    query = query.strip()
    if not query:
        return claims
    if connection.vendor == "postgresql":
        return claims.filter(
            search_vector=SearchQuery(query, config="english", search_type="websearch")
        )
    for word in query.split():
        quoted = Citation.objects.filter(claim=OuterRef("pk"), quote__icontains=word)
        measured = Figure.objects.filter(claim=OuterRef("pk"), metric__name__icontains=word)
        claims = claims.filter(Q(statement__icontains=word) | Exists(quoted) | Exists(measured))
    return claims
