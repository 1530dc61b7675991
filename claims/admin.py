"""The fact-checkers' desk: claims with their figures and citations, competing figures side by
side, and the workflow as buttons that call the same services as the API."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, HistoricalChanges, ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from claims import arithmetic, selectors, services
from claims.embed import embed_snippets
from claims.figure_input import FigureInputError, read_figure
from claims.models import (
    Citation,
    Claim,
    ClaimEdit,
    ClaimStatus,
    ClaimTransition,
    ClaimVersion,
    CompetingProposal,
    DecisionStatus,
    Figure,
    Metric,
    QuoteStatus,
    Topic,
    Verdict,
)
from claims.permissions import claim_access, claim_authors
from claims.selectors import (
    PossibleDuplicate,
    changes_since_last_review,
    comparable_quote,
    competing_sets_for,
    editors_since_last_review,
    plain_decimal,
)
from claims.services.records import FigureKey, appearance_offered, duplicates_of
from core.autocomplete import IdAutocompleteAdmin
from core.ids import parse_id
from sources.admin import EntityAdmin as BaseEntityAdmin
from sources.admin import SourceAdmin as BaseSourceAdmin
from sources.models import Entity, Source

QUOTE_BADGE_CLASS = {
    QuoteStatus.FOUND: "tally-badge--ok",
    QuoteStatus.PARAPHRASE: "tally-badge--info",
    QuoteStatus.UNCHECKED: "tally-badge--muted",
    QuoteStatus.MISSING: "tally-badge--bad",
    QuoteStatus.MOVED: "tally-badge--info",
    QuoteStatus.CHANGED: "tally-badge--warn",
    QuoteStatus.CHANGED_FIGURE: "tally-badge--bad",
    QuoteStatus.GONE: "tally-badge--bad",
}
STATUS_BADGE_CLASS = {
    ClaimStatus.DRAFT: "tally-badge--muted",
    ClaimStatus.IN_REVIEW: "tally-badge--info",
    ClaimStatus.PUBLISHED: "tally-badge--ok",
    ClaimStatus.CORRECTED: "tally-badge--warn",
    ClaimStatus.RETRACTED: "tally-badge--bad",
}


def badge(label: str, css_class: str) -> str:
    return format_html('<span class="tally-badge {}">{}</span>', css_class, label)


DECISION_BADGE_CLASS = {
    DecisionStatus.PENDING: "tally-badge--info",
    DecisionStatus.ACCEPTED: "tally-badge--ok",
    DecisionStatus.DISMISSED: "tally-badge--muted",
}


def report_error(request: HttpRequest, error: Exception) -> None:
    """A refused decision as admin messages, one per problem."""
    if isinstance(error, ValidationError):
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.error(request, str(error))


def _errors_to_messages(request: HttpRequest, error: ValidationError, prefix: str = "") -> None:
    for text in error.messages:
        messages.error(request, f"{prefix}{text}")


class RecordedStatesContext(HistoricalRecordContextHelper):
    """django-simple-history shows an empty foreign key ("no reviewer yet") as "Deleted user
    (pk=None)"; nobody was deleted, and the history must show only what the record held."""

    def prepare_delta_change_value(self, change: ModelChange, value: Any) -> Any:
        if isinstance(value, DeletedObject) and value.pk is None:
            return "—"
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """History pages that show each change between states the object was really in."""

    def get_historical_record_context_helper(
        self, request: HttpRequest, historical_record: HistoricalChanges
    ) -> HistoricalRecordContextHelper:
        return RecordedStatesContext(self.model, historical_record)


class SharedRecordAdmin(admin.ModelAdmin):
    """Metrics, topics, entities and sources: published claims show them, so a change to what
    they show goes through claims.services.shared_record_update (a reviewer's act; each claim
    that shows the record gets a new version and a public note). The form refuses before
    anything is saved, on the form itself."""

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [*super().get_readonly_fields(request, obj), "shown_by"]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting a topic would take it off published claims without a version (metrics,
        # entities and sources are protected by their foreign keys): rename it instead.
        if obj is not None and selectors.claims_showing(obj).exists():
            return False
        return bool(super().has_delete_permission(request, obj))

    @admin.display(description="shown by")
    def shown_by(self, record: Any) -> str:
        if record is None or record.pk is None:
            return "—"
        count = selectors.claims_showing(record).distinct().count()
        if count == 0:
            return "No published claim shows this yet: edit it freely."
        fields = ", ".join(services.shown_fields(type(record)))
        return (
            f"{count} published claim{'s' if count != 1 else ''} show{'' if count != 1 else 's'} "
            f"this. Changing its {fields} is a reviewer's act: each of those claims moves to a "
            "new version with a public note saying what changed."
        )

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form_class = super().get_form(request, obj, change=change, **kwargs)
        actor = request.user

        class SharedRecordForm(form_class):  # type: ignore[misc,valid-type]
            def clean(self) -> Any:
                cleaned = super().clean()
                if self.instance.pk is not None and services.changes_shown(
                    self.instance, self.changed_data
                ):
                    refusal = services.shared_record_refusal(
                        record=self.instance,
                        actor=actor,  # type: ignore[arg-type]
                        affected=selectors.claims_showing(self.instance).distinct().count(),
                    )
                    if refusal:
                        raise ValidationError(refusal, code="reviewer_only")
                return cleaned

        return SharedRecordForm

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            super().save_model(request, obj, form, change)
            return
        changes = {name: getattr(obj, name) for name in form.changed_data if hasattr(obj, name)}
        try:
            moved = services.shared_record_update(
                record=obj,
                actor=request.user,  # type: ignore[arg-type]
                changes=changes,
            )
        except PermissionDenied as refusal:  # decided between the form's check and the save
            messages.error(request, str(refusal))
            raise
        if moved:
            messages.info(
                request,
                f"{len(moved)} published claim{'s' if len(moved) != 1 else ''} moved to a new "
                "version with a public note saying what changed.",
            )


@admin.register(Topic)
class TopicAdmin(SharedRecordAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class MetricFigureInline(admin.TabularInline):
    model = Figure
    fields = ["claim", "display", "rank", "difference", "difference_note"]
    readonly_fields = ["claim", "display", "rank", "difference", "difference_note"]
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "Competing figures for this metric"

    @admin.display(description="figure")
    def display(self, figure: Figure) -> str:
        return figure.display

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Metric)
class MetricAdmin(HistoryAdmin, SharedRecordAdmin):
    list_display = ["name", "unit", "figure_count"]
    list_filter = ["unit"]
    search_fields = ["name", "definition"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MetricFigureInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Metric]:
        return super().get_queryset(request).annotate(_figures=Count("figures"))

    @admin.display(description="figures", ordering="_figures")
    def figure_count(self, metric: Metric) -> int:
        return int(getattr(metric, "_figures", 0))


# The fields a figure typed as written fills (claims.figure_input), and the form's own fields
# that are not the figure's.
WRITTEN_FILLS = ("value", "unit", "currency", "qualifier")
WRITTEN_FORM_FIELDS = ("written", "confirm_reading", "read_text")


class WrittenFigureForm(forms.ModelForm):
    """A figure's form with "Figure as written": "$240 million" typed there fills the value,
    unit, currency, qualifier and as-written. The first submit of a text stores nothing and
    shows what was understood ("We read this as: …") with a "Save as read" box; the figure is
    stored only once that box is ticked for the same text, so nobody saves a reading they have
    not seen. Value, unit and the others still work alone; a text they contradict is refused."""

    written = forms.CharField(
        label="Figure as written",
        required=False,
        max_length=200,
        help_text="Type it as an article writes it (“$240 million”, “46%”, “over 1bn”, "
        "“nearly half a million”) instead of value, unit, currency and qualifier.",
    )
    confirm_reading = forms.BooleanField(
        label="Save as read",
        required=False,
        help_text="Tick once the reading shown is what you meant.",
    )
    # The text whose reading the page shows: a tick confirms that text only.
    read_text = forms.CharField(required=False, widget=forms.HiddenInput)
    field_order = ["metric", *WRITTEN_FORM_FIELDS]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].required = False  # given here or by the text written
        self.read_as: str = ""  # the reading, once a text was read
        # The tick is offered beside a reading shown, not before there is one.
        shown = self.data.get(self.add_prefix("read_text")) if self.is_bound else ""
        written = self.data.get(self.add_prefix("written")) if self.is_bound else ""
        if not shown or shown != " ".join((written or "").split()):
            self.fields["confirm_reading"].widget = forms.HiddenInput()

    @property
    def changed_data(self) -> list[str]:
        changed = list(super().changed_data)
        if self.read_as:
            filled = (*WRITTEN_FILLS, "as_written", "date_value", "date_value_precision")
            changed += [name for name in filled if name not in changed]
        return changed

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        written = " ".join((cleaned.get("written") or "").split())
        if not written:
            if not cleaned.get("unit") and "unit" not in self.errors:
                self.add_error("unit", "Choose the unit, or type the figure as written.")
            return cleaned
        reading = read_figure(written)
        if isinstance(reading, FigureInputError):
            self.add_error("written", reading.message)
            return cleaned
        # What the person set beside the text: the fields that differ from the figure as
        # recorded (or, for a new row, from an empty figure).
        typed = [
            name
            for name in (*WRITTEN_FILLS, "as_written")
            if cleaned.get(name) not in (None, "") and cleaned[name] != getattr(self.instance, name)
        ]
        read = reading.fields()
        disagree = [name for name in WRITTEN_FILLS if name in typed and cleaned[name] != read[name]]
        if disagree:
            fields = " and ".join(str(self.fields[name].label or name).lower() for name in disagree)
            self.add_error(
                "written",
                f"“{written}” reads as {reading.summary}, but the {fields} you set "
                f"{'say' if len(disagree) > 1 else 'says'} otherwise: clear one of them.",
            )
            return cleaned
        if "as_written" in typed:
            read.pop("as_written")
        cleaned.update(read)
        self.read_as = reading.summary
        if not (cleaned.get("confirm_reading") and cleaned.get("read_text") == written):
            self._show_reading_of(written)
            self.add_error(
                "written",
                f"We read this as: {reading.summary}. Tick “Save as read” and save again to "
                "store it, or change the text.",
            )
        else:  # confirmed: still shown should another field stop the save
            self.fields["written"].help_text = f"We read this as: {reading.summary}."
        return cleaned

    def _show_reading_of(self, written: str) -> None:
        """Re-render with the tick cleared and the text whose reading is shown remembered."""
        data = self.data.copy() if isinstance(self.data, QueryDict) else QueryDict(mutable=True)
        if not isinstance(self.data, QueryDict):
            data.update(self.data)
        data[self.add_prefix("read_text")] = written
        data.pop(self.add_prefix("confirm_reading"), None)
        self.data = data
        self.fields["confirm_reading"].widget = forms.CheckboxInput()


class FigureInlineForm(WrittenFigureForm):
    class Meta:
        model = Figure
        fields = ["metric", *WRITTEN_FILLS]  # the admin adds FigureInline.fieldsets' fields


class FigureInline(IdAutocompleteAdmin, admin.StackedInline):
    """Rows are saved by ClaimAdmin.save_formset through the services, never directly."""

    model = Figure
    form = FigureInlineForm
    extra = 0
    autocomplete_fields = ["metric"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "metric",
                    ("written", "confirm_reading", "read_text"),
                    ("qualifier", "value", "unit", "currency"),
                    ("date_value", "date_value_precision"),
                    ("lower_bound", "upper_bound"),
                    ("period", "as_written"),
                    ("rank", "difference"),
                    "difference_note",
                ]
            },
        ),
        (
            "What it was computed from",
            {
                "classes": ["collapse"],
                "description": "A change from a baseline to an end value, or a part of a whole "
                "(“x in y”), as far as the sources give it. Tally recomputes the figure from "
                "these and warns below, with the arithmetic.",
                "fields": [
                    "basis",
                    ("basis_baseline_value", "basis_baseline_unit", "basis_baseline_period"),
                    "basis_baseline_counts",
                    ("basis_end_value", "basis_end_unit", "basis_end_period"),
                    "basis_end_counts",
                    ("basis_part_value", "basis_part_counts"),
                    ("basis_whole_value", "basis_whole_counts"),
                    "basis_read_as",
                    "basis_note",
                ],
            },
        ),
        ("Arithmetic checks", {"fields": ["arithmetic_checks"]}),
    ]
    readonly_fields = ["arithmetic_checks"]

    @admin.display(description="arithmetic checks")
    def arithmetic_checks(self, figure: Figure) -> str:
        """The figure recomputed from its basis as saved: warnings first, each with its
        arithmetic (claims.arithmetic)."""
        if figure.pk is None:
            return "Saved figures are checked here."
        checks = sorted(
            arithmetic.figure_checks(arithmetic.facts_of_figure(figure)),
            key=lambda check: check.severity != arithmetic.Severity.WARNING,
        )
        if not checks:
            return "Nothing to check: record what the figure was computed from."
        return format_html(
            '<ul class="tally-arithmetic">{}</ul>',
            format_html_join(
                "",
                "<li>{} <strong>{}</strong>: {}<br><code>{}</code></li>",
                (
                    (
                        badge(check.severity.label, ARITHMETIC_BADGE_CLASS[check.severity]),
                        check.flag.label,
                        check.message,
                        check.computation,
                    )
                    for check in checks
                ),
            ),
        )


ARITHMETIC_BADGE_CLASS = {
    arithmetic.Severity.OK: "tally-badge--ok",
    arithmetic.Severity.NOTE: "tally-badge--info",
    arithmetic.Severity.WARNING: "tally-badge--warn",
}


class CitationInlineForm(forms.ModelForm):
    class Meta:
        model = Citation
        fields = ["source", "role", "quote", "is_paraphrase"]
        widgets = {"quote": forms.Textarea(attrs={"rows": 2, "cols": 80})}

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        source = cleaned.get("source")
        quote = cleaned.get("quote")
        if source is None or not quote or self.cleaned_data.get("DELETE"):
            return cleaned
        # The same check the service runs on save, here so that it shows as a form error.
        problems = services.citation_quote_problems(quote)
        if problems:
            raise ValidationError(problems)
        probe = Citation(
            source=source, quote=quote, is_paraphrase=cleaned.get("is_paraphrase", False)
        )
        services.citation_verify(citation=probe, snapshot=source.latest_snapshot())
        return cleaned


# The add and change form's "record anyway" tick: it carries the ids of the claims it was
# warned of, so that a tick given for one duplicate does not pass another.
RECORD_DUPLICATE = "record_duplicate_of"


def _acknowledged(data: Any) -> frozenset[int]:
    """The claims a fact-checker ticked "record anyway" for."""
    ids = set()
    for value in data.getlist(RECORD_DUPLICATE)[:1]:
        for part in str(value).split(",", selectors.MAX_DUPLICATES)[: selectors.MAX_DUPLICATES]:
            number = parse_id(part.strip())
            if number is not None:
                ids.add(number)
    return frozenset(ids)


class CitationFormSet(BaseInlineFormSet):
    """The claim's citations, checked with the figures of the same page (DuplicateWarningAdmin
    links the two formsets) for what other claims already record: refused once with a warning
    (`duplicates`), saved when the fact-checker ticks "record anyway" for those claims."""

    figures: Any = None
    actor: Any = None
    acknowledged: frozenset[int] = frozenset()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.duplicates: list[PossibleDuplicate] = []
        self.new_citations: list[tuple[Source, str]] = []

    def clean(self) -> None:
        super().clean()
        self.duplicates, self.new_citations = [], []
        if self.actor is None or self.figures is None or any(self.errors):
            return
        if not self.figures.is_valid():
            return  # the figures' own errors first
        sources: dict[int, Source] = {}
        new_sources: dict[int, Source] = {}
        for form, is_new in _kept_forms(self, ("source", "quote")):
            source, quote = form.cleaned_data["source"], form.cleaned_data["quote"]
            sources[source.pk] = source
            if is_new:
                new_sources[source.pk] = source
                self.new_citations.append((source, quote))
        figures: list[FigureKey] = []
        new_figures: list[FigureKey] = []
        for form, is_new in _kept_forms(self.figures, ("metric", "value", "date_value")):
            value, day = form.cleaned_data.get("value"), form.cleaned_data.get("date_value")
            key = (form.cleaned_data["metric"], day if value is None else value)
            figures.append(key)
            if is_new:
                new_figures.append(key)
        claim = self.instance if self.instance.pk is not None else None
        duplicates = selectors.merge_duplicates(
            duplicates_of(
                actor=self.actor,
                claim=claim,
                quotes=[quote for _, quote in self.new_citations],
                sources=new_sources.values(),
                figures=figures,
            ),
            duplicates_of(
                actor=self.actor, claim=claim, sources=sources.values(), figures=new_figures
            ),
        )
        if duplicates and not {d.claim.pk for d in duplicates} <= self.acknowledged:
            self.duplicates = duplicates
            raise ValidationError(
                "Already recorded on another claim: see the warning at the top of the page. "
                "Add this source to that claim instead, or tick “record anyway”.",
                code="duplicate",
            )


def _kept_forms(formset: Any, compared: tuple[str, ...]) -> list[tuple[Any, bool]]:
    """The formset's rows that will be stored, each with whether it is new or changed in one of
    the `compared` fields (blank extra rows and deleted ones are left out)."""
    kept = []
    for form in formset.forms:
        if form.cleaned_data.get("DELETE"):
            continue
        if form.instance.pk is None and not form.has_changed():
            continue
        if form.cleaned_data.get(compared[0]) is None:
            continue
        changed = form.instance.pk is None or bool(set(compared) & set(form.changed_data))
        kept.append((form, changed))
    return kept


class CitationInline(IdAutocompleteAdmin, admin.StackedInline):
    model = Citation
    form = CitationInlineForm
    formset = CitationFormSet
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "role", "quote", "is_paraphrase", "quote_badge", "anchor"]
    fields += ["before_and_after"]
    readonly_fields = ["quote_badge", "anchor", "before_and_after"]

    @admin.display(description="quote status")
    def quote_badge(self, citation: Citation) -> str:
        if citation.pk is None:
            return "checked when saved"
        return badge(
            citation.get_quote_status_display(),
            QUOTE_BADGE_CLASS[QuoteStatus(citation.quote_status)],
        )

    @admin.display(description="anchor in snapshot")
    def anchor(self, citation: Citation) -> str:
        if citation.position_start is None:
            return "—"
        return format_html(
            "characters {}–{}: …{}<mark>{}</mark>{}…",
            citation.position_start,
            citation.position_end,
            citation.prefix,
            citation.quote,
            citation.suffix,
        )

    @admin.display(description="before and after")
    def before_and_after(self, citation: Citation) -> str:
        return quote_change_panel(citation)


class AppearanceForm(forms.Form):
    source = forms.ModelChoiceField(queryset=Source.objects.all(), widget=forms.HiddenInput)
    quote = forms.CharField(
        max_length=Citation._meta.get_field("quote").max_length, widget=forms.HiddenInput
    )


class DuplicateWarningAdmin(admin.ModelAdmin):
    """The claim's add and change pages warn when a new citation's quote, or a figure for the
    same metric from the same source, is already recorded on another claim: the warning links
    to that claim, offers to cite the source there as another appearance instead, and records
    the new one only once "record anyway" is ticked (CitationFormSet)."""

    add_form_template = "admin/claims/claim/duplicate_change_form.html"
    change_form_template = "admin/claims/claim/duplicate_change_form.html"

    def _create_formsets(self, request: HttpRequest, obj: Any, change: bool) -> Any:
        # Django makes a page's formsets together here and nowhere public; the citations' check
        # needs the figures of the same page, and who is recording them.
        formsets, inline_instances = super()._create_formsets(request, obj, change)  # type: ignore[misc]
        figures = next((formset for formset in formsets if formset.model is Figure), None)
        for formset in formsets:
            if isinstance(formset, CitationFormSet) and request.method == "POST":
                formset.figures = figures
                formset.actor = request.user
                formset.acknowledged = _acknowledged(request.POST)
        return formsets, inline_instances

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Any = None,
    ) -> Any:
        for inline in context.get("inline_admin_formsets", []):
            if isinstance(inline.formset, CitationFormSet) and inline.formset.duplicates:
                context["duplicate_warning"] = self._duplicate_warning(request, inline.formset)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _duplicate_warning(self, request: HttpRequest, formset: CitationFormSet) -> dict[str, Any]:
        rows = []
        for duplicate in formset.duplicates:
            quoted = {comparable_quote(c.quote).lower() for c in duplicate.citations}
            appearances = [
                {
                    "source": source,
                    "url": reverse("admin:claims_claim_add_appearance", args=[duplicate.claim.pk])
                    + "?"
                    + urlencode({"source": str(source.pk), "quote": quote}),
                }
                for source, quote in formset.new_citations
                if comparable_quote(quote).lower() in quoted
                and appearance_offered(duplicate=duplicate, actor=request.user, source=source)
            ]
            rows.append({"duplicate": duplicate, "appearances": appearances})
        ids = ",".join(str(duplicate.claim.pk) for duplicate in formset.duplicates)
        return {"rows": rows, "claim_ids": ids, "field": RECORD_DUPLICATE}

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "<path:object_id>/add-appearance/",
                self.admin_site.admin_view(self.add_appearance_view),
                name="claims_claim_add_appearance",
            )
        ]
        return own + super().get_urls()

    def add_appearance_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The warning's offer: cite the new claim's source on this (existing) claim as another
        appearance of the quote, rather than record a second claim. Asked on GET, done on POST."""
        claim = get_object_or_404(
            Claim.objects.visible_to(request.user), pk=parse_id(object_id) or 0
        )
        if not self.has_view_or_change_permission(request, claim):
            raise PermissionDenied
        form = AppearanceForm(request.POST if request.method == "POST" else request.GET)
        if request.method == "POST" and form.is_valid():
            try:
                services.citation_add(
                    claim=claim,
                    actor=request.user,  # type: ignore[arg-type]
                    source=form.cleaned_data["source"],
                    quote=form.cleaned_data["quote"],
                )
            except (ValidationError, PermissionDenied) as error:
                _refusal_to_form(form, error)
            else:
                messages.success(
                    request,
                    f"Added {form.cleaned_data['source']} to this claim as another appearance "
                    "of the quote; no second claim was recorded.",
                )
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        if claim_access(request.user, claim).can_edit:
            refusal = ""
        elif claim.status in (ClaimStatus.DRAFT, ClaimStatus.IN_REVIEW):
            refusal = "Only fact-checkers and reviewers add citations."
        else:
            refusal = (
                f"This claim is {claim.get_status_display().lower()}: citations are added to "
                "draft or in-review claims only. Record the new claim anyway, or ask a reviewer "
                "to correct this one."
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "claim": claim,
            "form": form,
            "refusal": refusal,
            "title": f"Add an appearance: {claim}",
        }
        return TemplateResponse(request, "admin/claims/claim/duplicate_appearance.html", context)


def _refusal_to_form(form: forms.Form, error: ValidationError | PermissionDenied) -> None:
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error) or "You may not do this.")
    else:
        form.add_error(None, error.messages)


class TransitionInline(admin.TabularInline):
    model = ClaimTransition
    fields = ["created_at", "from_status", "to_status", "actor", "verdict", "note", "claim_version"]
    readonly_fields = ["created_at", "from_status", "to_status", "actor", "verdict", "note"]
    readonly_fields += ["claim_version"]
    extra = 0
    can_delete = False
    verbose_name_plural = "Workflow log"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ClaimEditInline(admin.TabularInline):
    """Who changed the claim's substance, at which version: the two-person rule's record."""

    model = ClaimEdit
    fields = ["at", "editor", "claim_version"]
    readonly_fields = ["at", "editor", "claim_version"]
    extra = 0
    can_delete = False
    verbose_name_plural = "Edits (nobody who made one since the last review may publish)"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ClaimEdit]:
        return super().get_queryset(request).select_related("editor")

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.has_perm("claims.view_claim")

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class AssignmentFilter(admin.SimpleListFilter):
    title = "my work"
    parameter_name = "mine"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("claims", "My claims"), ("review", "Waiting for my review")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.value() == "claims":
            return queryset.filter(pk__in=Claim.objects.assigned_to(request.user).values("pk"))
        if self.value() == "review":
            return queryset.filter(
                pk__in=Claim.objects.waiting_for_review_by(request.user).values("pk")
            )
        return queryset


ASSIGNMENT_FIELDS = ("assigned_fact_checker", "assigned_reviewer")


class ClaimAdminForm(forms.ModelForm):
    """The claim's own fields. The assignment fields are not the model's: only claim_assign
    writes them, so the form never sets them on the claim it saves."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    assigned_fact_checker = forms.ModelChoiceField(
        queryset=get_user_model().objects.order_by("username"),
        required=False,
        label="Assigned fact-checker",
    )
    assigned_reviewer = forms.ModelChoiceField(
        queryset=get_user_model().objects.order_by("username"),
        required=False,
        label="Assigned reviewer",
    )
    # Who saves: ClaimAdmin.get_form sets it, as the assignment check depends on it.
    actor: Any = None

    class Meta:
        model = Claim
        fields = [
            "statement",
            "claimant",
            "place",
            "period",
            "topics",
            "verdict",
            "explanation",
        ]
        widgets = {"statement": forms.Textarea(attrs={"rows": 3, "cols": 80})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["seen_version"].initial = self.instance.version
        for name in ASSIGNMENT_FIELDS:
            self.initial.setdefault(name, getattr(self.instance, f"{name}_id"))
        if "verdict" in self.fields:
            self.fields[
                "verdict"
            ].help_text = "The proposed verdict; a reviewer confirms it when publishing."

    def content_changes(self) -> dict[str, Any]:
        """The changed fields claim_create and claim_update own, with their new values."""
        owned = services.CLAIM_EDITABLE_FIELDS | {"topics"}
        return {
            name: self.cleaned_data[name]
            for name in self.changed_data
            if name in owned and name in self.cleaned_data
        }

    def assignment_changed(self) -> bool:
        return any(name in self.changed_data for name in ASSIGNMENT_FIELDS)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        seen = cleaned.get("seen_version")
        if self.instance.pk is not None and seen is not None:
            current = (
                Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            )
            if current is not None and current != seen:
                raise ValidationError(
                    f"Someone else saved this claim while you were editing (you opened version "
                    f"{seen}, it is now version {current}). Your changes are below and were not "
                    f"saved: open the claim in a new tab, then apply them again.",
                    code="stale",
                )
        if self.assignment_changed():
            # claim_assign's own check, before anything is saved, so that a refusal shows on
            # its field. It runs after claim_create or claim_update, which make whoever saves
            # the claim's author or last editor.
            actor_id: int | None = getattr(self.actor, "pk", None)
            authors: set[int | None] = {actor_id}
            if self.instance.pk is not None:
                authors = {*claim_authors(self.instance)}
                if self.content_changes():
                    authors.add(actor_id)
            problems = services.claim_assignment_problems(
                fact_checker=cleaned.get("assigned_fact_checker"),
                reviewer=cleaned.get("assigned_reviewer"),
                authors=authors,
            )
            if problems:
                raise ValidationError(problems)
        return cleaned


class WorkflowForm(forms.Form):
    """A workflow page's fields, and the version of the claim the page showed: a move made on an
    older one is refused (the services' `expected_version`), so that a reviewer publishes the
    figures and quotes they read, not ones changed while the page was open."""

    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 80}), required=False)
    verdict = forms.ChoiceField(choices=[("", "—"), *Verdict.choices], required=False)
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}), required=False
    )
    # Not required, like the claim form's: a script may post a note alone, unchecked.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)


class CorrectionForm(WorkflowForm):
    """The correction's own fields (the workflow form's, with the figure and citation rows
    beside it on the page)."""


# The figure's fields a correction may change, in the order the claim's own form shows them.
CORRECTION_FIGURE_FIELDS = (
    "metric",
    "qualifier",
    "value",
    "unit",
    "currency",
    "date_value",
    "date_value_precision",
    "lower_bound",
    "upper_bound",
    "period",
    "as_written",
    "rank",
    "difference",
    "difference_note",
)
CORRECTION_CITATION_FIELDS = ("source", "role", "quote", "is_paraphrase")
# Tuples: an inline formset appends its foreign key to a form's Meta.fields list.


class CorrectionFigureForm(WrittenFigureForm):
    """One recorded figure on the Correct page. The model's own checks (bounds in order, a
    number for numeric units...) run here, so that a refusal shows on its field; a figure typed
    as written is shown as read before it is stored (WrittenFigureForm)."""

    class Meta:
        model = Figure
        fields = list(CORRECTION_FIGURE_FIELDS)
        widgets = {"difference_note": forms.Textarea(attrs={"rows": 2, "cols": 40})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # As recorded, before a submitted row changes the instance.
        self.recorded_display = self.instance.display if self.instance.pk else ""
        self.recorded_metric = str(self.instance.metric) if self.instance.pk else ""
        for name in ("value", "lower_bound", "upper_bound"):
            self.initial[name] = plain_decimal(self.initial.get(name))

    def changes(self) -> dict[str, Any]:
        return {
            name: self.cleaned_data[name]
            for name in self.changed_data
            if name in CORRECTION_FIGURE_FIELDS
        }


class CorrectionCitationForm(forms.ModelForm):
    """One citation on the Correct page, or the row that adds one. A changed or new quote is
    checked against the source's newest snapshot here, the way claim_correct checks it again
    when it stores it, so that a quote that is not there shows on its row."""

    class Meta:
        model = Citation
        fields = list(CORRECTION_CITATION_FIELDS)
        widgets = {"quote": forms.Textarea(attrs={"rows": 2, "cols": 60})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        source = self.fields["source"]
        assert isinstance(source, forms.ModelChoiceField)
        source.queryset = Source.objects.select_related("publisher")
        self.recorded_badge = (
            badge(
                self.instance.get_quote_status_display(),
                QUOTE_BADGE_CLASS[QuoteStatus(self.instance.quote_status)],
            )
            if self.instance.pk
            else ""
        )
        self.recorded_source = str(self.instance.source) if self.instance.pk else ""

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        source, quote = cleaned.get("source"), cleaned.get("quote")
        if not self.has_changed() or source is None or not quote:
            return cleaned
        problems = services.citation_quote_problems(quote)
        if problems:
            raise ValidationError(problems)
        # Checked on the form's own citation: its status and anchor are then the ones the
        # model's checks (a paraphrase is never "found") see.
        for name in CORRECTION_CITATION_FIELDS:
            setattr(self.instance, name, cleaned.get(name))
        services.citation_verify(citation=self.instance, snapshot=source.latest_snapshot())
        return cleaned

    def changes(self) -> dict[str, Any]:
        names = self.changed_data if self.instance.pk else list(CORRECTION_CITATION_FIELDS)
        return {name: self.cleaned_data[name] for name in names}


def _rows_posted(data: Any, prefix: str) -> Any:
    """A formset's rows as posted, or None when the request sent none of them (a correction of
    the note, verdict or explanation alone, as a script may post it): then no row changes."""
    return data if data is not None and f"{prefix}-TOTAL_FORMS" in data else None


def _changed_rows(rows: "forms.BaseFormSet[Any]") -> list[Any]:
    return [row for row in rows.forms if row.has_changed()] if rows.is_bound else []


CorrectionFigureFormSet = forms.inlineformset_factory(
    Claim, Figure, form=CorrectionFigureForm, extra=0, can_delete=False
)
# One empty row: the citation a correction adds.
CorrectionCitationFormSet = forms.inlineformset_factory(
    Claim, Citation, form=CorrectionCitationForm, extra=1, max_num=None, can_delete=False
)


# -- the evidence a decision rests on (the Publish and Correct pages) ---------------------------


def _bounds_display(figure: Figure) -> str:
    if figure.lower_bound is None and figure.upper_bound is None:
        return "—"
    low, high = (plain_decimal(bound) or "…" for bound in (figure.lower_bound, figure.upper_bound))
    return f"{low} to {high}"


def decision_evidence(claim: Claim) -> dict[str, Any]:
    """What the Publish and Correct pages show beside the decision: the figures, the quotes with
    their status, the competing figures, who changed the claim since it was last reviewed (the
    two-person rule's record) and what they changed."""
    citations = claim.citations.select_related("source__publisher", "checked_snapshot")
    return {
        "figures": [
            {"figure": figure, "bounds": _bounds_display(figure)}
            for figure in claim.figures.select_related("metric")
        ],
        "quotes": [
            {
                "citation": citation,
                "badge": badge(
                    citation.get_quote_status_display(),
                    QUOTE_BADGE_CLASS[QuoteStatus(citation.quote_status)],
                ),
            }
            for citation in citations
        ],
        "competing_sets": competing_sets_for(claim),
        "editors_since_review": editors_since_last_review(claim),
        "history": changes_since_last_review(claim),
        "reviewed_before": claim.transitions.filter(to_status__in=ClaimStatus.reviewed()).exists(),
    }


WORKFLOW_ACTIONS: dict[str, dict[str, Any]] = {
    "submit": {"label": "Submit for review", "ability": "can_submit", "fields": ["note"]},
    "return": {"label": "Return to draft", "ability": "can_return_to_draft", "fields": ["note"]},
    "publish": {
        "label": "Publish",
        "ability": "can_publish",
        "fields": ["verdict", "explanation", "note"],
    },
    "correct": {
        "label": "Correct",
        "ability": "can_correct",
        "fields": ["verdict", "explanation", "note"],
    },
    "retract": {"label": "Retract", "ability": "can_retract", "fields": ["note"]},
}


# Not a move of the workflow (status and version stay), but asked for on a page like one.
CLEAR_REVIEW_FLAG: dict[str, Any] = {"label": "Clear review flag", "fields": ["note"]}

# The quote re-check's outcomes, always reported, even at zero.
RECHECK_COUNTED = (QuoteStatus.FOUND, QuoteStatus.MOVED, QuoteStatus.CHANGED, QuoteStatus.MISSING)


def _refusal_on_form(form: forms.Form, error: ValidationError | PermissionDenied) -> None:
    """A service's refusal on the workflow page: on the field it names, else above the form."""
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error) or "You may not do this.")
        return
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
    for name, field_errors in getattr(error, "message_dict", {}).items():
        form.add_error(name if name in form.fields else None, field_errors)


def run_workflow_action(action: str, *, claim: Claim, actor: Any, data: dict[str, Any]) -> Claim:
    note = data.get("note", "") or ""
    # The version the page showed; None from the list's bulk actions, which show no record.
    seen = data.get("seen_version")
    if action == "submit":
        return services.claim_submit_for_review(
            claim=claim, actor=actor, note=note, expected_version=seen
        )
    if action == "return":
        return services.claim_return_to_draft(
            claim=claim, actor=actor, note=note, expected_version=seen
        )
    if action == "publish":
        return services.claim_publish(
            claim=claim,
            actor=actor,
            verdict=data.get("verdict", ""),
            explanation=data.get("explanation", ""),
            note=note,
            expected_version=seen,
        )
    if action == "retract":
        return services.claim_retract(claim=claim, actor=actor, reason=note, expected_version=seen)
    raise Http404("Unknown workflow action")


@admin.register(Claim)
class ClaimAdmin(IdAutocompleteAdmin, DuplicateWarningAdmin, HistoryAdmin):
    form = ClaimAdminForm
    list_display = [
        "statement_short",
        "claimant",
        "status_badge",
        "verdict",
        "figure_summary",
        "updated_at",
    ]
    list_filter = [
        AssignmentFilter,
        "status",
        "verdict",
        "claimant",
        "topics",
        "citations__quote_status",
        "needs_review",
    ]
    search_fields = [
        "statement",
        "explanation",
        "place",
        "claimant__name",
        "figures__metric__name",
        "citations__quote",
    ]
    date_hierarchy = "updated_at"
    autocomplete_fields = ["claimant"]
    filter_horizontal = ["topics"]
    inlines = [FigureInline, CitationInline, TransitionInline, ClaimEditInline]
    actions = ["submit_selected", "publish_selected", "recheck_quotes"]
    list_per_page = 50
    fieldsets = [
        (
            None,
            {"fields": ["statement", "claimant", ("place", "period"), "topics", "seen_version"]},
        ),
        ("Verdict", {"fields": ["verdict", "explanation"]}),
        ("Assignment", {"fields": [("assigned_fact_checker", "assigned_reviewer")]}),
    ]
    readonly_fields = [
        "status",
        "version",
        "published_at",
        "uuid",
        "needs_review",
        "needs_review_reason",
    ]

    def get_fieldsets(self, request: HttpRequest, obj: Claim | None = None) -> Any:
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is not None:
            fieldsets.append(
                ("Workflow", {"fields": [("status", "version"), "published_at", "uuid"]})
            )
        return fieldsets

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return (
            super()
            .get_queryset(request)
            .select_related("claimant")
            .prefetch_related("figures")
            .distinct()
        )

    @admin.display(description="statement", ordering="statement")
    def statement_short(self, claim: Claim) -> str:
        return str(claim)

    @admin.display(description="status", ordering="status")
    def status_badge(self, claim: Claim) -> str:
        return badge(claim.get_status_display(), STATUS_BADGE_CLASS[ClaimStatus(claim.status)])

    @admin.display(description="figures")
    def figure_summary(self, claim: Claim) -> str:
        return "; ".join(figure.display for figure in claim.figures.all()) or "—"

    def has_change_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        if obj is None:
            return super().has_change_permission(request, obj)
        return claim_access(request.user, obj).can_edit

    def has_delete_permission(self, request: HttpRequest, obj: Claim | None = None) -> bool:
        # Claims are corrected or retracted, never deleted: the record is the point.
        return False

    def get_form(
        self, request: HttpRequest, obj: Claim | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        return type(form.__name__, (form,), {"actor": request.user})

    # Saving goes through the services, so the admin obeys the same rules as the API.
    def save_model(self, request: HttpRequest, obj: Claim, form: Any, change: bool) -> None:
        user: Any = request.user
        fact_checker = form.cleaned_data.get("assigned_fact_checker")
        reviewer = form.cleaned_data.get("assigned_reviewer")
        if not change:
            created = services.claim_create(
                statement=obj.statement,
                claimant=obj.claimant,
                actor=user,
                place=obj.place,
                period=obj.period,
                topics=form.cleaned_data.get("topics") or (),
            )
            if obj.verdict or obj.explanation:
                services.claim_update(
                    claim=created, actor=user, verdict=obj.verdict, explanation=obj.explanation
                )
            if fact_checker is not None or reviewer is not None:
                services.claim_assign(
                    claim=created, actor=user, fact_checker=fact_checker, reviewer=reviewer
                )
            # From here on the form's instance is the claim as the services stored it: the
            # inlines hang on it, and nothing saved from it can record a state never stored.
            obj.pk = created.pk
            obj.refresh_from_db()
            obj._state.adding = False
            return
        expected_version = form.cleaned_data.get("seen_version")
        changes = form.content_changes()
        if changes or not form.assignment_changed():
            services.claim_update(
                claim=obj, actor=user, expected_version=expected_version, **changes
            )
            expected_version = None  # checked, and moved on by this save
        if form.assignment_changed():
            services.claim_assign(
                claim=obj,
                actor=user,
                fact_checker=fact_checker,
                reviewer=reviewer,
                expected_version=expected_version,
            )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # Not form.save_m2m(): the topics went through claim_create or claim_update above.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        user: Any = request.user
        claim: Claim = form.instance
        if formset.model is Figure:
            formset.save(commit=False)
            for figure in formset.deleted_objects:
                services.figure_delete(figure=figure, actor=user)
            for figure in formset.new_objects:
                fields = {name: getattr(figure, name) for name in services.FIGURE_EDITABLE_FIELDS}
                services.figure_add(claim=claim, actor=user, **fields)
            for figure, changed in formset.changed_objects:
                figure.claim = claim
                fields = {
                    name: getattr(figure, name)
                    for name in changed
                    if name in services.FIGURE_EDITABLE_FIELDS
                }
                services.figure_update(figure=figure, actor=user, **fields)
        elif formset.model is Citation:
            formset.save(commit=False)
            for citation in formset.deleted_objects:
                services.citation_delete(citation=citation, actor=user)
            for citation in formset.new_objects:
                services.citation_add(
                    claim=claim,
                    actor=user,
                    source=citation.source,
                    quote=citation.quote,
                    role=citation.role,
                    is_paraphrase=citation.is_paraphrase,
                )
            for citation, changed in formset.changed_objects:
                citation.claim = claim
                fields = {
                    name: getattr(citation, name)
                    for name in changed
                    if name in services.CITATION_EDITABLE_FIELDS
                }
                services.citation_update(citation=citation, actor=user, **fields)
        else:
            super().save_formset(request, form, formset, change)

    # The competing-figures panel and the workflow buttons.
    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        extra_context = extra_context or {}
        claim = self.get_object(request, object_id)
        if claim is not None:
            access = claim_access(request.user, claim)
            extra_context["workflow_buttons"] = [
                {"action": action, "label": spec["label"]}
                for action, spec in WORKFLOW_ACTIONS.items()
                if getattr(access, spec["ability"])
            ]
            extra_context["competing_sets"] = competing_sets_for(claim)
            if claim.is_public:
                extra_context["embed_snippets"] = embed_snippets(claim, request)
                extra_context["embed_snippets_pinned"] = embed_snippets(
                    claim, request, version=claim.version
                )
                extra_context["public_url"] = claim.get_public_url()
            extra_context["proposals"] = list(CompetingProposal.objects.beside_claim(claim))
            extra_context["can_decide_proposals"] = request.user.has_perm("claims.add_claim")
            if claim.needs_review and claim_access(request.user, claim).can_clear_review_flag:
                extra_context["clear_review_flag_form"] = WorkflowForm(auto_id="review-flag-%s")
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self) -> list[URLPattern]:
        urls: list[URLPattern] = [
            path(
                "<path:object_id>/workflow/<str:action>/",
                self.admin_site.admin_view(self.workflow_view),
                name="claims_claim_workflow",
            ),
            path(
                "<path:object_id>/clear-review-flag/",
                self.admin_site.admin_view(self.clear_review_flag_view),
                name="claims_claim_clear_review_flag",
            ),
        ]
        return urls + super().get_urls()

    def workflow_view(self, request: HttpRequest, object_id: str, action: str) -> HttpResponse:
        if action not in WORKFLOW_ACTIONS:
            raise Http404("Unknown workflow action")
        claim = self._claim_for_desk(request, object_id)
        spec = WORKFLOW_ACTIONS[action]
        access = claim_access(request.user, claim)
        if action == "correct":
            return self._correct_page(request, claim, spec=spec, allowed=access.can_correct)

        def run(data: dict[str, Any]) -> str:
            run_workflow_action(action, claim=claim, actor=request.user, data=data)
            return f"{spec['label']}: done. The claim is now {claim.get_status_display().lower()}."

        return self._action_page(
            request,
            claim,
            action=action,
            spec=spec,
            allowed=getattr(access, spec["ability"]),
            refusal=access.publish_refusal if action == "publish" else "",
            run=run,
        )

    def _correct_page(
        self, request: HttpRequest, claim: Claim, *, spec: dict[str, Any], allowed: bool
    ) -> HttpResponse:
        """The Correct page: the claim's figures and citations as forms (and a row to add a
        citation) beside the verdict, the explanation and the one public note. One submit is one
        correction (claim_correct): all or nothing, so a refused row shows on its field and
        nothing is stored."""
        data = request.POST if request.method == "POST" else None
        form = CorrectionForm(
            data,
            initial={
                "verdict": claim.verdict,
                "explanation": claim.explanation,
                "seen_version": claim.version,
            },
        )
        figures = CorrectionFigureFormSet(
            _rows_posted(data, "figures"),
            instance=claim,
            prefix="figures",
            queryset=claim.figures.select_related("metric"),
        )
        citations = CorrectionCitationFormSet(
            _rows_posted(data, "citations"),
            instance=claim,
            prefix="citations",
            queryset=claim.citations.select_related("source__publisher"),
        )
        if data is not None:
            rows_valid = [rows.is_valid() for rows in (figures, citations) if rows.is_bound]
            if all([form.is_valid(), *rows_valid]):
                changed = _changed_rows(citations)
                try:
                    services.claim_correct(
                        claim=claim,
                        actor=request.user,  # type: ignore[arg-type]
                        note=form.cleaned_data["note"],
                        verdict=form.cleaned_data["verdict"] or None,
                        explanation=form.cleaned_data["explanation"] or None,
                        figure_changes={
                            row.instance.pk: row.changes() for row in _changed_rows(figures)
                        },
                        citation_changes={
                            row.instance.pk: row.changes() for row in changed if row.instance.pk
                        },
                        new_citations=[row.changes() for row in changed if not row.instance.pk],
                        expected_version=form.cleaned_data["seen_version"],
                    )
                except (ValidationError, PermissionDenied) as error:
                    _refusal_on_form(form, error)
                    claim.refresh_from_db()  # nothing was stored: show the claim as it is
                else:
                    messages.success(
                        request,
                        f"Correction stored: the claim is now version {claim.version}, "
                        "with your note on its public page.",
                    )
                    return HttpResponseRedirect(
                        reverse("admin:claims_claim_change", args=[claim.pk])
                    )
            else:
                form.add_error(None, "Nothing was stored: fix the fields marked below.")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "claim": claim,
            "form": form,
            "figure_forms": figures,
            "citation_forms": citations,
            "action": "correct",
            "spec": spec,
            "allowed": allowed,
            "refusal": "",
            "evidence": decision_evidence(claim),
            "title": f"{spec['label']}: {claim}",
        }
        return TemplateResponse(request, "admin/claims/claim/workflow.html", context)

    def clear_review_flag_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        claim = self._claim_for_desk(request, object_id)
        if not claim.needs_review:
            refusal = "This claim is not flagged for review."
        elif not claim_access(request.user, claim).can_clear_review_flag:
            refusal = "Only a reviewer may clear a claim's review flag."
        else:
            refusal = ""

        def run(data: dict[str, Any]) -> str:
            user: Any = request.user
            services.claim_clear_review_flag(claim=claim, actor=user, note=data.get("note", ""))
            return "Review flag cleared. Your note is kept in the claim's history."

        return self._action_page(
            request,
            claim,
            action="clear_review_flag",
            spec=CLEAR_REVIEW_FLAG,
            allowed=not refusal,
            refusal=refusal,
            run=run,
        )

    def _claim_for_desk(self, request: HttpRequest, object_id: str) -> Claim:
        claim = get_object_or_404(Claim, pk=object_id)
        # The desk is for the roles: a staff account without one gets no workflow page at all.
        if not claim_access(request.user, claim).can_view or not (
            self.has_view_or_change_permission(request, claim)
        ):
            raise PermissionDenied
        return claim

    def _action_page(
        self,
        request: HttpRequest,
        claim: Claim,
        *,
        action: str,
        spec: dict[str, Any],
        allowed: bool,
        refusal: str,
        run: Callable[[dict[str, Any]], str],
    ) -> HttpResponse:
        """A workflow page: the form on GET; on POST the service's answer, its refusals shown on
        the form's fields, then back to the claim with `run`'s message."""
        initial = {
            "verdict": claim.verdict,
            "explanation": claim.explanation,
            "seen_version": claim.version,
        }
        # A copy, so that a refusal for staleness can move the page on to the version it shows.
        posted = request.POST.copy() if request.method == "POST" else None
        form = WorkflowForm(posted, initial=initial)
        if posted is not None and form.is_valid():
            try:
                done = run(form.cleaned_data)
            except (ValidationError, PermissionDenied) as error:
                _refusal_on_form(form, error)
                if isinstance(error, services.StaleClaimError):
                    # The page re-renders the claim as it now is: a second submit from it is
                    # made on what the reviewer now sees.
                    claim.refresh_from_db()
                    posted["seen_version"] = str(error.current_version)
            else:
                messages.success(request, done)
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "claim": claim,
            "form": form,
            "action": action,
            "spec": spec,
            "allowed": allowed,
            "refusal": refusal,
            # A reviewer decides on the evidence: the page shows it beside the verdict.
            "evidence": decision_evidence(claim) if action == "publish" else None,
            "title": f"{spec['label']}: {claim}",
        }
        return TemplateResponse(request, "admin/claims/claim/workflow.html", context)

    @admin.action(description="Submit selected claims for review")
    def submit_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._bulk(request, queryset, "submit")

    @admin.action(description="Publish selected claims with their proposed verdicts")
    def publish_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        self._bulk(request, queryset, "publish")

    @admin.action(
        description="Re-check quotes against the newest snapshots", permissions=["change"]
    )
    def recheck_quotes(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        """verify_quotes for the sources the selected claims cite, and the parts of those
        sources (a reader comment is checked against its article's text). Every citation of
        those sources is re-checked, whichever claim it belongs to."""
        cited = Source.objects.filter(citations__claim__in=queryset.values("pk"))
        sources = list(
            Source.objects.filter(Q(pk__in=cited.values("pk")) | Q(parent__in=cited.values("pk")))
        )
        if not sources:
            messages.info(request, "The selected claims cite no source: nothing to re-check.")
            return
        report = services.verify_quotes(sources=sources)
        counts = {str(status): report.counts.get(status, 0) for status in RECHECK_COUNTED}
        counts.update(report.counts)
        summary = ", ".join(f"{count} {status}" for status, count in counts.items())
        messages.success(
            request,
            f"Re-checked {sum(report.counts.values())} citation(s) of {len(sources)} source(s) "
            f"against their newest snapshots: {summary}.",
        )
        flagged = Claim.objects.filter(pk__in=report.flagged_claims).order_by("pk")
        if flagged:
            names = "; ".join(f"“{claim}”" for claim in flagged)
            messages.warning(request, f"Flagged for review (a cited quote went missing): {names}.")

    def _bulk(self, request: HttpRequest, queryset: QuerySet[Claim], action: str) -> None:
        done = 0
        for claim in queryset:
            data = {"verdict": claim.verdict, "explanation": claim.explanation, "note": ""}
            try:
                run_workflow_action(action, claim=claim, actor=request.user, data=data)
            except ValidationError as error:
                _errors_to_messages(request, error, prefix=f"“{claim}”: ")
            except PermissionDenied as denied:
                messages.error(request, f"“{claim}”: {denied}")
            else:
                done += 1
        if done:
            messages.success(request, f"{WORKFLOW_ACTIONS[action]['label']}: {done} claim(s) done.")


@admin.register(Figure)
class FigureAdmin(HistoryAdmin):
    """Figures are edited inside their claim; this list is for finding and their history."""

    list_display = ["display", "metric", "claim", "rank", "difference"]
    list_filter = ["unit", "qualifier", "rank", "difference"]
    search_fields = ["metric__name", "claim__statement", "as_written"]
    list_select_related = ["metric", "claim"]

    @admin.display(description="figure")
    def display(self, figure: Figure) -> str:
        return figure.display

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def quote_change_panel(citation: Citation) -> str:
    """The quote's passage before and after its source changed, side by side, the numbers
    marked; "—" while the quote stands."""
    change = selectors.citation_quote_change(citation) if citation.pk is not None else None
    if change is None:
        return "—"
    rendered = render_to_string("admin/claims/citation/_quote_change.html", {"change": change})
    # The admin turns a read-only value's line breaks into <br>: the template's own would
    # break the layout. The template escaped every text it shows.
    return mark_safe(rendered.replace("\n", " "))  # noqa: S308


@admin.register(Citation)
class CitationAdmin(HistoryAdmin):
    """Citations are edited inside their claim; this list is for finding and their history,
    and a changed quote's before and after."""

    list_display = ["quote", "source", "claim", "role", "status_badge"]
    list_filter = ["quote_status", "role", "source"]
    search_fields = ["quote", "claim__statement", "source__title"]
    list_select_related = ["source", "claim", "source__publisher"]
    readonly_fields = ["before_and_after"]

    @admin.display(description="before and after")
    def before_and_after(self, citation: Citation) -> str:
        return quote_change_panel(citation)

    @admin.display(description="quote status", ordering="quote_status")
    def status_badge(self, citation: Citation) -> str:
        return badge(
            citation.get_quote_status_display(),
            QUOTE_BADGE_CLASS[QuoteStatus(citation.quote_status)],
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(CompetingProposal)
class CompetingProposalAdmin(admin.ModelAdmin):
    list_display = ["origin", "figure_display", "metric", "existing", "reason", "status"]
    list_filter = ["status", "value_differs"]
    list_select_related = ["suggestion__source", "figure__claim", "metric", "existing_figure"]
    actions = ["accept_selected", "dismiss_selected"]

    @admin.display(description="new figure")
    def figure_display(self, proposal: CompetingProposal) -> str:
        return proposal.new_figure_label

    @admin.display(description="recorded figure")
    def existing(self, proposal: CompetingProposal) -> str:
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:claims_claim_change", args=[proposal.existing_figure.claim_id]),
            proposal.existing_figure.display,
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.has_perm("claims.view_claim")

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "<int:pk>/accept/",
                self.admin_site.admin_view(self.accept_view),
                name="claims_competingproposal_accept",
            ),
            path(
                "<int:pk>/dismiss/",
                self.admin_site.admin_view(self.dismiss_view),
                name="claims_competingproposal_dismiss",
            ),
        ]
        return own + super().get_urls()

    def accept_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._decide_one(request, pk, accept=True)

    def dismiss_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._decide_one(request, pk, accept=False)

    def _decide_one(self, request: HttpRequest, pk: int, accept: bool) -> HttpResponse:
        """The claim page's buttons: decide, then go back to the page they were pressed on."""
        proposal = get_object_or_404(
            CompetingProposal.objects.select_related(
                "figure", "suggestion", "existing_figure", "metric"
            ),
            pk=pk,
        )
        back = str(request.POST.get("next", ""))
        if not url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            back = reverse("admin:claims_claim_change", args=[_claim_id_of(proposal)])
        if request.method != "POST":
            return HttpResponseRedirect(back)
        try:
            services.proposal_decide(
                proposal=proposal,
                actor=request.user,  # type: ignore[arg-type]
                accept=accept,
            )
        except (ValidationError, PermissionDenied) as error:
            report_error(request, error)
        else:
            if accept:
                messages.success(
                    request,
                    f"Linked: {proposal.new_figure_label} is recorded as a competing figure "
                    f"for “{proposal.metric}”.",
                )
            else:
                messages.success(request, "Dismissed: this pair will not be proposed again.")
        return HttpResponseRedirect(back)

    def _decide_all(
        self, request: HttpRequest, queryset: QuerySet[CompetingProposal], accept: bool
    ) -> None:
        for proposal in queryset.filter(status=DecisionStatus.PENDING):
            try:
                services.proposal_decide(
                    proposal=proposal,
                    actor=request.user,  # type: ignore[arg-type]
                    accept=accept,
                )
            except (ValidationError, PermissionDenied) as error:
                report_error(request, error)

    @admin.action(description="Link: record as competing figures for that metric")
    def accept_selected(self, request: HttpRequest, queryset: QuerySet[CompetingProposal]) -> None:
        self._decide_all(request, queryset, accept=True)

    @admin.action(description="Dismiss the selected proposals")
    def dismiss_selected(self, request: HttpRequest, queryset: QuerySet[CompetingProposal]) -> None:
        self._decide_all(request, queryset, accept=False)


def _claim_id_of(proposal: CompetingProposal) -> int:
    """The claim whose page shows the proposal: the new figure's, else the look-alike's."""
    if proposal.figure is not None:
        return proposal.figure.claim_id
    if proposal.suggestion is not None and proposal.suggestion.claim_id is not None:
        return proposal.suggestion.claim_id
    return proposal.existing_figure.claim_id


@admin.register(ClaimVersion)
class ClaimVersionAdmin(admin.ModelAdmin):
    """Every frozen public version, for the audit trail: read-only, as the table is."""

    list_display = ["claim", "version", "kind", "note_start", "actor", "created_at"]
    list_filter = ["kind", "created_at"]
    search_fields = ["claim__statement", "note"]
    list_select_related = ["claim", "actor"]
    readonly_fields = ["claim", "version", "kind", "note", "actor", "created_at", "document"]

    @admin.display(description="note")
    def note_start(self, version: ClaimVersion) -> str:
        return version.note[:80]

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.has_perm("claims.view_claim"))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


# Registered here, not in sources.admin: saving an entity or a source that published claims show
# is claims' business (their versions and public notes), and sources may not import claims.
@admin.register(Entity)
class EntityAdmin(BaseEntityAdmin, SharedRecordAdmin):  # type: ignore[misc]
    pass


@admin.register(Source)
class SourceAdmin(BaseSourceAdmin, SharedRecordAdmin):  # type: ignore[misc]
    pass
