"""Published figures as schema.org Observations: one claim's (/claims/{id}/observations/), every
one (/observations/, a page of claims at a time), only for claims whose verdict stands; and the
ClaimReview beside them carries its explanation and each appearance's address."""

import pytest

from tests.json_ld_cases import EXPLANATION, observed_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(make_claim, fact_checker, reviewer):  # type: ignore[no-untyped-def]
    return observed_claim(make_claim, fact_checker, reviewer)


def by_name(graph: list[dict]) -> dict[str, dict]:  # type: ignore[type-arg]
    return {o["variableMeasured"]["name"]: o for o in graph}


def test_a_published_claims_figures_are_observations_with_measure_place_date_value_and_unit(
    api, claim
):
    response = api.get(f"/api/v1/claims/{claim.pk}/observations/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    document = response.json()
    assert document["@context"] == "https://schema.org"
    page = f"http://testserver/claims/{claim.pk}/"
    observations = by_name(document["@graph"])
    assert set(observations) == {
        claim.figures.first().metric.name,  # type: ignore[union-attr]
        "Arrests",
        "Cost of the cameras",
        "Change in clearance rate",
        "Cameras switched on",
    }
    percent = observations[claim.figures.first().metric.name]  # type: ignore[union-attr]
    figure = claim.figures.first()
    assert percent["@type"] == "Observation"
    assert percent["@id"] == f"{page}#figure-{figure.pk}"  # type: ignore[union-attr]
    assert percent["variableMeasured"] == {
        "@type": "StatisticalVariable",
        "@id": f"http://testserver/api/v1/metrics/{figure.metric_id}/",  # type: ignore[union-attr]
        "name": figure.metric.name,  # type: ignore[union-attr]
        "description": "A quantity defined for tests.",
    }
    assert percent["observationAbout"] == {"@type": "Place", "name": "Springfield"}
    assert percent["observationDate"] == "2018"  # the claim's period, a year
    assert (percent["value"], percent["minValue"], percent["maxValue"]) == (46, 40.5, 50)
    assert percent["unitCode"] == "P1"
    assert percent["measurementMethod"] == "A quantity defined for tests."
    assert "Misleading" in percent["description"]
    assert "“46 per cent”" in percent["description"]
    first_appearance = next(w for w in percent["subjectOf"] if w.get("url", "").startswith("https"))
    assert first_appearance["url"] == "https://news.example.org/2018/cameras"
    assert {"@type": "ClaimReview", "url": page} in percent["subjectOf"]

    at_least = observations["Arrests"]
    assert "value" not in at_least and at_least["minValue"] == 3000
    assert at_least["unitCode"] == "C62"
    assert "observationDate" not in at_least  # "2017 to 2018" is not a date: only in its name
    assert at_least["name"] == "Arrests: at least 3,000, 2017 to 2018"
    assert "the preferred one among the competing figures" in at_least["description"]

    up_to = observations["Cost of the cameras"]
    assert "value" not in up_to and up_to["maxValue"] == 150000000.5
    assert up_to["unitText"] == "USD"
    assert up_to["measurementMethod"] == "Different method: Includes maintenance."

    points = observations["Change in clearance rate"]
    assert (points["value"], points["unitText"]) == (-2.5, "percentage points")
    assert points["observationDate"] == "2018-03"

    date = observations["Cameras switched on"]
    assert date["value"] == "2014-03"
    assert "unitCode" not in date and "unitText" not in date


@pytest.mark.parametrize("status", ["draft", "in_review", "retracted"])
def test_a_claim_whose_verdict_does_not_stand_has_no_observations(
    api_as, make_claim, reviewer, status
):
    claim = make_claim(status=status)

    # Even to staff: a draft's figures are not published, a retracted claim's are withdrawn.
    response = api_as(reviewer).get(f"/api/v1/claims/{claim.pk}/observations/")

    assert response.status_code == 404


def test_an_id_that_is_not_an_id_is_404(api):
    assert api.get("/api/v1/claims/x1/observations/").status_code == 404
    assert api.get("/api/v1/claims/99999/observations/").status_code == 404


def test_the_export_lists_the_figures_of_published_and_corrected_claims_only(
    api, make_claim, reviewer
):
    published = make_claim(status="published")
    corrected = make_claim(status="corrected")
    retracted = make_claim(status="retracted")
    draft = make_claim(status="draft")

    response = api.get("/api/v1/observations/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    graph = response.json()["@graph"]
    ids = {o["@id"].split("#")[0] for o in graph}
    assert ids == {f"http://testserver/claims/{c.pk}/" for c in (published, corrected)}
    assert not {f"http://testserver/claims/{c.pk}/" for c in (retracted, draft)} & ids


def test_the_export_pages_with_a_link_header_and_keeps_its_body_json_ld(api, make_claim):
    claims = [make_claim(status="published") for _ in range(3)]

    first = api.get("/api/v1/observations/", {"page_size": 2})

    assert set(first.json()) == {"@context", "@graph"}
    assert len(first.json()["@graph"]) == 2
    link = first["Link"]
    assert link.startswith("<http://testserver/api/v1/observations/?cursor=")
    assert link.endswith('>; rel="next"')
    second = api.get(link[1 : link.index(">")])
    assert len(second.json()["@graph"]) == 1
    assert 'rel="prev"' in second["Link"] and 'rel="next"' not in second["Link"]
    seen = {o["@id"] for page in (first, second) for o in page.json()["@graph"]}
    assert len(seen) == len(claims)


def test_the_export_answers_in_a_fixed_number_of_queries(
    api, make_claim, django_assert_num_queries
):
    make_claim(status="published")
    # claims with claimants, topics, figures with metrics, citations with sources, snapshots
    with django_assert_num_queries(5):
        assert api.get("/api/v1/observations/").status_code == 200
    for _ in range(6):
        make_claim(status="published")
    with django_assert_num_queries(5):
        assert len(api.get("/api/v1/observations/").json()["@graph"]) == 7


def test_the_export_takes_the_claims_filters(api, make_claim):
    make_claim(status="published")
    refused = api.get("/api/v1/observations/", {"no_such_filter": "1"})
    assert refused.status_code == 400


def test_the_schema_documents_both(api):
    paths = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()["paths"]

    one = paths["/api/v1/claims/{id}/observations/"]["get"]
    every = paths["/api/v1/observations/"]["get"]
    assert "application/ld+json" in one["responses"]["200"]["content"]
    assert "application/ld+json" in every["responses"]["200"]["content"]
    assert "Link" in every["responses"]["200"]["headers"]


def test_the_claimreview_carries_the_explanation_and_each_appearances_address(api, claim):
    review = api.get(f"/api/v1/claims/{claim.pk}/claimreview/").json()

    assert review["reviewRating"]["ratingExplanation"] == EXPLANATION
    appearances = review["itemReviewed"]["appearance"]
    assert [a.get("url") for a in appearances] == [None, "https://news.example.org/2018/cameras"]
    assert review["itemReviewed"]["firstAppearance"]["url"] == (
        "https://news.example.org/2018/cameras"
    )
