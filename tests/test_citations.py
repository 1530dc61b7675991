"""A citation's quote is checked against the source's archived text: found, paraphrased,
unchecked, or refused; and marked missing, never rewritten, when the source changes."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from claims import services
from claims.models import MAX_QUOTE_WORDS, Citation, QuoteStatus
from sources.models import Source, SourceKind
from sources.services import snapshot_attach
from tests.factories import ClaimFactory, SnapshotFactory, SourceFactory

pytestmark = pytest.mark.django_db

ARTICLE = (
    "The council said on Monday that crime fell by 46\u00a0per cent after the cameras went up.\n"
    "Critics said the figure\n  covered one district only."
)


@pytest.fixture
def claim(fact_checker):  # type: ignore[no-untyped-def]
    return ClaimFactory(created_by=fact_checker)


def test_verbatim_quote_is_found_and_anchored_in_the_snapshot(claim, fact_checker):
    snapshot = SnapshotFactory(text=ARTICLE)
    version = claim.version

    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=snapshot.source, quote="the cameras went up"
    )

    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.FOUND
    assert citation.checked_snapshot == snapshot
    assert citation.checked_at is not None
    assert snapshot.text[citation.position_start : citation.position_end] == "the cameras went up"
    assert citation.suffix == snapshot.text[citation.position_end : citation.position_end + 32]
    claim.refresh_from_db()
    assert claim.version == version + 1


def test_quote_typed_with_a_plain_space_is_found_across_a_non_breaking_space(claim, fact_checker):
    snapshot = SnapshotFactory(text=ARTICLE)

    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=snapshot.source, quote="crime fell by 46 per cent"
    )

    assert citation.quote_status == QuoteStatus.FOUND
    assert citation.quote == "crime fell by 46 per cent"
    assert snapshot.text[citation.position_start : citation.position_end] == (
        "crime fell by 46\u00a0per cent"
    )


def test_quote_is_found_across_a_line_break(claim, fact_checker):
    snapshot = SnapshotFactory(text=ARTICLE)

    citation = services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=snapshot.source,
        quote="the figure covered one district only",
    )

    assert citation.quote_status == QuoteStatus.FOUND
    assert snapshot.text[citation.position_start : citation.position_end] == (
        "the figure\n  covered one district only"
    )


def test_quote_not_in_the_snapshot_is_refused_and_nothing_is_stored(claim, fact_checker):
    snapshot = SnapshotFactory(text=ARTICLE)
    version = claim.version

    with pytest.raises(ValidationError) as excinfo:
        services.citation_add(
            claim=claim,
            actor=fact_checker,
            source=snapshot.source,
            quote="crime fell by 64 per cent",
        )

    assert "not in the source's archived text" in excinfo.value.message_dict["quote"][0]
    assert not Citation.objects.exists()
    claim.refresh_from_db()
    assert claim.version == version


def test_paraphrase_is_saved_unchecked_against_the_text(claim, fact_checker):
    snapshot = SnapshotFactory(text=ARTICLE)

    citation = services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=snapshot.source,
        quote="crime nearly halved",
        is_paraphrase=True,
    )

    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.PARAPHRASE
    assert citation.is_paraphrase is True
    assert (citation.position_start, citation.position_end, citation.checked_snapshot) == (
        None,
        None,
        None,
    )


def test_quote_from_a_source_without_a_snapshot_is_saved_unchecked(claim, fact_checker):
    source = SourceFactory()

    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=source, quote="anything the source said"
    )

    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.UNCHECKED
    assert citation.checked_snapshot is None
    assert citation.position_start is None


def test_reader_comment_is_checked_against_the_article_it_sits_under(claim, fact_checker):
    article_snapshot = SnapshotFactory(
        text="Article body. Comments: jo_b wrote: the cameras did nothing here."
    )
    comment = SourceFactory(
        kind=SourceKind.READER_COMMENT, parent=article_snapshot.source, publisher=None
    )

    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=comment, quote="the cameras did nothing here"
    )

    assert citation.source == comment
    assert citation.quote_status == QuoteStatus.FOUND
    assert citation.checked_snapshot == article_snapshot
    assert article_snapshot.text[citation.position_start : citation.position_end] == (
        "the cameras did nothing here"
    )


def test_reader_comment_quote_absent_from_the_article_is_refused(claim, fact_checker):
    article_snapshot = SnapshotFactory(text="Article body. No comments yet.")
    comment = SourceFactory(
        kind=SourceKind.READER_COMMENT, parent=article_snapshot.source, publisher=None
    )

    with pytest.raises(ValidationError) as excinfo:
        services.citation_add(
            claim=claim, actor=fact_checker, source=comment, quote="the cameras did nothing"
        )

    assert "quote" in excinfo.value.message_dict
    assert not Citation.objects.exists()


def test_quote_longer_than_the_word_limit_is_refused(claim, fact_checker):
    source = SourceFactory()
    too_long = " ".join(["word"] * (MAX_QUOTE_WORDS + 1))

    with pytest.raises(ValidationError) as excinfo:
        services.citation_add(claim=claim, actor=fact_checker, source=source, quote=too_long)

    assert excinfo.value.message_dict["quote"] == [
        f"Quote at most {MAX_QUOTE_WORDS} words (this one has {MAX_QUOTE_WORDS + 1}): "
        "cite the clause that carries the claim."
    ]
    assert not Citation.objects.exists()


def test_quote_of_exactly_the_word_limit_is_accepted(claim, fact_checker):
    words = " ".join(["word"] * MAX_QUOTE_WORDS)

    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=SourceFactory(), quote=words
    )

    assert Citation.objects.get(pk=citation.pk).quote == words


def test_blank_quote_is_refused(claim, fact_checker):
    with pytest.raises(ValidationError) as excinfo:
        services.citation_add(claim=claim, actor=fact_checker, source=SourceFactory(), quote=" \n ")

    assert excinfo.value.message_dict["quote"] == ["Give the words the source uses."]


def _recheck(source: Source) -> dict[str, int]:
    """Re-check the source and its parts by the one path every caller takes."""
    return services.verify_quotes(sources=[source, *source.parts.all()]).counts


def test_quote_gone_from_a_new_snapshot_is_marked_missing_not_rewritten(claim, fact_checker):
    first = SnapshotFactory(text=ARTICLE)
    source = first.source
    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=source, quote="the cameras went up"
    )
    snapshot_attach(
        source=source,
        text="The council has withdrawn its statement on crime.",
        retrieved_at=first.retrieved_at + timedelta(days=1),
    )

    counts = _recheck(source)

    assert counts == {QuoteStatus.MISSING: 1}
    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.MISSING
    assert citation.quote == "the cameras went up"
    assert citation.checked_snapshot is None
    assert (citation.position_start, citation.position_end) == (None, None)
    assert source.snapshots.count() == 2


def test_quote_still_present_in_a_new_snapshot_is_reanchored_to_it(claim, fact_checker):
    first = SnapshotFactory(text=ARTICLE)
    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=first.source, quote="the cameras went up"
    )
    newer, created = snapshot_attach(
        source=first.source,
        text="Update: figures revised. " + ARTICLE,
        retrieved_at=timezone.now() + timedelta(days=1),
    )
    assert created

    _recheck(first.source)

    citation.refresh_from_db()
    # The same words, further along in the new text: re-anchored there, and said to have moved.
    assert citation.quote_status == QuoteStatus.MOVED
    assert citation.similarity == 1.0
    assert citation.checked_snapshot == newer
    assert newer.text[citation.position_start : citation.position_end] == "the cameras went up"


def test_rechecking_an_article_also_rechecks_its_reader_comments(claim, fact_checker):
    article_snapshot = SnapshotFactory(text="Body. jo_b wrote: the cameras did nothing here.")
    comment = SourceFactory(
        kind=SourceKind.READER_COMMENT, parent=article_snapshot.source, publisher=None
    )
    citation = services.citation_add(
        claim=claim, actor=fact_checker, source=comment, quote="the cameras did nothing here"
    )
    snapshot_attach(
        source=article_snapshot.source,
        text="Body. Comments are closed.",
        retrieved_at=article_snapshot.retrieved_at + timedelta(days=1),
    )

    _recheck(article_snapshot.source)

    citation.refresh_from_db()
    assert citation.quote_status == QuoteStatus.MISSING
    assert citation.quote == "the cameras did nothing here"


def test_rechecking_leaves_paraphrases_as_paraphrases(claim, fact_checker):
    first = SnapshotFactory(text=ARTICLE)
    citation = services.citation_add(
        claim=claim,
        actor=fact_checker,
        source=first.source,
        quote="crime nearly halved",
        is_paraphrase=True,
    )
    snapshot_attach(
        source=first.source,
        text="Something else entirely.",
        retrieved_at=first.retrieved_at + timedelta(days=1),
    )

    counts = _recheck(first.source)

    citation.refresh_from_db()
    assert counts == {QuoteStatus.PARAPHRASE: 1}
    assert citation.quote_status == QuoteStatus.PARAPHRASE
