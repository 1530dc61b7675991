"""The fact-checkers' desk: claims with their figures and citations, competing figures side by
side, and the workflow as buttons that call the same services as the API."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, HistoricalChanges, ModelChange
from simple_history.template_utils import HistoricalRecordContextHelper

from claims import services
from claims.embed import embed_snippets
from claims.models import (
    Citation,
    Claim,
    ClaimEdit,
    ClaimStatus,
    ClaimTransition,
    CompetingProposal,
    DecisionStatus,
    Figure,
    Metric,
    QuoteStatus,
    Topic,
    Verdict,
)
from claims.permissions import claim_access, claim_authors
from claims.selectors import competing_sets_for
from sources.models import Source

QUOTE_BADGE_CLASS = {
    QuoteStatus.FOUND: "tally-badge--ok",
    QuoteStatus.PARAPHRASE: "tally-badge--info",
    QuoteStatus.UNCHECKED: "tally-badge--muted",
    QuoteStatus.MISSING: "tally-badge--bad",
    QuoteStatus.MOVED: "tally-badge--info",
    QuoteStatus.CHANGED: "tally-badge--warn",
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


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
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
class MetricAdmin(HistoryAdmin):
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


class FigureInline(admin.StackedInline):
    """Rows are saved by ClaimAdmin.save_formset through the services, never directly."""

    model = Figure
    extra = 0
    autocomplete_fields = ["metric"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "metric",
                    ("qualifier", "value", "unit", "currency"),
                    ("date_value", "date_value_precision"),
                    ("lower_bound", "upper_bound"),
                    ("period", "as_written"),
                    ("rank", "difference"),
                    "difference_note",
                ]
            },
        )
    ]


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


class CitationInline(admin.StackedInline):
    model = Citation
    form = CitationInlineForm
    extra = 0
    autocomplete_fields = ["source"]
    fields = ["source", "role", "quote", "is_paraphrase", "quote_badge", "anchor"]
    readonly_fields = ["quote_badge", "anchor"]

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
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "cols": 80}), required=False)
    verdict = forms.ChoiceField(choices=[("", "—"), *Verdict.choices], required=False)
    explanation = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}), required=False
    )


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


def run_workflow_action(action: str, *, claim: Claim, actor: Any, data: dict[str, Any]) -> Claim:
    note = data.get("note", "") or ""
    if action == "submit":
        return services.claim_submit_for_review(claim=claim, actor=actor, note=note)
    if action == "return":
        return services.claim_return_to_draft(claim=claim, actor=actor, note=note)
    if action == "publish":
        return services.claim_publish(
            claim=claim,
            actor=actor,
            verdict=data.get("verdict", ""),
            explanation=data.get("explanation", ""),
            note=note,
        )
    if action == "correct":
        return services.claim_correct(
            claim=claim,
            actor=actor,
            note=note,
            verdict=data.get("verdict") or None,
            explanation=data.get("explanation") or None,
        )
    if action == "retract":
        return services.claim_retract(claim=claim, actor=actor, reason=note)
    raise Http404("Unknown workflow action")


@admin.register(Claim)
class ClaimAdmin(HistoryAdmin):
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
        initial = {"verdict": claim.verdict, "explanation": claim.explanation}
        form = WorkflowForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid():
            try:
                done = run(form.cleaned_data)
            except ValidationError as error:
                if not hasattr(error, "error_dict"):
                    form.add_error(None, error.messages)
                for field, field_errors in getattr(error, "message_dict", {}).items():
                    form.add_error(field if field in form.fields else None, field_errors)
            except PermissionDenied as denied:
                form.add_error(None, str(denied) or "You may not do this.")
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


@admin.register(Citation)
class CitationAdmin(HistoryAdmin):
    """Citations are edited inside their claim; this list is for finding and their history."""

    list_display = ["quote", "source", "claim", "role", "status_badge"]
    list_filter = ["quote_status", "role", "source"]
    search_fields = ["quote", "claim__statement", "source__title"]
    list_select_related = ["source", "claim", "source__publisher"]

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
