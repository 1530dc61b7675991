"""Article intake's record: the claims it suggests from an article's text, each waiting for a
fact-checker's yes or no, which is remembered."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from claims.models import Claim, DecisionStatus
from sources.models import Entity, Snapshot, Source


class TextSection(models.TextChoices):
    BODY = "body", "Article body"
    HEADING = "heading", "Heading"
    CAPTION = "caption", "Photo caption"
    COMMENT = "comment", "Reader comment"


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

    class Meta:
        # The table it was created with, when intake lived in the claims app (claims 0007).
        db_table = "claims_suggestion"
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


class FetchStatus(models.TextChoices):
    QUEUED = "queued", "Waiting for a worker"
    FETCHING = "fetching", "Fetching"
    RETRYING = "retrying", "Will try again"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ArticleFetch(models.Model):
    """An article asked for by URL in the admin, fetched and read in the background: what the
    fact-checker sees while they wait, and why it failed if it did."""

    url = models.URLField(max_length=1000)
    title = models.CharField(max_length=500, blank=True)
    publisher_name = models.CharField(max_length=200, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    # The form's own token: a second POST of the same form (a double click) is the same fetch.
    request_key = models.CharField(max_length=64, unique=True)
    status = models.CharField(
        max_length=20, choices=FetchStatus.choices, default=FetchStatus.QUEUED
    )
    error = models.TextField(blank=True, help_text="Why it failed, or why it is being retried.")
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    suggestions = models.PositiveIntegerField(default=0)
    suggestions_already_there = models.PositiveIntegerField(default=0)
    proposals = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=FetchStatus.values), name="articlefetch_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="done") | Q(source__isnull=False),
                name="articlefetch_done_has_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.url} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in (FetchStatus.DONE, FetchStatus.FAILED)
