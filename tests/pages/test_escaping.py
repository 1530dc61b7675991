"""What users typed is shown as text everywhere: a claim containing <script> runs nowhere."""

import json
import re
from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim
from tests.database_image import DatabaseImages
from tests.factories import claim_maker, role_user
from tests.pages.conftest import rival_claims_maker

pytestmark = pytest.mark.django_db

HOSTILE = 'Crime fell </script><script>alert("x")</script> & <b>rose</b>'


@pytest.fixture
def hostile_claim(db: None, database_images: DatabaseImages) -> Iterator[Claim]:
    """A corrected claim with markup in its statement and note, among rivals: built once per
    session and copied into each test."""
    with database_images.restored(
        "escaping: a hostile claim among rivals", _hostile_claim, first=True
    ) as claim_id:
        yield Claim.objects.get(pk=claim_id)


def _hostile_claim() -> int:
    reviewer = role_user("reviewer")
    rival_claims = rival_claims_maker(claim_maker(role_user("fact_checker"), reviewer), reviewer)
    claim = rival_claims(statement=HOSTILE)["claim"]
    services.claim_correct(claim=claim, actor=reviewer, note='Fixed <img src=x onerror="alert(1)">')
    return claim.pk


def assert_no_live_markup(body: str) -> None:
    assert "<script>alert" not in body
    assert "<b>rose</b>" not in body
    assert "<img src=x" not in body


def test_claim_page_escapes_the_statement_and_note(client, hostile_claim):
    body = client.get(reverse("claim_page", args=[hostile_claim.pk])).content.decode()
    assert_no_live_markup(body)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "&lt;img src=x" in body


def test_json_ld_cannot_close_its_script_element(client, hostile_claim):
    body = client.get(reverse("claim_page", args=[hostile_claim.pk])).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    assert block is not None
    assert "<" not in block.group(1)
    assert json.loads(block.group(1))["claimReviewed"] == HOSTILE


@pytest.mark.parametrize("params", ["", "?compact=1", "?theme=dark"])
def test_card_escapes_the_statement(client, hostile_claim, params):
    body = client.get(reverse("claim_card", args=[hostile_claim.pk]) + params).content.decode()
    assert_no_live_markup(body)
    assert "&lt;script&gt;" in body


def test_oembed_escapes_the_statement_in_its_html(client, hostile_claim):
    response = client.get(
        reverse("oembed"),
        {"url": f"http://testserver/claims/{hostile_claim.pk}/", "format": "json"},
    )
    assert b"<script" not in response.content
    data = response.json()
    assert data["title"] == HOSTILE
    assert "<script" not in data["html"]
    assert "&lt;script&gt;" in data["html"]


def test_index_corrections_log_and_source_page_escape(client, hostile_claim):
    source_id = hostile_claim.citations.get().source_id
    for url in (
        reverse("claim_index"),
        reverse("claim_index") + "?q=%3Cscript%3E",
        reverse("corrections"),
        reverse("source_page", args=[source_id]),
    ):
        body = client.get(url).content.decode()
        assert_no_live_markup(body)
        assert "&lt;script&gt;" in body, url


def test_feed_sends_user_text_as_text(client, hostile_claim):
    response = client.get(reverse("corrections_feed"))
    root = ElementTree.fromstring(response.content)  # noqa: S314  (our own feed)
    atom = "{http://www.w3.org/2005/Atom}"
    entry = root.find(f"{atom}entry")
    assert entry is not None
    assert entry.findtext(f"{atom}title") == f"Corrected: {HOSTILE}"
    summary = entry.find(f"{atom}summary")
    assert summary is not None and summary.get("type") == "html"
    # The summary is HTML; once a reader decodes it, the tag must still be text.
    assert "<img" not in (summary.text or "")
    assert "&lt;img src=x" in (summary.text or "")
