"""Article intake in the admin: an "Add article" page (paste text or give a URL) and the queue
of suggested claims, each on a page that shows its sentence in its paragraph and takes the
fact-checker's decision in one form (who says it, the metric of each figure, accept or dismiss).
Every decision goes through intake.services."""

import json
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from claims.admin import DECISION_BADGE_CLASS, badge, report_error
from claims.models import Claim, DecisionStatus, Metric, Qualifier, Unit, figure_display
from claims.selectors import PossibleDuplicate
from claims.services.records import DuplicateRecordError, appearance_offered
from core.autocomplete import IdAutocompleteAdmin, IdAutocompleteSelect
from core.ids import parse_id
from intake import services
from intake.fetch import FetchError
from intake.ingest import IngestError
from intake.models import ArticleFetch, Suggestion
from intake.selectors import MetricChoices, metric_choices
from sources.models import Entity, EntityKind

DETAIL_FIELDS = [
    "quote",
    "quote_start",
    "quote_end",
    "sentence_start",
    "sentence_end",
    "prefix",
    "suffix",
    "section",
    "attribution",
    "claimant_kind",
    "score",
    "reason",
    "snapshot",
]


class AddArticleForm(forms.Form):
    url = forms.URLField(required=False, label="URL", assume_scheme="https")
    # One per form shown: posting it twice (a double click, a reload) asks for one fetch.
    request_key = forms.CharField(
        widget=forms.HiddenInput,
        max_length=64,
        required=False,
        # Nobody types it: a key that is not one we issued says what to do about it.
        error_messages={
            "max_length": "This form's key was not issued by Tally: open Add article again."
        },
    )
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


def figure_in_words(figure: dict[str, Any]) -> str:
    """A suggested figure as a reader would say it, with what it is: "nearly 60% (a share, said
    as “almost 60 percent”)"."""
    try:
        value: Decimal | None = Decimal(str(figure.get("value")))
    except (InvalidOperation, ValueError):
        value = None
    unit = str(figure.get("unit", ""))
    qualifier = str(figure.get("qualifier") or Qualifier.EXACT)
    said = figure_display(
        unit=unit,
        value=value,
        qualifier=qualifier,
        currency=str(figure.get("currency", "")),
        date_value=None,
        date_value_precision="unknown",
    )
    unit_words = Unit(unit).label if unit in Unit.values else unit
    qualifier_words = Qualifier(qualifier).label if qualifier in Qualifier.values else qualifier
    return f"{said} ({unit_words}, {qualifier_words})"


def sentence_in_paragraph(suggestion: Suggestion) -> SafeString:
    """The suggestion's paragraph from its snapshot, the sentence marked."""
    text = suggestion.snapshot.text
    start, end = suggestion.sentence_start, suggestion.sentence_end
    if not (0 <= start < end <= len(text)):
        return format_html("<mark>{}</mark>", suggestion.sentence)
    before = text.rfind("\n", 0, start) + 1
    after = text.find("\n", end)
    after = len(text) if after == -1 else after
    return format_html("{}<mark>{}</mark>{}", text[before:start], text[start:end], text[end:after])


class ClaimantChoiceField(forms.ModelChoiceField):
    """A recorded entity by id (core.ids): whatever else is posted ("abc", "1_0", a NUL byte, a
    number past bigint) is "Select a valid choice", one message for every value that names no
    entity. (The 500s such values caused came from the autocomplete widget, which
    core.autocomplete mends for every admin form.)"""

    def to_python(self, value: Any) -> Any:
        if value not in self.empty_values and parse_id(str(value)) is None:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


class DecisionForm(forms.Form):
    """One form for the decision: who says it, each figure's metric (a recorded one or a new
    name, never made up), and a note for dismissing. Checked only when accepting."""

    claimant = ClaimantChoiceField(
        queryset=Entity.objects.all(),
        required=False,
        label="Who says it",
        help_text="Search the recorded entities…",
    )
    new_claimant = forms.CharField(
        required=False, max_length=200, label="…or, when none is chosen, a new entity named"
    )
    new_claimant_kind = forms.ChoiceField(
        choices=EntityKind.choices, required=False, label="of kind"
    )
    note = forms.CharField(
        required=False,
        label="Note (when dismissing)",
        widget=forms.TextInput(attrs={"size": 60, "placeholder": "Why it is not a claim"}),
    )

    def __init__(
        self,
        *args: Any,
        suggestion: Suggestion,
        choices: list[MetricChoices],
        admin_site: admin.AdminSite,
        accepting: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.suggestion = suggestion
        self.accepting = accepting
        claimant: Any = self.fields["claimant"]
        claimant.widget = IdAutocompleteSelect(
            Suggestion._meta.get_field("claimant"), admin_site, attrs={"style": "width:22em"}
        )
        claimant.widget.choices = claimant.choices
        self.metrics_by_id: dict[str, Metric] = {}
        for index, (figure, choice) in enumerate(zip(suggestion.figures, choices, strict=True)):
            groups: list[Any] = [("", "— choose the metric it measures —")]
            if choice.best:
                groups.append(
                    (
                        "Best matches",
                        [(str(m.metric.pk), f"{m.metric} · {m.why}") for m in choice.best],
                    )
                )
            if choice.others:
                groups.append(
                    (
                        f"Other metrics in {Unit(figure['unit']).label}",
                        [(str(metric.pk), str(metric)) for metric in choice.others],
                    )
                )
            for metric in [m.metric for m in choice.best] + choice.others:
                self.metrics_by_id[str(metric.pk)] = metric
            self.fields[f"metric_{index}"] = forms.ChoiceField(
                choices=groups, required=False, label="Metric"
            )
            self.fields[f"new_metric_{index}"] = forms.CharField(
                required=False,
                max_length=280,
                label="…or a new metric named",
                widget=forms.TextInput(
                    attrs={"size": 50, "placeholder": "e.g. Reported crime, year on year"}
                ),
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not self.accepting:
            return cleaned
        if not cleaned.get("claimant") and not cleaned.get("new_claimant", "").strip():
            self.add_error("claimant", "Choose who says it, or name a new entity.")
        for index, _ in enumerate(self.suggestion.figures):
            chosen = cleaned.get(f"metric_{index}")
            named = " ".join(cleaned.get(f"new_metric_{index}", "").split())
            if chosen and named:
                self.add_error(
                    f"new_metric_{index}", "Choose a recorded metric or name a new one, not both."
                )
            elif not chosen and not named:
                self.add_error(
                    f"metric_{index}",
                    "Choose the metric this figure measures, or name a new one.",
                )
        return cleaned

    def chosen_claimant(self) -> Entity | str:
        return self.cleaned_data.get("claimant") or self.cleaned_data["new_claimant"]

    def chosen_metrics(self) -> dict[int, services.MetricChoice]:
        chosen: dict[int, services.MetricChoice] = {}
        for index, _ in enumerate(self.suggestion.figures):
            picked = self.cleaned_data.get(f"metric_{index}")
            chosen[index] = (
                self.metrics_by_id[picked]
                if picked
                else " ".join(self.cleaned_data.get(f"new_metric_{index}", "").split())
            )
        return chosen

    def figure_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "index": index,
                "as_written": figure.get("as_written", ""),
                "words": figure_in_words(figure),
                "metric": self[f"metric_{index}"],
                "new_metric": self[f"new_metric_{index}"],
            }
            for index, figure in enumerate(self.suggestion.figures)
        ]


@admin.register(Suggestion)
class SuggestionAdmin(IdAutocompleteAdmin, admin.ModelAdmin):
    list_display = ["quote", "badge", "figure_summary", "claimant_display", "score", "section"]
    list_filter = ["status", "section", "source"]
    search_fields = ["sentence", "claimant_name"]
    list_select_related = ["source", "claimant"]
    ordering = ["status", "-score", "id"]
    # The decision page's claimant search (DecisionForm) asks the autocomplete for this field.
    autocomplete_fields = ["claimant"]
    actions = ["accept_selected", "dismiss_selected"]
    change_form_template = "admin/intake/suggestion/change_form.html"
    change_list_template = "admin/intake/suggestion/change_list.html"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Only a decision changes a suggestion, and only before it is decided.
        allowed = request.user.has_perm("claims.add_claim")
        return allowed and (obj is None or obj.status == DecisionStatus.PENDING)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return request.user.has_perm("claims.view_claim")

    def has_module_permission(self, request: HttpRequest) -> bool:
        # Listed on the admin index and in its sidebar for whoever reads the queue.
        return self.has_view_permission(request)

    @admin.display(description="claimant")
    def claimant_display(self, suggestion: Suggestion) -> str:
        return str(suggestion.claimant or suggestion.claimant_name or "(publisher)")

    @admin.display(description="decision", ordering="status")
    def badge(self, suggestion: Suggestion) -> str:
        """Its decision, and for a pending one already recorded, "already checked" with the
        claims that hold it."""
        status = badge(
            suggestion.get_status_display(),
            DECISION_BADGE_CLASS[DecisionStatus(suggestion.status)],
        )
        duplicates: list[PossibleDuplicate] = getattr(suggestion, "duplicates", [])
        if not duplicates:
            return status
        return format_html(
            '{} <span class="already-checked">{} {}</span>',
            status,
            badge("Already checked", "tally-badge--warn"),
            format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                (
                    (reverse("admin:claims_claim_change", args=[d.claim.pk]), d.claim)
                    for d in duplicates
                ),
            ),
        )

    def get_changelist_instance(self, request: HttpRequest) -> Any:
        """The page of suggestions, each pending one with the claims that already record it
        (its quote, or a figure on an accepted proposal's metric from its source)."""
        changelist = super().get_changelist_instance(request)
        user: Any = request.user
        if user.has_perm("claims.add_claim"):
            for suggestion in changelist.result_list:
                if suggestion.status == DecisionStatus.PENDING:
                    suggestion.duplicates = services.suggestion_duplicates(
                        suggestion=suggestion, actor=user
                    )
        return changelist

    def get_urls(self) -> list[URLPattern]:
        own = [
            path(
                "add-article/",
                self.admin_site.admin_view(self.add_article_view),
                name="intake_suggestion_add_article",
            ),
            path(
                "add-article/<int:pk>/",
                self.admin_site.admin_view(self.article_fetch_view),
                name="intake_suggestion_article_fetch",
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
            path(
                "<int:pk>/attach/<int:claim_id>/",
                self.admin_site.admin_view(self.attach_view),
                name="intake_suggestion_attach",
            ),
        ]
        return own + super().get_urls()

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        """The suggestion's page: its sentence in its paragraph, and the decision's form."""
        suggestion = self.get_object(request, object_id)
        if suggestion is None:
            return self._get_obj_does_not_exist_redirect(  # type: ignore[attr-defined]
                request, self.opts, object_id
            )
        if not self.has_view_permission(request, suggestion):
            raise PermissionDenied
        decision = str(request.POST.get("decision", "")) if request.method == "POST" else ""
        return self._decision_page(request, suggestion, decision)

    def accept_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        suggestion = get_object_or_404(Suggestion, pk=pk)
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:intake_suggestion_change", args=[pk]))
        anyway = request.POST.get("allow_duplicate") == "1"
        return self._decision_page(request, suggestion, "accept_anyway" if anyway else "accept")

    def dismiss_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        suggestion = get_object_or_404(Suggestion, pk=pk)
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:intake_suggestion_change", args=[pk]))
        return self._decision_page(request, suggestion, "dismiss")

    def _decision_form(
        self, request: HttpRequest, suggestion: Suggestion, accepting: bool
    ) -> DecisionForm:
        choices = [metric_choices(suggestion, index) for index in range(len(suggestion.figures))]
        data = request.POST if request.method == "POST" else None
        return DecisionForm(
            data,
            suggestion=suggestion,
            choices=choices,
            admin_site=self.admin_site,
            accepting=accepting,
            initial=self._initial_claimant(suggestion),
        )

    @staticmethod
    def _initial_claimant(suggestion: Suggestion) -> dict[str, Any]:
        """Who the article says says it: an entity already recorded under that name, else the
        name for a new one, else the publisher."""
        if suggestion.claimant is not None:
            return {"claimant": suggestion.claimant}
        if suggestion.claimant_name:
            known = Entity.objects.filter(name__iexact=suggestion.claimant_name).first()
            if known is not None:
                return {"claimant": known}
            return {
                "new_claimant": suggestion.claimant_name,
                "new_claimant_kind": suggestion.claimant_kind or EntityKind.ORGANISATION,
            }
        if suggestion.source.publisher is not None:
            return {"claimant": suggestion.source.publisher}
        return {}

    def _decision_page(
        self, request: HttpRequest, suggestion: Suggestion, decision: str
    ) -> HttpResponse:
        user: Any = request.user
        may_decide = self.has_change_permission(request, suggestion)
        if decision and not may_decide:
            raise PermissionDenied
        accepting = decision in ("accept", "accept_anyway")
        form = self._decision_form(request, suggestion, accepting)
        duplicates: list[PossibleDuplicate] | None = None
        if decision == "dismiss" and form.is_valid():
            try:
                services.suggestion_dismiss(
                    suggestion=suggestion, actor=user, note=form.cleaned_data["note"]
                )
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                messages.success(request, f"Dismissed {suggestion}.")
                changelist = reverse("admin:intake_suggestion_changelist")
                return HttpResponseRedirect(
                    f"{changelist}?status__exact=pending&source__id__exact={suggestion.source_id}"
                )
        elif accepting and form.is_valid():
            try:
                claim = services.suggestion_accept(
                    suggestion=suggestion,
                    actor=user,
                    claimant=form.chosen_claimant(),
                    claimant_kind=form.cleaned_data.get("new_claimant_kind", ""),
                    metrics=form.chosen_metrics(),
                    allow_duplicate=decision == "accept_anyway",
                )
            except DuplicateRecordError as error:
                duplicates = error.duplicates
                form.add_error(
                    None,
                    "Already checked: another claim records this. Add this source to it as "
                    "another appearance, or accept it as a new claim anyway.",
                )
            except ValidationError as error:
                self._errors_onto(form, error)
            else:
                messages.success(request, "Accepted: a draft claim now holds it.")
                return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))
        if duplicates is None and suggestion.status == DecisionStatus.PENDING and may_decide:
            chosen = form.chosen_metrics() if form.is_bound and form.is_valid() else None
            duplicates = services.suggestion_duplicates(
                suggestion=suggestion, actor=user, metrics=chosen
            )
        return TemplateResponse(
            request,
            self.change_form_template,
            self._page_context(request, suggestion, form, duplicates or [], may_decide),
        )

    @staticmethod
    def _errors_onto(form: DecisionForm, error: ValidationError) -> None:
        if not hasattr(error, "error_dict"):
            form.add_error(None, error.messages)
            return
        for field, problems in error.message_dict.items():
            form.add_error(field if field == "claimant" else None, problems)

    def _page_context(
        self,
        request: HttpRequest,
        suggestion: Suggestion,
        form: DecisionForm,
        duplicates: list[PossibleDuplicate],
        may_decide: bool,
    ) -> dict[str, Any]:
        user: Any = request.user
        proposals = suggestion.proposals.select_related(
            "metric", "existing_figure__claim"
        ).order_by("figure_index", "-similarity")
        details = [(name.replace("_", " "), getattr(suggestion, name)) for name in DETAIL_FIELDS]
        details.append(("figures (as parsed)", json.dumps(suggestion.figures, indent=1)))
        return {
            **self.admin_site.each_context(request),
            "title": f"Suggested claim {suggestion}",
            "subtitle": None,
            "opts": self.opts,
            "original": suggestion,
            "suggestion": suggestion,
            "has_view_permission": True,
            "paragraph": sentence_in_paragraph(suggestion),
            "form": form,
            "figure_rows": form.figure_rows(),
            "media": self.media + form.media,
            "may_decide": may_decide and suggestion.status == DecisionStatus.PENDING,
            "proposals": proposals,
            "details": details,
            "duplicates": [
                {
                    "duplicate": duplicate,
                    "offered": appearance_offered(
                        duplicate=duplicate, actor=user, source=suggestion.source
                    ),
                }
                for duplicate in duplicates
            ],
        }

    def add_article_view(self, request: HttpRequest) -> HttpResponse:
        """Pasted text is read at once; a URL is fetched by a worker, and the page answers at
        once with the fetch's progress (article_fetch_view)."""
        if not request.user.has_perm("claims.add_claim"):
            raise PermissionDenied
        form = AddArticleForm(request.POST or None, initial={"request_key": uuid.uuid4().hex})
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                if data["url"] and not data["text"].strip():
                    fetch = services.article_fetch_request(
                        url=data["url"],
                        title=data["title"],
                        publisher_name=data["publisher"],
                        request_key=data["request_key"] or uuid.uuid4().hex,
                        actor=request.user,  # type: ignore[arg-type]
                    )
                    return HttpResponseRedirect(
                        reverse("admin:intake_suggestion_article_fetch", args=[fetch.pk])
                    )
                report = services.source_ingest(
                    text=data["text"],
                    url=data["url"],
                    origin="pasted in the admin",
                    title=data["title"],
                    publisher_name=data["publisher"],
                    actor=request.user,  # type: ignore[arg-type]
                )
            except (FetchError, IngestError, ValidationError) as error:
                if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
                    for field, problems in error.message_dict.items():
                        form.add_error(field if field in form.fields else None, problems)
                else:
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
            "recent_fetches": ArticleFetch.objects.filter(requested_by_id=request.user.pk)[:5],
        }
        return TemplateResponse(request, "admin/intake/suggestion/add_article.html", context)

    def article_fetch_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """An article being fetched in the background: its progress (the page reloads itself
        every few seconds, no script needed), then its suggestions, or why it failed."""
        if not request.user.has_perm("claims.add_claim"):
            raise PermissionDenied
        fetch = get_object_or_404(ArticleFetch.objects.select_related("source"), pk=pk)
        context = {
            **self.admin_site.each_context(request),
            "title": "Fetching an article" if not fetch.finished else "Article fetched",
            "fetch": fetch,
            "opts": self.model._meta,
            "suggestions_url": (
                reverse("admin:intake_suggestion_changelist")
                + f"?source__id__exact={fetch.source_id}"
                if fetch.source_id
                else ""
            ),
        }
        return TemplateResponse(request, "admin/intake/suggestion/article_fetch.html", context)

    def attach_view(self, request: HttpRequest, pk: int, claim_id: int) -> HttpResponse:
        """The "already checked" panel's button: cite the suggestion's source on an existing
        claim as another appearance, rather than record it as a new claim."""
        suggestion = get_object_or_404(Suggestion, pk=pk)
        back = reverse("admin:intake_suggestion_change", args=[pk])
        if request.method != "POST":
            return HttpResponseRedirect(back)
        claim = get_object_or_404(Claim.objects.visible_to(request.user), pk=claim_id)
        try:
            services.suggestion_attach(
                suggestion=suggestion,
                claim=claim,
                actor=request.user,  # type: ignore[arg-type]
            )
        except (ValidationError, PermissionDenied) as error:
            report_error(request, error)
            return HttpResponseRedirect(back)
        messages.success(
            request, f"Added {suggestion.source} to “{claim}” as another appearance of the quote."
        )
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    # Only where an accepted competing-figure proposal chose each figure's metric: a metric is
    # chosen by a fact-checker on the suggestion's page, never made up.
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
