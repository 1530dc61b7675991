"""Claimants, session 41: a forecaster and an industry's lobby, bodies named by what they do,
speak for their figures; "the report" a body's sentence cited is the body's; a person's role
may open on the place it covers; "estimate that" is a verb, naming no estimates' source.
Every sentence here was written for this test; every name is invented (a state's name aside).

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants

_HEADING = "Storm brings record gusts\n\n"


def test_the_national_forecaster_is_the_speaker() -> None:
    text = _HEADING + (
        "The national forecaster said last year was the warmest on record, with a mean air "
        "temperature of 10.8C.\n"
    )
    assert _claimants(text)["10.8C"] == "national forecaster"


def test_forecasters_are_the_speakers() -> None:
    text = _HEADING + "Gusts of up to 131km/h were recorded at Drumcarrow, forecasters said.\n"
    assert _claimants(text)["up to 131km/h"] == "forecasters"


def test_guard_a_forecaster_named_is_the_person() -> None:
    text = _HEADING + (
        "Ada Quellane, a forecaster at Drumcarrow Savings Bank, said growth would slow to 1.2% "
        "next year.\n"
    )
    assert _claimants(text)["1.2%"] == "Ada Quellane"


_WAITING_LIST = (
    "Housing waits grow\n\n"
    "The number of households on Drumcarrow Borough Council's housing waiting list has reached "
    "a record 7,842, the council's figures show.\n\n"
)


def test_the_report_a_bodys_sentence_cited_is_the_bodys() -> None:
    """ "..., the report says" after the council's sentence cited "a report due before the
    council's committee": the council's, as "The report says ..." opening a sentence is."""
    text = _WAITING_LIST + (
        "The total is up from 6,115 in March 2021, according to a report due before the "
        "council's housing scrutiny committee on Tuesday.\n\n"
        "Families in the highest priority band now wait an average of 2.4 years for a "
        "three-bedroom home, the report says.\n"
    )
    assert _claimants(text)["2.4 years"] == "Drumcarrow Borough Council"


def test_guard_a_verb_to_report_cites_no_report() -> None:
    """ "officers would report to the committee" names no document: "the report" is no one's
    the article named, so the publisher's."""
    text = (
        "Housing waits grow\n\n"
        "Drumcarrow Borough Council said 7,842 households were on its waiting list, and the "
        "officers would report to the housing committee in May.\n\n"
        "Families in the highest priority band now wait an average of 2.4 years for a "
        "three-bedroom home, the report says.\n"
    )
    assert _claimants(text)["2.4 years"] == ""


_WAITS = "Waits in emergency\n\n"


def test_a_role_opening_on_its_place_describes_the_person_before_it() -> None:
    """ "Dr Ada Quellane, Tasmania chair of the College of ..., said": the person, not the
    college (intake gave "Emergency Clinicians")."""
    text = _WAITS + (
        "Dr Ada Quellane, Tasmania chair of the College of Emergency Clinicians, said about 30 "
        "per cent of patients were waiting for a bed.\n"
    )
    assert _claimants(text)["about 30 per cent"] == "Ada Quellane"


def test_a_role_opening_on_two_words_of_its_place_describes_the_person() -> None:
    text = _WAITS + (
        "Ada Quellane, Drumcarrow branch secretary of the Nurses Union, said 412 nurses had "
        "left since March.\n"
    )
    assert _claimants(text)["412"] == "Ada Quellane"


def test_guard_a_list_of_bodies_is_no_description() -> None:
    """ "the X Union, Y Housing and two charities, said": the list's second name opens no
    description of the first, which is no claimant here."""
    text = _WAITS + (
        "Grants fell, and the Drumcarrow Nurses Union, Quellane Housing and two charities, said "
        "30 per cent of patients were waiting.\n"
    )
    assert _claimants(text)["30 per cent"] == ""


def test_analysts_who_estimate_that_are_no_estimate_from_a_name_after_it() -> None:
    """ "estimate that ... cut from X's margin" is the analysts' verb, not X's estimates: the
    analysts' firm, not the grocer whose margin the clause names."""
    text = "Price war\n\n" + (
        "Analysts at Drumcarrow Securities estimate that every percentage point cut from "
        "Quellane Foods' gross margin would cost it about £310m in annual operating profit.\n"
    )
    assert _claimants(text)["about £310m"] == "Drumcarrow Securities"


def test_guard_estimates_from_a_body_are_the_bodys() -> None:
    text = "Price war\n\n" + (
        "Estimates from the Drumcarrow Institute put the cost of the cuts at about £310m.\n"
    )
    assert _claimants(text)["about £310m"] == "Drumcarrow Institute"


def test_an_industrys_lobby_speaks_for_its_figures() -> None:
    text = "Flower exports bloom\n\n" + (
        "Drumcarrow's horticulture sector earned KSh 161.3 billion from exports last year, the "
        "industry's main lobby said on Wednesday.\n"
    )
    assert _claimants(text)["KSh 161.3 billion"] == "industry's main lobby"


_WAITS_REPORT = (
    "Waits\n\nThe Drumcarrow Hospital Access Monitor published its quarterly report on Monday.\n\n"
)


def test_the_independent_monitor_is_the_monitor_named_before() -> None:
    text = _WAITS_REPORT + (
        "The independent monitor found 57.8 per cent of the 412,600 emergency presentations met "
        "the target.\n"
    )
    assert _claimants(text)["57.8 per cent"] == "Drumcarrow Hospital Access Monitor"


def test_a_statistics_unit_that_records_is_the_speaker() -> None:
    text = "Guns seized\n\n" + (
        "The constabulary's statistics unit recorded 212 illegal firearms seized since January, "
        "up from 187 a year earlier.\n"
    )
    assert _claimants(text)["212"] == "constabulary's statistics unit"


def test_guard_a_flat_sold_is_no_unit_speaking() -> None:
    text = "Flat prices\n\n" + (
        "The two-bedroom unit sold for $412,000 in March, and the one next door for $398,000.\n"
    )
    assert _claimants(text)["$412,000"] == ""
