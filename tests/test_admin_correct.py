"""The Correct page: a reviewer changes a published claim's figures and citations, adds a citation
and says why in one public note, all in one step; the Publish and Correct pages show the evidence
the decision rests on."""

from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from claims import services
from claims.models import Citation, Claim, ClaimStatus, ClaimTransition, QuoteStatus, Rank
from tests.factories import SnapshotFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db

POLICE_TEXT = "Police data show recorded crime fell by 24 per cent over the same two years."


def correct_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_workflow", args=[claim.pk, "correct"])


def publish_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_workflow", args=[claim.pk, "publish"])


def correct_form(client: Client, claim: Claim) -> dict[str, Any]:
    """The Correct page's form as the browser would submit it, untouched."""
    response = client.get(correct_url(claim))
    assert response.status_code == 200
    return form_data(response.content.decode(), form_id="workflow-form")


def stored(claim: Claim) -> tuple[str, int, list[Decimal | None], list[str]]:
    """What a refused correction must leave as it was."""
    claim.refresh_from_db()
    return (
        claim.status,
        claim.version,
        [figure.value for figure in claim.figures.order_by("pk")],
        [citation.quote for citation in claim.citations.order_by("pk")],
    )


def test_correct_page_shows_the_figures_and_citations_as_forms_and_a_row_to_add_one(
    client, reviewer, make_claim
):
    claim = make_claim(status="published")
    client.force_login(reviewer)

    body = client.get(correct_url(claim)).content.decode()

    data = form_data(body, form_id="workflow-form")
    assert data["figures-0-value"] == "46"
    assert data["figures-0-unit"] == "percent"
    assert data["citations-0-quote"] == "crime fell by 46 per cent"
    assert data["citations-1-quote"] == ""  # the row that adds a citation
    assert data["seen_version"] == str(claim.version)
    assert 'id="add-citation"' in body
    assert "Found in snapshot" in body
    assert 'id="competing-figures"' in body
    assert "History since the last review" in body


def test_reviewer_changes_a_figure_and_adds_a_citation_in_one_correction(
    client, reviewer, make_claim
):
    claim = make_claim(status="published")
    police = SnapshotFactory(text=POLICE_TEXT)
    before = claim.version
    client.force_login(reviewer)
    data = correct_form(client, claim)
    data.update(
        {
            "figures-0-value": "24",
            "figures-0-qualifier": "about",
            "figures-0-lower_bound": "20",
            "figures-0-upper_bound": "30",
            "figures-0-period": "2016–2018",
            "citations-1-source": str(police.source_id),
            "citations-1-role": "contradicts",
            "citations-1-quote": "recorded crime fell by 24 per cent",
            "verdict": "inaccurate",
            "note": "The police figure is 24 per cent, not 46; we cite it now.",
        }
    )

    response = client.post(correct_url(claim), data)

    assert response.status_code == 302, response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CORRECTED
    assert claim.verdict == "inaccurate"
    assert claim.version == before + 1  # one correction, one new version
    figure = claim.figures.get()
    assert (figure.value, figure.qualifier, figure.period) == (Decimal(24), "about", "2016–2018")
    assert (figure.lower_bound, figure.upper_bound) == (Decimal(20), Decimal(30))
    added = claim.citations.get(source=police.source)
    assert added.quote_status == QuoteStatus.FOUND and added.role == "contradicts"
    assert POLICE_TEXT[added.position_start : added.position_end] == (
        "recorded crime fell by 24 per cent"
    )
    corrections = ClaimTransition.objects.filter(claim=claim, to_status=ClaimStatus.CORRECTED)
    assert [(move.note, move.actor) for move in corrections] == [
        ("The police figure is 24 per cent, not 46; we cite it now.", reviewer)
    ]
    page = client.get(reverse("claim_page", args=[claim.pk])).content.decode()
    assert "about 24%" in page
    assert "The police figure is 24 per cent, not 46; we cite it now." in page
    assert "recorded crime fell by 24 per cent" in page


def test_a_changed_quote_is_checked_against_the_snapshot_and_anchored_again(
    client, reviewer, make_claim
):
    claim = make_claim(status="published")
    client.force_login(reviewer)
    data = correct_form(client, claim)
    data["citations-0-quote"] = "crime fell by 46 per cent after the cameras went up"
    data["note"] = "Quoted the whole clause."

    assert client.post(correct_url(claim), data).status_code == 302

    citation = claim.citations.get()
    snapshot_text = citation.checked_snapshot.text
    assert citation.quote_status == QuoteStatus.FOUND
    assert snapshot_text[citation.position_start : citation.position_end] == citation.quote


def test_a_new_quote_that_is_not_in_the_snapshot_is_refused_on_its_row_and_nothing_is_stored(
    client, reviewer, make_claim
):
    claim = make_claim(status="published")
    police = SnapshotFactory(text=POLICE_TEXT)
    before = stored(claim)
    client.force_login(reviewer)
    data = correct_form(client, claim)
    data.update(
        {
            "figures-0-value": "24",
            "citations-1-source": str(police.source_id),
            "citations-1-quote": "crime fell by 90 per cent",
            "note": "Police figure.",
        }
    )

    response = client.post(correct_url(claim), data)

    assert response.status_code == 200
    body = response.content.decode()
    assert "This quote is not in the source&#x27;s archived text" in body
    assert "Nothing was stored" in body
    assert stored(claim) == before
    # The reviewer's rows are shown as they typed them, to fix and send again.
    again = form_data(body, form_id="workflow-form")
    assert again["figures-0-value"] == "24"
    assert again["citations-1-quote"] == "crime fell by 90 per cent"


def test_an_invalid_figure_row_is_refused_on_its_field_and_nothing_is_stored(
    client, reviewer, make_claim
):
    claim = make_claim(status="published")
    police = SnapshotFactory(text=POLICE_TEXT)
    before = stored(claim)
    client.force_login(reviewer)
    data = correct_form(client, claim)
    data.update(
        {
            "figures-0-lower_bound": "50",
            "figures-0-upper_bound": "40",
            "citations-1-source": str(police.source_id),
            "citations-1-quote": "recorded crime fell by 24 per cent",
            "note": "Bounds from the police data.",
        }
    )

    response = client.post(correct_url(claim), data)

    assert response.status_code == 200
    assert "The upper bound (40) is below the lower bound (50)." in response.content.decode()
    assert stored(claim) == before
    assert not Citation.objects.filter(source=police.source).exists()
    assert not ClaimTransition.objects.filter(claim=claim, to_status="corrected").exists()


def test_a_figure_made_preferred_beside_another_preferred_one_is_refused(
    client, reviewer, make_claim
):
    claim = make_claim(status="published")
    rival = make_claim(status="published").figures.get()
    rival.metric = claim.figures.get().metric
    rival.rank = Rank.PREFERRED
    rival.save()
    before = stored(claim)
    client.force_login(reviewer)
    data = correct_form(client, claim)
    data.update({"figures-0-rank": "preferred", "note": "Prefer ours."})

    response = client.post(correct_url(claim), data)

    assert "This metric already has a preferred figure" in response.content.decode()
    assert stored(claim) == before


def test_a_correction_needs_its_public_note(client, reviewer, make_claim):
    claim = make_claim(status="published")
    before = stored(claim)
    client.force_login(reviewer)
    data = correct_form(client, claim)
    data.update({"figures-0-value": "24", "note": "  "})

    response = client.post(correct_url(claim), data)

    assert "A correction needs a public note" in response.content.decode()
    assert stored(claim) == before


def test_fact_checker_is_refused_and_nothing_is_stored(client, fact_checker, make_claim):
    claim = make_claim(status="published")
    before = stored(claim)
    client.force_login(fact_checker)
    data = correct_form(client, claim)
    data.update({"figures-0-value": "24", "note": "Police figure."})

    response = client.post(correct_url(claim), data)

    assert response.status_code == 200
    assert "Only a reviewer may correct a published claim." in response.content.decode()
    assert stored(claim) == before


def test_a_correction_made_on_a_stale_version_is_refused(
    client, reviewer, make_claim, django_user_model
):
    claim = make_claim(status="published")
    client.force_login(reviewer)
    data = correct_form(client, claim)
    # Meanwhile another reviewer corrects the claim.
    other = django_user_model.objects.get(pk=reviewer.pk)
    services.claim_correct(claim=Claim.objects.get(pk=claim.pk), actor=other, note="Typo fixed.")
    before = stored(claim)
    data.update({"figures-0-value": "24", "note": "Police figure."})

    response = client.post(correct_url(claim), data)

    assert response.status_code == 200
    assert "This claim was changed by someone else" in response.content.decode()
    assert stored(claim) == before


def test_publish_page_shows_the_evidence_and_who_changed_the_claim(
    client, reviewer, fact_checker, make_claim
):
    claim = make_claim(status="in_review")
    rival = make_claim(status="published", statement="Police data say 24 per cent.")
    rival_figure = rival.figures.get()
    rival_figure.metric = claim.figures.get().metric
    rival_figure.value = 24
    rival_figure.save()
    client.force_login(reviewer)

    body = client.get(publish_url(claim)).content.decode()

    figures = body[body.index('id="evidence-figures"') :]
    assert "46%" in figures.split("</section>")[0]
    quotes = body[body.index('id="evidence-quotes"') :].split("</section>")[0]
    assert "crime fell by 46 per cent" in quotes and "Found in snapshot" in quotes
    competing = body[body.index('id="competing-figures"') :].split("</section>")[0]
    assert "24%" in competing and rival.claimant.name in competing
    history = body[body.index('id="evidence-history"') :].split("</section>")[0]
    assert "History since the claim was drafted" in history
    assert f"{fact_checker.username} (versions 2, 3)" in history
    assert "Figure 46% added" in history and "Draft → In review" in history


def test_publish_page_still_refuses_under_the_two_person_rule_and_shows_why(
    client, reviewer, make_claim
):
    claim = make_claim(status="in_review")
    services.claim_return_to_draft(claim=claim, actor=reviewer, note="Which years?")
    services.claim_update(claim=claim, actor=reviewer, period="2016–2018")  # now also an author
    services.claim_submit_for_review(claim=claim, actor=reviewer)
    client.force_login(reviewer)

    body = client.get(publish_url(claim)).content.decode()

    assert "another reviewer must publish it" in body
    history = body[body.index('id="evidence-history"') :].split("</section>")[0]
    assert f"{reviewer.username} (version " in history
    assert "<del>—</del> → <ins>2016–2018</ins>" in history  # the period change
    assert "In review → Draft: “Which years?”" in history


def test_history_on_the_correct_page_starts_at_the_last_review(client, reviewer, make_claim):
    claim = make_claim(status="corrected")
    client.force_login(reviewer)

    body = client.get(correct_url(claim)).content.decode()

    history = body[body.index('id="evidence-history"') :].split("</section>")[0]
    assert "History since the last review" in history
    assert "Nobody has changed the claim's substance since its last review." in history
    assert "Figure 46% added" not in history


@pytest.mark.parametrize(
    ("status", "action", "fields"),
    [
        (
            "in_review",
            "publish",
            {"verdict": "mostly_accurate", "explanation": "Matches the report.", "note": ""},
        ),
        ("in_review", "return", {"note": "Check the period."}),
        ("published", "retract", {"note": "The report was withdrawn."}),
    ],
)
def test_a_workflow_move_made_on_a_page_showing_an_older_version_is_refused(
    client, reviewer, fact_checker, make_claim, status, action, fields
):
    """The reviewer decides on the evidence the page showed: if a figure changed while the page
    was open, the move is refused, nothing is stored, and the page shows the claim as it now is;
    a second submit from that page is made on what the reviewer has now seen."""
    claim = make_claim(status=status)
    client.force_login(reviewer)
    url = reverse("admin:claims_claim_workflow", args=[claim.pk, action])
    data = form_data(client.get(url).content.decode(), form_id="workflow-form")
    assert data["seen_version"] == str(claim.version)
    figure = claim.figures.get()
    # Meanwhile the claim changes: in review, its fact-checker edits the figure; once
    # published, another reviewer corrects it.
    if status == "in_review":
        services.figure_update(figure=figure, actor=fact_checker, value=Decimal("51"))
    else:
        services.claim_correct(
            claim=Claim.objects.get(pk=claim.pk),
            actor=reviewer,
            note="The report says 51 per cent.",
            figure_changes={figure.pk: {"value": Decimal("51")}},
        )
    before = stored(claim)
    transitions = ClaimTransition.objects.filter(claim=claim).count()
    data.update(fields)

    refused = client.post(url, data)

    assert refused.status_code == 200
    body = refused.content.decode()
    assert "This claim was changed by someone else" in body
    assert stored(claim) == before
    assert ClaimTransition.objects.filter(claim=claim).count() == transitions
    again = form_data(body, form_id="workflow-form")
    assert again["seen_version"] == str(before[1])
    if action == "publish":  # the evidence shown is the claim as it now is
        figures = body[body.index('id="evidence-figures"') :].split("</section>")[0]
        assert "51%" in figures and "46%" not in figures

    done = client.post(url, {**again, **fields})

    assert done.status_code == 302
    claim.refresh_from_db()
    assert claim.version == before[1] + 1
    assert ClaimTransition.objects.filter(claim=claim).count() == transitions + 1


def test_the_list_bulk_publish_shows_no_record_and_so_checks_no_version(
    client, reviewer, make_claim
):
    """The list's bulk action publishes with each claim's proposed verdict as it stands: there
    is no page version to compare with, and the move still goes through."""
    claim = make_claim(status="in_review")
    claim.verdict = "mostly_accurate"
    claim.explanation = "Matches the report."
    claim.save()
    client.force_login(reviewer)

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "publish_selected", "_selected_action": [claim.pk]},
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
