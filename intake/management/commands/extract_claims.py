"""python manage.py extract_claims PATH [PATH ...] [--format json|text]: suggestions, nothing stored."""

import json
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.progress import Progress
from intake.extract import SuggestedClaim, extract_suggestions
from intake.ingest import require_readable_length
from intake.normalise import normalise


class Command(BaseCommand):
    help = (
        "Print the check-worthy claims suggested for a text file, without storing anything. "
        "Offsets (start, end) are character positions in the file as given. With several "
        "files, each file's suggestions follow its name (text), or are listed under its path "
        "(json); a progress bar shows on a terminal."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, nargs="+")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[Path] = options["path"]
        found: dict[Path, list[SuggestedClaim]] = {}
        for path in Progress(paths, stream=self.stdout, what="Files"):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"Cannot read {path} as UTF-8 text: {exc}") from exc
            try:
                require_readable_length(text)
            except ValidationError as exc:
                raise CommandError(f"{path}: {' '.join(exc.messages)}") from exc
            found[path] = extract_suggestions(normalise(text))
        if options["format"] == "json":
            listed = {
                str(path): [item.as_json() for item in items] for path, items in found.items()
            }
            # One file keeps its plain list, as before there could be several.
            answer = listed[str(paths[0])] if len(paths) == 1 else listed
            self.stdout.write(json.dumps(answer, ensure_ascii=False, indent=2))
            return
        for path, items in found.items():
            if len(paths) > 1:
                self.stdout.write(f"== {path}")
            for item in items:
                figures = ", ".join(figure.as_written for figure in item.figures)
                claimant = item.claimant or "(publisher)"
                self.stdout.write(
                    f"{item.score:.2f}  {claimant}: {figures}\n      “{item.quote}”\n      {item.reason}"
                )
