"""Competing figures for an article's suggestions: each suggested figure is matched against
the figures already recorded (claims.competing's rule), with the article around it telling a
local place from what the whole article is about."""

from django.db import transaction

from claims.competing import NewFigure, competitors, content_words, keywords
from claims.figures_parser import ParsedFigure
from claims.models import CompetingProposal, Figure
from intake.models import Suggestion

# A place named in more than a fifth of an article's paragraphs is what the whole article is
# about, not where one figure belongs, so it does not count as the figure's place.
LOCAL_PLACE_MAX_SHARE = 0.2


def _same_statement(suggestion: Suggestion, figure: Figure) -> bool:
    """The existing figure's claim already cites this very sentence: it is not a competitor."""
    for citation in figure.claim.citations.all():
        if citation.source_id != suggestion.source_id and citation.source.parent_id != (
            suggestion.source_id
        ):
            continue
        folded = " ".join(citation.quote.split())
        if folded and folded in " ".join(suggestion.sentence.split()):
            return True
    return False


def _paragraph_words(suggestion: Suggestion) -> tuple[list[str], frozenset[str]]:
    """The words of the suggestion's paragraph, and those of them the article names in so many
    paragraphs that they are its subject rather than a local detail."""
    text = suggestion.snapshot.text
    paragraphs = [line for line in text.split("\n") if line.strip()]
    start = text.rfind("\n", 0, suggestion.sentence_start) + 1
    end = text.find("\n", suggestion.sentence_end)
    own = content_words(text[start : end if end != -1 else len(text)] or suggestion.sentence)
    limit = max(1.0, LOCAL_PLACE_MAX_SHARE * len(paragraphs))
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        for word in set(content_words(paragraph)):
            counts[word] = counts.get(word, 0) + 1
    return own, frozenset(word for word in own if counts.get(word, 0) > limit)


@transaction.atomic
def proposals_for_suggestion(suggestion: Suggestion) -> list[CompetingProposal]:
    """Propose linking each of the suggestion's figures to metrics whose recorded figures have
    the same unit and similar wording, or are about the same local place and subject. Figures
    with the same value are proposed too (they corroborate); `value_differs` says which."""
    sentence_keywords = keywords(suggestion.sentence)
    paragraph, article_wide = _paragraph_words(suggestion)
    sentence_words = frozenset(content_words(suggestion.sentence))
    made: list[CompetingProposal] = []
    for index, data in enumerate(suggestion.figures):
        figure = ParsedFigure.from_dict(data)
        new = NewFigure(
            value=figure.value,
            unit=figure.unit,
            currency=figure.currency,
            wordings=(sentence_keywords,),
            words=sentence_words,
            places=frozenset(paragraph) - article_wide,
            subjects=frozenset(paragraph),
        )
        for existing, similarity, why in competitors(new):
            if _same_statement(suggestion, existing):
                continue
            proposal, created = CompetingProposal.objects.get_or_create(
                suggestion=suggestion,
                figure_index=index,
                existing_figure=existing,
                defaults={
                    "metric": existing.metric,
                    "similarity": round(min(1.0, similarity), 3),
                    "value_differs": existing.value != figure.value,
                    "reason": why[:300],
                },
            )
            if created:
                made.append(proposal)
    return made
