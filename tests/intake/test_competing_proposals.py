"""A suggested figure that looks like one already recorded (same unit, similar wording) is
proposed as a competing figure for that metric; accepting the proposal puts it there."""

from decimal import Decimal

import pytest
from django.db import connection

from claims import services
from claims.intake import trigram_similarity
from claims.intake_models import CompetingProposal, DecisionStatus
from tests.factories import MetricFactory

pytestmark = pytest.mark.django_db

ARTICLE = (
    "China's police force holds the world's biggest national database of over 1bn faces, "
    "captured for the national ID card system.\n"
)


@pytest.fixture
def recorded_face_database(make_claim, fact_checker):  # type: ignore[no-untyped-def]
    metric = MetricFactory(
        name="Faces in China's national facial recognition database", unit="count"
    )
    claim = services.claim_create(
        statement="China's national facial database holds the faces of 1.3 billion citizens.",
        claimant=make_claim().claimant,
        actor=fact_checker,
    )
    services.figure_add(
        claim=claim, actor=fact_checker, metric=metric, unit="count", value=Decimal("1.3e9")
    )
    return metric


def test_a_similar_figure_with_another_value_is_proposed(recorded_face_database) -> None:  # type: ignore[no-untyped-def]
    report = services.source_ingest(text=ARTICLE, origin="ft.txt")
    assert report.proposals == 1
    proposal = CompetingProposal.objects.get()
    assert proposal.metric == recorded_face_database
    assert proposal.value_differs is True
    assert proposal.figure["as_written"] == "over 1bn"


def test_a_figure_of_another_unit_is_not_proposed(recorded_face_database) -> None:  # type: ignore[no-untyped-def]
    services.source_ingest(
        text="China's national facial database covers 90 per cent of citizens' faces.\n"
    )
    assert CompetingProposal.objects.count() == 0


def test_accepting_the_proposal_puts_the_new_figure_on_that_metric(
    recorded_face_database, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    services.source_ingest(text=ARTICLE, origin="ft.txt", publisher_name="Financial Times")
    proposal = CompetingProposal.objects.get()
    services.proposal_decide(proposal=proposal, actor=fact_checker, accept=True)
    claim = services.suggestion_accept(suggestion=proposal.suggestion, actor=fact_checker)
    assert claim.figures.get().metric == recorded_face_database
    assert recorded_face_database.figures.count() == 2
    proposal.refresh_from_db()
    assert proposal.status == DecisionStatus.ACCEPTED


def test_python_trigram_similarity_matches_pg_trgm() -> None:
    pairs = [
        ("national database faces", "Faces in China's national facial recognition database"),
        ("lucrative surveillance industry", "Value of China's AI industry by 2030"),
    ]
    for left, right in pairs:
        ours = trigram_similarity(left, right)
        assert 0 <= ours <= 1
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT similarity(%s, %s)", [left, right])
                assert ours == pytest.approx(cursor.fetchone()[0], abs=1e-6)


def test_without_claimant_or_publisher_accepting_asks_who_says_it(
    recorded_face_database, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    from django.core.exceptions import ValidationError

    report = services.source_ingest(text=ARTICLE, origin="ft.txt")
    with pytest.raises(ValidationError, match="choose who says it"):
        services.suggestion_accept(suggestion=report.suggestions[0], actor=fact_checker)


def test_the_claim_page_shows_the_proposal_beside_the_recorded_figure(
    client, recorded_face_database, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    services.source_ingest(text=ARTICLE, origin="ft.txt")
    proposal = CompetingProposal.objects.get()
    client.force_login(fact_checker)

    body = client.get(
        f"/admin/claims/claim/{proposal.existing_figure.claim_id}/change/"
    ).content.decode()

    assert 'id="competing-proposals"' in body
    panel = body[body.index('id="competing-proposals"') :]
    assert "over 1bn" in panel and "1,300,000,000" in panel
