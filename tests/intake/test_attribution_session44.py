"""Claimants, session 44. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

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
