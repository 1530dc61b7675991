"""Claimants, session 42: a body that keeps data is named by its keeper's noun ("the county
records office"), not cut at "records" read as a verb; a common noun capitalised to open a
sentence is no speaker, and the source the sentence names further on is; who stands before "in"
and a place speaks, never the place; a short form may spell the place a body serves; "the
office said" after a source described as an office is that source. Every sentence here was
written for this test; every name is invented (Wales aside).

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants

_HEADING = "Crime falls in Halsmoor\n\n"
_RECORDS = (
    "Figures from the county records office show that robbery fell to 12.4 incidents per "
    "100,000 residents in February.\n\n"
)


def test_a_records_office_is_named_whole() -> None:
    """ "records" is a noun in the office's name here, not the verb the source ends at (intake
    gave "county")."""
    assert _claimants(_HEADING + _RECORDS)["12.4"] == "county records office"


def test_guard_a_source_still_ends_at_its_verb() -> None:
    """ "shows" is the verb, though a keeper's noun ("office") follows it."""
    text = _HEADING + "Data from the council shows office vacancies at 12% in the town centre.\n"
    assert _claimants(text)["12%"] == "council"


def test_the_office_said_is_the_office_described_before() -> None:
    """ "the office said" after the records office spoke: that office, not the police, who
    spoke before it (intake gave "Police")."""
    text = (
        _HEADING
        + "Police say the operation targeted street muggings near the bus station.\n\n"
        + _RECORDS
        + "Muggings fell from 88 in January to 52 in February, the office said.\n"
    )
    assert _claimants(text)["52"] == "county records office"


def test_guard_an_office_named_before_is_that_office() -> None:
    text = (
        _HEADING
        + "The Halsmoor Crime Records Office said robbery fell to 12.4 incidents in February.\n\n"
        + "Burglaries reported to the county records office rose by 9%, officers said.\n\n"
        + "Muggings fell from 88 in January to 52 in February, the office said.\n"
    )
    assert _claimants(text)["52"] == "Halsmoor Crime Records Office"


def test_a_capitalised_common_noun_opening_the_sentence_is_no_speaker() -> None:
    """ "Muggings reported along the road dropped ...": "Muggings" is a word the article writes
    in lower case, so no speaker; the office the sentence names further on is (intake gave
    the publisher)."""
    text = (
        _HEADING
        + "Police say the operation targeted street muggings near the bus station.\n\n"
        + _RECORDS
        + "Muggings reported along the Kelvasi road dropped from 88 in January to 52 in "
        "February, the office said.\n"
    )
    assert _claimants(text)["52"] == "county records office"


def test_guard_with_no_source_named_further_on_it_stays_the_publishers() -> None:
    text = (
        _HEADING + "Police say the operation targeted street muggings near the bus station, which "
        "residents reported in their hundreds.\n\n"
        + "Muggings reported along the Kelvasi road dropped from 88 in January to 52 in "
        "February.\n"
    )
    assert _claimants(text)["52"] == ""


def test_police_in_a_place_are_the_speakers_not_the_place() -> None:
    """Intake gave "Kelvasi"."""
    text = _HEADING + "Police in Kelvasi said 1,204 people were arrested in the operation.\n"
    assert _claimants(text)["1,204"] == "Police in Kelvasi"


def test_a_body_in_a_place_is_the_speaker() -> None:
    text = _HEADING + (
        "The Chartered Institute of Bus Operators in Wales said fares rose 9% last year.\n"
    )
    assert _claimants(text)["9%"] == "Chartered Institute of Bus Operators in Wales"


def test_a_body_in_a_place_after_its_figure_is_the_speaker() -> None:
    text = _HEADING + "Fares rose 9% last year, the Bus Users' Federation in Wales said.\n"
    assert _claimants(text)["9%"] == "Bus Users' Federation in Wales"


def test_a_name_that_may_be_a_persons_is_given_alone() -> None:
    """ "Ada Quellane in Kelvasi": a person where she is; the place is no part of her name
    (intake gave "Kelvasi")."""
    text = _HEADING + "Ada Quellane in Kelvasi said 1,204 people were arrested.\n"
    assert _claimants(text)["1,204"] == "Ada Quellane"


def test_guard_a_month_after_in_is_no_place() -> None:
    text = _HEADING + "Police in March said 1,204 people were arrested.\n"
    assert _claimants(text)["1,204"] != "Police in March"


_INSPECTORATE = (
    "School told to improve\n\n"
    "The Inspectorate for Rural Schools in Wales (IRSW) visited Ysgol Halsmoor over four days "
    "in January.\n\n"
)


def test_a_short_form_that_spells_the_place_stands_for_the_whole_name() -> None:
    """ "IRSW" spells "in Wales" too (intake gave "Wales")."""
    text = _INSPECTORATE + "IRSW figures show 12 more schools will close.\n"
    assert _claimants(text)["12"] == "Inspectorate for Rural Schools in Wales"


def test_a_short_form_that_leaves_the_place_out_stands_for_the_name_before_it() -> None:
    """ "CRS" for "the Council for Rural Schools in Kelvasi" (intake gave "Kelvasi")."""
    text = (
        "Schools close\n\n"
        "The Council for Rural Schools in Kelvasi (CRS) met on Monday.\n\n"
        "CRS figures show 12 more schools will close.\n"
    )
    assert _claimants(text)["12"] == "Council for Rural Schools"


def test_a_box_whose_source_is_the_short_form_is_the_bodys() -> None:
    text = _INSPECTORATE + (
        "YSGOL HALSMOOR AT A GLANCE\nPupils on roll: 1,138\nRecommendations: 4\n"
        "Source: IRSW inspection report\n"
    )
    assert _claimants(text)["1,138"] == "Inspectorate for Rural Schools in Wales"


def test_the_subject_speaks_what_its_participle_of_saying_goes_on_with() -> None:
    """ "X stood by its figure, saying ...": X says what follows (intake gave the publisher)."""
    text = _HEADING + (
        "In a written statement, the Halsmoor Fair Rents Coalition stood by its figure, saying "
        "the council's count leaves out roughly 4,300 households on payment plans.\n"
    )
    assert _claimants(text)["roughly 4,300"] == "Halsmoor Fair Rents Coalition"


def test_a_body_named_by_its_noun_speaks_through_its_participle() -> None:
    text = _HEADING + (
        "The Halsmoor Tenants Union published its own count in May.\n\n"
        "The union repeated its warning on Friday, saying 3,400 households faced eviction.\n"
    )
    assert _claimants(text)["3,400"] == "Halsmoor Tenants Union"


def test_guard_one_capitalised_word_opening_the_sentence_is_no_subject_that_says() -> None:
    """ "Rents rose 9%, saying more about supply ...": "Rents" is a common noun opening the
    sentence, no speaker."""
    text = _HEADING + "Rents rose 9% last year, saying more about supply than about demand.\n"
    assert _claimants(text)["9%"] == ""


def test_a_head_of_a_department_is_the_person_named_after_the_title() -> None:
    """Intake gave "Halsmoor Transit's Head of Pricing Ada Quellane"."""
    text = (
        "Fares rise\n\nFares will rise 9%, Halsmoor Transit's Head of Pricing Ada Quellane said.\n"
    )
    assert _claimants(text)["9%"] == "Ada Quellane"


def test_a_job_written_with_a_capital_is_no_part_of_its_holders_name() -> None:
    """Intake gave "Economist Ada Quellane" and "Corvath Bank Research Analyst Ada Quellane"."""
    text = (
        "Rates hold\n\n"
        "Inflation will peak at 6.1% in May, Corvath Bank Chief Economist Ada Quellane said.\n\n"
        "Rates will fall to 3.5% by December, Corvath Bank Research Analyst Ben Tamsley said.\n"
    )
    claimants = _claimants(text)
    assert claimants["6.1%"] == "Ada Quellane"
    assert claimants["3.5%"] == "Ben Tamsley"


def test_guard_a_job_word_inside_a_bodys_name_stays_in_it() -> None:
    """A title is taken off only where what is left reads as a person's name: "Network" is a
    body's word. (Passes before and after: it guards the job words against that check going.)"""
    text = "Rates hold\n\nThe Halsmoor Analyst Network said inflation would peak at 6.1%.\n"
    assert _claimants(text)["6.1%"] == "Halsmoor Analyst Network"
