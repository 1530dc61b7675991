"""Numbers that are no figures, figures set as a list's items without bullets, and a page's
asks of its reader, by shapes that recur in news pages.
Every line here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import is_figure_line, normalise
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences


def _read(text: str) -> list[str]:
    return [figure.as_written for figure in find_figures(text)]


# -- no figures ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her husband made the first 999 call at 7.52pm.",
        "She dialled 999 twice before anyone came.",
        "A 911 dispatcher took the call.",
        "It handled 4,100 911 calls last year.",
    ],
)
def test_an_emergency_number_is_no_count(text: str) -> None:
    assert not {"999", "911"} & set(_read(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [("There were 999 calls logged overnight.", "999"), ("Staff answered 112 calls.", "112")],
)
def test_guard_a_count_of_calls_is_still_a_count(text: str, figure: str) -> None:
    assert figure in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Council member Ada Varrick (Ward 3) pressed the manager on the cut.",
        "Trains now leave from Platform 4.",
        "District 5 voted against the plan.",
        "Page ID: 77312",
        "Ref: 2231",
    ],
)
def test_a_place_or_a_record_named_by_its_number_is_no_figure(text: str) -> None:
    assert _read(text) == []


def test_guard_a_lowercase_place_word_before_a_count_leaves_the_count() -> None:
    assert _read("In the district 5,000 homes lost power.") == ["5,000"]


@pytest.mark.parametrize(
    "text",
    ["He rang the union at three in the morning.", "The last bus left at 11 at night."],
)
def test_an_hour_and_its_part_of_the_day_is_a_time(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“We queue from four in the morning.”",
        "The stalls stay open until nine at night.",
        "Trains run after 11 at night on Fridays.",
    ],
)
def test_an_hour_of_the_day_after_from_until_or_after_is_a_time_too(text: str) -> None:
    """Session 33: "from", "until", "by", "after" set an hour as "at" does."""
    assert _read(text) == []


def test_guard_from_and_a_count_then_to_is_still_a_change() -> None:
    assert _read("Sales rose from four in 2020 to nine in 2024.") == ["four", "nine"]


def test_a_rand_amount_in_cents_is_read_where_the_text_writes_rand_with_a_scale() -> None:
    text = "The utility will spend R12.4-billion on upkeep. The tariff rises to R2.87 per kWh."
    assert "R2.87" in _read(text)


def test_guard_a_lone_r_number_is_no_amount_where_the_text_names_no_rand() -> None:
    assert _read("The R102 links Quenmoor and Vashby.") == []


def test_an_age_after_a_name_with_an_accented_capital_is_no_figure() -> None:
    text = "The club announced the deal on Friday.\n\nØrnvik, 23, has signed a contract.\n"
    assert "23" not in _claimants(text)


# -- figures set as a list's items without bullets ------------------------------------------------


def test_label_and_figure_lines_under_a_lead_in_are_the_lists_items() -> None:
    text = "The ballot closed on Friday.\n\nKey figures:\nMembers polled: 2,406\nTurnout: 64.8%\n"
    claimants = _claimants(text)
    assert "2,406" in claimants
    assert "64.8%" in claimants


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Turnout: 64.8%", True),
        ("Members polled: 2,406", True),
        ("Rs 12 lakh to Rs 16 lakh: 15%", True),
        ("Speed test: four in five homes got less than the speed on the advert", False),
        ("WE HAVE WON THE VOTE: 61.2% TURNOUT", False),
        ("Venue: Quenmoor Street hall, from 7pm", False),
    ],
)
def test_which_lines_are_a_lists_items(line: str, item: bool) -> None:
    # A headline set in capitals, or one with a clause after its colon, says something; an
    # item names and counts.
    assert is_figure_line(line) is item


def test_a_list_of_bands_is_read_whole() -> None:
    text = "The new slabs are:\nRs 12 lakh to Rs 16 lakh: 15%\nRs 16 lakh to Rs 20 lakh: 20%\n"
    assert {"15%", "20%"} <= set(_claimants(text))


# -- a page's asks of its reader -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Quenmoor Ledger is a nonprofit newsroom. A gift of $10 pays for our court reporting. "
        "Donate today.",
        "Want the day's headlines by email? Sign up to the Quenmoor Ledger newsletter – plus go "
        "in the draw to win a $500 fuel card.",
        "Get Vashby Herald+ for £2 a week",
        "€5 a month keeps our reporters at council meetings in 12 towns.",
        "Go in the draw to win a $500 fuel card: tell us about your commute.",
        "2,315 people found this page useful",
        "Support independent local journalism. Subscribe to the Ledger from R39 a month for "
        "every story we publish.",
    ],
)
def test_a_pages_ask_of_its_reader_is_never_suggested(line: str) -> None:
    text = (
        f"Fares rose 4% in March, the operator said.\n\n{line}\n\nIt carried 2.1 million riders.\n"
    )
    assert not any(
        mark in sentence
        for sentence in suggested_sentences(text)
        for mark in ("$", "£", "€", "R39", "2,315", "12 towns")
    )


def test_guard_a_report_on_a_papers_subscribers_is_still_news() -> None:
    text = (
        "The Vashby Herald said on Monday that its digital subscribers rose 14% to 52,000 in "
        "the year, helped by a cheaper first month.\n"
    )
    assert suggested_sentences(text) != []


def test_a_boxs_lines_without_figures_keep_its_list_open() -> None:
    # The box's figure stands as its own statement though the body states it too.
    text = (
        "Quenmoor Motors has recalled 12,706 cars, the regulator said.\n\n"
        "Recall at a glance:\n"
        "Model: Quenmoor Adabelle (petrol and hybrid)\n"
        "Vehicles affected: 12,706\n"
        "Fix: a new fuel pump, free of charge\n"
    )
    assert "Vehicles affected: 12,706" in suggested_sentences(text)


def test_a_table_set_in_text_gives_its_rows_figures() -> None:
    # The row stands as the table's statement though the story states its fee too.
    text = (
        "Quenmoor Rovers paid £57m for Ada Quenmere.\n\n"
        "The five biggest deals of the window\n\n"
        "# | Player | From | To | Fee\n"
        "1 | Ada Quenmere | Vashby Town | Quenmoor Rovers | £57m\n"
        "2 | Ben Ostrell | Drellham City | Vashby Town | £44m\n"
    )
    (row,) = [
        item
        for item in extract_suggestions(normalise(text))
        if item.sentence.startswith("1 | Ada Quenmere")
    ]
    assert "£57m" in [figure.as_written for figure in row.figures]
    # Stated in the body of the text, not headlined: a heading's figure the story states
    # again is dropped from it.
    assert row.section == TextSection.BODY


def test_guard_a_navigation_row_is_no_table() -> None:
    text = "News | Sport | Business | Jobs\nHome | Local | 2026 | Archive\n\nFares rose 4%.\n"
    assert suggested_sentences(text) == ["Fares rose 4%."]
