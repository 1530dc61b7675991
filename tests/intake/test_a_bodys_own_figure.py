"""A body's figure as what a sentence opens on is the body's: "The agency's figure for the
year before was 1,951", "On the directorate's numbers, deaths are down 11%", and, after a
semicolon, "on the agency's, they are up 2%", the noun said once for both.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants

_INTRO = (
    "The Coastal Transit Directorate counted 1,642 ferry passengers hurt last year, while "
    "hospital records compiled by the Marine Health Agency put the figure at 1,958.\n\n"
)


def test_a_bodys_figure_as_the_subject_is_the_bodys() -> None:
    text = _INTRO + "The agency's figure for the year before was 1,951.\n"
    assert _claimants(text)["1,951"] == "Marine Health Agency"


def test_a_bodys_numbers_framing_a_sentence_are_the_bodys() -> None:
    text = _INTRO + "On the directorate's numbers, injuries are down 11% since 2020.\n"
    assert _claimants(text)["11%"] == "Coastal Transit Directorate"


def test_each_clause_framed_by_its_own_bodys_numbers_is_that_bodys() -> None:
    text = (
        _INTRO + "On the directorate's numbers, injuries are down 11% since 2020; on the "
        "agency's, they are up 2%.\n"
    )
    found = _claimants(text)
    assert found["11%"] == "Coastal Transit Directorate"
    assert found["2%"] == "Marine Health Agency"


def test_guard_a_persons_role_is_no_bodys_name() -> None:
    text = "The judge's figure of 20% was within the range open to him, the appeal court held.\n"
    assert _claimants(text)["20%"] != "judge"


def test_guard_a_phrase_before_the_owner_is_not_read_as_its_name() -> None:
    text = (
        "Based on his firm's listings data, broker Tomasz Ferreira-Lind said prices had fallen "
        "about 6% this year.\n"
    )
    assert _claimants(text)["about 6%"] == "Tomasz Ferreira-Lind"


def test_a_clause_that_opens_on_a_bodys_own_figure_is_the_bodys() -> None:
    text = (
        "The Harnley Electoral Commission runs the count.\n\n"
        "The Green Harnley campaign put turnout in the east at above 60%, while the "
        "commission's own figure at 21:00 was 48.2%.\n"
    )
    assert _claimants(text)["48.2%"] == "Harnley Electoral Commission"


def test_a_bodys_returns_that_put_a_figure_are_the_bodys() -> None:
    text = (
        "The Office for Harbour Safety published its annual review on Monday.\n\n"
        "The office's own returns for that year put it nearer 35,000.\n"
    )
    assert _claimants(text)["35,000"] == "Office for Harbour Safety"


def test_a_bodys_figures_described_with_a_hyphened_word_show_its_own() -> None:
    text = (
        "The National Rainfall Directorate published its weekly figures on Monday.\n\n"
        "Eastvale has received 34% less rain than normal, the directorate's state-wise "
        "figures show.\n"
    )
    assert _claimants(text)["34%"] == "National Rainfall Directorate"


def test_a_bodys_breakdown_shows_its_own_figures() -> None:
    text = (
        "The Harnley Electoral Commission published the count on Friday.\n\n"
        "The Greens topped the poll in nine of the ward's 11 districts, the commission's "
        "breakdown shows.\n"
    )
    assert _claimants(text)["nine"] == "Harnley Electoral Commission"
