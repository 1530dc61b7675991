"""Addresses, ids, numbers and times a careless or hostile client sends: each gets a clear 4xx
(or a command's message and a non-zero exit), never a 500, and nothing is stored."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from sources.models import Source

pytestmark = pytest.mark.django_db

TOO_BIG = "99999999999999999999"  # past a 64-bit id


@pytest.mark.parametrize(
    "path",
    [
        f"/embed/claims/{TOO_BIG}/",
        f"/claims/{TOO_BIG}/",
        f"/claims/{TOO_BIG}/some-slug/",
        f"/sources/{TOO_BIG}/",
        f"/api/v1/claims/{TOO_BIG}/",
        "/embed/claims/٣/",  # an Arabic-Indic three: a digit to str.isdigit(), not an id
    ],
)
def test_an_id_past_64_bits_or_not_in_ascii_digits_is_404(client, path):
    assert client.get(path).status_code == 404


def test_a_card_version_in_other_digits_is_400(client, make_claim):
    claim = make_claim(status="published")

    response = client.get(f"/embed/claims/{claim.pk}/?version=²")

    assert response.status_code == 400
    assert "is not a version" in response.content.decode()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("&maxwidth=²", "maxwidth must be a whole number"),
        ("&maxheight=³", "maxheight must be a whole number"),
        ("&maxwidth=-5", "maxwidth must be a whole number"),
    ],
)
def test_oembed_sizes_that_are_not_whole_numbers_are_400(client, make_claim, extra, message):
    claim = make_claim(status="published")
    url = f"http://testserver/claims/{claim.pk}/"

    response = client.get(f"/oembed?url={url}{extra}")

    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1/claims/{pk}/",
        "http://testserver:99999/claims/{pk}/",
        "http://testserver/claims/{pk}/?version=²",
    ],
)
def test_oembed_urls_that_cannot_be_read_are_400(client, make_claim, url):
    claim = make_claim(status="published")

    response = client.get("/oembed", {"url": url.format(pk=claim.pk)})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/",
        "/api/v1/figures/",
        "/api/v1/figures/csv/",
        "/api/v1/claimreviews/",
    ],
)
@pytest.mark.parametrize("since", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00"])
def test_updated_since_beyond_years_1_to_9999_in_utc_is_400_naming_it(client, path, since):
    response = client.get(path, {"updated_since": since})

    assert response.status_code == 400
    assert response.json() == {
        "updated_since": ["Give a time between the years 1 and 9999 in UTC."]
    }


def test_updated_since_with_a_large_but_valid_offset_still_filters(client, make_claim):
    make_claim(status="published")

    response = client.get("/api/v1/claims/", {"updated_since": "2000-01-01T00:00:00-23:59"})

    assert response.status_code == 200
    assert len(response.json()["results"]) == 1


@pytest.mark.parametrize("url", ["http://example.com:99999/story", "http://[::1/story"])
def test_ingest_article_refuses_an_address_it_cannot_read_and_stores_nothing(url):
    with pytest.raises(CommandError, match="not a valid address"):
        call_command("ingest_article", url, stdout=StringIO())

    assert not Source.objects.exists()


def test_the_admin_add_article_page_names_a_port_out_of_range_and_stores_nothing(
    client, fact_checker
):  # type: ignore[no-untyped-def]
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:intake_suggestion_add_article"),
        {"url": "http://example.com:99999/story", "text": "Crime fell by 46 per cent."},
        follow=True,
    )

    assert response.status_code == 200
    assert "not a valid address" in response.content.decode()
    assert not Source.objects.exists()


def test_the_source_admin_names_a_port_out_of_range(client, reviewer):  # type: ignore[no-untyped-def]
    client.force_login(reviewer)

    response = client.post(
        reverse("admin:sources_source_add"),
        {
            "kind": "article",
            "title": "A story",
            "url": "http://example.com:99999/story",
            "language": "en",
            "published_on_precision": "unknown",
            "authors": "[]",
        },
    )

    assert response.status_code == 200
    assert "not a valid address" in response.content.decode()
    assert not Source.objects.exists()
