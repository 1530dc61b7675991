"""A page's note that the article was corrected, amended or clarified is the page's record of
its own mistakes, not a claim: the figures in it (the right one and the one it replaced) are
never suggested. The rest of the article still is. Every line here was written for this test."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise

_BODY = "Library visits rose 12 percent last year, the county council said.\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "This article was amended on 3 June 2025 to correct the number of branches, which is "
        "42, not 24.",
        "This story has been corrected to give the council's figure for loans; an earlier "
        "version gave it as 2.1 million.",
        "An earlier version said 61.",
        "This article was updated on 9 May. An earlier version of this article said 18 "
        "libraries would close.",
        "Correction: An earlier version of this story misstated the rise as 21 percent.",
        "Clarification (March 4): The 12 percent rise covers adult visits only.",
        "Editor's note: A previous version gave the number of branches as 45.",
        "Corrections & clarifications: the council spent £3.2m, not £2.3m.",
    ],
)
def test_a_correction_note_is_never_suggested(note: str) -> None:
    items = extract_suggestions(normalise(f"{_BODY}{note}\n"))
    assert [item.sentence for item in items] == [_BODY.strip()]


def test_a_sentence_about_someone_elses_correction_is_still_suggested() -> None:
    text = "The regulator said the bank had corrected 1,400 mortgage statements since May.\n"
    (item,) = extract_suggestions(normalise(text))
    assert item.figures[0].as_written == "1,400"


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: An earlier version of this story gave the number of branches as 45.",
        "Editor's note: This article has been updated to correct the council's figure of £3.2m.",
        "Editor's note: The headline misstated the rise as 21 percent.",
    ],
)
def test_an_editors_note_on_an_error_is_a_correction(note: str) -> None:
    items = extract_suggestions(normalise(f"{_BODY}{note}\n"))
    assert [item.sentence for item in items] == [_BODY.strip()]


def test_an_editors_note_that_says_what_follows_is_the_pages_text() -> None:
    """ "Editor's note:" over what the page runs ("The figures below were obtained by the
    Gazette"), speaking of no error, is no record of a mistake: its figures are read."""
    note = (
        "Editor's note: Figures obtained by the Gazette last week showed 4,920 fewer people "
        "had been vaccinated than a year before."
    )
    items = extract_suggestions(normalise(f"{_BODY}{note}\n"))
    assert any(figure.as_written == "4,920" for item in items for figure in item.figures)


def test_a_note_that_shares_may_not_sum_to_100_states_no_figure() -> None:
    note = (
        "Percentages are calculated by the Gazette and may not add up to 100 because of rounding."
    )
    items = extract_suggestions(normalise(f"{_BODY}{note}\n"))
    assert [item.sentence for item in items] == [_BODY.strip()]
