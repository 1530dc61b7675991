"""The intake tests' readings of intake's answer: who each suggested figure is said by, and the
sentences suggested."""

from intake.extract import extract_suggestions
from intake.normalise import normalise


def claimants_by_figure(text: str, publisher: str = "") -> dict[str, str]:
    """Each suggested figure, as written, and who states it ("" for the publisher)."""
    return {
        figure.as_written: claimant
        for item in extract_suggestions(normalise(text), publisher=publisher)
        for figure, claimant in zip(item.figures, item.figure_claimants, strict=True)
    }


def suggested_sentences(text: str) -> list[str]:
    """The sentences suggested from `text`, in reading order."""
    return [item.sentence for item in extract_suggestions(normalise(text))]
