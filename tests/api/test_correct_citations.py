"""A correction through the API fixes the evidence too: a cited quote changed, a source added,
with one public note, all or nothing (the same service as the admin's Correct page)."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import Claim
from tests.factories import SnapshotFactory

pytestmark = pytest.mark.django_db


def _client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def _correct(client: APIClient, claim: Claim, body: dict[str, object]):  # type: ignore[no-untyped-def]
    etag = client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    return client.post(
        f"/api/v1/claims/{claim.pk}/correct/", body, format="json", HTTP_IF_MATCH=etag
    )


def test_a_correction_changes_a_quote_and_cites_another_source(reviewer, make_claim):
    claim = make_claim(status="published")
    citation = claim.citations.get()
    other = SnapshotFactory(text="Officials later said crime fell by 40 per cent, not 46.")
    client = _client(reviewer)

    response = _correct(
        client,
        claim,
        {
            "note": "The city's own later figure added.",
            "citations": [
                {"id": citation.pk, "quote": "crime fell by 46 per cent after the cameras"}
            ],
            "new_citations": [{"source": other.source_id, "quote": "crime fell by 40 per cent"}],
        },
    )

    assert response.status_code == 200, response.json()
    quotes = sorted(c["quote"] for c in response.json()["citations"])
    assert quotes == ["crime fell by 40 per cent", "crime fell by 46 per cent after the cameras"]
    assert response.json()["status"] == "corrected"
    assert claim.frozen_versions.latest("version").note == "The city's own later figure added."


def test_a_new_quote_not_in_its_source_refuses_the_whole_correction(reviewer, make_claim):
    claim = make_claim(status="published")
    other = SnapshotFactory()
    version = claim.version

    response = _correct(
        _client(reviewer),
        claim,
        {
            "note": "Adding a source.",
            "verdict": "misleading",
            "new_citations": [{"source": other.source_id, "quote": "words nowhere in the source"}],
        },
    )

    assert response.status_code == 400
    assert "new_citations" in response.json() or "quote" in str(response.json())
    claim.refresh_from_db()
    assert (claim.version, claim.status, claim.citations.count()) == (version, "published", 1)


def test_a_citation_of_another_claim_is_refused(reviewer, make_claim):
    claim = make_claim(status="published")
    stranger = make_claim(status="published").citations.get()

    response = _correct(
        _client(reviewer),
        claim,
        {"note": "x", "citations": [{"id": stranger.pk, "quote": "crime fell"}]},
    )

    assert response.status_code == 400
    stranger.refresh_from_db()
    assert stranger.quote == "crime fell by 46 per cent"
