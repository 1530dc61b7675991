"""python manage.py ingest_article PATH_OR_URL [PATH_OR_URL ...] [--publisher NAME] [--title TITLE]"""

from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.progress import Progress
from intake import services
from intake.fetch import FetchError
from intake.ingest import IngestError


class Command(BaseCommand):
    help = (
        "Ingest an article from a text file or an http(s) URL: store its normalised text as a "
        "snapshot (the original kept beside it), suggest its check-worthy claims and propose "
        "competing figures. Running it again on the same article changes nothing. Several "
        "articles are ingested one after the other, with a progress bar on a terminal."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path_or_url", nargs="+")
        parser.add_argument("--publisher", default="", help="Who published it (an entity name).")
        parser.add_argument("--title", default="", help="The article's title, when it has one.")

    def handle(self, *args: Any, **options: Any) -> None:
        targets: list[str] = options["path_or_url"]
        progress = Progress(targets, stream=self.stdout, what="Articles")
        for target in progress:
            for line in self._ingest(
                target, title=options["title"], publisher=options["publisher"]
            ):
                progress.write(line)

    def _ingest(self, target: str, *, title: str, publisher: str) -> list[str]:
        text, url, origin = "", "", ""
        if target.lower().startswith(("http://", "https://")) or "://" in target:
            url = target
        else:
            path = Path(target)
            if not path.is_file():
                raise CommandError(f"{target}: no such file (give a text file or an http(s) URL).")
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"Cannot read {target} as UTF-8 text: {exc}") from exc
            origin = path.name
        try:
            report = services.source_ingest(
                text=text, url=url, origin=origin, title=title, publisher_name=publisher
            )
        except FetchError as exc:
            raise CommandError(f"Cannot fetch {url}: {exc}") from exc
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        except (IngestError, PermissionDenied) as exc:
            raise CommandError(str(exc)) from exc
        source_state = "new source" if report.source_created else "existing source"
        snapshot_state = "new snapshot" if report.snapshot_created else "snapshot unchanged"
        lines = [
            f"{report.source} (#{report.source.pk}): {source_state}, {snapshot_state} "
            f"(sha256 {report.snapshot.sha256[:12]}, original {report.snapshot.original_sha256[:12]}).",
            f"{len(report.suggestions)} new suggestions, {report.suggestions_already_there} "
            f"already there; {report.proposals} competing-figure proposals.",
        ]
        if report.quotes:
            summary = ", ".join(
                f"{count} {status}" for status, count in sorted(report.quotes.items())
            )
            lines.append(f"Quotes re-checked: {summary}.")
        return lines
