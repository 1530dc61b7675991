"""schema.org ClaimReview for a published claim, with the fields Google's fact-check markup
documents: claimReviewed, reviewRating (alternateName, ratingValue, bestRating, worstRating, and
the explanation as ratingExplanation), itemReviewed (a Claim with author, appearance, each with
its address where the source has one, firstAppearance, datePublished), url, author,
datePublished.

Only a claim whose verdict stands (published or corrected) has one. A ClaimReview's reviewRating
is read as the fact-checker's current verdict, and neither schema.org nor Google's fact-check
markup has a way to say "withdrawn": a retracted claim's page, the API's ClaimReview feed and its
claimreview link carry none, so search engines and aggregators drop the rating when they next
read the page. The retraction itself is on the page, the card, the API and the corrections log."""

from typing import Any

from django.conf import settings

from claims.models import Citation, CitationRole, Claim, ClaimStatus, Verdict
from sources.models import DatePrecision, Entity, EntityKind, Source


def _entity(entity: Entity | None) -> dict[str, Any] | None:
    if entity is None:
        return None
    kind = "Person" if entity.kind in (EntityKind.PERSON, EntityKind.COMMENTER) else "Organization"
    data: dict[str, Any] = {"@type": kind, "name": entity.name}
    if entity.url:
        data["url"] = entity.url
    return data


def _partial_date(source: Source) -> str | None:
    """ISO 8601 allows reduced precision: "2018" or "2018-03", never an invented day."""
    if source.published_on is None or source.published_on_precision == DatePrecision.UNKNOWN:
        return None
    if source.published_on_precision == DatePrecision.YEAR:
        return f"{source.published_on.year:04d}"
    if source.published_on_precision == DatePrecision.MONTH:
        return source.published_on.strftime("%Y-%m")
    return source.published_on.isoformat()


def creative_work(source: Source) -> dict[str, Any]:
    """A source as a schema.org CreativeWork: its headline, address (where it has one), date,
    publisher and authors."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if source.title:
        work["headline"] = source.title
    if source.url:
        work["url"] = source.url
    published = _partial_date(source)
    if published:
        work["datePublished"] = published
    publisher = _entity(source.publisher)
    if publisher:
        work["publisher"] = publisher
    if source.authors:
        work["author"] = [{"@type": "Person", "name": name} for name in source.authors]
    return work


def has_claim_review(claim: Claim) -> bool:
    """Whether `claim` carries a ClaimReview: its verdict stands (not retracted, not a draft)."""
    return claim.status in ClaimStatus.reviewed()


def claim_review(claim: Claim, *, page_url: str) -> dict[str, Any]:
    """The ClaimReview for `claim`, whose public page is `page_url` (absolute). Refuses a claim
    whose verdict does not stand, rather than present a withdrawn verdict as current."""
    if not has_claim_review(claim):
        raise ValueError(f"Claim {claim.pk} is {claim.status}: it has no ClaimReview")
    citations: list[Citation] = list(claim.citations.all())
    appearances = [
        c for c in citations if c.role in (CitationRole.APPEARS_IN, CitationRole.FIRST_APPEARANCE)
    ]
    first = next((c for c in citations if c.role == CitationRole.FIRST_APPEARANCE), None)
    item: dict[str, Any] = {"@type": "Claim", "author": _entity(claim.claimant)}
    if appearances:
        item["appearance"] = [creative_work(c.source) for c in appearances]
    if first is not None:
        item["firstAppearance"] = creative_work(first.source)
        first_date = _partial_date(first.source)
        if first_date:
            item["datePublished"] = first_date

    rating: dict[str, Any] = {"@type": "Rating"}
    if claim.verdict:
        verdict = Verdict(claim.verdict)
        rating["alternateName"] = verdict.label
        if verdict.rating_value is not None:
            rating["ratingValue"] = verdict.rating_value
            rating["bestRating"] = Verdict.best_rating()
            rating["worstRating"] = Verdict.worst_rating()
    if claim.explanation:
        rating["ratingExplanation"] = claim.explanation

    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url,
        "claimReviewed": claim.statement,
        "author": {"@type": "Organization", "name": settings.TALLY_PUBLISHER_NAME},
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.published_at is not None:
        review["datePublished"] = claim.published_at.date().isoformat()
    if claim.updated_at is not None:
        review["dateModified"] = claim.updated_at.isoformat()
    return review
