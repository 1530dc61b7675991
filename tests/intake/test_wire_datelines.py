"""A wire story's dateline ("PLACE, Region, Mon 12 (Agency) -") opens its first paragraph: it is
no part of the sentence it prefixes, it is never suggested, and the agency that datelines the
story is not the claimant of what follows. Every line here was written for this test; every
name is invented."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import DATELINE, normalise


@pytest.mark.parametrize(
    ("dateline", "rest"),
    [
        (
            "VANTORP, Esselland, March 3 (Corvane News) - ",
            "Esselland's copper output fell 18 percent in February, the mines ministry said.",
        ),
        (
            "OSK (Tidewire) — ",
            "The port handled 2.3 million containers last year, its operator said.",
        ),
        (
            "PORT ALMA, Sept. 9 (Baylight) – ",
            "Fuel prices rose 6 percent in August, according to the Energy Pricing Office.",
        ),
    ],
)
def test_a_wire_dateline_is_cut_from_the_sentence_it_opens(dateline: str, rest: str) -> None:
    normalised = normalise(f"{dateline}{rest}\n")
    (item,) = extract_suggestions(normalised)
    assert item.sentence == rest
    assert normalised.text[item.start : item.end] == rest
    assert any(span.kind == DATELINE and span.start == 0 for span in normalised.spans)


def test_the_agency_that_datelines_a_story_is_not_its_claimant() -> None:
    text = "LORRENSBY, Aug 30 (Fenwire) - Wheat stocks stand at 4.1 million tonnes.\n"
    (item,) = extract_suggestions(normalise(text))
    assert item.claimant == ""
    assert item.figure_claimants == [""]


def test_a_sentence_that_opens_with_a_capitalised_word_and_a_dash_keeps_it() -> None:
    """Only a place in capitals, or a place with its agency in brackets, is a dateline."""
    text = "Tarvik - the smallest of the islands - lost 12 percent of its people in a decade.\n"
    (item,) = extract_suggestions(normalise(text))
    assert item.sentence.startswith("Tarvik - the smallest")
