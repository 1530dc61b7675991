"""The one row behind the content generation when the cache is per process."""

from django.db import models
from django.db.models import Q


class ContentGeneration(models.Model):
    """The content generation (core.content_cache) when the cache is per process: one row
    that every app server reads, so a write seen by one worker reaches every worker's copies."""

    value = models.BigIntegerField(default=0)

    class Meta:
        # The table it was created with, when it lived in the sources app (sources 0004).
        db_table = "sources_contentgeneration"
        constraints = [models.CheckConstraint(condition=Q(id=1), name="content_generation_one_row")]

    def __str__(self) -> str:
        return f"content generation {self.value}"
