"""A page's own record of its corrections in other house styles: a wire story's correction tag
under the headline ("(Corrects ... to X from Y)"), an erratum ("ERRATUM: In our edition of
... was wrongly reported as ...") and a "For the record" note; and a standfirst that repeats
the body's figure in words. None is a claim. Every sentence here was written for this test;
every name is invented."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise


def _sentences(text: str) -> list[str]:
    return [item.sentence for item in extract_suggestions(normalise(text))]


BODY = "Unemployment fell to 5.8 percent in May, the Valdor Statistics Office said.\n"


@pytest.mark.parametrize(
    "note",
    [
        "(Corrects unemployment rate in paragraph 1 to 5.8 percent from 5.9 percent)",
        "(Fixes spelling of minister's name in paragraph 6; adds 12 percent figure in paragraph 4)",
        "ERRATUM: In yesterday's edition, the number of jobless was wrongly given as 91,000 "
        "instead of 81,000. The error is regretted.",
        "For the record: an article on Monday incorrectly said 4,000 homes were built; the "
        "figure was 3,400.",
    ],
)
def test_a_correction_note_is_never_a_claim(note: str) -> None:
    assert _sentences(f"Jobless rate falls\n{note}\n\n{BODY}") == [BODY.strip()]


def test_a_long_standfirst_that_rounds_the_body_is_not_suggested() -> None:
    text = (
        "Jobless rate falls\n"
        "Barely six in 100 adults are now out of work – and economists expect the fall to "
        "continue well into next year\n\n"
        f"{BODY}"
    )
    assert _sentences(text) == [BODY.strip()]
