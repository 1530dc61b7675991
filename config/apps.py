from django.apps import AppConfig


class TallyConfig(AppConfig):
    """The project itself, so that its audit log receivers are connected at start-up."""

    name = "config"
    verbose_name = "Tally"

    def ready(self) -> None:
        from config import audit_log  # noqa: F401
