"""Fact-checkers write through /api/v1/ with the services' rules: tokens, If-Match, field errors,
and nothing half-written."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim, ClaimStatus, ClaimTransition
from tests.factories import EntityFactory, MetricFactory, SnapshotFactory, TopicFactory

pytestmark = pytest.mark.django_db


def token_client(user) -> APIClient:
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def etag_of(client: APIClient, claim_id: int) -> str:
    return client.get(f"/api/v1/claims/{claim_id}/")["ETag"]


def test_token_is_issued_for_username_and_password(api, fact_checker):
    response = api.post(
        "/api/v1/token/",
        {"username": fact_checker.username, "password": "correct horse battery staple"},
    )
    assert response.status_code == 200
    assert response.json()["token"] == Token.objects.get(user=fact_checker).key


def test_fact_checker_records_a_draft_with_a_token(fact_checker):
    client = token_client(fact_checker)
    claimant = EntityFactory(name="City of Quito")
    TopicFactory(name="Surveillance", slug="surveillance")

    response = client.post(
        "/api/v1/claims/",
        {
            "statement": "  Crime fell by 46 per cent.  ",
            "claimant": claimant.pk,
            "place": "Quito",
            "topics": ["surveillance"],
        },
    )

    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["status"] == "draft"
    assert data["statement"] == "Crime fell by 46 per cent."
    assert data["claimant"]["name"] == "City of Quito"
    assert data["topics"] == [{"name": "Surveillance", "slug": "surveillance"}]
    assert response["Location"] == f"http://testserver/api/v1/claims/{data['id']}/"
    assert response["ETag"] == etag_of(client, data["id"])
    assert Claim.objects.get(pk=data["id"]).created_by == fact_checker


def test_anonymous_writes_are_401(api, make_claim):
    claim = make_claim(status="draft")
    assert api.post("/api/v1/claims/", {"statement": "x"}).status_code == 401
    assert api.patch(f"/api/v1/claims/{claim.pk}/", {"place": "x"}).status_code == 401


def test_editor_may_read_but_not_record(api_as, editor):
    response = api_as(editor).post(
        "/api/v1/claims/", {"statement": "Crime fell.", "claimant": EntityFactory().pk}
    )
    assert response.status_code == 403
    assert response.json() == {"detail": "You may not record claims."}


def test_invalid_claim_names_each_field(fact_checker):
    response = token_client(fact_checker).post(
        "/api/v1/claims/", {"claimant": 999999, "topics": ["no-such-topic"]}
    )
    assert response.status_code == 400
    assert set(response.json()) == {"statement", "claimant", "topics"}
    assert not Claim.objects.exists()


def test_edit_needs_if_match(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)

    missing = client.patch(f"/api/v1/claims/{claim.pk}/", {"place": "Quito"})
    assert missing.status_code == 428
    assert "If-Match" in missing.json()["detail"]

    stale = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"place": "Quito"}, HTTP_IF_MATCH='"claim-1-v0-x"'
    )
    assert stale.status_code == 412

    etag = etag_of(client, claim.pk)
    edited = client.patch(f"/api/v1/claims/{claim.pk}/", {"place": "Quito"}, HTTP_IF_MATCH=etag)
    assert edited.status_code == 200
    assert edited.json()["place"] == "Quito"
    assert edited.json()["version"] == claim.version + 1
    assert edited["ETag"] != etag

    again = client.patch(f"/api/v1/claims/{claim.pk}/", {"place": "Lima"}, HTTP_IF_MATCH=etag)
    assert again.status_code == 412
    claim.refresh_from_db()
    assert claim.place == "Quito"


def test_the_second_of_two_editors_with_the_same_etag_is_refused(
    fact_checker, second_fact_checker, make_claim
):
    claim = make_claim(status="draft")
    alice, dave = token_client(fact_checker), token_client(second_fact_checker)
    etag = etag_of(alice, claim.pk)

    first = alice.patch(f"/api/v1/claims/{claim.pk}/", {"period": "2018"}, HTTP_IF_MATCH=etag)
    second = dave.patch(f"/api/v1/claims/{claim.pk}/", {"period": "2019"}, HTTP_IF_MATCH=etag)

    assert (first.status_code, second.status_code) == (200, 412)
    claim.refresh_from_db()
    assert claim.period == "2018"


def test_published_claim_cannot_be_edited_only_corrected(reviewer, make_claim):
    claim = make_claim(status="published")
    client = token_client(reviewer)

    response = client.patch(
        f"/api/v1/claims/{claim.pk}/",
        {"statement": "Changed"},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 403
    assert "correct a published claim instead" in response.json()["detail"]


def test_add_figure_and_citation_then_edit_and_remove_them(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)
    metric = MetricFactory(unit="count")
    snapshot = SnapshotFactory(text="Police said 4,200 cameras were installed in 2019.")

    added = client.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": metric.pk, "unit": "count", "value": "4200", "qualifier": "about"},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )
    assert added.status_code == 201, added.json()
    figure = next(f for f in added.json()["figures"] if f["metric"]["id"] == metric.pk)
    assert figure["display"] == "about 4,200"

    cited = client.post(
        f"/api/v1/claims/{claim.pk}/citations/",
        {"source": snapshot.source_id, "quote": "4,200 cameras were installed"},
        HTTP_IF_MATCH=added["ETag"],
    )
    assert cited.status_code == 201, cited.json()
    citation = next(c for c in cited.json()["citations"] if c["source"]["id"] == snapshot.source_id)
    assert citation["quote_status"] == "found"
    assert citation["snapshot"]["sha256"] == snapshot.sha256

    changed = client.patch(
        f"/api/v1/figures/{figure['id']}/", {"value": "4300"}, HTTP_IF_MATCH=cited["ETag"]
    )
    assert changed.status_code == 200, changed.json()
    assert {f["value"] for f in changed.json()["figures"]} == {"46.000000", "4300.000000"}

    requoted = client.patch(
        f"/api/v1/citations/{citation['id']}/",
        {"quote": "installed in 2019"},
        HTTP_IF_MATCH=changed["ETag"],
    )
    assert requoted.status_code == 200, requoted.json()

    removed = client.delete(f"/api/v1/figures/{figure['id']}/", HTTP_IF_MATCH=requoted["ETag"])
    assert removed.status_code == 200
    assert len(removed.json()["figures"]) == 1
    uncited = client.delete(f"/api/v1/citations/{citation['id']}/", HTTP_IF_MATCH=removed["ETag"])
    assert uncited.status_code == 200
    assert len(uncited.json()["citations"]) == 1


def test_invalid_figure_names_the_field_and_writes_nothing(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)
    version = claim.version

    response = client.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": MetricFactory().pk, "unit": "percent", "value": "50", "upper_bound": "40"},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 400
    assert response.json() == {"value": ["The value is above its upper bound."]}
    claim.refresh_from_db()
    assert (claim.figures.count(), claim.version) == (1, version)


def test_quote_missing_from_the_snapshot_is_refused(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)
    version = claim.version

    response = client.post(
        f"/api/v1/claims/{claim.pk}/citations/",
        {"source": SnapshotFactory().source_id, "quote": "crime rose by 12 per cent"},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 400
    assert list(response.json()) == ["quote"]
    assert "not in the source's archived text" in response.json()["quote"][0]
    claim.refresh_from_db()
    assert (claim.citations.count(), claim.version) == (1, version)


def test_whole_workflow_through_the_api(fact_checker, reviewer, make_claim):
    claim = make_claim(status="draft")
    checker, boss = token_client(fact_checker), token_client(reviewer)

    submitted = checker.post(
        f"/api/v1/claims/{claim.pk}/submit/",
        {"note": "Ready."},
        HTTP_IF_MATCH=etag_of(checker, claim.pk),
    )
    assert submitted.status_code == 200, submitted.json()
    assert submitted.json()["status"] == "in_review"

    returned = boss.post(
        f"/api/v1/claims/{claim.pk}/return/",
        {"note": "Name the source of the 46."},
        HTTP_IF_MATCH=submitted["ETag"],
    )
    assert returned.json()["status"] == "draft"
    resubmitted = checker.post(
        f"/api/v1/claims/{claim.pk}/submit/", {}, HTTP_IF_MATCH=returned["ETag"]
    )
    assert resubmitted.json()["status"] == "in_review"

    published = boss.post(
        f"/api/v1/claims/{claim.pk}/publish/",
        {"verdict": "misleading", "explanation": "One district only.", "note": "Checked."},
        HTTP_IF_MATCH=resubmitted["ETag"],
    )
    assert published.status_code == 200, published.json()
    assert published.json()["verdict"]["value"] == "misleading"

    figure_id = published.json()["figures"][0]["id"]
    corrected = boss.post(
        f"/api/v1/claims/{claim.pk}/correct/",
        {"note": "The figure was 36.", "figures": [{"id": figure_id, "value": "36"}]},
        HTTP_IF_MATCH=published["ETag"],
    )
    assert corrected.status_code == 200, corrected.json()
    assert corrected.json()["status"] == "corrected"
    assert corrected.json()["figures"][0]["value"] == "36.000000"

    retracted = boss.post(
        f"/api/v1/claims/{claim.pk}/retract/",
        {"note": "Source withdrawn."},
        HTTP_IF_MATCH=corrected["ETag"],
    )
    assert retracted.json()["status"] == "retracted"
    assert list(
        ClaimTransition.objects.filter(claim=claim).values_list("to_status", flat=True)
    ) == ["in_review", "draft", "in_review", "published", "corrected", "retracted"]


def test_fact_checker_cannot_publish(fact_checker, make_claim):
    claim = make_claim(status="in_review")
    client = token_client(fact_checker)

    response = client.post(
        f"/api/v1/claims/{claim.pk}/publish/",
        {"verdict": "accurate", "explanation": "Fine."},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 403
    assert response.json() == {"detail": "Only a reviewer may publish a claim."}
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW


def test_reviewer_cannot_publish_a_claim_they_edited(reviewer, make_claim):
    claim = make_claim(status="in_review")
    client = token_client(reviewer)
    edited = client.patch(
        f"/api/v1/claims/{claim.pk}/", {"place": "Quito"}, HTTP_IF_MATCH=etag_of(client, claim.pk)
    )
    assert edited.status_code == 200

    response = client.post(
        f"/api/v1/claims/{claim.pk}/publish/",
        {"verdict": "accurate", "explanation": "Fine."},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 403
    assert "two-person rule" in response.json()["detail"]


def test_illegal_transition_is_400_on_status(reviewer, make_claim):
    claim = make_claim(status="draft")
    client = token_client(reviewer)

    response = client.post(
        f"/api/v1/claims/{claim.pk}/publish/",
        {"verdict": "accurate", "explanation": "Fine."},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 400
    assert response.json() == {
        "status": ["A draft claim cannot be published (submit it for review first)."]
    }


def test_retraction_needs_a_note_and_transition_needs_if_match(reviewer, make_claim):
    claim = make_claim(status="published")
    client = token_client(reviewer)

    assert client.post(f"/api/v1/claims/{claim.pk}/retract/", {"note": "x"}).status_code == 428
    response = client.post(
        f"/api/v1/claims/{claim.pk}/retract/",
        {"note": "   "},
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )
    assert response.status_code == 400
    assert list(response.json()) == ["note"]
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.PUBLISHED


def test_outsider_cannot_touch_a_draft_it_cannot_see(outsider, make_claim):
    claim = make_claim(status="draft")
    client = token_client(outsider)
    response = client.patch(f"/api/v1/claims/{claim.pk}/", {"place": "x"}, HTTP_IF_MATCH="*")
    assert response.status_code == 404
