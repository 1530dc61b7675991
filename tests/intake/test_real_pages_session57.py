"""Failures found in session 57, on news text written in the shapes real reports take (wire
business copy, a legislature's vote, a fire service's statement), while real pages from a new
source were labelled.

Figures: a multiple said as a verb before "to" ("sales doubled to $4m", "output rose fivefold
to 20 million tonnes") read as a range's low end, taking the figure's unit and scale (2,000,000
dollars); a tally cast in a named chamber ("passed the House 241 to 186") read as part of a
name, as "Apollo 11" is. Claimants: "the ministry" given the company that spoke last; a
spokesperson's body ("The hospital treated 87 patients, a spokesman said") given whichever body
spoke last; the owners of an estimate written with the word before them ("above analysts'").

Every name here is invented. Each test fails without the change it describes, except guards,
which hold a limit of a change and pass either way."""

import pytest

from claims.figures_parser import find_figures
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
        ("between 2 and 4 million", [("2", "2000000", "count"), ("4 million", "4000000", "count")]),
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


def test_guard_a_spokesperson_for_a_body_named_before_by_its_noun_is_the_bodys() -> None:
    text = (
        "Ostreva General Hospital took in the injured on Friday night.\n\n"
        "The hospital treated 87 patients for smoke inhalation, a spokesman said."
    )
    assert claimants_by_figure(text)["87"] == "Ostreva General Hospital"


@pytest.mark.parametrize("before", ["above", "beating", "topping"])
def test_the_owners_of_an_estimate_are_named_without_the_word_before_them(before: str) -> None:
    text = f"The company earned $1.02 a share, {before} analysts' estimates of 98 cents."
    assert claimants_by_figure(text)["98 cents"] == "analysts"
