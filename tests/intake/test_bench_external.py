"""The intake bench's row for labelled pages kept outside the project (`--external DIR`):
real pages whose text the project may not hold, read from a directory in the corpus's label
format. Every text here was written for this test."""

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.intake.bench_module import ROOT, load_bench


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_bench()


def _pages(directory: Path) -> Path:
    (directory / "texts").mkdir()
    (directory / "labels").mkdir()
    (directory / "texts" / "page.txt").write_text(
        "Fares rise\n\n"
        "Bus fares will rise 12% in May, the Halsmoor Transit Authority said.\n\n"
        "Ridership fell to 41,000 a day.\n\n"
        "Photo: Ada Tamsley\n",
        encoding="utf-8",
    )
    labels = {
        "held_out": True,
        "figures": [
            {
                "sentence": "Bus fares will rise 12% in May, the Halsmoor Transit Authority said.",
                "figure": "12%",
                "value": "12",
                "unit": "percent",
                "claimant": "the Halsmoor Transit Authority",
            },
            {
                "sentence": "Ridership fell to 41,000 a day.",
                "figure": "41,000",
                "value": "41000",
                "unit": "count",
                "claimant": "the publisher",
            },
        ],
        "non_claims": ["Photo: Ada Tamsley"],
        "comments": [],
    }
    (directory / "labels" / "page.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    (directory / "meta.json").write_text(
        json.dumps({"page": {"publisher": "Halsmoor Courier"}}), encoding="utf-8"
    )
    return directory


def test_an_external_directory_is_read_and_measured(bench: ModuleType, tmp_path: Path) -> None:
    pages = bench.load_external(_pages(tmp_path))
    assert [(page.name, page.publisher) for page in pages] == [("page", "Halsmoor Courier")]
    quality = bench.evaluate_corpus(pages)
    assert quality.digits == [2, 2]
    assert quality.claimant == [1, 1]
    assert quality.publisher == [1, 1]
    assert quality.non_claims == [0, 1]


def test_a_directory_without_labels_is_a_clear_error(tmp_path: Path) -> None:
    answer = subprocess.run(
        [sys.executable, "bench/intake_quality.py", "--seeds-only", "--external", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"TALLY_LOCAL": "true", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert answer.returncode == 2
    assert "no meta.json and labels/ there" in answer.stderr
