"""verify_quotes re-checks every citation: found, moved, changed (with similarity), changed figure
or missing; a published claim whose quote went missing is flagged for review and otherwise left
alone."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Citation, QuoteStatus
from claims.quotecheck import check_quote
from intake import services as intake_services
from sources.services import snapshot_attach

pytestmark = pytest.mark.django_db

TEXT = "The city said crime fell by 46 per cent after the cameras went up, officials claimed."


def _verify(*args: str) -> str:
    out = StringIO()
    call_command("verify_quotes", *args, stdout=out)
    return out.getvalue()


def test_check_quote_tells_found_moved_changed_and_missing() -> None:
    quote = "crime fell by 46 per cent"
    assert check_quote(TEXT, quote, previous_start=14).status == QuoteStatus.FOUND
    assert check_quote("Update: " + TEXT, quote, previous_start=14).status == QuoteStatus.MOVED
    changed = check_quote(TEXT.replace("crime fell", "crime dropped"), quote)
    assert changed.status == QuoteStatus.CHANGED
    figure = check_quote(TEXT.replace("46 per cent", "45 per cent"), quote)
    assert figure.status == QuoteStatus.CHANGED_FIGURE
    assert changed.similarity is not None and 0.8 <= changed.similarity < 1
    assert check_quote("Nothing about it here at all.", quote).status == QuoteStatus.MISSING


def test_a_moved_quote_is_re_anchored(make_claim) -> None:  # type: ignore[no-untyped-def]
    claim = make_claim("draft")
    citation = claim.citations.get()
    snapshot_attach(source=citation.source, text="Breaking update. " + TEXT)
    output = _verify()
    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.MOVED
    assert citation.position_start == TEXT.index("crime") + len("Breaking update. ")
    assert "1 moved" in output


def test_a_changed_quote_keeps_its_words_and_gets_a_similarity(make_claim) -> None:  # type: ignore[no-untyped-def]
    claim = make_claim("draft")
    citation = claim.citations.get()
    snapshot_attach(source=citation.source, text=TEXT.replace("crime fell", "crime dropped"))
    _verify()
    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.CHANGED
    assert citation.quote == "crime fell by 46 per cent"
    assert citation.similarity is not None and citation.similarity > 0.8


def test_a_published_claim_whose_quote_went_missing_is_flagged_not_changed(make_claim) -> None:  # type: ignore[no-untyped-def]
    claim = make_claim("published")
    before = (claim.statement, claim.status, claim.verdict, claim.version)
    citation = claim.citations.get()
    snapshot_attach(source=citation.source, text="The page now says something else entirely.")
    output = _verify()
    claim.refresh_from_db()
    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.MISSING
    assert citation.quote == "crime fell by 46 per cent"
    assert claim.needs_review is True
    assert "missing" in claim.needs_review_reason
    assert (claim.statement, claim.status, claim.verdict, claim.version) == before
    assert "Flagged for review" in output


def test_a_draft_with_a_missing_quote_is_not_flagged(make_claim) -> None:  # type: ignore[no-untyped-def]
    claim = make_claim("draft")
    snapshot_attach(source=claim.citations.get().source, text="Different words now.")
    _verify()
    claim.refresh_from_db()
    assert claim.needs_review is False
    assert Citation.objects.get().quote_status == QuoteStatus.MISSING


def test_refetch_stores_a_new_snapshot_only_when_the_text_changed(
    local_server, fact_checker
) -> None:  # type: ignore[no-untyped-def]
    base, pages = local_server
    pages.put("/story", "Crime fell by 46 per cent, the mayor said.\n", "text/plain")
    report = intake_services.source_ingest(url=f"{base}/story")
    suggestion = report.suggestions[0]
    intake_services.suggestion_accept(
        suggestion=suggestion, actor=fact_checker, metrics={0: "Fall in crime"}
    )
    _verify("--refetch")
    assert report.source.snapshots.count() == 1
    pages.put("/story", "Crime fell by 40 per cent, the mayor said.\n", "text/plain")
    output = _verify("--refetch")
    assert report.source.snapshots.count() == 2
    assert "New snapshots stored: 1" in output
    assert Citation.objects.get().quote_status == QuoteStatus.CHANGED_FIGURE
