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


class JobStatus(models.TextChoices):
    QUEUED = "queued", "queued"
    RUNNING = "running", "running"
    RETRYING = "retrying", "waiting to retry"
    SUCCEEDED = "succeeded", "succeeded"
    FAILED = "failed", "failed"

    @classmethod
    def waiting(cls) -> list[str]:
        """The statuses a worker may start an attempt from."""
        return [cls.QUEUED, cls.RETRYING]


class Job(models.Model):
    """One background job under its key (core.jobs): the key is unique, so a job enqueued twice
    is stored, and done, once. Each attempt is a row of the task library's own table
    (django_tasks_db.DBTaskResult, `result_id` is the latest), with its traceback; this row is
    the job as a whole: attempts made, when the next one runs, the last error."""

    key = models.CharField(max_length=200, unique=True)
    task_path = models.CharField(max_length=200)
    arguments = models.JSONField(default=dict)
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    max_attempts = models.PositiveIntegerField()
    result_id = models.CharField(max_length=64, blank=True)
    enqueued_at = models.DateTimeField(auto_now_add=True)
    run_after = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # A running attempt with no outcome by then has lost its worker (core.jobs.reap_stalled_jobs).
    deadline = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-enqueued_at"]
        indexes = [
            # reap_stalled_jobs: running jobs past their deadline, on every scheduler tick.
            models.Index(fields=["status", "deadline"], name="core_job_status_deadline"),
            # The admin's list, newest first, filtered by status.
            models.Index(fields=["status", "-enqueued_at"], name="core_job_status_enqueued"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=JobStatus.values), name="core_job_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(attempts__lte=models.F("max_attempts")), name="core_job_attempts_bound"
            ),
        ]

    def __str__(self) -> str:
        return self.key
