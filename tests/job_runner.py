"""Runs queued background jobs in the test's own process and transaction, as `db_worker --batch`
would: every job that is due, then back to the test. Tests call it deliberately, so `make test`
never waits on a worker and a test says when its jobs run."""

from unittest import mock

from django_tasks_db.management.commands import db_worker


def run_jobs() -> None:
    worker = db_worker.Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    # The worker closes stale connections between jobs; here that would end the test's
    # transaction, which never commits.
    with mock.patch.object(db_worker, "close_old_connections"):
        worker.run()
