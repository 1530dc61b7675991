"""A fact-checker accepts a suggestion (a draft claim with its figure, metric and verified
citation) or dismisses it; both are remembered, and neither can happen twice."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims.models import ClaimStatus, DecisionStatus, QuoteStatus
from intake import services as intake_services
from intake.models import Suggestion

pytestmark = pytest.mark.django_db


@pytest.fixture
def suggestions(article_file):  # type: ignore[no-untyped-def]
    report = intake_services.source_ingest(
        text=article_file.read_text(), origin="port.txt", publisher_name="Harbour News"
    )
    return {item.figures[0]["as_written"]: item for item in report.suggestions}


def test_accepting_makes_a_draft_claim_with_figure_metric_and_verified_citation(
    suggestions, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    suggestion = suggestions["46 per cent"]
    claim = intake_services.suggestion_accept(
        suggestion=suggestion, actor=fact_checker, metrics={0: "Fall in crime with Huawei cameras"}
    )
    assert claim.status == ClaimStatus.DRAFT
    assert claim.claimant.name == "Huawei"
    figure = claim.figures.get()
    assert (figure.value, figure.unit, figure.as_written) == (Decimal(46), "percent", "46 per cent")
    assert (figure.metric.name, figure.metric.unit) == (
        "Fall in crime with Huawei cameras",
        "percent",
    )
    citation = claim.citations.get()
    assert citation.quote_status == QuoteStatus.FOUND
    assert citation.position_start == suggestion.quote_start
    suggestion.refresh_from_db()
    assert (suggestion.status, suggestion.claim, suggestion.decided_by) == (
        DecisionStatus.ACCEPTED,
        claim,
        fact_checker,
    )


def test_an_unattributed_suggestion_falls_back_to_the_publisher(suggestions, fact_checker) -> None:  # type: ignore[no-untyped-def]
    claim = intake_services.suggestion_accept(
        suggestion=suggestions["8.4 million"], actor=fact_checker, metrics={0: "Port containers"}
    )
    assert claim.claimant.name in ("port authority", "Harbour News")


def test_dismissing_is_remembered_and_final(suggestions, fact_checker) -> None:  # type: ignore[no-untyped-def]
    suggestion = suggestions["almost 60 percent"]
    intake_services.suggestion_dismiss(
        suggestion=suggestion, actor=fact_checker, note="Not a claim"
    )
    suggestion.refresh_from_db()
    assert suggestion.status == DecisionStatus.DISMISSED
    assert suggestion.decision_note == "Not a claim"
    with pytest.raises(ValidationError, match="already dismissed"):
        intake_services.suggestion_accept(suggestion=suggestion, actor=fact_checker)


def test_a_suggestion_cannot_be_accepted_twice(suggestions, fact_checker) -> None:  # type: ignore[no-untyped-def]
    intake_services.suggestion_accept(
        suggestion=suggestions["46 per cent"], actor=fact_checker, metrics={0: "Crime fall"}
    )
    with pytest.raises(ValidationError, match="already accepted"):
        intake_services.suggestion_accept(suggestion=suggestions["46 per cent"], actor=fact_checker)


def test_an_editor_may_not_decide(suggestions, editor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        intake_services.suggestion_accept(suggestion=suggestions["46 per cent"], actor=editor)
    with pytest.raises(PermissionDenied):
        intake_services.suggestion_dismiss(suggestion=suggestions["46 per cent"], actor=editor)
    assert Suggestion.objects.filter(status=DecisionStatus.PENDING).count() == 3


def test_admin_accept_and_dismiss_buttons_call_the_services(
    client, suggestions, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    accept = suggestions["46 per cent"]
    response = client.post(
        reverse("admin:intake_suggestion_accept", args=[accept.pk]),
        {"new_claimant": "Huawei", "new_metric_0": "Crime fall"},
    )
    assert response.status_code == 302
    accept.refresh_from_db()
    assert accept.status == DecisionStatus.ACCEPTED
    assert response["Location"] == reverse("admin:claims_claim_change", args=[accept.claim_id])
    dismiss = suggestions["almost 60 percent"]
    client.post(reverse("admin:intake_suggestion_dismiss", args=[dismiss.pk]))
    dismiss.refresh_from_db()
    assert dismiss.status == DecisionStatus.DISMISSED
    listing = client.get(reverse("admin:intake_suggestion_changelist"))
    assert listing.status_code == 200


def test_admin_add_article_page_ingests_pasted_text(client, fact_checker, article_file) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    page = reverse("admin:intake_suggestion_add_article")
    assert client.get(page).status_code == 200
    response = client.post(
        page, {"text": article_file.read_text(), "title": "Record cargo", "publisher": ""}
    )
    assert response.status_code == 302
    assert Suggestion.objects.count() == 3


def test_admin_bulk_actions_decide_many(client, suggestions, fact_checker) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    ids = [item.pk for item in suggestions.values()]
    client.post(
        reverse("admin:intake_suggestion_changelist"),
        {"action": "dismiss_selected", "_selected_action": ids},
    )
    assert Suggestion.objects.filter(status=DecisionStatus.DISMISSED).count() == 3


def test_an_old_suggestion_address_in_the_admin_leads_to_its_new_one(client, fact_checker):  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)

    response = client.get("/admin/claims/suggestion/7/change/?_changelist_filters=status")

    assert response.status_code == 302
    assert response["Location"] == "/admin/intake/suggestion/7/change/?_changelist_filters=status"
