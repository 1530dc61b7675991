"""Claimants and figures, session 47. Every sentence here was written for this test; every name
is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from claims.figures_parser import find_figures
from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 20 000 homes in Wards 4, 7 and 9 had no water, residents said.",
        "Pupils in Years 7, 8, and 9 sat the new test, the trust said.",
        "The changes are set out in sections 3, 4, 5 and 12 of the bill.",
    ],
)
def test_the_last_of_a_list_of_labels_is_no_figure(sentence: str) -> None:
    """ "Wards 4, 7 and 9": the list's first numbers were read as the label's and its last,
    after "and", as a count of something."""
    written = [figure.as_written for figure in find_figures(sentence)]
    assert not {"4", "7", "8", "9", "12"} & set(written)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In Years 7 and 8, 45% of pupils met the standard.", "45%"),
        ("Wards 4 and 7 lost 300 homes to the flood.", "300"),
        ("In Wards 4, 7 and 9 some 1,200 homes were cut off.", "some 1,200"),
    ],
)
def test_guard_a_count_after_a_list_of_labels_is_still_a_figure(sentence: str, figure: str) -> None:
    """Guard: the list of labels ends where a count after it starts."""
    assert figure in [found.as_written for found in find_figures(sentence)]


@pytest.mark.parametrize(
    "said",
    [
        "said trader Ada Tamsley",
        "said local landlord Ada Tamsley",
        "said mother-of-two Ada Tamsley",
        "said hospital porter Ada Tamsley",
        "said bus driver Ada Tamsley",
        "said student Ada Tamsley",
    ],
)
def test_a_walk_of_life_before_the_name_after_said_names_the_speaker(said: str) -> None:
    """ "“...,” said trader Ada Tamsley.": the words between "said" and the name describe her;
    only an office from a fixed list was read there, and the quote's figures went to the
    publisher."""
    text = (
        f'Prices rise again\n\nMarket stalls are emptying.\n\n"We pay 40% more for rice," {said}.\n'
    )
    assert _claimants(text)["40%"] == "Ada Tamsley"


def test_guard_a_word_of_when_after_said_is_no_role() -> None:
    """Guard: in "said on Monday Ada Tamsley", "on" says when, and "Monday" is no part of her
    name."""
    text = (
        "Prices rise again\n\n"
        "Ada Tamsley runs a stall, the Kelvasi Traders Union says.\n\n"
        '"We pay 40% more for rice," said on Monday Ada Tamsley.\n'
    )
    assert not _claimants(text)["40%"].startswith("Monday")


def test_a_parallel_clause_after_a_subordinate_speaker_is_not_hers() -> None:
    """ "Quellane Bank lost 3.2% after it warned ..., while Tamsley Capital shed 2.7%": the
    clause after "while" opens on another name and goes on with the market report, as the main
    clause does; it was read as part of what the bank warned."""
    text = (
        "Banks slide\n\n"
        "Banks led the decline. Quellane Bank lost 3.2% after it warned that bad loans could "
        "rise by as much as a fifth next year, while Tamsley Capital shed 2.7%.\n"
    )
    got = _claimants(text)
    assert got["as much as a fifth"] == "Quellane Bank"
    assert got["2.7%"] == got["3.2%"] == ""


def test_guard_a_clause_going_on_with_the_speakers_account_stays_hers() -> None:
    """Guard: "..., while margins narrowed to 12%" goes on with what the company said: it opens
    on no name of its own."""
    text = (
        "Results\n\n"
        "Kelvasi Foods shares fell 4% after the company said sales rose 5%, while margins "
        "narrowed to 12%.\n"
    )
    got = _claimants(text)
    assert got["5%"] == got["12%"] == "Kelvasi Foods"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Provincial health authorities have confirmed 212 measles cases.",
            "Provincial health authorities",
        ),
        ("Health officials have reported 212 measles cases since January.", "Health officials"),
    ],
)
def test_described_speakers_opening_a_sentence_speak_past_an_auxiliary(
    sentence: str, claimant: str
) -> None:
    """ "Provincial health authorities have confirmed 212 cases": a described subject whose
    noun is one of those who speak, with "have" before the verb, was read only after "the"
    ("the government's advisers have said"); without an auxiliary it always spoke."""
    assert _claimants(f"Measles\n\nCases are rising.\n\n{sentence}\n")["212"] == claimant


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Early estimates have put the rise at 12%.", "12%"),
        ("Initial reports had suggested that 40 people were hurt.", "40"),
    ],
)
def test_a_plural_noun_spelled_as_a_verb_of_speech_names_no_one(sentence: str, figure: str) -> None:
    """ "Early estimates have put the rise at 12%": "estimates" before "have" is a noun, and
    "Early" was read as the name of a person who estimates."""
    assert _claimants(f"Flu\n\nCases are rising.\n\n{sentence}\n")[figure] == ""


def test_guard_a_verb_of_speech_after_a_pronoun_before_a_modal_is_a_verb() -> None:
    """Guard: "which it says would raise about €3m": "says" after "it" is the verb, and the
    figure is the committee's."""
    text = (
        "Cruise calls\n\n"
        "The harbour committee wants a €12 landing fee, which it says would raise "
        "about €3m a year.\n"
    )
    assert _claimants(text)["about €3m"] == "harbour committee"


def test_which_it_says_names_the_body_the_sentence_opens_on() -> None:
    """ "The Kelvasi Harbour Committee wants a €12 fee, which it says would raise €3m": "it" is
    the body the sentence names as its subject; only "the committee", a description, was read
    back, and a name gave the publisher."""
    text = (
        "Cruise calls\n\n"
        "The Kelvasi Harbour Committee wants a €12 landing fee, which it says would raise "
        "about €3m a year.\n"
    )
    assert _claimants(text)["about €3m"] == "Kelvasi Harbour Committee"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Health authorities in Quellane province said 212 cases had been confirmed.",
            "Health authorities in Quellane province",
        ),
        (
            "Health officials in Quellane province said 212 cases had been confirmed.",
            "Health officials in Quellane province",
        ),
    ],
)
def test_people_in_a_place_keep_the_words_that_describe_them(sentence: str, claimant: str) -> None:
    """ "Health authorities in Quellane province said": the claimant was the place ("Quellane
    province"), and "Health officials in ..." lost "Health"."""
    assert _claimants(f"Measles\n\nCases are rising.\n\n{sentence}\n")["212"] == claimant


def test_guard_words_set_off_before_people_in_a_place_are_not_theirs() -> None:
    """Guard: "On Monday, officials in Kelvasi said": the words before the comma say when."""
    text = "Measles\n\nCases are rising.\n\nOn Monday, officials in Kelvasi said 212 cases were confirmed.\n"
    assert _claimants(text)["212"] == "officials in Kelvasi"


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("Cases rose three-fold in a month.", "three-fold", 3),
        ("Officials reported a ten-fold increase in claims.", "ten-fold", 10),
        ("Prices are up roughly five‑fold since 2019.", "roughly five‑fold", 5),
    ],
)
def test_a_multiple_spelled_out_with_a_hyphen_before_fold_is_a_figure(
    sentence: str, written: str, value: int
) -> None:
    """ "three-fold": "threefold" and "3-fold" were read, and a hyphen after a number's word
    was not."""
    found = {figure.as_written: figure.value for figure in find_figures(sentence)}
    assert found[written] == value


def test_guard_two_fold_stays_no_figure() -> None:
    """Guard: "a two-fold problem" says of two kinds, as "twofold" does."""
    assert find_figures("It is a two-fold problem for the council.") == []
