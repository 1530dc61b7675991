"""Review that fact-checkers can trust: two-person sign-off, assignment, corrections that keep the
record, and audit history nobody can rewrite."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimStatus, ClaimTransition, Figure
from claims.permissions import GROUP_REVIEWER, claim_access
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_reviewer_cannot_publish_own_claim(reviewer, make_claim):
    claim = make_claim(status="in_review", created_by=reviewer)
    claim.created_by = reviewer
    claim.save()

    with pytest.raises(PermissionDenied, match="two-person rule"):
        services.claim_publish(claim=claim, actor=reviewer, verdict="accurate", explanation="Fine.")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW


def test_reviewer_who_last_edited_a_claim_cannot_publish_it(reviewer, make_claim):
    claim = make_claim(status="in_review")
    services.claim_update(claim=claim, actor=reviewer, place="Nairobi")
    assert claim_access(reviewer, claim).can_publish is False

    with pytest.raises(PermissionDenied, match="another reviewer must publish it"):
        services.claim_publish(claim=claim, actor=reviewer, verdict="accurate", explanation="Fine.")


def test_second_reviewer_can_publish_what_the_first_edited(reviewer, make_claim):
    claim = make_claim(status="in_review")
    services.claim_update(claim=claim, actor=reviewer, place="Nairobi")
    other = UserFactory(username="frank-reviewer", groups=[GROUP_REVIEWER])

    services.claim_publish(
        claim=claim, actor=other, verdict="accurate", explanation="Checked.", note="ok"
    )

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    decision = ClaimTransition.objects.filter(claim=claim).last()
    assert decision is not None
    assert (decision.actor, decision.verdict, decision.explanation, decision.note) == (
        other,
        "accurate",
        "Checked.",
        "ok",
    )


def test_workflow_page_explains_the_two_person_rule(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    services.claim_update(claim=claim, actor=reviewer, place="Quito")
    client.force_login(reviewer)

    page = client.get(reverse("admin:claims_claim_workflow", args=[claim.pk, "publish"]))

    assert "another reviewer must publish it (two-person rule: nobody who drafted a claim or" in (
        page.content.decode()
    )


def test_assigning_a_reviewer_who_wrote_the_claim_is_refused(fact_checker, reviewer, make_claim):
    claim = make_claim(status="draft")
    with pytest.raises(ValidationError) as error:
        services.claim_assign(
            claim=claim, actor=fact_checker, fact_checker=fact_checker, reviewer=fact_checker
        )
    assert "assigned_reviewer" in error.value.message_dict


def test_assignment_does_not_make_the_assigner_the_last_editor(fact_checker, reviewer, make_claim):
    claim = make_claim(status="in_review")
    services.claim_assign(claim=claim, actor=reviewer, fact_checker=fact_checker, reviewer=reviewer)
    claim.refresh_from_db()
    assert claim.assigned_reviewer == reviewer and claim.last_edited_by == fact_checker
    assert claim_access(reviewer, claim).can_publish is True


def test_my_claims_and_waiting_for_my_review_views(client, fact_checker, reviewer, make_claim):
    mine = make_claim(status="draft", statement="Mine to check.")
    services.claim_assign(claim=mine, actor=fact_checker, fact_checker=fact_checker, reviewer=None)
    for_review = make_claim(status="in_review", statement="Waiting for Bob.")
    services.claim_assign(claim=for_review, actor=reviewer, fact_checker=None, reviewer=reviewer)
    other_reviewer = UserFactory(username="grace-reviewer", groups=[GROUP_REVIEWER])
    not_bobs = make_claim(status="in_review", statement="Waiting for Grace.")
    services.claim_assign(
        claim=not_bobs, actor=reviewer, fact_checker=None, reviewer=other_reviewer
    )
    changelist = reverse("admin:claims_claim_changelist")

    client.force_login(reviewer)
    review = client.get(changelist, {"mine": "review"}).content.decode()
    assert "Waiting for Bob." in review and "Waiting for Grace." not in review

    client.force_login(fact_checker)
    own = client.get(changelist, {"mine": "claims"}).content.decode()
    assert "Mine to check." in own


def test_correction_changes_a_figure_and_keeps_the_earlier_one_readable(reviewer, make_claim):
    claim = make_claim(status="published")
    figure = claim.figures.get()

    services.claim_correct(
        claim=claim,
        actor=reviewer,
        note="The figure was 36 per cent, not 46: a typo in our first version.",
        verdict="misleading",
        figure_changes={figure.pk: {"value": 36}},
    )

    claim.refresh_from_db()
    figure.refresh_from_db()
    assert claim.status == ClaimStatus.CORRECTED and claim.verdict == "misleading"
    assert figure.value == 36
    assert [float(h.value) for h in figure.history.order_by("history_date")][-2:] == [46.0, 36.0]
    verdicts = list(ClaimTransition.objects.filter(claim=claim).values_list("to_status", "verdict"))
    assert ("published", "unsupported") in verdicts and ("corrected", "misleading") in verdicts


def test_correction_without_a_note_is_refused_and_changes_nothing(reviewer, make_claim):
    claim = make_claim(status="published")
    figure = claim.figures.get()
    with pytest.raises(ValidationError) as error:
        services.claim_correct(
            claim=claim, actor=reviewer, note=" ", figure_changes={figure.pk: {"value": 1}}
        )
    assert "note" in error.value.message_dict
    figure.refresh_from_db()
    assert figure.value == 46


def test_correction_cannot_touch_another_claims_figure(reviewer, make_claim):
    claim, other = make_claim(status="published"), make_claim(status="published")
    with pytest.raises(ValidationError, match="does not belong to this claim"):
        services.claim_correct(
            claim=claim,
            actor=reviewer,
            note="x",
            figure_changes={other.figures.get().pk: {"value": 1}},
        )


def test_history_cannot_be_reverted_or_deleted_from_the_admin(client, admin_user, make_claim):
    claim = make_claim(status="draft")
    record = claim.history.earliest()
    client.force_login(admin_user)

    revert = client.get(
        reverse("admin:claims_claim_simple_history", args=[claim.pk, record.history_id])
    )

    assert revert.status_code in (403, 404) or "Revert" not in revert.content.decode()
    assert claim.history.count() >= 1
    delete = client.post(reverse("admin:claims_claim_delete", args=[claim.pk]), {"post": "yes"})
    assert delete.status_code == 403
    assert Claim.objects.filter(pk=claim.pk).exists()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="history triggers are PostgreSQL-only"
)
@pytest.mark.parametrize(
    "table",
    [
        "claims_historicalclaim",
        "claims_historicalfigure",
        "claims_historicalcitation",
        "claims_claimtransition",
        "sources_historicalsource",
    ],
)
def test_postgres_refuses_update_and_delete_of_audit_rows(make_claim, table):
    make_claim(status="published")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")
        before = cursor.fetchone()[0]
    assert before > 0
    for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}"):
        with (
            pytest.raises(DatabaseError, match="audit_record_is_append_only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")
        assert cursor.fetchone()[0] == before


def test_figures_of_a_published_claim_change_only_by_correction(fact_checker, reviewer, make_claim):
    claim = make_claim(status="published")
    figure = Figure.objects.get(claim=claim)
    with pytest.raises(PermissionDenied):
        services.figure_update(figure=figure, actor=fact_checker, value=1)
    with pytest.raises(PermissionDenied):
        services.figure_update(figure=figure, actor=reviewer, value=1)
