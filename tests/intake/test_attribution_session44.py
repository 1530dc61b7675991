"""Claimants, session 44. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


def test_records_a_speaker_says_show_are_the_speakers_report() -> None:
    """ "Ada Moor, ..., said the authority's records showed five reports" made the fragment
    "said the authority" the records' owner: the phrase read for the records' owner opened
    with the verb of speech."""
    text = (
        "Cyclist died after hitting pothole, inquest hears\n\n"
        "The inquest heard that the cyclist was thrown over his handlebars in July.\n\n"
        "Gareth Pellwick-Ames, highways asset manager at Halsmoor County Council, said the "
        "authority's records showed five reports of the defect between June 19 and July 30.\n"
    )
    assert _claimants(text)["five"] == "Gareth Pellwick-Ames"


def test_guard_records_that_open_a_clause_are_still_their_owners() -> None:
    """Guard: "..., the council's records show" without a speaker is the council's."""
    text = (
        "Potholes pile up\n\n"
        "Halsmoor County Council said on Monday it would spend more on roads.\n\n"
        "Some 14,200 road defects were outstanding at the end of July, the council's records "
        "show.\n"
    )
    assert _claimants(text)["Some 14,200"] == "Halsmoor County Council"


@pytest.mark.parametrize(
    ("sentence", "figure", "who"),
    [
        (
            "One Pellwick Conference executive, speaking on condition of anonymity to discuss "
            "another team's finances, estimated the Herons could face a bill of $60 million.",
            "$60 million",
            "One Pellwick Conference executive",
        ),
        (
            "One agent who represents four athletes in the field, and who asked not to be named "
            "because he negotiates fees, said fewer than 40% of runners were paid to start.",
            "fewer than 40%",
            "One agent",
        ),
        (
            "However, a senior official in the agency who pleaded anonymity because he was not "
            "authorised to speak told our correspondent that the toll could be 300.",
            "300",
            "a senior official in the agency",
        ),
        (
            "Another employee, who works in the retail arm, said all 38 stores would close.",
            "38",
            "Another employee",
        ),
        (
            "One engineer on the camera software team said about two-thirds of the group had "
            "been let go.",
            "about two-thirds",
            "One engineer on the camera software team",
        ),
    ],
)
def test_an_unnamed_person_opening_the_sentence_is_its_source_as_described(
    sentence: str, figure: str, who: str
) -> None:
    """An unnamed person as the subject, with "one" or "another", or with where they work or why
    they go unnamed between them and the verb, was no one: the figures went to the publisher."""
    assert _claimants(f"Layoffs at Quellane\n\n{sentence}\n")[figure] == who


def test_the_official_after_an_unnamed_official_is_that_official() -> None:
    text = (
        "Cholera toll\n\n"
        "However, a senior official in the agency who pleaded anonymity told our correspondent "
        "that the toll could be 300.\n\n"
        "The official added that only nine of the 22 affected states had sent complete data.\n"
    )
    claimants = _claimants(text)
    assert claimants["nine"] == claimants["22"] == "a senior official in the agency"


@pytest.mark.parametrize(
    ("sentence", "figure", "who"),
    [
        ("One in five residents said they paid more than $40 a week.", "One in five", ""),
        ("A spokesperson for Halsmoor Council said 14 roads were shut.", "14", "Halsmoor Council"),
        (
            "A senior official, Rana Kelvasi, said 14 roads were shut.",
            "14",
            "Rana Kelvasi",
        ),
    ],
)
def test_guard_a_share_a_spokesperson_or_a_named_official_is_no_unnamed_source(
    sentence: str, figure: str, who: str
) -> None:
    assert _claimants(f"Roads\n\n{sentence}\n").get(figure, "") == who


@pytest.mark.parametrize(
    ("speaker", "who"),
    [
        ("the area's police commander", "area's police commander"),
        ("the force's superintendent", "force's superintendent"),
        ("the trust's treasurer", "trust's treasurer"),
        ("the school's principal", "school's principal"),
    ],
)
def test_an_officer_who_reports_a_bodys_figures_speaks(speaker: str, who: str) -> None:
    """A commander, a superintendent, a treasurer or a principal was no role: the sentence went
    to the publisher."""
    text = f"Arrests\n\nPolice made 1,204 arrests between January and March, {speaker} said.\n"
    assert _claimants(text)["1,204"] == who


def test_a_spokesperson_for_a_body_described_in_an_aside_speaks_for_the_body() -> None:
    """ "A spokesperson for X, the body responsible for ..., said" was no one's: the aside
    between the body's name and the verb hid the verb."""
    text = (
        "Flood defences\n\n"
        "A spokesperson for Quellane Waterways, the body responsible for main river defences, "
        "said a £9.8m scheme to raise the embankment was at design stage.\n"
    )
    assert _claimants(text)["£9.8m"] == "Quellane Waterways"


@pytest.mark.parametrize(
    "sentence",
    [
        "It says it faces a $1.9 million operating deficit every year.",
        "It said it faced a $1.9 million operating deficit every year.",
    ],
)
def test_it_opening_a_paragraph_is_the_body_the_paragraph_before_ended_on(
    sentence: str,
) -> None:
    """ "It says ..." opening a paragraph, after one whose last sentence a body opens, was the
    publisher's; "Its" opening it was already the body's."""
    text = (
        "Rates rise\n\n"
        "Tamsley Shire Council has asked the regulator to raise rates.\n\n"
        f"{sentence}\n"
    )
    assert _claimants(text)["$1.9 million"] == "Tamsley Shire Council"


def test_guard_it_opening_a_paragraph_with_no_verb_of_saying_is_no_ones() -> None:
    text = (
        "Rates rise\n\n"
        "Tamsley Shire Council has asked the regulator to raise rates.\n\n"
        "It is a $1.9 million question for residents.\n"
    )
    assert _claimants(text)["$1.9 million"] == ""


@pytest.mark.parametrize(
    "part", ["admissions cell", "youth wing", "local branch", "statistics division"]
)
def test_a_part_of_a_body_that_speaks_for_it_is_a_claimant(part: str) -> None:
    """ "..., the university's admissions cell said": the cell, a wing, a branch or a division
    was no body, and the figures went to the publisher."""
    text = f"Admissions\n\nSome 41,500 seats were filled this year, the university's {part} said.\n"
    assert _claimants(text)["Some 41,500"] == f"university's {part}"
