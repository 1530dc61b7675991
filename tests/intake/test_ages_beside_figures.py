"""Someone's age set off after her name ("Kayla Dunmire, 34,") says who she is, no claim: a
sentence with other figures is suggested for those, without the age among them.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from intake.extract import extract_suggestions
from intake.normalise import normalise


def _figures(text: str) -> list[str]:
    return [
        figure.as_written
        for item in extract_suggestions(normalise(text))
        for figure in item.figures
    ]


def test_an_age_beside_other_figures_is_not_among_them() -> None:
    text = (
        "Night-shift nurse Kayla Dunmire-Olu, 34, was fined £210 three times in seven days "
        "while covering extra shifts.\n"
    )
    figures = _figures(text)
    assert "34" not in figures
    assert "£210" in figures


def test_guard_a_sentence_with_an_age_alone_is_not_suggested() -> None:
    assert _figures("Kayla Dunmire-Olu, 34, lives in Harrow Vale.\n") == []
