"""The fact-checkers' admin, used through HTTP as each role would use it."""

import pytest
from django.urls import reverse

from claims.models import Citation, Claim, ClaimStatus, ClaimTransition, Figure, QuoteStatus, Rank
from tests.factories import (
    EntityFactory,
    FigureFactory,
    MetricFactory,
    SnapshotFactory,
    SourceFactory,
    TopicFactory,
)
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def workflow_url(claim: Claim, action: str) -> str:
    return reverse("admin:claims_claim_workflow", args=[claim.pk, action])


@pytest.mark.parametrize("role", ["fact_checker", "reviewer", "editor", "admin_user"])
def test_every_role_sees_the_claim_list_with_filters(client, request, make_claim, role):
    make_claim(status="published").topics.add(TopicFactory(name="Safe cities"))
    make_claim(status="draft")
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("admin:claims_claim_changelist"))

    assert response.status_code == 200
    body = response.content.decode()
    for filter_title in ("By status", "By verdict", "By claimant", "By topics"):
        assert filter_title in body
    assert "2 claims" in body


def test_staff_without_a_role_cannot_open_the_claim_list(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 403


def test_claim_list_query_count_does_not_grow_with_claims(
    client, fact_checker, make_claim, django_assert_max_num_queries
):
    for _ in range(3):
        make_claim(status="published")
    client.force_login(fact_checker)
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("admin:claims_claim_changelist"))
    for _ in range(12):
        make_claim(status="draft")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("admin:claims_claim_changelist"))
    assert "15 claims" in response.content.decode()


def test_change_form_shows_inlines_quote_badge_and_competing_figures(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    figure = claim.figures.get()
    rival_claim = make_claim(status="published")
    rival = rival_claim.figures.get()
    rival.metric = figure.metric
    rival.value = 24
    rival.rank = Rank.PREFERRED
    rival.difference = "method"
    rival.difference_note = "Official statistics, not the vendor's own figure."
    rival.save()
    client.force_login(fact_checker)

    response = client.get(change_url(claim))

    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="figures-group"' in body and 'id="citations-group"' in body
    assert "tally-badge--ok" in body and "Found in snapshot" in body
    assert 'id="competing-figures"' in body
    panel = body[body.index('id="competing-figures"') :]
    assert "46%" in panel and "24%" in panel
    assert "Official statistics, not the vendor&#x27;s own figure." in panel
    assert rival_claim.claimant.name in panel
    assert "Submit for review" in body and "Publish" not in body.split("object-tools")[1][:400]


@pytest.mark.parametrize("role", ["fact_checker", "reviewer", "editor", "admin_user"])
def test_every_role_sees_the_change_form_with_inlines_and_competing_panel(
    client, request, make_claim, role
):
    claim = make_claim(status="published")
    client.force_login(request.getfixturevalue(role))

    response = client.get(change_url(claim))

    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="figures-group"' in body and 'id="citations-group"' in body
    assert 'id="competing-figures"' in body and "46%" in body
    assert "Workflow log" in body


def test_reviewer_sees_publish_button_on_claim_in_review(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    body = client.get(change_url(claim)).content.decode()
    assert workflow_url(claim, "publish") in body
    assert workflow_url(claim, "submit") not in body


@pytest.mark.parametrize("role", ["editor", "fact_checker"])
def test_published_claim_is_read_only_for_editors_and_fact_checkers(
    client, request, make_claim, role
):
    claim = make_claim(status="published")
    client.force_login(request.getfixturevalue(role))

    response = client.get(change_url(claim))

    assert response.status_code == 200
    assert 'name="_save"' not in response.content.decode()
    post = client.post(change_url(claim), {"statement": "Changed"})
    assert post.status_code == 403
    claim.refresh_from_db()
    assert claim.statement != "Changed"


def test_reviewer_publishes_through_the_workflow_page(client, reviewer, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)

    response = client.post(
        workflow_url(claim, "publish"),
        {
            "verdict": "misleading",
            "explanation": "The city's own numbers say less.",
            "note": "Checked.",
        },
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.verdict == "misleading"
    last = ClaimTransition.objects.filter(claim=claim).last()
    assert last is not None and last.actor == reviewer and last.note == "Checked."


def test_fact_checker_cannot_publish_and_sees_why(client, fact_checker, make_claim):
    claim = make_claim(status="in_review")
    client.force_login(fact_checker)

    response = client.post(
        workflow_url(claim, "publish"), {"verdict": "accurate", "explanation": "Fine.", "note": ""}
    )

    assert response.status_code == 200
    assert "Only a reviewer may publish a claim." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW


def test_illegal_transition_from_the_admin_gives_a_message_and_changes_nothing(
    client, reviewer, make_claim
):
    claim = make_claim(status="draft")
    version = claim.version
    client.force_login(reviewer)

    response = client.post(
        workflow_url(claim, "publish"), {"verdict": "accurate", "explanation": "Fine.", "note": ""}
    )

    assert response.status_code == 200
    assert (
        "A draft claim cannot be published (submit it for review first)."
        in response.content.decode()
    )
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (ClaimStatus.DRAFT, version)


def test_retract_needs_a_reason(client, reviewer, make_claim):
    claim = make_claim(status="published")
    client.force_login(reviewer)
    response = client.post(workflow_url(claim, "retract"), {"note": "  "})
    assert "A retraction needs a reason." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED


def test_bulk_submit_action_reports_each_refusal(client, fact_checker, make_claim):
    draft = make_claim(status="draft")
    published = make_claim(status="published")
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "submit_selected", "_selected_action": [draft.pk, published.pk]},
        follow=True,
    )

    body = response.content.decode()
    assert "1 claim(s) done" in body
    assert "A published claim cannot be submitted for review" in body
    draft.refresh_from_db()
    assert draft.status == ClaimStatus.IN_REVIEW


def _add_claim_payload(client, claimant, source, metric, *, quote, lower="", upper=""):
    page = client.get(reverse("admin:claims_claim_add"))
    data = form_data(page.content.decode(), form_id="claim_form")
    data.update(
        {
            "statement": "Crime fell by 46 per cent after the cameras went up.",
            "claimant": str(claimant.pk),
            "figures-TOTAL_FORMS": "1",
            "figures-0-metric": str(metric.pk),
            "figures-0-qualifier": "exact",
            "figures-0-value": "46",
            "figures-0-unit": "percent",
            "figures-0-date_value_precision": "unknown",
            "figures-0-rank": "normal",
            "figures-0-difference": "none",
            "figures-0-lower_bound": lower,
            "figures-0-upper_bound": upper,
            "citations-TOTAL_FORMS": "1",
            "citations-0-source": str(source.pk),
            "citations-0-role": "appears_in",
            "citations-0-quote": quote,
        }
    )
    return data


def test_fact_checker_adds_a_claim_with_figure_and_checked_citation(client, fact_checker):
    snapshot = SnapshotFactory()
    claimant, metric = EntityFactory(), MetricFactory()
    client.force_login(fact_checker)

    data = _add_claim_payload(
        client, claimant, snapshot.source, metric, quote="crime fell by 46 per cent"
    )
    response = client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    claim = Claim.objects.get()
    assert claim.created_by == fact_checker
    assert claim.figures.get().value == 46
    citation = claim.citations.get()
    assert citation.quote_status == QuoteStatus.FOUND
    assert (
        snapshot.text[citation.position_start : citation.position_end]
        == "crime fell by 46 per cent"
    )


def test_quote_not_in_source_is_a_form_error_and_nothing_is_stored(client, fact_checker):
    snapshot = SnapshotFactory()
    client.force_login(fact_checker)

    data = _add_claim_payload(
        client, EntityFactory(), snapshot.source, MetricFactory(), quote="crime fell by 90 per cent"
    )
    response = client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 200
    assert "This quote is not in the source" in response.content.decode()
    assert (
        not Claim.objects.exists() and not Figure.objects.exists() and not Citation.objects.exists()
    )


def test_bounds_out_of_order_is_a_form_error_and_nothing_is_stored(client, fact_checker):
    snapshot = SnapshotFactory()
    client.force_login(fact_checker)

    data = _add_claim_payload(
        client,
        EntityFactory(),
        snapshot.source,
        MetricFactory(),
        quote="crime fell by 46 per cent",
        lower="50",
        upper="40",
    )
    response = client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 200
    assert "The upper bound (40) is below the lower bound (50)." in response.content.decode()
    assert not Claim.objects.exists()


def test_stale_admin_save_is_refused_and_keeps_the_other_edit(
    client, fact_checker, second_fact_checker, make_claim
):
    claim = make_claim(status="draft")
    client.force_login(fact_checker)
    mine = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")

    client.force_login(second_fact_checker)
    theirs = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    theirs["place"] = "Nairobi"
    assert client.post(change_url(claim), theirs).status_code == 302

    client.force_login(fact_checker)
    mine["place"] = "Quito"
    response = client.post(change_url(claim), mine)

    assert response.status_code == 200
    assert "Someone else saved this claim while you were editing" in response.content.decode()
    claim.refresh_from_db()
    assert claim.place == "Nairobi"


@pytest.mark.parametrize("model", ["claim", "figure", "citation"])
def test_history_page_lists_changes(client, admin_user, make_claim, model):
    claim = make_claim(status="published")
    obj = {"claim": claim, "figure": claim.figures.get(), "citation": claim.citations.get()}[model]
    client.force_login(admin_user)

    response = client.get(reverse(f"admin:claims_{model}_history", args=[obj.pk]))

    assert response.status_code == 200
    assert obj.history.count() >= 1
    assert "Created" in response.content.decode() or "Changed" in response.content.decode()


def test_metric_page_lists_its_competing_figures(client, editor):
    metric = MetricFactory(name="Countries using AI facial recognition, 2019")
    FigureFactory(metric=metric, unit="count", value=64, rank=Rank.PREFERRED)
    FigureFactory(metric=metric, unit="count", value=52, qualifier="at_least")
    client.force_login(editor)

    body = client.get(reverse("admin:claims_metric_change", args=[metric.pk])).content.decode()

    assert "Competing figures for this metric" in body
    assert "at least 52" in body and "64" in body


def test_source_admin_pages_render_for_editor(client, editor):
    snapshot = SnapshotFactory(
        source=SourceFactory(published_on="2018-03-01", published_on_precision="month")
    )
    client.force_login(editor)
    listing = client.get(reverse("admin:sources_source_changelist")).content.decode()
    assert "March 2018" in listing
    page = client.get(reverse("admin:sources_source_change", args=[snapshot.source.pk]))
    assert page.status_code == 200
    assert snapshot.sha256 in page.content.decode()


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_embed_codes_are_offered_for_public_claims(client, request, make_claim, role):
    published = make_claim(status="published")
    draft = make_claim(status="draft")
    client.force_login(request.getfixturevalue(role))

    body = client.get(change_url(published)).content.decode()

    assert 'id="embed-codes"' in body
    assert f"/embed/claims/{published.pk}/" in body
    assert "&lt;iframe" in body  # shown as text to copy, not rendered
    assert f"version={published.version}" in body
    assert 'id="embed-codes"' not in client.get(change_url(draft)).content.decode()


# Assignment goes through claim_assign, on the add form and on the change form.


def _add_claim(client, **extra):  # type: ignore[no-untyped-def]
    snapshot = SnapshotFactory()
    data = _add_claim_payload(
        client, EntityFactory(), snapshot.source, MetricFactory(), quote="crime fell by 46 per cent"
    )
    data.update(extra)
    return client.post(reverse("admin:claims_claim_add"), data)


def test_reviewer_chosen_on_the_add_form_is_kept(client, fact_checker, reviewer):
    client.force_login(fact_checker)

    response = _add_claim(
        client, assigned_fact_checker=str(fact_checker.pk), assigned_reviewer=str(reviewer.pk)
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    claim = Claim.objects.get()
    assert (claim.assigned_fact_checker, claim.assigned_reviewer) == (fact_checker, reviewer)
    assert (claim.created_by, claim.last_edited_by) == (fact_checker, fact_checker)


def test_fact_checker_cannot_make_themselves_reviewer_on_the_add_form(client, fact_checker):
    client.force_login(fact_checker)

    response = _add_claim(client, assigned_reviewer=str(fact_checker.pk))

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["assigned_reviewer"] == [f"{fact_checker} is not a reviewer."]
    assert not Claim.objects.exists() and not Figure.objects.exists()


def test_reviewer_who_adds_a_claim_cannot_be_its_reviewer(client, reviewer):
    client.force_login(reviewer)

    response = _add_claim(client, assigned_reviewer=str(reviewer.pk))

    assert response.status_code == 200
    assert "two-person rule" in response.context["adminform"].form.errors["assigned_reviewer"][0]
    assert not Claim.objects.exists()


def test_add_form_history_records_only_states_the_claim_was_in(
    client, admin_user, fact_checker, reviewer
):
    client.force_login(fact_checker)
    topic = TopicFactory(name="Safe cities")

    response = _add_claim(client, assigned_reviewer=str(reviewer.pk), topics=[str(topic.pk)])

    assert response.status_code == 302
    claim = Claim.objects.get()
    states = [
        (
            row.history_type,
            row.last_edited_by_id,
            row.assigned_reviewer_id,
            row.version,
            list(row.topics.values_list("topic", flat=True)),
        )
        for row in claim.history.order_by("history_id")
    ]
    # Created, given its topic, then assigned (the figure and citation move only the version).
    assert states == [
        ("+", fact_checker.pk, None, 1, []),
        ("~", fact_checker.pk, None, 1, [topic.pk]),
        ("~", fact_checker.pk, reviewer.pk, 2, [topic.pk]),
    ]
    client.force_login(admin_user)
    page = client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "Deleted user" not in page
    assert "bob-reviewer" in page


def test_fact_checker_cannot_make_themselves_reviewer_on_the_change_form(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    client.force_login(fact_checker)
    data = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    data.update(assigned_reviewer=str(fact_checker.pk), place="Nairobi")

    response = client.post(change_url(claim), data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["assigned_reviewer"] == [f"{fact_checker} is not a reviewer."]
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.assigned_reviewer, stored.place, stored.version) == (None, "", claim.version)


def test_reviewer_who_edits_a_claim_cannot_assign_themselves_in_the_same_save(
    client, reviewer, make_claim
):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    data = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    data.update(assigned_reviewer=str(reviewer.pk), place="Nairobi")

    response = client.post(change_url(claim), data)

    assert response.status_code == 200
    assert "two-person rule" in response.context["adminform"].form.errors["assigned_reviewer"][0]
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.assigned_reviewer, stored.place) == (None, "")


def test_assigning_on_the_change_form_does_not_make_the_assigner_the_last_editor(
    client, fact_checker, reviewer, make_claim
):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)
    data = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    data["assigned_reviewer"] = str(reviewer.pk)

    response = client.post(change_url(claim), data)

    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.assigned_reviewer, claim.last_edited_by) == (reviewer, fact_checker)
    assert workflow_url(claim, "publish") in client.get(change_url(claim)).content.decode()


# The one quote re-check path, offered on the claim list.


def test_recheck_quotes_action_reports_counts_and_flags_claims(client, fact_checker, make_claim):
    published = make_claim(status="published")
    draft = make_claim(status="draft")
    untouched = make_claim(status="published")
    untouched_checked_at = untouched.citations.get().checked_at
    SnapshotFactory(source=published.citations.get().source, text="The council withdrew it.")
    SnapshotFactory(
        source=draft.citations.get().source,
        text="Officials said that the city said crime fell by 46 per cent after the cameras.",
    )
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "recheck_quotes", "_selected_action": [published.pk, draft.pk]},
        follow=True,
    )

    shown = [str(message) for message in response.context["messages"]]
    assert (
        "Re-checked 2 citation(s) of 2 source(s) against their newest snapshots: "
        "0 found, 1 moved, 0 changed, 1 missing." in shown
    )
    assert f"Flagged for review (a cited quote went missing): “{published}”." in shown
    published.refresh_from_db()
    untouched.refresh_from_db()
    assert published.needs_review and not untouched.needs_review
    assert draft.citations.get().quote_status == QuoteStatus.MOVED
    assert untouched.citations.get().checked_at == untouched_checked_at


def test_recheck_quotes_action_rechecks_the_parts_of_cited_sources(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    article = claim.citations.get().source
    comment = SourceFactory(parent=article, title="A reader's comment")
    on_comment = make_claim(status="draft")
    Citation.objects.filter(claim=on_comment).update(source=comment)
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "recheck_quotes", "_selected_action": [claim.pk]},
        follow=True,
    )

    shown = " ".join(str(message) for message in response.context["messages"])
    assert "Re-checked 2 citation(s) of 2 source(s)" in shown
    assert "2 found" in shown


def test_editor_is_not_offered_the_recheck_action(client, editor, make_claim):
    claim = make_claim(status="published")
    SnapshotFactory(source=claim.citations.get().source, text="The council withdrew it.")
    client.force_login(editor)

    page = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "recheck_quotes", "_selected_action": [claim.pk]},
    )

    assert "recheck_quotes" not in page
    claim.refresh_from_db()
    assert not claim.needs_review
    assert claim.citations.get().quote_status == QuoteStatus.FOUND
