from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Tally's infrastructure; its ready() connects the login audit log's receivers (logging
    only: no business logic runs on a signal)."""

    name = "core"
    verbose_name = "Tally infrastructure"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported for its receivers' registration, which is this module's only effect.
        from core import audit_log  # noqa: F401
