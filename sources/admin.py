"""Admin for entities, sources and their archived snapshots. Entities and sources are registered by
claims.admin, which adds what saving one that published claims show takes."""

from django.contrib import admin
from django.db import models
from django.db.models import Count, QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from core.autocomplete import IdAutocompleteAdmin
from sources.models import Snapshot, Source, SourceCheck

# An address typed without its scheme ("example.org/report") is taken as https, as the intake
# and webhook forms take it: the web's default now, and Django 6's (whose 5.x default, http,
# warns on every form built).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class EntityAdmin(SimpleHistoryAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


class SnapshotInline(admin.TabularInline):
    model = Snapshot
    extra = 0
    fields = ["retrieved_at", "origin", "sha256", "length"]
    readonly_fields = ["retrieved_at", "origin", "sha256", "length"]
    can_delete = False
    show_change_link = True

    @admin.display(description="characters")
    def length(self, snapshot: Snapshot) -> int:
        return len(snapshot.text)

    def has_add_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False


class SourceAdmin(IdAutocompleteAdmin, SimpleHistoryAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = [
        "__str__",
        "kind",
        "publisher",
        "published_on_display",
        "snapshot_count",
        "citation_count",
    ]
    list_filter = ["kind", "publisher", "published_on_precision", "language"]
    search_fields = ["title", "url", "description", "publisher__name"]
    autocomplete_fields = ["publisher", "parent"]
    readonly_fields = ["seed_key"]
    inlines = [SnapshotInline]
    fieldsets = [
        (
            None,
            {"fields": ["kind", "title", "publisher", "authors", "url", "parent", "description"]},
        ),
        ("Date and language", {"fields": [("published_on", "published_on_precision"), "language"]}),
        ("Seed", {"fields": ["seed_key"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return (
            super()
            .get_queryset(request)
            .select_related("publisher")
            .annotate(
                _snapshots=Count("snapshots", distinct=True),
                _citations=Count("citations", distinct=True),
            )
        )

    @admin.display(description="published", ordering="published_on")
    def published_on_display(self, source: Source) -> str:
        return source.published_on_display

    @admin.display(description="snapshots", ordering="_snapshots")
    def snapshot_count(self, source: Source) -> str:
        count = getattr(source, "_snapshots", 0)
        if count == 0 and source.parent_id:
            return "in parent"
        return (
            str(count)
            if count
            else format_html('<span class="tally-badge tally-badge--muted">{}</span>', "none")
        )

    @admin.display(description="citations", ordering="_citations")
    def citation_count(self, source: Source) -> int:
        return int(getattr(source, "_citations", 0))


@admin.register(Snapshot)
class SnapshotAdmin(IdAutocompleteAdmin, admin.ModelAdmin):
    list_display = ["source", "retrieved_at", "origin", "short_sha"]
    list_filter = ["retrieved_at"]
    search_fields = ["source__title", "origin", "sha256"]
    autocomplete_fields = ["source"]
    readonly_fields = ["sha256"]

    @admin.display(description="sha256")
    def short_sha(self, snapshot: Snapshot) -> str:
        return snapshot.sha256[:16]

    def get_readonly_fields(self, request: HttpRequest, obj: Snapshot | None = None) -> list[str]:
        # A snapshot is evidence: once stored it is never edited, only superseded.
        if obj is not None:
            return ["source", "text", "retrieved_at", "origin", "sha256"]
        return ["sha256"]

    def has_delete_permission(self, request: HttpRequest, obj: Snapshot | None = None) -> bool:
        return False


@admin.register(SourceCheck)
class SourceCheckAdmin(admin.ModelAdmin):
    """Every re-fetch of a cited source, for the record: what the server answered, when."""

    list_display = ["checked_at", "source", "outcome", "http_status", "detail"]
    list_filter = ["outcome", "checked_at"]
    search_fields = ["source__title", "url", "detail"]
    list_select_related = ["source"]
    readonly_fields = [
        "source",
        "checked_at",
        "outcome",
        "http_status",
        "url",
        "detail",
        "snapshot",
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object | None = None) -> bool:
        return False
