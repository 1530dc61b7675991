"""The database holds every invariant, whatever writes to it; each model's full_clean() says the
same thing to a person, naming the field at fault."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, transaction

from claims.models import (
    Citation,
    CitationRole,
    Claim,
    ClaimStatus,
    Figure,
    Qualifier,
    QuoteStatus,
    Rank,
    Unit,
)
from sources.models import DatePrecision, Snapshot, Source
from tests.factories import (
    CitationFactory,
    ClaimFactory,
    FigureFactory,
    MetricFactory,
    SnapshotFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


def refused_by(*names: str):  # type: ignore[no-untyped-def]
    """The database refuses the write. PostgreSQL names the constraint; SQLite names it for
    CHECK constraints and the table.column for partial unique indexes, so callers pass both."""
    return pytest.raises(IntegrityError, match="|".join(names))


def field_errors(instance: object) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as excinfo:
        instance.full_clean()  # type: ignore[attr-defined]
    return excinfo.value.message_dict


def date_figure(**fields: object) -> Figure:
    defaults: dict[str, object] = {
        "unit": Unit.DATE,
        "value": None,
        "date_value": date(2018, 3, 1),
        "date_value_precision": DatePrecision.MONTH,
    }
    return FigureFactory(**(defaults | fields))


# figure_bounds_ordered


def test_database_refuses_a_lower_bound_above_the_upper_bound():
    figure = date_figure()

    with refused_by("figure_bounds_ordered"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(lower_bound=10, upper_bound=5)

    figure.refresh_from_db()
    assert (figure.lower_bound, figure.upper_bound) == (None, None)


def test_full_clean_explains_a_lower_bound_above_the_upper_bound():
    figure = FigureFactory.build(value=None, lower_bound=Decimal(10), upper_bound=Decimal(5))

    errors = field_errors(figure)

    assert errors["upper_bound"] == ["The upper bound (5) is below the lower bound (10)."]


# figure_value_within_bounds


def test_database_refuses_a_value_outside_its_bounds():
    figure = FigureFactory(value=Decimal(46))

    with refused_by("figure_value_within_bounds"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(upper_bound=40)
    with refused_by("figure_value_within_bounds"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(lower_bound=50)


def test_full_clean_explains_a_value_outside_its_bounds():
    above = FigureFactory.build(value=Decimal(46), upper_bound=Decimal(40))
    below = FigureFactory.build(value=Decimal(46), lower_bound=Decimal(50))

    assert field_errors(above)["value"] == ["The value is above its upper bound."]
    assert field_errors(below)["value"] == ["The value is below its lower bound."]


# figure_one_preferred_per_metric


def test_database_refuses_two_preferred_figures_for_one_metric():
    metric = MetricFactory()
    first = FigureFactory(metric=metric, rank=Rank.PREFERRED)

    with (
        refused_by("figure_one_preferred_per_metric", "claims_figure.metric"),
        transaction.atomic(),
    ):
        Figure.objects.bulk_create(
            [Figure(claim=first.claim, metric=metric, unit=Unit.PERCENT, value=3, rank="preferred")]
        )

    assert Figure.objects.filter(metric=metric, rank=Rank.PREFERRED).count() == 1


def test_database_allows_many_normal_figures_for_one_metric():
    metric = MetricFactory()
    FigureFactory(metric=metric, rank=Rank.PREFERRED)
    FigureFactory(metric=metric)
    FigureFactory(metric=metric)

    assert Figure.objects.filter(metric=metric).count() == 3


def test_full_clean_explains_a_second_preferred_figure():
    metric = MetricFactory()
    FigureFactory(metric=metric, rank=Rank.PREFERRED)
    second = FigureFactory(metric=metric)
    second.rank = Rank.PREFERRED

    assert field_errors(second)["rank"] == [
        "This metric already has a preferred figure; demote it before preferring this one."
    ]


# figure_number_or_date_matches_unit


def test_database_refuses_a_number_figure_without_a_value():
    figure = FigureFactory(unit=Unit.PERCENT, value=Decimal(46))

    with refused_by("figure_number_or_date_matches_unit"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(value=None)


def test_database_refuses_a_date_figure_with_a_number():
    figure = date_figure()

    with refused_by("figure_number_or_date_matches_unit"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(value=2018)


def test_full_clean_explains_a_number_or_date_in_the_wrong_place():
    no_value = FigureFactory.build(unit=Unit.COUNT, value=None)
    number_with_date = FigureFactory.build(unit=Unit.COUNT, date_value=date(2018, 1, 1))
    date_with_number = FigureFactory.build(
        unit=Unit.DATE,
        value=Decimal(2018),
        date_value=date(2018, 1, 1),
        date_value_precision=DatePrecision.YEAR,
    )
    date_without_date = FigureFactory.build(unit=Unit.DATE, value=None)

    assert field_errors(no_value)["value"] == ["Give the figure's value."]
    assert field_errors(number_with_date)["date_value"] == ["Only date figures have a date value."]
    assert field_errors(date_with_number)["value"] == [
        "A date figure has no number: leave the value empty."
    ]
    assert field_errors(date_without_date)["date_value"] == ["A date figure needs its date."]


# figure_currency_only_for_money


def test_database_refuses_a_currency_on_a_figure_that_is_not_money():
    figure = FigureFactory(unit=Unit.PERCENT)

    with refused_by("figure_currency_only_for_money"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(currency="USD")


def test_database_refuses_money_without_an_iso_currency_code():
    figure = FigureFactory(unit=Unit.CURRENCY, currency="USD", value=Decimal(150_000_000))

    with refused_by("figure_currency_only_for_money"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(currency="")
    with refused_by("figure_currency_only_for_money"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(currency="usd")


def test_full_clean_explains_a_misplaced_or_malformed_currency():
    percent_with_currency = FigureFactory.build(unit=Unit.PERCENT, currency="USD")
    money_in_lower_case = FigureFactory.build(unit=Unit.CURRENCY, currency="usd")

    assert field_errors(percent_with_currency)["currency"] == [
        "Only money figures have a currency."
    ]
    assert field_errors(money_in_lower_case)["currency"] == [
        "Give the ISO 4217 currency code, e.g. USD."
    ]


# figure_date_value_precision_matches_date


def test_database_refuses_a_figure_date_without_its_precision():
    figure = date_figure()

    with refused_by("figure_date_value_precision_matches_date"), transaction.atomic():
        Figure.objects.filter(pk=figure.pk).update(date_value_precision=DatePrecision.UNKNOWN)


def test_full_clean_explains_a_figure_date_without_its_precision():
    figure = FigureFactory.build(
        unit=Unit.DATE,
        value=None,
        date_value=date(2018, 3, 1),
        date_value_precision=DatePrecision.UNKNOWN,
    )

    assert field_errors(figure)["date_value_precision"] == [
        "A date is given: say whether it is a day, month or year."
    ]


def test_full_clean_explains_a_month_date_not_stored_as_the_first():
    figure = FigureFactory.build(
        unit=Unit.DATE,
        value=None,
        date_value=date(2018, 3, 14),
        date_value_precision=DatePrecision.MONTH,
    )

    assert field_errors(figure)["date_value"] == [
        "A month-precision date is stored as the 1st of that month."
    ]


# source_published_on_precision_matches_date


def test_database_refuses_a_publication_date_without_its_precision():
    source = SourceFactory(published_on=date(2019, 1, 1), published_on_precision="year")

    with refused_by("source_published_on_precision_matches_date"), transaction.atomic():
        Source.objects.filter(pk=source.pk).update(published_on_precision=DatePrecision.UNKNOWN)
    with refused_by("source_published_on_precision_matches_date"), transaction.atomic():
        Source.objects.filter(pk=source.pk).update(published_on=None)


def test_full_clean_explains_a_publication_date_without_its_precision():
    dated_without_precision = SourceFactory.build(
        published_on=date(2019, 5, 4), published_on_precision=DatePrecision.UNKNOWN, publisher=None
    )
    precision_without_date = SourceFactory.build(
        published_on=None, published_on_precision=DatePrecision.DAY, publisher=None
    )

    assert field_errors(dated_without_precision)["published_on_precision"] == [
        "A date is given: say whether it is a day, month or year."
    ]
    assert field_errors(precision_without_date)["published_on"] == [
        "Give the date, or set its precision to “not stated”."
    ]


# claim_public_has_verdict_and_explanation


def test_database_refuses_a_public_claim_without_a_verdict_or_explanation(make_claim):
    claim = make_claim(status="published")

    with refused_by("claim_public_has_verdict_and_explanation"), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(verdict="")
    with refused_by("claim_public_has_verdict_and_explanation"), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(explanation="")

    claim.refresh_from_db()
    assert claim.verdict == "unsupported"
    assert claim.explanation


def test_full_clean_explains_a_public_claim_without_a_verdict_or_explanation(make_claim):
    claim = make_claim(status="published")
    claim.verdict = ""
    claim.explanation = "  "

    errors = field_errors(claim)

    assert errors["verdict"] == ["A published claim needs a verdict."]
    assert errors["explanation"] == ["A published claim needs an explanation of its verdict."]


# citation_paraphrase_matches_status


def test_database_refuses_a_paraphrase_whose_status_says_otherwise():
    citation = CitationFactory()

    with refused_by("citation_paraphrase_matches_status"), transaction.atomic():
        Citation.objects.filter(pk=citation.pk).update(is_paraphrase=True)
    with refused_by("citation_paraphrase_matches_status"), transaction.atomic():
        Citation.objects.filter(pk=citation.pk).update(quote_status=QuoteStatus.PARAPHRASE)


def test_full_clean_explains_a_paraphrase_whose_status_says_otherwise():
    citation = CitationFactory()
    citation.is_paraphrase = True

    errors = field_errors(citation)

    assert "is_paraphrase" in errors
    assert "paraphrase" in errors["is_paraphrase"][0].lower()


# citation_found_quote_has_position


def test_database_refuses_a_found_quote_without_its_position():
    citation = CitationFactory()

    with refused_by("citation_found_quote_has_position"), transaction.atomic():
        Citation.objects.filter(pk=citation.pk).update(quote_status=QuoteStatus.FOUND)


def test_full_clean_explains_a_found_quote_without_its_position():
    citation = CitationFactory()
    citation.quote_status = QuoteStatus.FOUND

    errors = field_errors(citation)

    assert "quote" in errors or "position_start" in errors


# citation_one_first_appearance_per_claim


def test_database_refuses_two_first_appearances_for_one_claim():
    first = CitationFactory(role=CitationRole.FIRST_APPEARANCE)

    with (
        refused_by("citation_one_first_appearance_per_claim", "claims_citation.claim_id"),
        transaction.atomic(),
    ):
        Citation.objects.bulk_create(
            [
                Citation(
                    claim=first.claim,
                    source=SourceFactory(),
                    quote="another quote",
                    role=CitationRole.FIRST_APPEARANCE,
                )
            ]
        )

    assert first.claim.citations.count() == 1


def test_full_clean_explains_a_second_first_appearance():
    first = CitationFactory(role=CitationRole.FIRST_APPEARANCE)
    second = CitationFactory.build(
        claim=first.claim,
        source=first.source,
        quote="another quote",
        role=CitationRole.FIRST_APPEARANCE,
    )

    errors = field_errors(second)

    assert "role" in errors
    assert "first appearance" in errors["role"][0].lower()


# snapshot_unique_text_per_source


def test_database_refuses_the_same_text_twice_for_one_source():
    snapshot = SnapshotFactory()

    with (
        refused_by("snapshot_unique_text_per_source", "sources_snapshot.source_id"),
        transaction.atomic(),
    ):
        Snapshot.objects.bulk_create(
            [Snapshot(source=snapshot.source, text=snapshot.text, sha256=snapshot.sha256)]
        )

    assert snapshot.source.snapshots.count() == 1


def test_same_text_may_be_stored_for_two_different_sources():
    snapshot = SnapshotFactory()
    other = SnapshotFactory(text=snapshot.text)

    assert other.sha256 == snapshot.sha256
    assert other.source_id != snapshot.source_id


def test_full_clean_explains_the_same_text_twice_for_one_source():
    snapshot = SnapshotFactory()
    duplicate = Snapshot(source=snapshot.source, text=snapshot.text, sha256=snapshot.sha256)

    errors = field_errors(duplicate)

    assert errors["__all__"] == ["Snapshot with this Source and Sha256 already exists."]


# claim_public_needs_citation (triggers)


def test_database_refuses_making_a_claim_without_citations_public():
    claim = ClaimFactory()
    assert not claim.citations.exists()

    with pytest.raises(DatabaseError, match="claim_public_needs_citation"), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(
            status=ClaimStatus.PUBLISHED, verdict="accurate", explanation="x"
        )

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DRAFT


def test_database_allows_making_a_claim_with_a_citation_public():
    citation = CitationFactory()

    Claim.objects.filter(pk=citation.claim_id).update(
        status=ClaimStatus.PUBLISHED, verdict="accurate", explanation="x"
    )

    assert Claim.objects.get(pk=citation.claim_id).status == ClaimStatus.PUBLISHED


def test_database_refuses_deleting_the_last_citation_of_a_published_claim(make_claim):
    claim = make_claim(status="published")
    assert claim.citations.count() == 1

    with pytest.raises(DatabaseError, match="claim_public_needs_citation"), transaction.atomic():
        Citation.objects.filter(claim=claim).delete()

    assert claim.citations.count() == 1


def test_database_allows_deleting_one_of_two_citations_of_a_published_claim(make_claim):
    claim = make_claim(status="published")
    extra = CitationFactory(claim=claim, quote="a second quote")

    Citation.objects.filter(pk=extra.pk).delete()

    assert claim.citations.count() == 1


def test_full_clean_explains_a_public_claim_without_citations(make_claim):
    claim = make_claim(status="in_review")
    claim.citations.all().delete()
    claim.status = ClaimStatus.PUBLISHED
    claim.verdict = "accurate"
    claim.explanation = "Checked."

    assert field_errors(claim)["status"] == ["A published claim needs at least one citation."]


# Figure.display


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        (
            {"unit": Unit.COUNT, "value": Decimal(52), "qualifier": Qualifier.AT_LEAST},
            "at least 52",
        ),
        ({"unit": Unit.PERCENT, "value": Decimal("46.000000")}, "46%"),
        (
            {"unit": Unit.PERCENT, "value": Decimal("12.5"), "qualifier": Qualifier.ABOUT},
            "about 12.5%",
        ),
        (
            {"unit": Unit.CURRENCY, "value": Decimal(150_000_000), "currency": "USD"},
            "$150 million",
        ),
        ({"unit": Unit.PERCENTAGE_POINTS, "value": Decimal(3)}, "3 percentage points"),
        (
            {"unit": Unit.YEARS, "value": Decimal(10), "qualifier": Qualifier.MORE_THAN},
            "more than 10 years",
        ),
        (
            {
                "unit": Unit.DATE,
                "value": None,
                "date_value": date(2018, 3, 1),
                "date_value_precision": DatePrecision.MONTH,
            },
            "March 2018",
        ),
        (
            {
                "unit": Unit.DATE,
                "value": None,
                "date_value": date(2018, 1, 1),
                "date_value_precision": DatePrecision.YEAR,
            },
            "2018",
        ),
        (
            {
                "unit": Unit.DATE,
                "value": None,
                "date_value": date(2018, 3, 9),
                "date_value_precision": DatePrecision.DAY,
            },
            "9 March 2018",
        ),
    ],
)
def test_figure_is_displayed_as_a_reader_would_say_it(fields, shown):
    assert Figure(**fields).display == shown
