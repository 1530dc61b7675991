"""A long-read sets its scene with numbers nobody claims: a clock time in words, a person's own
years at their work, a loose "a dozen" of people standing about. None is suggested on its own;
each still is when a source is named for it, and the same words that state a change or a
pledge stay figures. Every sentence here was written for this test."""

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise


@pytest.mark.parametrize(
    "sentence",
    [
        "At twenty past five on a cold Friday, Tomas Reyes-Hartley unlocks the bakery door.",
        "By half past eight the queue reaches the corner.",
        "The bells ring at nine o'clock, as they always have.",
        "He has driven the number 12 route for twenty-two years.",
        "She had nursed on the ward for eleven years before it closed.",
        "Behind him, a dozen drivers sip coffee from paper cups.",
        "Half a dozen children chase a football across the car park.",
    ],
)
def test_scene_setting_is_not_suggested(sentence: str) -> None:
    assert extract_suggestions(normalise(f"{sentence}\n")) == []


@pytest.mark.parametrize(
    ("sentence", "as_written"),
    [
        ("The union said a dozen depots had closed since March.", "a dozen"),
        ("He has promised to freeze fares for 3 years, the mayor's office said.", "3 years"),
        ("The plant has been closed for four years.", "four years"),
    ],
)
def test_the_same_numbers_with_a_source_or_a_subject_are_suggested(
    sentence: str, as_written: str
) -> None:
    (item,) = extract_suggestions(normalise(f"{sentence}\n"))
    assert [figure.as_written for figure in item.figures] == [as_written]


def test_a_change_between_number_words_is_no_clock_time() -> None:
    figures = find_figures("The number of branches fell from ten to seven last year.")
    assert [figure.as_written for figure in figures][:1] == ["ten"]


def test_a_persons_own_years_stay_unsuggested_when_their_speech_carries_on() -> None:
    text = (
        '"We are tired," said Amira Castellanos-Boyd, a porter at the hospital. '
        "She has worked nights there for fourteen years.\n"
    )
    assert extract_suggestions(normalise(text)) == []
