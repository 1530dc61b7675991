"""A person's job title before the name is not part of the name: "Transport Secretary Ada
Moor" is Ada Moor, and so is "Deputy Chief Fire Officer Ada Moor". The title is a run of
capitalised words that ends in a title word (Minister, Secretary, Constable, Officer, ...),
whatever portfolio or rank goes before it. A body's own name that happens to hold such a word
keeps it. Every sentence here was written for this test; every name is invented."""

import pytest

from intake.extract import find_attribution


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Housing Minister Odile Brack-Tennant said 14,000 homes had been started since May.",
            "Odile Brack-Tennant",
        ),
        (
            "Deputy Chief Constable Ravi Oyelowo-Pike said officers made 212 arrests.",
            "Ravi Oyelowo-Pike",
        ),
        (
            "Deputy Chief Fire Officer Lena Marsh, who leads the inquiry, said 31 homes burned.",
            "Lena Marsh",
        ),
        (
            "Chief Executive Tobias Wren told investors that sales rose 8 percent.",
            "Tobias Wren",
        ),
        (
            "Fares will rise 4 percent in March, said Transport Secretary Ines Calloway.",
            "Ines Calloway",
        ),
        (
            "Assistant Police Commissioner Jude Ferrante said thefts fell by a third.",
            "Jude Ferrante",
        ),
    ],
)
def test_a_run_of_title_words_before_a_name_is_dropped(sentence: str, name: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.name == name


def test_a_bodys_name_that_holds_a_title_word_keeps_it() -> None:
    found = find_attribution("The Hollin Coach Company said 40 routes would close.")
    assert found is not None
    assert found.name == "Hollin Coach Company"
