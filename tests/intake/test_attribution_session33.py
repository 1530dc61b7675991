"""Attribution rules made in session 33. Every sentence here was written for these tests; every
name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_bodys_data_named_in_three_words_after_its_possessive_is_the_bodys() -> None:
    """"according to the bureau's selected food prices survey": three words say what the
    survey is, as two did ("the council's 2024 household survey")."""
    text = (
        "Inflation eased to 21.4% in May, the Ostrava Bureau of Price Data said on Monday.\n\n"
        "A bag of maize meal sold for 8,300 shillings on average, according to the bureau's "
        "selected food prices survey.\n"
    )
    assert _claimants(text)["8,300"] == "Ostrava Bureau of Price Data"


def test_guard_four_words_after_a_possessive_name_no_data_of_the_body() -> None:
    """The owner's document is read no further than three words back: "the bureau's view
    that the 2024 household survey" is no survey of the bureau's."""
    text = (
        "Inflation eased to 21.4% in May, the Ostrava Bureau of Price Data said on Monday.\n\n"
        "Rents rose 9% last year, according to the bureau's critics, who cite the "
        "census.\n"
    )
    assert _claimants(text)["9%"] != "Ostrava Bureau of Price Data"
