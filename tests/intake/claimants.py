"""The intake tests' readings of intake's answer: who each suggested figure is said by, and the
sentences suggested."""

from intake.extract import extract_suggestions
from intake.normalise import normalise


def figure_readings(text: str, publisher: str = "") -> list[tuple[str, str, str]]:
    """Each suggested figure in reading order, as written, with its suggestion's section and
    who states it ("" for the publisher)."""
    return [
        (figure.as_written, item.section, claimant)
        for item in extract_suggestions(normalise(text), publisher=publisher)
        for figure, claimant in zip(item.figures, item.figure_claimants, strict=True)
    ]


def claimants_by_figure(text: str, publisher: str = "") -> dict[str, str]:
    """Each suggested figure, as written, and who states it ("" for the publisher)."""
    return {written: claimant for written, _, claimant in figure_readings(text, publisher)}


def sections_and_claimants_by_figure(text: str, publisher: str = "") -> dict[str, tuple[str, str]]:
    """Each suggested figure, as written, with its suggestion's section and who states it."""
    return {
        written: (section, claimant)
        for written, section, claimant in figure_readings(text, publisher)
    }


def suggested_sentences(text: str) -> list[str]:
    """The sentences suggested from `text`, in reading order."""
    return [item.sentence for item in extract_suggestions(normalise(text))]
