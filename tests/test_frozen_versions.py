"""A published fact-check never changes without a new version: each publication, correction,
retraction and shared-record update freezes the claim's public document (ClaimVersion); a card
pinned to a version shows that document whatever changed since; renaming a metric, entity or
source that a published claim shows is a reviewer's act that moves the claim on, with a public
note, a new ETag and a fresh card."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from claims import services
from claims.documents import raw_documents
from claims.models import Claim, ClaimVersion, VersionKind
from tests.factories import EntityFactory, MetricFactory

pytestmark = pytest.mark.django_db


def card_url(claim: Claim, **params: object) -> str:
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return reverse("claim_card", args=[claim.pk]) + (f"?{query}" if query else "")


def admin_change(model: str, pk: int) -> str:
    return reverse(f"admin:{model}_change", args=[pk])


def metric_form(metric, **changes):  # type: ignore[no-untyped-def]
    data = {
        "name": metric.name,
        "slug": metric.slug,
        "definition": metric.definition,
        "unit": metric.unit,
        "figures-TOTAL_FORMS": "0",
        "figures-INITIAL_FORMS": "0",
        "figures-MIN_NUM_FORMS": "0",
        "figures-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


# Freezing.


def test_each_public_move_freezes_the_document_readers_get(make_claim, reviewer):
    claim = make_claim(status="published")
    services.claim_correct(claim=claim, actor=reviewer, note="The period was 2015.")
    services.claim_retract(claim=claim, actor=reviewer, reason="The city withdrew its figure.")

    frozen = list(claim.frozen_versions.order_by("version"))
    assert [(v.kind, v.note) for v in frozen] == [
        (VersionKind.PUBLISHED, "checked"),
        (VersionKind.CORRECTED, "The period was 2015."),
        (VersionKind.RETRACTED, "The city withdrew its figure."),
    ]
    claim.refresh_from_db()
    assert frozen[-1].version == claim.version
    assert frozen[-1].document == raw_documents([claim.pk])[0]
    assert [v.document["status"] for v in frozen] == ["published", "corrected", "retracted"]


def test_drafts_and_reviews_freeze_nothing(make_claim):
    claim = make_claim(status="in_review")
    assert not claim.frozen_versions.exists()


def test_a_frozen_version_is_never_changed(make_claim):
    version = make_claim(status="published").frozen_versions.get()
    version.note = "rewritten"
    with pytest.raises(ValidationError, match="never changed"):
        version.save()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_the_database_refuses_to_rewrite_or_delete_a_frozen_version(make_claim):
    version = make_claim(status="published").frozen_versions.get()
    for statement in (
        "UPDATE claims_claimversion SET note = 'x'",
        "DELETE FROM claims_claimversion",
    ):
        with (
            pytest.raises(DatabaseError, match="append_only"),
            transaction.atomic(),
            connection.cursor() as cursor,
        ):
            cursor.execute(f"{statement} WHERE id = %s", [version.pk])


# Renaming a shared record, as a reviewer, through the admin.


def test_renaming_a_metric_moves_the_claim_on_with_a_public_note(client, make_claim, reviewer):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    old_name, version = metric.name, claim.version
    card = client.get(card_url(claim))
    api = client.get(reverse("api:claim-detail", args=[claim.pk]))
    client.force_login(reviewer)

    response = client.post(
        admin_change("claims_metric", metric.pk), metric_form(metric, name="Recorded crime, all")
    )

    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.version == version + 1
    update = claim.frozen_versions.get(version=claim.version)
    assert update.kind == VersionKind.UPDATED
    assert update.note == f"Metric renamed from “{old_name}” to “Recorded crime, all”."
    assert update.actor == reviewer
    assert update.document["figures"][0]["metric"]["name"] == "Recorded crime, all"
    client.logout()
    # The live card: a new ETag, so a revalidating reader gets the new name at once.
    fresh = client.get(card_url(claim), HTTP_IF_NONE_MATCH=card["ETag"])
    assert fresh.status_code == 200
    assert fresh["ETag"] != card["ETag"]
    assert "Recorded crime, all" in fresh.content.decode()
    answer = client.get(
        reverse("api:claim-detail", args=[claim.pk]), HTTP_IF_NONE_MATCH=api["ETag"]
    )
    assert answer.status_code == 200
    assert answer.json()["figures"][0]["metric"]["name"] == "Recorded crime, all"
    assert answer.json()["version"] == claim.version


def test_a_card_pinned_before_a_rename_keeps_the_old_name(client, make_claim, reviewer):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    old_name, published = metric.name, claim.version

    services.shared_record_update(record=metric, actor=reviewer, changes={"name": "Renamed"})

    pinned = client.get(card_url(claim, version=published)).content.decode()
    assert old_name in pinned
    assert "Renamed" not in pinned
    assert "Renamed" in client.get(card_url(claim)).content.decode()


def test_renaming_the_claimant_shows_on_its_claims_and_pinned_cards_keep_the_old_name(
    client, make_claim, reviewer
):
    claimant = EntityFactory(name="City Police Service")
    claim = make_claim(status="published", claimant=claimant)
    published = claim.version

    moved = services.shared_record_update(
        record=claimant, actor=reviewer, changes={"name": "Metropolitan Police Service"}
    )

    assert [c.pk for c in moved] == [claim.pk]
    note = claim.frozen_versions.get(version=published + 1).note
    assert note == "Entity renamed from “City Police Service” to “Metropolitan Police Service”."
    assert "Metropolitan Police Service" in client.get(card_url(claim)).content.decode()
    assert "City Police Service" in client.get(card_url(claim, version=published)).content.decode()


def test_changing_a_cited_source_moves_every_claim_citing_it(make_claim, reviewer):
    claim = make_claim(status="published")
    source = claim.citations.get().source

    services.shared_record_update(record=source, actor=reviewer, changes={"title": "New title"})

    update = claim.frozen_versions.latest("version")
    assert update.kind == VersionKind.UPDATED
    assert "title changed from" in update.note
    assert update.document["citations"][0]["source"]["title"] == "New title"


def test_a_change_nobody_reads_moves_no_claim(make_claim, fact_checker):
    claimant = EntityFactory()
    claim = make_claim(status="published", claimant=claimant)
    version = claim.version

    moved = services.shared_record_update(
        record=claimant, actor=fact_checker, changes={"description": "Internal note"}
    )

    assert moved == []
    claim.refresh_from_db()
    assert claim.version == version


def test_a_record_no_public_claim_shows_is_anyones_to_edit(make_claim, fact_checker):
    make_claim(status="in_review")
    metric = MetricFactory()
    assert (
        services.shared_record_update(record=metric, actor=fact_checker, changes={"name": "X"})
        == []
    )
    metric.refresh_from_db()
    assert metric.name == "X"


# A fact-checker may not change what a published claim shows.


def test_fact_checker_renaming_a_published_metric_is_refused_and_nothing_changes(
    make_claim, fact_checker
):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    name, version = metric.name, claim.version

    with pytest.raises(PermissionDenied, match="Only a reviewer may change"):
        services.shared_record_update(record=metric, actor=fact_checker, changes={"name": "New"})

    metric.refresh_from_db()
    claim.refresh_from_db()
    assert (metric.name, claim.version) == (name, version)
    assert claim.frozen_versions.count() == 1


def test_the_admin_form_says_why_a_fact_checker_may_not_rename_it(client, make_claim, fact_checker):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    client.force_login(fact_checker)

    page = client.get(admin_change("claims_metric", metric.pk))
    assert "1 published claim shows this" in page.content.decode()
    response = client.post(
        admin_change("claims_metric", metric.pk), metric_form(metric, name="New")
    )

    assert response.status_code == 200
    assert "Only a reviewer may change what this metric shows" in response.content.decode()
    metric.refresh_from_db()
    assert metric.name != "New"


def test_an_invalid_rename_stores_nothing(make_claim, reviewer):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    taken = MetricFactory()
    version = claim.version

    with pytest.raises(ValidationError):
        services.shared_record_update(record=metric, actor=reviewer, changes={"name": taken.name})

    claim.refresh_from_db()
    assert claim.version == version
    assert not ClaimVersion.objects.filter(kind=VersionKind.UPDATED).exists()


# The versions in the API.


def test_the_api_lists_a_claims_versions_with_their_notes(client, make_claim, reviewer):
    claim = make_claim(status="published")
    services.claim_correct(claim=claim, actor=reviewer, note="The period was 2015.")

    response = client.get(reverse("api:claim-versions", args=[claim.pk]))

    assert response.status_code == 200
    rows = response.json()
    assert [(row["kind"], row["note"]) for row in rows] == [
        ("published", "checked"),
        ("corrected", "The period was 2015."),
    ]
    first = client.get(rows[0]["document"])
    assert first.status_code == 200
    assert first.json()["status"] == "published"
    assert first.json()["version"] == rows[0]["version"]
    assert first.json()["links"]["self"].endswith(f"/api/v1/claims/{claim.pk}/")


def test_a_frozen_version_in_the_api_keeps_the_old_metric_name(client, make_claim, reviewer):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    old_name, published = metric.name, claim.version
    services.shared_record_update(record=metric, actor=reviewer, changes={"name": "Renamed"})

    frozen = client.get(reverse("api:claim-version", args=[claim.pk, published])).json()
    live = client.get(reverse("api:claim-detail", args=[claim.pk])).json()

    assert frozen["figures"][0]["metric"]["name"] == old_name
    assert live["figures"][0]["metric"]["name"] == "Renamed"
    assert live["version"] == published + 1


@pytest.mark.parametrize("number", ["0", "999", "x", "²", "99999999999999999999"])
def test_a_version_that_is_not_there_is_a_json_404(client, make_claim, number):
    claim = make_claim(status="published")
    response = client.get(f"/api/v1/claims/{claim.pk}/versions/{number}/")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_a_drafts_versions_are_nobodys_business_but_staff(client, make_claim, reviewer):
    claim = make_claim(status="in_review")
    assert client.get(reverse("api:claim-versions", args=[claim.pk])).status_code == 404
    client.force_login(reviewer)
    assert client.get(reverse("api:claim-versions", args=[claim.pk])).json() == []


# A version's page.


def test_a_versions_page_shows_it_as_published_and_links_to_the_current_one(
    client, make_claim, reviewer
):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    old_name, published = metric.name, claim.version
    services.shared_record_update(record=metric, actor=reviewer, changes={"name": "Renamed"})

    page = client.get(reverse("claim_version_page", args=[claim.pk, published]))

    body = page.content.decode()
    assert page.status_code == 200
    assert f"— {old_name}" in body  # the figure's metric, as published
    assert "— Renamed" not in body
    assert f"Version {published} of this fact-check, published" in body
    assert reverse("claim_page", args=[claim.pk]) in body
    assert f"Metric renamed from “{old_name}” to “Renamed”." in body  # the list of versions
    current = client.get(reverse("claim_version_page", args=[claim.pk, published + 1]))
    assert "— Renamed" in current.content.decode()


def test_a_retracted_versions_page_shows_the_verdict_withdrawn(client, make_claim):
    claim = make_claim(status="retracted")
    body = client.get(
        reverse("claim_version_page", args=[claim.pk, claim.version])
    ).content.decode()
    assert "withdrawn" in body
    assert "Source withdrawn." in body
    assert 'class="verdict verdict--' not in body


def test_no_page_for_a_version_that_was_not_public(client, make_claim):
    claim = make_claim(status="published")
    assert client.get(reverse("claim_version_page", args=[claim.pk, 1])).status_code == 404
    draft = make_claim(status="in_review")
    assert client.get(f"/claims/{draft.pk}/versions/1/").status_code == 404


def test_a_topic_published_claims_show_cannot_be_deleted_in_the_admin(client, make_claim, reviewer):
    from tests.factories import TopicFactory

    topic = TopicFactory()
    claim = make_claim(status="published")
    claim.topics.add(topic)
    client.force_login(reviewer)

    response = client.post(reverse("admin:claims_topic_delete", args=[topic.pk]), {"post": "yes"})

    assert response.status_code == 403
    assert claim.topics.filter(pk=topic.pk).exists()


def test_staff_read_frozen_versions_in_the_admin_and_nobody_edits_them(
    client, make_claim, fact_checker
):
    claim = make_claim(status="published")
    version = claim.frozen_versions.get()
    client.force_login(fact_checker)

    listing = client.get(reverse("admin:claims_claimversion_changelist"))
    assert listing.status_code == 200
    assert "checked" in listing.content.decode()
    page = client.get(reverse("admin:claims_claimversion_change", args=[version.pk]))
    assert page.status_code == 200
    assert 'name="note"' not in page.content.decode()  # read-only
    assert (
        client.post(
            reverse("admin:claims_claimversion_delete", args=[version.pk]), {"post": "yes"}
        ).status_code
        == 403
    )
    assert claim.frozen_versions.count() == 1


def test_the_claim_page_history_says_what_a_shared_record_update_changed(
    client, make_claim, reviewer
):
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    old_name = metric.name
    services.shared_record_update(record=metric, actor=reviewer, changes={"name": "Renamed"})

    body = client.get(reverse("claim_page", args=[claim.pk])).content.decode()

    history = body[body.index('id="history"') :]
    assert "Updated</strong>" in history
    assert f"Metric renamed from “{old_name}” to “Renamed”." in history
    published = claim.frozen_versions.get(kind=VersionKind.PUBLISHED).version
    assert reverse("claim_version_page", args=[claim.pk, published]) in history
