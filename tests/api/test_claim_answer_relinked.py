"""One claim is finished once per request: its ETag's answer (relative links) is given the
request's links by computing again only the parts that read them, which must give what finishing
the raw document for that host gives."""

import dataclasses

import orjson
import pytest

from claims import documents
from claims.models import ClaimStatus

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "status", [ClaimStatus.DRAFT, ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED]
)
def test_a_relinked_answer_is_the_answer_finished_for_that_host(rich_claim, make_claim, status):  # type: ignore[no-untyped-def]
    claim = rich_claim if status == ClaimStatus.DRAFT else make_claim(status=status)
    [raw] = documents.raw_documents([claim.pk])
    templates = documents.url_templates()
    relative = documents.finish([raw], prefix="", templates=templates)[0]
    links = documents.Links("https://tally.example", templates)

    relinked = documents.relinked(relative, raw, links)

    finished = documents.finish([raw], prefix=links.prefix, templates=templates)[0]
    assert orjson.dumps(relinked) == orjson.dumps(finished)
    assert orjson.dumps(relative) == orjson.dumps(
        documents.finish([raw], prefix="", templates=templates)[0]
    ), "relinking must leave the ETag's answer as it was"


def test_the_detail_answers_with_the_hosts_links_and_the_etag_of_relative_ones(api, make_claim):  # type: ignore[no-untyped-def]
    claim = make_claim(status="published")
    response = api.get(f"/api/v1/claims/{claim.pk}/")
    document = documents.claim_document(None, claim.pk)

    assert response.json()["links"]["self"] == f"http://testserver/api/v1/claims/{claim.pk}/"
    assert response["ETag"] == document.etag


def test_only_the_claims_own_parts_may_read_links(monkeypatch):  # type: ignore[no-untyped-def]
    def reading_links(part):  # type: ignore[no-untyped-def]
        if getattr(part, "name", "") == "display":
            return dataclasses.replace(part, links=True)
        if getattr(part, "name", "") == "figures":
            figure = dataclasses.replace(
                part.node, parts=tuple(map(reading_links, part.node.parts))
            )
            return dataclasses.replace(part, node=figure)
        return part

    claim = dataclasses.replace(
        documents.CLAIM, parts=tuple(map(reading_links, documents.CLAIM.parts))
    )
    monkeypatch.setattr(documents, "CLAIM", claim)
    documents._linked_parts.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"FigureFields\.display"):
            documents._linked_parts()
    finally:
        monkeypatch.undo()
        documents._linked_parts.cache_clear()
