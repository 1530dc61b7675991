"""A dateline in capitals and a colon ("KUALA LUMPUR: A former manager ..."), as papers in
Malaysia, India and Nigeria open a story, is the page's chrome and no speaker; a transcript's
labels in capitals ("MOOR: ...", more than one line opening so) are still its speakers.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants

_STORY = (
    "The accused, 46, being escorted out of the Port Kelang court complex after sentencing. "
    "- Photo: AINI ROSLAN/The Straits Lantern\n\n"
    "PORT KELANG: A former finance manager was jailed eight years and fined RM500,000 by the "
    "Sessions Court here for criminal breach of trust involving RM3.18mil.\n\n"
    "The court found he had made 47 unauthorised transfers between 2019 and 2021.\n"
)


def test_a_colon_dateline_is_no_speaker() -> None:
    found = _claimants(_STORY)
    assert found["RM500,000"] != "Port Kelang"
    assert "Port Kelang" not in found.values()


def test_a_colon_dateline_is_the_pages_chrome() -> None:
    normalised = normalise(_STORY)
    assert any(
        span.kind == "dateline" and normalised.text[span.start : span.end] == "PORT KELANG:"
        for span in normalised.spans
    )


def test_guard_a_transcripts_label_in_capitals_is_still_no_dateline() -> None:
    """Where more than one line opens on a label in capitals, the page is a transcript and
    none of them is a dateline."""
    text = (
        "HOST: How many homes will the scheme build?\n\n"
        "KORVELL: We will build 12,000 homes by 2028.\n"
    )
    normalised = normalise(text)
    assert not any(span.kind == "dateline" for span in normalised.spans)
