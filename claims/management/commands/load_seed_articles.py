"""python manage.py load_seed_articles [--articles DIR]"""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.seed.loader import SeedError, load_dataset, load_seed
from core.progress import Progress


class Command(BaseCommand):
    help = (
        "Load the curated seed dataset (claims, figures, metrics, sources) built from the five "
        "source articles. Idempotent. With the articles folder, sources get their text snapshot "
        "and every quote is checked against it; without it, quotes stay unchecked."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--articles",
            type=Path,
            default=None,
            help=(
                "Folder holding the article .txt files "
                f"(default: {settings.TALLY_ARTICLES_DIR} when it exists)."
            ),
        )
        parser.add_argument(
            "--no-articles",
            action="store_true",
            help="Load without snapshots even if the folder exists.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        articles: Path | None = options["articles"]
        if options["no_articles"]:
            articles = None
        elif articles is not None:
            if not articles.is_dir():
                raise CommandError(f"--articles {articles}: no such folder.")
        elif Path(settings.TALLY_ARTICLES_DIR).is_dir():
            articles = Path(settings.TALLY_ARTICLES_DIR)
        else:
            self.stderr.write(
                f"No articles folder at {settings.TALLY_ARTICLES_DIR}: loading claims without "
                "snapshots; their quotes will show as unchecked."
            )
        try:
            dataset = load_dataset()
            # Claims are most of the time a load takes: the loader reads them once, in order, so
            # the bar moves as each is stored (or found already there).
            dataset["claims"] = Progress(dataset["claims"], stream=self.stdout, what="Claims")
            report = load_seed(articles_dir=articles, dataset=dataset)
        except SeedError as exc:
            raise CommandError(f"{exc} (nothing was stored)") from exc
        created = (
            ", ".join(f"{n} {kind}" for kind, n in sorted(report.created.items())) or "nothing"
        )
        unchanged = (
            ", ".join(f"{n} {kind}" for kind, n in sorted(report.unchanged.items())) or "nothing"
        )
        self.stdout.write(f"Seed dataset: created {created}; already present {unchanged}.")
        if articles is not None:
            self.stdout.write(
                f"Articles from {articles}: {report.snapshots_attached} snapshot(s) attached."
            )
        if report.quotes_rechecked:
            rechecked = ", ".join(
                f"{n} {status}" for status, n in sorted(report.quotes_rechecked.items())
            )
            self.stdout.write(f"Quotes re-checked against new snapshots: {rechecked}.")
