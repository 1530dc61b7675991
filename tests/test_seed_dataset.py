"""The curated seed dataset: what it holds, who it attributes claims to, and that its quotes are
in the articles (when the article texts are at hand)."""

import pytest
from django.core.management import call_command

from claims.models import Citation, Claim, ClaimStatus, Figure, Metric, QuoteStatus
from claims.seed.loader import load_dataset
from sources.models import EntityKind, Snapshot, SourceKind
from sources.quotes import word_count

pytestmark = pytest.mark.django_db

COMPETING_SETS = {
    "cloudwalk-zimbabwe-deal-signing-date": {"2018-03-01", "2018-04-01"},
    "nairobi-crime-change-huawei-cameras": {"46"},
    "china-ai-industry-value-usd": {"150000000000"},
    "china-face-data-people-count": {"1000000000", "1300000000"},
    "countries-using-ai-surveillance-by-category": {"52", "64", "75"},
}


def _figure_values(metric: Metric) -> set[str]:
    values = set()
    for figure in metric.figures.all():
        if figure.date_value is not None:
            values.add(figure.date_value.isoformat())
        else:
            values.add(format(figure.value.normalize(), "f"))
    return values


def test_dataset_file_ships_only_short_quotes():
    data = load_dataset()
    quotes = [c["quote"] for claim in data["claims"] for c in claim["citations"]]
    assert len(data["claims"]) >= 25
    assert all(word_count(quote) <= 25 for quote in quotes)


def test_loads_without_articles_with_unchecked_quotes(seed_dataset):
    assert Claim.objects.count() >= 25
    assert not Snapshot.objects.exists()
    statuses = set(Citation.objects.values_list("quote_status", flat=True))
    assert statuses <= {QuoteStatus.UNCHECKED, QuoteStatus.PARAPHRASE}
    for claim in Claim.objects.public():
        assert claim.verdict and claim.explanation and claim.citations.exists()
        assert claim.figures.exists()


def test_the_five_competing_sets_are_present_with_reasons(seed_dataset):
    for key, expected in COMPETING_SETS.items():
        metric = Metric.objects.get(slug=key)
        figures = list(metric.figures.select_related("claim"))
        assert len({figure.claim_id for figure in figures}) >= 2, key
        assert expected <= _figure_values(metric), (key, _figure_values(metric))
        assert all(figure.difference_note for figure in figures), key
    assert Figure.objects.filter(metric__slug="china-ai-industry-value-usd").count() == 2


def test_claimants_are_who_made_the_claim_not_the_publisher(seed_dataset):
    huawei = Claim.objects.get(seed_key="huawei-nairobi-crime-drop-46")
    assert huawei.claimant.name == "Huawei"
    assert {c.source.publisher.name for c in huawei.citations.all()} == {"Financial Times"}

    ecuador = Claim.objects.get(seed_key="ecuador-government-crime-cut-24-percent")
    assert ecuador.claimant.kind == EntityKind.GOVERNMENT
    assert ecuador.figures.get().value == 24

    comment = Claim.objects.get(seed_key="commenter-half-million-africans-guangzhou")
    assert comment.claimant.kind == EntityKind.COMMENTER
    assert {c.source.kind for c in comment.citations.all()} == {SourceKind.READER_COMMENT}
    assert comment.figures.get().value == 500000


def test_untraceable_uk_figure_stays_visible_as_unsupported(seed_dataset):
    uk = Claim.objects.get(seed_key="hawkins-uk-police-trials-91-percent-false-positives")
    assert uk.status == ClaimStatus.PUBLISHED
    assert uk.verdict == "unsupported"
    assert uk.figures.get().value == 91


def test_workflow_states_are_mixed_so_the_desk_has_work(seed_dataset):
    assert Claim.objects.filter(status=ClaimStatus.DRAFT).count() >= 3
    assert Claim.objects.filter(status=ClaimStatus.IN_REVIEW).count() >= 3


@pytest.mark.articles
def test_every_verbatim_quote_is_found_in_its_article(seed_dataset_with_articles):
    assert Snapshot.objects.count() == 5
    citations = Citation.objects.select_related("source", "checked_snapshot")
    verbatim = [c for c in citations if not c.is_paraphrase]
    assert len(verbatim) >= 25
    for citation in verbatim:
        assert citation.quote_status == QuoteStatus.FOUND, citation.quote
        found = citation.checked_snapshot.text[citation.position_start : citation.position_end]
        assert " ".join(found.split()) == " ".join(citation.quote.split())


@pytest.mark.articles
def test_command_is_idempotent_with_the_articles(seed_dataset_with_articles, articles_dir, capsys):
    counts = [model.objects.count() for model in (Claim, Figure, Citation, Snapshot)]
    history = Claim.history.count() + Figure.history.count() + Citation.history.count()
    capsys.readouterr()

    call_command("load_seed_articles", articles=articles_dir)

    out = capsys.readouterr().out
    assert "created nothing" in out
    assert "0 snapshot(s) attached" in out
    assert [model.objects.count() for model in (Claim, Figure, Citation, Snapshot)] == counts
    assert Claim.history.count() + Figure.history.count() + Citation.history.count() == history
