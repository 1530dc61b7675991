"""A claimant is a name or the publisher, never a fragment: a word capitalised only for
opening a sentence or a line ("Deficit projected at ...", "New claims have not stopped"),
which the article writes in lower case too, is no one. A body's kind that the article names
no further ("The charity said") stands, and a possessive's apostrophe is no part of a name.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from intake.extract import extract_suggestions
from intake.normalise import normalise


def _named(text: str) -> dict[str, str]:
    return {
        figure.as_written: claimant
        for item in extract_suggestions(normalise(text))
        for figure, claimant in zip(item.figures, item.figure_claimants, strict=True)
    }


def test_a_word_capitalised_for_opening_a_line_is_no_claimant() -> None:
    text = (
        "Finance Minister Oyelaran Bakshi-Tole presented the budget on Tuesday.\n\n"
        "Deficit projected at $3.8 billion for 2026, down from $5.1 billion\n\n"
        "The deficit was higher than forecast, she said.\n"
    )
    found = _named(text)
    assert found["$3.8 billion"] != "Deficit"


def test_guard_a_bodys_kind_the_article_names_no_further_stands() -> None:
    text = "The charity said it handed out 41,000 parcels last year.\n"
    assert _named(text)["41,000"].lower() == "charity"


def test_a_possessives_apostrophe_is_no_part_of_a_name() -> None:
    text = (
        "“The data-centre number is the story,” Priya Tenvale-Okafor, an analyst at Vell "
        "Securities, wrote in a note to clients.\n\n"
        "Tenvale-Okafor kept a “buy” rating. She estimated that a single cloud customer "
        "accounted for about a fifth of Quorrins' data-centre revenue in the quarter.\n"
    )
    assert not _named(text)["about a fifth"].endswith("'")
