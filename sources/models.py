"""Who says things (Entity), where they are said (Source), and what a source said when we read
it (Snapshot)."""

import hashlib
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from core.content_cache import PublishedContent
from sources.canonical import InvalidURL, canonicalize_url


class EntityKind(models.TextChoices):
    ORGANISATION = "organisation", "Organisation"
    COMPANY = "company", "Company"
    GOVERNMENT = "government", "Government or public body"
    MEDIA = "media", "Media outlet"
    RESEARCH = "research", "Research body"
    PERSON = "person", "Person"
    COMMENTER = "commenter", "Reader commenter"


class Entity(PublishedContent):
    """An organisation or person that makes claims or publishes sources."""

    kind = models.CharField(max_length=20, choices=EntityKind.choices)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    url = models.URLField(blank=True, max_length=500)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name_plural = "entities"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:220]
        super().save(*args, **kwargs)


class SourceKind(models.TextChoices):
    ARTICLE = "article", "Article"
    REPORT = "report", "Report"
    DATASET = "dataset", "Dataset"
    OFFICIAL_STATISTIC = "official_statistic", "Official statistic"
    STATEMENT = "statement", "Statement"
    SOCIAL_POST = "social_post", "Social media post"
    READER_COMMENT = "reader_comment", "Reader comment"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    UNKNOWN = "unknown", "Not stated"


def format_partial_date(value: date | None, precision: str) -> str:
    """ "2018" is not "1 January 2018": show a date only as precisely as it is known."""
    if value is None or precision == DatePrecision.UNKNOWN:
        return "date not stated"
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return value.strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"


def partial_date_problems(value: date | None, precision: str, *, field: str) -> dict[str, str]:
    """The human form of the partial-date constraints, shared by every model that has one."""
    problems: dict[str, str] = {}
    if value is None and precision != DatePrecision.UNKNOWN:
        problems[field] = "Give the date, or set its precision to “not stated”."
    if value is not None and precision == DatePrecision.UNKNOWN:
        problems[f"{field}_precision"] = "A date is given: say whether it is a day, month or year."
    if value is not None and precision == DatePrecision.MONTH and value.day != 1:
        problems[field] = "A month-precision date is stored as the 1st of that month."
    if value is not None and precision == DatePrecision.YEAR and (value.month, value.day) != (1, 1):
        problems[field] = "A year-precision date is stored as 1 January of that year."
    return problems


def partial_date_constraints(field: str, prefix: str) -> list[models.CheckConstraint]:
    precision = f"{field}_precision"
    return [
        models.CheckConstraint(
            condition=(Q(**{f"{field}__isnull": True}) & Q(**{precision: DatePrecision.UNKNOWN}))
            | (Q(**{f"{field}__isnull": False}) & ~Q(**{precision: DatePrecision.UNKNOWN})),
            name=f"{prefix}_{field}_precision_matches_date",
        ),
    ]


class Source(PublishedContent):
    """A document a claim appears in or is checked against."""

    kind = models.CharField(max_length=30, choices=SourceKind.choices)
    title = models.CharField(max_length=500, blank=True, help_text="Leave empty when not stated.")
    publisher = models.ForeignKey(
        Entity, null=True, blank=True, on_delete=models.PROTECT, related_name="published_sources"
    )
    authors = models.JSONField(default=list, blank=True, help_text="A list of names.")
    url = models.URLField(blank=True, max_length=1000, help_text="Stored in canonical form.")
    published_on = models.DateField(null=True, blank=True)
    published_on_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    language = models.CharField(max_length=16, default="en", help_text="BCP 47 tag, e.g. en, es.")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parts",
        help_text="The document this one sits inside, e.g. the article under a reader comment.",
    )
    description = models.TextField(blank=True)
    seed_key = models.SlugField(
        max_length=100, blank=True, help_text="Stable key of a source loaded from the seed dataset."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["url"], condition=~Q(url=""), name="source_url_unique_when_present"
            ),
            models.UniqueConstraint(
                fields=["seed_key"], condition=~Q(seed_key=""), name="source_seed_key_unique"
            ),
            *partial_date_constraints("published_on", "source"),
        ]

    def __str__(self) -> str:
        label = self.title or f"Untitled {self.get_kind_display().lower()}"
        if self.publisher_id:
            return f"{label} ({self.publisher})"
        return label

    def get_absolute_url(self) -> str:
        return reverse("admin:sources_source_change", args=[self.pk])

    @property
    def published_on_display(self) -> str:
        return format_partial_date(self.published_on, self.published_on_precision)

    def clean(self) -> None:
        problems = partial_date_problems(
            self.published_on, self.published_on_precision, field="published_on"
        )
        try:
            self.url = canonicalize_url(self.url)
        except InvalidURL as exc:
            problems["url"] = str(exc)
        if self.parent_id and self.parent_id == self.pk:
            problems["parent"] = "A source cannot sit inside itself."
        if not isinstance(self.authors, list) or not all(isinstance(a, str) for a in self.authors):
            problems["authors"] = "Authors must be a list of names."
        if problems:
            raise ValidationError(problems)

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.url = canonicalize_url(self.url)
        super().save(*args, **kwargs)

    def own_latest_snapshot(self) -> "Snapshot | None":
        """The newest snapshot of this source itself (prefetched snapshots are used if any)."""
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("snapshots")
        if prefetched is not None:
            return max(prefetched, key=lambda snap: (snap.retrieved_at, snap.pk), default=None)
        # One row, not every stored text of the source.
        return self.snapshots.order_by("-retrieved_at", "-pk").first()

    def page_gone(self) -> str:
        """What the newest re-fetch of this source's page found, when it found it gone ("" when
        the page is there, or was never re-fetched). A part without a URL of its own (a reader
        comment) goes with the document it sits inside."""
        owner = self.parent if not self.url and self.parent_id is not None else self
        if owner is None:
            return ""
        newest = owner.checks.order_by("-checked_at", "-pk").first()
        if newest is None or newest.outcome != CheckOutcome.GONE:
            return ""
        return newest.detail or "gone"

    def latest_snapshot(self) -> "Snapshot | None":
        """The newest snapshot of this source, or of the document it sits inside."""
        newest = self.own_latest_snapshot()
        if newest is not None:
            return newest
        if self.parent_id is not None and self.parent is not None:
            return self.parent.latest_snapshot()
        return None


class Snapshot(PublishedContent):
    """The text of a source as it was when retrieved; quotes are checked against it.

    Snapshots are never edited: a changed source gets a new snapshot and the old one stays.
    """

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="snapshots")
    text = models.TextField()
    sha256 = models.CharField(max_length=64, editable=False)
    retrieved_at = models.DateTimeField(default=timezone.now)
    origin = models.CharField(
        max_length=500, blank=True, help_text="Where the text came from: a file name or URL."
    )
    # Article intake stores the normalised text above and keeps what was captured here.
    original_text = models.TextField(blank=True, editable=False)
    original_sha256 = models.CharField(max_length=64, blank=True, editable=False)
    normalisation = models.JSONField(
        default=dict, blank=True, editable=False, help_text="What normalisation marked and removed."
    )
    # The server's validators for this text, sent back on the next re-check (If-None-Match,
    # If-Modified-Since) so that an unchanged page costs a 304 and no download.
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)

    class Meta:
        ordering = ["-retrieved_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "sha256"], name="snapshot_unique_text_per_source"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="snapshot_text_not_empty"),
        ]
        indexes = [
            # Serves Source.latest_snapshot(): newest snapshot of one source.
            models.Index(fields=["source", "-retrieved_at"], name="snapshot_source_newest_idx"),
            # Serve article intake's "have we stored this text before, for any source?".
            models.Index(fields=["sha256"], name="snapshot_sha256_idx"),
            models.Index(fields=["original_sha256"], name="snapshot_original_sha256_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.source} @ {self.retrieved_at:%Y-%m-%d} ({self.sha256[:12]})"

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.sha256 = self.digest(self.text)
        self.original_sha256 = self.digest(self.original_text) if self.original_text else ""
        super().save(*args, **kwargs)


class CheckOutcome(models.TextChoices):
    CHANGED = "changed", "Changed: a new snapshot"
    UNCHANGED = "unchanged", "Unchanged text"
    NOT_MODIFIED = "not_modified", "Not modified (304)"
    GONE = "gone", "Gone"
    FAILED = "failed", "Could not be fetched"


class SourceCheck(models.Model):
    """One re-fetch of a cited source's URL: when, what the server answered, and what came of
    it. The newest says when the source is next due; a page that is gone has no text to
    snapshot, so this is where its going is kept."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="checks")
    checked_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=20, choices=CheckOutcome.choices)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    url = models.CharField(max_length=1000, blank=True, help_text="Where the answer came from.")
    detail = models.CharField(max_length=500, blank=True)
    snapshot = models.ForeignKey(
        Snapshot, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-checked_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=CheckOutcome.values), name="sourcecheck_outcome_valid"
            ),
        ]
        indexes = [
            # Serves the re-check's "which cited sources are due": each source's newest check.
            models.Index(fields=["source", "-checked_at"], name="sourcecheck_source_newest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.source} @ {self.checked_at:%Y-%m-%d %H:%M}: {self.get_outcome_display()}"
