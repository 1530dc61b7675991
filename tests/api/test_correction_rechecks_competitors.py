"""A correction that changes a figure asks again which recorded figures it competes with, as
any other figure change does: the same re-check (claims.services.figure_apply_changes)."""

from decimal import Decimal

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims import services
from claims.models import Claim, CompetingProposal, Figure, Verdict
from tests.factories import ClaimFactory, FigureFactory, MetricFactory, SnapshotFactory

pytestmark = pytest.mark.django_db

GRANT = "A $30 million grant paid for Westmark's flood barriers."


def _client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def recorded_grant() -> Figure:
    """Recorded earlier under its own metric: a grant for the same flood barriers."""
    return FigureFactory(
        claim=ClaimFactory(
            statement="The ministry granted $12 million for Westmark's flood barriers.",
            place="Westmark",
        ),
        metric=MetricFactory(name="Public money for Westmark's flood barriers", unit="currency"),
        unit="currency",
        currency="USD",
        value=Decimal("12000000"),
        as_written="$12 million",
    )


@pytest.fixture
def published_grant(fact_checker, reviewer, recorded_grant) -> Claim:  # type: ignore[no-untyped-def]
    """A published claim whose only figure has the recorded value: nothing to propose yet."""
    claim: Claim = ClaimFactory(statement=GRANT, created_by=fact_checker)
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=MetricFactory(name="Grants for Westmark's flood barriers", unit="currency"),
        unit="currency",
        currency="USD",
        value=Decimal("12000000"),
        as_written="$12 million grant",
    )
    snapshot = SnapshotFactory(text=f"The council said: {GRANT}")
    services.citation_add(claim=claim, actor=fact_checker, source=snapshot.source, quote=GRANT)
    services.claim_submit_for_review(claim=claim, actor=fact_checker)
    services.claim_publish(
        claim=claim, actor=reviewer, verdict=Verdict.ACCURATE, explanation="The grant is public."
    )
    return claim


def test_a_corrected_figure_value_is_proposed_against_the_look_alike(
    reviewer, recorded_grant, published_grant
) -> None:  # type: ignore[no-untyped-def]
    # The same value only corroborates, so publishing proposed nothing.
    assert not CompetingProposal.objects.exists()
    client = _client(reviewer)
    etag = client.get(f"/api/v1/claims/{published_grant.pk}/")["ETag"]
    figure = published_grant.figures.get()

    response = client.post(
        f"/api/v1/claims/{published_grant.pk}/correct/",
        {"note": "The grant was $30 million.", "figures": [{"id": figure.pk, "value": "30000000"}]},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200, response.json()
    assert response.json()["figures"][0]["value"] == "30000000.000000"
    proposal = CompetingProposal.objects.get()
    assert (proposal.figure_id, proposal.existing_figure_id) == (figure.pk, recorded_grant.pk)
    assert proposal.metric_id == recorded_grant.metric_id


def test_a_correction_back_to_the_recorded_value_withdraws_the_undecided_proposal(
    reviewer, recorded_grant, published_grant
) -> None:  # type: ignore[no-untyped-def]
    figure = published_grant.figures.get()
    services.claim_correct(
        claim=published_grant,
        actor=reviewer,
        note="The grant was $30 million.",
        figure_changes={figure.pk: {"value": Decimal("30000000")}},
    )
    assert CompetingProposal.objects.count() == 1

    services.claim_correct(
        claim=published_grant,
        actor=reviewer,
        note="It was $12 million after all.",
        figure_changes={figure.pk: {"value": Decimal("12000000")}},
    )

    assert not CompetingProposal.objects.exists()


def test_a_correction_that_changes_no_compared_field_asks_nothing(
    reviewer, recorded_grant, published_grant
) -> None:  # type: ignore[no-untyped-def]
    figure = published_grant.figures.get()

    services.claim_correct(
        claim=published_grant,
        actor=reviewer,
        note="The period is 2025.",
        figure_changes={figure.pk: {"period": "2025"}},
    )

    assert not CompetingProposal.objects.exists()
