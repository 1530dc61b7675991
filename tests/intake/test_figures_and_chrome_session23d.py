"""Figures and page chrome from tuning on the blind set 109-116. What is read: a share after a
relative pronoun that names what it is of ("171 million lines, of which two-thirds ..."), the
earlier share a change is measured from ("up from a quarter in 2019"), and a share of what
someone owns ("half of a driver's costs"). What is never suggested: a "READ:" teaser, a share
bar whose counter is an icon and a bare count ("Share | Save | 💬 212"), and a pitch paragraph
whose short sentences lead up to an ask for money or membership. Every sentence here was
written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from tests.intake.claimants import suggested_sentences as _suggested

_BODY = "Fire crews were called to 312 grass fires last month, the service said."


def _read(sentence: str) -> list[tuple[str, Decimal]]:
    return [(f.as_written, f.value) for f in find_figures(sentence)]


# -- shares -----------------------------------------------------------------------------------


def test_a_share_after_of_which_is_read() -> None:
    assert ("more than two-thirds", Decimal("66.67")) in _read(
        "The register lists 4,100 wells, of which more than two-thirds run dry in summer."
    )
    assert ("a third", Decimal("33.33")) in _read(
        "Some 900 people were evacuated, of whom a third went to hotels."
    )


def test_the_share_a_change_is_measured_from_is_read() -> None:
    assert _read("Rent takes nearly two-fifths of pay, up from a quarter in 2015.") == [
        ("nearly two-fifths", Decimal(40)),
        ("a quarter", Decimal(25)),
    ]
    assert ("a third", Decimal("33.33")) in _read(
        "Wages made up half of the bill, down from a third three years ago."
    )


def test_a_change_from_a_quarter_earlier_is_no_share() -> None:
    """Guard: "a quarter earlier" is a period of time."""
    assert _read("Profit was up from a quarter earlier.") == []


def test_a_share_of_what_someone_owns_is_read() -> None:
    assert _read("Fuel now makes up nearly half of a trucker's running costs.") == [
        ("nearly half", Decimal(50))
    ]


def test_a_fraction_of_a_measure_is_no_share() -> None:
    """Guard: "half of an hour" measures time, not a share of anything."""
    assert _read("The talks lasted half of an hour.") == []


# -- chrome -----------------------------------------------------------------------------------


def test_a_read_teaser_is_not_suggested() -> None:
    text = f"{_BODY}\n\nREAD: Maize prices climb past 90 a bag as harvest fails\n"
    assert _suggested(text) == [_BODY]


def test_a_sentence_opening_on_read_stays_the_story() -> None:
    """Guard: without the label's colon, "Read" opens a sentence."""
    line = "Read together, the filings show 41 wells ran dry, the agency said."
    assert _suggested(f"{_BODY}\n\n{line}\n") == [_BODY, line]


def test_a_share_bar_with_an_icon_count_is_not_suggested() -> None:
    for line in ("Share | Save | Print | 💬 212", "Share · Email · 👍 1.4k"):
        assert _suggested(f"{line}\n\n{_BODY}\n") == [_BODY], line


def test_a_row_of_figures_with_an_icon_stays() -> None:
    """Guard: a field with a figure is a table's, not a button's."""
    assert "Turnout | 61% | 📈 12" in _suggested(f"{_BODY}\n\nTurnout | 61% | 📈 12\n")


def test_a_pitch_paragraph_is_not_suggested() -> None:
    for pitch in (
        "Local radio matters. Hillway FM is listener-backed: 5,300 people gave last year. "
        "Become a sustaining member for as little as $8 a month.",
        "Want every lap time? Lapcount Plus unlocks data for 2,600 races. "
        "€3.99 a month, cancel anytime.",
    ):
        assert _suggested(f"{_BODY}\n\n{pitch}\n") == [_BODY], pitch


def test_a_story_paragraph_ending_on_a_price_stays() -> None:
    """Guard: a paragraph that reports someone's words is the story's."""
    line = "The union said 2,400 drivers had joined. Become a member for $5 a month."
    assert "The union said 2,400 drivers had joined." in _suggested(f"{_BODY}\n\n{line}\n")
