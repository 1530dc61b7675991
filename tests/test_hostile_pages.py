"""The public pages, cards, feeds, oEmbed and health checks against hostile or careless input:
every bad value is a 4xx that names it, never a 500 or a 503, and never an answer that looks
right and is not."""

import json
import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims import services
from claims.models import Claim, Verdict
from sources import services as source_services
from sources.models import Source
from tests.database_image import DatabaseImages
from tests.factories import (
    ClaimFactory,
    EntityFactory,
    MetricFactory,
    SnapshotFactory,
    SourceFactory,
    claim_maker,
    role_user,
)

pytestmark = pytest.mark.django_db

HOSTILE = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>'
LIVE_MARKUP = ("<script>alert", "<img src=x", "</script><script")
HOSTILE_IDS = [
    str(2**63),
    str(2**64),
    "99999999999999999999",
    "-1",
    "0",
    "1e3",
    "%D9%A3",  # "٣", an Arabic-Indic digit that str.isdigit() accepts
    "1_0",
    "%00",
    "%ED%A0%80",  # a lone surrogate, as a browser would percent-encode it
    "1.0",
]


@pytest.fixture
def published(db: None, database_images: DatabaseImages) -> Iterator[Claim]:
    """A published claim, as make_claim(status="published") leaves it: built once per session
    and copied into each of the 130-odd tests that read it (5 ms against 35 to build)."""
    with database_images.restored(
        "hostile pages: a published claim", _published_claim, first=True
    ) as claim_id:
        yield Claim.objects.get(pk=claim_id)


def _published_claim() -> int:
    make_claim = claim_maker(role_user("fact_checker"), role_user("reviewer"))
    return make_claim(status="published").pk


@pytest.fixture
def hostile_claim(fact_checker, reviewer):  # type: ignore[no-untyped-def]
    """A published, then corrected claim with markup in every field a reader sees: statement,
    claimant, metric, quote, source title and publisher, explanation and notes."""
    snapshot = SnapshotFactory(
        text=f"He said {HOSTILE} crime fell by 46 per cent indeed.",
        source=SourceFactory(title=HOSTILE, publisher=EntityFactory(name=HOSTILE + " publisher")),
    )
    claim = ClaimFactory(
        statement=HOSTILE + " statement",
        claimant=EntityFactory(name=HOSTILE + " claimant"),
        place=HOSTILE,
    )
    claim.created_by = fact_checker
    claim.save()
    metric = MetricFactory(name=HOSTILE + " metric", definition=HOSTILE)
    services.figure_add(claim=claim, actor=fact_checker, metric=metric, unit="percent", value=46)
    services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=snapshot.source,
        quote=f"{HOSTILE} crime fell by 46 per cent",
    )
    services.claim_submit_for_review(claim=claim, actor=fact_checker, note=HOSTILE)
    services.claim_publish(
        claim=claim,
        actor=reviewer,
        verdict=Verdict.MISLEADING,
        explanation=HOSTILE + " explanation",
        note=HOSTILE + " published",
    )
    services.claim_correct(claim=claim, actor=reviewer, note=HOSTILE + " corrected")
    claim.refresh_from_db()
    return claim


# -- ids in addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw", HOSTILE_IDS)
@pytest.mark.parametrize(
    "template",
    [
        "/claims/{}/",
        "/claims/{}/versions/1/",
        "/claims/1/versions/{}/",
        "/claims/{}/some-slug/",
        "/embed/claims/{}/",
        "/sources/{}/",
    ],
)
def test_an_address_whose_id_is_no_id_is_not_found(client, published, template, raw):
    assert client.get(template.format(raw)).status_code == 404


@pytest.mark.parametrize("raw", ["0", "-1", "abc", "1e3", "٣", "1_0", "99999999999999999999"])
def test_a_card_pinned_to_a_version_that_is_no_number_is_a_bad_request_naming_it(
    client, published, raw
):
    response = client.get(reverse("claim_card", args=[published.pk]), {"version": raw})

    assert response.status_code == 400
    assert f"“{raw}” is not a version" in response.content.decode()


def test_a_card_pinned_to_a_version_the_claim_never_had_lists_the_ones_it_had(client, published):
    response = client.get(reverse("claim_card", args=[published.pk]), {"version": "999"})

    assert response.status_code == 404
    body = response.content.decode()
    assert "not public at version 999" in body
    assert f"Versions you can pin: {published.version}" in body


# -- the index's query parameters ---------------------------------------------------------------


def test_an_overlong_search_is_the_readers_error_not_a_database_outage(client, published):
    """SQLite refuses a LIKE pattern over 50,000 bytes with an OperationalError, which the
    outage middleware answered as a 503 "database unavailable", with Retry-After."""
    response = client.get(reverse("claim_index"), {"q": "x" * 100_000})

    assert response.status_code == 400
    assert "Search for at most 500 characters (this is 100000)" in response.content.decode()
    assert "Retry-After" not in response


def test_the_search_box_says_how_long_a_search_may_be(client, published):
    body = client.get(reverse("claim_index")).content.decode()

    assert re.search(r'<input type="search" name="q"[^>]* maxlength="500"', body)


def test_a_search_within_the_limit_still_finds_the_claim(client, published):
    response = client.get(reverse("claim_index"), {"q": published.statement})

    assert response.status_code == 200
    assert published.statement in response.content.decode()


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("verdict=%00", "Verdict"),
        ("verdict=true&verdict=%3Cb%3E", "Verdict"),
        ("status=draft", "Status"),
        ("topic=%00", "Topics"),
        ("topic=nothing-called-this", "Topics"),
        ("q=a%00b", "Search"),
    ],
)
def test_a_filter_value_that_names_nothing_is_a_bad_request_naming_the_field(
    client, published, query, field
):
    response = client.get(f"{reverse('claim_index')}?{query}")

    assert response.status_code == 400
    assert f"<li>{field}: " in response.content.decode()


@pytest.mark.parametrize(
    "query", ["page=99999999999999999999", "page=-1", "page=%00", "page=abc", "q=%ED%A0%80"]
)
def test_a_page_number_or_search_in_bad_bytes_still_answers_the_index(client, published, query):
    assert client.get(f"{reverse('claim_index')}?{query}").status_code == 200


# -- read-only pages refuse writes --------------------------------------------------------------


def _read_only_pages(claim) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        reverse("claim_index"),
        reverse("claim_page", args=[claim.pk]),
        reverse("claim_page_slug", args=[claim.pk, "slug"]),
        reverse("claim_version_page", args=[claim.pk, claim.version]),
        reverse("source_page", args=[claim.citations.get().source_id]),
        reverse("methodology"),
        reverse("corrections"),
        reverse("corrections_feed"),
        reverse("changes_feed"),
        reverse("healthz"),
        reverse("readyz"),
        reverse("claim_card", args=[claim.pk]),
        reverse("oembed"),
    ]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_write_to_a_read_only_page_is_method_not_allowed(client, published, method):
    for url in _read_only_pages(published):
        response = getattr(client, method)(url)
        assert response.status_code == 405, url
        assert response["Allow"] == "GET, HEAD", url


def test_head_answers_every_read_only_page_without_a_body(client, published):
    for url in _read_only_pages(published):
        response = client.head(url)
        # oEmbed without ?url= is a bad request whatever the method; a slug redirects.
        expected = {
            reverse("oembed"): 400,
            reverse("claim_page_slug", args=[published.pk, "slug"]): 301,
        }
        assert response.status_code == expected.get(url, 200), url
        assert response.content == b"", url


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_IF_NONE_MATCH": "garbage"},
        {"HTTP_IF_NONE_MATCH": "*"},
        {"HTTP_IF_MODIFIED_SINCE": "garbage"},
        {"HTTP_IF_MODIFIED_SINCE": "Mon, 01 Jan 99999 00:00:00 GMT"},
        {"HTTP_IF_MATCH": "nonsense"},
        {"HTTP_ACCEPT": "application/json"},
        {"HTTP_ACCEPT": "*/*;q=abc"},
    ],
)
def test_odd_conditional_and_accept_headers_get_the_card_and_page(client, published, headers):
    card = client.get(reverse("claim_card", args=[published.pk]), **headers)
    page = client.get(reverse("claim_page", args=[published.pk]), **headers)

    # "*" matches any current representation: a 304 is the right answer to it.
    assert card.status_code == (304 if headers.get("HTTP_IF_NONE_MATCH") == "*" else 200)
    assert page.status_code == 200


# -- oEmbed -------------------------------------------------------------------------------------


def _oembed(client, url: str, **params: str):  # type: ignore[no-untyped-def]
    return client.get(reverse("oembed"), {"url": url, **params})


def test_oembed_for_a_version_the_claim_never_had_is_not_found_not_an_error_card(client, published):
    """The answer was a 200 whose iframe showed "this claim was not public at version 99": a
    consumer would embed the error as if it were the fact-check."""
    for page in (f"/embed/claims/{published.pk}/", f"/claims/{published.pk}/"):
        response = _oembed(client, f"http://testserver{page}?version=99")

        assert response.status_code == 404, page
        assert "not public at version 99" in response.content.decode()


def test_oembed_for_a_version_the_claim_had_answers_with_that_pinned_card(client, published):
    url = f"http://testserver/embed/claims/{published.pk}/?version={published.version}"

    response = _oembed(client, url)

    assert response.status_code == 200
    assert f"version={published.version}" in response.json()["html"]


@pytest.mark.parametrize("size", ["99999999999999999999", "9" * 100_000])
def test_oembed_a_huge_maxwidth_is_no_limit_not_a_bad_request(client, published, size):
    """The answer was a 400 saying maxwidth "must be a whole number of pixels, 1 or more",
    which a huge whole number is."""
    url = f"http://testserver/claims/{published.pk}/"

    response = _oembed(client, url, maxwidth=size, maxheight=size)

    assert response.status_code == 200
    assert response.json()["width"] == 480


@pytest.mark.parametrize("size", ["-5", "abc", "0", "000", "1.5", "٣", "%00", " 5"])
def test_oembed_a_size_that_is_no_number_of_pixels_is_a_bad_request_naming_it(
    client, published, size
):
    response = _oembed(client, f"http://testserver/claims/{published.pk}/", maxwidth=size)

    assert response.status_code == 400
    assert response.content.decode() == "maxwidth must be a whole number of pixels, 1 or more."


def test_oembed_a_small_maxwidth_and_maxheight_are_obeyed(client, published):
    response = _oembed(
        client, f"http://testserver/claims/{published.pk}/", maxwidth="0300", maxheight="7"
    )

    assert response.status_code == 200
    assert (response.json()["width"], response.json()["height"]) == (300, 7)


@pytest.mark.parametrize("fmt", ["xml", "XML", "JSON", "", "json%00"])
def test_oembed_any_format_but_json_is_not_implemented(client, published, fmt):
    response = client.get(
        f"{reverse('oembed')}?url=http://testserver/claims/{published.pk}/&format={fmt}"
    )

    assert response.status_code == 501
    assert response.content.decode() == "Only format=json is supported."


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("http://evil.example/claims/{pk}/", 400, "The url must be a claim page on this site."),
        ("http://evil.example@testserver/claims/{pk}/", 400, "must be a claim page on this"),
        ("javascript:alert(1)", 400, "The url must be a claim page on this site."),
        ("//testserver/claims/{pk}/", 400, "The url must be a claim page on this site."),
        ("http://testserver:99999/claims/{pk}/", 400, "The url is not a valid address."),
        ("http://[::1/claims/{pk}/", 400, "The url is not a valid address."),
        ("http://testserver/embed/claims/{pk}/../../admin/", 404, "No claim at this address."),
        ("http://testserver/claims/{pk}/%2e%2e/", 404, "No claim at this address."),
        ("http://testserver/admin/", 404, "No claim at this address."),
        ("http://testserver/claims/{pk}/versions/1/", 404, "No claim at this address."),
        ("http://testserver/claims/18446744073709551616/", 404, "No claim at this address."),
        ("http://testserver/claims/%00/", 404, "No claim at this address."),
        ("http://testserver/claims/99999/", 404, "not published, or does not exist."),
        ("x" * 100_000, 400, "The url must be a claim page on this site."),
    ],
)
def test_oembed_a_url_that_is_not_one_of_our_claims_is_refused_naming_why(
    client, published, url, status, message
):
    response = client.get(f"{reverse('oembed')}?url={quote(url.format(pk=published.pk))}")

    assert response.status_code == status
    assert message in response.content.decode()


# -- stored markup is text everywhere -----------------------------------------------------------


def _hostile_pages(claim) -> list[str]:  # type: ignore[no-untyped-def]
    source_id = claim.citations.get().source_id
    pages = [
        reverse("claim_page", args=[claim.pk]),
        reverse("claim_index"),
        reverse("claim_index") + "?q=statement",
        reverse("corrections"),
        reverse("source_page", args=[source_id]),
        reverse("claim_card", args=[claim.pk]),
        reverse("claim_card", args=[claim.pk]) + "?compact=1",
    ]
    for version in claim.frozen_versions.values_list("version", flat=True):
        pages.append(reverse("claim_version_page", args=[claim.pk, version]))
        pages.append(reverse("claim_card", args=[claim.pk]) + f"?version={version}")
        pages.append(reverse("claim_card", args=[claim.pk]) + f"?version={version}&compact=1")
    return pages


def test_markup_in_every_stored_field_is_text_on_every_page_and_card(client, hostile_claim):
    for url in _hostile_pages(hostile_claim):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for markup in LIVE_MARKUP:
            assert markup not in body, (url, markup)
        assert "&lt;/script&gt;&lt;script&gt;alert(1)" in body, url


def test_json_ld_blocks_hold_the_markup_as_json_text_that_cannot_close_them(client, hostile_claim):
    body = client.get(reverse("claim_page", args=[hostile_claim.pk])).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)

    assert len(blocks) == 2  # the ClaimReview and the figures' Observations
    for block in blocks:
        assert "<" not in block and ">" not in block
    review = json.loads(blocks[0])
    assert review["claimReviewed"] == HOSTILE + " statement"
    assert review["itemReviewed"]["author"]["name"] == HOSTILE + " claimant"
    assert HOSTILE + " metric" in blocks[1].encode().decode("unicode_escape")


def test_oembed_carries_the_markup_as_json_text_and_its_html_escaped(client, hostile_claim):
    response = _oembed(client, f"http://testserver/claims/{hostile_claim.pk}/")

    assert response.status_code == 200
    assert b"<script" not in response.content and b"<img" not in response.content
    data = response.json()
    assert data["title"] == HOSTILE + " statement"
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in data["html"]


@pytest.mark.parametrize("feed", ["corrections_feed", "changes_feed"])
def test_feeds_carry_the_markup_as_escaped_text(client, hostile_claim, feed):
    body = client.get(reverse(feed)).content.decode()

    for markup in LIVE_MARKUP:
        assert markup not in body
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in body


def test_no_write_stores_a_javascript_address_for_a_source_or_an_entity(fact_checker):
    """The templates link `source.url` and JSON-LD carries entity addresses as given; what keeps
    a `javascript:` link off every page is that every write refuses one."""
    with pytest.raises(ValidationError) as source_error:
        source_services.source_create(kind="article", title="Hostile", url="javascript:alert(1)")
    assert "url" in source_error.value.message_dict
    with pytest.raises(ValidationError) as entity_error:
        source_services.entity_get_or_create(
            name="Hostile", kind="organisation", url="javascript:alert(1)"
        )
    assert "url" in entity_error.value.message_dict
    assert not Source.objects.filter(url__startswith="javascript").exists()
