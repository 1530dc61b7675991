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
        # A weekday, abbreviated or whole, may stand before the day of the month or alone.
        (
            "DRAVENSEE, Oltmark, Tue 8 (Linewire) - ",
            "Oltmark's exports fell 4.2 percent in May, the customs office said.",
        ),
        (
            "MERROW BAY, Thursday (Linewire) — ",
            "Ferry crossings rose to 1.8 million last year, the port authority said.",
        ),
        (
            "SELKIRTON, Sat., Nov. 2 (Tidewire) - ",
            "Turnout reached 71 percent, the election commission said.",
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


def test_the_agency_of_a_weekday_dateline_claims_none_of_the_paragraphs_figures() -> None:
    text = (
        "HALVERN, Ostrany, Wed 14 (Linewire) - Ostrany's factories took on 12,000 workers in June, "
        "the labour office said on Wednesday, above the 9,000 most economists expected.\n\n"
        "Its monthly report showed wages rising 3.1 percent.\n"
    )
    claimants = {
        figure.as_written: claimant
        for item in extract_suggestions(normalise(text))
        for figure, claimant in zip(item.figures, item.figure_claimants, strict=True)
    }
    assert "Linewire" not in claimants.values()
    assert claimants["12,000"] == "labour office"


def test_the_body_that_speaks_after_a_dateline_keeps_its_report_from_the_agencys_poll() -> None:
    """The agency's own poll, named later in the sentence, claims neither the body's figure nor
    the report the body publishes next."""
    text = (
        "HALVERN, Ostrany, Wed 14 (Linewire) - Ostrany's factories took on 12,000 workers in "
        "June, the Ostrany Labour Office said on Wednesday, above the 9,000 forecast in a "
        "Linewire poll of economists.\n\n"
        "The office also released its annual skills survey on Wednesday. It showed vacancies "
        "falling from 81,000 to 64,000. The survey found that nearly a third of firms planned "
        "to hire.\n"
    )
    claimants = {
        figure.as_written: claimant
        for item in extract_suggestions(normalise(text))
        for figure, claimant in zip(item.figures, item.figure_claimants, strict=True)
    }
    for figure in ("12,000", "81,000", "64,000", "nearly a third"):
        assert claimants[figure] == "Ostrany Labour Office", figure
