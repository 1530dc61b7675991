"""A retracted claim says so, with its reason, wherever it is shown: its full and compact card,
its page, oEmbed, the API (claim, list, figures CSV, a metric's competing figures), the
corrections log and its feed; its verdict is shown as withdrawn, never as a live badge; it
carries no ClaimReview and is offered for embedding nowhere; and its figure competes with
nobody else's any more."""

import csv
import io
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from claims import services
from claims.models import Claim, Rank, Verdict
from tests.database_image import DatabaseImages
from tests.factories import MetricFactory, claim_maker, role_user

pytestmark = pytest.mark.django_db

REASON = "The ministry withdrew the report our verdict rested on."
LIVE_BADGE = re.compile(r'class="verdict (v-|verdict--)mostly-accurate"')


@pytest.fixture(autouse=True)
def _empty_card_cache() -> Any:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def retracted(db: None, database_images: DatabaseImages) -> Iterator[dict[str, Claim]]:
    """A claim rated "Mostly accurate", then retracted, whose figure competes with that of a
    claim that still stands: built once per session and copied into each test."""
    with database_images.restored(
        "retraction everywhere: a retracted claim and a standing one", _retracted, first=True
    ) as claim_ids:
        yield {name: Claim.objects.get(pk=pk) for name, pk in claim_ids.items()}


def _retracted() -> dict[str, int]:
    reviewer = role_user("reviewer")
    make_claim = claim_maker(role_user("fact_checker"), reviewer)
    metric = MetricFactory(name="Fall in recorded crime, 2018")
    claim = make_claim(status="in_review", statement="Crime fell by 46 per cent.")
    figure = claim.figures.get()
    figure.metric, figure.rank, figure.value = metric, Rank.PREFERRED, Decimal(46)
    figure.save()
    services.claim_publish(
        claim=claim, actor=reviewer, verdict=Verdict.MOSTLY_ACCURATE, explanation="Roughly."
    )
    services.claim_retract(claim=claim, actor=reviewer, reason=REASON)
    other = make_claim(status="in_review", statement="Police data show crime fell 24 per cent.")
    rival = other.figures.get()
    rival.metric, rival.value = metric, Decimal(24)
    rival.save()
    services.claim_publish(claim=other, actor=reviewer, verdict="accurate", explanation="Yes.")
    return {"claim": claim.pk, "other": other.pk}


def _text(html: str) -> str:
    """The words a reader sees (closely enough): inline tags dropped, block ends as spaces."""
    html = re.sub(r"</?(p|li|div|h[1-6]|section|title|style|script)\b[^>]*>", " ", html)
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def test_the_full_card_shows_the_retraction_and_its_reason_and_no_live_verdict(client, retracted):
    claim = retracted["claim"]
    html = client.get(f"/embed/claims/{claim.pk}/").content.decode()
    text = _text(html)

    assert "Retracted" in text and REASON in text
    assert "Verdict withdrawn: Mostly accurate." in text
    assert '<span class="verdict v-retracted">Retracted</span>' in html
    assert not LIVE_BADGE.search(html)
    assert "46%" not in text  # its figure is withdrawn with it
    assert "Other figure for this measure" not in text
    assert "<title>Retracted fact-check:" in html


def test_the_compact_card_gives_the_reason_too(client, retracted):
    claim = retracted["claim"]
    html = client.get(f"/embed/claims/{claim.pk}/?compact=1").content.decode()
    text = _text(html)

    assert "Retracted" in text and REASON in text
    assert "Verdict withdrawn: Mostly accurate." in text
    assert not LIVE_BADGE.search(html)


def test_a_card_pinned_to_the_version_before_the_retraction_says_it_was_retracted(
    client, retracted
):
    claim = retracted["claim"]
    html = client.get(f"/embed/claims/{claim.pk}/?version={claim.version - 1}").content.decode()

    assert REASON in _text(html)
    assert not LIVE_BADGE.search(html)


def test_the_claim_page_shows_the_verdict_as_withdrawn_and_offers_no_embed_code(client, retracted):
    claim = retracted["claim"]
    html = client.get(f"/claims/{claim.pk}/").content.decode()
    text = _text(html)

    assert REASON in text
    assert "its verdict, Mostly accurate, no longer stands" in text
    assert "Our verdict: withdrawn (it was Mostly accurate)" in text
    assert not LIVE_BADGE.search(html)
    assert "Our verdict: Mostly accurate" not in text
    assert "data-copy" not in html and "<iframe" not in html
    assert "We no longer offer embed codes" in text
    assert "ClaimReview" not in html  # no rating a search engine would read as current
    assert "json+oembed" not in html
    assert 'content="Retracted fact-check:' in html


def test_other_claims_leave_a_retracted_figure_out_of_their_competing_figures(client, retracted):
    claim, other = retracted["claim"], retracted["other"]
    page = client.get(f"/claims/{other.pk}/").content.decode()
    card = _text(client.get(f"/embed/claims/{other.pk}/").content.decode())

    assert f'href="/claims/{claim.pk}/"' not in page
    assert "Other figures for the same measure" not in page
    assert "Other figure for this measure" not in card


def test_a_retraction_changes_the_card_etag_of_claims_it_competed_with(
    client, make_claim, reviewer
):
    metric = MetricFactory()
    first, second = make_claim(status="in_review"), make_claim(status="in_review")
    for claim in (first, second):
        figure = claim.figures.get()
        figure.metric = metric
        figure.save()
        services.claim_publish(claim=claim, actor=reviewer, verdict="accurate", explanation="Y.")
    before = client.get(f"/embed/claims/{first.pk}/")
    assert "Other figure for this measure" in _text(before.content.decode())

    second.refresh_from_db()
    services.claim_retract(claim=second, actor=reviewer, reason=REASON)
    after = client.get(f"/embed/claims/{first.pk}/", HTTP_IF_NONE_MATCH=before["ETag"])

    assert after.status_code == 200
    assert "Other figure for this measure" not in _text(after.content.decode())


def test_oembed_answers_with_the_retracted_card(client, retracted):
    claim = retracted["claim"]
    response = client.get("/oembed", {"url": f"http://testserver/claims/{claim.pk}/"})
    data = response.json()

    assert response.status_code == 200
    assert data["title"] == f"Retracted: {claim.statement}"
    assert f"/embed/claims/{claim.pk}/" in data["html"]
    assert 'title="Retracted fact-check: ' in data["html"]
    assert data["height"] > 0


def test_the_api_claim_says_retracted_with_its_reason_and_a_withdrawn_verdict(retracted):
    claim = retracted["claim"]
    data = APIClient().get(f"/api/v1/claims/{claim.pk}/").json()

    assert data["status"] == "retracted"
    assert data["verdict"]["value"] == "mostly_accurate"
    assert data["verdict"]["withdrawn"] is True
    assert data["retraction"]["reason"] == REASON
    assert data["retraction"]["date"].startswith(str(claim.updated_at.year))
    assert data["retraction"]["withdrawn_verdict"]["label"] == "Mostly accurate"
    assert [entry["to_status"] for entry in data["corrections"]] == ["retracted"]
    assert data["corrections"][0]["note"] == REASON
    assert data["corrections"][0]["verdict"]["withdrawn"] is True
    assert data["links"]["claimreview"] is None

    listed = APIClient().get("/api/v1/claims/").json()["results"]
    assert next(item for item in listed if item["id"] == claim.pk) == data


def test_a_standing_claim_has_no_retraction_and_its_verdict_stands(retracted):
    other = retracted["other"]
    data = APIClient().get(f"/api/v1/claims/{other.pk}/").json()

    assert data["retraction"] is None
    assert data["verdict"]["withdrawn"] is False
    assert data["corrections"] == []


def test_the_claimreview_feed_and_endpoint_leave_a_retracted_claim_out(retracted):
    claim, other = retracted["claim"], retracted["other"]
    api = APIClient()
    feed = api.get("/api/v1/claimreviews/").json()
    urls = [element["url"] for element in feed["dataFeedElement"]]

    assert any(url.endswith(f"/claims/{other.pk}/") for url in urls)
    assert not any(url.endswith(f"/claims/{claim.pk}/") for url in urls)
    assert api.get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 404


def test_the_figures_csv_marks_a_retracted_claims_figure_as_withdrawn(retracted):
    claim, other = retracted["claim"], retracted["other"]
    body = b"".join(APIClient().get("/api/v1/figures/csv/").streaming_content).decode()
    rows = {int(row["claim_id"]): row for row in csv.DictReader(io.StringIO(body))}

    assert rows[claim.pk]["claim_status"] == "retracted"
    assert rows[claim.pk]["verdict_withdrawn"] == "True"
    assert rows[claim.pk]["retraction_reason"] == REASON
    assert rows[claim.pk]["retracted_at"]
    assert rows[other.pk]["verdict_withdrawn"] == "False"
    assert rows[other.pk]["retraction_reason"] == rows[other.pk]["retracted_at"] == ""


def test_a_metrics_competing_figures_mark_a_retracted_claims_verdict_withdrawn(retracted):
    claim = retracted["claim"]
    metric = claim.figures.get().metric
    data = APIClient().get(f"/api/v1/metrics/{metric.pk}/").json()
    refs = {figure["claim"]["id"]: figure["claim"] for figure in data["competing_figures"]}

    assert refs[claim.pk]["status"] == "retracted"
    assert refs[claim.pk]["verdict"]["withdrawn"] is True
    assert refs[retracted["other"].pk]["verdict"]["withdrawn"] is False


def test_the_corrections_log_and_its_feed_give_the_reason_and_the_withdrawn_verdict(
    client, retracted
):
    log = client.get("/corrections/").content.decode()
    feed = client.get("/corrections/feed/").content.decode()

    assert "Why: " + REASON in _text(log)
    assert "verdict Mostly accurate withdrawn" in _text(log)
    assert not LIVE_BADGE.search(log)
    assert "Retracted: Crime fell by 46 per cent." in feed
    assert f"Why: {REASON} Verdict withdrawn: Mostly accurate." in feed


def test_public_lists_mark_a_retracted_claim_and_show_no_live_badge(client, retracted):
    claim = retracted["claim"]
    html = client.get("/claims/").content.decode()
    link = html.index(f'href="/claims/{claim.pk}/"')
    item = html[html.rindex("<li>", 0, link) : html.index("</li>", link)]

    assert "<strong>Retracted</strong> · verdict <s>Mostly accurate</s> withdrawn" in item
    assert not LIVE_BADGE.search(html)
    source = claim.citations.get().source
    assert (
        "verdict <s>Mostly accurate</s> withdrawn"
        in client.get(f"/sources/{source.pk}/").content.decode()
    )


def test_the_retraction_on_the_claim_page_is_escaped(client, make_claim, reviewer):
    claim = make_claim(status="published")
    services.claim_retract(claim=claim, actor=reviewer, reason="<script>alert(1)</script>")
    html = client.get(f"/claims/{claim.pk}/").content.decode()
    card = client.get(f"/embed/claims/{claim.pk}/").content.decode()
    data = APIClient().get(f"/api/v1/claims/{claim.pk}/").json()

    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<script>alert(1)" not in card
    assert data["retraction"]["reason"] == "<script>alert(1)</script>"
    assert json.dumps(data)  # plain JSON
