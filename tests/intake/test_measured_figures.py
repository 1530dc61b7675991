"""A number with a decimal part, of a unit or a noun ("an average stay of 8.3 nights", "6.2
mg/L", "5.1 decisions per caseworker"), is measured or averaged: check-worthy however small,
where a small whole count in digits ("3 vehicles") is not; and so is a vote's tally ("voted 9-4").
Every text here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise


def _suggested(text: str) -> list[str]:
    return [item.sentence for item in extract_suggestions(normalise(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Visitors stayed an average of 8.3 nights, down from 8.6 nights a year earlier.",
        "The median nitrate reading was 6.2 mg/L across the sampled bores.",
        "Average output was 5.1 decisions per caseworker per week in the quarter.",
        "Members went to the gym 6.2 times a month on average.",
    ],
)
def test_a_decimal_of_a_unit_or_a_noun_is_suggested(sentence: str) -> None:
    text = f"Westerby report\n\n{sentence}"
    assert _suggested(text) == [sentence]


@pytest.mark.parametrize(
    "text",
    [
        # A clock's time, as a radio host gives it.
        "HOST: Good morning, you're listening to Coastline Breakfast. It's 7.42.",
        # References to a report's paragraphs.
        "The recommendations are set out in full at paragraphs 4.12 and 4.29 of the report.",
        # A small whole count in digits, as before (in words, session 56 weighs it at the bar:
        # tests/intake/test_real_pages_session56.py).
        "Officers also seized 3 vehicles and 2 mobile phones.",
    ],
)
def test_guard_a_bare_decimal_and_a_small_whole_count_are_not_suggested(text: str) -> None:
    assert _suggested(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors voted 9-4 to rezone the former depot site.",
        "A bill to cap the increases failed in committee last year on a 6-5 vote.",
        "The board of regents voted 7–2 on Tuesday to close the campus.",
    ],
)
def test_a_votes_tally_is_suggested_however_few_voted(sentence: str) -> None:
    text = f"Quillnesse council\n\n{sentence}"
    suggested = extract_suggestions(normalise(text))
    assert [item.sentence for item in suggested] == [sentence]
    assert suggested[0].reason.startswith("states a vote's tally")


@pytest.mark.parametrize(
    "text",
    [
        # Two counts joined by "to" in a vote stay as they were read.
        "Residents voted on 4 June, and the count took two days.",
    ],
)
def test_guard_a_vote_without_a_tally_is_not_suggested(text: str) -> None:
    assert _suggested(text) == []
