"""Intake over the five real articles: quality targets, idempotence, and the competing-figure
pairs the seed dataset knows. These read ../shared/articles and skip without it."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.intake_models import CompetingProposal, Suggestion
from claims.models import Figure
from claims.seed.loader import DATASET_PATH
from sources.models import Snapshot, Source

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.articles


def test_quality_meets_the_targets(articles_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "intake_quality.py"),
            "--articles",
            str(articles_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "recall" in result.stdout


@pytest.mark.django_db
def test_ingesting_the_five_articles_twice_duplicates_nothing(articles_dir: Path) -> None:
    for path in sorted(articles_dir.glob("*.txt")):
        call_command("ingest_article", str(path), stdout=StringIO())
    counts = (Source.objects.count(), Snapshot.objects.count(), Suggestion.objects.count())
    assert counts[0] == 5
    for path in sorted(articles_dir.glob("*.txt")):
        call_command("ingest_article", str(path), stdout=StringIO())
    assert (Source.objects.count(), Snapshot.objects.count(), Suggestion.objects.count()) == counts


@pytest.mark.django_db
def test_reader_comment_figure_is_the_commenters(articles_dir: Path) -> None:
    call_command(
        "ingest_article", str(articles_dir / "003_c80ee42ab8663976.txt"), stdout=StringIO()
    )
    comment = Suggestion.objects.get(section="comment")
    assert comment.claimant_kind == "commenter"
    assert comment.claimant_name == "Anonymous"


def _seed_pairs(articles_dir: Path) -> list[tuple[str, Figure, Suggestion | None]]:
    """Each seed figure that has a competitor on its metric from another article, with the
    suggestion intake made for it (None when intake did not find that figure)."""
    dataset = json.loads(DATASET_PATH.read_text(encoding="utf-8"))
    article_of = {item["key"]: item.get("article_file") for item in dataset["sources"]}

    def files(figure: Figure) -> set[str]:
        found = set()
        for citation in figure.claim.citations.select_related("source__parent"):
            key = citation.source.parent.seed_key if citation.source.parent else ""
            found.add(article_of.get(citation.source.seed_key) or article_of.get(key))
        return found - {None}

    pairs = []
    for figure in Figure.objects.exclude(unit="date").select_related("metric", "claim"):
        others = figure.metric.figures.exclude(pk=figure.pk)
        if not any(files(other) - files(figure) for other in others):
            continue
        suggestion = next(
            (
                item
                for item in Suggestion.objects.filter(
                    source__snapshots__origin__in=files(figure)
                ).distinct()
                for data in item.figures
                if data["value"] == format(figure.value.normalize(), "f")
                and any(
                    " ".join(c.quote.split()) in " ".join(item.sentence.split())
                    for c in figure.claim.citations.all()
                )
            ),
            None,
        )
        pairs.append((figure.metric.slug, figure, suggestion))
    return pairs


@pytest.mark.django_db
def test_intake_proposes_the_competing_pairs_the_seed_knows(articles_dir: Path) -> None:
    if not DATASET_PATH.is_file():
        pytest.skip("claims/seed/dataset.json is not there yet")
    call_command("load_seed_articles", "--articles", str(articles_dir), stdout=StringIO())
    for path in sorted(articles_dir.glob("*.txt")):
        call_command("ingest_article", str(path), stdout=StringIO())
    found, missed, undetected = [], [], []
    for metric, figure, suggestion in _seed_pairs(articles_dir):
        if suggestion is None:
            undetected.append(f"{metric}: {figure.as_written}")
        elif CompetingProposal.objects.filter(metric__slug=metric).exists():
            found.append(metric)  # proposed from one side of the pair or the other
        else:
            missed.append(metric)
    print("proposed:", sorted(set(found)), "missed:", missed, "not found by intake:", undetected)
    assert {"china-ai-industry-value-usd", "china-face-data-people-count"} <= set(found)
    # Known miss, reported rather than hidden: a $14m donation and a $240m loan to Ecuador share
    # almost no wording (trigram similarity under 0.11) and differ seventeenfold.
    assert set(missed) <= {"china-funding-ecuador-surveillance-usd"}, missed
