"""A length of time written as a clock writes one ("won in 2:21:07", "an average of 4:35"), read
in seconds as "1 minute 12 seconds" is, while a time of day written the same way ("at 14:32",
"Updated 09:12:33") stays no figure.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from tests.intake.claimants import claimants_by_figure


def _read(text: str) -> list[tuple[str, Decimal]]:
    return [(figure.as_written, figure.value) for figure in find_figures(text)]


@pytest.mark.parametrize(
    ("sentence", "written", "seconds"),
    [
        ("Ines Varrowby won the women's race in 2:21:07, a course record.", "2:21:07", 8467),
        ("The average wait was 1:42:10 in October.", "1:42:10", 6130),
        ("He finished second (2:22:40) ahead of Ruth Marrable.", "2:22:40", 8560),
        ("| 1 | Ines Varrowby | 2:21:07 |", "2:21:07", 8467),
        ("Call handlers took an average of 4:35 to answer.", "4:35", 275),
        ("Her winning time of 9:58.2 was a championship best.", "9:58.2", Decimal("598.2")),
        ("The hearing lasted 1:45 hours in all.", "1:45 hours", 6300),
        ("The median response time was 7:12 in March.", "7:12", 432),
        ("The pair finished with times of 2:21:07 and 2:22:40.", "2:22:40", 8560),
    ],
)
def test_a_length_written_as_a_clock_is_read_in_seconds(
    sentence: str, written: str, seconds: Decimal
) -> None:
    assert (written, Decimal(seconds)) in _read(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Updated 03.04.2019 09:12:33",
        "Posted 14:32:05 GMT",
        "The meeting starts at 14:32 on Tuesday.",
        "Kick-off is 19:45.",
        "Polls close at 22:00:00 local time.",
        "The first result came in 02:14:05 GMT on Friday.",
        "Results were declared 03:40:12 BST.",
        "Doors open between 09:00 and 17:30.",
        "The polls are open between 07:00:00 and 22:00:00 on Thursday.",
        "14:32:05\nCouncillors have begun the vote.",
        "John 3:16 was read at the service.",
        "Staff were outnumbered at a 3:1 ratio.",
    ],
)
def test_guard_a_time_of_day_or_a_ratio_written_with_a_colon_is_no_length(text: str) -> None:
    assert _read(text) == []


@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(["at", "until", "Updated", "since", "before"]),
)
def test_guard_a_clock_time_after_a_word_that_sets_the_hour_is_never_a_figure(
    hour: int, minute: int, word: str
) -> None:
    assert _read(f"The office stays open {word} {hour:02d}:{minute:02d} on weekdays.") == []


@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=0, max_value=59),
    st.integers(min_value=0, max_value=59),
)
def test_hours_minutes_and_seconds_after_a_length_word_read_as_their_seconds(
    hours: int, minutes: int, seconds: int
) -> None:
    figures = find_figures(f"She finished in {hours}:{minutes:02d}:{seconds:02d} on Sunday.")
    assert [figure.value for figure in figures] == [hours * 3600 + minutes * 60 + seconds]


def test_a_race_time_is_suggested_with_its_claimant() -> None:
    text = (
        "Ines Varrowby won the women's race in 2:21:07, cutting 48 seconds from the course "
        "record, the organisers said.\n"
    )
    assert claimants_by_figure(text)["2:21:07"] == "organisers"
