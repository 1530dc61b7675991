"""A fact-check's header gives the claim on one line and who made it on the next ("Said by:",
"Claimed by:"): the claim's figure is that person's, not the fact-checker's. Every line here
was written for this test."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise


@pytest.mark.parametrize(
    "said_by",
    [
        "Said by: Transport Minister Halvard Osei-Lindgren, on Radio Ferrant, 3 June 2025",
        "Claimed by: Halvard Osei-Lindgren (Facebook post, 3 June)",
    ],
)
def test_the_said_by_line_names_the_claimant(said_by: str) -> None:
    text = f'Claim: "We have put 340 new buses on the road this year."\n{said_by}\n'
    (item,) = extract_suggestions(normalise(text))
    assert item.figure_claimants == ["Halvard Osei-Lindgren"]


def test_a_claim_line_without_a_said_by_line_names_no_one() -> None:
    text = 'Claim: "We have put 340 new buses on the road this year."\n\nOur verdict follows.\n'
    (item,) = extract_suggestions(normalise(text))
    assert item.figure_claimants == [""]
