"""Claimants and figures, session 47. Every sentence here was written for this test; every name
is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from claims.figures_parser import find_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 20 000 homes in Wards 4, 7 and 9 had no water, residents said.",
        "Pupils in Years 7, 8, and 9 sat the new test, the trust said.",
        "The changes are set out in sections 3, 4, 5 and 12 of the bill.",
    ],
)
def test_the_last_of_a_list_of_labels_is_no_figure(sentence: str) -> None:
    """ "Wards 4, 7 and 9": the list's first numbers were read as the label's and its last,
    after "and", as a count of something."""
    written = [figure.as_written for figure in find_figures(sentence)]
    assert not {"4", "7", "8", "9", "12"} & set(written)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In Years 7 and 8, 45% of pupils met the standard.", "45%"),
        ("Wards 4 and 7 lost 300 homes to the flood.", "300"),
        ("In Wards 4, 7 and 9 some 1,200 homes were cut off.", "some 1,200"),
    ],
)
def test_guard_a_count_after_a_list_of_labels_is_still_a_figure(sentence: str, figure: str) -> None:
    """Guard: the list of labels ends where a count after it starts."""
    assert figure in [found.as_written for found in find_figures(sentence)]
