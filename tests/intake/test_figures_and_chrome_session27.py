"""Figures from tuning on the set 265-272 and 281-288. Read: a multiple written "-fold" ("roughly
sevenfold"), a multiple in the perfect ("has doubled since"), "a point and a half", a ratio "N
things for every M others", a time in two units ("2 minutes 30 seconds"), a term in weeks or months
hyphenated onto a consultation or a named period, "the top N" of a field, megawatts of a grid
connection in the medium-wave band. Not read: the second of two labels ("tables 1 to 4"), the base
of a rate with no number of its own ("per 100,000 people"), a share that picks out a group by rank
("the poorest 20% of households"), a team's won-lost record ("went 9-2"), the capacity that names a
container ("a 120-litre bin"), a length of time that draws the line of a counted category ("waiting
more than 30 minutes"), a size that defines a category ("families of five or more"), a number
pointed back to ("those two things"), an age that bounds a group ("people over 65"), generations of
a family. Never suggested: a line of a list of sources under its heading. Every sentence here was
written for this test; every name is invented.

Each test fails without the change it describes, except guards, which pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures
from tests.intake.claimants import suggested_sentences as _suggested


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    return [(f.as_written, f.value, f.unit) for f in find_figures(text)]


def _written(text: str) -> list[str]:
    return [f.as_written for f in find_figures(text)]


LEAD = "The water board said 6,200 homes were connected last year.\n\n"
LEAD_SENTENCE = "The water board said 6,200 homes were connected last year."


# -- labels and rates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Orland Statistics Office, Workforce survey 2024 (tables 1 to 4)",
        "The duty is set out in sections 3 and 7 of the act.",
        "See paragraphs 12-14 of the ruling.",
    ],
)
def test_the_second_of_two_labels_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_sources_line_citing_tables_is_not_suggested() -> None:
    text = f"{LEAD}Sources\n\nOrland Statistics Office, Workforce survey 2024 (tables 1 to 4)\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_the_base_of_a_rate_with_no_number_of_its_own_is_no_figure() -> None:
    """The rate's number comes later ("312 now"): "100,000" only says what it is over."""
    assert _written(
        "The number of nurses per 100,000 residents is lower than in 2012: 312 now."
    ) == ["312"]


def test_a_rate_with_its_number_keeps_its_base() -> None:
    """Guard: "7.2 falls per 1,000 bed days" is one statement, read as before."""
    assert _written("That is 7.2 falls per 1,000 bed days.") == ["7.2", "1,000"]


def test_a_share_that_picks_out_a_group_by_rank_is_no_figure() -> None:
    assert _written(
        "Two of the wards are among the most deprived 10% in the region, and the poorest "
        "20% of households pay 9% of their income in rent."
    ) == ["Two", "9%"]


def test_a_ranked_rate_is_still_a_figure() -> None:
    """Guard: "the lowest 2% rate" names a rate, not a group."""
    assert _written("Brelford offers the lowest 2% rate in the county.") == ["2%"]


# -- multiples and parts --------------------------------------------------------------------


def test_a_multiple_written_fold_is_a_figure() -> None:
    assert _read("Loans rose roughly sevenfold, a tenfold increase on some routes.") == [
        ("roughly sevenfold", Decimal(7), "count"),
        ("tenfold", Decimal(10), "count"),
    ]
    assert _read("Fares saw a 12-fold rise.") == [("12-fold", Decimal(12), "count")]


def test_manifold_is_no_multiple() -> None:
    """Guard: "manifold" and "twofold" (of two kinds) carry no size."""
    assert _read("The reasons are manifold and the problem twofold.") == []


def test_a_multiple_in_the_perfect_is_a_figure() -> None:
    assert _read("The parking levy has doubled since 2015.") == [("doubled", Decimal(2), "count")]
    assert _read("Rents have now tripled in the old town.") == [("tripled", Decimal(3), "count")]


def test_a_multiple_as_a_plain_verb_is_still_left_alone() -> None:
    """Guard: "we doubled the fund" and "has not tripled" size no change."""
    assert _read("We doubled the fund, but fares have not tripled.") == []


def test_a_point_and_a_half_is_a_change_in_points() -> None:
    assert _read("Output grows by roughly a point and a half a year.") == [
        ("roughly a point and a half", Decimal("1.5"), "percentage_points")
    ]


def test_a_ratio_for_every_is_a_share() -> None:
    assert _read("There are three nurses for every four beds.") == [
        ("three nurses for every four beds", Decimal(75), "percent")
    ]


def test_a_time_in_two_units_is_one_length() -> None:
    assert _read("The wait fell from 2 minutes 30 seconds to 48 seconds.")[0] == (
        "2 minutes 30 seconds",
        Decimal(150),
        "count",
    )


def test_a_time_in_two_units_that_do_not_follow_is_not_joined() -> None:
    """Guard: hours beside seconds are two numbers, not one time."""
    assert _written("It took 3 hours 20 seconds.") != ["3 hours 20 seconds"]


# -- compounds and counts -------------------------------------------------------------------


def test_a_teams_won_lost_record_is_no_figure() -> None:
    assert _read("In 2021 the Kestrels went 9-2, and they are 3-8 going into the derby.") == []


def test_a_score_and_an_age_range_are_still_read() -> None:
    """Guard: a score after "won", a range with its unit."""
    assert _written("Dunleath won 3-1. Pupils are 4-7 years old.") == ["3", "1", "4", "7 years"]


def test_the_capacity_that_names_a_container_is_no_figure() -> None:
    assert _read("Families can ask for a larger 120-litre green bin.") == []


def test_a_measure_compound_is_still_read() -> None:
    """Guard: a lorry's weight, a pipeline's length are what they are measured for."""
    assert _written("A 40-tonne lorry crossed the 310-km pipeline.") == ["40-tonne", "310-km"]


def test_a_wait_that_draws_the_line_of_a_counted_category_is_no_figure() -> None:
    assert _written("The number of callers waiting more than 30 minutes rose to 2,140 in May.") == [
        "2,140"
    ]
    assert _written("Of those, 64% were settled within 90 days.") == ["64%"]
    assert _written("Forty-two tenants were still waiting more than 18 months.") == ["Forty-two"]


def test_a_wait_with_nothing_counted_is_still_read() -> None:
    """Guard: with no count in the clause the wait is what the sentence states."""
    assert _written("Claims were delayed, with some tenants waiting more than eight months.") == [
        "more than eight"
    ]


def test_a_size_that_defines_a_category_is_no_figure() -> None:
    assert _read("Families of five or more people and firms with 250 or more staff qualify.") == []


def test_a_count_with_or_more_is_still_read() -> None:
    """Guard: "Five or more people were hurt" counts them."""
    assert _written("Five or more people were hurt.") == ["Five"]


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        ("The board opened a 16-week public consultation on Monday.", "16-week", "count"),
        ("The study modelled a 25-year recovery period for the river.", "25-year", "years"),
    ],
)
def test_a_term_on_a_consultation_or_a_named_period_is_a_figure(
    sentence: str, written: str, unit: str
) -> None:
    assert [(f.as_written, f.unit) for f in find_figures(sentence)] == [(written, unit)]


@pytest.mark.parametrize(
    "sentence", ["Start a 30-day free trial today.", "Sales rose in the 12-month period to June."]
)
def test_a_trial_or_an_unnamed_period_is_still_no_figure(sentence: str) -> None:
    """Guard: a trial's length is an offer, "the 12-month period to June" a time frame."""
    assert _read(sentence) == []


def test_the_top_places_of_a_field_are_a_figure() -> None:
    assert _written("Every rider who finishes in the top 20 of the race is tested.") == ["20"]
    assert _written("The union wants prizes for the top 12 in each class.") == ["12"]


def test_a_chart_named_by_its_places_is_still_no_figure() -> None:
    """Guard: "made the top ten", "Top 10 places" name a list."""
    assert _read("The song made the top ten. Top 10 places to eat in Varnley.") == []


def test_megawatts_of_a_grid_connection_are_a_figure() -> None:
    """A number in the medium-wave band before "MW" is power where the grid is spoken of."""
    assert _written("Ostrel Data has applied to raise its connection to 340 MW.") == ["340"]


def test_a_station_on_medium_wave_is_still_no_figure() -> None:
    """Guard: "on 1215 MW" tunes a radio."""
    assert _read("Listen to Radio Brack on 1215 MW.") == []


def test_a_number_pointed_back_to_is_no_figure() -> None:
    """ "Those two things", "these 40 staff": counted where the story first named them."""
    assert _written('"Those two things go together," he said. These 40 staff will go.') == []
    assert _written("Of the 50 slowest calls, 38 were in those two villages.") == ["50", "38"]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Almost half of them (47%) were aged under 35, the museum said.", ["Almost half", "47%"]),
        (
            "About two in five of those patients were over 75, and 190 were admitted.",
            ["About two in five", "190"],
        ),
        ("People over 65 should have their hearing checked.", []),
    ],
)
def test_an_age_that_bounds_a_group_is_no_figure(sentence: str, written: list[str]) -> None:
    assert _written(sentence) == written


def test_a_count_after_were_over_is_still_read() -> None:
    """Guard: "cases are under 50" and "were over 75 units" count, no people bounded."""
    assert _written("Cases are under 50 and sales were over 75 units.") == ["under 50", "over 75"]


def test_a_familys_generations_are_no_figure() -> None:
    assert (
        _written("Ina Brody, whose family has farmed at Cresk for four generations, objected.")
        == []
    )


def test_generations_counted_as_people_are_still_read() -> None:
    """Guard: "three generations live together" counts the people's generations in a home."""
    assert _written("In 4,100 homes three generations live together.") == ["4,100", "three"]


# -- page chrome ----------------------------------------------------------------------------


def test_a_line_of_a_sources_list_is_no_claim() -> None:
    """The document a figure came from, however its brackets close the line."""
    text = (
        f"{LEAD}Sources\n\n"
        "Orland Statistics Office, Survey of 4,200 households, March 2025 (weighted)\n\n"
        "Quarrendon Institute, Water bills 2019-2025 (appendix B)\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


def test_the_story_resumes_after_a_sources_list() -> None:
    """Guard: a paragraph of prose after the list is the story's again."""
    text = (
        f"{LEAD}Sources\n\nOrland Statistics Office, Survey of households (weighted)\n\n"
        "The board later said a further 1,300 homes would be connected by the end of the year.\n"
    )
    assert _suggested(text) == [
        LEAD_SENTENCE,
        "The board later said a further 1,300 homes would be connected by the end of the year.",
    ]
