"""More shapes of a page's note on its own corrections: the label dated after a comma, a
Latinate label in capitals, the page's own sentence in brackets, a dated past participle. The
whole paragraph is the note, so a follow-on sentence giving the right figure ("It is 48.") is
never suggested either. Every line here was written for this test."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise

_BODY = "Ferry crossings rose 14 percent last year, the harbour board said.\n\n"


@pytest.mark.parametrize(
    "note",
    [
        "Correction, 2 March: An earlier version of this article gave the number of crossings "
        "as 3.81 million. It is 3.18 million.",
        "Clarification, April 9: The 14 percent rise counts foot passengers only.",
        "CORRIGENDUM: In the report on the harbour published on May 3, the number of berths was "
        "wrongly stated as 84. It is 48. The error is regretted.",
        "(This story has been corrected to show the board counted 910 sailings, not 190, in "
        "paragraph 4)",
        "Amended on 11 October 2025: the board's surplus was £4.2m, not £2.4m.",
        "Corrected on June 30: the harbour has 12 cranes, not 21.",
    ],
)
def test_the_note_and_its_follow_on_sentences_are_never_suggested(note: str) -> None:
    items = extract_suggestions(normalise(f"{_BODY}{note}\n"))
    assert [item.sentence for item in items] == [_BODY.strip()]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corrections, the prison service said, cost 41 million pounds last year.",
        "Amended rules on berths came into force on 1 May, cutting fees by 12 percent.",
    ],
)
def test_a_sentence_that_opens_with_the_word_is_still_suggested(sentence: str) -> None:
    (item,) = extract_suggestions(normalise(f"{sentence}\n"))
    assert item.sentence == sentence
