"""Article intake in the admin: an "Add article" page (paste text or give a URL), the queue of
suggested claims with accept and dismiss buttons, and competing-figure proposals. Every
decision goes through the services in claims/services.py."""

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
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme

from claims import services
from claims.admin import badge
from claims.intake_models import CompetingProposal, DecisionStatus, Suggestion
from sources.intake.fetch import FetchError
from sources.intake.ingest import IngestError

DECISION_BADGE_CLASS = {
    DecisionStatus.PENDING: "tally-badge--info",
    DecisionStatus.ACCEPTED: "tally-badge--ok",
    DecisionStatus.DISMISSED: "tally-badge--muted",
}


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


def _report(request: HttpRequest, error: Exception) -> None:
    if isinstance(error, ValidationError):
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.error(request, str(error))


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
    change_form_template = "admin/claims/suggestion/change_form.html"

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
                name="claims_suggestion_add_article",
            ),
            path(
                "<int:pk>/accept/",
                self.admin_site.admin_view(self.accept_view),
                name="claims_suggestion_accept",
            ),
            path(
                "<int:pk>/dismiss/",
                self.admin_site.admin_view(self.dismiss_view),
                name="claims_suggestion_dismiss",
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
                _report(request, error)
            else:
                messages.success(
                    request,
                    f"{report.source}: {len(report.suggestions)} new suggestions "
                    f"({report.suggestions_already_there} already there), "
                    f"{report.proposals} competing-figure proposals.",
                )
                changelist = reverse("admin:claims_suggestion_changelist")
                return HttpResponseRedirect(f"{changelist}?source__id__exact={report.source.pk}")
        context = {
            **self.admin_site.each_context(request),
            "title": "Add article",
            "form": form,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/claims/suggestion/add_article.html", context)

    def _decide(self, request: HttpRequest, pk: int, accept: bool) -> HttpResponse:
        suggestion = get_object_or_404(Suggestion, pk=pk)
        back = reverse("admin:claims_suggestion_change", args=[pk])
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
            _report(request, error)
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
                _report(request, error)
        messages.info(request, f"{done} {verb}.")


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
            _report(request, error)
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
                _report(request, error)

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
