"""Article intake's records: the claims it suggests from an article's text, and the competing
figures it proposes to link; both wait for a fact-checker's yes or no, which is remembered."""

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from claims.models import Claim, Figure, Metric
from sources.models import Entity, Snapshot, Source


class DecisionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for a decision"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class TextSection(models.TextChoices):
    BODY = "body", "Article body"
    HEADING = "heading", "Heading"
    CAPTION = "caption", "Photo caption"
    COMMENT = "comment", "Reader comment"


class SuggestionQuerySet(models.QuerySet["Suggestion"]):
    def pending(self) -> "SuggestionQuerySet":
        return self.filter(status=DecisionStatus.PENDING)


class Suggestion(models.Model):
    """A sentence of an ingested article that states a check-worthy figure."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="suggestions")
    snapshot = models.ForeignKey(Snapshot, on_delete=models.PROTECT, related_name="+")
    fingerprint = models.CharField(
        max_length=64, help_text="sha256 of the sentence, whitespace folded: one per source."
    )
    sentence = models.TextField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    quote = models.TextField(help_text="The clause carrying the figure, at most 25 words.")
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    figures = models.JSONField(
        default=list, help_text="Parsed figures: value, unit, qualifier, scale, currency."
    )
    section = models.CharField(max_length=20, choices=TextSection.choices, default=TextSection.BODY)
    claimant_name = models.CharField(max_length=200, blank=True)
    claimant_kind = models.CharField(max_length=20, blank=True)
    claimant = models.ForeignKey(
        Entity,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Who makes the claim; accepting falls back to the publisher when empty.",
    )
    attribution = models.CharField(
        max_length=300, blank=True, help_text="The words that name the claimant."
    )
    score = models.FloatField(help_text="Check-worthiness, 0 to 1.")
    reason = models.TextField(blank=True, help_text="Why this score.")
    status = models.CharField(
        max_length=20, choices=DecisionStatus.choices, default=DecisionStatus.PENDING
    )
    claim = models.ForeignKey(
        Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="suggestions"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["source", "sentence_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "fingerprint"], name="suggestion_one_per_sentence_per_source"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="suggestion_score_0_to_1"
            ),
            models.CheckConstraint(
                condition=Q(sentence_end__gt=models.F("sentence_start"))
                & Q(quote_end__gt=models.F("quote_start")),
                name="suggestion_spans_not_empty",
            ),
            models.CheckConstraint(
                condition=Q(status=DecisionStatus.PENDING, decided_at__isnull=True)
                | (~Q(status=DecisionStatus.PENDING) & Q(decided_at__isnull=False)),
                name="suggestion_decided_has_time",
            ),
        ]
        indexes = [
            # Serves the admin's queue: pending suggestions, most check-worthy first.
            models.Index(fields=["status", "-score"], name="suggestion_status_score_idx"),
        ]

    def __str__(self) -> str:
        text = self.quote if len(self.quote) <= 80 else self.quote[:79] + "…"
        return f"“{text}”"

    @property
    def figure_summary(self) -> str:
        return "; ".join(str(item.get("as_written", "")) for item in self.figures)


class CompetingProposalQuerySet(models.QuerySet["CompetingProposal"]):
    def pending(self) -> "CompetingProposalQuerySet":
        return self.filter(status=DecisionStatus.PENDING)

    def beside_claim(self, claim: Claim) -> "CompetingProposalQuerySet":
        """What the claim's admin page shows: proposals for its own figures (suggested or
        recorded by hand) and proposals that name one of its figures as the look-alike."""
        return self.filter(
            Q(suggestion__claim=claim) | Q(figure__claim=claim) | Q(existing_figure__claim=claim)
        ).select_related(
            "metric",
            "existing_figure__claim__claimant",
            "suggestion__source",
            "figure__claim",
            "figure__metric",
        )


class CompetingProposal(models.Model):
    """ "This new figure looks like one already recorded for `metric`": link it there as a
    competing figure? The new figure is either one of a suggestion's (`suggestion` and
    `figure_index`) or one a fact-checker recorded by hand under a metric of its own
    (`figure`). One per (new figure, existing figure); a decision is remembered."""

    suggestion = models.ForeignKey(
        Suggestion, null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    figure_index = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Which of the suggestion's figures (0 is the first)."
    )
    figure = models.ForeignKey(
        Figure,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="competing_proposals",
        help_text="The recorded figure proposed for `metric`, when not from a suggestion.",
    )
    metric = models.ForeignKey(Metric, on_delete=models.CASCADE, related_name="+")
    existing_figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField(help_text="Trigram similarity of the wording, 0 to 1.")
    value_differs = models.BooleanField()
    reason = models.CharField(max_length=300, blank=True, help_text="Why it was proposed.")
    status = models.CharField(
        max_length=20, choices=DecisionStatus.choices, default=DecisionStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CompetingProposalQuerySet.as_manager()

    class Meta:
        ordering = ["suggestion", "figure_index", "figure", "-similarity"]
        constraints = [
            models.UniqueConstraint(
                fields=["suggestion", "figure_index", "existing_figure"],
                name="proposal_one_per_figure_pair",
            ),
            models.UniqueConstraint(
                fields=["figure", "existing_figure"],
                name="proposal_one_per_recorded_figure_pair",
            ),
            models.CheckConstraint(
                condition=(
                    Q(suggestion__isnull=False, figure_index__isnull=False, figure__isnull=True)
                    | Q(suggestion__isnull=True, figure_index__isnull=True, figure__isnull=False)
                ),
                name="proposal_from_suggestion_or_recorded_figure",
            ),
            models.CheckConstraint(
                condition=~Q(figure=models.F("existing_figure")),
                name="proposal_not_to_itself",
            ),
            models.CheckConstraint(
                condition=Q(similarity__gte=0) & Q(similarity__lte=1),
                name="proposal_similarity_0_to_1",
            ),
        ]
        indexes = [
            # Serves the claim page's panel: proposals that name a metric, pending first.
            models.Index(fields=["metric", "status"], name="proposal_metric_status_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.suggestion or self.figure} ↔ {self.metric}"

    def clean(self) -> None:
        if (self.suggestion_id is None) == (self.figure_id is None):
            raise ValidationError("A proposal is for a suggestion's figure or a recorded one.")
        if self.suggestion_id is not None and self.figure_index is None:
            raise ValidationError({"figure_index": "Say which of the suggestion's figures."})
        if self.figure_id is not None and self.figure_index is not None:
            raise ValidationError({"figure_index": "Only a suggestion's figures have an index."})
        if self.figure_id is not None and self.figure_id == self.existing_figure_id:
            raise ValidationError({"existing_figure": "A figure does not compete with itself."})

    @property
    def suggested_figure(self) -> dict[str, Any]:
        """The suggestion's parsed figure (empty for a recorded figure's proposal)."""
        if self.suggestion is None or self.figure_index is None:
            return {}
        figures = self.suggestion.figures
        return figures[self.figure_index] if self.figure_index < len(figures) else {}

    @property
    def new_figure_label(self) -> str:
        """The new figure as its source wrote it, or as recorded."""
        if self.figure is not None:
            return self.figure.as_written or self.figure.display
        return str(self.suggested_figure.get("as_written", ""))

    @property
    def origin(self) -> str:
        """Where the new figure comes from: the article, or the claim it was recorded on."""
        if self.figure is not None:
            return f"Recorded on “{self.figure.claim}”"
        return str(self.suggestion.source) if self.suggestion is not None else ""
