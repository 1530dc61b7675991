"""python manage.py verify_quotes [--refetch] [--source ID ...]"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from claims.services import verify_quotes
from intake import services
from intake.fetch import FetchError
from sources.models import Source


class Command(BaseCommand):
    help = (
        "Re-check every citation against its source's newest snapshot: found, moved, changed "
        "(approximate, with similarity) or missing. Published claims whose quote went missing "
        "are flagged for review. --refetch fetches URL sources first and stores a new snapshot "
        "when the text changed (the old one is kept)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--refetch", action="store_true")
        parser.add_argument("--source", type=int, action="append", help="Only this source id.")

    def handle(self, *args: Any, **options: Any) -> None:
        sources = Source.objects.all()
        if options["source"]:
            sources = sources.filter(pk__in=options["source"])
        new_snapshots = 0
        if options["refetch"]:
            for source in sources.exclude(url=""):
                try:
                    report = services.source_ingest(url=source.url)
                except FetchError as exc:
                    self.stderr.write(f"{source.url}: {exc}")
                    continue
                new_snapshots += int(report.snapshot_created)
        result = verify_quotes(sources=sources if options["source"] else None)
        summary = ", ".join(f"{count} {status}" for status, count in sorted(result.counts.items()))
        self.stdout.write(f"Citations checked: {summary or 'none'}.")
        if options["refetch"]:
            self.stdout.write(f"New snapshots stored: {new_snapshots}.")
        if result.flagged_claims:
            self.stdout.write(
                f"Flagged for review (quote missing): claims {sorted(set(result.flagged_claims))}."
            )
