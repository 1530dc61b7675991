"""The public claim page, as a reader, a search engine and an oEmbed consumer see it."""

import json
import re

import pytest
from django.urls import reverse

from claims import services
from claims.models import Verdict
from tests.factories import SnapshotFactory

pytestmark = pytest.mark.django_db


def page_url(claim) -> str:  # type: ignore[no-untyped-def]
    return reverse("claim_page", args=[claim.pk])


def json_ld_blocks(body: str) -> list[dict]:  # type: ignore[type-arg]
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    return [json.loads(block) for block in found]


def test_public_claim_page_shows_statement_verdict_figure_and_sources(client, rival_claims):
    claim = rival_claims()["claim"]

    response = client.get(page_url(claim))

    assert response.status_code == 200
    body = response.content.decode()
    assert claim.statement in body
    assert claim.claimant.name in body
    assert "Misleading" in body
    assert "police data show 24 per cent" in body
    assert "46%" in body
    assert "Fall in recorded crime, 2018" in body
    citation = claim.citations.get()
    assert "crime fell by 46 per cent" in body
    assert reverse("source_page", args=[citation.source_id]) in body
    assert "Found in snapshot" in body


def test_statement_is_our_summary_and_the_claimant_is_who_said_it(client, rival_claims):
    claim = rival_claims()["claim"]

    body = client.get(page_url(claim)).content.decode()

    assert "The claim, as we summarise it" in body
    heading = re.search(r'<h1 id="claim-heading"[^>]*>(.*?)</h1>', body, re.S)
    assert heading is not None and heading.group(1) == claim.statement
    assert f"Who said it: <strong>{claim.claimant.name}</strong>" in body


@pytest.fixture
def quoted_and_paraphrased(make_claim, fact_checker, reviewer):  # type: ignore[no-untyped-def]
    """A published claim with a verbatim quote (from make_claim) and a paraphrase."""
    claim = make_claim(status="draft")
    services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=SnapshotFactory().source,
        quote="the mayor said crime had roughly halved",
        is_paraphrase=True,
    )
    services.claim_submit_for_review(claim=claim, actor=fact_checker)
    services.claim_publish(claim=claim, actor=reviewer, verdict="misleading", explanation="No.")
    return claim


def test_only_verbatim_quotes_carry_quotation_marks_and_their_source(
    client, quoted_and_paraphrased
):
    claim = quoted_and_paraphrased
    verbatim = claim.citations.get(is_paraphrase=False)
    paraphrase = claim.citations.get(is_paraphrase=True)

    body = client.get(page_url(claim)).content.decode()

    quote = re.search(r'<figure class="quote">(.*?)</figure>', body, re.S)
    assert quote is not None
    assert f"“{verbatim.quote}”</p></blockquote>" in quote.group(1)
    assert re.search(
        r"<figcaption>— <cite><a [^>]*>" + re.escape(str(verbatim.source)), quote.group(1)
    )
    assert f"“{paraphrase.quote}" not in body
    assert f"not the source’s own words:</span> {paraphrase.quote}</p>" in body
    assert body.count('<figure class="quote">') == 1


def test_claim_lists_say_who_made_the_claim(client, rival_claims):
    claim = rival_claims()["claim"]
    body = client.get(reverse("claim_index")).content.decode()
    assert f"Claimed by {claim.claimant.name}" in body
    assert f"“{claim.statement}" not in body


def test_competing_figures_come_only_from_public_claims(client, rival_claims, reviewer):
    data = rival_claims()
    client.force_login(reviewer)  # even a reviewer, who may read the draft, sees public ones only

    body = client.get(page_url(data["claim"])).content.decode()

    assert "24%" in body
    assert "Preferred" in body
    assert "Different method" in body
    assert "99.5%" not in body
    assert data["draft"].claimant.name not in body


@pytest.mark.parametrize("status", ["draft", "in_review"])
def test_unpublished_claims_are_not_found_for_the_public(client, make_claim, status):
    claim = make_claim(status=status)
    assert client.get(page_url(claim)).status_code == 404


def test_logged_in_user_without_a_role_cannot_see_a_draft(client, make_claim, outsider):
    claim = make_claim(status="in_review")
    client.force_login(outsider)
    assert client.get(page_url(claim)).status_code == 404


def test_reviewer_previews_an_unpublished_claim_marked_noindex(client, make_claim, reviewer):
    claim = make_claim(status="in_review")
    client.force_login(reviewer)

    response = client.get(page_url(claim))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Preview." in body
    assert response["X-Robots-Tag"] == "noindex"
    assert json_ld_blocks(body) == []
    assert "application/json+oembed" not in body


def test_page_carries_one_claim_review_canonical_link_and_oembed_discovery(client, rival_claims):
    claim = rival_claims()["claim"]

    body = client.get(page_url(claim)).content.decode()

    blocks = json_ld_blocks(body)
    assert len(blocks) == 2  # the ClaimReview, and the figures as Observations
    review, observations = blocks
    assert [o["@type"] for o in observations["@graph"]] == ["Observation"]
    assert review["@type"] == "ClaimReview"
    assert review["url"] == f"http://testserver/claims/{claim.pk}/"
    assert review["claimReviewed"] == claim.statement
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["reviewRating"]["ratingValue"] == Verdict.MISLEADING.rating_value
    assert f'<link rel="canonical" href="http://testserver/claims/{claim.pk}/">' in body
    discovery = re.search(
        r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', body
    )
    assert discovery is not None
    oembed = discovery.group(1).replace("&amp;", "&")
    assert oembed.startswith("http://testserver/oembed?")
    assert client.get(oembed).json()["type"] == "rich"


def test_history_lists_publication_and_correction_with_public_note(client, rival_claims, reviewer):
    claim = rival_claims()["claim"]
    services.claim_correct(
        claim=claim,
        actor=reviewer,
        verdict=Verdict.INACCURATE,
        note="Police published the full year: crime rose.",
    )

    body = client.get(page_url(claim)).content.decode()

    history = body[body.index('id="history"') :]
    assert "Published" in history
    assert "Corrected" in history
    assert history.index("Misleading") < history.index("Inaccurate")
    assert "Police published the full year: crime rose." in body
    assert "checked" not in history  # the reviewer's publishing note is internal
    assert "submitted" not in history.lower()


def test_retracted_claim_page_says_so_with_the_reason(client, make_claim):
    claim = make_claim(status="retracted")
    body = client.get(page_url(claim)).content.decode()
    assert "Retracted on" in body
    assert "Source withdrawn." in body


def test_page_offers_the_embed_codes(client, rival_claims):
    claim = rival_claims()["claim"]
    body = client.get(page_url(claim)).content.decode()
    assert f"&lt;iframe src=&quot;http://testserver/embed/claims/{claim.pk}/&quot;" in body
    assert "http://testserver/embed/resize.js" in body
    assert f"embed/claims/{claim.pk}/?version={claim.version}" in body
    assert f"embed/claims/{claim.pk}/?compact=1" in body


def test_slug_address_redirects_to_the_canonical_page(client, rival_claims):
    claim = rival_claims()["claim"]
    response = client.get(f"/claims/{claim.pk}/{claim.slug}/")
    assert response.status_code == 301
    assert response["Location"] == page_url(claim)


def test_claim_page_query_count_is_bounded(client, rival_claims, django_assert_max_num_queries):
    claim = rival_claims()["claim"]
    with django_assert_max_num_queries(14):
        assert client.get(page_url(claim)).status_code == 200
