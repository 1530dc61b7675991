"""The index with search and filters, a page per source, the methodology, and the corrections
log with its Atom feed."""

from xml.etree import ElementTree

import pytest
from django.urls import reverse

from claims import services
from claims.models import Verdict
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_index_lists_public_claims_only(client, make_claim):
    published = make_claim(status="published", statement="Cameras cut burglary by half.")
    corrected = make_claim(status="corrected", statement="Exports doubled in 2019.")
    draft = make_claim(status="draft", statement="A secret draft about exports.")

    body = client.get(reverse("claim_index")).content.decode()

    assert published.statement in body
    assert corrected.statement in body
    assert draft.statement not in body
    assert "2 fact-checks" in body


def test_index_search_and_filters(client, make_claim, reviewer):
    cameras = make_claim(status="published", statement="Cameras cut burglary by half.")
    cameras.topics.add(TopicFactory(name="Safe cities", slug="safe-cities"))
    exports = make_claim(status="published", statement="Exports doubled in 2019.")
    services.claim_correct(
        claim=exports, actor=reviewer, verdict=Verdict.INACCURATE, note="Wrong year."
    )

    def listed(**params: str) -> str:
        return client.get(reverse("claim_index"), params).content.decode()

    assert cameras.statement in listed(q="burglary")
    assert exports.statement not in listed(q="burglary")
    assert exports.statement in listed(q=exports.claimant.name)
    assert exports.statement in listed(verdict="inaccurate")
    assert cameras.statement not in listed(verdict="inaccurate")
    assert cameras.statement in listed(status="published")
    assert exports.statement not in listed(status="published")
    assert cameras.statement in listed(topic="safe-cities")
    assert exports.statement not in listed(topic="safe-cities")
    assert "No published fact-check matches." in listed(q="nothing-like-this")


def test_index_query_count_does_not_grow_with_claims(
    client, make_claim, django_assert_max_num_queries
):
    for _ in range(2):
        make_claim(status="published")
    with django_assert_max_num_queries(8) as few:
        client.get(reverse("claim_index"))
    for _ in range(6):
        make_claim(status="published")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert "8 fact-checks" in client.get(reverse("claim_index")).content.decode()


def test_home_redirects_to_the_index(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == reverse("claim_index")


def test_source_page_lists_the_public_claims_citing_it_with_their_quotes(client, make_claim):
    claim = make_claim(status="published")
    source = claim.citations.get().source

    body = client.get(reverse("source_page", args=[source.pk])).content.decode()

    assert str(source.title) in body
    assert claim.statement in body
    assert "crime fell by 46 per cent" in body


def test_source_cited_only_by_drafts_is_not_public(client, make_claim):
    claim = make_claim(status="in_review")
    source = claim.citations.get().source
    assert client.get(reverse("source_page", args=[source.pk])).status_code == 404


def test_methodology_explains_the_scale_ranks_quotes_and_corrections(client, db):
    body = client.get(reverse("methodology")).content.decode()
    for verdict in Verdict:
        assert verdict.label in body
    assert "4 of 4" in body and "1 of 4" in body
    assert "No rating" in body  # unsupported
    assert "Preferred" in body and "Deprecated" in body
    assert "archived copy" in body
    assert 'id="corrections"' in body


def test_corrections_log_lists_corrections_and_retractions_newest_first(
    client, make_claim, reviewer
):
    first = make_claim(status="published", statement="Exports doubled in 2019.")
    services.claim_correct(claim=first, actor=reviewer, note="The year was 2018.")
    second = make_claim(status="retracted", statement="Cameras cut burglary by half.")
    untouched = make_claim(status="published", statement="Nothing to correct here.")

    body = client.get(reverse("corrections")).content.decode()

    assert body.index(second.statement) < body.index(first.statement)
    assert "The year was 2018." in body
    assert "Source withdrawn." in body
    assert untouched.statement not in body
    assert reverse("claim_page", args=[first.pk]) in body


def test_corrections_feed_is_atom_newest_first(client, make_claim, reviewer):
    first = make_claim(status="published", statement="Exports doubled in 2019.")
    services.claim_correct(claim=first, actor=reviewer, note="The year was 2018.")
    second = make_claim(status="retracted", statement="Cameras cut burglary by half.")

    response = client.get(reverse("corrections_feed"))

    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ElementTree.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles == [f"Retracted: {second.statement}", f"Corrected: {first.statement}"]
    link = entries[1].find(f"{ATOM}link")
    assert link is not None
    assert link.get("href", "").startswith(f"http://testserver/claims/{first.pk}/#transition-")
    assert "The year was 2018." in (entries[1].findtext(f"{ATOM}summary") or "")


@pytest.mark.parametrize("name", ["claim_index", "methodology", "corrections", "corrections_feed"])
def test_pages_other_than_cards_refuse_to_be_framed(client, db, name):
    response = client.get(reverse(name))
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Security-Policy"].split("; ").count("frame-ancestors 'none'") == 1
