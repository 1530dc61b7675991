"""The embeddable card: content, themes, pinning, caching headers and frame policy."""

import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Verdict

pytestmark = pytest.mark.django_db


def card_url(claim, **params) -> str:  # type: ignore[no-untyped-def]
    url = reverse("claim_card", args=[claim.pk])
    if params:
        url += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return url


def test_card_shows_verdict_statement_figure_rival_sources_date_and_link(client, rival_claims):
    claim = rival_claims()["claim"]

    response = client.get(card_url(claim))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Misleading" in body
    assert claim.statement in body
    assert "46%" in body
    assert "Other figure for this measure: <strong>24%</strong>" in body
    assert str(claim.citations.get().source) in body
    assert "As of " in body
    assert f'href="/claims/{claim.pk}/"' in body
    assert "99.5" not in body  # the draft's competing figure


@pytest.mark.parametrize("params", [{}, {"compact": 1}, {"version": "pinned"}])
def test_card_shows_the_statement_as_our_summary_not_as_anyones_words(client, rival_claims, params):
    claim = rival_claims()["claim"]
    if params.get("version") == "pinned":
        params = {"version": claim.version}

    body = client.get(card_url(claim, **params)).content.decode()

    assert "The claim, as summarised by Tally" in body
    assert f'class="statement" aria-describedby="kicker">{claim.statement}</p>' in body
    assert f"“{claim.statement}" not in body
    assert f"Who said it: <strong>{claim.claimant.name}</strong>" in body
    assert f"— {claim.claimant.name}" not in body
    assert "“" not in body and "”" not in body  # no quotation on the card at all


def test_card_names_the_organisation_from_the_settings(client, rival_claims, settings):
    settings.TALLY_PUBLISHER_NAME = "Facts First"
    claim = rival_claims()["claim"]
    body = client.get(card_url(claim)).content.decode()
    assert "The claim, as summarised by Facts First" in body
    assert "Facts First fact-check" in body


def test_competing_figure_is_said_to_be_from_its_claimant_without_a_dash(client, rival_claims):
    data = rival_claims()
    body = client.get(card_url(data["claim"])).content.decode()
    rival = data["rival"].claimant.name
    assert f"<strong>24%</strong>, from {rival} (preferred); different method" in body


def test_card_is_self_contained_and_under_20_kb(client, rival_claims):
    claim = rival_claims()["claim"]
    body = client.get(card_url(claim)).content
    assert len(body) < 20 * 1024
    text = body.decode()
    assert "<link" not in text
    assert 'src="http' not in text
    assert "<style>" in text


def test_card_may_be_framed_anywhere_and_other_pages_may_not(client, rival_claims):
    claim = rival_claims()["claim"]

    card = client.get(card_url(claim))
    page = client.get(reverse("claim_page", args=[claim.pk]))

    assert "frame-ancestors *" in card["Content-Security-Policy"]
    assert "X-Frame-Options" not in card
    assert page["X-Frame-Options"] == "DENY"
    assert page["Content-Security-Policy"].split("; ").count("frame-ancestors 'none'") == 1


@pytest.mark.parametrize("logged_in", [False, True])
def test_card_sets_no_cookie_and_does_not_vary_on_cookie(client, rival_claims, reviewer, logged_in):
    claim = rival_claims()["claim"]
    if logged_in:
        client.force_login(reviewer)

    response = client.get(card_url(claim))

    assert response.cookies == {} or not response.cookies
    assert "Set-Cookie" not in response
    assert "Cookie" not in response.get("Vary", "")


def test_card_sends_cache_control_and_etag_and_answers_304(client, rival_claims):
    claim = rival_claims()["claim"]

    first = client.get(card_url(claim))
    again = client.get(card_url(claim), HTTP_IF_NONE_MATCH=first["ETag"])

    assert "max-age=" in first["Cache-Control"]
    assert "stale-while-revalidate=" in first["Cache-Control"]
    assert "no-cache" not in first["Cache-Control"]
    assert first["ETag"].startswith('"')
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert "max-age=" in again["Cache-Control"]


def test_a_correction_reaches_readers_within_a_minute(client, rival_claims):
    """Fresh for max-age, then served stale while revalidating for at most
    stale-while-revalidate: together no more than 60 s before the ETag is asked about again."""
    claim = rival_claims()["claim"]
    control = client.get(card_url(claim))["Cache-Control"]
    directives = dict(re.findall(r"([a-z-]+)=(\d+)", control))
    assert "s-maxage" not in directives
    assert int(directives["max-age"]) + int(directives.get("stale-while-revalidate", 0)) <= 60


def test_304_costs_few_queries(client, rival_claims, django_assert_max_num_queries):
    claim = rival_claims()["claim"]
    etag = client.get(card_url(claim))["ETag"]
    with django_assert_max_num_queries(2):
        assert client.get(card_url(claim), HTTP_IF_NONE_MATCH=etag).status_code == 304
    with django_assert_max_num_queries(2):  # rendered once, then from the cache
        assert client.get(card_url(claim)).status_code == 200


def test_correcting_the_claim_changes_the_etag_and_the_card_at_once(client, rival_claims, reviewer):
    claim = rival_claims()["claim"]
    old = client.get(card_url(claim))
    services.claim_correct(
        claim=claim, actor=reviewer, verdict=Verdict.INACCURATE, note="Crime rose over the year."
    )

    new = client.get(card_url(claim), HTTP_IF_NONE_MATCH=old["ETag"])

    assert new.status_code == 200
    assert new["ETag"] != old["ETag"]
    body = new.content.decode()
    assert "Inaccurate" in body
    assert "Corrected" in body


def test_a_change_to_the_competing_claim_changes_the_etag(client, rival_claims, reviewer):
    data = rival_claims()
    old = client.get(card_url(data["claim"]))["ETag"]
    rival_figure = data["rival"].figures.get()
    services.claim_correct(
        claim=data["rival"],
        actor=reviewer,
        note="Revised figure.",
        figure_changes={rival_figure.pk: {"value": 25}},
    )

    new = client.get(card_url(data["claim"]))

    assert new["ETag"] != old
    assert "<strong>25%</strong>" in new.content.decode()


def test_publishing_a_competing_claim_changes_the_etag(
    client, rival_claims, reviewer, fact_checker
):
    data = rival_claims()
    old = client.get(card_url(data["claim"]))["ETag"]
    services.claim_submit_for_review(claim=data["draft"], actor=fact_checker)
    services.claim_publish(
        claim=data["draft"], actor=reviewer, verdict="inaccurate", explanation="No."
    )
    assert client.get(card_url(data["claim"]))["ETag"] != old


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_and_compact_variants(client, rival_claims, theme):
    claim = rival_claims()["claim"]

    full = client.get(card_url(claim, theme=theme))
    compact = client.get(card_url(claim, theme=theme, compact=1))

    assert f'class="theme-{theme}"' in full.content.decode()
    assert f'class="theme-{theme} compact"' in compact.content.decode()
    assert "Sources" not in compact.content.decode()
    assert "Misleading" in compact.content.decode()
    assert full["ETag"] != compact["ETag"]


def test_retracted_claim_card_says_retracted(client, make_claim):
    claim = make_claim(status="retracted")
    body = client.get(card_url(claim)).content.decode()
    assert "Retracted" in body


def test_pinned_card_keeps_the_old_verdict_and_says_a_newer_one_exists(
    client, rival_claims, reviewer
):
    claim = rival_claims()["claim"]
    published_version = claim.version
    figure = claim.figures.get()
    services.claim_correct(
        claim=claim,
        actor=reviewer,
        verdict=Verdict.INACCURATE,
        note="Crime rose over the year.",
        figure_changes={figure.pk: {"value": 12}},
    )

    pinned = client.get(card_url(claim, version=published_version)).content.decode()
    live = client.get(card_url(claim)).content.decode()

    assert "Misleading" in pinned
    assert "46%" in pinned
    assert "Newer verdict: <strong>Inaccurate</strong>" in pinned
    assert "Corrected" in pinned
    assert f"version {published_version}" in pinned
    assert "Inaccurate" in live
    assert "12%" in live
    assert "Newer verdict" not in live


def test_pinned_card_of_the_current_version_has_no_newer_note(client, rival_claims):
    claim = rival_claims()["claim"]
    body = client.get(card_url(claim, version=claim.version)).content.decode()
    assert "Misleading" in body
    assert "Newer verdict" not in body


@pytest.mark.parametrize("version", ["abc", "0", "-1", "1.5"])
def test_malformed_version_is_refused_with_400(client, rival_claims, version):
    claim = rival_claims()["claim"]
    response = client.get(card_url(claim, version=version))
    assert response.status_code == 400
    assert "is not a version" in response.content.decode()


def test_version_when_the_claim_was_not_public_is_404_with_the_pinnable_ones(client, rival_claims):
    claim = rival_claims()["claim"]
    response = client.get(card_url(claim, version=1))
    assert response.status_code == 404
    body = response.content.decode()
    assert "not public at version 1" in body
    assert f"Versions you can pin: {claim.version}" in body
    assert client.get(card_url(claim, version=999)).status_code == 404


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_unpublished_claim_has_no_card_even_for_staff(client, make_claim, reviewer, status):
    claim = make_claim(status=status)
    client.force_login(reviewer)
    response = client.get(card_url(claim))
    assert response.status_code == 404
    assert claim.statement not in response.content.decode()


def test_resize_script_is_served_from_this_app(client):
    response = client.get(reverse("embed_resize_script"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert b"tally:resize" in response.content
