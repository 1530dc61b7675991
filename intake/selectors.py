"""Intake's reads for the fact-checker's decision: the recorded metrics a suggested figure may
measure, the best matches first (claims.competing's wording similarity and the suggestion's own
competing-figure proposals)."""

from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from claims.competing import PROPOSAL_SIMILARITY_SAME_MAGNITUDE, keywords, trigram_similarity
from claims.models import DecisionStatus, Metric
from intake.models import Suggestion

# A fact-checker reads the best matches at a glance: a handful is what helps.
MAX_BEST_MATCHES = 8


@dataclass(frozen=True)
class MetricMatch:
    metric: Metric
    similarity: float
    why: str  # "proposed: similar wording", "similar name"


@dataclass(frozen=True)
class MetricChoices:
    best: list[MetricMatch]
    others: list[Metric]  # the other metrics of the figure's unit, by name


def _name_similarities(unit: str, wording: str) -> list[tuple[Metric, float]]:
    """Metrics of `unit` whose name shares some wording with `wording`, the most similar first."""
    metrics = Metric.objects.filter(unit=unit)
    if not wording:
        return []
    if connection.vendor == "postgresql":
        scored = (
            metrics.annotate(similarity=TrigramSimilarity("name", wording))
            .filter(similarity__gte=PROPOSAL_SIMILARITY_SAME_MAGNITUDE)
            .order_by("-similarity", "name")[:MAX_BEST_MATCHES]
        )
        return [(metric, float(metric.similarity)) for metric in scored]
    rows = [(metric, trigram_similarity(wording, metric.name)) for metric in metrics]
    rows = [row for row in rows if row[1] >= PROPOSAL_SIMILARITY_SAME_MAGNITUDE]
    rows.sort(key=lambda row: (-row[1], row[0].name))
    return rows[:MAX_BEST_MATCHES]


def metric_choices(suggestion: Suggestion, index: int) -> MetricChoices:
    """The recorded metrics of the suggestion's figure `index`'s unit: first those a competing
    figure was proposed for (not dismissed), then those whose name is like the sentence's
    wording, then the others by name."""
    figure = suggestion.figures[index]
    unit = figure["unit"]
    best: dict[int, MetricMatch] = {}
    proposals = (
        suggestion.proposals.filter(figure_index=index, metric__unit=unit)
        .exclude(status=DecisionStatus.DISMISSED)
        .select_related("metric")
        .order_by("-similarity", "pk")
    )
    for proposal in proposals:
        if proposal.metric_id not in best:
            why = f"a competing figure is recorded there ({proposal.reason or 'similar'})"
            best[proposal.metric_id] = MetricMatch(proposal.metric, proposal.similarity, why)
    for metric, similarity in _name_similarities(unit, keywords(suggestion.sentence)):
        if len(best) >= MAX_BEST_MATCHES:
            break
        if metric.pk not in best:
            best[metric.pk] = MetricMatch(metric, similarity, "similar name")
    others = list(Metric.objects.filter(unit=unit).exclude(pk__in=best).order_by("name"))
    return MetricChoices(best=list(best.values()), others=others)
