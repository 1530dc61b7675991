"""A fact-checker finds the intake from the admin, reads a suggestion's sentence in its
paragraph, and decides on the one page: accept with the claimant and each figure's metric chosen
there (a recorded metric, best matches first, or a new one they name; never one made up), or
dismiss with a note. A suggestion already recorded says "already checked" and offers to attach
the new source; the same article pasted twice is one source."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Citation, Claim, DecisionStatus, Metric
from intake import services as intake_services
from intake.models import Suggestion
from sources.models import Entity, Snapshot, Source
from tests.factories import EntityFactory, MetricFactory

pytestmark = pytest.mark.django_db

HUAWEI = "46 per cent"


@pytest.fixture
def suggestions(article_file):  # type: ignore[no-untyped-def]
    report = intake_services.source_ingest(
        text=article_file.read_text(), origin="port.txt", publisher_name="Harbour News"
    )
    return {item.figures[0]["as_written"]: item for item in report.suggestions}


def page_of(suggestion: Suggestion) -> str:
    return reverse("admin:intake_suggestion_change", args=[suggestion.pk])


def test_add_article_is_linked_from_the_index_the_sources_and_the_suggestions(
    client, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    add_article = reverse("admin:intake_suggestion_add_article")

    for listing in ("admin:index", "admin:sources_source_changelist"):
        body = client.get(reverse(listing)).content.decode()
        assert f'href="{add_article}"' in body, listing
    suggestions_list = client.get(reverse("admin:intake_suggestion_changelist")).content.decode()
    assert f'href="{add_article}"' in suggestions_list


def test_the_page_shows_the_sentence_marked_in_its_paragraph_not_offsets_or_json(
    client, fact_checker, suggestions
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    suggestion = suggestions[HUAWEI]

    body = client.get(page_of(suggestion)).content.decode()

    assert f"<mark>{suggestion.sentence}</mark>" in body
    shown = body[: body.index('<details class="tally-panel intake-details">')]
    assert "46% (per cent, exactly)" in shown
    assert "Huawei" in shown
    assert '"value"' not in shown and "quote_start" not in shown


def test_accepting_uses_the_claimant_and_recorded_metric_chosen_on_the_page(
    client, fact_checker, suggestions
) -> None:  # type: ignore[no-untyped-def]
    suggestion = suggestions[HUAWEI]
    similar = MetricFactory(name="Drop in crime after Huawei cameras", unit="percent")
    unrelated = MetricFactory(name="Unemployment rate", unit="percent")
    MetricFactory(name="Containers handled", unit="count")
    claimant = EntityFactory(name="Huawei Technologies")
    client.force_login(fact_checker)

    body = client.get(page_of(suggestion)).content.decode()
    select = body[body.index('name="metric_0"') :]
    select = select[: select.index("</select>")]
    assert select.index("Best matches") < select.index(similar.name)
    assert select.index(similar.name) < select.index(unrelated.name)
    assert "Containers handled" not in select  # another unit

    response = client.post(
        page_of(suggestion),
        {"decision": "accept", "claimant": claimant.pk, "metric_0": similar.pk},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    suggestion.refresh_from_db()
    claim = suggestion.claim
    assert response["Location"] == reverse("admin:claims_claim_change", args=[claim.pk])
    assert claim.claimant == claimant
    assert claim.figures.get().metric == similar
    assert Metric.objects.count() == 3


def test_accepting_with_a_new_metric_named_by_the_fact_checker(
    client, fact_checker, suggestions
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    suggestion = suggestions[HUAWEI]

    response = client.post(
        page_of(suggestion),
        {
            "decision": "accept",
            "new_claimant": "Huawei",
            "new_claimant_kind": "company",
            "new_metric_0": "  Fall in crime  where Huawei cameras stand ",
        },
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    claim = Claim.objects.get()
    metric = claim.figures.get().metric
    assert (metric.name, metric.unit) == ("Fall in crime where Huawei cameras stand", "percent")
    assert (claim.claimant.name, claim.claimant.kind) == ("Huawei", "company")


def test_a_figure_without_a_metric_is_a_form_error_and_nothing_is_stored(
    client, fact_checker, suggestions
) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    suggestion = suggestions[HUAWEI]
    entities, metrics = Entity.objects.count(), Metric.objects.count()

    response = client.post(page_of(suggestion), {"decision": "accept", "new_claimant": "Huawei"})

    assert response.status_code == 200
    assert "Choose the metric this figure measures, or name a new one." in (
        response.content.decode()
    )
    assert not Claim.objects.exists()
    assert (Entity.objects.count(), Metric.objects.count()) == (entities, metrics)
    suggestion.refresh_from_db()
    assert suggestion.status == DecisionStatus.PENDING


def test_the_service_never_invents_a_metric(fact_checker, suggestions) -> None:  # type: ignore[no-untyped-def]
    metrics = Metric.objects.count()

    with pytest.raises(ValidationError, match="Choose the metric each figure measures"):
        intake_services.suggestion_accept(suggestion=suggestions[HUAWEI], actor=fact_checker)

    assert not Claim.objects.exists()
    assert Metric.objects.count() == metrics


def test_a_metric_of_another_unit_is_refused(fact_checker, suggestions) -> None:  # type: ignore[no-untyped-def]
    counted = MetricFactory(name="Cameras installed", unit="count")

    with pytest.raises(ValidationError, match="choose another metric"):
        intake_services.suggestion_accept(
            suggestion=suggestions[HUAWEI], actor=fact_checker, metrics={0: counted}
        )

    assert not Claim.objects.exists()


def test_a_recorded_sentence_says_already_checked_and_attaches_as_another_appearance(
    client, fact_checker, suggestions, article_file
) -> None:  # type: ignore[no-untyped-def]
    claim = intake_services.suggestion_accept(
        suggestion=suggestions[HUAWEI], actor=fact_checker, metrics={0: "Crime fall"}
    )
    again = intake_services.source_ingest(
        text="Surveillance boom\n\n" + article_file.read_text(), origin="syndicated.txt"
    )
    [repeated] = [item for item in again.suggestions if item.quote == suggestions[HUAWEI].quote]
    client.force_login(fact_checker)
    claim_page = reverse("admin:claims_claim_change", args=[claim.pk])

    listing = client.get(
        reverse("admin:intake_suggestion_changelist"), {"source__id__exact": again.source.pk}
    ).content.decode()
    row = listing[listing.index(f"/admin/intake/suggestion/{repeated.pk}/change/") :]
    row = row[: row.index("</tr>")]
    assert "Already checked" in row and claim_page in row

    page = client.get(page_of(repeated)).content.decode()
    assert 'id="already-checked"' in page and claim_page in page
    attach = reverse("admin:intake_suggestion_attach", args=[repeated.pk, claim.pk])
    assert f'action="{attach}"' in page

    response = client.post(attach)

    assert response["Location"] == claim_page
    assert {citation.source for citation in claim.citations.all()} == {
        suggestions[HUAWEI].source,
        again.source,
    }
    repeated.refresh_from_db()
    assert (repeated.status, repeated.claim) == (DecisionStatus.ACCEPTED, claim)
    assert Claim.objects.count() == 1


def test_dismissing_with_a_note(client, fact_checker, suggestions) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    suggestion = suggestions["almost 60 percent"]

    response = client.post(
        page_of(suggestion), {"decision": "dismiss", "note": "A market estimate, not a claim"}
    )

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:intake_suggestion_changelist"))
    suggestion.refresh_from_db()
    assert suggestion.status == DecisionStatus.DISMISSED
    assert suggestion.decision_note == "A market estimate, not a claim"
    assert not Claim.objects.exists()
    decided = client.get(page_of(suggestion)).content.decode()
    assert "A market estimate, not a claim" in decided and 'id="decision-form"' not in decided


def test_an_editor_sees_the_page_but_may_not_decide(client, editor, suggestions) -> None:  # type: ignore[no-untyped-def]
    client.force_login(editor)
    suggestion = suggestions[HUAWEI]

    page = client.get(page_of(suggestion))
    refused = client.post(page_of(suggestion), {"decision": "dismiss"})

    assert page.status_code == 200 and 'id="decision-form"' not in page.content.decode()
    assert refused.status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.status == DecisionStatus.PENDING


def test_the_same_text_pasted_twice_is_one_source(client, fact_checker, article_file) -> None:  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)
    add_article = reverse("admin:intake_suggestion_add_article")
    text = article_file.read_text()

    client.post(add_article, {"text": text, "title": "Record cargo", "publisher": "Harbour News"})
    # Pasted again from another window: other line endings and stray spaces, another title.
    again = text.replace("\n", "\r\n").replace(". ", ".  ") + "\r\n\r\n"
    response = client.post(add_article, {"text": again, "title": "Cargo record (copy)"})

    assert response.status_code == 302
    source = Source.objects.get()
    assert response["Location"].endswith(f"source__id__exact={source.pk}")
    assert source.snapshots.count() == 1
    assert Suggestion.objects.filter(source=source).count() == 3


def test_pasting_the_text_of_a_stored_snapshot_attaches_to_its_source(fact_checker) -> None:  # type: ignore[no-untyped-def]
    first = intake_services.source_ingest(
        text="Cargo\n\nThe port handled 8.4 million containers in 2023, the port authority said.\n",
        url="https://news.example/port",
        actor=fact_checker,
    )

    pasted = intake_services.source_ingest(
        # Another window's line endings, trailing spaces and blank lines; indentation is kept by
        # normalisation (it shapes comment threads), so the paste keeps the article's own.
        text="Cargo\r\n\r\nThe port handled 8.4 million  containers in 2023, the port authority "
        "said.  \r\n\r\n\r\n",
        title="Pasted copy",
        actor=fact_checker,
    )

    assert pasted.source == first.source and not pasted.source_created
    assert not pasted.snapshot_created
    assert Source.objects.count() == 1 and Snapshot.objects.count() == 1
    assert Citation.objects.count() == 0
