"""Figures and page chrome from tuning on the blind set 125-132. What is read: a measure's
abbreviation written onto its number ("18km", "28,450MW", "120kWh"), a count as written;
megawatts apart from a medium-wave frequency; basis points as hundredths of a percentage point;
cents of a named currency ("64.12 US cents") and cents in words as hundredths of the major unit;
"312 million-dollar flats" as 312 flats; a financial year ("2027-28") as no figure; an acronym
opening a sentence before a number ("ACX 200") as a name; "to make a quarter" as no share. What
is never suggested: a caption whose credit is in capitals ("PHOTO: NAME") or set off by a slash
("Photo / Name"), a scoreboard above a match report's byline, and the standfirst under the
headline of a page whose byline the extraction dropped. What is suggested: the items of a box
of key figures that open on their figure ("$61.9 billion: projected deficit"). Every sentence
here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested


def _read(sentence: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(sentence)]


def _written(sentence: str) -> list[str]:
    return [f.as_written for f in find_figures(sentence)]


# -- a measure written onto its number --------------------------------------------------------


def test_a_measure_written_onto_its_number_is_a_count_as_written() -> None:
    assert _read("Crews will reline 14km of sewers a year under the plan.") == [
        ("14km", Decimal(14), "count", "")
    ]
    assert _read("Peak demand reached 31,260MW on Monday evening.") == [
        ("31,260MW", Decimal(31260), "count", "")
    ]
    assert _written("Each bin holds 6kg of food waste.") == ["6kg"]
    assert _written("The region added 2.5GW of solar capacity.") == ["2.5GW"]
    assert _written("Gauges recorded 41mm of rain overnight.") == ["41mm"]
    assert _written("The van's 75kWh battery lasts a shift.") == ["75kWh"]
    assert _written("Median speeds fell to 58Mbps at peak times.") == ["58Mbps"]


def test_a_measure_with_a_space_is_read_as_before() -> None:
    """Guard: "14 km" was read as its number, and still is; the word after it is not kept."""
    assert _written("Crews will reline 14 km of sewers a year.") == ["14"]


def test_an_m_written_onto_a_number_is_still_millions() -> None:
    """Guard: newsroom style writes millions as "m"; metres are not read from it."""
    assert _read("The county will spend £8m on 3m new trees.") == [
        ("£8m", Decimal(8_000_000), "currency", "GBP"),
        ("3m", Decimal(3_000_000), "count", ""),
    ]


def test_an_event_named_by_its_distance_or_weight_is_no_figure() -> None:
    """Decided as "the 400m hurdles" was: "a 10km race" names the event, as "the 73kg final"
    does; the distance a runner covers is a figure."""
    assert _written("She won the 10km race in the rain.") == []
    assert _written("He lost the 73kg final on points.") == []
    assert _written("Volunteers ran 10km to raise money.") == ["10km"]


def test_names_and_codes_with_letters_are_not_measures() -> None:
    """Guard: a road, a tax form, a network and a format stay no figures."""
    assert _written("Traffic on the M4 eased after the crash.") == []
    assert _written("Keep your Form P60 for your records.") == []
    assert _written("The 5G mast and the 3D model were approved.") == []
    assert _written("Staff work in 12h shifts.") == []


def test_mw_is_megawatts_unless_a_station_is_tuned_to_it() -> None:
    assert _written("The 660MW gas plant closes next year.") == ["660MW"]
    assert _written("Wind output hit 1,420 MW at noon.") == ["1,420"]
    assert _written("A 1.5MW turbine went up in May.") == ["1.5MW"]


def test_a_medium_wave_frequency_is_still_no_figure() -> None:
    """Guard: a whole number in the band, in a sentence that speaks of no power."""
    assert _written("Listen on 1152 MW or online.") == []
    assert _written("The station moves to 909MW in June.") == []
    assert _written("Tune in on 98.4 FM from 6am.") == []


# -- hundredths: basis points and cents --------------------------------------------------------


def test_basis_points_are_hundredths_of_a_percentage_point() -> None:
    assert _read("The two-year yield fell 9 basis points to 3.71%.")[0] == (
        "9 basis points",
        Decimal("0.09"),
        "percentage_points",
        "",
    )
    assert _read("Markets expect a 25bp cut.") == [
        ("25bp", Decimal("0.25"), "percentage_points", "")
    ]
    assert _read("Spreads widened by twelve basis points.") == [
        ("twelve basis points", Decimal("0.12"), "percentage_points", "")
    ]
    assert [f.value for f in find_figures("Traders priced in a 25-50 basis point rise.")] == [
        Decimal("0.25"),
        Decimal("0.5"),
    ]


def test_bp_in_capitals_is_not_basis_points() -> None:
    """Guard: "BP" in capitals is a company's name."""
    assert _read("Shares rose 4 BP said, as 4 analysts upgraded it.") == [
        ("4", Decimal(4), "count", ""),
        ("4", Decimal(4), "count", ""),
    ]


def test_cents_of_a_named_currency_are_hundredths_of_it() -> None:
    assert _read("The kiwi bought 57.31 US cents at the close.") == [
        ("57.31 US cents", Decimal("0.5731"), "currency", "USD")
    ]
    assert _read("A stamp now costs 95 euro cents.") == [
        ("95 euro cents", Decimal("0.95"), "currency", "EUR")
    ]


def test_cents_in_words_are_hundredths_as_in_digits() -> None:
    assert _read("Bus fares rose forty cents.") == [
        ("forty cents", Decimal("0.4"), "currency", "USD")
    ]


def test_cents_without_a_named_currency_take_the_sentences() -> None:
    """Guard: "25 cents" beside a euro amount is the euro's, as before."""
    assert _read("Coffee rose 25 cents, to €2.95.") == [
        ("25 cents", Decimal("0.25"), "currency", "EUR"),
        ("€2.95", Decimal("2.95"), "currency", "EUR"),
    ]


# -- the scale of a compound, a financial year, an acronym, a quarter made -------------------


def test_a_number_before_a_million_dollar_noun_counts_the_things() -> None:
    assert _read("Agents sold 148 million-dollar homes in the year.") == [
        ("148", Decimal(148), "count", "")
    ]


def test_one_million_dollar_thing_is_still_an_amount() -> None:
    """Guard: with one thing after it, the number and the scale are its value."""
    assert _read("The city won a 7 million-dollar grant.") == [
        ("7 million-dollar", Decimal(7_000_000), "currency", "USD")
    ]
    assert _read("Each family gets a 2,500-euro voucher.") == [
        ("2,500-euro", Decimal(2500), "currency", "EUR")
    ]


def test_a_financial_year_is_no_figure() -> None:
    assert _read("Spending falls to £3.1bn in 2028-29 and to £2.9bn later.") == [
        ("£3.1bn", Decimal(3_100_000_000), "currency", "GBP"),
        ("£2.9bn", Decimal(2_900_000_000), "currency", "GBP"),
    ]


def test_a_vote_written_as_a_pair_is_still_two_figures() -> None:
    """Guard: "voted 9-4 last week" is no financial year."""
    assert _written("The board voted 9-4 last week to sell the site.") == ["9", "4"]


def test_an_acronym_opening_a_sentence_names_what_its_number_numbers() -> None:
    assert _written("TXI 300 falls 1.2% as lenders slide") == ["1.2%"]


def test_a_number_after_a_capitalised_opening_word_is_still_a_figure() -> None:
    """Guard: a capitalised word opening a sentence is no name; nor is a pronoun in capitals."""
    assert _written("Some 300 jobs will go.") == ["Some 300"]
    assert _written("I counted 40 of them.") == ["40"]


def test_a_quarter_made_or_missed_is_no_share() -> None:
    assert _written("We will not discount the range just to make a quarter.") == []
    assert _written("The firm missed a quarter.") == []


def test_a_quarter_said_alone_as_a_share_stays() -> None:
    """Guard: a qualified quarter, a quarter won and a quarter of something are shares."""
    assert _written("Turnout was more than a quarter.") == ["more than a quarter"]
    assert _written("The party won a quarter.") == ["a quarter"]
    assert _written("They made a quarter of all sales.") == ["a quarter"]


# -- captions credited in capitals or after a slash -------------------------------------------


_BODY = "The depot handled 8,400 parcels a day in March, the operator said."


def test_a_caption_credited_in_capitals_is_not_suggested() -> None:
    caption = (
        "Cranes at the Westmoor depot, which handled 9,100 parcels on its busiest day. "
        "PHOTO: COAST EXPRESS FILE"
    )
    assert _suggested(f"{caption}\n\n{_BODY}\n") == [_BODY]


def test_a_caption_credited_after_a_slash_is_not_suggested() -> None:
    caption = (
        "A flooded underpass in Tollby in May, one of 41 this year. Photo / Tollby Borough Council"
    )
    assert _suggested(f"{caption}\n\n{_BODY}\n") == [_BODY]
    normalised = normalise(f"{caption}\n\n{_BODY}\n")
    credit = caption.index("Photo /")
    assert "credit" in normalised.kinds_at(credit, len(caption))


def test_a_sentence_naming_a_photo_with_a_slash_is_not_a_caption() -> None:
    """Guard: the label is a credit's only with a capitalised name after the slash."""
    line = "The council said 2,300 residents answered its photo / video survey."
    assert _suggested(f"{_BODY}\n\n{line}\n") == [_BODY, line]


# -- a box of key figures that open on their figure -------------------------------------------


_REPORT = (
    "The province will borrow $12.4 billion next year, the finance minister said on Tuesday.\n\n"
    "Its debt will reach 38.2 per cent of output, the budget shows.\n\n"
)


def test_box_items_that_open_on_their_figure_are_suggested() -> None:
    """Each item states the box's figure, even where the story states it already."""
    box = (
        "KEY FIGURES\n"
        "Source: Provincial budget papers\n"
        "$12.4 billion: new borrowing next year\n"
        "38.2 per cent: debt as a share of output\n"
        "1,150: nursing posts to be funded\n"
    )
    suggested = _suggested(f"{_REPORT}{box}")
    assert suggested[-3:] == [
        "$12.4 billion: new borrowing next year",
        "38.2 per cent: debt as a share of output",
        "1,150: nursing posts to be funded",
    ]


def test_a_label_that_opens_on_a_year_or_a_name_is_no_box_item() -> None:
    """Guard: under a crosshead, "Plan 2030: ..." is a headline's label, not a figure."""
    normalised = normalise(f"{_REPORT}WHAT COMES NEXT\nPlan 2030: what the new rules mean\n")
    start = normalised.text.index("Plan 2030")
    assert "heading" in normalised.kinds_at(start, start + 9)


def test_figure_lines_above_the_story_are_still_headings() -> None:
    """Guard: without a box's heading in the body, a figure-first line is a heading."""
    normalised = normalise(f"$12.4 billion: the borrowing bill\n\n{_REPORT}")
    assert normalised.kinds_at(0, 10) == {"heading"}


# -- a scoreboard above a match report --------------------------------------------------------


_MATCH_REPORT = (
    "Harwick Hawks 164/8 (20 ov)\n"
    "Dunmere Dolphins 165/3 (17.4 ov)\n"
    "Dunmere Dolphins won by 7 wickets\n"
    "Player of the match: Sefa Tuilagi-Brent (Dunmere Dolphins) 81 (44)\n\n"
    "Tuilagi-Brent's 81 carries Dunmere home\n\n"
    "By Orla Kittredge-Amadi\n"
    "Published 12 March 2027, 10:40 PM\n\n"
    "Sefa Tuilagi-Brent hit 81 off 44 balls as Dunmere Dolphins beat Harwick Hawks with 15 "
    "balls to spare in front of 21,400 fans.\n"
)


def test_a_scoreboard_above_the_byline_is_not_suggested() -> None:
    assert _suggested(_MATCH_REPORT) == [
        "Sefa Tuilagi-Brent hit 81 off 44 balls as Dunmere Dolphins beat Harwick Hawks with 15 "
        "balls to spare in front of 21,400 fans."
    ]
    assert "stats" in normalise(_MATCH_REPORT).kinds_at(0, 10)


def test_a_row_of_results_in_the_body_is_still_a_claim() -> None:
    """Guard: below the byline, a results row is a box's statement of the count."""
    text = (
        "Council by-election result\n\n"
        "By Orla Kittredge-Amadi\n\n"
        "Turnout was 27.5%, the returning officer said.\n\n"
        "Ines Marlow-Achebe (Coast First) 1,318 (46.2%)\n"
    )
    assert _suggested(text)[-1] == "Ines Marlow-Achebe (Coast First) 1,318 (46.2%)"


def test_a_sentence_above_the_byline_is_no_record() -> None:
    """Guard: a line of prose has lowercase words outside its brackets."""
    normalised = normalise(_MATCH_REPORT)
    start = normalised.text.index("Dunmere Dolphins won")
    assert "stats" not in normalised.kinds_at(start, start + 10)


# -- the standfirst under an HTML page's headline --------------------------------------------


_LEAD = (
    "Regional shares closed higher on Wednesday, with the benchmark index up 0.7% at 7,204.1 "
    "points, as lenders rallied."
)
_FOLLOW = "Rennick Bank rose 2.9% to $18.40, its best day since April."


def test_the_standfirst_under_a_headline_without_a_byline_is_not_suggested() -> None:
    """The page's summary states what the story goes on to state."""
    text = (
        "Markets close\n\n"
        "Lenders lift shares as bond yields ease\n\n"
        "Rennick Bank jumps 2.9%; the index gains 0.7% as bond yields slip.\n\n"
        f"{_LEAD}\n\n{_FOLLOW}\n"
    )
    assert _suggested(text) == [_LEAD, _FOLLOW]


def test_a_standfirst_of_two_sentences_in_the_present_is_not_suggested() -> None:
    text = (
        "Fact check: No, bus fares have not doubled\n\n"
        "A viral image says fares doubled. Transit records show a rise of 18%.\n\n"
        "Fares rose 18% between 2022 and 2026, transit authority records show.\n"
    )
    assert _suggested(text) == [
        "Fares rose 18% between 2022 and 2026, transit authority records show."
    ]


def test_a_lead_under_the_headline_stays() -> None:
    """Guard: a paragraph that dates what it reports, or reports someone's words, is the
    story's lead, not a standfirst; nor is a page's only paragraph."""
    headline = "Lenders lift shares as bond yields ease\n\n"
    assert _suggested(f"{headline}{_LEAD}\n\n{_FOLLOW}\n") == [_LEAD, _FOLLOW]
    said = "Rennick Bank's profit rose 12%, the bank said."
    assert _suggested(f"{headline}{said}\n\n{_FOLLOW}\n") == [said, _FOLLOW]
    alone = "Rennick Bank jumps 2.9% as the index gains 0.7%."
    assert _suggested(f"{headline}{alone}\n") == [alone]


def test_a_standfirst_with_a_figure_the_story_does_not_state_is_still_suggested() -> None:
    """Guard: a standfirst is a heading, suggested for a figure the body does not state."""
    text = (
        "Lenders lift shares as bond yields ease\n\n"
        "Rennick Bank jumps 2.9%; traders eye a 40% chance of a cut.\n\n"
        f"{_LEAD}\n\n{_FOLLOW}\n"
    )
    assert "Rennick Bank jumps 2.9%; traders eye a 40% chance of a cut." in _suggested(text)
