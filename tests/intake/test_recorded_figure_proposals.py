"""A figure a fact-checker records by hand, alone under a metric of its own, that looks like a
figure recorded for another metric (same unit, similar wording, another value) is proposed as
a competing figure for that metric; accepting moves it there, dismissing is remembered."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims import services
from claims.models import Claim, CompetingProposal, DecisionStatus, Figure, Metric, Rank, Verdict
from intake import services as intake_services
from tests.factories import ClaimFactory, FigureFactory, MetricFactory, SnapshotFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db

LOAN = "A $240 million Chinese loan paid for Ecuador's surveillance cameras."


@pytest.fixture
def recorded_donation() -> Figure:
    """Already recorded (by whoever, earlier): a $14m donation to Ecuador's surveillance."""
    return FigureFactory(
        claim=ClaimFactory(
            statement="Beijing donated $14 million worth of surveillance equipment to Ecuador.",
            place="Ecuador",
        ),
        metric=MetricFactory(
            name="Chinese funding for Ecuador's surveillance system", unit="currency"
        ),
        unit="currency",
        currency="USD",
        value=Decimal("14000000"),
        as_written="$14 million",
    )


@pytest.fixture
def loan_claim(fact_checker) -> Claim:  # type: ignore[no-untyped-def]
    claim: Claim = ClaimFactory(statement=LOAN, created_by=fact_checker)
    return claim


@pytest.fixture
def loan_metric() -> Metric:
    metric: Metric = MetricFactory(
        name="Chinese loans for Ecuador's surveillance network", unit="currency"
    )
    return metric


def _add_loan(claim: Claim, actor, metric: Metric, value: str = "240000000", **extra) -> Figure:  # type: ignore[no-untyped-def]
    return services.figure_add(
        claim=claim,
        actor=actor,
        metric=metric,
        unit="currency",
        currency="USD",
        value=Decimal(value),
        as_written="$240 million loan",
        **extra,
    )


def _admin_add_figure(client, claim: Claim, metric: Metric, value: str) -> None:  # type: ignore[no-untyped-def]
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = form_data(client.get(url).content.decode(), form_id="claim_form")
    index = int(str(data["figures-TOTAL_FORMS"]))
    data.update(
        {
            "figures-TOTAL_FORMS": str(index + 1),
            f"figures-{index}-metric": str(metric.pk),
            f"figures-{index}-qualifier": "exact",
            f"figures-{index}-value": value,
            f"figures-{index}-unit": "currency",
            f"figures-{index}-currency": "USD",
            f"figures-{index}-as_written": "$240 million loan",
            f"figures-{index}-date_value_precision": "unknown",
            f"figures-{index}-rank": "normal",
            f"figures-{index}-difference": "none",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def _decide(client, proposal: CompetingProposal, action: str):  # type: ignore[no-untyped-def]
    claim_page = reverse("admin:claims_claim_change", args=[proposal.figure.claim_id])
    return client.post(
        reverse(f"admin:claims_competingproposal_{action}", args=[proposal.pk]),
        {"next": claim_page},
        follow=True,
    )


def test_a_figure_added_in_the_admin_is_proposed_for_the_look_alike_metric(
    client, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)

    _admin_add_figure(client, loan_claim, loan_metric, "240000000")

    added = loan_claim.figures.get()
    proposal = CompetingProposal.objects.get()
    assert proposal.figure == added
    assert proposal.suggestion is None
    assert proposal.existing_figure == recorded_donation
    assert proposal.metric == recorded_donation.metric
    assert proposal.value_differs is True
    assert proposal.status == DecisionStatus.PENDING
    assert added.metric == loan_metric  # nothing moves until someone says yes


def test_a_figure_added_through_the_api_is_proposed(
    fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    api = APIClient()
    token, _ = Token.objects.get_or_create(user=fact_checker)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    etag = api.get(f"/api/v1/claims/{loan_claim.pk}/")["ETag"]

    response = api.post(
        f"/api/v1/claims/{loan_claim.pk}/figures/",
        {"metric": loan_metric.pk, "unit": "currency", "currency": "USD", "value": "240000000"},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 201, response.content
    proposal = CompetingProposal.objects.get()
    assert proposal.figure == loan_claim.figures.get()
    assert proposal.metric == recorded_donation.metric


def test_a_figure_that_looks_like_nothing_recorded_is_not_proposed(
    client, fact_checker, recorded_donation
) -> None:  # type: ignore[no-untyped-def]
    claim = ClaimFactory(statement="Ghana earned $2 billion from cocoa exports in 2019.")
    client.force_login(fact_checker)

    _admin_add_figure(
        client, claim, MetricFactory(name="Ghana's cocoa export earnings", unit="currency"), "2e9"
    )

    assert claim.figures.count() == 1
    assert not CompetingProposal.objects.exists()


def test_a_figure_of_the_same_value_is_not_proposed(
    fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    _add_loan(loan_claim, fact_checker, loan_metric, value="14000000")

    assert not CompetingProposal.objects.exists()


def test_a_figure_of_another_currency_is_not_proposed(
    fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    services.figure_add(
        claim=loan_claim,
        actor=fact_checker,
        metric=loan_metric,
        unit="currency",
        currency="CNY",
        value=Decimal("1600000000"),
    )

    assert not CompetingProposal.objects.exists()


def test_a_figure_joining_a_metric_that_already_has_figures_is_not_proposed(
    fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    FigureFactory(metric=loan_metric, unit="currency", currency="USD", value=Decimal("2e8"))

    _add_loan(loan_claim, fact_checker, loan_metric)

    assert not CompetingProposal.objects.exists()


def test_accepting_moves_the_figure_onto_the_recorded_metric(
    client, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    added = _add_loan(loan_claim, fact_checker, loan_metric)
    proposal = CompetingProposal.objects.get()
    version = Claim.objects.get(pk=loan_claim.pk).version
    client.force_login(fact_checker)

    response = _decide(client, proposal, "accept")

    assert response.status_code == 200
    assert "recorded as a competing figure" in response.content.decode()
    added.refresh_from_db()
    assert added.metric == recorded_donation.metric
    assert set(recorded_donation.metric.figures.all()) == {recorded_donation, added}
    assert not loan_metric.figures.exists()
    proposal.refresh_from_db()
    assert proposal.status == DecisionStatus.ACCEPTED
    assert proposal.decided_by == fact_checker and proposal.decided_at is not None
    assert Claim.objects.get(pk=loan_claim.pk).version == version + 1


def test_a_preferred_figure_joins_a_metric_with_a_preferred_one_as_normal(
    fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    recorded_donation.rank = Rank.PREFERRED
    recorded_donation.save()
    added = _add_loan(loan_claim, fact_checker, loan_metric, rank=Rank.PREFERRED)

    services.proposal_decide(
        proposal=CompetingProposal.objects.get(), actor=fact_checker, accept=True
    )

    added.refresh_from_db()
    assert added.metric == recorded_donation.metric
    assert added.rank == Rank.NORMAL
    assert recorded_donation.metric.figures.filter(rank=Rank.PREFERRED).get() == recorded_donation


def test_dismissing_is_remembered_and_never_proposed_again(
    client, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    added = _add_loan(loan_claim, fact_checker, loan_metric)
    proposal = CompetingProposal.objects.get()
    client.force_login(fact_checker)

    response = _decide(client, proposal, "dismiss")

    assert "will not be proposed again" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == DecisionStatus.DISMISSED
    added.refresh_from_db()
    assert added.metric == loan_metric
    # A new value asks again, but not about a pair already decided.
    services.figure_update(figure=added, actor=fact_checker, value=Decimal("250000000"))
    assert list(CompetingProposal.objects.values_list("status", flat=True)) == ["dismissed"]


def test_a_changed_value_withdraws_an_undecided_proposal(
    fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    added = _add_loan(loan_claim, fact_checker, loan_metric)
    assert CompetingProposal.objects.count() == 1

    services.figure_update(figure=added, actor=fact_checker, value=Decimal("14000000"))

    assert not CompetingProposal.objects.exists()


def test_an_editor_may_not_decide_and_nothing_moves(
    client, editor, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    added = _add_loan(loan_claim, fact_checker, loan_metric)
    proposal = CompetingProposal.objects.get()
    client.force_login(editor)

    response = _decide(client, proposal, "accept")

    assert "Only fact-checkers decide" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.status == DecisionStatus.PENDING
    added.refresh_from_db()
    assert added.metric == loan_metric


def test_a_figure_of_a_published_claim_is_not_moved(
    reviewer, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    added = _add_loan(loan_claim, fact_checker, loan_metric)
    proposal = CompetingProposal.objects.get()
    snapshot = SnapshotFactory(text=f"The report said: {LOAN}")
    services.citation_add(claim=loan_claim, actor=fact_checker, source=snapshot.source, quote=LOAN)
    services.claim_submit_for_review(claim=loan_claim, actor=fact_checker)
    services.claim_publish(
        claim=loan_claim,
        actor=reviewer,
        verdict=Verdict.UNSUPPORTED,
        explanation="No loan agreement is public.",
    )

    with pytest.raises(PermissionDenied):
        services.proposal_decide(proposal=proposal, actor=fact_checker, accept=True)

    proposal.refresh_from_db()
    assert proposal.status == DecisionStatus.PENDING  # the refusal decided nothing
    added.refresh_from_db()
    assert added.metric == loan_metric


def test_the_claim_page_shows_the_proposal_with_its_buttons_outside_the_claim_form(
    client, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    _add_loan(loan_claim, fact_checker, loan_metric)
    proposal = CompetingProposal.objects.get()
    client.force_login(fact_checker)

    body = client.get(reverse("admin:claims_claim_change", args=[loan_claim.pk])).content.decode()

    panel = body[body.index('id="competing-proposals"') :]
    assert "$240 million loan" in panel and "$14 million" in panel
    assert reverse("admin:claims_competingproposal_accept", args=[proposal.pk]) in panel
    assert 'form="proposal-decisions"' in panel
    # The decisions form follows the claim's form: Enter in a claim field still saves the claim.
    assert body.index('id="proposal-decisions"') > body.index("</form>")
    assert "next" not in form_data(body, form_id="claim_form")

    # The recorded figure's claim shows it too.
    other = client.get(
        reverse("admin:claims_claim_change", args=[recorded_donation.claim_id])
    ).content.decode()
    assert 'id="competing-proposals"' in other and "$240 million loan" in other


def test_a_figure_from_an_accepted_suggestion_is_not_proposed_twice(
    fact_checker,
) -> None:  # type: ignore[no-untyped-def]
    metric = MetricFactory(
        name="Faces in China's national facial recognition database", unit="count"
    )
    FigureFactory(
        claim=ClaimFactory(statement="China's facial database holds 1.3 billion faces."),
        metric=metric,
        unit="count",
        value=Decimal("1.3e9"),
    )
    report = intake_services.source_ingest(
        text="China's police force holds the world's biggest national database of over 1bn "
        "faces, captured for the national ID card system.\n",
        publisher_name="Financial Times",
    )
    assert report.proposals == 1

    claim = intake_services.suggestion_accept(
        suggestion=report.suggestions[0], actor=fact_checker, metrics={0: "Faces held by police"}
    )

    figure = claim.figures.get()
    assert figure.metric != metric
    assert CompetingProposal.objects.count() == 1
    # Nor later, when its value is corrected: the suggestion's proposal stands for it.
    services.figure_update(figure=figure, actor=fact_checker, value=Decimal("1.1e9"))
    assert CompetingProposal.objects.count() == 1
    assert CompetingProposal.objects.get().figure is None


def test_loading_the_seed_dataset_proposes_nothing(seed_dataset) -> None:  # type: ignore[no-untyped-def]
    assert Figure.objects.exists()
    assert not CompetingProposal.objects.exists()


def test_the_proposal_list_names_where_each_new_figure_comes_from(
    client, fact_checker, recorded_donation, loan_claim, loan_metric
) -> None:  # type: ignore[no-untyped-def]
    _add_loan(loan_claim, fact_checker, loan_metric)
    client.force_login(fact_checker)

    body = client.get(reverse("admin:claims_competingproposal_changelist")).content.decode()

    assert "$240 million loan" in body
    assert "Recorded on" in body and "similar wording" in body


def test_only_the_few_most_similar_lookalikes_are_proposed(fact_checker, loan_claim, loan_metric):
    """Among many lookalikes a fact-checker is shown a handful, the closest first, and the
    search reads a bounded number of candidates however many figures are recorded."""
    from claims.competing import MAX_PROPOSALS_PER_FIGURE

    close = []
    for number in range(MAX_PROPOSALS_PER_FIGURE + 4):
        close.append(
            FigureFactory(
                claim=ClaimFactory(statement=LOAN.replace("240", str(300 + number))),
                metric=MetricFactory(
                    name=f"Chinese loans for Ecuador's surveillance network {number}",
                    unit="currency",
                ),
                unit="currency",
                currency="USD",
                value=Decimal(100_000_000 + number),
            )
        )
    unrelated = FigureFactory(
        claim=ClaimFactory(statement="Kenya bought drones for its wildlife service."),
        metric=MetricFactory(name="Drone purchases by Kenya Wildlife Service", unit="currency"),
        unit="currency",
        currency="USD",
        value=Decimal("5000000"),
    )

    figure = _add_loan(loan_claim, fact_checker, loan_metric)

    proposed = list(CompetingProposal.objects.filter(figure=figure).order_by("-similarity"))
    assert len(proposed) == MAX_PROPOSALS_PER_FIGURE
    assert {p.existing_figure_id for p in proposed} <= {f.pk for f in close}
    assert unrelated.pk not in {p.existing_figure_id for p in proposed}
    similarities = [p.similarity for p in proposed]
    assert similarities == sorted(similarities, reverse=True)
