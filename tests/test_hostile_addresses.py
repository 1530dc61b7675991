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


def test_an_api_id_written_in_other_digits_does_not_find_the_claim(client, make_claim):
    claim = make_claim(status="published")
    other_digits = str(claim.pk).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))

    assert client.get(f"/api/v1/claims/{claim.pk}/").status_code == 200
    assert client.get(f"/api/v1/claims/{other_digits}/").status_code == 404
    assert client.get(f"/api/v1/claims/{claim.pk}_/").status_code == 404


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


# -- bodies and exports ------------------------------------------------------------------------


def _token_client(user):  # type: ignore[no-untyped-def]
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


@pytest.mark.parametrize("path", ["/api/v1/token/", "/api/v1/claims/"])
def test_json_nested_a_thousand_deep_is_400_naming_it(client, fact_checker, path):
    from claims.models import Claim

    api = _token_client(fact_checker)
    before = Claim.objects.count()

    response = api.post(path, data="[" * 1000, content_type="application/json")

    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]
    assert Claim.objects.count() == before


@pytest.mark.parametrize(
    ("field", "value"),
    [("claimant", 7.5), ("claimant", True), ("claimant", "7.0"), ("claimant", "²")],
)
def test_an_id_that_is_not_a_whole_number_is_400_and_stores_nothing(
    fact_checker, make_claim, field, value
):  # type: ignore[no-untyped-def]
    from claims.models import Claim

    claimant = make_claim().claimant
    api = _token_client(fact_checker)
    before = Claim.objects.count()
    body = {"statement": "Crime fell by 46 per cent.", "claimant": claimant.pk}
    body[field] = value

    response = api.post("/api/v1/claims/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()
    assert Claim.objects.count() == before


def test_a_figure_metric_given_as_a_float_is_refused_not_truncated(fact_checker, make_claim):  # type: ignore[no-untyped-def]
    from claims.models import Figure

    claim = make_claim(status="draft")
    metric_id = claim.figures.get().metric_id
    api = _token_client(fact_checker)
    etag = api.get(f"/api/v1/claims/{claim.pk}/")["ETag"]
    before = Figure.objects.count()

    response = api.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": metric_id + 0.9, "unit": "percent", "value": "46"},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 400
    assert "metric" in response.json()
    assert Figure.objects.count() == before


def test_the_figures_csv_answers_accept_text_csv(client, make_claim):
    make_claim(status="published")

    response = client.get("/api/v1/figures/csv/", HTTP_ACCEPT="text/csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")


def test_a_bad_filter_on_the_csv_is_json_naming_it_even_when_csv_is_asked(client):
    response = client.get("/api/v1/figures/csv/?unit=furlongs", HTTP_ACCEPT="text/csv")

    assert response.status_code == 400
    assert "unit" in response.json()


def test_csv_cells_that_a_spreadsheet_would_run_are_written_as_text():
    from claims.api.views import csv_cell

    assert csv_cell('=HYPERLINK("http://evil")') == '\'=HYPERLINK("http://evil")'
    assert csv_cell("+1 555") == "'+1 555"
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell("\tcmd") == "'\tcmd"
    assert csv_cell("\rcmd") == "'\rcmd"
    assert csv_cell("-2+3") == "'-2+3"
    # Numbers stay numbers.
    assert csv_cell("-3.500000") == "-3.500000"
    assert csv_cell("46.000000") == "46.000000"
    assert csv_cell("Crime fell") == "Crime fell"


def test_the_figures_csv_escapes_a_statement_that_starts_like_a_formula(client, make_claim):
    import csv
    import io

    claim = make_claim(status="published")
    from claims.models import Claim

    Claim.objects.filter(pk=claim.pk).update(statement='=HYPERLINK("http://evil","46%")')

    body = b"".join(client.get("/api/v1/figures/csv/").streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))

    assert rows
    statements = {value for row in rows for key, value in row.items() if "statement" in key}
    assert statements == {'\'=HYPERLINK("http://evil","46%")'}


def test_x_forwarded_for_does_not_reset_the_anonymous_throttle(client, settings):  # type: ignore[no-untyped-def]
    from django.core.cache import cache

    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": None},
    }
    statuses = [
        client.get("/api/v1/metrics/", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code
        for n in range(5)
    ]
    cache.clear()

    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429, 429]


def test_seven_hundred_usernames_from_one_address_get_429_and_no_token(client):  # type: ignore[no-untyped-def]
    from axes.models import AccessAttempt
    from django.core.cache import cache
    from rest_framework.authtoken.models import Token

    cache.clear()
    responses = [
        client.post(
            "/api/v1/token/",
            {"username": f"guess-{n}", "password": "guess"},
            content_type="application/json",
            REMOTE_ADDR="203.0.113.66",
        )
        for n in range(700)
    ]
    cache.clear()

    assert [r.status_code for r in responses[:10]] == [401] * 10
    assert {r.status_code for r in responses[10:]} == {429}
    assert "Too many login attempts from your address" in responses[-1].json()["detail"]
    assert 0 < int(responses[-1]["Retry-After"]) <= 60
    assert not Token.objects.exists()
    assert AccessAttempt.objects.count() == 10
