"""Background jobs (core.jobs): keyed, retried with growing delays, time-limited, run by the
library's worker, listed in the admin."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core import jobs
from core.models import Job, JobStatus
from tests.factories import UserFactory
from tests.job_runner import run_jobs

CALLS: list[str] = []


@jobs.job()
def record(*, word: str) -> str:
    CALLS.append(word)
    return word.upper()


@jobs.job(retries=2, backoff=timedelta(seconds=10))
def always_fails(*, word: str) -> None:
    CALLS.append(word)
    raise ValueError(f"cannot do {word}")


@jobs.job(retries=0, time_limit=timedelta(seconds=0.2))
def too_slow() -> None:
    CALLS.append("started")
    try:
        time.sleep(5)
    except Exception:  # a job that swallows errors still cannot outlive its limit
        CALLS.append("swallowed")
    CALLS.append("finished")


@pytest.fixture(autouse=True)
def _calls() -> None:
    CALLS.clear()


def _make_due(key: str) -> None:
    """Time passes: the job's next attempt is due now."""
    job = Job.objects.get(key=key)
    DBTaskResult.objects.filter(id=job.result_id).update(run_after=timezone.now())


@pytest.mark.django_db
def test_a_job_enqueued_twice_with_one_key_does_its_work_once() -> None:
    first = jobs.enqueue(record, key="record:a", word="a")
    second = jobs.enqueue(record, key="record:a", word="a")
    assert first.pk == second.pk
    assert DBTaskResult.objects.count() == 1

    run_jobs()
    jobs.enqueue(record, key="record:a", word="a")  # after it ran, too
    run_jobs()

    assert CALLS == ["a"]
    job = Job.objects.get(key="record:a")
    assert (job.status, job.attempts) == (JobStatus.SUCCEEDED, 1)
    assert DBTaskResult.objects.get().return_value == "A"


@pytest.mark.django_db
def test_a_worker_run_picks_up_every_waiting_job() -> None:
    for word in ("x", "y", "z"):
        jobs.enqueue(record, key=f"record:{word}", word=word)
    assert set(Job.objects.values_list("status", flat=True)) == {JobStatus.QUEUED}

    run_jobs()

    assert sorted(CALLS) == ["x", "y", "z"]
    assert set(Job.objects.values_list("status", flat=True)) == {JobStatus.SUCCEEDED}
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }


@pytest.mark.django_db
def test_a_failing_job_is_retried_with_growing_delays_then_marked_failed_with_its_error() -> None:
    jobs.enqueue(always_fails, key="fails", word="w")
    delays = []
    for attempt in (1, 2):
        run_jobs()
        job = Job.objects.get(key="fails")
        assert (job.status, job.attempts) == (JobStatus.RETRYING, attempt)
        assert "ValueError: cannot do w" in job.last_error
        retry = DBTaskResult.objects.get(id=job.result_id)
        assert retry.status == TaskResultStatus.READY
        delays.append(retry.run_after - job.started_at)
        run_jobs()  # not yet due: nothing runs
        assert len(CALLS) == attempt
        _make_due("fails")
    run_jobs()

    assert CALLS == ["w", "w", "w"]
    assert timedelta(seconds=10) <= delays[0] <= timedelta(seconds=11.1)
    assert timedelta(seconds=20) <= delays[1] <= timedelta(seconds=22.1)
    job = Job.objects.get(key="fails")
    assert (job.status, job.attempts) == (JobStatus.FAILED, 3)
    assert job.finished_at is not None
    assert job.last_error.endswith("ValueError: cannot do w")
    attempts = DBTaskResult.objects.all()
    assert [row.status for row in attempts] == [TaskResultStatus.FAILED] * 3
    assert all(row.exception_class_path == "builtins.ValueError" for row in attempts)


@pytest.mark.django_db
def test_a_job_over_its_time_limit_is_stopped_and_marked_failed() -> None:
    jobs.enqueue(too_slow, key="slow")
    started = time.monotonic()
    run_jobs()

    assert time.monotonic() - started < 2
    assert CALLS == ["started"]
    job = Job.objects.get(key="slow")
    assert job.status == JobStatus.FAILED
    assert "ran past its time limit" in job.last_error
    assert DBTaskResult.objects.get().exception_class_path == (
        "core.jobs.JobTimeLimitExceededError"
    )


@pytest.mark.django_db
def test_a_job_whose_worker_died_is_retried_after_its_deadline() -> None:
    jobs.enqueue(record, key="record:lost", word="lost")
    job = Job.objects.get(key="record:lost")
    # A worker claimed the attempt, then was killed: the rows say "running" and nothing ends it.
    DBTaskResult.objects.filter(id=job.result_id).update(status=TaskResultStatus.RUNNING)
    past = timezone.now() - timedelta(seconds=1)
    Job.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, attempts=1, deadline=past)
    lost_attempt = job.result_id

    assert jobs.reap_stalled_jobs() == 1
    assert DBTaskResult.objects.get(id=lost_attempt).status == TaskResultStatus.FAILED
    job.refresh_from_db()
    assert job.status == JobStatus.RETRYING
    assert "stopped without an outcome" in job.last_error
    _make_due("record:lost")
    run_jobs()

    assert CALLS == ["lost"]
    assert Job.objects.get(key="record:lost").status == JobStatus.SUCCEEDED
    assert jobs.reap_stalled_jobs() == 0


@pytest.mark.django_db
def test_a_job_cannot_be_enqueued_without_a_key() -> None:
    result = record.enqueue(word="nokey")
    run_jobs()
    assert CALLS == []
    assert DBTaskResult.objects.get(id=result.id).exception_class_path == "builtins.TypeError"


@pytest.mark.django_db
def test_two_schedulers_enqueue_each_periodic_run_once() -> None:
    names = [item.name for item in jobs.schedules()]
    assert "core.jobs.prune_jobs" in names
    at = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)

    jobs.enqueue_due_jobs(now=at)
    jobs.enqueue_due_jobs(now=at + timedelta(minutes=5))  # another scheduler, same day

    pruning = Job.objects.filter(task_path="core.jobs.prune_jobs")
    assert list(pruning.values_list("key", flat=True)) == [
        "periodic:core.jobs.prune_jobs:2026-12-03T14:00:00Z"
    ]
    jobs.enqueue_due_jobs(now=at + timedelta(hours=1))
    assert pruning.count() == 2


@pytest.mark.django_db
def test_the_scheduler_command_enqueues_due_jobs_once(capsys: pytest.CaptureFixture[str]) -> None:
    from django.core.management import call_command

    call_command("run_scheduler", "--once")
    call_command("run_scheduler", "--once")

    assert Job.objects.filter(task_path="core.jobs.prune_jobs").count() == 1


@pytest.mark.django_db
def test_finished_jobs_are_pruned_after_the_keep_days(settings) -> None:  # type: ignore[no-untyped-def]
    settings.JOBS_KEEP_DAYS = 30
    jobs.enqueue(record, key="record:old", word="old")
    jobs.enqueue(record, key="record:new", word="new")
    run_jobs()
    Job.objects.filter(key="record:old").update(finished_at=timezone.now() - timedelta(days=31))

    assert jobs.prune_finished_jobs() == 1
    assert list(Job.objects.values_list("key", flat=True)) == ["record:new"]


@pytest.mark.django_db
def test_a_periodic_jobs_successes_are_pruned_after_hours_and_its_failures_kept(settings) -> None:  # type: ignore[no-untyped-def]
    """A job run every few seconds must not keep a row a run for a month; its failures,
    which someone must read, and other jobs' successes keep the full JOBS_KEEP_DAYS."""
    settings.JOBS_KEEP_DAYS = 30
    settings.JOBS_KEEP_PERIODIC_HOURS = 24
    jobs.enqueue(record, key="periodic:tests.record:old-ok", word="ok")
    jobs.enqueue(record, key="periodic:tests.record:new-ok", word="ok")
    jobs.enqueue(record, key="record:old-ok", word="ok")
    jobs.enqueue(always_fails, key="periodic:tests.fails:old", word="no")
    for _ in range(3):  # the failing job's attempts, each due at once
        run_jobs()
        if Job.objects.filter(key="periodic:tests.fails:old", status=JobStatus.FAILED).exists():
            break
        _make_due("periodic:tests.fails:old")
    assert Job.objects.get(key="periodic:tests.fails:old").status == JobStatus.FAILED
    two_days_ago = timezone.now() - timedelta(days=2)
    Job.objects.exclude(key="periodic:tests.record:new-ok").update(finished_at=two_days_ago)
    pruned_attempt = Job.objects.get(key="periodic:tests.record:old-ok").result_id
    attempts = DBTaskResult.objects.count()

    assert jobs.prune_finished_jobs() == 1

    assert sorted(Job.objects.values_list("key", flat=True)) == [
        "periodic:tests.fails:old",
        "periodic:tests.record:new-ok",
        "record:old-ok",
    ]
    assert not DBTaskResult.objects.filter(id=pruned_attempt).exists()
    assert DBTaskResult.objects.count() == attempts - 1


@pytest.mark.django_db
def test_the_admin_lists_jobs_for_staff_and_nobody_else(client) -> None:  # type: ignore[no-untyped-def]
    jobs.enqueue(always_fails, key="fails:admin", word="admin")
    run_jobs()
    staff = UserFactory(is_staff=True)
    outsider = UserFactory(is_staff=False)

    client.force_login(staff)
    page = client.get("/admin/core/job/")
    assert page.status_code == 200
    assert b"fails:admin" in page.content
    assert b"waiting to retry" in page.content
    assert b"ValueError: cannot do admin" in page.content
    detail = client.get(f"/admin/core/job/{Job.objects.get().pk}/change/")
    assert detail.status_code == 200
    assert b"Traceback" in detail.content

    client.force_login(outsider)
    assert client.get("/admin/core/job/").status_code == 302
