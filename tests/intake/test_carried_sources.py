"""A source introduced once carries on over the sentences after it without naming itself: a
minister who "informed the Assembly", an official who "further apprised that", a body whose
data "further showed", a survey "of 3,400 nurses" that "found", a company that "declined to
comment" and then "in a statement, it said", a body whose paragraph goes on "Its figures
show". Every sentence here was written for this test."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    ("text", "figure", "claimant"),
    [
        (
            "The harbour now handles 4.8 million passengers a year, the Minister for Ports, "
            "Mr. Kofi Brandt-Okoro, informed the Assembly on Monday.\n",
            "4.8 million",
            "Kofi Brandt-Okoro",
        ),
        (
            "The opposition leader, Ms. Rhea Santangelo-Iwu, alleged that at least 9,000 "
            "fishing permits had been sold on.\n",
            "at least 9,000",
            "Rhea Santangelo-Iwu",
        ),
        (
            "The board's director, Dr. Ilse Marchetti-Rao, opened the session.\n\n"
            "Dr. Marchetti-Rao further apprised that nearly one in three ferries ran late.\n",
            "nearly one in three",
            "Ilse Marchetti-Rao",
        ),
        (
            "As per the data released by the Harbour Statistics Office, 61 per cent of crossings "
            "ran on time. The data further showed that 12 per cent were cancelled.\n",
            "12 per cent",
            "Harbour Statistics Office",
        ),
        (
            "Nurses worked a median 46 hours a week, a survey by the Ward Staff Panel showed on "
            "Friday.\n\nThe survey of 3,400 nurses found that 27% had skipped a break every "
            "shift.\n",
            "27%",
            "Ward Staff Panel",
        ),
        (
            "Brelton Foods declined to comment on the talks. In a statement, it said sales had "
            "risen 14% in the first quarter.\n",
            "14%",
            "Brelton Foods",
        ),
        (
            "The Ministry of Harbours sees it differently. Its figures show crossings rose 7.5 "
            "per cent over the past two years.\n",
            "7.5 per cent",
            "Ministry of Harbours",
        ),
    ],
)
def test_the_source_introduced_before_carries_on(text: str, figure: str, claimant: str) -> None:
    assert _claimants(text)[figure] == claimant


def test_an_informed_guess_names_no_one() -> None:
    text = "An informed guess puts the cost at 40 million dollars.\n"
    assert _claimants(text)["40 million dollars"] == ""
