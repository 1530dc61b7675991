"""Figures and page chrome from tuning on the set 177-184 and 201-208. Read: a scale written
onto a ringgit amount ("RM2.4bil"), the dirham's "Dh", thousands grouped by an apostrophe
("CHF 2'140"), a multiple said as a verb with a qualifier ("more than doubled"), "1.5m" as a
height where the sentence measures one, a share hyphenated into a compound ("a one-in-six
event"), a capacity in thousands ("a 10,200-seat arena"), a deal's term before its value ("a
five-year, $288 million contract"), half a unit as a difference, a number in words before a
time ago. Not read: the first day of a span of dates, a paragraph reference ("[2]"), a rule's
number, a pack's size ("a 50kg bag"), an age that ends the sentence. Chrome: a decimal before a
measure is no clock time, a membership pitch that names what to join, an advert's starred
price; and the body: a lead under a headline and its standfirst, a key figure with its measure
in a box, a box of findings under the date line. Every sentence here was written for this test;
every name is invented.

Each test fails without the change it describes, except guards, which pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures
from intake.normalise import DATELINE, HEADING, normalise
from tests.intake.claimants import suggested_sentences as _suggested


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(text)]


# -- money ----------------------------------------------------------------------------------


def test_a_scale_written_onto_a_ringgit_amount_is_read() -> None:
    assert _read("The dam will cost RM3.1bil, up from RM940mil, the ministry said.") == [
        ("RM3.1bil", Decimal(3_100_000_000), "currency", "MYR"),
        ("RM940mil", Decimal(940_000_000), "currency", "MYR"),
    ]


def test_mil_without_a_currency_is_no_scale() -> None:
    """Guard: "40mil" alone may be a thickness in thousandths of an inch."""
    assert _read("The liner is 40mil thick.") == []


def test_the_dirhams_letters_before_an_amount_are_read() -> None:
    assert _read("A single fare costs Dh4.50 on a line that cost Dh9.2 billion.") == [
        ("Dh4.50", Decimal("4.50"), "currency", "AED"),
        ("Dh9.2 billion", Decimal(9_200_000_000), "currency", "AED"),
    ]


def test_thousands_grouped_by_an_apostrophe_are_one_number() -> None:
    assert _read("The 2'418 members hold CHF 3'605 each, around 12’500 in all.") == [
        ("2'418", Decimal(2418), "count", ""),
        ("CHF 3'605", Decimal(3605), "currency", "CHF"),
        ("around 12’500", Decimal(12500), "count", ""),
    ]


# -- multiples, shares and halves -----------------------------------------------------------


def test_a_multiple_said_as_a_verb_with_a_qualifier_is_a_figure() -> None:
    assert _read("Rents had more than doubled and fees roughly tripled.") == [
        ("more than doubled", Decimal(2), "count", ""),
        ("roughly tripled", Decimal(3), "count", ""),
    ]


def test_a_multiple_verb_without_a_qualifier_is_no_figure() -> None:
    """Guard: "we doubled the fund" reports a change, sized by nothing."""
    assert _read("We doubled the fund and fares have not tripled.") == []


def test_a_share_hyphenated_into_a_compound_is_read() -> None:
    assert _read("It is now a one-in-eight summer; it was a one-in-250-year storm.") == [
        ("one-in-eight", Decimal("12.5"), "percent", ""),
        ("one-in-250-year", Decimal("0.4"), "percent", ""),
    ]


def test_half_a_unit_as_a_difference_is_a_figure() -> None:
    (half,) = find_figures("Pupils scored more than half a grade lower than their peers.")
    assert (half.as_written, half.value, half.qualifier) == (
        "more than half a grade",
        Decimal("0.5"),
        "more_than",
    )


def test_a_number_in_words_before_a_time_ago_is_read() -> None:
    """ "Seven two years ago" is no list of two numbers: the second says when."""
    assert _read("Nine schools are failing, up from seven two years ago.") == [
        ("Nine", Decimal(9), "count", ""),
        ("seven", Decimal(7), "count", ""),
    ]


# -- measures, capacities and terms ---------------------------------------------------------


def test_m_is_metres_where_the_sentence_measures_a_height() -> None:
    assert _read("She said floodwater rose to 1.2m inside her shop.") == [
        ("1.2m", Decimal("1.2"), "count", "")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The gallery hit a record high of 2.4m.", "Flood repairs in the town cost 1.5m."],
)
def test_m_stays_millions_elsewhere(sentence: str) -> None:
    """Guard: no height measured, or money spoken of: the newsroom's million."""
    assert _read(sentence)[0][1] >= 1_000_000


def test_a_capacity_in_thousands_hyphenated_onto_its_noun_is_a_figure() -> None:
    assert _read("The club drew 6,120 to its 8,400-seat ground.") == [
        ("6,120", Decimal(6120), "count", ""),
        ("8,400-seat", Decimal(8400), "count", ""),
    ]


def test_a_small_compound_still_describes() -> None:
    """Guard: "a 14-room inn" describes the inn."""
    assert _read("She runs a 14-room inn.") == []


def test_a_deals_term_before_its_value_is_a_figure() -> None:
    assert _read("He signed a four-year, $96 million deal; she a 3-year, £40m one.") == [
        ("four-year", Decimal(4), "years", ""),
        ("$96 million", Decimal(96_000_000), "currency", "USD"),
        ("3-year", Decimal(3), "years", ""),
        ("£40m", Decimal(40_000_000), "currency", "GBP"),
    ]


# -- what is not a figure -------------------------------------------------------------------


def test_the_first_day_of_a_span_of_dates_is_no_figure() -> None:
    assert _read("The report covers the period from 4 to 10 March 2025.") == []


def test_a_paragraph_reference_in_square_brackets_is_no_figure() -> None:
    assert _read("He spent weeks in hospital [3].") == []


def test_a_rules_number_is_no_figure() -> None:
    assert _read("It breached rule 9 and regulation 14 of the code.") == []


def test_a_packs_size_is_no_figure_but_its_price_is() -> None:
    assert _read("A 25kg sack of flour now sells for £31.") == [
        ("£31", Decimal(31), "currency", "GBP")
    ]


def test_a_weight_that_changed_is_still_read() -> None:
    """Guard: a measure with no pack after it ("went from 150g to 135g") is read."""
    assert [f[1] for f in _read("The bar went from 150g to 135g.")] == [
        Decimal(150),
        Decimal(135),
    ]


def test_an_age_that_ends_the_sentence_is_no_figure() -> None:
    assert _read("“We will fight it,” said the club's chairman Hugo Marwick, 71.") == []


# -- page chrome and the body ---------------------------------------------------------------


def test_a_decimal_before_a_measure_is_no_clock_time() -> None:
    line = "2.35 metres: the height the river reached"
    normalised = normalise(f"Key figures:\n\n{line}\n")
    assert DATELINE not in normalised.kinds_at(0, len(normalised.text))


def test_a_membership_pitch_naming_what_to_join_is_not_suggested() -> None:
    pitch = (
        "Join Tenants' Circle from £3.50 a month and get our guides, our price checks and the "
        "full rent survey every quarter."
    )
    text = f"Rents in the city rose 6.1% last year, the council said.\n\n{pitch}\n"
    assert _suggested(text) == ["Rents in the city rose 6.1% last year, the council said."]


def test_an_adverts_starred_price_is_not_suggested() -> None:
    text = (
        "Premiums rose 7.2% last year, the regulator said.\n\n"
        "Thinking of moving? Our customers save up to €250* by switching.\n\n"
        "*Based on the best tenth of savings in 2024.\n"
    )
    assert _suggested(text) == ["Premiums rose 7.2% last year, the regulator said."]


_HEADLINE = "Quarry plan draws record 2,410 objections"
_STANDFIRST = "Officers still back the scheme ahead of next month's planning committee vote"
_LEAD = (
    "Plans for a quarry outside Elmbury have drawn 2,410 objections, the most ever lodged "
    "against one application, council records show."
)


def test_the_paragraph_under_a_headline_and_its_standfirst_is_the_lead() -> None:
    text = f"{_HEADLINE}\n\n{_STANDFIRST}\n\n{_LEAD}\n\nOnly 14 letters of support came in.\n"
    assert _suggested(text)[0] == _LEAD
    assert _HEADLINE not in _suggested(text)


def test_a_key_figure_with_its_measure_is_an_item_of_the_box() -> None:
    text = (
        "The river rose faster than ever this winter, the agency said.\n\n"
        "In numbers\n"
        "14 per cent: homes that flooded\n"
        "9 days: the longest the road was shut\n"
    )
    normalised = normalise(text)
    at = normalised.text.index("9 days")
    assert HEADING not in normalised.kinds_at(at, at + 6)


def test_a_box_of_findings_under_the_date_line_opens_the_body() -> None:
    """Its items are the body's, so the headline that rounds them is not suggested."""
    text = (
        "Price Watch: bills up 3.6% as gap between suppliers hits £40\n\n"
        "By the Price Watch team\n"
        "Published 4 March 2025\n\n"
        "Key findings\n"
        "- The average bill in our survey was £1,212 in February, up 3.6% on a year ago\n"
        "- Customers of the dearest supplier paid £40.35 more than those of the cheapest\n\n"
        "Bills are still rising faster than wages, our survey shows.\n"
    )
    suggested = _suggested(text)
    assert "Price Watch: bills up 3.6% as gap between suppliers hits £40" not in suggested
    assert any("£1,212" in sentence for sentence in suggested)


def test_a_count_after_a_place_that_ends_the_sentence_is_read() -> None:
    """Guard: no one is quoted, so the number after the comma is no speaker's age."""
    assert [f[1] for f in _read("The fewest entries came from Northby, 12.")] == [Decimal(12)]


def test_some_doubling_gives_no_size() -> None:
    """Guard: "some" before a multiple verb sizes nothing."""
    assert _read("There was some doubling of shifts.") == []
