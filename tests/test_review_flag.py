"""A check flags a published claim (a cited quote went missing); only a reviewer clears the flag,
with a note the claim's history keeps: through the service and from the claim's admin page."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimStatus
from claims.services.review_flag import CLEAR_NOTE_MAX_CHARS

pytestmark = pytest.mark.django_db

REASON = "Quote “crime fell by 46 per cent” is missing from the newest text of Article 0."
NOTE = "The publisher moved the figure to a footnote; the claim and its verdict stand."


@pytest.fixture
def flagged_claim(make_claim) -> Claim:  # type: ignore[no-untyped-def]
    claim = make_claim(status="published")
    return services.claim_flag_for_review(claim=claim, reason=REASON)


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def clear_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_clear_review_flag", args=[claim.pk])


# The service.


def test_reviewer_clears_a_flag_with_a_note(reviewer, flagged_claim):
    version = flagged_claim.version

    services.claim_clear_review_flag(claim=flagged_claim, actor=reviewer, note=NOTE)

    stored = Claim.objects.get(pk=flagged_claim.pk)
    assert (stored.needs_review, stored.needs_review_reason) == (False, "")
    assert (stored.status, stored.version) == (ClaimStatus.PUBLISHED, version)
    assert not flagged_claim.needs_review


def test_history_keeps_the_whole_note_and_who_cleared_the_flag(reviewer, flagged_claim):
    services.claim_clear_review_flag(claim=flagged_claim, actor=reviewer, note=f"  {NOTE}\n")

    row = flagged_claim.history.latest()
    assert row.history_change_reason == f"Review flag cleared: {NOTE}"
    assert row.history_user == reviewer
    assert (row.needs_review, row.prev_record.needs_review) == (False, True)


def test_history_records_the_stored_claim_not_a_stale_copy(reviewer, flagged_claim):
    stale = Claim.objects.get(pk=flagged_claim.pk)
    services.claim_correct(
        claim=flagged_claim, actor=reviewer, note="The period was 2015.", verdict="misleading"
    )

    services.claim_clear_review_flag(claim=stale, actor=reviewer, note=NOTE)

    row = flagged_claim.history.latest()
    stored = Claim.objects.get(pk=flagged_claim.pk)
    assert (row.status, row.verdict, row.version) == (
        ClaimStatus.CORRECTED,
        "misleading",
        stored.version,
    )
    assert not stored.needs_review and stored.status == ClaimStatus.CORRECTED


@pytest.mark.parametrize("role", ["fact_checker", "editor"])
def test_only_a_reviewer_may_clear_a_flag(request, role, flagged_claim):
    with pytest.raises(PermissionDenied, match="Only a reviewer"):
        services.claim_clear_review_flag(
            claim=flagged_claim, actor=request.getfixturevalue(role), note=NOTE
        )
    assert Claim.objects.get(pk=flagged_claim.pk).needs_review


def test_an_empty_note_is_refused(reviewer, flagged_claim):
    with pytest.raises(ValidationError) as error:
        services.claim_clear_review_flag(claim=flagged_claim, actor=reviewer, note=" \n ")
    assert "note" in error.value.message_dict
    assert Claim.objects.get(pk=flagged_claim.pk).needs_review


def test_a_note_too_long_for_the_history_is_refused_not_cut(reviewer, flagged_claim):
    with pytest.raises(ValidationError) as error:
        services.claim_clear_review_flag(
            claim=flagged_claim, actor=reviewer, note="x" * (CLEAR_NOTE_MAX_CHARS + 1)
        )
    assert f"Keep the note to {CLEAR_NOTE_MAX_CHARS} characters" in error.value.messages[0]
    assert Claim.objects.get(pk=flagged_claim.pk).needs_review


def test_a_claim_that_is_not_flagged_is_refused(reviewer, make_claim):
    claim = make_claim(status="published")
    with pytest.raises(ValidationError, match="not flagged"):
        services.claim_clear_review_flag(claim=claim, actor=reviewer, note=NOTE)


# The claim's admin page.


def test_reviewer_sees_the_reason_and_the_clear_button_on_a_flagged_claim(
    client, reviewer, flagged_claim
):
    client.force_login(reviewer)

    body = client.get(change_url(flagged_claim)).content.decode()

    panel = body[body.index('id="review-flag"') :]
    assert "is missing from the newest text of Article 0." in panel
    assert f'action="{clear_url(flagged_claim)}"' in panel
    assert 'value="Clear review flag"' in panel


def test_fact_checker_sees_the_reason_but_no_clear_button(client, fact_checker, flagged_claim):
    client.force_login(fact_checker)

    body = client.get(change_url(flagged_claim)).content.decode()

    assert 'id="review-flag"' in body and "is missing from the newest text" in body
    assert clear_url(flagged_claim) not in body and "Clear review flag" not in body


def test_no_flag_panel_on_a_claim_that_is_not_flagged(client, reviewer, make_claim):
    claim = make_claim(status="published")
    client.force_login(reviewer)

    body = client.get(change_url(claim)).content.decode()

    assert 'id="review-flag"' not in body and clear_url(claim) not in body


def test_reviewer_clears_the_flag_from_the_claim_page(client, reviewer, flagged_claim):
    client.force_login(reviewer)

    response = client.post(clear_url(flagged_claim), {"note": NOTE}, follow=True)

    assert response.redirect_chain == [(change_url(flagged_claim), 302)]
    messages = [str(message) for message in response.context["messages"]]
    assert messages == ["Review flag cleared. Your note is kept in the claim's history."]
    assert 'id="review-flag"' not in response.content.decode()
    stored = Claim.objects.get(pk=flagged_claim.pk)
    assert not stored.needs_review
    row = stored.history.latest()
    assert (row.history_change_reason, row.history_user) == (
        f"Review flag cleared: {NOTE}",
        reviewer,
    )
    history = client.get(reverse("admin:claims_claim_history", args=[stored.pk]))
    assert f"Review flag cleared: {NOTE}" in history.content.decode()


def test_clearing_without_a_note_says_why_and_keeps_the_flag(client, reviewer, flagged_claim):
    client.force_login(reviewer)

    response = client.post(clear_url(flagged_claim), {"note": "  "})

    assert response.status_code == 200
    assert "Say what you checked and why the flag can go." in response.content.decode()
    assert Claim.objects.get(pk=flagged_claim.pk).needs_review


def test_fact_checkers_post_is_refused_with_a_message_and_changes_nothing(
    client, fact_checker, flagged_claim
):
    rows = flagged_claim.history.count()
    client.force_login(fact_checker)
    page = client.get(clear_url(flagged_claim)).content.decode()

    response = client.post(clear_url(flagged_claim), {"note": NOTE})

    assert "Only a reviewer may clear a claim&#x27;s review flag." in page
    assert response.status_code == 200
    assert "Only a reviewer may clear a claim&#x27;s review flag." in response.content.decode()
    stored = Claim.objects.get(pk=flagged_claim.pk)
    assert (stored.needs_review, stored.needs_review_reason) == (True, REASON)
    assert stored.history.count() == rows


def test_staff_without_a_role_gets_no_clear_page(client, outsider, flagged_claim):
    client.force_login(outsider)

    assert client.post(clear_url(flagged_claim), {"note": NOTE}).status_code == 403
    assert Claim.objects.get(pk=flagged_claim.pk).needs_review
