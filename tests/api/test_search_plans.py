"""How the search asks the database, where the shape of the SQL decides its speed at scale
(bench: `claims.search` at 100,000 claims): a claimant's name through a subquery, not a join
inside the OR; the "are there a few?" check unordered; PostgreSQL without JIT."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from claims.search import claims_matching


@pytest.mark.django_db
def test_the_search_joins_no_entity_and_its_few_check_sorts_nothing(make_claim):
    make_claim(status="published")

    with CaptureQueriesContext(connection) as captured:
        list(claims_matching(Claim.objects.all(), "survelance camras").values_list("pk"))

    # The first query asks whether the exact search finds a few, the last is the answer (on
    # SQLite a query for near spellings' candidates comes between).
    queries = [query["sql"].upper() for query in captured.captured_queries]
    check, page = queries[0], queries[-1]
    assert check.startswith("SELECT COUNT(*)") and "ORDER BY" not in check
    # Joined inside the OR, PostgreSQL tested every claim against every entity (seconds at
    # 100,000 claims); as a subquery it reads the entities once.
    for sql in (check, page):
        assert 'JOIN "SOURCES_ENTITY"' not in sql
        assert 'FROM "SOURCES_ENTITY"' in sql


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's JIT compiler")
def test_postgresql_connections_do_not_compile_queries():
    """A search the planner overestimated spent a second compiling what runs in 60 ms."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "field"),
    [("/api/v1/claims/", "q"), ("/api/v1/claims/", "place"), ("/api/v1/metrics/", "search")],
)
def test_an_overlong_search_is_a_400_naming_its_field(client, path, field):
    """Not a 503 "database unavailable" (SQLite refuses so long a LIKE pattern) nor seconds of
    work (PostgreSQL): the asker's error, said on the field."""
    response = client.get(path, {field: "crime " * 1000})

    assert response.status_code == 400
    assert "at most 500 characters (this is 5999)" in response.json()[field][0]
