"""Filtering, searching, ordering and paging the lists."""

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from claims import services
from claims.models import Claim, Metric
from tests.database_image import DatabaseImages
from tests.factories import (
    EntityFactory,
    MetricFactory,
    SnapshotFactory,
    TopicFactory,
    claim_maker,
    role_user,
)

pytestmark = pytest.mark.django_db


def ids(response):
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


@pytest.fixture
def three(db: None, database_images: DatabaseImages) -> Iterator[tuple[Claim, Claim, Claim]]:
    """Three public claims that differ in every filtered field: built once per session and
    copied into each test."""
    with database_images.restored(
        "filters and pages: three public claims", _three, first=True
    ) as claim_ids:
        cameras, exports, deals = (Claim.objects.get(pk=pk) for pk in claim_ids)
        yield cameras, exports, deals


def _three() -> tuple[int, int, int]:
    reviewer = role_user("reviewer")
    make_claim = claim_maker(role_user("fact_checker"), reviewer)
    cameras = make_claim(status="published", place="Quito, Ecuador", statement="Cameras cut crime.")
    cameras.topics.add(TopicFactory(name="Surveillance", slug="surveillance"))
    exports = make_claim(
        status="corrected", place="Nairobi", statement="Exports reached 20 countries."
    )
    services.claim_correct(
        claim=exports,
        actor=reviewer,
        note="Verdict revised.",
        verdict="accurate",
        explanation="Confirmed by customs data.",
    )
    deals = make_claim(status="retracted", statement="The deal was worth a billion dollars.")
    money = deals.figures.get()
    money.unit, money.currency, money.value = "currency", "USD", Decimal("1000000000")
    money.save()
    return cameras.pk, exports.pk, deals.pk


def test_filter_by_status_verdict_claimant_topic_and_place(api, three):
    cameras, exports, deals = three

    assert ids(api.get("/api/v1/claims/?status=corrected")) == [exports.pk]
    assert set(ids(api.get("/api/v1/claims/?status=published&status=retracted"))) == {
        cameras.pk,
        deals.pk,
    }
    assert ids(api.get("/api/v1/claims/?verdict=accurate")) == [exports.pk]
    assert ids(api.get(f"/api/v1/claims/?claimant={cameras.claimant_id}")) == [cameras.pk]
    assert ids(api.get("/api/v1/claims/?topic=surveillance")) == [cameras.pk]
    assert ids(api.get("/api/v1/claims/?place=ecuador")) == [cameras.pk]


def test_filter_by_metric_source_unit_and_value_range(api, three):
    cameras, exports, deals = three
    metric = cameras.figures.get().metric
    source = exports.citations.get().source

    assert ids(api.get(f"/api/v1/claims/?metric={metric.pk}")) == [cameras.pk]
    assert ids(api.get(f"/api/v1/claims/?metric={metric.slug}")) == [cameras.pk]
    assert ids(api.get(f"/api/v1/claims/?source={source.pk}")) == [exports.pk]
    assert ids(api.get("/api/v1/claims/?unit=currency")) == [deals.pk]
    assert ids(api.get("/api/v1/claims/?value_min=1000&value_max=2000000000")) == [deals.pk]
    assert ids(api.get("/api/v1/claims/?unit=percent&value_min=1000")) == []
    assert ids(api.get("/api/v1/figures/?unit=currency")) == [deals.figures.get().pk]
    assert ids(api.get(f"/api/v1/figures/?metric={metric.slug}")) == [cameras.figures.get().pk]


def test_figure_conditions_hold_for_one_and_the_same_figure(api, make_claim, fact_checker):
    claim = make_claim(status="draft")
    services.figure_add(
        claim=claim,
        actor=fact_checker,
        metric=MetricFactory(unit="count"),
        unit="count",
        value=5000,
    )
    # One figure is in per cent, another is 5000: none is a percentage above 1000.
    client_claims = Claim.objects.filter(pk=claim.pk)
    assert client_claims.exists()
    from claims.api.filters import ClaimFilter

    matched = ClaimFilter({"unit": "percent", "value_min": "1000"}, queryset=client_claims).qs
    assert list(matched) == []
    matched = ClaimFilter({"unit": "count", "value_min": "1000"}, queryset=client_claims).qs
    assert list(matched) == [claim]


def test_updated_since(api, three):
    cameras, exports, deals = three
    Claim.objects.filter(pk=cameras.pk).update(updated_at=timezone.now() - timedelta(days=30))
    since = (timezone.now() - timedelta(days=1)).isoformat()

    found = ids(api.get("/api/v1/claims/", {"updated_since": since}))

    assert set(found) == {exports.pk, deals.pk}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cameras", "cameras"),  # the statement
        ("CAMERAS CUT", "cameras"),  # any case
        ("billion dollars", "deals"),  # several words, all must match
        ("46 per cent", "all"),  # the quote every claim cites
    ],
)
def test_full_text_search(api, three, query, expected):
    cameras, exports, deals = three
    wanted = {
        "cameras": {cameras.pk},
        "deals": {deals.pk},
        "all": {cameras.pk, exports.pk, deals.pk},
    }

    assert set(ids(api.get("/api/v1/claims/", {"q": query}))) == wanted[expected]


def test_search_finds_metric_names_and_follows_renames(api, three):
    cameras, _exports, _deals = three
    metric = Metric.objects.get(pk=cameras.figures.get().metric_id)
    metric.name = "Burglaries reported to police"
    metric.save()

    assert ids(api.get("/api/v1/claims/", {"q": "burglaries"})) == [cameras.pk]


def test_search_follows_new_quotes(api, make_claim, fact_checker):
    claim = make_claim(status="draft")
    snapshot = SnapshotFactory(text="Officials said the system watched 4,000 intersections.")
    services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=snapshot.source,
        quote="the system watched 4,000 intersections",
    )
    from claims.permissions import GROUP_EDITOR
    from tests.factories import UserFactory

    reader = UserFactory(username="frank-editor", groups=[GROUP_EDITOR])
    api.force_login(reader)

    assert ids(api.get("/api/v1/claims/", {"q": "intersections"})) == [claim.pk]


def test_ordering_and_bad_ordering(api, three):
    cameras, exports, deals = three

    assert ids(api.get("/api/v1/claims/?ordering=id")) == [cameras.pk, exports.pk, deals.pk]
    assert ids(api.get("/api/v1/claims/?ordering=-id")) == [deals.pk, exports.pk, cameras.pk]
    refused = api.get("/api/v1/claims/?ordering=statement")
    assert refused.status_code == 400
    assert "ordering" in refused.json()


def test_cursor_pages_walk_every_claim_once(api, make_claim):
    made = {make_claim(status="published").pk for _ in range(5)}

    seen: list[int] = []
    url = "/api/v1/claims/?page_size=2"
    while url:
        page = api.get(url).json()
        assert len(page["results"]) <= 2
        seen += [claim["id"] for claim in page["results"]]
        url = page["next"]

    assert sorted(seen) == sorted(made)


@pytest.mark.parametrize("size", ["0", "101", "ten", "-3"])
def test_page_size_outside_1_to_100_is_refused(api, size):
    response = api.get(f"/api/v1/claims/?page_size={size}")
    assert response.status_code == 400
    assert response.json() == {"page_size": ["Give a whole number from 1 to 100."]}


def test_bad_filter_values_are_400_naming_the_parameter_and_a_bad_cursor_is_404(api):
    assert api.get("/api/v1/claims/?cursor=nonsense").status_code == 404
    assert api.get("/api/v1/claims/?updated_since=").json() == {
        "updated_since": ["Give a value, or leave the parameter out."]
    }
    response = api.get("/api/v1/claims/?value_min=lots&status=lost")
    assert response.status_code == 400
    assert set(response.json()) == {"value_min", "status"}
    assert api.get("/api/v1/claims/?claimant=99999999999999999999999").status_code == 400


def test_entity_and_source_filters(api, three):
    cameras, _exports, _deals = three
    source = cameras.citations.get().source

    assert ids(api.get(f"/api/v1/sources/?publisher={source.publisher_id}")) == [source.pk]
    assert ids(api.get("/api/v1/entities/?kind=media")) == sorted(
        claim.citations.get().source.publisher_id for claim in three
    )
    assert EntityFactory(kind="person").pk not in ids(api.get("/api/v1/entities/?kind=person"))


def test_updated_since_takes_any_iso_offset(api, three):
    # PostgreSQL itself refuses offsets beyond ±15:59; the API compares in UTC.
    response = api.get("/api/v1/claims/", {"updated_since": "1105-09-20T12:36:12-17:47"})
    assert len(ids(response)) == 3
