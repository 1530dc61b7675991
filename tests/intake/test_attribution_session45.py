"""Claimants, session 45. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from intake.extract import _capitalised_runs
from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    ("sentence", "figure", "who"),
    [
        (
            "Provincial health authorities report that more than 38,000 households have been "
            "reached by door-to-door teams.",
            "more than 38,000",
            "Provincial health authorities",
        ),
        (
            "Economists at Tamsley Capital predict that inflation will reach 4.5% by June.",
            "4.5%",
            "Tamsley Capital",
        ),
        (
            "Corvath Water officials acknowledge that 22% of treated water is lost to leaks.",
            "22%",
            "Corvath Water",
        ),
        (
            "Doctors at Halsmoor General warn that 40 beds will close.",
            "40",
            "Halsmoor General",
        ),
        (
            "Local officials report 212 admissions since Monday.",
            "212",
            "Local officials",
        ),
        (
            "Opposition councillors argue that 1,400 homes will lose their bus stop.",
            "1,400",
            "Opposition councillors",
        ),
    ],
)
def test_a_plural_subject_in_the_present_tense_states_the_figure(
    sentence: str, figure: str, who: str
) -> None:
    """ "Authorities report that", "Economists predict that": the verbs' plural present forms
    were not read as statements, so the figures went to the publisher."""
    text = f"Cholera cases climb in the east\n\nThe outbreak began in May.\n\n{sentence}\n"
    assert _claimants(text)[figure] == who


@pytest.mark.parametrize(
    "sentence",
    [
        "But the Ledger can reveal that the firm paid £47m to its owners.",
        "Ministers did not confirm that £47m had been set aside.",
        "The report that £47m had been paid out was wrong, the firm said.",
    ],
)
def test_guard_a_bare_verb_after_a_modal_or_a_noun_names_no_source(sentence: str) -> None:
    """Guard: after a modal or "did not" the bare verb's subject is no source ("The Ledger can
    reveal" is the publisher's own claim); "report" as a noun ("The report that ...") is no
    verb."""
    text = f"Owners paid out\n\nThe firm was sold in 2021.\n\n{sentence}\n"
    assert _claimants(text)["£47m"] in ("", "the firm")


@pytest.mark.parametrize("grade", ["Associate", "Adjunct", "Emeritus", "Clinical"])
def test_a_professors_grade_is_a_title(grade: str) -> None:
    """ "said Associate Professor Ada Moor of the X Hospital" gave the whole run, grade, name and
    hospital, as one body's name: the grade was not read as part of the title."""
    text = (
        "Heat admissions rise\n\nThe study covered 12 summers.\n\n"
        f'"About 30 of those admissions were avoidable," said {grade} Professor Ada Moor of the '
        "Halsmoor University Hospital.\n"
    )
    assert _claimants(text)["About 30"] == "Ada Moor"


@pytest.mark.parametrize(
    ("sentence", "figure", "who"),
    [
        (
            '"About 40 per cent of the floors are empty," Wong Siu-ming told reporters.',
            "About 40 per cent",
            "Wong Siu-ming",
        ),
        (
            "The bank's chief economist, Ho Wing-yee, said growth would slow to 2.1 per cent.",
            "2.1 per cent",
            "Ho Wing-yee",
        ),
        (
            '"We think rents are within 5 per cent of the bottom," the company\'s chairman, '
            "Edmund Szeto Ka-lun, told analysts on a call on Wednesday.",
            "5 per cent",
            "Edmund Szeto Ka-lun",
        ),
    ],
)
def test_a_given_name_romanised_with_a_hyphen_is_part_of_the_name(
    sentence: str, figure: str, who: str
) -> None:
    """ "Wong Siu-ming told reporters" gave "Wong", and "Ho Wing-yee, said" the publisher: a
    capitalised word with a lower-case part after its hyphen was read as a compound adjective
    ("Leeds-based") and ended the name."""
    text = (
        "Office rents near the bottom\n\n"
        "Kelvasi Bay Properties reported its results on Wednesday.\n\n"
        f"{sentence}\n"
    )
    assert _claimants(text)[figure] == who


@pytest.mark.parametrize(
    ("phrase", "runs"),
    [
        ("Halsmoor Tory-led council", ["Halsmoor"]),
        ("the Kelvasi Self-made Fund", ["Kelvasi", "Fund"]),
        ("Quellane Year-long Review", ["Quellane", "Review"]),
    ],
)
def test_guard_a_compound_adjective_is_no_given_name(phrase: str, runs: list[str]) -> None:
    """Guard: a compound of short words whose second part makes adjectives ("Tory-led",
    "Self-made") still ends a name."""
    assert _capitalised_runs(phrase) == runs


@pytest.mark.parametrize(
    "opening",
    [
        "The figure was first published by",
        "The figure, which the ministry disputes, was first published by",
    ],
)
def test_the_figure_made_public_by_a_named_source_is_that_sources(opening: str) -> None:
    """ "The figure was first published by X in a report that put the subsidy at ...": the
    opening "The figure" carried on the source that gave the figure before (the ministry)."""
    text = (
        "Fuel subsidy bill climbs\n\n"
        "The ministry said the subsidy cost N4.2 trillion last year.\n\n"
        f"{opening} the Halsmoor Centre for Fiscal Policy in a January report that put the "
        "subsidy at N5.1 trillion.\n"
    )
    assert _claimants(text)["N5.1 trillion"] == "Halsmoor Centre for Fiscal Policy"


@pytest.mark.parametrize("rank", ["DCP", "SP", "SSP", "ACP", "DIG"])
def test_a_police_rank_before_a_name_is_a_title(rank: str) -> None:
    """ "DCP Rajesh Kumar said": the rank, as South Asian and West African papers write it, was
    kept as part of the name."""
    text = (
        "Arrests after clashes\n\n"
        "Police were deployed in the old city on Sunday.\n\n"
        f"{rank} Tamsin Kelvasi said 40 people had been arrested.\n"
    )
    assert _claimants(text)["40"] == "Tamsin Kelvasi"


def test_the_subject_written_with_the_is_the_body_a_trailing_noun_names() -> None:
    """ "The Halsmoor Hawks will be without ..., the club said" gave "club": the words after the
    subject were read from the sentence's start less the subject's length, not past its "The",
    so its verb was missed and the subject dropped."""
    text = (
        "Hawks lose their captain\n\n"
        "Scans on Wednesday confirmed the injury.\n\n"
        "The Halsmoor Hawks will be without captain Jye Tamsley for up to seven weeks, the club "
        "said.\n"
    )
    assert _claimants(text)["up to seven"] == "Halsmoor Hawks"


@pytest.mark.parametrize(
    ("tail", "who"),
    [
        ("the Halsmoor Water Board's latest update shows", "Halsmoor Water Board"),
        ("the health department's weekly bulletin shows", "Corvath Health Department"),
    ],
)
def test_a_bodys_bulletin_or_update_shows_its_figures(tail: str, who: str) -> None:
    """ "..., the health department's weekly bulletin shows": a bulletin or an update that
    "shows" was not read as the body's, as its figures and records were; the figure went to the
    publisher."""
    text = (
        "Measles cases double in a month\n\n"
        "The Corvath Health Department confirmed the outbreak on Monday.\n\n"
        f"Of the 312 cases, 38 people needed hospital treatment, {tail}.\n"
    )
    assert _claimants(text)["38"] == who


def test_said_before_a_name_and_an_adverb_and_a_verb_opens_the_reported_clause() -> None:
    """ "Chief executive Maya Tamsley said Quellane now has more than 2,000 customers" gave
    Quellane: "said Quellane" was read as a speaker put after the verb, since the adverb hid
    the clause's verb ("said Quellane has ..." was read right)."""
    text = (
        "Coding startup raises $40m\n\n"
        "Quellane, a maker of AI coding tools, has raised $40 million.\n\n"
        "Chief executive Maya Tamsley said Quellane now has more than 2,000 paying customers.\n"
    )
    assert _claimants(text)["more than 2,000"] == "Maya Tamsley"


def test_a_person_of_four_names_introduced_is_whom_he_names() -> None:
    """ "Daniel Goh Kah Wee, a physician, ..." then "he said": the person introduced was read
    as three words at most, so "he" named "Goh Kah Wee"."""
    text = (
        "Dengue cases climbing\n\n"
        "Daniel Goh Kah Wee, an infectious diseases physician, urged people to see a doctor.\n\n"
        '"About one in 100 develop severe dengue," he said.\n'
    )
    assert _claimants(text)["About one in 100"] == "Daniel Goh Kah Wee"


@pytest.mark.parametrize("role", ["Counsel", "Advocate"])
def test_a_lawyers_role_opening_a_sentence_is_no_given_name(role: str) -> None:
    """ "Counsel Ada Moor, representing the trust, ..." then "she said" gave "Counsel Ada Moor":
    the role was not read as a job."""
    text = (
        "Trust fined over ward closures\n\n"
        f"{role} Ada Moor, representing the trust, addressed the court.\n\n"
        '"About 43 beds have closed," she said.\n'
    )
    assert _claimants(text)["About 43"] == "Ada Moor"


def test_a_document_of_something_set_off_by_an_aside_goes_on_with_its_source() -> None:
    """ "The survey of 2,014 adults, conducted last week, puts Reform on 15 per cent" gave the
    publisher: the subject could say what the document is of, or have an aside, not both."""
    text = (
        "Labour lead narrows to six points\n\n"
        "Labour's lead has narrowed to six points, according to a new poll by Ostreva Research "
        "for the Herald.\n\n"
        "The survey of 2,014 adults, conducted last week, puts Reform on 15 per cent.\n"
    )
    assert _claimants(text)["15 per cent"] == "Ostreva Research"
