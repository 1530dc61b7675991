"""Background jobs: one way to define a job (@job), one way to enqueue it (enqueue, under a key),
and one way to run it every so often (@periodic, in an app's `jobs.py`).

The queue is Django's tasks framework (the django-tasks backport on Django 5.2; `django.tasks`
from Django 6) with its database backend (django-tasks-db): a job waits as a row in
DATABASE_URL, SQLite or PostgreSQL, and `manage.py db_worker` processes claim rows one at a time
(SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL), so more workers on more machines share the work.
This module adds what the library leaves to its users, as a thin layer over its own calls:

- a key: `enqueue(task, key=…)` stores a `core.Job` under a unique key in the same transaction
  as the library's row, so a job enqueued twice (two clicks, two schedulers) is done once;
- retries with exponential backoff: a failed attempt is enqueued again with the library's
  `run_after`, after JOBS_BACKOFF_SECONDS, then twice that, and so on, and the job is marked
  failed with its error when the retries are spent;
- a time limit: an attempt running longer is interrupted (SIGALRM, in the worker's main thread)
  and counts as a failure; an attempt whose worker died is found by `reap_stalled_jobs` (run by
  the scheduler) once past its time limit and the grace, and retried.

A job must be safe to run twice: a worker that dies after the work but before recording it
leaves an attempt that is retried (at least once, never lost).
"""

import logging
import random
import signal
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import FrameType
from typing import Any, ParamSpec, TypeVar

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules, import_string
from django_tasks import TaskContext, TaskResultStatus, task
from django_tasks.base import Task
from django_tasks.utils import normalize_json
from django_tasks_db.models import DBTaskResult

from core.models import Job, JobStatus

logger = logging.getLogger("tally.jobs")

P = ParamSpec("P")
T = TypeVar("T")

# The key travels with each attempt in the library's row, so the worker knows which Job it is.
KEY_ARGUMENT = "_job_key"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# The key of every periodic job's run (Schedule.key_at): its successes are pruned sooner.
PERIODIC_PREFIX = "periodic:"


class JobTimeLimitExceededError(BaseException):
    """An attempt ran past its time limit. A BaseException, so that a job's own `except
    Exception` cannot swallow it and run on."""


class WorkerLostError(Exception):
    """The worker running an attempt stopped before recording its outcome (killed, machine gone)."""


@dataclass(frozen=True)
class JobPolicy:
    """Retries, backoff and time limit of one job; None takes the JOBS_* setting."""

    retries: int | None = None
    backoff: timedelta | None = None
    time_limit: timedelta | None = None

    @property
    def max_attempts(self) -> int:
        return 1 + (settings.JOBS_RETRIES if self.retries is None else self.retries)

    @property
    def limit(self) -> timedelta:
        if self.time_limit is not None:
            return self.time_limit
        return timedelta(seconds=settings.JOBS_TIME_LIMIT_SECONDS)

    def delay_before(self, attempt: int) -> timedelta:
        """The wait before attempt number `attempt` (2 for the first retry): the backoff, doubled
        for every retry before it, capped, plus up to a tenth more so that jobs that failed
        together do not all come back at the same instant."""
        first = self.backoff or timedelta(seconds=settings.JOBS_BACKOFF_SECONDS)
        delay = min(
            first * 2 ** max(attempt - 2, 0), timedelta(seconds=settings.JOBS_MAX_BACKOFF_SECONDS)
        )
        return delay * (1 + random.random() / 10)


_policies: dict[str, JobPolicy] = {}


def job(
    *,
    retries: int | None = None,
    backoff: timedelta | None = None,
    time_limit: timedelta | None = None,
    priority: int = 0,
) -> Callable[[Callable[P, T]], Task[P, T | None]]:
    """Make a module-level function a background job, enqueued with `enqueue(fn, key=…, …)`.

    Arguments must be JSON (ids, strings, numbers; never model instances: the job reads what it
    needs when it runs). The decorated name is the library's Task, found again by its path."""
    policy = JobPolicy(retries=retries, backoff=backoff, time_limit=time_limit)

    def decorate(func: Callable[P, T]) -> Task[P, T | None]:
        def run(context: TaskContext, *args: P.args, **kwargs: P.kwargs) -> T | None:
            key = kwargs.pop(KEY_ARGUMENT, None)
            if not isinstance(key, str):
                raise TypeError(f"{func.__qualname__} is enqueued with core.jobs.enqueue(…, key=…)")
            return _run_attempt(key, str(context.task_result.id), policy, func, args, kwargs)

        # The library finds a task again by its module path, and reads a `context` first argument.
        for name in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(run, name, getattr(func, name))
        library_task: Task[P, T | None] = task(takes_context=True, priority=priority)(run)
        _policies[library_task.module_path] = policy
        return library_task

    return decorate


def enqueue(
    job_task: Task[..., Any], *, key: str, delay: timedelta | None = None, **kwargs: Any
) -> Job:
    """Enqueue `job_task(**kwargs)` under `key`, unless a job with that key exists: then that
    job is returned and nothing else happens, whatever its state. Inside the caller's
    transaction the job is only seen by workers once it commits, with the caller's writes."""
    policy = _policy(job_task)
    arguments = normalize_json(kwargs)
    run_after = timezone.now() + delay if delay else None
    with transaction.atomic():
        # The unique key is the lock: a second enqueue waits for the first to commit, then gets
        # its row.
        stored, created = Job.objects.get_or_create(
            key=key,
            defaults={
                "task_path": job_task.module_path,
                "arguments": arguments,
                "max_attempts": policy.max_attempts,
                "run_after": run_after,
            },
        )
        if created:
            _enqueue_attempt(stored, job_task, run_after)
    return stored


def _policy(job_task: Task[..., Any]) -> JobPolicy:
    try:
        return _policies[job_task.module_path]
    except KeyError:
        raise TypeError(f"{job_task.module_path} is not a @core.jobs.job") from None


def _enqueue_attempt(stored: Job, job_task: Task[..., Any], run_after: datetime | None) -> None:
    scheduled = job_task.using(run_after=run_after) if run_after else job_task
    result = scheduled.enqueue(**{**stored.arguments, KEY_ARGUMENT: stored.key})
    Job.objects.filter(pk=stored.pk).update(result_id=str(result.id))
    stored.result_id = str(result.id)


def _run_attempt(
    key: str,
    result_id: str,
    policy: JobPolicy,
    func: Callable[..., T],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> T | None:
    now = timezone.now()
    # A conditional UPDATE, not a read then a write: two copies of one job (a retry enqueued
    # for an attempt that was only slow) cannot both start.
    started = Job.objects.filter(key=key, status__in=JobStatus.waiting()).update(
        status=JobStatus.RUNNING,
        attempts=F("attempts") + 1,
        started_at=now,
        deadline=now + policy.limit + timedelta(seconds=settings.JOBS_STALLED_GRACE_SECONDS),
        result_id=result_id,
    )
    if not started:
        logger.info("Job %s is running or done elsewhere: this copy does nothing", key)
        return None
    stored = Job.objects.get(key=key)
    try:
        with _time_limit(policy.limit, key):
            value = func(*args, **kwargs)
    except (Exception, JobTimeLimitExceededError) as exc:
        _attempt_failed(stored, exc)
        raise
    Job.objects.filter(pk=stored.pk, status=JobStatus.RUNNING, attempts=stored.attempts).update(
        status=JobStatus.SUCCEEDED, finished_at=timezone.now(), deadline=None
    )
    return value


def _attempt_failed(stored: Job, exc: BaseException) -> None:
    """Retry after the backoff while attempts remain, or mark the job failed with its error."""
    error = "".join(traceback.format_exception(exc)).strip()
    now = timezone.now()
    running = Job.objects.filter(pk=stored.pk, status=JobStatus.RUNNING, attempts=stored.attempts)
    job_task: Task[..., Any] = import_string(stored.task_path)
    if stored.attempts < stored.max_attempts:
        run_after = now + _policy(job_task).delay_before(stored.attempts + 1)
        with transaction.atomic():
            if running.update(
                status=JobStatus.RETRYING, run_after=run_after, deadline=None, last_error=error
            ):
                _enqueue_attempt(stored, job_task, run_after)
        logger.warning(
            "Job %s failed (attempt %d of %d), retrying at %s: %s",
            stored.key,
            stored.attempts,
            stored.max_attempts,
            run_after.isoformat(),
            exc,
        )
    else:
        running.update(status=JobStatus.FAILED, finished_at=now, deadline=None, last_error=error)
        logger.error("Job %s failed after %d attempts: %s", stored.key, stored.attempts, exc)


@contextmanager
def _time_limit(limit: timedelta, key: str) -> Iterator[None]:
    """Interrupt the attempt after `limit`. Signals reach the main thread only, which is where
    db_worker runs jobs; elsewhere (a job called in a thread) the limit is the reaper's."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        raise JobTimeLimitExceededError(f"Job {key} ran past its time limit of {limit}")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit.total_seconds())
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def reap_stalled_jobs() -> int:
    """Jobs still running past their deadline lost their worker (a live worker stops an
    attempt at its time limit): each is retried, or failed when its attempts are spent, and the
    library's row for the lost attempt is marked failed too. Returns how many were found."""
    now = timezone.now()
    found = 0
    for stored in Job.objects.filter(status=JobStatus.RUNNING, deadline__lt=now):
        lost = WorkerLostError(
            f"The worker running attempt {stored.attempts} of {stored.key} stopped without an "
            f"outcome (deadline {stored.deadline:%Y-%m-%d %H:%M:%S} UTC)"
        )
        DBTaskResult.objects.filter(id=stored.result_id, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            exception_class_path=f"{WorkerLostError.__module__}.{WorkerLostError.__qualname__}",
            traceback=str(lost),
        )
        _attempt_failed(stored, lost)
        found += 1
    return found


def prune_finished_jobs(*, now: datetime | None = None) -> int:
    """Delete jobs finished more than JOBS_KEEP_DAYS ago, with their attempts; and a periodic
    job's successful runs after JOBS_KEEP_PERIODIC_HOURS. A job run every few seconds (webhook
    planning) would otherwise keep thousands of rows a day that say only "it ran"; its failures
    are kept the full JOBS_KEEP_DAYS, as every other job's are. A pruned period is never run
    again: the scheduler enqueues only the current period's key."""
    moment = now or timezone.now()
    cutoff = moment - timedelta(days=settings.JOBS_KEEP_DAYS)
    periodic_cutoff = moment - timedelta(hours=settings.JOBS_KEEP_PERIODIC_HOURS)
    finished = Q(status__in=[JobStatus.SUCCEEDED, JobStatus.FAILED], finished_at__lt=cutoff)
    routine = Q(
        status=JobStatus.SUCCEEDED,
        key__startswith=PERIODIC_PREFIX,
        finished_at__lt=periodic_cutoff,
    )
    # Read in Python: the job keeps its attempt's id as text, the library's table as a UUID,
    # and PostgreSQL compares the two only after a cast. An hour's routine runs are a few
    # hundred ids.
    routine_results = [
        result_id
        for result_id in Job.objects.filter(routine).values_list("result_id", flat=True)
        if result_id
    ]
    DBTaskResult.objects.filter(
        Q(id__in=routine_results)
        | Q(
            status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED],
            finished_at__lt=cutoff,
        )
    ).delete()
    deleted, _ = Job.objects.filter(finished | routine).delete()
    return deleted


# Periodic jobs: registered with @periodic in an app's `jobs.py`, enqueued by the scheduler.


@dataclass(frozen=True)
class Schedule:
    job_task: Task[[], Any]
    every: timedelta

    @property
    def name(self) -> str:
        return self.job_task.module_path

    def key_at(self, now: datetime) -> str:
        """The key of the run due at `now`: one per period, counted from the epoch, the same on
        every scheduler, so two schedulers enqueue each run once between them."""
        periods = (now - EPOCH) // self.every
        start = EPOCH + periods * self.every
        return f"{PERIODIC_PREFIX}{self.name}:{start:%Y-%m-%dT%H:%M:%SZ}"


_schedules: dict[str, Schedule] = {}


def periodic(*, every: timedelta) -> Callable[[Task[[], T]], Task[[], T]]:
    """Run a job that takes no arguments once every `every` (aligned on the epoch: every hour on
    the hour). Stack it above @job, in the app's `jobs.py`, which the scheduler imports:

        @periodic(every=timedelta(hours=6))
        @job(time_limit=timedelta(minutes=20))
        def recheck_quotes() -> None: ...
    """
    if every < timedelta(seconds=1):
        raise ValueError("A periodic job runs at most once a second")

    def register(job_task: Task[[], T]) -> Task[[], T]:
        _policy(job_task)
        _schedules[job_task.module_path] = Schedule(job_task=job_task, every=every)
        return job_task

    return register


def schedules() -> list[Schedule]:
    """Every periodic job, after importing each installed app's `jobs` module."""
    autodiscover_modules("jobs")
    return sorted(_schedules.values(), key=lambda schedule: schedule.name)


def enqueue_due_jobs(*, now: datetime | None = None) -> list[Job]:
    """Enqueue the current period's run of every periodic job (a no-op for runs already
    enqueued). A period missed while no scheduler ran is not caught up: the next one runs."""
    moment = now or timezone.now()
    return [enqueue(item.job_task, key=item.key_at(moment)) for item in schedules()]


@periodic(every=timedelta(hours=1))
@job(retries=1)
def prune_jobs() -> int:
    """Hourly: forget finished jobs past their keep (prune_finished_jobs)."""
    return prune_finished_jobs()
