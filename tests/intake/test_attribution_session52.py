"""Claimants found on session 52's tuning texts of the corpus: a results story's lead that
reports its figure a few words from the item ("reported a 9.7 per cent rise in consolidated net
profit"), whose company the lines of results after it are. Every name is invented. Each test
fails without the change it describes, except guards."""

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
