"""A small count ("three providers", "two refunds") competes with a recorded one only when the
two agree: so small a number is a detail of its sentence, and wording alone is weak evidence
that two such counts measure one thing (claims.competing.SMALL_COUNT)."""

from decimal import Decimal

import pytest

from claims.competing import SMALL_COUNT, NewFigure, competitors
from tests.factories import ClaimFactory, FigureFactory, MetricFactory

pytestmark = pytest.mark.django_db

WORDING = ("broadband providers serving the district",)


def _recorded(value: int):  # type: ignore[no-untyped-def]
    return FigureFactory(
        claim=ClaimFactory(statement="Broadband providers serving the district number three."),
        metric=MetricFactory(name="Broadband providers serving the district", unit="count"),
        unit="count",
        value=Decimal(value),
    )


def _new(value: int) -> NewFigure:
    return NewFigure(
        value=Decimal(value),
        unit="count",
        currency="",
        wordings=WORDING,
        words=frozenset({"broadband", "providers", "serving", "district"}),
        places=frozenset(),
        subjects=frozenset(),
    )


def test_a_small_count_with_another_value_is_not_proposed():
    _recorded(3)
    assert competitors(_new(2)) == []


def test_a_small_count_with_the_same_value_still_competes():
    recorded = _recorded(3)
    assert [figure for figure, _, _ in competitors(_new(3))] == [recorded]


def test_a_larger_count_competes_on_wording_whatever_its_value():
    recorded = _recorded(SMALL_COUNT + 2)
    assert [figure for figure, _, _ in competitors(_new(SMALL_COUNT + 5))] == [recorded]
