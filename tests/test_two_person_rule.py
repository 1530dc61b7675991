"""The two-person rule over the whole review: nobody who drafted a claim, or changed its substance
since it was last reviewed, may publish it. Through the API and the admin, as reviewers would."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims import services
from claims.models import Claim, ClaimEdit, ClaimStatus
from claims.permissions import GROUP_REVIEWER, claim_access
from tests.factories import (
    ClaimFactory,
    EntityFactory,
    MetricFactory,
    SnapshotFactory,
    UserFactory,
)
from tests.forms import form_data

pytestmark = pytest.mark.django_db

PUBLISH = {"verdict": "misleading", "explanation": "One district only.", "note": ""}


@pytest.fixture
def second_reviewer(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="frank-reviewer", groups=[GROUP_REVIEWER])


def api_client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def etag_of(client: APIClient, claim: Claim) -> str:
    return str(client.get(f"/api/v1/claims/{claim.pk}/")["ETag"])


def api_write(user, method: str, url: str, claim: Claim, payload: dict[str, object]):  # type: ignore[no-untyped-def]
    client = api_client(user)
    etag = etag_of(client, claim)
    return getattr(client, method)(url, payload, format="json", HTTP_IF_MATCH=etag)


def publish_through_api(user, claim: Claim):  # type: ignore[no-untyped-def]
    return api_write(user, "post", f"/api/v1/claims/{claim.pk}/publish/", claim, PUBLISH)


def reviewer_changes_figure_then_fact_checker_changes_place(  # type: ignore[no-untyped-def]
    claim: Claim, reviewer, fact_checker
) -> None:
    figure = claim.figures.get()
    changed = api_write(reviewer, "patch", f"/api/v1/figures/{figure.pk}/", claim, {"value": "64"})
    assert changed.status_code == 200, changed.json()
    placed = api_write(
        fact_checker, "patch", f"/api/v1/claims/{claim.pk}/", claim, {"place": "Leeds"}
    )
    assert placed.status_code == 200, placed.json()


def test_reviewer_who_changed_a_figure_may_not_publish_after_someone_else_changed_the_place(
    make_claim, fact_checker, reviewer, second_reviewer
):
    claim = make_claim(status="in_review")
    reviewer_changes_figure_then_fact_checker_changes_place(claim, reviewer, fact_checker)

    refused = publish_through_api(reviewer, claim)

    assert refused.status_code == 403
    detail = refused.json()["detail"]
    assert "since it was last reviewed" in detail and "two-person rule" in detail
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW

    published = publish_through_api(second_reviewer, claim)

    assert published.status_code == 200, published.json()
    assert published.json()["status"] == "published"
    assert (claim.figures.get().value, Claim.objects.get(pk=claim.pk).place) == (64, "Leeds")


def test_admin_publish_page_names_the_rule_and_refuses(
    client, make_claim, fact_checker, reviewer, second_reviewer
):
    claim = make_claim(status="in_review")
    reviewer_changes_figure_then_fact_checker_changes_place(claim, reviewer, fact_checker)
    client.force_login(reviewer)
    page_url = reverse("admin:claims_claim_workflow", args=[claim.pk, "publish"])

    change_page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content
    page = client.get(page_url).content.decode()
    posted = client.post(page_url, PUBLISH)

    assert page_url.encode() not in change_page  # no Publish button
    assert "since it was last reviewed" in page and "two-person rule" in page
    assert posted.status_code == 200 and "two-person rule" in posted.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW
    client.force_login(second_reviewer)
    assert client.post(page_url, PUBLISH).status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.PUBLISHED


def test_waiting_for_my_review_leaves_out_claims_i_changed_since_the_last_review(
    client, make_claim, fact_checker, reviewer, second_reviewer
):
    changed = make_claim(status="in_review", statement="Changed by Bob, then by Alice.")
    reviewer_changes_figure_then_fact_checker_changes_place(changed, reviewer, fact_checker)
    untouched = make_claim(status="in_review", statement="Only the fact-checker worked on this.")
    changelist = reverse("admin:claims_claim_changelist")

    client.force_login(reviewer)
    bobs = client.get(changelist, {"mine": "review"}).content.decode()
    client.force_login(second_reviewer)
    franks = client.get(changelist, {"mine": "review"}).content.decode()

    assert untouched.statement in bobs and changed.statement not in bobs
    assert untouched.statement in franks and changed.statement in franks
    assert list(Claim.objects.waiting_for_review_by(reviewer)) == [untouched]


def test_author_may_not_publish_even_when_others_edited_since(
    fact_checker, reviewer, second_reviewer
):
    snapshot = SnapshotFactory()
    claim = services.claim_create(
        statement="Crime fell by 46 per cent.", claimant=EntityFactory(), actor=reviewer
    )
    services.figure_add(
        claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=46
    )
    services.citation_add(
        claim=claim, actor=fact_checker, source=snapshot.source, quote="crime fell by 46 per cent"
    )
    services.claim_submit_for_review(claim=claim, actor=fact_checker)

    refused = publish_through_api(reviewer, claim)

    assert refused.status_code == 403
    assert refused.json()["detail"].startswith("You drafted this claim")
    assert "two-person rule" in refused.json()["detail"]
    assert claim not in Claim.objects.waiting_for_review_by(reviewer)
    assert publish_through_api(second_reviewer, claim).status_code == 200


def test_reviewer_who_only_assigned_people_and_submitted_may_publish(
    client, make_claim, fact_checker, reviewer
):
    claim = make_claim(status="draft")
    client.force_login(reviewer)
    change_url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = form_data(client.get(change_url).content.decode(), form_id="claim_form")
    data.update(
        {"assigned_fact_checker": str(fact_checker.pk), "assigned_reviewer": str(reviewer.pk)}
    )

    assigned = client.post(change_url, data)
    submitted = client.post(
        reverse("admin:claims_claim_workflow", args=[claim.pk, "submit"]), {"note": "Ready."}
    )

    assert assigned.status_code == 302 and submitted.status_code == 302
    claim.refresh_from_db()
    assert (claim.assigned_reviewer, claim.status) == (reviewer, ClaimStatus.IN_REVIEW)
    assert not ClaimEdit.objects.filter(claim=claim, editor=reviewer).exists()
    assert claim in Claim.objects.waiting_for_review_by(reviewer)
    assert publish_through_api(reviewer, claim).status_code == 200


def test_returning_to_draft_is_not_a_review(make_claim, fact_checker, reviewer):
    claim = make_claim(status="in_review")
    services.claim_update(claim=claim, actor=reviewer, statement="Crime fell by 64 per cent.")
    services.claim_return_to_draft(claim=claim, actor=reviewer, note="Check the period.")
    services.claim_update(claim=claim, actor=fact_checker, period="2018")
    services.claim_submit_for_review(claim=claim, actor=fact_checker)

    assert publish_through_api(reviewer, claim).status_code == 403


def test_a_correction_is_a_review_so_its_reviewer_may_correct_again(
    make_claim, fact_checker, reviewer, second_reviewer
):
    claim = make_claim(status="in_review")
    services.claim_update(claim=claim, actor=reviewer, place="Leeds")
    assert publish_through_api(second_reviewer, claim).status_code == 200
    correct_url = f"/api/v1/claims/{claim.pk}/correct/"
    figure = claim.figures.get()

    first = api_write(
        reviewer,
        "post",
        correct_url,
        claim,
        {"note": "The figure was 36.", "figures": [{"id": figure.pk, "value": "36"}]},
    )
    second = api_write(
        reviewer,
        "post",
        correct_url,
        claim,
        {"note": "And the period is 2015.", "figures": [{"id": figure.pk, "period": "2015"}]},
    )

    assert first.status_code == 200, first.json()
    assert second.status_code == 200, second.json()
    assert second.json()["status"] == "corrected"
    assert (figure.value, figure.period) == (46, "")
    figure.refresh_from_db()
    assert (figure.value, figure.period) == (36, "2015")


def test_edits_before_the_last_review_do_not_count(make_claim, reviewer, second_reviewer):
    claim = make_claim(status="in_review")
    services.claim_update(claim=claim, actor=reviewer, place="Leeds")
    assert claim_access(reviewer, claim).publish_refusal
    services.claim_publish(
        claim=claim, actor=second_reviewer, verdict="misleading", explanation="One district."
    )

    assert claim_access(reviewer, claim).publish_refusal == ""
    assert not ClaimEdit.objects.unreviewed().filter(claim=claim).exists()
    # No move leads back to review from a published claim today; were one added, the rule
    # would count only what changed after the publication.
    Claim.objects.filter(pk=claim.pk).update(status=ClaimStatus.IN_REVIEW)
    claim.refresh_from_db()
    assert claim_access(reviewer, claim).can_publish is True
    assert claim in Claim.objects.waiting_for_review_by(reviewer)
    services.claim_update(claim=claim, actor=reviewer, place="York")
    assert claim_access(reviewer, claim).can_publish is False
    assert claim not in Claim.objects.waiting_for_review_by(reviewer)


def test_every_substantive_write_is_recorded_and_workflow_moves_are_not(
    make_claim, fact_checker, reviewer
):
    claim = make_claim(status="draft")  # Alice added a figure and a citation
    services.claim_assign(claim=claim, actor=reviewer, fact_checker=fact_checker, reviewer=None)
    services.claim_submit_for_review(claim=claim, actor=reviewer)
    services.figure_update(figure=claim.figures.get(), actor=reviewer, value=64)
    claim.refresh_from_db()

    edits = list(ClaimEdit.objects.filter(claim=claim).values_list("editor", "claim_version"))

    assert edits == [(fact_checker.pk, 2), (fact_checker.pk, 3), (reviewer.pk, claim.version)]


def test_publish_ability_costs_one_query_and_only_when_asked(
    make_claim, reviewer, fact_checker, django_assert_num_queries
):
    claim = make_claim(status="in_review")
    reviewer.has_perm("claims.publish_claim")  # the permissions, read once per request
    with django_assert_num_queries(0):
        access = claim_access(reviewer, claim)
        assert access.can_edit and access.can_return_to_draft
        assert not claim_access(fact_checker, claim).can_publish
    with django_assert_num_queries(1):
        assert access.can_publish and access.publish_refusal == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL-only")
def test_postgres_refuses_to_change_or_remove_the_record_of_edits(make_claim):
    make_claim(status="draft")
    assert ClaimEdit.objects.exists()
    for statement in (
        "UPDATE claims_claimedit SET editor_id = editor_id",
        "DELETE FROM claims_claimedit",
    ):
        with (
            pytest.raises(DatabaseError, match="audit_record_is_append_only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(statement)


def test_migration_records_who_edited_claims_already_in_review(
    make_claim, fact_checker, second_fact_checker, reviewer, second_reviewer
):
    published = make_claim(status="published")
    Claim.objects.filter(pk=published.pk).update(last_edited_by=second_reviewer)
    # A claim as it stood before the record: its last editor on the claim, earlier ones in its
    # history, no ClaimEdit.
    in_review = ClaimFactory(
        status=ClaimStatus.IN_REVIEW, created_by=fact_checker, last_edited_by=reviewer
    )
    in_review.last_edited_by = second_fact_checker
    in_review.save()
    before = set(ClaimEdit.objects.values_list("pk", flat=True))
    assert not ClaimEdit.objects.filter(claim=in_review).exists()
    migration = importlib.import_module("claims.migrations.0012_claim_edits_for_two_person_rule")

    migration.record_editors_of_open_claims(apps, None)

    added = ClaimEdit.objects.exclude(pk__in=before)
    assert set(added.values_list("claim", "editor")) == {
        (in_review.pk, fact_checker.pk),
        (in_review.pk, reviewer.pk),
        (in_review.pk, second_fact_checker.pk),
    }
    assert claim_access(reviewer, in_review).can_publish is False
    assert claim_access(second_reviewer, in_review).can_publish is True


def test_nobody_who_changed_the_claim_since_its_last_review_may_be_assigned_as_its_reviewer(  # type: ignore[no-untyped-def]
    make_claim, fact_checker, reviewer, second_reviewer
):
    claim = make_claim(status="in_review")
    reviewer_changes_figure_then_fact_checker_changes_place(claim, reviewer, fact_checker)
    claim.refresh_from_db()

    with pytest.raises(ValidationError) as refused:
        services.claim_assign(
            claim=claim, actor=fact_checker, fact_checker=fact_checker, reviewer=reviewer
        )

    assert "two-person rule" in refused.value.message_dict["assigned_reviewer"][0]
    services.claim_assign(
        claim=claim, actor=fact_checker, fact_checker=fact_checker, reviewer=second_reviewer
    )
    claim.refresh_from_db()
    assert claim.assigned_reviewer == second_reviewer
