"""Search that finds figures: a query naming a figure ("46%", "$240 million", "52 governments")
finds the claims recording it, by value within the precision it was written at and by unit,
and a misspelt query ("facial recogniton") finds the claim spelt right, on PostgreSQL (pg_trgm)
and on SQLite (its close-spelling fallback)."""

from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.db import connection

from claims.models import Citation, Figure, Metric
from claims.search import QueryFigure, figures_in_query
from sources.models import Entity
from tests.api.test_query_counts import LISTS
from tests.database_image import DatabaseImages
from tests.factories import claim_maker, role_user

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = connection.vendor == "postgresql"


def found(api, query: str) -> set[int]:
    response = api.get("/api/v1/claims/", {"q": query})
    assert response.status_code == 200, response.content
    return {claim["id"] for claim in response.json()["results"]}


@pytest.fixture
def recorded(db: None, database_images: DatabaseImages) -> Iterator[dict[str, int]]:
    """Public claims whose figures, not their words, carry the numbers searched for: built once
    per session and copied into each test (6 claims through the services, 0.2 s each time)."""
    with database_images.restored(
        "search figures: the recorded claims", _recorded, first=True
    ) as claim_ids:
        yield claim_ids


def _recorded() -> dict[str, int]:
    make_claim = claim_maker(role_user("fact_checker"), role_user("reviewer"))

    def claim(statement: str, unit: str, value: str, currency: str = "", metric: str = ""):
        made = make_claim(status="published", statement=statement)
        # No digits in the words around the figure: a factory's "Organisation 52" or "Metric 52"
        # (its sequence number, which depends on the tests run before) would match.
        Entity.objects.filter(pk=made.claimant_id).update(name=f"Office of {statement[:12]}")
        Citation.objects.filter(claim=made).update(quote="the figures were published")
        figure = Figure.objects.get(claim=made)
        Figure.objects.filter(pk=figure.pk).update(
            unit=unit, value=Decimal(value), currency=currency
        )
        Metric.objects.filter(pk=figure.metric_id).update(
            name=metric or f"Measure of {statement[:12]}"
        )
        return made.pk

    return {
        "share": claim("Crime fell after the cameras went up.", "percent", "45.6"),
        "share_above": claim("Thefts fell in the old town.", "percent", "46.6"),
        "contract": claim("The contract was worth a fortune.", "currency", "240000000", "USD"),
        "contract_eur": claim("The loan was large.", "currency", "240000000", "EUR"),
        "governments": claim(
            "Dozens of states buy the system.",
            "count",
            "52",
            metric="Governments buying surveillance systems",
        ),
        "faces": claim("Police use facial recognition at every station.", "percent", "10"),
    }


def test_a_percentage_finds_the_figure_that_rounds_to_it(api, recorded):
    assert found(api, "46%") == {recorded["share"]}
    assert found(api, "46 per cent") == {recorded["share"]}
    assert found(api, "46.6%") == {recorded["share_above"]}
    assert found(api, "46.0%") == set()  # 45.6 and 46.6 are not 46.0 to one decimal


def test_money_finds_the_figure_in_that_currency(api, recorded):
    assert found(api, "$240 million") == {recorded["contract"]}
    assert found(api, "€240m") == {recorded["contract_eur"]}
    assert found(api, "240 million") == {recorded["contract"], recorded["contract_eur"]}
    assert found(api, "$0.24bn") == {recorded["contract"]}


def test_a_count_finds_the_figure_whatever_the_words(api, recorded):
    assert found(api, "52 governments") == {recorded["governments"]}
    assert found(api, "52") == {recorded["governments"]}  # a bare number is never a percentage


def test_a_misspelt_query_finds_the_claim_spelt_right(api, recorded):
    assert found(api, "facial recognition") == {recorded["faces"]}
    assert found(api, "facial recogniton") == {recorded["faces"]}
    assert found(api, "Facial Recogniton") == {recorded["faces"]}


def test_a_misspelt_metric_name_is_found(api, recorded):
    assert recorded["governments"] in found(api, "surveilance")


def test_words_still_match_as_before(api, recorded):
    assert found(api, "cameras") == {recorded["share"]}
    assert found(api, "nothing-like-this-anywhere") == set()


def test_the_figures_a_query_names():
    assert figures_in_query("46%") == [QueryFigure(Decimal("46"), "percent", None)]
    assert figures_in_query("$240 million") == [QueryFigure(Decimal("2.40E+8"), "currency", "USD")]
    assert figures_in_query("52 governments") == [QueryFigure(Decimal("52"), None, None)]
    assert figures_in_query("4.5bn") == [QueryFigure(Decimal("4.5E+9"), None, None)]
    assert figures_in_query("£3k and 7 percentage points") == [
        QueryFigure(Decimal("3E+3"), "currency", "GBP"),
        QueryFigure(Decimal("7"), "percentage_points", None),
    ]
    # Years, ordinals and numbers glued to words are not figures; numbers in words are, read by
    # the one figure reader (claims.figures_parser) as intake reads them.
    assert figures_in_query("exports in 2019, 3rd place, covid19") == []
    assert figures_in_query("half a million") == [QueryFigure(Decimal("500000"), None, None)]
    assert figures_in_query("fifty-two governments") == [QueryFigure(Decimal("52"), None, None)]


def test_a_query_in_words_finds_the_figure(api, recorded):
    assert found(api, "fifty-two governments") == {recorded["governments"]}


def test_search_answers_in_a_fixed_number_of_queries(api, recorded, django_assert_num_queries):
    # The list's own queries (test_query_counts.py), then one bounded count of the exact
    # matches; when they are few, SQLite reads its candidate words once more (PostgreSQL's near
    # spellings are in the list's own query).
    plain = LISTS["/api/v1/claims/"]
    with django_assert_num_queries(plain + 1):
        assert api.get("/api/v1/claims/", {"q": "46%"}).status_code == 200
    with django_assert_num_queries(plain + 1 if ON_POSTGRESQL else plain + 2):
        assert api.get("/api/v1/claims/", {"q": "facial recogniton"}).status_code == 200
