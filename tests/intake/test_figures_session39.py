"""Figures, session 39: an amount in cents written "c" onto its number, which an amount moved
from, to or by ("down from 210c", "to 412c", "up 80c"); "50c" alone stays no figure (a coin, a
name).
Every line here was written for this test.

Each test fails without the change it describes, except those marked as guards."""

from decimal import Decimal

import pytest

from claims.figures_parser import CURRENCY, find_figures


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("It paid a final dividend of 95c a share, down from 210c.", "210c", Decimal("2.10")),
        ("Earnings per share fell 22% to 412c, the group said.", "412c", Decimal("4.12")),
        ("The minimum wage went to €13.50 an hour, up 80c.", "80c", Decimal("0.80")),
        ("The fare was cut by 5c on Monday.", "5c", Decimal("0.05")),
    ],
)
def test_cents_an_amount_moved_from_to_or_by_are_read(
    text: str, written: str, value: Decimal
) -> None:
    figure = next(f for f in find_figures(text) if f.as_written == written)
    assert (figure.value, figure.unit) == (value, CURRENCY)


def test_cents_take_the_currency_of_the_sentences_other_amount() -> None:
    figure = next(
        f
        for f in find_figures("The minimum wage went to €13.50 an hour, up 80c.")
        if f.as_written == "80c"
    )
    assert figure.currency == "EUR"


@pytest.mark.parametrize(
    "text",
    [
        "He paid for the paper with a 50c coin.",
        "The 50c song topped the chart for 3 weeks.",
        "Tickets cost 50c.",
    ],
)
def test_guard_cents_alone_are_no_figure(text: str) -> None:
    assert all(not f.as_written.endswith("c") for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Milk is now 44.5 cent per litre.", "44.5 cent"),
        ("Diesel rose to 36.5c/L in May.", "36.5c"),
        ("The board declared 95c a share.", "95c"),
    ],
)
def test_guard_cents_at_a_rate_are_still_read(text: str, written: str) -> None:
    assert any(f.as_written == written for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The district now ranks 23rd of 31 large urban districts.", "23"),
        ("The city ranked 112th out of 180 markets in the index.", "112"),
        ("The team finished only 14th in the world rankings.", "14"),
        ("The club has now slipped to 9th in the league table.", "9"),
        ("The club fell to 27th place after the defeat.", "27"),
    ],
)
def test_a_place_in_a_ranking_is_a_figure(text: str, written: str) -> None:
    """A rank is a figure to check ("ranks 23rd of 31"); intake read every ordinal as none."""
    assert any(f.as_written == written and f.value == Decimal(written) for f in find_figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "The hall dates from the 19th century.",
        "She celebrated her 21st birthday on the 5th of May.",
        "The gallery is on the 3rd floor.",
        "She finished 3rd in the race.",
    ],
)
def test_guard_an_ordinal_that_ranks_nothing_is_no_figure(text: str) -> None:
    assert find_figures(text) == []
