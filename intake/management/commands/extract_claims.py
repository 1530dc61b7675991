"""python manage.py extract_claims PATH [--format json|text]: suggestions, nothing stored."""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from intake.extract import extract_suggestions
from intake.normalise import normalise


class Command(BaseCommand):
    help = (
        "Print the check-worthy claims suggested for a text file, without storing anything. "
        "Offsets (start, end) are character positions in the file as given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {path} as UTF-8 text: {exc}") from exc
        suggestions = extract_suggestions(normalise(text))
        if options["format"] == "json":
            self.stdout.write(
                json.dumps([item.as_json() for item in suggestions], ensure_ascii=False, indent=2)
            )
            return
        for item in suggestions:
            figures = ", ".join(figure.as_written for figure in item.figures)
            claimant = item.claimant or "(publisher)"
            self.stdout.write(
                f"{item.score:.2f}  {claimant}: {figures}\n      “{item.quote}”\n      {item.reason}"
            )
