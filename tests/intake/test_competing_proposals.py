"""A suggested figure that looks like one already recorded (same unit, similar wording) is
proposed as a competing figure for that metric; accepting the proposal puts it there."""

from decimal import Decimal

import pytest
from django.db import connection

from claims import services
from claims.competing import trigram_similarity
from claims.models import CompetingProposal, DecisionStatus
from intake import services as intake_services
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
    report = intake_services.source_ingest(text=ARTICLE, origin="ft.txt")
    assert report.proposals == 1
    proposal = CompetingProposal.objects.get()
    assert proposal.metric == recorded_face_database
    assert proposal.value_differs is True
    assert proposal.suggested_figure["as_written"] == "over 1bn"


def test_a_figure_of_another_unit_is_not_proposed(recorded_face_database) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(
        text="China's national facial database covers 90 per cent of citizens' faces.\n"
    )
    assert CompetingProposal.objects.count() == 0


def test_accepting_the_proposal_puts_the_new_figure_on_that_metric(
    recorded_face_database, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(text=ARTICLE, origin="ft.txt", publisher_name="Financial Times")
    proposal = CompetingProposal.objects.get()
    services.proposal_decide(proposal=proposal, actor=fact_checker, accept=True)
    claim = intake_services.suggestion_accept(suggestion=proposal.suggestion, actor=fact_checker)
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

    report = intake_services.source_ingest(text=ARTICLE, origin="ft.txt")
    with pytest.raises(ValidationError, match="choose who says it"):
        intake_services.suggestion_accept(suggestion=report.suggestions[0], actor=fact_checker)


def test_the_claim_page_shows_the_proposal_beside_the_recorded_figure(
    client, recorded_face_database, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(text=ARTICLE, origin="ft.txt")
    proposal = CompetingProposal.objects.get()
    client.force_login(fact_checker)

    body = client.get(
        f"/admin/claims/claim/{proposal.existing_figure.claim_id}/change/"
    ).content.decode()

    assert 'id="competing-proposals"' in body
    panel = body[body.index('id="competing-proposals"') :]
    assert "over 1bn" in panel and "1.3 billion" in panel


def _article(paragraph: str, *, place_elsewhere: str = "Zimbabwe") -> str:
    """Six paragraphs about a deal in `place_elsewhere`, with `paragraph` in the middle."""
    return "\n\n".join(
        [
            "Harare signs an AI deal",
            f"Harare signed a deal with a Chinese start-up in March, officials in {place_elsewhere} "
            "said.",
            f"The start-up will build a facial recognition system for {place_elsewhere}'s police.",
            paragraph,
            f"Critics in {place_elsewhere} fear the data will leave the country.",
            f"The ministry in {place_elsewhere} did not answer questions.",
        ]
    )


DONATION = (
    "Export licences for surveillance products often went to governments rated not free. "
    "In 2016 Beijing gave $14 million of equipment to Ecuador, officials there said."
)


@pytest.fixture
def recorded_loan(make_claim, fact_checker):  # type: ignore[no-untyped-def]
    metric = MetricFactory(
        name="Chinese funding for Ecuador's surveillance system", unit="currency"
    )
    claim = services.claim_create(
        statement="A $240 million Chinese loan paid for Ecuador's cameras and response centres.",
        claimant=make_claim().claimant,
        actor=fact_checker,
        place="Ecuador",
    )
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=metric,
        unit="currency",
        currency="USD",
        value=Decimal("240000000"),
    )
    return metric


def test_a_figure_about_the_same_local_place_and_subject_is_proposed_however_worded(
    recorded_loan,
) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(text=_article(DONATION))

    proposal = CompetingProposal.objects.get()
    assert proposal.metric == recorded_loan
    assert proposal.suggested_figure["as_written"] == "$14 million"
    assert proposal.value_differs is True
    assert proposal.similarity < 0.25  # the wording alone would not have done it
    assert proposal.reason == "both about Ecuador, and “surveillance” is named around it"


def test_a_place_the_whole_article_is_about_does_not_make_figures_compete(
    recorded_loan,
) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(text=_article(DONATION, place_elsewhere="Ecuador"))

    assert not CompetingProposal.objects.exists()


def test_the_place_without_the_metrics_subject_does_not_make_figures_compete(
    recorded_loan,
) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(
        text=_article(DONATION.replace("Export licences for surveillance products", "Licences"))
    )

    assert not CompetingProposal.objects.exists()


def test_a_recorded_figure_of_another_place_is_not_proposed(recorded_loan) -> None:  # type: ignore[no-untyped-def]
    intake_services.source_ingest(text=_article(DONATION.replace("Ecuador", "Bolivia")))

    assert not CompetingProposal.objects.exists()
