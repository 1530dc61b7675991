"""Failures found when intake read real news pages nobody on the project wrote, session 54: pages
kept as fixtures by two article extractors (mozilla/readability's test pages and
postlight/parser's), 47 of them labelled by helpers to tune on, outside the 24 held out for
measuring. Figures and chrome: a year before BC, a person's age ("who was 21 at the time", "at
age 69", "dies at 91", "she was just seven years old"), the ages that bound a group ("between
the ages of 25 and 54"), a clock time with its zone ("1451 GMT"), a power in a formula ("2^28"),
a comment counter behind a list's bullet, a gallery's count of photos, a machine's speed ("30
FPS", "4.2 teraflops"), a screen's pixels and its height grouped by a comma ("1,440p") and a
processor's code ("4790k") read as claims; a toll in a participle's clause ("killing two
people") weighed as a small count; a vulgar fraction after a space ("6 ½") cut off. Claimants: a
revision in strong words ("slashed its outlook") or a forecast kept ("left unchanged its
forecast"), a forecaster that "sees" a figure, "forecast Tuesday that", a valuation far from its
"at" ("pegged the odds ... at one in seven") and a speaker after "after" ("after X said it plans
to invest") not read; "the central bank" for the bank the article named; a preposition opening
a sentence taken for a given name ("For Quellane fans"), "a Bible study" taken for a study's
author, and an adjective opening the sentence ("Initial reports said") taken for a name. The
pages themselves are not in the project; every sentence here was written for this test in their
shapes, and every name is invented. Each test fails without the change it describes, except
guards."""

import pytest

from claims.figures_parser import find_figures
from tests.intake.claimants import claimants_by_figure, suggested_sentences


def _written(text: str) -> list[str]:
    return [figure.as_written for figure in find_figures(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our oldest finds are from around 500 BC, the curator said.",
        "Archaeologists believe the city dates back to 5,316 BCE.",
        "The hoard was buried around 1,200 B.C. by farmers.",
    ],
)
def test_a_year_of_an_era_is_no_figure(sentence: str) -> None:
    assert _written(sentence) == []


def test_guard_a_count_before_a_bc_is_read_where_no_era_follows() -> None:
    assert _written("Divers found 500 coins and 12 BCG vaccines were sent.") == ["500", "12"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tamsley, who was 21 at the time, was arrested the next day.",
        "Officers brought down a woman who looked about 30, draped in shawls.",
        "The actor died on Tuesday at age 69.",
        "She left school at the age of 16 and never went back.",
        "He was just seven years old when he attended his first stranding.",
        '"People forget he is 24 and he has moved country," the coach said.',
        "Pellwick founder dies at 91",
    ],
)
def test_a_persons_age_is_no_figure(sentence: str) -> None:
    assert _written(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The boats are 20 years old, the council said.", ["20 years"]),
        ("She was 30 minutes late and 45 people waited.", ["30", "45"]),
        ("He said it was 12% higher than forecast.", ["12%"]),
        ("The fund, which was 40 percent invested, lost money.", ["40 percent"]),
    ],
)
def test_guard_a_things_age_and_a_measure_after_was_are_figures(
    sentence: str, written: list[str]
) -> None:
    assert _written(sentence) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "The study compared employed men and women between the ages of 25 and 54.",
        "Voters ages 18 to 24 were polled.",
    ],
)
def test_the_ages_that_bound_a_group_are_no_figures(sentence: str) -> None:
    assert _written(sentence) == []


def test_a_comment_counter_behind_a_bullet_is_chrome() -> None:
    text = (
        "Mayor says budget gap is her biggest worry\n\n- 12 March 2025\n\n- 941 comments\n\n"
        "The city's budget gap has grown to $48 million, the mayor said on Tuesday.\n"
    )
    assert suggested_sentences(text) == [
        "The city's budget gap has grown to $48 million, the mayor said on Tuesday."
    ]


@pytest.mark.parametrize(
    "line",
    ["Gallery: Kelvasi One X | 14 Photos", "Photo gallery: the launch - 23 images", "14 Photos"],
)
def test_a_gallerys_count_of_photos_is_chrome(line: str) -> None:
    text = f"The console sold 2 million units in its first month.\n\n{line}\n\nMore follows.\n"
    assert suggested_sentences(text) == ["The console sold 2 million units in its first month."]


@pytest.mark.parametrize(
    "sentence",
    [
        "In its latest estimates, the Halsmoor Monetary Fund slashed its outlook for growth to "
        "1.6% this year.",
        "The Halsmoor Monetary Fund hiked its inflation forecast to 1.6% on Tuesday.",
        "The Halsmoor Monetary Fund pared its growth estimate to 1.6%.",
    ],
)
def test_a_revision_in_strong_words_is_the_forecasters(sentence: str) -> None:
    assert claimants_by_figure(sentence)["1.6%"] == "Halsmoor Monetary Fund"


def test_a_forecaster_that_sees_a_figure_states_it() -> None:
    text = "Tamsley Bank now sees inflation at 2.4% next year."
    assert claimants_by_figure(text)["2.4%"] == "Tamsley Bank"


def test_guard_a_business_that_sees_its_footfall_states_nothing() -> None:
    """Only a measure of an economy's or a business's course is a forecaster's view."""
    text = "Quellane Mall sees footfall of 20,000 a day."
    assert claimants_by_figure(text)["20,000"] == ""


def test_the_central_bank_is_the_bank_the_article_named() -> None:
    text = (
        "The Kelvasi Federal Reserve raised interest rates on Wednesday, as expected.\n\n"
        "Donald Tamsley's election had put the economy under a cloud, analysts said.\n\n"
        "The central bank continued to describe that pace as gradual. It sees unemployment "
        "falling to 4.5 percent next year.\n"
    )
    assert claimants_by_figure(text)["4.5 percent"] == "Kelvasi Federal Reserve"


def test_a_preposition_is_no_given_name() -> None:
    text = (
        "Quellane says over 130 enhanced titles are in the works.\n\n"
        "For Quellane fans, though, none of that will matter.\n"
    )
    assert claimants_by_figure(text)["over 130"] == "Quellane"


def test_a_study_met_at_is_no_source() -> None:
    text = "Tamsley sat among a dozen people at a Bible study before opening fire."
    assert claimants_by_figure(text).get("a dozen", "") == ""


def test_guard_a_study_by_a_body_is_its_source() -> None:
    text = "A Halsmoor University study found 41% of students skip breakfast."
    assert claimants_by_figure(text)["41%"] == "Halsmoor University"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Initial reports said the attack killed 12 and wounded 48.", "12"),
        ("Early estimates put the damage at $4 million.", "$4 million"),
    ],
)
def test_an_adjective_opening_the_sentence_is_no_name(sentence: str, figure: str) -> None:
    assert claimants_by_figure(sentence)[figure] == ""


def test_guard_the_official_is_a_claimant() -> None:
    text = (
        "A senior official at the farm ministry spoke to reporters on Monday.\n\n"
        "The official said the two series had differed by as much as 9 percent.\n"
    )
    assert claimants_by_figure(text)["as much as 9 percent"] == "official"


@pytest.mark.parametrize(
    "sentence",
    [
        "Its racing game runs natively in 4K at 30 FPS with surround sound.",
        "The older console tops out at 4.2 teraflops.",
        "I play at 2,560 by 1,440 pixels with every setting at its highest.",
    ],
)
def test_a_machines_speed_or_pixels_is_a_specification(sentence: str) -> None:
    assert suggested_sentences(sentence) == []


def test_guard_a_price_beside_pixels_is_suggested_for_the_price() -> None:
    text = "The new Ostreva screen has 2,560 by 1,440 pixels and costs $499."
    assert claimants_by_figure(text) == {"$499": ""}


def test_a_screens_height_grouped_by_a_comma_is_a_resolution() -> None:
    assert _written("Typically, I play at 1,440p with every setting at its highest.") == []


def test_guard_pence_grouped_by_a_comma_are_an_amount() -> None:
    assert _written("Shares closed at 1,450p on Friday.") == ["1,450p"]


def test_a_processors_model_in_lower_case_is_a_code() -> None:
    assert _written("My rig is powered by a Kelvasi 4790k processor.") == []


def test_a_toll_in_a_participles_clause_is_a_claim() -> None:
    text = "A gunman opened fire at a cinema in Halsmoor, killing two people and injuring others."
    assert claimants_by_figure(text) == {"two": ""}


def test_a_vulgar_fraction_after_a_space_is_part_of_the_number() -> None:
    (figure,) = find_figures("The craft stopped transmitting 6 ½ minutes after the launch.")
    assert (figure.as_written, str(figure.value)) == ("6 ½", "6.5")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "The Halsmoor Monetary Fund left unchanged its forecast for growth this year, a "
            "modest 3.2%.",
            "3.2%",
        ),
        ("The Halsmoor Monetary Fund kept its outlook for growth at 2%.", "2%"),
    ],
)
def test_a_forecast_kept_is_the_forecasters(sentence: str, figure: str) -> None:
    assert claimants_by_figure(sentence)[figure] == "Halsmoor Monetary Fund"


def test_a_forecast_with_its_day_between_is_the_forecasters() -> None:
    """A body described, not named, is its claimant as described, as the corpus labels it."""
    text = "The 190-country lending agency forecast Tuesday that the economy would grow 2.7%."
    assert claimants_by_figure(text)["2.7%"] == "lending agency"


def test_guard_a_body_that_kept_its_promise_states_no_forecast() -> None:
    text = "The Halsmoor council kept its promise and built 300 homes."
    assert claimants_by_figure(text)["300"] == ""


def test_a_time_on_the_24_hour_clock_with_its_zone_is_no_figure() -> None:
    assert _written("The rocket lifted off at 8:51 p.m. (1451 GMT) carrying 2.5 tons.") == ["2.5"]


def test_guard_a_count_of_four_digits_is_a_figure() -> None:
    assert _written("The plant sold 1451 units in 2023 and 2359 more in May.") == ["1451", "2359"]


def test_a_power_in_a_formula_is_no_figure() -> None:
    assert _written("The length is a varint that can store integers up to 2^28.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Interest in the pair rose after Tamsley Bank said it plans to invest $50 billion.",
        "Interest in the pair rose after Tamsley Bank earlier this month said it plans to invest "
        "$50 billion.",
        "Interest in the pair rose after Tamsley Bank on Tuesday said it plans to invest $50 "
        "billion.",
    ],
)
def test_a_speaker_in_a_clause_after_after_says_its_figures(sentence: str) -> None:
    assert claimants_by_figure(sentence)["$50 billion"] == "Tamsley Bank"


def test_guard_the_main_clauses_move_is_not_the_subordinate_speakers() -> None:
    text = "Shares in Quellane jumped 9% after it said bookings rose 15%."
    assert claimants_by_figure(text) == {"9%": "", "15%": "Quellane"}


def test_a_person_described_who_pegs_the_odds_states_them() -> None:
    text = (
        "Ada Moor, a professor at Quellane University, pegged the odds of reaching the goal by "
        "2026 at one in seven, rising to one in two by 2031."
    )
    assert claimants_by_figure(text) == {"one in seven": "Ada Moor", "one in two": "Ada Moor"}


def test_guard_a_value_pegged_far_from_its_verb_is_no_valuation() -> None:
    """Eight words at most between the verb and "at": a sentence that only mentions pegging."""
    text = (
        "Quellane pegged its hopes on a plan that few in the industry believed could ever work "
        "at 300 sites."
    )
    assert claimants_by_figure(text)["300"] == ""
