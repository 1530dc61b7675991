"""python manage.py run_scheduler [--interval SECONDS] [--once]"""

import argparse
import logging
import math
import signal
import time
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections

from core.jobs import enqueue_due_jobs, reap_stalled_jobs, schedules

logger = logging.getLogger("tally.jobs")


def _seconds(raw: str) -> float:
    """--interval: a positive, finite number of seconds. `type=float` takes "-5" (time.sleep then
    raises, a traceback after the first look), "0" (a loop that never rests) and "nan"."""
    try:
        seconds = float(raw)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(f"{raw!r} is not a number of seconds above 0")
    return seconds


class Command(BaseCommand):
    help = (
        "Enqueue each periodic job (@core.jobs.periodic, in the apps' jobs.py) once per period, "
        "and retry jobs whose worker was lost. Runs are keyed by period, so a second scheduler "
        "(a standby, an overlap during a deploy) enqueues nothing twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--interval",
            type=_seconds,
            default=10.0,
            help="Seconds between looks (default 10).",
        )
        parser.add_argument("--once", action="store_true", help="Look once, then stop.")

    def handle(self, *args: Any, **options: Any) -> None:
        listed = ", ".join(f"{item.name} every {item.every}" for item in schedules()) or "none"
        self.stdout.write(f"Scheduler: periodic jobs {listed}.")
        self.running = True

        def stop(signum: int, frame: FrameType | None) -> None:
            self.running = False

        if not options["once"]:
            signal.signal(signal.SIGINT, stop)
            signal.signal(signal.SIGTERM, stop)
        while True:
            enqueued = [job for job in enqueue_due_jobs() if job.attempts == 0]
            lost = reap_stalled_jobs()
            if lost:
                logger.warning("Scheduler: %d job(s) had lost their worker", lost)
            if options["once"] or not self.running:
                self.stdout.write(f"Scheduler: {len(enqueued)} job(s) waiting, {lost} lost.")
                return
            deadline = time.monotonic() + options["interval"]
            while self.running and time.monotonic() < deadline:
                time.sleep(min(0.5, options["interval"]))
            if not self.running:
                return
            # Like a request's end: a connection the database dropped meanwhile is replaced.
            close_old_connections()
