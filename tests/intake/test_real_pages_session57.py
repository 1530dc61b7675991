"""Failures found in session 57: on news text written in the shapes real reports take (wire
business copy, a legislature's vote, a fire service's statement), and on the 56 tuning pages of a
new source (tune6: 2012 news text kept by seomoz/dragnet_data), outside the 24 held out (ext9).

Figures: a multiple before "to" ("sales doubled to $4m", "rose fivefold to 20 million tonnes")
read as a range's low end, with the other end's unit and scale; a tally cast in a named chamber
("passed the House 241 to 186") read as a name's number; a patent's short number ("the '318
patent") and a product's ("the Galaxy Tab 7.7") read as figures; "four points ahead" a count where
"Mr." had ended the sentence the parser looks in for a poll's words; "between 35 million and 50
million pounds" and "$54 million-$78 million" with one end short of its currency or not read;
people's ages said as "years old" ("Both are 39 years old.", "At 29 years old") and the ages that
name a group ("18-29 year olds", "people age 60 and over") read as figures; "sales were in the
tens of thousands" not read. Chrome: a syndication note ("This story originally appeared on X
under the headline ...") suggested. Claimants: "the ministry" given the company that spoke last;
a spokesperson's body ("The hospital treated 87 patients, a spokesman said") given whichever
body spoke last; an estimate's owners named with the word before them ("above analysts'"); "X
should claim enough votes" and "seven battleground states on Monday" read as speech; "Secretary
of State Ada Rodham Moor" cut to two words; "according to a new study" left the publisher's
where the next sentence names its maker.

Every name here is invented. Each test fails without the change it describes (35 of them, run
against the session's start code), except guards (13), which hold a limit of a change and pass
either way; each guard was checked by mutating its change."""

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(figure.as_written, str(figure.value), figure.unit) for figure in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Sales had doubled to $4m last year.",
            [("doubled", "2", "count"), ("$4m", "4000000", "currency")],
        ),
        (
            "Sales have tripled to 4 million units.",
            [("tripled", "3", "count"), ("4 million", "4000000", "count")],
        ),
        (
            "Turnout more than doubled to 40 percent.",
            [("more than doubled", "2", "count"), ("40 percent", "40", "percent")],
        ),
        (
            "Output rose fivefold to 20 million tonnes.",
            [("fivefold", "5", "count"), ("20 million", "20000000", "count")],
        ),
    ],
)
def test_a_multiple_before_to_is_the_change_not_a_ranges_low_end(
    text: str, read: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2 to 3 million", [("2", "2000000", "count"), ("3 million", "3000000", "count")]),
    ],
)
def test_guard_a_range_written_with_to_still_shares_its_scale(
    text: str, read: list[tuple[str, str, str]]
) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The bill passed the House 241 to 186.", ["241", "186"]),
        ("Members voted the plan down in the Senate 38 to 41.", ["38", "41"]),
    ],
)
def test_a_tally_after_the_chamber_it_was_cast_in_is_read(text: str, written: list[str]) -> None:
    assert [figure.as_written for figure in find_figures(text)] == written


def test_guard_a_models_number_before_to_is_still_a_name() -> None:
    assert [f.as_written for f in find_figures("The iPhone 15 to 16 upgrade was popular.")] == [
        "16"
    ]


def test_the_ministry_is_not_the_company_that_spoke_last() -> None:
    text = (
        "Halsmoor Foods, which employs 4,000 people, said profits rose 12% last year.\n\n"
        "In a statement, the ministry said 12 schools would close."
    )
    assert claimants_by_figure(text)["12"] == "ministry"


def test_guard_the_agency_may_still_be_a_company_that_spoke_last() -> None:
    text = (
        "Corvath Advertising Inc, which handles the council's campaigns, said 40 staff would go."
        "\n\nThe agency said a further 12 posts were at risk."
    )
    assert claimants_by_figure(text)["12"] == "Corvath Advertising Inc"


def test_a_spokesperson_speaks_for_the_body_the_sentence_opens_with() -> None:
    text = (
        "Pump prices rose 4 cents, according to the Wendle Motoring Club.\n\n"
        "The hospital treated 87 patients for smoke inhalation, a spokesman said."
    )
    assert claimants_by_figure(text)["87"] == "hospital"


@pytest.mark.parametrize("before", ["above", "beating", "topping"])
def test_the_owners_of_an_estimate_are_named_without_the_word_before_them(before: str) -> None:
    text = f"The company earned $1.02 a share, {before} analysts' estimates of 98 cents."
    assert claimants_by_figure(text)["98 cents"] == "analysts"


# Second commit: what the tuning pages of a new source (tune6: 2012 news text kept by
# seomoz/dragnet_data) showed.


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In that case Ada Moor should claim enough votes to win, with 303 in all.",
            "",
        ),
        ("Ada Moor could claim that 40% of the staff were underpaid.", "Ada Moor"),
    ],
)
def test_claim_after_a_modal_takes_a_prize_unless_a_that_clause_follows(
    text: str, claimant: str
) -> None:
    assert set(claimants_by_figure(f"Kelvasi news\n\n{text}").values()) == {claimant}


def test_states_before_a_preposition_is_a_plural_noun_not_a_verb_of_saying() -> None:
    text = (
        "Moor and Roe raced through seven battleground states on Monday to court the 270 "
        "electors they need."
    )
    assert set(claimants_by_figure(f"Kelvasi news\n\n{text}").values()) == {""}


def test_a_one_word_portfolio_leaves_three_words_for_the_name() -> None:
    text = "Secretary of State Ada Rodham Moor said the goal is to treat 40,000 people."
    assert claimants_by_figure(text)["40,000"] == "Ada Rodham Moor"


def test_guard_a_portfolio_of_two_words_leaves_two_for_the_name() -> None:
    text = "Minister of Foreign Affairs Ada Moor said 40,000 people had left."
    assert claimants_by_figure(text)["40,000"] == "Ada Moor"


@pytest.mark.parametrize(
    "text",
    [
        "Kelvasi says Tamsley infringed the '318 patent and the ’915 patent.",
        "A court extended the sales ban on the Kelvasi Galaxy Tab 7.7 across the region.",
        "The Pellwick MacBook 13.3 is thin.",
    ],
)
def test_a_patents_short_number_and_a_products_number_are_no_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Halsmoor United 2.5 goals a game is their best rate.", ["2.5"]),
        ("Final score: Bellmoor Hawks 11.12 (78) beat the Pellwick Swans.", ["11.12", "78"]),
        ("The Kelvasi Tab 10.1 inches wide is the biggest.", ["10.1"]),
    ],
)
def test_guard_a_decimal_after_a_name_with_a_measure_or_a_total_is_still_read(
    text: str, written: list[str]
) -> None:
    assert [figure.as_written for figure in find_figures(text)] == written


def test_a_note_of_where_a_syndicated_story_first_ran_is_no_claim() -> None:
    text = (
        "Kelvasi Pay will cut 325 jobs, the company said on Thursday.\n\n"
        'This story originally appeared on Tamsley Tech under the headline "Kelvasi Pay to lay '
        'off 325 jobs as expected, despite strong Q4."'
    )
    assert [item.sentence for item in extract_suggestions(normalise(text))] == [
        "Kelvasi Pay will cut 325 jobs, the company said on Thursday."
    ]


def test_points_ahead_in_polls_are_percentage_points_past_a_titles_full_stop() -> None:
    text = (
        "Between Saturday and Sunday, five polls of Kelvasi had Mr. Moor an average of four "
        "points ahead there."
    )
    units = {figure.as_written: figure.unit for figure in find_figures(text)}
    assert units["four points"] == "percentage_points"


def test_a_currency_said_once_after_two_scaled_ends_is_both_ends() -> None:
    text = "The firm expects to lose between 35 million and 50 million pounds on the contract."
    assert [(f.as_written, f.unit, f.currency) for f in find_figures(text)] == [
        ("35 million", "currency", "GBP"),
        ("50 million pounds", "currency", "GBP"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Both are 39 years old.", "At 29 years old, she runs the Kelvasi fund."],
)
def test_a_persons_age_said_as_years_old_is_not_suggested(sentence: str) -> None:
    assert extract_suggestions(normalise(f"Kelvasi news\n\n{sentence}")) == []


def test_guard_a_things_age_in_years_is_still_suggested() -> None:
    sentence = "The Kelvasi bridge is 120 years old."
    assert [item.sentence for item in extract_suggestions(normalise(sentence))] == [sentence]


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_the_second_end_after_a_scale_said_in_a_word_is_read(dash: str) -> None:
    text = f"It will lose between £35 million and £50 million ($54 million{dash}$78 million)."
    assert [f.as_written for f in find_figures(text)][-2:] == ["$54 million", "$78 million"]


def test_guard_a_dash_after_a_word_that_is_no_scale_still_joins_a_code() -> None:
    assert find_figures("Kelvasi-19 cases rose in the spring.") == []


@pytest.mark.parametrize(
    ("text", "figure", "maker"),
    [
        (
            "Nearly one in five procedures collect extra data and cost drug developers $1.1 "
            "million per trial, according to a new study. This is the second such study released "
            "by the Kelvasi Center for Drug Development in recent months.",
            "$1.1 million",
            "Kelvasi Center for Drug Development",
        ),
        (
            "About 40% of tenants are behind on rent, a new survey found. The survey, carried out "
            "by Quellane Research, polled 2,000 adults.",
            "About 40%",
            "Quellane Research",
        ),
    ],
)
def test_an_unnamed_study_is_its_maker_named_in_the_next_sentences(
    text: str, figure: str, maker: str
) -> None:
    assert claimants_by_figure(f"Kelvasi news\n\n{text}")[figure] == maker


def test_guard_an_unnamed_study_whose_maker_comes_too_late_stays_the_publishers() -> None:
    text = (
        "About 40% of tenants are behind on rent, a new survey found. Rents rose 9% last year. "
        "Wages did not keep up. The survey, carried out by Quellane Research, polled 2,000 adults."
    )
    assert claimants_by_figure(f"Kelvasi news\n\n{text}")["About 40%"] == ""


@pytest.mark.parametrize(
    "text",
    ["Both are 39 years old.", "They were 21 years old at the time.", "At 29 years old, she won."],
)
def test_the_figure_reader_takes_a_plural_pronouns_age_and_at_years_old_as_ages(
    text: str,
) -> None:
    assert find_figures(text) == []


def test_guard_at_a_number_without_years_old_is_a_level() -> None:
    assert [f.as_written for f in find_figures("At 40, the index was at a high.")] == ["40"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Turnout among 18-29 year olds rose to 19 percent.", ["19 percent"]),
        ("18- to 29-year-olds made up 19% of voters.", ["19%"]),
        ("The jab is for people age 60 and over, and 4% have had it.", ["4%"]),
    ],
)
def test_the_ages_that_name_a_group_are_no_figures(text: str, written: list[str]) -> None:
    assert [figure.as_written for figure in find_figures(text)] == written


def test_guard_an_age_not_closed_as_a_bound_is_still_read() -> None:
    assert [f.as_written for f in find_figures("People age 60 account for 4% of users.")] == [
        "60",
        "4%",
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The firm said sales were in the tens of thousands.", "tens of thousands", "20000"),
        ("Losses run in the millions, she said.", "millions", "2000000"),
    ],
)
def test_a_magnitude_after_in_the_closing_its_clause_is_a_rough_count(
    text: str, written: str, value: str
) -> None:
    assert [(f.as_written, str(f.value), f.kind) for f in find_figures(text)] == [
        (written, value, "vague")
    ]


def test_guard_a_magnitude_after_in_the_that_names_something_is_no_count() -> None:
    assert find_figures("He plays in the Hundreds tournament at Kelvasi.") == []
