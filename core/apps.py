from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Tally's infrastructure; its ready() connects the login audit log's receivers (logging
    only: no business logic runs on a signal) and bounds every admin list's search
    (core.search_bounds)."""

    name = "core"
    verbose_name = "Tally infrastructure"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported here: the audit log's receivers and the admin's registry need every app
        # loaded; audit_log is imported for its receivers' registration, its only effect.
        from django.contrib import admin

        from core import audit_log  # noqa: F401
        from core.search_bounds import bound_admin_searches

        bound_admin_searches(admin.site)
