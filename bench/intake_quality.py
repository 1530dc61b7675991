"""How well article intake finds check-worthy figures: recall and precision against figures
labelled by hand, over the five articles (tests/data/intake_labels.json) and over short texts
written after the parser was built (tests/data/unseen/), which it was never tuned on.

    TALLY_LOCAL=true .venv/bin/python bench/intake_quality.py [--articles DIR]

Targets on the five articles: recall >= 95 %, precision >= 80 %. A figure counts as found when a
suggestion's figure covers the labelled figure's position; value, unit and qualifier are then
scored separately. Exits 1 when a target on the five articles is missed.
"""

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("TALLY_LOCAL", "true")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from intake.extract import extract_suggestions  # noqa: E402
from intake.normalise import normalise  # noqa: E402

LABELS = ROOT / "tests" / "data" / "intake_labels.json"
UNSEEN = ROOT / "tests" / "data" / "unseen"


@dataclass
class Score:
    labels: int = 0
    predicted: int = 0
    matched: int = 0
    value_ok: int = 0
    unit_ok: int = 0
    qualifier_ok: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0


def label_position(text: str, figure: str, occurrence: int) -> int:
    body = r"\s+".join(re.escape(word) for word in figure.split())  # NBSP counts as a space
    pattern = re.compile(rf"(?<![\w.$€£]){body}(?!\w)")
    matches = list(pattern.finditer(text))
    if len(matches) < occurrence:
        raise SystemExit(f"label {figure!r} #{occurrence} is not in the text")
    return matches[occurrence - 1].start()


def evaluate(texts: dict[str, str], labels: list[dict[str, str]], score: Score) -> None:
    for name, original in sorted(texts.items()):
        normalised = normalise(original)
        predicted = []
        for suggestion in extract_suggestions(normalised):
            for figure in suggestion.figures:
                start, end = normalised.original_span(figure.start, figure.end)
                predicted.append((start, end, figure))
        score.predicted += len(predicted)
        used: set[int] = set()
        for label in (item for item in labels if item["file"] == name):
            score.labels += 1
            at = label_position(original, label["figure"], int(label.get("occurrence", 1)))
            hit = next(
                (
                    index
                    for index, (start, end, _) in enumerate(predicted)
                    if start <= at < end and index not in used
                ),
                None,
            )
            if hit is None:
                score.misses.append(f"{name}: {label['figure']}")
                continue
            used.add(hit)
            score.matched += 1
            figure = predicted[hit][2]
            problems = []
            if figure.value == Decimal(label["value"]):
                score.value_ok += 1
            else:
                problems.append(f"value {figure.value} ≠ {label['value']}")
            if figure.unit == label["unit"]:
                score.unit_ok += 1
            else:
                problems.append(f"unit {figure.unit} ≠ {label['unit']}")
            if figure.qualifier == label["qualifier"]:
                score.qualifier_ok += 1
            else:
                problems.append(f"qualifier {figure.qualifier} ≠ {label['qualifier']}")
            if problems:
                score.wrong.append(f"{name}: {label['figure']}: {'; '.join(problems)}")
        for index, (_, _, figure) in enumerate(predicted):
            if index not in used:
                score.false_positives.append(f"{name}: {figure.as_written!r}")


def report(title: str, score: Score) -> None:
    print(f"\n{title}")
    print(f"  labelled figures     {score.labels}")
    print(f"  suggested figures    {score.predicted}")
    print(f"  recall               {score.recall:6.1%}  ({score.matched}/{score.labels})")
    print(f"  precision            {score.precision:6.1%}  ({score.matched}/{score.predicted})")
    if score.matched:
        print(f"  value correct        {score.value_ok / score.matched:6.1%}")
        print(f"  unit correct         {score.unit_ok / score.matched:6.1%}")
        print(f"  qualifier correct    {score.qualifier_ok / score.matched:6.1%}")
    for heading, items in (
        ("missed", score.misses),
        ("not labelled (false positives)", score.false_positives),
        ("found but misread", score.wrong),
    ):
        if items:
            print(f"  {heading}:")
            for item in items:
                print(f"    - {item}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=Path(settings.TALLY_ARTICLES_DIR))
    args = parser.parse_args()

    labels = json.loads(LABELS.read_text(encoding="utf-8"))["positives"]
    failed = False
    if args.articles.is_dir():
        texts = {
            path.name: path.read_text(encoding="utf-8")
            for path in sorted(args.articles.glob("*.txt"))
        }
        articles = Score()
        evaluate(texts, labels, articles)
        report("The five articles (labels in tests/data/intake_labels.json)", articles)
        print("  targets: recall >= 95%, precision >= 80%")
        failed = articles.recall < 0.95 or articles.precision < 0.80
    else:
        print(f"No articles at {args.articles}: skipping the five-article measurement.")

    unseen_labels = json.loads((UNSEEN / "labels.json").read_text(encoding="utf-8"))["positives"]
    unseen_texts = {
        path.name: path.read_text(encoding="utf-8") for path in sorted(UNSEEN.glob("*.txt"))
    }
    unseen = Score()
    evaluate(unseen_texts, unseen_labels, unseen)
    report("Texts the parser was not tuned on (tests/data/unseen/)", unseen)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
