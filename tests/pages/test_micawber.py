"""An oEmbed consumer library, micawber, embeds a claim from its page address alone.

micawber matches URLs against providers it was told about and has no <link> discovery of its
own (its bootstrap_oembed skips discovery-only providers), so the test discovers the endpoint as
a CMS does: from the claim page's <link rel="alternate" type="application/json+oembed">, then
registers it in micawber's registry beside its built-in providers. No internet is touched."""

import re
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urlsplit

import micawber
import pytest
from micawber.exceptions import ProviderHTTPException

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("flushable_db")]


class OEmbedDiscovery(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.endpoints: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if (
            tag == "link"
            and found.get("rel") == "alternate"
            and found.get("type") == "application/json+oembed"
        ):
            self.endpoints.append(found.get("href") or "")


def discover(page_url: str) -> str:
    with urllib.request.urlopen(page_url, timeout=5) as response:  # noqa: S310  (live_server)
        parser = OEmbedDiscovery()
        parser.feed(response.read().decode())
    assert len(parser.endpoints) == 1
    endpoint = parser.endpoints[0]
    parts = urlsplit(endpoint)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def test_micawber_discovers_and_consumes_the_endpoint(live_server, rival_claims):
    claim = rival_claims()["claim"]
    page_url = f"{live_server.url}/claims/{claim.pk}/"
    endpoint = discover(page_url)
    assert endpoint == f"{live_server.url}/oembed"

    providers = micawber.bootstrap_basic(registry=micawber.ProviderRegistry())
    providers.register(re.escape(live_server.url) + r"/claims/\d+/\S*", micawber.Provider(endpoint))

    data = providers.request(page_url)
    assert data["type"] == "rich"
    assert data["version"] == "1.0"
    assert data["title"] == claim.statement
    assert data["html"].startswith(f'<iframe src="{live_server.url}/embed/claims/{claim.pk}/"')

    html = providers.parse_text(f"Our fact-check:\n\n{page_url}\n")
    assert f'<iframe src="{live_server.url}/embed/claims/{claim.pk}/"' in html

    narrow = providers.request(page_url, maxwidth=320)
    assert narrow["width"] == 320


def test_micawber_gets_a_404_for_an_unpublished_claim(live_server, make_claim):
    claim = make_claim(status="in_review")
    providers = micawber.ProviderRegistry()
    providers.register(
        re.escape(live_server.url) + r"/claims/\d+/", micawber.Provider(f"{live_server.url}/oembed")
    )
    with pytest.raises(ProviderHTTPException) as refused:
        providers.request(f"{live_server.url}/claims/{claim.pk}/")
    assert "404" in str(refused.value)
