"""The claim page carries its figures as schema.org Observations (JSON-LD) beside its
ClaimReview, each pointing at the figure's panel; a retracted claim's page and a draft's preview
carry neither."""

import pytest

from claims import services
from tests.json_ld_cases import observed_claim
from tests.pages.test_claim_page import json_ld_blocks

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(make_claim, fact_checker, reviewer):  # type: ignore[no-untyped-def]
    return observed_claim(make_claim, fact_checker, reviewer)


def test_the_page_carries_an_observation_for_each_figure_pointing_at_its_panel(client, claim):
    body = client.get(f"/claims/{claim.pk}/").content.decode()

    review, observations = json_ld_blocks(body)
    assert review["@type"] == "ClaimReview"
    graph = observations["@graph"]
    assert len(graph) == claim.figures.count() == 5
    for observation, figure in zip(graph, claim.figures.all(), strict=True):
        assert observation["@id"] == f"http://testserver/claims/{claim.pk}/#figure-{figure.pk}"
        assert f'id="figure-{figure.pk}"' in body


def test_a_retracted_claims_page_carries_no_observation(client, claim, reviewer):
    services.claim_retract(claim=claim, actor=reviewer, reason="Source withdrawn.")

    body = client.get(f"/claims/{claim.pk}/").content.decode()

    assert json_ld_blocks(body) == []
    assert "Observation" not in body


def test_a_drafts_preview_carries_no_observation(client, make_claim, reviewer):
    draft = make_claim(status="draft")
    client.force_login(reviewer)

    body = client.get(f"/claims/{draft.pk}/").content.decode()

    assert json_ld_blocks(body) == []
