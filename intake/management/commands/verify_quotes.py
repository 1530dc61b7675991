"""python manage.py verify_quotes [--refetch] [--source ID ...]"""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.services import verify_quotes
from core.ids import id_argument, ids_missing
from core.progress import Progress
from intake import services
from intake.fetch import FetchError
from sources.models import Source


class Command(BaseCommand):
    help = (
        "Re-check every citation against its source's newest snapshot: found, moved, changed "
        "(approximate, with similarity) or missing. Published claims whose quote went missing "
        "are flagged for review. --refetch fetches URL sources first and stores a new snapshot "
        "when the text changed (the old one is kept). A progress bar shows on a terminal."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--refetch", action="store_true")
        parser.add_argument(
            "--source", type=id_argument, action="append", help="Only this source id."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sources = Source.objects.order_by("pk")
        if options["source"]:
            missing = ids_missing(Source, options["source"])
            if missing:
                raise CommandError(f"No such source: {', '.join(map(str, missing))}.")
            sources = sources.filter(pk__in=options["source"])
        new_snapshots = 0
        if options["refetch"]:
            fetching = Progress(sources.exclude(url=""), stream=self.stdout, what="Fetching")
            for source in fetching:
                try:
                    report = services.source_ingest(url=source.url)
                except FetchError as exc:
                    self.stderr.write(f"{source.url}: {exc}")
                    continue
                new_snapshots += int(report.snapshot_created)
        # One source at a time, so the bar moves; every citation belongs to one source.
        counts: dict[str, int] = {}
        flagged: set[int] = set()
        for source in Progress(list(sources), stream=self.stdout, what="Checking sources"):
            result = verify_quotes(sources=[source])
            for status, count in result.counts.items():
                counts[status] = counts.get(status, 0) + count
            flagged.update(result.flagged_claims)
        summary = ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
        self.stdout.write(f"Citations checked: {summary or 'none'}.")
        if options["refetch"]:
            self.stdout.write(f"New snapshots stored: {new_snapshots}.")
        if flagged:
            self.stdout.write(f"Flagged for review (quote missing): claims {sorted(flagged)}.")
