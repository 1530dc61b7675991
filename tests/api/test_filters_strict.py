"""Filters that never answer a silent empty list: slugs and names compare in any case, an
unknown parameter or a value that names nothing is a 400 saying so, and the figures CSV takes
every filter the figures list takes."""

import csv
import io
from collections.abc import Iterator

import pytest
from django.urls import reverse

from claims.models import Claim
from tests.api.test_query_counts import LISTS as QUERIES
from tests.database_image import DatabaseImages
from tests.factories import TopicFactory, claim_maker, role_user

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/claims/",
    "/api/v1/figures/",
    "/api/v1/figures/csv/",
    "/api/v1/claimreviews/",
    "/api/v1/metrics/",
    "/api/v1/sources/",
    "/api/v1/entities/",
]


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return sorted(item["id"] for item in response.json()["results"])


@pytest.fixture
def zimbabwe(db: None, database_images: DatabaseImages) -> Iterator[tuple[Claim, Claim]]:
    """Two public claims, on two topics: built once per session and copied into each test."""
    with database_images.restored(
        "filters strict: two claims on two topics", _zimbabwe, first=True
    ) as claim_ids:
        tagged, other = (Claim.objects.get(pk=pk) for pk in claim_ids)
        yield tagged, other


def _zimbabwe() -> tuple[int, int]:
    make_claim = claim_maker(role_user("fact_checker"), role_user("reviewer"))
    tagged = make_claim(status="published", statement="Harare installed 1,000 cameras.")
    tagged.topics.add(TopicFactory(name="Zimbabwe", slug="zimbabwe"))
    other = make_claim(status="published", statement="Quito installed 500 cameras.")
    other.topics.add(TopicFactory(name="Ecuador", slug="ecuador"))
    return tagged.pk, other.pk


@pytest.mark.parametrize("topic", ["zimbabwe", "Zimbabwe", "ZIMBABWE", " zimbabwe "])
def test_topic_compares_in_any_case(api, zimbabwe, topic):
    tagged, _other = zimbabwe

    assert ids(api.get("/api/v1/claims/", {"topic": topic})) == [tagged.pk]
    assert ids(api.get("/api/v1/figures/", {"topic": topic})) == [tagged.figures.get().pk]
    feed = api.get("/api/v1/claimreviews/", {"topic": topic})
    assert feed.status_code == 200
    assert len(feed.json()["dataFeedElement"]) == 1


def test_a_topic_is_named_by_its_name_too(api, zimbabwe, make_claim):
    tagged, _other = zimbabwe
    tagged.topics.add(TopicFactory(name="Safe Cities", slug="surveillance-cities"))

    assert ids(api.get("/api/v1/claims/", {"topic": "safe cities"})) == [tagged.pk]


def test_a_topic_that_names_nothing_is_a_400_listing_the_topics(api, zimbabwe):
    response = api.get("/api/v1/claims/", {"topic": "nonexistent"})

    assert response.status_code == 400
    assert response.json() == {
        "topic": [
            "No topic is called “nonexistent”. Give a topic's slug or name: ecuador, zimbabwe."
        ]
    }
    for url in ("/api/v1/figures/", "/api/v1/figures/csv/", "/api/v1/claimreviews/"):
        refused = api.get(url, {"topic": "nonexistent"})
        assert refused.status_code == 400
        assert refused["Content-Type"].endswith("json")  # the feed's errors are JSON-LD
        assert list(refused.json()) == ["topic"]


@pytest.mark.parametrize("named", ["%Y%s", "50%"])
def test_a_value_with_a_per_cent_sign_is_refused_as_given(api, zimbabwe, named):
    for parameter in ("topic", "metric"):
        response = api.get("/api/v1/claims/", {parameter: named})
        assert response.status_code == 400
        assert response.json()[parameter][0].startswith(f"No {parameter} is called “{named}”.")


def test_a_topic_with_a_nul_character_is_a_400_not_a_database_error(api):
    response = api.get("/api/v1/claims/", {"topic": "zim\x00babwe"})

    assert response.status_code == 400
    assert list(response.json()) == ["topic"]


def test_a_topic_only_drafts_carry_is_not_named_to_readers(api, api_as, editor, make_claim):
    draft = make_claim(status="draft")
    draft.topics.add(TopicFactory(name="Secret", slug="secret"))

    assert api.get("/api/v1/claims/", {"topic": "secret"}).status_code == 400
    assert ids(api_as(editor).get("/api/v1/claims/", {"topic": "Secret"})) == [draft.pk]


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_parameter_is_a_400_naming_it_and_the_parameters_there_are(api, url):
    response = api.get(url, {"colour": "red", "Topic": "zimbabwe"})

    assert response.status_code == 400
    assert response["Content-Type"].endswith("json")
    body = response.json()
    assert set(body) == {"colour", "Topic"}
    assert body["colour"][0].startswith("Not a parameter of this list. It takes: ")
    assert "format" in body["colour"][0]


def test_paging_ordering_format_and_search_are_parameters(api, zimbabwe):
    tagged, other = zimbabwe
    response = api.get(
        "/api/v1/claims/",
        {"page_size": 5, "ordering": "-id", "format": "json", "q": "cameras"},
    )
    assert ids(response) == sorted([tagged.pk, other.pk])
    next_page = api.get("/api/v1/claims/", {"page_size": 1, "ordering": "id"}).json()["next"]
    assert api.get(next_page).status_code == 200


def test_metric_compares_in_any_case_by_slug_name_or_id(api, zimbabwe):
    tagged, _other = zimbabwe
    metric = tagged.figures.get().metric

    for named in (metric.slug.upper(), metric.name.lower(), str(metric.pk)):
        assert ids(api.get("/api/v1/claims/", {"metric": named})) == [tagged.pk]
        assert ids(api.get("/api/v1/figures/", {"metric": named})) == [tagged.figures.get().pk]
    refused = api.get("/api/v1/figures/", {"metric": "no-such-metric"})
    assert refused.status_code == 400
    assert refused.json()["metric"][0].startswith("No metric is called “no-such-metric”.")


@pytest.mark.parametrize(
    ("url", "parameter", "noun"),
    [
        ("/api/v1/claims/", "claimant", "claimant"),
        ("/api/v1/claims/", "source", "source"),
        ("/api/v1/figures/", "claim", "claim"),
        ("/api/v1/figures/", "claimant", "claimant"),
        ("/api/v1/sources/", "publisher", "publisher"),
    ],
)
def test_an_id_that_names_nothing_is_a_400(api, zimbabwe, url, parameter, noun):
    response = api.get(url, {parameter: "987654321"})

    assert response.status_code == 400
    assert response.json() == {parameter: [f"No {noun} has the id 987654321."]}


def test_an_id_of_a_draft_is_not_named_to_readers(api, make_claim):
    draft = make_claim(status="draft")

    assert api.get("/api/v1/figures/", {"claim": draft.pk}).status_code == 400
    assert api.get("/api/v1/claims/", {"claimant": draft.claimant_id}).status_code == 400


def test_the_csv_takes_every_filter_the_list_takes(api, zimbabwe):
    tagged, _other = zimbabwe
    metric = tagged.figures.get().metric
    filters = [
        {"topic": "Zimbabwe"},
        {"metric": metric.name.upper()},
        {"claimant": tagged.claimant_id},
        {"claim": tagged.pk},
        {"unit": "percent", "value_min": "46", "value_max": "46"},
        {"status": "published", "verdict": "unsupported", "topic": "zimbabwe"},
    ]
    for params in filters:
        results = api.get("/api/v1/figures/", params).json()["results"]
        listed = {item["claim"]["id"] for item in results}
        response = api.get("/api/v1/figures/csv/", params)
        assert response.status_code == 200, params
        body = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(body)))
        assert {int(row["claim_id"]) for row in rows} == listed, params
    topical = [{"topic": "zimbabwe"}, {"metric": metric.slug}]
    for params in topical:
        body = b"".join(api.get("/api/v1/figures/csv/", params).streaming_content).decode()
        assert {int(row["claim_id"]) for row in csv.DictReader(io.StringIO(body))} == {tagged.pk}


def test_filtered_lists_add_one_query_per_named_record(api, zimbabwe, django_assert_num_queries):
    tagged, _other = zimbabwe
    # The topic's ids, then the list; a claimant id is checked in one query too.
    with django_assert_num_queries(QUERIES["/api/v1/claims/"] + 1):
        assert api.get("/api/v1/claims/", {"topic": "Zimbabwe"}).status_code == 200
    with django_assert_num_queries(QUERIES["/api/v1/figures/"] + 2):
        response = api.get(
            "/api/v1/figures/", {"topic": "Zimbabwe", "claimant": tagged.claimant_id}
        )
    assert response.status_code == 200
    # A refusal reads the topics to list them, and nothing else.
    with django_assert_num_queries(2):
        assert api.get("/api/v1/claims/", {"topic": "nowhere"}).status_code == 400
    with django_assert_num_queries(0):
        assert api.get("/api/v1/claims/", {"colour": "red"}).status_code == 400


def test_the_public_index_shows_a_form_error_not_an_empty_list(client, settings, zimbabwe):
    settings.ROOT_URLCONF = "config.urls"
    tagged, other = zimbabwe

    found = client.get(reverse("claim_index"), {"topic": "Zimbabwe"})
    assert found.status_code == 200
    body = found.content.decode()
    assert tagged.statement in body
    assert other.statement not in body

    refused = client.get(reverse("claim_index"), {"topic": "nonexistent"})
    assert refused.status_code == 400
    body = refused.content.decode()
    assert 'role="alert"' in body
    assert "No topic is called “nonexistent”" in body
    assert "No published fact-check matches." not in body
    assert tagged.statement not in body


def test_the_public_index_searches_figures_and_near_spellings(client, settings, make_claim):
    settings.ROOT_URLCONF = "config.urls"
    faces = make_claim(status="published", statement="Police use facial recognition widely.")
    other = make_claim(status="published", statement="Exports doubled.")
    other.figures.update(value=47)
    other.citations.update(quote="exports doubled in a year")

    def listed(query: str) -> str:
        return client.get(reverse("claim_index"), {"q": query}).content.decode()

    assert faces.statement in listed("46%")
    assert other.statement not in listed("46%")
    assert faces.statement in listed("facial recogniton")
    assert faces.claimant.name and faces.statement in listed(faces.claimant.name)
