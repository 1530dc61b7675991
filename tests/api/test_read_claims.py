"""Reading claims through /api/v1/: what a claim's JSON says, and conditional GET."""

import pytest
from django.utils.http import http_date

from claims import services
from claims.models import Verdict
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def test_published_claim_json_has_figures_citations_verdict_and_links(api, make_claim):
    claim = make_claim(status="published", place="Ecuador", period="2018")
    claim.topics.add(TopicFactory(name="Safe cities", slug="safe-cities"))
    figure = claim.figures.get()
    citation = claim.citations.get()

    response = api.get(f"/api/v1/claims/{claim.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["id"] == claim.pk
    assert data["url"] == f"http://testserver/claims/{claim.pk}/"
    assert data["status"] == "published"
    assert data["statement"] == claim.statement
    assert data["place"] == "Ecuador" and data["period"] == "2018"
    assert data["topics"] == [{"name": "Safe cities", "slug": "safe-cities"}]
    assert data["claimant"] == {
        "id": claim.claimant.pk,
        "name": claim.claimant.name,
        "slug": claim.claimant.slug,
        "kind": "organisation",
        "url": "",
    }
    assert data["verdict"] == {
        "value": "unsupported",
        "label": "Unsupported",
        "rating_value": None,
        "best_rating": 4,
        "worst_rating": 1,
        "withdrawn": False,
    }
    assert data["retraction"] is None
    assert data["explanation"] == "Only the city's own figure; no data published."
    [figure_json] = data["figures"]
    assert figure_json["id"] == figure.pk
    assert figure_json["metric"] == {
        "id": figure.metric.pk,
        "name": figure.metric.name,
        "slug": figure.metric.slug,
        "unit": "percent",
    }
    assert figure_json["value"] == "46.000000"
    assert figure_json["display"] == "46%"
    assert figure_json["rank"] == "normal"
    [citation_json] = data["citations"]
    assert citation_json["id"] == citation.pk
    assert citation_json["quote"] == "crime fell by 46 per cent"
    assert citation_json["quote_status"] == "found"
    assert citation_json["source"]["id"] == citation.source_id
    assert citation_json["source"]["title"] == citation.source.title
    assert citation_json["snapshot"]["sha256"] == citation.checked_snapshot.sha256
    assert data["links"] == {
        "self": f"http://testserver/api/v1/claims/{claim.pk}/",
        "page": f"http://testserver/claims/{claim.pk}/",
        "claimreview": f"http://testserver/api/v1/claims/{claim.pk}/claimreview/",
    }


def test_rated_verdict_carries_its_rating_value(api, make_claim, reviewer):
    claim = make_claim(status="published")
    services.claim_correct(
        claim=claim,
        actor=reviewer,
        note="New evidence.",
        verdict=Verdict.MISLEADING,
        explanation="The drop was in one district only.",
    )

    data = api.get(f"/api/v1/claims/{claim.pk}/").json()

    assert data["status"] == "corrected"
    assert data["verdict"]["value"] == "misleading"
    assert data["verdict"]["rating_value"] == 2


def test_claim_detail_sends_etag_and_last_modified_and_304_when_unchanged(api, make_claim):
    claim = make_claim(status="published")
    url = f"/api/v1/claims/{claim.pk}/"

    first = api.get(url)

    etag = first["ETag"]
    assert etag.startswith(f'"claim-{claim.pk}-v{claim.version}-')
    assert first["Last-Modified"]
    again = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert api.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert api.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_etag_changes_when_anything_shown_changes(api, make_claim):
    claim = make_claim(status="published")
    url = f"/api/v1/claims/{claim.pk}/"
    etag = api.get(url)["ETag"]

    metric = claim.figures.get().metric
    metric.name = "Recorded crime, city-wide"
    metric.save()

    response = api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert response.json()["figures"][0]["metric"]["name"] == "Recorded crime, city-wide"


def test_last_modified_moves_when_a_cited_source_s_publisher_changes(api, make_claim):
    from datetime import timedelta

    from django.utils import timezone

    from sources.models import Entity

    claim = make_claim(status="published")
    url = f"/api/v1/claims/{claim.pk}/"
    before = api.get(url)["Last-Modified"]
    publisher = claim.citations.get().source.publisher
    # Later by a minute: HTTP dates count whole seconds.
    Entity.objects.filter(pk=publisher.pk).update(
        name="Renamed Daily", updated_at=timezone.now() + timedelta(minutes=1)
    )

    response = api.get(url, HTTP_IF_MODIFIED_SINCE=before)

    assert response.status_code == 200
    assert response["Last-Modified"] != before
    assert response.json()["citations"][0]["source"]["publisher"]["name"] == "Renamed Daily"


def test_if_modified_since_in_the_past_gets_the_claim(api, make_claim):
    claim = make_claim(status="published")
    response = api.get(f"/api/v1/claims/{claim.pk}/", HTTP_IF_MODIFIED_SINCE=http_date(0))
    assert response.status_code == 200


def test_claimreview_json_ld_for_a_published_claim(api, make_claim):
    claim = make_claim(status="published")

    response = api.get(f"/api/v1/claims/{claim.pk}/claimreview/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    review = response.json()
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver/claims/{claim.pk}/"
    assert review["claimReviewed"] == claim.statement
    assert review["reviewRating"]["alternateName"] == "Unsupported"
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"]["name"] == claim.claimant.name
    assert review["itemReviewed"]["appearance"][0]["headline"] == claim.citations.get().source.title
    assert review["datePublished"] == claim.published_at.date().isoformat()


def test_claimreview_feed_lists_published_and_corrected_claims_only(api, make_claim):
    published = make_claim(status="published")
    corrected = make_claim(status="corrected")
    make_claim(status="retracted")
    make_claim(status="draft")

    response = api.get("/api/v1/claimreviews/")

    assert response.status_code == 200
    feed = response.json()
    assert feed["@type"] == "DataFeed"
    urls = [element["url"] for element in feed["dataFeedElement"]]
    assert urls == [
        f"http://testserver/claims/{corrected.pk}/",
        f"http://testserver/claims/{published.pk}/",
    ]
    assert all(element["@type"] == "ClaimReview" for element in feed["dataFeedElement"])


def test_retracted_claim_has_no_claimreview(api, make_claim):
    claim = make_claim(status="retracted")
    assert api.get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 404
    assert api.get(f"/api/v1/claims/{claim.pk}/").json()["links"]["claimreview"] is None


@pytest.mark.parametrize("pk", ["0", "-1", "abc", "99999999999999999999999"])
def test_impossible_ids_are_404(api, pk):
    assert api.get(f"/api/v1/claims/{pk}/").status_code == 404


def test_hand_written_claim_json_is_what_the_declared_serializer_says(make_claim, reviewer):
    from rest_framework import serializers
    from rest_framework.test import APIRequestFactory

    from claims.api.serializers import ClaimSerializer
    from claims.selectors import claims_for_api

    claim = make_claim(status="corrected", place="Quito")
    claim.topics.add(TopicFactory())
    claim = claims_for_api(reviewer).get(pk=claim.pk)
    request = APIRequestFactory().get("/")
    serializer = ClaimSerializer(claim, context={"request": request})

    declared = serializers.ModelSerializer.to_representation(serializer, claim)

    assert serializer.data["citations"][0] == declared["citations"][0]
    assert serializer.data == declared


def test_a_claim_reads_the_same_in_the_list_as_on_its_own(api_as, make_claim, rich_claim, editor):
    """The list builds claims in a batch, the detail one at a time: the two must never drift
    apart, whatever the figures and citations hold."""
    claim = rich_claim
    other = make_claim(status="draft")
    client = api_as(editor)

    listed = {item["id"]: item for item in client.get("/api/v1/claims/").json()["results"]}

    assert listed.keys() == {claim.pk, other.pk}
    for pk in (claim.pk, other.pk):
        assert listed[pk] == client.get(f"/api/v1/claims/{pk}/").json()
    figures = listed[claim.pk]["figures"]
    assert [figure["display"] for figure in figures] == [
        "46%",
        "at least $14 million",
        "March 2016",
        "-3.5%",
        "1,234,567,890,123.25",
    ]
    assert figures[1]["upper_bound"] == "20000000.500000"
    assert listed[claim.pk]["citations"][1]["source"]["publisher"] is None
    assert listed[claim.pk]["citations"][1]["snapshot"] is None
    assert [topic["name"] for topic in listed[claim.pk]["topics"]] == ["Alpha", "Zeta"]
