"""Article intake in the admin: an "Add article" page (paste text or give a URL) and the queue
of suggested claims with accept and dismiss buttons. Every decision goes through
intake.services."""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse

from claims.admin import DECISION_BADGE_CLASS, badge, report_error
from claims.models import CompetingProposal, DecisionStatus
from intake import services
from intake.fetch import FetchError
from intake.ingest import IngestError
from intake.models import Suggestion

SUGGESTION_READONLY = [
    "source",
    "snapshot",
    "sentence",
    "quote",
    "quote_start",
    "quote_end",
    "prefix",
    "suffix",
    "figures",
    "section",
    "claimant_name",
    "claimant_kind",
    "attribution",
    "score",
    "reason",
    "status",
    "claim",
    "decided_by",
    "decided_at",
    "decision_note",
]
PROPOSAL_FIELDS = [
    "figure_index",
    "metric",
    "existing_figure",
    "similarity",
    "value_differs",
    "status",
]


class AddArticleForm(forms.Form):
    url = forms.URLField(required=False, label="URL", assume_scheme="https")
    text = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 16, "cols": 100}), label="Or paste"
    )
    title = forms.CharField(required=False, max_length=500)
    publisher = forms.CharField(required=False, max_length=200, help_text="An entity name.")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("url") and not cleaned.get("text", "").strip():
            raise ValidationError("Give the article's URL or paste its text.")
        return cleaned


class ProposalInline(admin.TabularInline):
    model = CompetingProposal
    fields = tuple(PROPOSAL_FIELDS)
    readonly_fields = PROPOSAL_FIELDS
    extra = 0
    can_delete = False
    verbose_name_plural = "Competing figures already recorded"

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ["quote", "figure_summary", "claimant_display", "score", "section", "badge"]
    list_filter = ["status", "section", "source"]
    search_fields = ["sentence", "claimant_name"]
    list_select_related = ["source", "claimant"]
    ordering = ["status", "-score", "id"]
    readonly_fields = SUGGESTION_READONLY
    fields = ("claimant", *SUGGESTION_READONLY)
    autocomplete_fields = ["claimant"]
    inlines = [ProposalInline]
    actions = ["accept_selected", "dismiss_selected"]
    change_form_template = "admin/intake/suggestion/change_form.html"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Only the claimant may be chosen, and only before the decision.
        allowed = request.user.has_perm("claims.add_claim")
        return allowed and (obj is None or obj.status == DecisionStatus.PENDING)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.has_perm("claims.view_claim")

    @admin.display(description="claimant")
    def claimant_display(self, suggestion: Suggestion) -> str:
        return str(suggestion.claimant or suggestion.claimant_name or "(publisher)")

    @admin.display(description="decision", ordering="status")
    def badge(self, suggestion: Suggestion) -> str:
        return badge(
            suggestion.get_status_display(),
            DECISION_BADGE_CLASS[DecisionStatus(suggestion.status)],
        )

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "add-article/",
                self.admin_site.admin_view(self.add_article_view),
                name="intake_suggestion_add_article",
            ),
            path(
                "<int:pk>/accept/",
                self.admin_site.admin_view(self.accept_view),
                name="intake_suggestion_accept",
            ),
            path(
                "<int:pk>/dismiss/",
                self.admin_site.admin_view(self.dismiss_view),
                name="intake_suggestion_dismiss",
            ),
        ]
        return own + super().get_urls()

    def add_article_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm("claims.add_claim"):
            raise PermissionDenied
        form = AddArticleForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                report = services.source_ingest(
                    text=form.cleaned_data["text"],
                    url=form.cleaned_data["url"],
                    origin="pasted in the admin" if form.cleaned_data["text"] else "",
                    title=form.cleaned_data["title"],
                    publisher_name=form.cleaned_data["publisher"],
                    actor=request.user,  # type: ignore[arg-type]
                )
            except (FetchError, IngestError, ValidationError) as error:
                report_error(request, error)
            else:
                messages.success(
                    request,
                    f"{report.source}: {len(report.suggestions)} new suggestions "
                    f"({report.suggestions_already_there} already there), "
                    f"{report.proposals} competing-figure proposals.",
                )
                changelist = reverse("admin:intake_suggestion_changelist")
                return HttpResponseRedirect(f"{changelist}?source__id__exact={report.source.pk}")
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/intake/suggestion/add_article.html", context)

    def _decide(self, request: HttpRequest, pk: int, accept: bool) -> HttpResponse:
        suggestion = get_object_or_404(Suggestion, pk=pk)
        back = reverse("admin:intake_suggestion_change", args=[pk])
        if request.method != "POST":
            return HttpResponseRedirect(back)
        try:
            if accept:
                claim = services.suggestion_accept(
                    suggestion=suggestion,
                    actor=request.user,  # type: ignore[arg-type]
                )
                messages.success(request, "Accepted: a draft claim now holds it.")
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
            services.suggestion_dismiss(
                suggestion=suggestion,
                actor=request.user,  # type: ignore[arg-type]
                note=str(request.POST.get("note", "")),
            )
            messages.success(request, "Dismissed.")
        except (ValidationError, PermissionDenied) as error:
            report_error(request, error)
        return HttpResponseRedirect(back)

    def accept_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._decide(request, pk, accept=True)

    def dismiss_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self._decide(request, pk, accept=False)

    @admin.action(description="Accept the selected suggestions as draft claims")
    def accept_selected(self, request: HttpRequest, queryset: QuerySet[Suggestion]) -> None:
        self._decide_all(request, queryset, services.suggestion_accept, "accepted")

    @admin.action(description="Dismiss the selected suggestions")
    def dismiss_selected(self, request: HttpRequest, queryset: QuerySet[Suggestion]) -> None:
        self._decide_all(request, queryset, services.suggestion_dismiss, "dismissed")

    def _decide_all(
        self,
        request: HttpRequest,
        queryset: QuerySet[Suggestion],
        decide: Callable[..., Any],
        verb: str,
    ) -> None:
        done = 0
        for suggestion in queryset.filter(status=DecisionStatus.PENDING):
            try:
                decide(suggestion=suggestion, actor=request.user)
                done += 1
            except (ValidationError, PermissionDenied) as error:
                report_error(request, error)
        messages.info(request, f"{done} {verb}.")
