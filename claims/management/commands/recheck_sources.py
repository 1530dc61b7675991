"""python manage.py recheck_sources [--source ID ...]"""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.services.recheck import sources_recheck
from core.ids import id_argument, ids_missing
from sources.models import Source


class Command(BaseCommand):
    help = (
        "Re-fetch the cited URL sources that are due (TALLY_RECHECK_EVERY_HOURS), politely "
        "(TALLY_RECHECK_PER_HOST, TALLY_RECHECK_HOST_DELAY_MS, conditional requests), store a "
        "new snapshot when the text changed (old ones are kept) and re-check every quote of "
        "those sources. A changed figure, a missing quote or a page gone flags the published "
        "claims it touches for review. --source re-fetches that source now, due or not."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--source", type=id_argument, action="append", help="Only this source id."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        missing = ids_missing(Source, options["source"] or [])
        if missing:
            raise CommandError(f"No such source: {', '.join(map(str, missing))}.")
        sources = Source.objects.filter(pk__in=options["source"]) if options["source"] else None
        report = sources_recheck(sources=sources)
        outcomes = ", ".join(f"{n} {outcome}" for outcome, n in sorted(report.outcomes.items()))
        self.stdout.write(f"Sources re-fetched: {outcomes or 'none due'}.")
        if report.deferred:
            self.stdout.write(f"Left for the next run (per-host limit): {report.deferred}.")
        self.stdout.write(f"New snapshots stored: {report.new_snapshots}.")
        counts = ", ".join(f"{n} {status}" for status, n in sorted(report.counts.items()))
        self.stdout.write(f"Citations checked: {counts or 'none'}.")
        for reason in report.reasons:
            self.stdout.write(f"Flagged for review: {reason}")
        for error in report.fetch_errors:
            self.stderr.write(error)
