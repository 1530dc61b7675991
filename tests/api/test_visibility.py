"""Drafts never leak: not through any endpoint, filter, count or related field. One draft and one
published claim share a metric, a source and a claimant; each role looks through every door."""

from collections.abc import Iterator

import pytest

from claims.models import Claim, Figure
from tests.database_image import DatabaseImages
from tests.factories import EntityFactory, SnapshotFactory, claim_maker, role_user

pytestmark = pytest.mark.django_db

SECRET = "Secret draft: the vendor's cameras cut crime by 90 per cent."


@pytest.fixture
def pair(db: None, database_images: DatabaseImages) -> Iterator[tuple[Claim, Claim, Claim]]:
    """A published claim and a draft that shares its metric and source, and a draft whose
    claimant, metric and source appear nowhere public: built once per session and copied into
    each test (ask for it before a user, which it would replace)."""
    with database_images.restored(
        "visibility: a published claim and two drafts", _pair, first=True
    ) as claim_ids:
        published, draft, hidden = (Claim.objects.get(pk=pk) for pk in claim_ids)
        yield published, draft, hidden


def _pair() -> tuple[int, int, int]:
    make_claim = claim_maker(role_user("fact_checker"), role_user("reviewer"))
    published = make_claim(status="published")
    draft = make_claim(status="draft", statement=SECRET)
    shared_figure = draft.figures.get()
    shared_figure.metric = published.figures.get().metric
    shared_figure.save()
    citation = draft.citations.get()
    citation.source = published.citations.get().source
    citation.save()
    hidden = make_claim(status="draft", claimant=EntityFactory(name="Hidden Claimant"))
    return published.pk, draft.pk, hidden.pk


def ids(response):
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_anonymous_list_and_detail_show_published_claims_only(api, pair):
    published, draft, _hidden = pair

    assert ids(api.get("/api/v1/claims/")) == [published.pk]
    assert api.get(f"/api/v1/claims/{draft.pk}/").status_code == 404
    assert api.get(f"/api/v1/claims/{draft.pk}/claimreview/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "status=draft",
        "status=draft&status=published",
        "q=vendor",
        "q=Secret",
        "claimant={hidden_claimant}",
        "metric={hidden_metric}",
        "source={hidden_source}",
        "value_min=0",
        "unit=percent",
    ],
)
def test_no_filter_finds_a_draft_for_anonymous(api, pair, query):
    published, draft, hidden = pair
    original = query
    query = query.format(
        hidden_claimant=hidden.claimant_id,
        hidden_metric=hidden.figures.get().metric_id,
        hidden_source=hidden.citations.get().source_id,
    )

    response = api.get(f"/api/v1/claims/?{query}")

    if "={" not in original:
        found = ids(response)
        assert draft.pk not in found and hidden.pk not in found
        assert set(found) <= {published.pk}
    else:
        # A record only hidden claims name is, to a reader, a record that does not exist: the
        # refusal a made-up id gets, listing no hidden name.
        assert response.status_code == 400
        assert len(response.json()) == 1
        assert hidden.figures.get().metric.slug not in response.content.decode()


def test_figures_metrics_sources_and_entities_hide_drafts_from_anonymous(api, pair):
    published, draft, hidden = pair
    public_figure = published.figures.get()

    assert ids(api.get("/api/v1/figures/")) == [public_figure.pk]
    for figure in Figure.objects.filter(claim__in=[draft, hidden]):
        assert api.get(f"/api/v1/figures/{figure.pk}/").status_code == 404
    assert api.get(f"/api/v1/citations/{draft.citations.get().pk}/").status_code == 404

    metric = api.get(f"/api/v1/metrics/{public_figure.metric_id}/").json()
    assert [figure["id"] for figure in metric["competing_figures"]] == [public_figure.pk]
    assert ids(api.get("/api/v1/metrics/")) == [public_figure.metric_id]
    hidden_metric = hidden.figures.get().metric_id
    assert api.get(f"/api/v1/metrics/{hidden_metric}/").status_code == 404

    source_id = published.citations.get().source_id
    assert ids(api.get("/api/v1/sources/")) == [source_id]
    assert api.get(f"/api/v1/sources/{hidden.citations.get().source_id}/").status_code == 404
    source_claims = api.get(api.get(f"/api/v1/sources/{source_id}/").json()["links"]["claims"])
    assert ids(source_claims) == [published.pk]

    entities = ids(api.get("/api/v1/entities/"))
    assert published.claimant_id in entities
    assert hidden.claimant_id not in entities
    assert api.get(f"/api/v1/entities/{hidden.claimant_id}/").status_code == 404


def test_feed_and_csv_hide_drafts_from_anonymous(api, pair):
    published, _draft, _hidden = pair

    feed = api.get("/api/v1/claimreviews/").json()
    assert [element["claimReviewed"] for element in feed["dataFeedElement"]] == [
        published.statement
    ]
    body = b"".join(api.get("/api/v1/figures/csv/").streaming_content).decode()
    assert SECRET not in body and "Hidden Claimant" not in body
    assert published.statement in body


def test_editor_sees_drafts_everywhere(api_as, pair, editor):
    published, draft, hidden = pair
    client = api_as(editor)

    assert set(ids(client.get("/api/v1/claims/"))) == {published.pk, draft.pk, hidden.pk}
    assert client.get(f"/api/v1/claims/{draft.pk}/").json()["statement"] == SECRET
    assert ids(client.get("/api/v1/claims/?status=draft&q=vendor")) == [draft.pk]
    metric = client.get(f"/api/v1/metrics/{published.figures.get().metric_id}/").json()
    assert len(metric["competing_figures"]) == 2
    assert hidden.claimant_id in ids(client.get("/api/v1/entities/"))


def test_staff_without_a_role_sees_what_anonymous_sees(api_as, pair, outsider):
    published, draft, _hidden = pair
    client = api_as(outsider)

    assert ids(client.get("/api/v1/claims/")) == [published.pk]
    assert client.get(f"/api/v1/claims/{draft.pk}/").status_code == 404


def test_uncited_source_is_not_listed_for_anonymous(api, pair):
    lonely = SnapshotFactory().source
    assert lonely.pk not in ids(api.get("/api/v1/sources/"))


def test_api_answers_vary_on_credentials_so_shared_caches_never_mix_them(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/v1/claims/")
    vary = {part.strip() for part in response["Vary"].split(",")}
    assert {"Authorization", "Cookie"} <= vary
