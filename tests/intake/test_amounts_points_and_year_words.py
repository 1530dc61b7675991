"""Three number forms of issue #14 the figure reader once got wrong, with sentences written for
this test: amounts with a scale written onto them ("£100m-a-year", "$2.5billion", "£2.6trn")
against a race's distance ("the 400m hurdles"); points that are percentage points in a poll and a
game's or an index's points elsewhere; and a year written in words ("in two thousand and
nineteen"), which is no count."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import COUNT, CURRENCY, MORE_THAN, PERCENTAGE_POINTS, find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.test_number_properties import in_words


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [
        (figure.as_written, figure.value, figure.unit, figure.currency)
        for figure in find_figures(text)
    ]


# -- amounts with a scale ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "value", "currency"),
    [
        ("Ministers signed a £100m-a-year contract for night buses.", "£100m", "100000000", "GBP"),
        ("The port is now worth £350million, its owners say.", "£350million", "350000000", "GBP"),
        ("The bridge cost $2.5billion to build.", "$2.5billion", "2500000000", "USD"),
        ("Household debt reached £2.6trn last year.", "£2.6trn", "2600000000000", "GBP"),
        ("Pension funds hold $1.2 trn in bonds.", "$1.2 trn", "1200000000000", "USD"),
    ],
)
def test_an_amount_with_its_scale_written_onto_it(
    text: str, written: str, value: str, currency: str
) -> None:
    assert _read(text) == [(written, Decimal(value), CURRENCY, currency)]


@given(
    st.sampled_from([("£", "GBP"), ("$", "USD"), ("€", "EUR")]),
    st.decimals(min_value=1, max_value=999, places=1),
    st.sampled_from(
        [("m", 10**6), ("million", 10**6), ("bn", 10**9), ("billion", 10**9), ("trn", 10**12)]
    ),
    st.sampled_from(["", " a year", "-a-year"]),
)
def test_any_amount_with_a_scale_written_onto_it_is_read_at_full_scale(
    symbol: tuple[str, str], number: Decimal, scale: tuple[str, int], after: str
) -> None:
    written = f"{symbol[0]}{number}{scale[0]}"
    (figure,) = find_figures(f"The scheme will cost {written}{after}, ministers said.")
    assert (figure.as_written, figure.unit, figure.currency) == (written, CURRENCY, symbol[1])
    assert figure.value == number * scale[1]


def test_an_amount_and_more_is_more_than_the_amount() -> None:
    (figure,) = find_figures("The club turned down a £40m-plus bid for its captain.")
    assert (figure.as_written, figure.value, figure.qualifier) == (
        "£40m-plus",
        Decimal(40_000_000),
        MORE_THAN,
    )


@pytest.mark.parametrize(
    "text",
    [
        "She won the 400m hurdles in a new national record.",
        "His 200m freestyle heat was the fastest of the day.",
        "The 5,000m race starts at noon.",
    ],
)
def test_a_race_distance_is_no_amount(text: str) -> None:
    assert find_figures(text) == []


# -- points ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Hawks built a 10-point lead at half-time.", "10-point"),
        ("The Falcons led by 8 points going into the final quarter.", "8 points"),
        ("The share index fell 45 points in early trading.", "45 points"),
    ],
)
def test_a_games_or_an_indexs_points_are_counted(text: str, written: str) -> None:
    assert [(f.as_written, f.unit) for f in find_figures(text)] == [(written, COUNT)]


@given(
    st.integers(min_value=2, max_value=30),
    st.sampled_from(["a {n}-point lead at half-time", "{n} points clear at the top of the table"]),
    st.sampled_from(["a {n}-point lead in the latest poll", "{n} points ahead in the polls"]),
)
def test_the_same_points_are_a_score_in_sport_and_a_share_in_a_poll(
    number: int, sport: str, poll: str
) -> None:
    (game,) = find_figures(f"The visitors had {sport.format(n=number)}.")
    (share,) = find_figures(f"The opposition has {poll.format(n=number)}.")
    assert (game.value, game.unit) == (number, COUNT)
    assert (share.value, share.unit) == (number, PERCENTAGE_POINTS)


# -- years in words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By two thousand and thirty the city will need 9,000 new homes.",
        "In the year two thousand, 300 people lived on the island.",
        "The ferry is due back in service in March two thousand and twenty-six.",
        "Fares were frozen from two thousand and ten to two thousand and twenty.",
    ],
)
def test_a_year_in_words_is_no_count(text: str) -> None:
    assert all(
        figure.value < 1900 or figure.as_written[0].isdigit() for figure in find_figures(text)
    )
    assert not any("thousand" in figure.as_written for figure in find_figures(text))


@given(st.integers(min_value=2000, max_value=2099), st.integers(min_value=10, max_value=999))
def test_a_year_in_words_is_no_figure_but_as_many_people_are(year: int, count: int) -> None:
    words = in_words(year, british=True)
    assert _read(f"In {words}, the town had {count} shops.") == [
        (str(count), Decimal(count), COUNT, "")
    ]
    (people,) = find_figures(f"Some {words} people signed the petition.")
    assert people.value == year


def test_an_amount_in_a_rate_is_suggested_from_an_article() -> None:
    text = "The council agreed a £100m-a-year contract for street lighting, officials said.\n"
    (item,) = extract_suggestions(normalise(text))
    assert [(f.as_written, f.value) for f in item.figures] == [("£100m", Decimal(100_000_000))]


def test_a_small_count_that_was_lost_or_gained_is_check_worthy() -> None:
    text = "The Independents lost 7 seats and the Greens gained 3 on Thursday night.\n"
    (item,) = extract_suggestions(normalise(text))
    assert [figure.as_written for figure in item.figures] == ["7", "3"]
