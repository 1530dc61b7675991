"""The oEmbed provider at /oembed, as WordPress or any consumer calls it."""

import pytest
from django.urls import reverse

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
    assert data["title"] == claim.statement
    assert isinstance(data["width"], int) and isinstance(data["height"], int)
    assert data["cache_age"] > 0
    assert data["html"].startswith(f'<iframe src="http://testserver/embed/claims/{claim.pk}/"')


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
