"""The oEmbed provider at /oembed, as WordPress or any consumer calls it."""

import re

import pytest
from django.urls import reverse

from claims.embed import card_frame_height

pytestmark = pytest.mark.django_db


def oembed(client, url: str | None, **params):  # type: ignore[no-untyped-def]
    query = {"format": "json", **params}
    if url is not None:
        query["url"] = url
    return client.get(reverse("oembed"), query)


def test_oembed_answers_rich_json_with_an_iframe(client, rival_claims, settings):
    settings.TALLY_PUBLISHER_NAME = "Tally Checks"
    claim = rival_claims()["claim"]

    response = oembed(client, f"http://testserver/claims/{claim.pk}/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["provider_name"] == "Tally Checks"
    assert data["author_name"] == "Tally Checks"
    assert data["author_url"] == "http://testserver/"
    assert data["title"] == claim.statement
    assert isinstance(data["width"], int) and isinstance(data["height"], int)
    assert data["cache_age"] > 0
    assert data["html"].startswith(f'<iframe src="http://testserver/embed/claims/{claim.pk}/"')


def test_oembed_names_the_fact_checker_as_author_never_the_claimant(client, rival_claims, settings):
    settings.TALLY_PUBLISHER_NAME = "Facts First"
    settings.TALLY_PUBLISHER_URL = "https://factsfirst.example/"
    claim = rival_claims()["claim"]

    data = oembed(client, f"http://testserver/claims/{claim.pk}/").json()

    assert data["author_name"] == "Facts First"
    assert data["author_url"] == "https://factsfirst.example/"
    assert claim.claimant.name not in data.values()


def _iframe_height(html: str) -> int:
    found = re.search(r' height="(\d+)"', html)
    assert found is not None
    return int(found.group(1))


def test_oembed_height_fits_the_whole_card_from_300_pixels_wide(client, rival_claims):
    claim = rival_claims()["claim"]

    data = oembed(client, f"http://testserver/claims/{claim.pk}/").json()

    assert data["height"] == _iframe_height(data["html"]) == card_frame_height(claim)
    assert data["height"] > 380  # the old fixed height, which cut corrected cards


def test_oembed_height_grows_for_a_narrower_maxwidth_and_obeys_maxheight(client, rival_claims):
    claim = rival_claims()["claim"]
    url = f"http://testserver/claims/{claim.pk}/"
    default = oembed(client, url).json()["height"]

    narrow = oembed(client, url, maxwidth=250).json()
    short = oembed(client, url, maxheight=200).json()

    assert narrow["width"] == 250
    assert narrow["height"] > default
    assert short["height"] == 200 == _iframe_height(short["html"])
    assert oembed(client, url, maxwidth=1).status_code == 200


def test_oembed_honours_maxwidth_and_the_card_address(client, rival_claims):
    claim = rival_claims()["claim"]
    data = oembed(
        client, f"http://testserver/embed/claims/{claim.pk}/?version={claim.version}", maxwidth=300
    ).json()
    assert data["width"] == 300
    assert f"?version={claim.version}" in data["html"]


def test_oembed_format_defaults_to_json(client, rival_claims):
    claim = rival_claims()["claim"]
    response = client.get(reverse("oembed"), {"url": f"http://testserver/claims/{claim.pk}/"})
    assert response.status_code == 200


@pytest.mark.parametrize("fmt", ["xml", "yaml"])
def test_oembed_other_formats_are_not_implemented(client, rival_claims, fmt):
    claim = rival_claims()["claim"]
    response = oembed(client, f"http://testserver/claims/{claim.pk}/", format=fmt)
    assert response.status_code == 501


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_oembed_unpublished_claim_is_not_found(client, make_claim, status):
    claim = make_claim(status=status)
    assert oembed(client, f"http://testserver/claims/{claim.pk}/").status_code == 404


def test_oembed_unknown_claim_or_page_is_not_found(client, db):
    assert oembed(client, "http://testserver/claims/999999/").status_code == 404
    assert oembed(client, "http://testserver/methodology/").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "http://evil.example/claims/1/",
        "javascript:alert(1)",
        "ftp://testserver/claims/1/",
    ],
)
def test_oembed_missing_or_foreign_url_is_a_bad_request(client, db, url):
    assert oembed(client, url).status_code == 400
