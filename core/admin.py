"""Background jobs in the admin, for staff: what is waiting, running, retrying or failed, and why.
Each attempt is also under "Task results" (the library's own admin, for superusers)."""

from django.contrib import admin
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString

from core.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = (
        "key",
        "task_name",
        "status",
        "attempts",
        "max_attempts",
        "enqueued_at",
        "run_after",
        "finished_at",
        "error_line",
    )
    list_filter = ("status", "task_path")
    search_fields = ("key",)
    date_hierarchy = "enqueued_at"
    readonly_fields = (
        "key",
        "task_path",
        "arguments",
        "status",
        "attempts",
        "max_attempts",
        "result_id",
        "enqueued_at",
        "run_after",
        "started_at",
        "deadline",
        "finished_at",
        "error",
    )
    exclude = ("last_error",)

    # Read-only, and visible to every member of staff: it is how anyone who started a job (an
    # article fetched in the background) sees where it is. Jobs are written by core.jobs only.
    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return request.user.is_active and request.user.is_staff

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False

    @admin.display(description="task", ordering="task_path")
    def task_name(self, obj: Job) -> str:
        return obj.task_path.rsplit(".", 1)[-1]

    @admin.display(description="last error")
    def error_line(self, obj: Job) -> str:
        lines = obj.last_error.strip().splitlines()
        return lines[-1][:120] if lines else ""

    @admin.display(description="last error")
    def error(self, obj: Job) -> SafeString | str:
        return format_html("<pre>{}</pre>", obj.last_error) if obj.last_error else "-"
