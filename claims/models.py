"""Claims, the figures they state, the metrics those figures measure, the citations that tie a
claim to its sources, and the record of every workflow transition."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django_fsm import FSMField, transition
from simple_history.models import HistoricalRecords

from claims import figures_format
from sources.models import (
    DatePrecision,
    Entity,
    PublishedContent,
    Snapshot,
    Source,
    format_partial_date,
    partial_date_constraints,
    partial_date_problems,
)

MAX_QUOTE_WORDS = 40  # a clause or a sentence; longer is copying the article, not citing it


class ClaimStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    CORRECTED = "corrected", "Corrected"
    RETRACTED = "retracted", "Retracted"

    @classmethod
    def public(cls) -> list[str]:
        """Statuses anyone may read: the claim went out, whatever happened to it since."""
        return [cls.PUBLISHED, cls.CORRECTED, cls.RETRACTED]

    @classmethod
    def reviewed(cls) -> list[str]:
        """Statuses whose verdict stands: published or corrected (not retracted). Only these
        carry a current ClaimReview, and only these may be corrected or retracted."""
        return [cls.PUBLISHED, cls.CORRECTED]


def reads_unpublished(user: Any) -> bool:
    """The one read rule for claims: staff with a role read every claim, drafts included;
    everyone else reads public claims only. ClaimQuerySet.visible_to, the access function
    (claims.permissions) and every selector apply this and nothing else."""
    return bool(user is not None and user.is_active and user.has_perm("claims.view_claim"))


class Verdict(models.TextChoices):
    """The rating scale, worst to best, as schema.org ClaimReview reviewRating values."""

    ACCURATE = "accurate", "Accurate"
    MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
    MISLEADING = "misleading", "Misleading"
    INACCURATE = "inaccurate", "Inaccurate"
    UNSUPPORTED = "unsupported", "Unsupported"

    @property
    def rating_value(self) -> int | None:
        """ratingValue on a 1 (worst) to 4 (best) scale; None for "unsupported", which says
        the evidence is missing, not that the claim is somewhere between true and false."""
        return _RATING_VALUES[self]

    @classmethod
    def best_rating(cls) -> int:
        return 4

    @classmethod
    def worst_rating(cls) -> int:
        return 1


_RATING_VALUES: dict[str, int | None] = {
    Verdict.ACCURATE: 4,
    Verdict.MOSTLY_ACCURATE: 3,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 1,
    Verdict.UNSUPPORTED: None,
}


class Topic(PublishedContent):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


class Unit(models.TextChoices):
    PERCENT = "percent", "per cent"
    PERCENTAGE_POINTS = "percentage_points", "percentage points"
    COUNT = "count", "count"
    CURRENCY = "currency", "money"
    YEARS = "years", "years"
    DATE = "date", "date"


class Metric(PublishedContent):
    """A quantity defined precisely enough that two figures for it can be compared."""

    name = models.CharField(max_length=300, unique=True)
    slug = models.SlugField(max_length=300, unique=True)
    definition = models.TextField(
        help_text="What exactly is counted or measured, over which population and period."
    )
    unit = models.CharField(max_length=20, choices=Unit.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.name)[:300]
        super().save(*args, **kwargs)


class ClaimQuerySet(models.QuerySet["Claim"]):
    def public(self) -> "ClaimQuerySet":
        """Claims anyone may read: published, corrected or retracted."""
        return self.filter(status__in=ClaimStatus.public())

    def visible_to(self, user: Any) -> "ClaimQuerySet":
        """What `user` may read: everything for staff with a role, public claims for the rest.
        The one read rule (reads_unpublished), as a query."""
        if reads_unpublished(user):
            return self.all()
        return self.public()

    def waiting_for_review(self) -> "ClaimQuerySet":
        return self.filter(status=ClaimStatus.IN_REVIEW)

    def assigned_to(self, user: Any) -> "ClaimQuerySet":
        """ "My claims": the ones `user` drafted or was assigned to check, still open."""
        return self.filter(
            Q(assigned_fact_checker=user) | Q(created_by=user),
            status__in=[ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW],
        )

    def waiting_for_review_by(self, user: Any) -> "ClaimQuerySet":
        """In review and either assigned to `user` or to no one, and not `user`'s own work: the
        two-person rule (claims.permissions) would refuse it, by the same two conditions."""
        return (
            self.waiting_for_review()
            .filter(Q(assigned_reviewer=user) | Q(assigned_reviewer__isnull=True))
            .exclude(created_by=user)
            .exclude(
                Exists(ClaimEdit.objects.unreviewed().filter(claim=OuterRef("pk"), editor=user))
            )
        )

    def with_related(self) -> "ClaimQuerySet":
        return self.select_related("claimant").prefetch_related(
            "topics",
            models.Prefetch("figures", queryset=Figure.objects.select_related("metric")),
            models.Prefetch("citations", queryset=Citation.objects.select_related("source")),
        )


class Claim(PublishedContent):
    """A statement as the fact-checker words it, who makes it, and what we found."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=120, blank=True)
    statement = models.TextField(max_length=1000)
    claimant = models.ForeignKey(Entity, on_delete=models.PROTECT, related_name="claims")
    place = models.CharField(max_length=200, blank=True, help_text="Where the claim applies.")
    period = models.CharField(
        max_length=100, blank=True, help_text="When the claim applies, e.g. “2018” or “2014–2015”."
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="claims")
    status = FSMField(
        max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.DRAFT, protected=False
    )
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True)
    explanation = models.TextField(blank=True, help_text="Why the verdict: the evidence, briefly.")
    version = models.PositiveIntegerField(
        default=1, help_text="Goes up by one on every saved change, so stale edits can be refused."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Who last changed the statement, figures, citations or proposed verdict.",
    )
    assigned_fact_checker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims_to_check",
    )
    assigned_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims_to_review",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)
    seed_key = models.SlugField(max_length=100, blank=True)
    needs_review = models.BooleanField(
        default=False,
        editable=False,
        help_text="Set when a check found a problem (a cited quote went missing); never cleared silently.",
    )
    needs_review_reason = models.CharField(max_length=500, blank=True, editable=False)
    # The statement, its citations' quotes and its figures' metric names, weighted in that order.
    # On PostgreSQL the triggers of migration 0006 keep it current; on SQLite it stays empty and
    # claims.search falls back to substring matching.
    search_vector = SearchVectorField(null=True, blank=True, editable=False)

    history = HistoricalRecords(m2m_fields=[topics], excluded_fields=["search_vector"])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        permissions = [
            ("submit_claim", "Can submit a claim for review"),
            ("publish_claim", "Can publish, correct and retract claims"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=ClaimStatus.public())
                | (~Q(verdict="") & ~Q(explanation="")),
                name="claim_public_has_verdict_and_explanation",
            ),
            models.CheckConstraint(
                condition=Q(verdict="") | Q(verdict__in=Verdict.values), name="claim_verdict_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values), name="claim_status_valid"
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="claim_version_positive"),
            models.UniqueConstraint(
                fields=["seed_key"], condition=~Q(seed_key=""), name="claim_seed_key_unique"
            ),
        ]
        indexes = [
            # Serves the admin's status filter and "waiting for review" list.
            models.Index(fields=["status", "-updated_at"], name="claim_status_updated_idx"),
            # Serves the API's full-text search `q` (PostgreSQL only; created by migration 0006).
            GinIndex(fields=["search_vector"], name="claim_search_vector_gin"),
            # Serves the API's public claim list and ClaimReview feed: newest change first.
            models.Index(
                fields=["-updated_at", "-id"],
                condition=Q(status__in=["published", "corrected", "retracted"]),
                name="claim_public_recent_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.statement if len(self.statement) <= 80 else self.statement[:79] + "…"

    def get_absolute_url(self) -> str:
        return reverse("admin:claims_claim_change", args=[self.pk])

    def get_public_url(self) -> str:
        """The claim's public page (only served while the claim is public)."""
        return reverse("claim_page", args=[self.pk])

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.slug:
            self.slug = slugify(self.statement)[:120].strip("-")
        super().save(*args, **kwargs)

    @property
    def is_public(self) -> bool:
        return self.status in ClaimStatus.public()

    @property
    def verdict_choice(self) -> Verdict | None:
        return Verdict(self.verdict) if self.verdict else None

    def clean(self) -> None:
        problems: dict[str, str] = {}
        if self.is_public:
            if not self.verdict:
                problems["verdict"] = "A published claim needs a verdict."
            if not self.explanation.strip():
                problems["explanation"] = "A published claim needs an explanation of its verdict."
            if self.pk is not None and not self.citations.exists():
                problems["status"] = "A published claim needs at least one citation."
        if problems:
            raise ValidationError(problems)

    # The workflow. Only the services in claims/services.py call these: they check who may,
    # record the transition and save, all in one transaction.
    @transition(field=status, source=ClaimStatus.DRAFT, target=ClaimStatus.IN_REVIEW)
    def submit(self) -> None:
        pass

    @transition(field=status, source=ClaimStatus.IN_REVIEW, target=ClaimStatus.DRAFT)
    def return_to_draft(self) -> None:
        pass

    @transition(field=status, source=ClaimStatus.IN_REVIEW, target=ClaimStatus.PUBLISHED)
    def publish(self) -> None:
        pass

    @transition(
        field=status,
        source=ClaimStatus.reviewed(),
        target=ClaimStatus.CORRECTED,
    )
    def correct(self) -> None:
        pass

    @transition(
        field=status,
        source=ClaimStatus.reviewed(),
        target=ClaimStatus.RETRACTED,
    )
    def retract(self) -> None:
        pass


class Qualifier(models.TextChoices):
    """How a figure's value was said. NEARLY is "nearly" and "almost" alike: just short of the
    value (below it, close), where ABOUT may fall on either side. One value, not two: the
    words mean the same to a reader, and a figure shows it as "nearly"."""

    EXACT = "exact", "exactly"
    ABOUT = "about", "about"
    NEARLY = "nearly", "nearly"
    AT_LEAST = "at_least", "at least"
    MORE_THAN = "more_than", "more than"
    UP_TO = "up_to", "up to"
    LESS_THAN = "less_than", "less than"


class Rank(models.TextChoices):
    """Wikidata's ranks: which of the competing figures for a metric to prefer."""

    PREFERRED = "preferred", "Preferred"
    NORMAL = "normal", "Normal"
    DEPRECATED = "deprecated", "Deprecated"


class Difference(models.TextChoices):
    NONE = "none", "Same quantity"
    DEFINITION = "definition", "Different definition"
    COVERAGE = "coverage", "Different coverage"
    METHOD = "method", "Different method"
    PERIOD = "period", "Different period"
    SOURCE = "source", "Different or unnamed source"


class BasisKind(models.TextChoices):
    """What a figure was computed from, when it is a result rather than a count (claims.arithmetic
    recomputes it). A fall is stated as a positive number ("a 46 per cent drop")."""

    NONE = "", "Not recorded"
    CHANGE = "change", "Change from a baseline to an end value"
    FALL = "fall", "Fall from a baseline to an end value (stated as a positive number)"
    RATIO = "ratio", "End value as a multiple of the baseline"
    SHARE = "share", "Part of a whole (“x in y”)"

    @classmethod
    def from_baseline(cls) -> list[str]:
        """The kinds computed from a baseline and an end value."""
        return [cls.CHANGE, cls.FALL, cls.RATIO]


# What a baseline or end value is measured in: a rate or share is in per cent.
BASIS_UNITS = [
    (unit.value, unit.label) for unit in (Unit.PERCENT, Unit.COUNT, Unit.CURRENCY, Unit.YEARS)
]
BASIS_BASELINE_FIELDS = (
    "basis_baseline_value",
    "basis_baseline_period",
    "basis_baseline_unit",
    "basis_baseline_counts",
    "basis_end_value",
    "basis_end_period",
    "basis_end_unit",
    "basis_end_counts",
)
BASIS_SHARE_FIELDS = (
    "basis_part_value",
    "basis_part_counts",
    "basis_whole_value",
    "basis_whole_counts",
    "basis_read_as",
)
# A figure's basis, in the order the admin, the API and the seed dataset give it.
BASIS_FIELDS = ("basis", *BASIS_BASELINE_FIELDS, *BASIS_SHARE_FIELDS, "basis_note")


def _basis_empty(names: tuple[str, ...]) -> Q:
    empty = Q()
    for name in names:
        empty &= Q(**{f"{name}__isnull": True}) if name.endswith("_value") else Q(**{name: ""})
    return empty


def basis_constraints() -> list[models.BaseConstraint]:
    """The named constraints of a figure's basis (each explained by basis_problems)."""
    units = ["", *(value for value, _ in BASIS_UNITS)]
    return [
        models.CheckConstraint(
            condition=Q(basis="")
            | (Q(basis__in=[*BasisKind.from_baseline(), BasisKind.SHARE]) & ~Q(unit=Unit.DATE)),
            name="figure_basis_kind_valid",
        ),
        models.CheckConstraint(
            condition=(
                Q(basis="")
                & _basis_empty((*BASIS_BASELINE_FIELDS, *BASIS_SHARE_FIELDS, "basis_note"))
            )
            | (Q(basis__in=BasisKind.from_baseline()) & _basis_empty(BASIS_SHARE_FIELDS))
            | (Q(basis=BasisKind.SHARE) & _basis_empty(BASIS_BASELINE_FIELDS)),
            name="figure_basis_fields_match_kind",
        ),
        models.CheckConstraint(
            condition=(Q(basis_part_value__isnull=True) | Q(basis_part_value__gte=0))
            & (Q(basis_whole_value__isnull=True) | Q(basis_whole_value__gt=0))
            & (
                Q(basis_part_value__isnull=True)
                | Q(basis_whole_value__isnull=True)
                | Q(basis_part_value__lte=models.F("basis_whole_value"))
            ),
            name="figure_basis_part_within_whole",
        ),
        models.CheckConstraint(
            condition=Q(basis_baseline_unit__in=units) & Q(basis_end_unit__in=units),
            name="figure_basis_units_valid",
        ),
    ]


class FigureQuerySet(models.QuerySet["Figure"]):
    def visible_to(self, user: Any) -> "FigureQuerySet":
        return self.filter(claim__in=Claim.objects.visible_to(user))

    def competing_for(self, metric: Metric) -> "FigureQuerySet":
        """Every figure recorded for one metric, preferred first, with who said it and where."""
        return (
            self.filter(metric=metric)
            .select_related("claim__claimant", "metric")
            .prefetch_related(
                models.Prefetch(
                    "claim__citations", queryset=Citation.objects.select_related("source")
                )
            )
            .order_by(
                models.Case(
                    models.When(rank=Rank.PREFERRED, then=0),
                    models.When(rank=Rank.NORMAL, then=1),
                    default=2,
                ),
                "id",
            )
        )


def figure_display(
    *,
    unit: str,
    value: Decimal | None,
    qualifier: str,
    currency: str,
    date_value: date | None,
    date_value_precision: str,
) -> str:
    """A figure as a reader would say it, from its stored fields: "more than $4.5 billion",
    "46%", "March 2018". The one definition for every place a figure is shown (pages, cards, the
    API's `display`, the CSV, the admin); the words' rules are in `claims.figures_format`."""
    if unit == Unit.DATE:
        return format_partial_date(date_value, date_value_precision)
    if qualifier == Qualifier.EXACT:
        said = ""
    elif qualifier in Qualifier.values:
        said = str(Qualifier(qualifier).label)
    else:  # a row that bypassed full_clean: its stored word rather than an error on a page
        said = qualifier.replace("_", " ")
    return figures_format.format_figure(value, unit=unit, currency=currency, said=said)


class Figure(PublishedContent):
    """A structured number (or date) stated by a claim, measuring one metric."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="figures")
    metric = models.ForeignKey(Metric, on_delete=models.PROTECT, related_name="figures")
    value = models.DecimalField(
        max_digits=24,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="At full scale: 1.3 billion is 1300000000.",
    )
    date_value = models.DateField(null=True, blank=True, help_text="For figures that are dates.")
    date_value_precision = models.CharField(
        max_length=10, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN
    )
    unit = models.CharField(max_length=20, choices=Unit.choices)
    currency = models.CharField(
        max_length=3, blank=True, help_text="ISO 4217 code, for money only (USD, EUR, CNY…)."
    )
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    lower_bound = models.DecimalField(max_digits=24, decimal_places=6, null=True, blank=True)
    upper_bound = models.DecimalField(max_digits=24, decimal_places=6, null=True, blank=True)
    period = models.CharField(max_length=100, blank=True, help_text="The period the figure covers.")
    as_written = models.CharField(
        max_length=200, blank=True, help_text="How the source wrote it, e.g. “over 1bn”."
    )
    rank = models.CharField(max_length=20, choices=Rank.choices, default=Rank.NORMAL)
    difference = models.CharField(
        max_length=20,
        choices=Difference.choices,
        default=Difference.NONE,
        help_text="Why this figure differs from the others for the same metric.",
    )
    difference_note = models.TextField(blank=True)
    # What the figure was computed from, as far as the sources give it (claims.arithmetic).
    basis = models.CharField(
        max_length=10,
        choices=BasisKind.choices,
        blank=True,
        default=BasisKind.NONE,
        help_text="What the figure was computed from: a change from a baseline, or a share.",
    )
    basis_baseline_value = models.DecimalField(
        max_digits=24, decimal_places=6, null=True, blank=True, verbose_name="baseline value"
    )
    basis_baseline_period = models.CharField(
        max_length=100, blank=True, verbose_name="baseline period", help_text="e.g. “2014”."
    )
    basis_baseline_unit = models.CharField(
        max_length=20, choices=BASIS_UNITS, blank=True, verbose_name="baseline unit"
    )
    basis_baseline_counts = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="baseline counts",
        help_text="What the baseline counts, where: “crimes reported in Nairobi county”.",
    )
    basis_end_value = models.DecimalField(
        max_digits=24, decimal_places=6, null=True, blank=True, verbose_name="end value"
    )
    basis_end_period = models.CharField(max_length=100, blank=True, verbose_name="end period")
    basis_end_unit = models.CharField(
        max_length=20, choices=BASIS_UNITS, blank=True, verbose_name="end unit"
    )
    basis_end_counts = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="end counts",
        help_text="What the end value counts, where; empty when the same as the baseline.",
    )
    basis_part_value = models.DecimalField(
        max_digits=24, decimal_places=6, null=True, blank=True, verbose_name="part value"
    )
    basis_part_counts = models.CharField(
        max_length=200, blank=True, verbose_name="part counts", help_text="e.g. “false matches”."
    )
    basis_whole_value = models.DecimalField(
        max_digits=24, decimal_places=6, null=True, blank=True, verbose_name="whole value"
    )
    basis_whole_counts = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="whole counts",
        help_text="What the whole counts: “alerts the system raised”, “people scanned”.",
    )
    basis_read_as = models.CharField(
        max_length=200,
        blank=True,
        verbose_name="read as a rate of",
        help_text="What the statement presents the share as a rate of, when that is not the "
        "whole: “people scanned” for a share of alerts read as the system's error rate.",
    )
    basis_note = models.TextField(
        blank=True, help_text="Where the values come from, and what the sources leave out."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(lower_bound__isnull=True)
                | Q(upper_bound__isnull=True)
                | Q(lower_bound__lte=models.F("upper_bound")),
                name="figure_bounds_ordered",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=True)
                | (
                    (Q(lower_bound__isnull=True) | Q(lower_bound__lte=models.F("value")))
                    & (Q(upper_bound__isnull=True) | Q(upper_bound__gte=models.F("value")))
                ),
                name="figure_value_within_bounds",
            ),
            models.UniqueConstraint(
                fields=["metric"],
                condition=Q(rank=Rank.PREFERRED),
                name="figure_one_preferred_per_metric",
            ),
            models.CheckConstraint(
                condition=(Q(unit=Unit.DATE) & Q(date_value__isnull=False) & Q(value__isnull=True))
                | (~Q(unit=Unit.DATE) & Q(value__isnull=False) & Q(date_value__isnull=True)),
                name="figure_number_or_date_matches_unit",
            ),
            models.CheckConstraint(
                condition=(Q(unit=Unit.CURRENCY) & Q(currency__regex=r"^[A-Z]{3}$"))
                | (~Q(unit=Unit.CURRENCY) & Q(currency="")),
                name="figure_currency_only_for_money",
            ),
            *partial_date_constraints("date_value", "figure"),
            *basis_constraints(),
        ]
        indexes = [
            # Serves the competing-figures panel: every figure of one metric.
            models.Index(fields=["metric", "rank"], name="figure_metric_rank_idx"),
        ]

    def __str__(self) -> str:
        return self.display

    @property
    def display(self) -> str:
        """The figure as a reader would say it: "at least 52", "US$150,000,000", "March 2018"."""
        return figure_display(
            unit=self.unit,
            value=self.value,
            qualifier=self.qualifier,
            currency=self.currency,
            date_value=self.date_value,
            date_value_precision=self.date_value_precision,
        )

    def clean(self) -> None:
        problems: dict[str, str] = {}
        if (
            self.lower_bound is not None
            and self.upper_bound is not None
            and self.lower_bound > self.upper_bound
        ):
            problems["upper_bound"] = (
                f"The upper bound ({_format_decimal(self.upper_bound)}) is below the lower "
                f"bound ({_format_decimal(self.lower_bound)})."
            )
        if self.value is not None:
            if self.lower_bound is not None and self.value < self.lower_bound:
                problems["value"] = "The value is below its lower bound."
            if self.upper_bound is not None and self.value > self.upper_bound:
                problems["value"] = "The value is above its upper bound."
        if self.unit == Unit.DATE:
            if self.date_value is None:
                problems["date_value"] = "A date figure needs its date."
            if self.value is not None:
                problems["value"] = "A date figure has no number: leave the value empty."
            problems.update(
                partial_date_problems(
                    self.date_value, self.date_value_precision, field="date_value"
                )
            )
        else:
            if self.value is None:
                problems["value"] = "Give the figure's value."
            if self.date_value is not None:
                problems["date_value"] = "Only date figures have a date value."
        if self.unit == Unit.CURRENCY:
            if not (
                len(self.currency) == 3 and self.currency.isalpha() and self.currency.isupper()
            ):
                problems["currency"] = "Give the ISO 4217 currency code, e.g. USD."
        elif self.currency:
            problems["currency"] = "Only money figures have a currency."
        if self.rank == Rank.PREFERRED and self.metric_id is not None:
            other = Figure.objects.filter(metric_id=self.metric_id, rank=Rank.PREFERRED).exclude(
                pk=self.pk
            )
            if other.exists():
                problems["rank"] = (
                    "This metric already has a preferred figure; "
                    "demote it before preferring this one."
                )
        problems.update(basis_problems(self))
        if problems:
            raise ValidationError(problems)


def basis_problems(figure: Figure) -> dict[str, str]:
    """The basis constraints (basis_constraints), said to a person, by field."""
    problems: dict[str, str] = {}
    kind = figure.basis or ""
    stray: tuple[str, ...]
    if kind and kind not in BasisKind.values:
        problems["basis"] = "Choose what the figure was computed from."
    elif kind and figure.unit == Unit.DATE:
        problems["basis"] = "A date is not computed from other values: leave the basis empty."
    if kind in BasisKind.from_baseline():
        stray = BASIS_SHARE_FIELDS
        why = "A change has no part or whole: clear this, or choose a share."
    elif kind == BasisKind.SHARE:
        stray = BASIS_BASELINE_FIELDS
        why = "A share has no baseline or end: clear this, or choose a change."
    elif not kind:
        stray = (*BASIS_BASELINE_FIELDS, *BASIS_SHARE_FIELDS, "basis_note")
        why = "Say what the figure was computed from (the basis), or clear this."
    else:
        stray, why = (), ""
    for name in stray:
        if getattr(figure, name) not in (None, ""):
            problems[name] = why
    part, whole = figure.basis_part_value, figure.basis_whole_value
    if part is not None and part < 0:
        problems["basis_part_value"] = "A part cannot be below zero."
    if whole is not None and whole <= 0:
        problems["basis_whole_value"] = "A whole must be more than zero."
    elif part is not None and whole is not None and part > whole:
        problems["basis_part_value"] = (
            f"The part ({_format_decimal(part)}) is larger than its whole "
            f"({_format_decimal(whole)})."
        )
    units = {value for value, _ in BASIS_UNITS}
    for name in ("basis_baseline_unit", "basis_end_unit"):
        if getattr(figure, name) not in ("", *units):
            problems[name] = "Give the unit as per cent (a rate or share), count, money or years."
    return problems


def _format_decimal(value: Decimal | None) -> str:
    if value is None:
        return ""
    normalized = value.normalize()
    if normalized == normalized.to_integral():
        return f"{int(normalized):,}"
    return f"{normalized:,f}"


class CitationRole(models.TextChoices):
    APPEARS_IN = "appears_in", "Appears in"
    FIRST_APPEARANCE = "first_appearance", "First appearance"
    SUPPORTS = "supports", "Supports"
    CONTRADICTS = "contradicts", "Contradicts"
    CONTEXT = "context", "Context"


class QuoteStatus(models.TextChoices):
    FOUND = "found", "Found in snapshot"
    UNCHECKED = "unchecked", "Unchecked: no snapshot"
    PARAPHRASE = "paraphrase", "Paraphrase"
    MISSING = "missing", "Missing from snapshot"
    MOVED = "moved", "Found at another position"
    CHANGED = "changed", "Changed: found only approximately"
    # A figure in the quote is not the figure at its place in the source now, however alike
    # the words around it: never found or moved.
    CHANGED_FIGURE = "changed_figure", "Changed figure"
    GONE = "gone", "Gone: the page is no longer there"


class Citation(PublishedContent):
    """A claim's link to a source, anchored by the exact quote (a TextQuoteSelector)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="citations")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations")
    role = models.CharField(
        max_length=20, choices=CitationRole.choices, default=CitationRole.APPEARS_IN
    )
    quote = models.TextField(max_length=1000, help_text="The exact words in the source.")
    prefix = models.CharField(max_length=64, blank=True, help_text="Text just before the quote.")
    suffix = models.CharField(max_length=64, blank=True, help_text="Text just after the quote.")
    position_start = models.PositiveIntegerField(null=True, blank=True)
    position_end = models.PositiveIntegerField(null=True, blank=True)
    is_paraphrase = models.BooleanField(
        default=False, help_text="Tick when the words are not verbatim; they are then not checked."
    )
    quote_status = models.CharField(
        max_length=20, choices=QuoteStatus.choices, default=QuoteStatus.UNCHECKED, editable=False
    )
    checked_snapshot = models.ForeignKey(
        Snapshot, null=True, blank=True, on_delete=models.PROTECT, related_name="+", editable=False
    )
    checked_at = models.DateTimeField(null=True, blank=True, editable=False)
    similarity = models.FloatField(
        null=True,
        blank=True,
        editable=False,
        help_text="How closely the snapshot still matches the quote (1 is verbatim).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "quote"], name="citation_unique_quote_per_claim_source"
            ),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(role=CitationRole.FIRST_APPEARANCE),
                name="citation_one_first_appearance_per_claim",
            ),
            models.CheckConstraint(
                condition=(Q(is_paraphrase=True) & Q(quote_status=QuoteStatus.PARAPHRASE))
                | (Q(is_paraphrase=False) & ~Q(quote_status=QuoteStatus.PARAPHRASE)),
                name="citation_paraphrase_matches_status",
            ),
            models.CheckConstraint(
                condition=~Q(quote_status=QuoteStatus.FOUND)
                | (
                    Q(position_start__isnull=False)
                    & Q(position_end__gt=models.F("position_start"))
                    & Q(checked_snapshot__isnull=False)
                ),
                name="citation_found_quote_has_position",
            ),
            models.CheckConstraint(condition=~Q(quote=""), name="citation_quote_not_empty"),
        ]

    def __str__(self) -> str:
        return f"“{self.quote[:60]}” in {self.source}"

    def clean(self) -> None:
        problems: dict[str, str] = {}
        if self.is_paraphrase != (self.quote_status == QuoteStatus.PARAPHRASE):
            problems["is_paraphrase"] = (
                "The paraphrase tick and the quote's check disagree: save the citation through "
                "the claim so its quote is checked again."
            )
        if self.quote_status == QuoteStatus.FOUND and (
            self.position_start is None
            or self.position_end is None
            or self.position_end <= self.position_start
            or self.checked_snapshot_id is None
        ):
            problems["quote"] = "A quote marked as found needs its position in the snapshot."
        if (
            self.role == CitationRole.FIRST_APPEARANCE
            and self.claim_id is not None
            and Citation.objects.filter(claim_id=self.claim_id, role=CitationRole.FIRST_APPEARANCE)
            .exclude(pk=self.pk)
            .exists()
        ):
            problems["role"] = "This claim already has a first appearance citation."
        if problems:
            raise ValidationError(problems)


class ClaimTransition(models.Model):
    """One move of a claim through the workflow: who, when, from where to where, and why."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    to_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(blank=True)
    verdict = models.CharField(max_length=20, choices=Verdict.choices, blank=True)
    explanation = models.TextField(blank=True)
    claim_version = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            # Serves a claim's public history of verdicts, oldest first.
            models.Index(fields=["claim", "created_at"], name="transition_claim_time_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.from_status} → {self.to_status} by {self.actor}"


class VersionKind(models.TextChoices):
    """Why a public version of a claim was frozen: a move through the workflow, or an edit to a
    shared record (metric, topic, entity, source) that the claim shows."""

    PUBLISHED = "published", "Published"
    CORRECTED = "corrected", "Corrected"
    RETRACTED = "retracted", "Retracted"
    UPDATED = "updated", "Updated"

    @classmethod
    def for_status(cls, status: str) -> "VersionKind":
        return cls(status)


class ClaimVersion(models.Model):
    """A claim's public document as it stood at one public version, frozen when that version was
    made: at each publication, correction and retraction, and whenever a shared record the claim
    shows changed. Never changed afterwards (append-only on PostgreSQL), so a card or page pinned
    to a version shows what readers saw then, whatever has happened to metrics, entities or
    sources since. It is also the claim's public history: each row is an entry, with its note."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="frozen_versions")
    version = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=VersionKind.choices)
    note = models.TextField(
        blank=True, help_text="The public note: what changed and why, or why it was retracted."
    )
    document = models.JSONField(help_text="The raw document, as claims.documents builds it.")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["claim", "version"]
        constraints = [
            # A version is frozen once; its number is the claim's version when it was made.
            models.UniqueConstraint(fields=["claim", "version"], name="claimversion_once"),
            models.CheckConstraint(
                condition=Q(kind__in=VersionKind.values), name="claimversion_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"claim {self.claim_id} v{self.version} ({self.kind})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Every database: the frozen record is written once. PostgreSQL's trigger also refuses
        # an UPDATE that bypasses the model.
        if not self._state.adding:
            raise ValidationError("A frozen version is never changed.", code="append_only")
        super().save(*args, **kwargs)


class ClaimEditQuerySet(models.QuerySet["ClaimEdit"]):
    def unreviewed(self) -> "ClaimEditQuerySet":
        """Edits nobody has reviewed yet: made after the claim was last published or corrected (a
        correction is a review, signed by the reviewer who makes it), or at any time if it
        never was. Compared by claim version, which every write moves on in order, not by
        clock. The two-person rule's record: claim_access and waiting_for_review_by ask it."""
        last_review = (
            ClaimTransition.objects.filter(
                claim=OuterRef("claim"), to_status__in=ClaimStatus.reviewed()
            )
            .order_by("-claim_version")
            .values("claim_version")[:1]
        )
        return self.filter(claim_version__gt=Coalesce(Subquery(last_review), 0))


class ClaimEdit(models.Model):
    """Someone changed a claim's substance (its statement, figures, citations or proposed
    verdict): one row per such write, made by claims.services.base.bump_version, never changed
    (append-only on PostgreSQL). Workflow moves and assignments are not edits."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="edits")
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    claim_version = models.PositiveIntegerField(help_text="The claim's version after the edit.")
    at = models.DateTimeField(default=timezone.now, editable=False)

    objects = ClaimEditQuerySet.as_manager()

    class Meta:
        ordering = ["claim_version", "id"]
        indexes = [
            # Serves the two-person rule: has this editor changed this claim since its review?
            models.Index(
                fields=["claim", "editor", "claim_version"], name="claimedit_claim_editor_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}: edited by {self.editor} (version {self.claim_version})"


class DecisionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for a decision"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class CompetingProposalQuerySet(models.QuerySet["CompetingProposal"]):
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

    # Declared by name: intake builds on claims, and a proposal for an article's figure points up
    # to the suggestion it came from (the one reference from claims to intake, and a model's).
    # Named, not imported: intake builds on claims. A proposal for an article's figure points up
    # to the suggestion it came from, the one link from a claims model to intake's.
    suggestion = models.ForeignKey(
        "intake.Suggestion",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="proposals",
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
