"""extract_claims prints suggestions as JSON for scripting, and stores nothing."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from intake.models import Suggestion
from sources.models import Source

pytestmark = pytest.mark.django_db


def test_json_lists_sentences_offsets_figures_claimants_and_scores(article_file: Path) -> None:
    out = StringIO()
    call_command("extract_claims", str(article_file), "--format", "json", stdout=out)
    items = json.loads(out.getvalue())
    text = article_file.read_text()
    assert len(items) == 3
    for item in items:
        assert {"sentence", "start", "end", "figures", "claimant", "score"} <= set(item)
        assert text[item["start"] : item["end"]] == item["sentence"]
        for figure in item["figures"]:
            assert {"value", "unit", "qualifier"} <= set(figure)
    huawei = next(item for item in items if item["claimant"] == "Huawei")
    assert huawei["figures"][0] == {
        "value": "46",
        "unit": "percent",
        "qualifier": "exact",
        "currency": "",
        "scale": 1,
        "as_written": "46 per cent",
        "start": text.index("46 per cent"),
        "claimant": "Huawei",
    }


def test_nothing_is_stored(article_file: Path) -> None:
    call_command("extract_claims", str(article_file), "--format", "json", stdout=StringIO())
    assert Source.objects.count() == 0
    assert Suggestion.objects.count() == 0
