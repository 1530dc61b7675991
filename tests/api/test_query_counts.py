"""Every list answers in a fixed number of queries, however long the page."""

import pytest
from django.db import connection

from tests.factories import EntityFactory, TopicFactory

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = connection.vendor == "postgresql"

# Anonymous: the page, then one query per prefetched relation.
LISTS = {
    # PostgreSQL: the page's ids, then their documents (claims.documents). Elsewhere: the
    # claims with their claimants, then topics, figures (with metrics), citations (with
    # sources, publishers and snapshots) and corrections.
    "/api/v1/claims/": 2 if ON_POSTGRESQL else 5,
    # figures+metric+claim+claimant, citations+sources+publishers, snapshots
    "/api/v1/figures/": 3,
    "/api/v1/metrics/": 1,
    # sources+publishers, snapshots
    "/api/v1/sources/": 2,
    "/api/v1/entities/": 1,
    # claims, topics, figures, citations, snapshots
    "/api/v1/claimreviews/": 5,
}


@pytest.mark.parametrize(("url", "queries"), LISTS.items())
def test_list_query_count_does_not_grow_with_page_size(
    api, make_claim, django_assert_num_queries, url, queries
):
    for _ in range(2):
        make_claim(status="published")
    with django_assert_num_queries(queries):
        assert len(api.get(url, {"page_size": 2}).json().get("results", [1, 2])) >= 1

    for _ in range(8):
        make_claim(status="published")
    with django_assert_num_queries(queries):
        response = api.get(url, {"page_size": 50})
    assert response.status_code == 200


# What a filter or a search adds to the claim list's queries (LISTS): a condition on the claims
# or their figures adds none; a value that must name a record the reader may see adds the one
# query that finds it (claims.api.filters), and a filter whose parameter is absent adds nothing;
# a search adds the one bounded count that decides whether near spellings are looked for too
# (claims.search).
FILTERED_CLAIMS = {
    "status, unit and value range": (
        {"status": "published", "unit": "percent", "value_min": 10},
        0,
    ),
    "claimant": ({"claimant": "claimant"}, 1),
    "source": ({"source": "source"}, 1),
    "topic": ({"topic": "topic"}, 1),
    "metric": ({"metric": "metric"}, 1),
    "search": ({"q": "crime"}, 1),
    "search for a figure": ({"q": "46%"}, 1),
}


@pytest.mark.parametrize(("given", "added"), FILTERED_CLAIMS.values(), ids=FILTERED_CLAIMS)
def test_filtered_list_query_count_does_not_grow_with_page_size(
    api, make_claim, django_assert_num_queries, given, added
):
    topic = TopicFactory(name="Surveillance", slug="surveillance")
    claimant = EntityFactory()
    claims = []

    def make(count):  # type: ignore[no-untyped-def]
        for _ in range(count):
            claim = make_claim(status="published", claimant=claimant)
            claim.topics.add(topic)
            claims.append(claim)

    def params(page_size):  # type: ignore[no-untyped-def]
        first = claims[0]
        named = {
            "claimant": first.claimant_id,
            "source": first.citations.get().source_id,
            "topic": topic.slug,
            "metric": first.figures.get().metric.slug,
        }
        return {"page_size": page_size} | {
            name: named.get(value, value) for name, value in given.items()
        }

    # Three claims match each search, so the near spellings are not looked for on either database.
    make(3)
    expected = LISTS["/api/v1/claims/"] + added
    first_page = params(2)
    with django_assert_num_queries(expected):
        response = api.get("/api/v1/claims/", first_page)
    assert response.json()["results"]

    make(8)
    second_page = params(50)
    with django_assert_num_queries(expected):
        response = api.get("/api/v1/claims/", second_page)
    # Each claim has a source and a metric of its own; the other filters find them all.
    assert len(response.json()["results"]) in ({1} if {"source", "metric"} & set(given) else {11})


def test_signed_in_list_adds_only_the_session_and_permission_queries(
    api_as, editor, make_claim, django_assert_num_queries
):
    client = api_as(editor)
    for _ in range(3):
        make_claim(status="draft")
    # session, user, the user's and groups' permissions, then those of the claim list
    signed_in = 4 + LISTS["/api/v1/claims/"]
    with django_assert_num_queries(signed_in):
        client.get("/api/v1/claims/", {"page_size": 2})
    for _ in range(6):
        make_claim(status="published")
    with django_assert_num_queries(signed_in):
        response = client.get("/api/v1/claims/", {"page_size": 50})
    assert len(response.json()["results"]) == 9


def test_claim_detail_query_count_does_not_grow_with_figures_and_citations(
    api, make_claim, fact_checker, reviewer, django_assert_num_queries
):
    from claims import services
    from claims.models import Verdict
    from tests.factories import MetricFactory, SnapshotFactory

    # PostgreSQL: one query for the document and its Last-Modified. Elsewhere: the claim and
    # its claimant, topics, figures, the newest removed figure, citations, the newest removed
    # citation (for Last-Modified), corrections.
    expected = 1 if ON_POSTGRESQL else 7
    plain = make_claim(status="published")
    with django_assert_num_queries(expected):
        assert api.get(f"/api/v1/claims/{plain.pk}/").status_code == 200

    claim = make_claim(status="draft")
    for value in (1, 2, 3):
        services.figure_add(
            claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=value
        )
    services.citation_add(
        claim=claim, actor=fact_checker, source=SnapshotFactory().source, quote="cameras went up"
    )
    services.claim_submit_for_review(claim=claim, actor=fact_checker, note="")
    services.claim_publish(
        claim=claim, actor=reviewer, verdict=Verdict.MISLEADING, explanation="Partly.", note=""
    )
    with django_assert_num_queries(expected):
        response = api.get(f"/api/v1/claims/{claim.pk}/")
    assert len(response.json()["figures"]) == 4
    assert len(response.json()["citations"]) == 2


def test_csv_export_query_count_does_not_grow_with_figures(
    api, make_claim, django_assert_num_queries
):
    # The figures, then their claims' documents (claims.documents): one query on
    # PostgreSQL, the claims and their four lists elsewhere.
    expected = 2 if ON_POSTGRESQL else 6
    for _ in range(2):
        make_claim(status="published")
    with django_assert_num_queries(expected):
        b"".join(api.get("/api/v1/figures/csv/").streaming_content)
    for _ in range(8):
        make_claim(status="published")
    with django_assert_num_queries(expected):
        body = b"".join(api.get("/api/v1/figures/csv/").streaming_content).decode()
    assert body.count("\r\n") == 11  # the header and one row per figure and citation


def test_metric_detail_query_count_does_not_grow_with_competing_figures(
    api, make_claim, django_assert_max_num_queries
):
    first = make_claim(status="published")
    metric = first.figures.get().metric
    with django_assert_max_num_queries(4):
        api.get(f"/api/v1/metrics/{metric.pk}/")
    for _ in range(6):
        figure = make_claim(status="published").figures.get()
        figure.metric = metric
        figure.save()
    with django_assert_max_num_queries(4):
        response = api.get(f"/api/v1/metrics/{metric.pk}/")
    assert len(response.json()["competing_figures"]) == 7
