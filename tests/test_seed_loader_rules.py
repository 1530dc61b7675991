"""The seed loader's rules, on a small dataset written here: all or nothing, idempotent,
quotes checked when the texts are at hand and marked unchecked when they are not."""

import copy
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Citation, Claim, ClaimStatus, ClaimTransition, Figure, QuoteStatus
from claims.seed.loader import SeedError, load_seed
from sources.models import Entity, Snapshot, Source

pytestmark = pytest.mark.django_db

ARTICLE = "Officials said crime fell by 46\u00a0per cent. Critics said it rose.\n"

DATASET = {
    "entities": [
        {"key": "city-hall", "kind": "government", "name": "City Hall"},
        {"key": "daily-news", "kind": "media", "name": "Daily News"},
        {"key": "reader", "kind": "commenter", "name": "Reader commenter"},
    ],
    "topics": [{"key": "crime", "name": "Crime"}],
    "sources": [
        {
            "key": "news-article",
            "kind": "article",
            "title": "Cameras and crime",
            "publisher": "daily-news",
            "authors": [],
            "url": "",
            "published_on": "2019-01-01",
            "date_precision": "year",
            "language": "en",
            "article_file": "a.txt",
            "parent": None,
        },
        {
            "key": "news-comment",
            "kind": "reader_comment",
            "title": "Reader comment",
            "publisher": None,
            "authors": [],
            "url": "",
            "published_on": None,
            "date_precision": "unknown",
            "language": "en",
            "article_file": "a.txt",
            "parent": "news-article",
        },
    ],
    "metrics": [
        {
            "key": "crime-change",
            "name": "Crime change",
            "definition": "Change in crime.",
            "unit": "percent",
        }
    ],
    "claims": [
        {
            "key": "crime-fell-46",
            "statement": "Crime fell by 46 per cent.",
            "claimant": "city-hall",
            "topics": ["crime"],
            "status": "published",
            "verdict": "unsupported",
            "explanation": "No data was published.",
            "figures": [
                {
                    "metric": "crime-change",
                    "value": "46",
                    "unit": "percent",
                    "qualifier": "exact",
                    "rank": "normal",
                }
            ],
            "citations": [
                {
                    "source": "news-article",
                    "role": "appears_in",
                    "quote": "crime fell by 46 per cent",
                }
            ],
        },
        {
            "key": "crime-rose",
            "statement": "Crime rose.",
            "claimant": "reader",
            "status": "draft",
            "verdict": "",
            "explanation": "",
            "figures": [],
            "citations": [
                {"source": "news-comment", "role": "appears_in", "quote": "Critics said it rose"}
            ],
        },
    ],
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_loads_claims_through_the_workflow_with_checked_quotes(articles):
    load_seed(articles_dir=articles, dataset=DATASET)

    published = Claim.objects.get(seed_key="crime-fell-46")
    assert published.status == ClaimStatus.PUBLISHED
    assert published.claimant.name == "City Hall"
    assert list(
        ClaimTransition.objects.filter(claim=published).values_list("to_status", flat=True)
    ) == [
        "in_review",
        "published",
    ]
    citation = published.citations.get()
    assert citation.quote_status == QuoteStatus.FOUND
    assert (
        ARTICLE[citation.position_start : citation.position_end] == "crime fell by 46\u00a0per cent"
    )
    comment = Claim.objects.get(seed_key="crime-rose").citations.get()
    assert comment.quote_status == QuoteStatus.FOUND  # checked against the article it sits under
    assert not Snapshot.objects.filter(source__seed_key="news-comment").exists()


def test_running_twice_changes_nothing(articles):
    load_seed(articles_dir=articles, dataset=DATASET)
    counts = [
        model.objects.count() for model in (Claim, Figure, Citation, Source, Entity, Snapshot)
    ]
    history = Claim.history.count()

    report = load_seed(articles_dir=articles, dataset=DATASET)

    assert not report.changed_anything
    assert report.unchanged["claims"] == 2
    assert [
        model.objects.count() for model in (Claim, Figure, Citation, Source, Entity, Snapshot)
    ] == counts
    assert Claim.history.count() == history


def test_without_the_articles_quotes_are_unchecked_then_checked_when_they_arrive(articles):
    load_seed(articles_dir=None, dataset=DATASET)
    assert not Snapshot.objects.exists()
    assert set(Citation.objects.values_list("quote_status", flat=True)) == {QuoteStatus.UNCHECKED}
    assert Claim.objects.get(seed_key="crime-fell-46").status == ClaimStatus.PUBLISHED

    report = load_seed(articles_dir=articles, dataset=DATASET)

    assert report.snapshots_attached == 1
    assert set(Citation.objects.values_list("quote_status", flat=True)) == {QuoteStatus.FOUND}


def test_a_bad_row_at_the_end_stores_nothing(articles):
    broken = copy.deepcopy(DATASET)
    broken["claims"][-1]["claimant"] = "nobody"

    with pytest.raises(SeedError, match="claim crime-rose: unknown key 'nobody'"):
        load_seed(articles_dir=articles, dataset=broken)

    assert (
        not Claim.objects.exists() and not Source.objects.exists() and not Entity.objects.exists()
    )


def test_a_quote_not_in_the_article_stores_nothing(articles):
    broken = copy.deepcopy(DATASET)
    broken["claims"][0]["citations"][0]["quote"] = "crime fell by 64 per cent"

    with pytest.raises(SeedError, match="claim crime-fell-46: This quote is not in the source"):
        load_seed(articles_dir=articles, dataset=broken)

    assert not Claim.objects.exists()


def test_command_refuses_a_missing_articles_folder(tmp_path):
    with pytest.raises(CommandError, match="no such folder"):
        call_command("load_seed_articles", articles=tmp_path / "nowhere")
