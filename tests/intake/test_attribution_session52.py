"""Claimants found on session 52's tuning texts of the corpus: a results story's lead that
reports its figure a few words from the item ("reported a 9.7 per cent rise in consolidated net
profit"), whose company the lines of results after it are. Every name is invented. Each test
fails without the change it describes, except guards."""

import pytest

from tests.intake.claimants import claimants_by_figure


def test_results_lines_are_the_company_that_reported_them_however_long_its_lead() -> None:
    text = (
        "Quellane Foods results\n\n"
        "Quellane Foods Ltd on Thursday reported a 9.7 per cent rise in consolidated net profit "
        "to Rs 1,128 crore for the year ended March 31.\n\n"
        "For the January-March quarter, net profit rose 4.1 per cent year-on-year to Rs 236 "
        "crore.\n"
    )
    claimants = claimants_by_figure(text)
    assert claimants["4.1 per cent"] == "Quellane Foods Ltd"


def test_guard_a_lead_that_reports_no_results_gives_the_lines_no_company() -> None:
    text = (
        "Quellane Foods results\n\n"
        "Quellane Foods Ltd on Thursday reported a fire at one of its 14 warehouses in the city "
        "of Halsmoor.\n\n"
        "For the January-March quarter, net profit rose 4.1 per cent year-on-year to Rs 236 "
        "crore.\n"
    )
    assert claimants_by_figure(text)["4.1 per cent"] == ""


_POLL = (
    "Poll\n\n"
    "Ada Tamsley's Commonweal party has opened a seven-point lead, according to the latest "
    "Kelvasi Research poll of 1,204 adults.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("His net approval stands at -19, a 3-point improvement since March.", "3-point"),
        ("When undecided voters are pressed to choose, Commonweal leads 48-41.", "48"),
    ],
)
def test_a_polls_standings_are_its_pollsters(sentence: str, figure: str) -> None:
    claimants = claimants_by_figure(_POLL + sentence + "\n")
    assert claimants[figure] == "Kelvasi Research"


def test_guard_standings_in_a_story_with_no_poll_are_the_papers() -> None:
    text = "Council vote\n\nCommonweal leads 48-41 in the council chamber after the by-election.\n"
    assert claimants_by_figure(text)["48"] == ""


def test_a_poll_the_paper_commissioned_is_its_pollsters() -> None:
    text = (
        "Mayor race\n\n"
        "Ada Tamsley has opened a seven-point lead in the race for mayor, according to the latest "
        "Midvale Courier/Brosna Insights poll.\n"
    )
    assert claimants_by_figure(text, publisher="Midvale Courier")["seven-point"] == (
        "Brosna Insights"
    )


def test_guard_a_joint_poll_of_two_others_keeps_both_names() -> None:
    text = (
        "Mayor race\n\n"
        "Ada Tamsley has opened a seven-point lead in the race for mayor, according to the latest "
        "Halsmoor Times/Brosna Insights poll.\n"
    )
    assert claimants_by_figure(text, publisher="Midvale Courier")["seven-point"] == (
        "Halsmoor Times/Brosna Insights"
    )


@pytest.mark.parametrize(
    "line",
    [
        "In all, 1,642 road deaths were confirmed by the directorate in 2024.",
        "1,642: road deaths recorded by the directorate in 2024",
    ],
)
def test_a_passives_agent_given_by_its_noun_is_the_body_the_noun_shortens(line: str) -> None:
    text = (
        "Road deaths\n\n"
        "The Halsmoor Road Safety Directorate recorded 1,711 road deaths the year before.\n\n"
        f"{line}\n"
    )
    assert claimants_by_figure(text)["1,642"] == "Halsmoor Road Safety Directorate"


def test_guard_a_device_after_recorded_by_is_no_source() -> None:
    text = (
        "Speeding\n\n"
        "The Halsmoor Road Safety Directorate opened a camera unit.\n\n"
        "Footage recorded by the camera showed 412 cars over the limit.\n"
    )
    assert claimants_by_figure(text)["412"] == ""


def test_a_place_its_short_form_spells_stays_in_the_bodys_name_as_its_report_is_cited() -> None:
    text = (
        "School report\n\n"
        "The Inspectorate for Schools and Training in Kelvasi (ISTK) visited the school over four "
        "days in January. Its report, published on Tuesday, sets out four recommendations.\n\n"
        "The school has 1,138 pupils on roll, according to the report.\n"
    )
    assert claimants_by_figure(text)["1,138"] == "Inspectorate for Schools and Training in Kelvasi"


def test_guard_a_place_the_short_form_leaves_out_is_no_word_of_the_name() -> None:
    text = (
        "School report\n\n"
        "The Inspectorate for Schools and Training in Kelvasi (IST) visited the school over four "
        "days in January. Its report, published on Tuesday, sets out four recommendations.\n\n"
        "The school has 1,138 pupils on roll, according to the report.\n"
    )
    assert claimants_by_figure(text)["1,138"] == "Inspectorate for Schools and Training"
