"""Figures and page chrome from tuning on the set 233-240 and 249-256. Read: cents quoted at a
rate ("44.5c/L", "31 cent per litre"), a temperature written onto its number ("39.4C"),
"double" as a multiple where a qualifier or a copula sizes it, a range in words whose second
end reads like a clock ("five to ten percentage points"). Not read: counts a story uses in
passing (sources, a rank's selection, a number said again, the time between two events, a
margin of doubt), a reporting period ("the 12 months to June"), the span a change in percent
took ("in twelve months"). Never suggested: a shop's advert and its price lines, a newsletter's
sponsor paragraph, its row of buttons with the upsell, a briefing's WhatsApp prompt, a
donation match, a postal address, a weather widget, "(c)" copyright and "T&C apply" small
print, a box heading in capitals, a live page's readers' messages as the article's. Kept: a paper's own reporting under its own crosshead after
a press release's notes to editors. Every sentence here was written for this test; every name
is invented.

Each test fails without the change it describes, except guards, which pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import COMMENT, HEADING, normalise
from tests.intake.claimants import suggested_sentences as _suggested


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(text)]


def _written(text: str) -> list[str]:
    return [f.as_written for f in find_figures(text)]


LEAD = "The ferry company said 4,300 crossings ran last year.\n\n"
LEAD_SENTENCE = "The ferry company said 4,300 crossings ran last year."


# -- numbers --------------------------------------------------------------------------------


def test_cents_quoted_at_a_rate_are_an_amount() -> None:
    """A co-op's price per litre, its bonus per unit: cents, held in the major unit."""
    assert _read("Brackenmoor Dairies pays 38.5c/L, plus 0.4c/kg for protein.") == [
        ("38.5c", Decimal("0.385"), "currency", "USD"),
        ("0.4c", Decimal("0.004"), "currency", "USD"),
    ]
    assert _read("Growers get 31 cent per litre from Tolvane, against €0.29 last year.")[0] == (
        "31 cent",
        Decimal("0.31"),
        "currency",
        "EUR",
    )


def test_cents_alone_are_still_no_amount() -> None:
    """Guard: "50c" with no rate after it may be a coin or a name, and is left alone."""
    assert _read("The 50c coin was withdrawn.") == []


def test_a_temperature_written_onto_its_number_is_a_figure() -> None:
    assert _written("Dunmarra recorded 41.2C on Sunday and will stay above 30C.") == [
        "41.2C",
        "above 30C",
    ]


def test_a_code_after_a_name_is_no_temperature() -> None:
    """Guard: "Ward 4C" names a place; a lowercase "c" stays cents without a currency."""
    assert _read("Patients on Ward 4C waited, and tea costs 80c.") == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Costs reached $90m, more than double the $41m of 2023.", "more than double"),
        ('The clinic saw "roughly double" the usual number of cases.', "roughly double"),
        ("Bookings in March are typically double the monthly average.", "double"),
    ],
)
def test_double_sized_by_a_qualifier_or_a_copula_is_a_multiple(sentence: str, written: str) -> None:
    figure = next(f for f in find_figures(sentence) if f.as_written == written)
    assert (figure.value, figure.unit) == (Decimal(2), "count")


def test_double_as_a_verb_is_left_alone() -> None:
    """Guard: "to double the fleet" reports a plan to change, as "doubled" alone does."""
    assert _read("The council plans to double the fleet and will double the budget.") == []


def test_a_range_in_words_that_reads_like_a_clock_time_is_a_range_with_its_unit() -> None:
    assert _read("Checks cut the scores by five to ten percentage points.") == [
        ("five", Decimal(5), "percentage_points", ""),
        ("ten percentage points", Decimal(10), "percentage_points", ""),
    ]


def test_a_clock_time_in_words_is_still_no_figure() -> None:
    """Guard: "five to ten" with no unit after it is a time of day."""
    assert _read("The last bus left at five to ten.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "According to two people familiar with the talks, the deal is off.",
        "Four officials who asked not to be named confirmed the plan.",
        "None of the three largest lenders in the region took part.",
        "That is more than in the same four days of last year.",
        "The letter from the council arrived three weeks later.",
        "The honest answer is that nobody knows within a factor of two.",
    ],
)
def test_a_count_used_in_passing_is_no_figure(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_count_of_people_who_did_something_is_still_read() -> None:
    """Guard: people counted for what they did are the story's figure."""
    assert _written("Two people were injured and the three lenders lost $4m.") == [
        "Two",
        "three",
        "$4m",
    ]


def test_a_reporting_period_is_no_figure() -> None:
    assert _written("Trains ran on time 81.4% of the time in the 12 months to June.") == ["81.4%"]


def test_the_span_a_change_in_percent_took_is_no_figure() -> None:
    assert _written("Arrears rose from 2.1% to 2.9%, a jump of 0.8 points in nine months.") == [
        "2.1%",
        "2.9%",
        "0.8 points",
    ]


def test_a_count_made_in_a_span_is_still_read() -> None:
    """Guard: "sold 40 in three weeks" states a rate, both its counts the story's."""
    assert _written("The shop sold 40 in three weeks.") == ["40", "three"]


# -- a shop's advert ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "advert",
    [
        "Fenwick Nurseries: Rose bushes 2 for £15 this weekend only",
        "Tollan Supplies | Yard Cleaner, 10L tubs €24.99 + VAT | Free delivery over €150",
        "Corrin Stairlifts: new and reconditioned. Winter sale, 20% off selected models. Call "
        "01632 960 118",
        "Brisa Tour 5. Built for the climbs. Now from €3,999 at selected dealers.",
    ],
)
def test_a_shops_advert_line_is_chrome(advert: str) -> None:
    assert _suggested(f"{LEAD}{advert}\n") == [LEAD_SENTENCE]


def test_a_sale_reported_as_news_is_still_read() -> None:
    """Guard: the same words of an offer in a story that reports who said them."""
    text = "Fenwick Nurseries said its 20% off sale this weekend only drew 3,000 shoppers.\n"
    assert _suggested(text) == [text.strip()]


def test_an_advert_line_ending_on_its_small_print_is_chrome() -> None:
    text = f"{LEAD}Car loans from 9.25%* p.a. - Tarrow Mutual Bank. *T&C apply.\n"
    assert _suggested(text) == [LEAD_SENTENCE]


# -- a newsletter's and a nonprofit's asks --------------------------------------------------


def test_a_sponsors_paragraph_is_chrome() -> None:
    text = (
        f"{LEAD}This issue is brought to you by Quillo. Cut your cloud bill by up to 35% with "
        "routing that just works. Start a 14-day trial\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_row_of_buttons_with_an_upsell_is_chrome() -> None:
    text = f"{LEAD}Share The Ledger | Read past issues | Upgrade to paid (NOK 89/month)\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_briefings_whatsapp_prompt_is_chrome() -> None:
    text = (
        f"{LEAD}Get the Clarion's evening briefing on WhatsApp - over 3 lakh readers already "
        "have. Tap to join.\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_donation_match_is_a_prompt() -> None:
    text = (
        f"{LEAD}Support nonprofit news. Every gift to the Lantern is matched up to $25,000 "
        "through Jan. 15. Donate now.\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_copyright_line_typed_with_c_in_brackets_is_chrome() -> None:
    text = f"{LEAD}(c) 2026 The Lantern, a 501(c)(3) nonprofit newsroom. Privacy | Terms\n"
    assert _suggested(text) == [LEAD_SENTENCE]


# -- addresses, widgets and headings --------------------------------------------------------


def test_a_postal_address_is_chrome() -> None:
    text = f"{LEAD}The Ledger, Box 4410, 402 19 Halmby\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_street_address_is_chrome() -> None:
    address = "Quillo Ltd, 14 Mill Lane, Dunmarra DN4 2QT"
    normalised = normalise(f"{LEAD}{address}\n")
    assert [item["kind"] for item in normalised.removed] == ["chrome"]
    assert address not in normalised.text


def test_a_sentence_naming_a_street_is_still_the_storys() -> None:
    """Guard: a sentence runs past an address's short parts."""
    text = "The depot, at 14 Mill Lane, Dunmarra, will close with the loss of 60 jobs.\n"
    assert normalise(text).removed == []


def test_a_weather_widget_is_chrome() -> None:
    text = f"{LEAD}Dunmarra today: 31° / 19° · UV 8 · Pollen medium · Full forecast\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_table_row_of_temperatures_is_still_read() -> None:
    """Guard: a table's row (the page reader opens it on a bar) is data, not a widget."""
    assert normalise("| Dunmarra | 31° | 19° |\n").removed == []


def test_a_box_heading_in_capitals_is_a_heading() -> None:
    """Its note in brackets restates the story's figure, as a headline does, and goes with it."""
    heading = "HOW THE PORTS COMPARE (berths for up to three nights)"
    body = "Berths at Calder will cost £42 a night for up to three nights, the port said."
    normalised = normalise(f"{body}\n\n{heading}\n")
    assert [
        normalised.text[span.start : span.end] for span in normalised.spans if span.kind == HEADING
    ] == [heading]
    assert _suggested(f"{body}\n\n{heading}\n") == [body]


def test_a_sentence_in_capitals_is_still_the_storys() -> None:
    """Guard: a shouted line with a stop inside it is prose, not a heading."""
    normalised = normalise("THE PORT SAID. IT WILL CHARGE £42 (FOR UP TO THREE NIGHTS)\n")
    assert [span for span in normalised.spans if span.kind == HEADING] == []


# -- a press release's notes ----------------------------------------------------------------


RELEASE = (
    "Nurses at Calder General will strike for 48 hours, the union said on Monday.\n\n"
    "ENDS\n\n"
    "Notes to editors\n\n"
    "- The union represents 31,000 health workers.\n"
    "- Media contact: Press Office, 0800 555 0100.\n\n"
)


def test_a_papers_own_section_after_the_notes_is_the_article_again() -> None:
    text = (
        f"{RELEASE}Health board responds\n\n"
        "A health board spokesperson said 1,400 extra shifts had been funded this year, at a "
        "cost of $6.2 million.\n"
    )
    assert _suggested(text) == [
        "Nurses at Calder General will strike for 48 hours, the union said on Monday.",
        "A health board spokesperson said 1,400 extra shifts had been funded this year, at a "
        "cost of $6.2 million.",
    ]


def test_the_notes_own_headings_keep_the_notes() -> None:
    """Guard: "About the union" over its boilerplate is the notes' own heading."""
    text = (
        f"{RELEASE}About the union\n\n"
        "The union said it was founded in 1921 and has 31,000 members in 40 branches today.\n"
    )
    assert _suggested(text) == [
        "Nurses at Calder General will strike for 48 hours, the union said on Monday."
    ]


def test_how_long_something_lasted_from_its_start_is_a_figure() -> None:
    assert _written("The booking site was down for the first 52 minutes of the sale.") == ["52"]


def test_the_first_months_as_a_frame_are_still_no_figure() -> None:
    """Guard: "in the first three months" frames the figure it dates."""
    assert _written("In the first three months, bookings rose 12%.") == ["12%"]


# -- a live page's readers' messages --------------------------------------------------------


LIVE = (
    "14:10\n\n"
    "Your messages\n\n"
    "Plenty of you have written in. A few of them:\n\n"
    '"Our ward hit 31 degrees by noon. 12 patients, two fans." - Nurse, Kelby\n\n'
    '"Paid £180 for a fan that broke in a day." - Orla, Dunmarra\n\n'
    "13:40\n\n"
    "Water use up\n\n"
    "Tolvane Water said demand reached 410 million litres on Tuesday, a record.\n"
)


def test_a_live_pages_readers_messages_are_their_senders_comments() -> None:
    normalised = normalise(LIVE)
    assert [
        (span.label, normalised.text[span.start : span.end].split(" - ")[-1])
        for span in normalised.spans
        if span.kind == COMMENT
    ] == [("Nurse", "Nurse, Kelby"), ("Orla", "Orla, Dunmarra")]
    items = extract_suggestions(normalised)
    assert [item.sentence for item in items if item.section != TextSection.COMMENT] == [
        "Tolvane Water said demand reached 410 million litres on Tuesday, a record."
    ]


def test_a_signed_quotation_outside_a_readers_block_is_the_storys() -> None:
    """Guard: the next entry's quotation, signed the same way, is no reader's message."""
    text = LIVE + '\n"Demand is 9% above forecast." - Tolvane Water\n'
    normalised = normalise(text)
    assert len([span for span in normalised.spans if span.kind == COMMENT]) == 2


# -- guards on the shapes of chrome ---------------------------------------------------------


def test_a_labelled_headline_about_a_price_is_no_advert() -> None:
    """Guard: "now £1,840" and "9% off their peak" under a label are news, not an offer."""
    for line in ("Energy Cap: Bills now £1,840 a year", "Markets: Shares end 9% off their peak"):
        assert normalise(f"{LEAD}{line}\n").removed == []


def test_a_match_fund_reported_as_news_is_no_prompt() -> None:
    """Guard: the appeal's donations matched by a government are news; the reader's gift
    matched is the ask."""
    text = "Donations to the flood appeal will be matched by the government up to £4m.\n"
    assert _suggested(text) == [text.strip()]


def test_a_list_item_lettered_c_is_no_copyright_line() -> None:
    """Guard: a clause lettered "(c)" names a year without being a copyright line."""
    text = "(c) the board must publish its 14 audits by 2027.\n"
    assert _suggested(text) == [text.strip()]


def test_a_count_of_people_who_spoke_to_researchers_is_still_read() -> None:
    """Guard: a survey's sample is a figure; only sources kept anonymous are counted in
    passing."""
    assert _written("Of 240 employees who spoke to researchers, 40% had quit.") == ["240", "40%"]


# -- from the older tuning texts ------------------------------------------------------------


def test_a_support_line_under_a_story_is_chrome() -> None:
    text = (
        f"{LEAD}If this story has raised concerns for you, the Farmers' Line is available 24 "
        "hours a day on 1800 555 014.\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_link_to_the_pages_own_data_is_a_prompt() -> None:
    text = f"{LEAD}Data: download our spreadsheet of all 640 piers and their ratings.\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_reporting_period_in_hours_is_no_figure() -> None:
    assert _written("Withdrawals reached $84m in the 24 hours to 09:00 UTC.") == ["$84m"]


def test_a_bus_named_by_its_route_is_no_figure() -> None:
    assert _written("We took the 31 bus and 600 people signed.") == ["600"]


def test_a_count_of_bus_drivers_is_still_read() -> None:
    """Guard: "the 40 bus drivers" counts them."""
    assert _written("The 40 bus drivers went on strike.") == ["40"]
