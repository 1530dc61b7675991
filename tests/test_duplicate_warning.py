"""Recording what is already recorded (the same quote, or a figure for the same metric from the
same source) warns, names the claim that holds it and offers to cite the new source there as
another appearance instead: through the API (409), the admin's claim form (warn, then "record
anyway") and accepting an article's suggestion."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from rest_framework.test import APIClient

from claims import services
from claims.models import Citation, Claim, DecisionStatus
from claims.selectors import possible_duplicates
from intake import services as intake_services
from intake.models import Suggestion
from tests.factories import EntityFactory, MetricFactory, SnapshotFactory, SourceFactory
from tests.forms import form_data

pytestmark = pytest.mark.django_db

QUOTE = "crime fell by 46 per cent"
# Every role that may record a claim; an editor reads only.
RECORDING_ROLES = ["fact_checker", "reviewer", "admin_user"]


@pytest.fixture
def recorded(make_claim):  # type: ignore[no-untyped-def]
    """A draft claim citing QUOTE from its source, with a figure of 46 per cent."""
    return make_claim(status="draft")


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def api_for(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.force_authenticate(user=user)
    return client


def new_claim(user) -> Claim:  # type: ignore[no-untyped-def]
    return services.claim_create(statement="Crime fell.", claimant=EntityFactory(), actor=user)


def post_citation(client: APIClient, claim: Claim, **body: object):  # type: ignore[no-untyped-def]
    etag = client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    return client.post(
        f"/api/v1/claims/{claim.pk}/citations/", body, format="json", HTTP_IF_MATCH=etag
    )


def post_figure(client: APIClient, claim: Claim, **body: object):  # type: ignore[no-untyped-def]
    etag = client.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    return client.post(
        f"/api/v1/claims/{claim.pk}/figures/", body, format="json", HTTP_IF_MATCH=etag
    )


# -- the API ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", RECORDING_ROLES)
def test_citing_a_recorded_quote_from_another_source_is_409_naming_the_claim(
    request, recorded, role
):
    user = request.getfixturevalue(role)
    client = api_for(user)
    claim = new_claim(user)
    syndicated = SnapshotFactory().source
    version = claim.version

    response = post_citation(
        client, claim, source=syndicated.pk, quote="Crime  fell by\n46\u00a0PER cent"
    )

    assert response.status_code == 409, response.json()
    body = response.json()
    assert "Already recorded" in body["detail"]
    [duplicate] = body["duplicates"]
    assert duplicate["id"] == recorded.pk
    assert duplicate["url"] == f"http://testserver/api/v1/claims/{recorded.pk}/"
    assert duplicate["status"] == "draft"
    assert duplicate["same_quote"] is True
    assert duplicate["same_figures"] == []
    assert duplicate["add_appearance"] == {
        "url": f"http://testserver/api/v1/claims/{recorded.pk}/citations/",
        "body": {"source": syndicated.pk, "quote": "Crime  fell by\n46\u00a0PER cent"},
    }
    claim.refresh_from_db()
    assert claim.version == version and not claim.citations.exists()


def test_the_409_offer_adds_the_source_to_the_recorded_claim(fact_checker, recorded):
    client = api_for(fact_checker)
    syndicated = SnapshotFactory().source
    conflict = post_citation(client, new_claim(fact_checker), source=syndicated.pk, quote=QUOTE)
    offer = conflict.json()["duplicates"][0]["add_appearance"]

    etag = client.get(f"/api/v1/claims/{recorded.pk}/")["ETag"]
    response = client.post(offer["url"], offer["body"], format="json", HTTP_IF_MATCH=etag)

    assert response.status_code == 201, response.json()
    sources = {citation["source"]["id"] for citation in response.json()["citations"]}
    assert syndicated.pk in sources and len(sources) == 2
    assert Claim.objects.count() == 2  # and no third


def test_allow_duplicate_records_it_anyway(fact_checker, recorded):
    client = api_for(fact_checker)
    claim = new_claim(fact_checker)

    response = post_citation(
        client, claim, source=SnapshotFactory().source.pk, quote=QUOTE, allow_duplicate=True
    )

    assert response.status_code == 201, response.json()
    assert [c["quote"] for c in response.json()["citations"]] == [QUOTE]


def test_a_figure_recorded_for_the_same_metric_and_source_is_409(fact_checker, make_claim):
    published = make_claim(status="published")
    metric = published.figures.get().metric
    source = published.citations.get().source
    client = api_for(fact_checker)
    claim = new_claim(fact_checker)
    cited = post_citation(client, claim, source=source.pk, quote="after the cameras went up")
    assert cited.status_code == 201, cited.json()

    response = post_figure(client, claim, metric=metric.pk, unit="percent", value="46")

    assert response.status_code == 409, response.json()
    [duplicate] = response.json()["duplicates"]
    assert duplicate["id"] == published.pk
    assert duplicate["status"] == "published"
    assert duplicate["same_quote"] is False
    assert duplicate["same_figures"] == [
        {"id": published.figures.get().pk, "metric": metric.pk, "display": "46%"}
    ]
    # The recorded claim already cites that source: there is no appearance to add.
    assert duplicate["add_appearance"] is None
    assert not claim.figures.exists()
    # Another value for the metric from that source is a competing figure, not a duplicate.
    other = post_figure(client, claim, metric=metric.pk, unit="percent", value="40")
    assert other.status_code == 201, other.json()


def test_a_published_duplicate_is_named_but_offers_no_appearance(fact_checker, make_claim):
    published = make_claim(status="published")

    response = post_citation(
        api_for(fact_checker),
        new_claim(fact_checker),
        source=SnapshotFactory().source.pk,
        quote=QUOTE.upper(),
    )

    assert response.status_code == 409
    [duplicate] = response.json()["duplicates"]
    assert (duplicate["id"], duplicate["add_appearance"]) == (published.pk, None)


def test_citing_a_source_of_a_recorded_figure_is_409(fact_checker, recorded):
    """The figure first, then the citation of the source the recorded claim has it from."""
    client = api_for(fact_checker)
    claim = new_claim(fact_checker)
    metric = recorded.figures.get().metric
    assert (
        post_figure(client, claim, metric=metric.pk, unit="percent", value="46").status_code == 201
    )

    response = post_citation(
        client, claim, source=recorded.citations.get().source.pk, quote="after the cameras went up"
    )

    assert response.status_code == 409, response.json()
    assert response.json()["duplicates"][0]["same_figures"][0]["display"] == "46%"


def test_an_editor_is_refused_without_learning_of_duplicates(editor, fact_checker, recorded):
    claim = new_claim(fact_checker)
    response = post_citation(api_for(editor), claim, source=SourceFactory().pk, quote=QUOTE)

    assert response.status_code == 403
    assert "duplicates" not in response.json()


def test_a_huge_quote_is_refused_as_too_long_not_searched(fact_checker, recorded):
    response = post_citation(
        api_for(fact_checker),
        new_claim(fact_checker),
        source=SourceFactory().pk,
        quote=(QUOTE + " ") * 10_000,
    )

    assert response.status_code == 400
    assert "quote" in response.json()


def test_quotes_match_whatever_their_whitespace_case_or_quotation_marks(fact_checker):
    claim = new_claim(fact_checker)
    services.citation_add(
        claim=claim, actor=fact_checker, source=SourceFactory(), quote="the “safe city” works"
    )

    for variant in (
        'The "safe city" works',
        "the \u201csafe city\u201d\tworks ",
        "\n THE  “SAFE CITY”\u00a0WORKS",
    ):
        found = possible_duplicates(quote=variant, source=None, user=fact_checker)
        assert [duplicate.claim for duplicate in found] == [claim], variant
    for other in ("the safe city works", "the “safe city” worked", "“safe city”"):
        assert possible_duplicates(quote=other, source=None, user=fact_checker) == []


def test_a_huge_or_empty_quote_matches_nothing_and_asks_nothing(
    fact_checker, recorded, django_assert_num_queries
):
    fact_checker.has_perm("claims.view_claim")  # the permission cache, filled beforehand
    with django_assert_num_queries(0):
        assert possible_duplicates(quote=QUOTE * 50_000, source=None, user=fact_checker) == []
        assert possible_duplicates(quote=" \n\t ", source=None, user=fact_checker) == []


def test_duplicates_are_read_under_the_one_read_rule(fact_checker, recorded, make_claim):
    published = make_claim(status="published")

    seen_by_staff = possible_duplicates(quote=QUOTE, source=None, user=fact_checker)
    seen_by_anyone = possible_duplicates(quote=QUOTE, source=None, user=AnonymousUser())

    assert [d.claim for d in seen_by_staff] == [recorded, published]
    assert [d.claim for d in seen_by_anyone] == [published]
    assert (
        possible_duplicates(quote=QUOTE, source=None, exclude_claim=recorded, user=fact_checker)
        == seen_by_anyone
    )


def test_the_schema_documents_the_409_and_how_to_record_anyway(api):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    for path in ("/api/v1/claims/{id}/citations/", "/api/v1/claims/{id}/figures/"):
        operation = schema["paths"][path]["post"]
        conflict = operation["responses"]["409"]["content"]["application/json"]["schema"]
        assert conflict["$ref"].endswith("/DuplicateError")
        request_body = operation["requestBody"]["content"]["application/json"]["schema"]
        name = request_body["$ref"].rsplit("/", 1)[1]
        assert "allow_duplicate" in schema["components"]["schemas"][name]["properties"]
    duplicate = schema["components"]["schemas"]["DuplicateClaim"]["properties"]
    assert {"id", "url", "same_quote", "same_figures", "add_appearance"} <= set(duplicate)


# -- the admin's claim form ---------------------------------------------------------------------


def add_form(client, *, source, metric, quote=QUOTE, value="46"):  # type: ignore[no-untyped-def]
    page = client.get(reverse("admin:claims_claim_add"))
    data = form_data(page.content.decode(), form_id="claim_form")
    data.update(
        {
            "statement": "Crime fell by 46 per cent after the cameras went up.",
            "claimant": str(EntityFactory().pk),
            "figures-TOTAL_FORMS": "1",
            "figures-0-metric": str(metric.pk),
            "figures-0-qualifier": "exact",
            "figures-0-value": value,
            "figures-0-unit": "percent",
            "figures-0-date_value_precision": "unknown",
            "figures-0-rank": "normal",
            "figures-0-difference": "none",
            "citations-TOTAL_FORMS": "1",
            "citations-0-source": str(source.pk),
            "citations-0-role": "appears_in",
            "citations-0-quote": quote,
        }
    )
    return data


@pytest.mark.parametrize("role", RECORDING_ROLES)
def test_the_add_form_warns_of_the_same_sentence_then_records_it_when_confirmed(
    client, request, recorded, role
):
    client.force_login(request.getfixturevalue(role))
    source, metric = recorded.citations.get().source, recorded.figures.get().metric

    warned = client.post(
        reverse("admin:claims_claim_add"), add_form(client, source=source, metric=metric)
    )

    assert warned.status_code == 200
    body = warned.content.decode()
    assert 'id="duplicate-warning"' in body
    assert reverse("admin:claims_claim_change", args=[recorded.pk]) in body
    assert "the same quote" in body and "46% for" in body
    # Same source, same quote: the recorded claim already has this appearance.
    assert "as another appearance instead</a>" not in body
    assert Claim.objects.count() == 1

    again = form_data(body, form_id="claim_form")
    again["record_duplicate_of"] = str(recorded.pk)
    confirmed = client.post(reverse("admin:claims_claim_add"), again)

    assert confirmed.status_code == 302, confirmed.content.decode()[:3000]
    assert Claim.objects.count() == 2


def test_a_tick_for_another_claim_does_not_record_it(client, fact_checker, recorded):
    client.force_login(fact_checker)
    data = add_form(
        client, source=recorded.citations.get().source, metric=recorded.figures.get().metric
    )
    data["record_duplicate_of"] = f"{recorded.pk + 1},x,{'9' * 40}"

    response = client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 200
    assert 'id="duplicate-warning"' in response.content.decode()
    assert Claim.objects.count() == 1


@pytest.mark.parametrize("role", RECORDING_ROLES)
def test_the_add_form_offers_the_new_source_as_another_appearance(client, request, recorded, role):
    client.force_login(request.getfixturevalue(role))
    syndicated = SnapshotFactory().source

    warned = client.post(
        reverse("admin:claims_claim_add"),
        add_form(
            client, source=syndicated, metric=MetricFactory(), quote="crime fell by\n46 per  cent"
        ),
    )

    body = warned.content.decode()
    assert f"Add {syndicated} to that claim as another appearance instead" in body
    offer = reverse("admin:claims_claim_add_appearance", args=[recorded.pk])
    link = body.split(f'href="{offer}', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    page = client.get(offer + link)
    assert page.status_code == 200
    assert "Add as another appearance" in page.content.decode()

    added = client.post(offer, form_data(page.content.decode(), form_id="appearance-form"))

    assert added.status_code == 302
    assert added["Location"] == reverse("admin:claims_claim_change", args=[recorded.pk])
    assert {c.source for c in recorded.citations.all()} == {
        syndicated,
        recorded.citations.first().source,
    }
    assert Claim.objects.count() == 1


def test_the_appearance_page_refuses_a_published_claim(client, fact_checker, make_claim):
    published = make_claim(status="published")
    client.force_login(fact_checker)
    offer = reverse("admin:claims_claim_add_appearance", args=[published.pk])
    source = SnapshotFactory().source

    page = client.get(offer, {"source": source.pk, "quote": QUOTE})
    posted = client.post(offer, {"source": source.pk, "quote": QUOTE})

    assert "citations are added to draft or in-review claims only" in page.content.decode()
    assert posted.status_code == 200
    assert published.citations.count() == 1


def test_the_appearance_page_is_closed_to_an_editor(client, editor, recorded):
    client.force_login(editor)
    offer = reverse("admin:claims_claim_add_appearance", args=[recorded.pk])

    response = client.post(offer, {"source": SnapshotFactory().source.pk, "quote": QUOTE})

    assert response.status_code == 200
    assert "Only fact-checkers and reviewers add citations." in response.content.decode()
    assert recorded.citations.count() == 1


def test_a_citation_added_on_the_change_form_is_warned_of(client, fact_checker, recorded):
    claim = new_claim(fact_checker)
    client.force_login(fact_checker)
    change = reverse("admin:claims_claim_change", args=[claim.pk])
    data = form_data(client.get(change).content.decode(), form_id="claim_form")
    data.update(
        {
            "citations-TOTAL_FORMS": "1",
            # No snapshot: the quote is not checked, so its case may differ from the article's.
            "citations-0-source": str(SourceFactory().pk),
            "citations-0-role": "appears_in",
            "citations-0-quote": f"  {QUOTE.title()} ",
        }
    )

    response = client.post(change, data)

    assert response.status_code == 200
    assert 'id="duplicate-warning"' in response.content.decode()
    assert not claim.citations.exists()


def test_a_huge_quote_on_the_add_form_is_a_form_error(client, fact_checker, recorded):
    client.force_login(fact_checker)
    data = add_form(
        client,
        source=recorded.citations.get().source,
        metric=MetricFactory(),
        quote="crime " * 20_000,
    )

    response = client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 200
    assert 'id="duplicate-warning"' not in response.content.decode()
    assert Claim.objects.count() == 1


def test_an_unrelated_claim_is_recorded_without_a_warning(client, fact_checker, recorded):
    client.force_login(fact_checker)
    data = add_form(
        client,
        source=recorded.citations.get().source,
        metric=recorded.figures.get().metric,
        quote="after the cameras went up",
        value="40",
    )

    response = client.post(reverse("admin:claims_claim_add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]


# -- accepting a suggestion ---------------------------------------------------------------------

SENTENCE = (
    "Chinese telecoms company Huawei boasts that its cameras led to a 46 per cent drop in crime."
)
# The fact-checker's choices on the suggestion's page: who says it and the figure's metric.
CHOICES = {"new_claimant": "Huawei", "new_metric_0": "Drop in crime after cameras"}
METRICS = {0: "Drop in crime after cameras"}


def suggestion_in(title: str, actor) -> Suggestion:  # type: ignore[no-untyped-def]
    report = intake_services.source_ingest(
        text=f"{title}\n\n{SENTENCE}\n", origin=f"{title}.txt", title=title, actor=actor
    )
    [suggestion] = report.suggestions
    return suggestion


@pytest.mark.parametrize("role", RECORDING_ROLES)
def test_accepting_a_recorded_sentence_warns_and_attaches_it_as_another_appearance(
    client, request, role
):
    user = request.getfixturevalue(role)
    first = suggestion_in("Cameras in the capital", user)
    claim = intake_services.suggestion_accept(suggestion=first, actor=user, metrics=METRICS)
    second = suggestion_in("Surveillance boom reported", user)
    client.force_login(user)

    refused = client.post(reverse("admin:intake_suggestion_accept", args=[second.pk]), CHOICES)

    body = refused.content.decode()
    assert refused.status_code == 200
    assert "Already recorded" in body and 'id="duplicate-warning"' in body
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in body
    assert "Add this source to that claim as another appearance instead" in body
    assert Claim.objects.count() == 1
    second.refresh_from_db()
    assert second.status == DecisionStatus.PENDING

    attached = client.post(reverse("admin:intake_suggestion_attach", args=[second.pk, claim.pk]))

    assert attached["Location"] == reverse("admin:claims_claim_change", args=[claim.pk])
    assert {c.source for c in claim.citations.all()} == {first.source, second.source}
    second.refresh_from_db()
    assert (second.status, second.claim) == (DecisionStatus.ACCEPTED, claim)
    assert Claim.objects.count() == 1


def test_a_recorded_sentence_may_be_accepted_as_a_new_claim_anyway(client, fact_checker):
    intake_services.suggestion_accept(
        suggestion=suggestion_in("Cameras in the capital", fact_checker),
        actor=fact_checker,
        metrics=METRICS,
    )
    second = suggestion_in("Surveillance boom reported", fact_checker)
    client.force_login(fact_checker)
    assert (
        "Accept as a new claim anyway"
        in client.get(reverse("admin:intake_suggestion_change", args=[second.pk])).content.decode()
    )

    response = client.post(
        reverse("admin:intake_suggestion_accept", args=[second.pk]),
        {"allow_duplicate": "1", **CHOICES},
    )

    second.refresh_from_db()
    assert response["Location"] == reverse("admin:claims_claim_change", args=[second.claim_id])
    assert Claim.objects.count() == 2


def test_a_fresh_suggestion_shows_no_warning(client, fact_checker):
    suggestion = suggestion_in("Cameras in the capital", fact_checker)
    client.force_login(fact_checker)

    body = client.get(
        reverse("admin:intake_suggestion_change", args=[suggestion.pk])
    ).content.decode()

    assert 'id="duplicate-warning"' not in body
    assert "Accept as draft claim" in body


def test_the_bulk_accept_action_leaves_a_recorded_sentence_pending(client, fact_checker):
    intake_services.suggestion_accept(
        suggestion=suggestion_in("Cameras in the capital", fact_checker),
        actor=fact_checker,
        metrics=METRICS,
    )
    second = suggestion_in("Surveillance boom reported", fact_checker)
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:intake_suggestion_changelist"),
        {"action": "accept_selected", "_selected_action": [second.pk]},
        follow=True,
    )

    assert "Already recorded" in response.content.decode()
    second.refresh_from_db()
    assert second.status == DecisionStatus.PENDING
    assert Citation.objects.count() == 1


def test_accepting_a_suggestion_whose_figure_is_recorded_from_its_source_warns(fact_checker):
    """A figure on a metric chosen for it (here, in `metrics`), recorded from the same article."""
    suggestion = suggestion_in("Cameras in the capital", fact_checker)
    claim = new_claim(fact_checker)
    metric = MetricFactory()
    services.figure_add(
        claim=claim, actor=fact_checker, metric=metric, unit="percent", value=Decimal(46)
    )
    services.citation_add(
        claim=claim, actor=fact_checker, source=suggestion.source, quote="Cameras in the capital"
    )

    found = intake_services.suggestion_duplicates(
        suggestion=suggestion, actor=fact_checker, metrics={0: metric}
    )

    assert [duplicate.claim for duplicate in found] == [claim]
    assert found[0].figures and not found[0].citations
