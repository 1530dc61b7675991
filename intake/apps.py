from django.apps import AppConfig


class IntakeConfig(AppConfig):
    """Article intake: reading articles for check-worthy claims, above the claims domain."""

    name = "intake"
    verbose_name = "Article intake"
    default_auto_field = "django.db.models.BigAutoField"
