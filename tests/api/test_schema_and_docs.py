"""The OpenAPI schema and the documentation pages, which must work with no network."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_and_lists_every_endpoint(api):
    response = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    for path in (
        "/api/v1/claims/",
        "/api/v1/claims/{id}/",
        "/api/v1/claims/{id}/publish/",
        "/api/v1/claims/{id}/claimreview/",
        "/api/v1/figures/",
        "/api/v1/figures/csv/",
        "/api/v1/metrics/{id}/",
        "/api/v1/sources/",
        "/api/v1/entities/",
        "/api/v1/claimreviews/",
    ):
        assert path in schema["paths"]
    patch = schema["paths"]["/api/v1/claims/{id}/"]["patch"]
    assert {"412", "428"} <= set(patch["responses"])
    assert any(p["name"] == "If-Match" and p["required"] for p in patch["parameters"])


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
def test_docs_pages_load_their_assets_from_this_server(api, page):
    response = api.get(page)

    assert response.status_code == 200
    body = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', body)
    assert assets
    assert not [asset for asset in assets if asset.startswith(("http:", "https:", "//"))]
    for asset in assets:
        if asset.startswith("/static/"):
            served = api.get(asset)
            assert served.status_code == 200, asset


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
def test_docs_pages_need_no_inline_script(api, page):
    body = api.get(page).content.decode()
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", body, flags=re.DOTALL)
    assert scripts
    assert all('src="' in attributes and not content.strip() for attributes, content in scripts)


def test_the_schema_describes_a_claims_versions_as_the_list_they_are(api):
    """The versions of a claim are answered whole, as a JSON list (test_frozen_versions.py): the
    schema said a page ({"results": [...]}) and offered the claim list's filters and cursor,
    none of which the endpoint reads. schemathesis found it with a claim that had versions."""
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    listed = schema["paths"]["/api/v1/claims/{id}/versions/"]["get"]
    one = schema["paths"]["/api/v1/claims/{id}/versions/{number}/"]["get"]

    answer = listed["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"type": "array", "items": {"$ref": "#/components/schemas/ClaimVersion"}}
    assert [parameter["name"] for parameter in listed["parameters"]] == ["id"]
    assert sorted(parameter["name"] for parameter in one["parameters"]) == ["id", "number"]
