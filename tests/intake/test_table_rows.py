"""A table's rows as intake reads them: every row of figures is the table's data, however small
its counts ("| Independents | 2 | -1 |" in a seat tally); a table pasted without the rule
under its header ("| District | Cases |" straight over its rows) is still a table, its rows
the source its note names (a body its note names in lower case, or by a series of its own,
"X Authority Rent Index", is the rows' owner; so is a source the line above the table names); and a table copied from a page pastes as lines of cells parted by
tabs, which intake reads as the same rows, each character where the paste put it. Every table here was written for this test; every name is
invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _sentences

_TALLY = (
    "| Party | Seats | Change |\n\n"
    "|---|---|---|\n\n"
    "| Workers' Party | 24 | +2 |\n\n"
    "| Sustainable Future | 2 | – |\n\n"
    "| Independents | 2 | -1 |\n\n"
)


def test_a_tables_row_of_small_counts_is_suggested() -> None:
    sentences = _sentences("The count ended at 2am.\n\n" + _TALLY)
    assert "| Sustainable Future | 2 | – |" in sentences
    assert "| Independents | 2 | -1 |" in sentences


def test_guard_a_small_count_in_a_sentence_is_still_no_claim() -> None:
    assert _sentences("The count ended at 2am.\n\nTwo of us drove 3 hours home.\n") == []


def test_a_table_pasted_without_its_rule_is_the_source_its_note_names() -> None:
    text = (
        "Cases rose again in the week.\n\n"
        "| District | Cases | Deaths |\n"
        "| Dunmarrow | 118 | 6 |\n"
        "| Lowmere | 64 | 2 |\n\n"
        "Source: Ombrel Centre for Disease Surveillance situation report\n"
    )
    claimants = _claimants(text)
    assert claimants["118"] == "Ombrel Centre for Disease Surveillance"
    assert claimants["64"] == "Ombrel Centre for Disease Surveillance"


_PASTED = (
    "Bills rise again in April.\n\n"
    "Band\tProperty value\tAnnual charge\n"
    "A\tUp to £40,000\t£1,185.37\n"
    "D\t£68,001 to £88,000\t£1,778.06\n\n"
    "Source: Wendlow Borough Council\n"
)


def test_a_table_pasted_as_tab_separated_lines_is_read_as_its_rows() -> None:
    normalised = normalise(_PASTED)
    assert "| Band | Property value | Annual charge |" in normalised.text
    assert "| D | £68,001 to £88,000 | £1,778.06 |" in normalised.text
    assert _sentences(_PASTED) == [
        "| A | Up to £40,000 | £1,185.37 |",
        "| D | £68,001 to £88,000 | £1,778.06 |",
    ]
    assert _claimants(_PASTED)["£1,778.06"] == "Wendlow Borough Council"
    # Each cell's characters are where the paste put them.
    at = normalised.text.index("£1,778.06")
    assert _PASTED[normalised.original_position(at) :].startswith("£1,778.06")


def test_guard_tabs_that_do_not_set_out_a_table_stay_spaces() -> None:
    """One line with a tab, and lines whose cells do not line up, are no table."""
    text = "Contact:\tRuth Anand\n\nFares\trose\t4%\nTolls rose 6%\tin March\n"
    assert "|" not in normalise(text).text


@given(
    st.lists(
        st.lists(st.text(alphabet="ab1 ,£%", min_size=1, max_size=6), min_size=2, max_size=4),
        min_size=1,
        max_size=4,
    )
)
def test_every_character_of_a_pasted_table_maps_back_to_the_paste(rows: list[list[str]]) -> None:
    text = "Intro.\n\n" + "\n".join("\t".join(row) for row in rows) + "\n"
    normalised = normalise(text)
    for position, char in enumerate(normalised.text):
        if char not in "| \n":
            assert text[normalised.original_position(position)] == char


def test_a_table_note_naming_a_body_in_lower_case_gives_the_rows_to_the_body() -> None:
    text = (
        "The count is nearly done.\n\n"
        "| Party | Seats |\n|---|---|\n| Reedway Party | 31 |\n| Upland League | 22 |\n\n"
        "Sources: provincial elections office unofficial results; Velby Post decision desk\n"
    )
    assert _claimants(text)["31"] == "the provincial elections office"


@pytest.mark.parametrize(
    ("note", "owner"),
    [
        ("Source: Tenancy Standards Authority Rent Index, Q4 2023", "Tenancy Standards Authority"),
        (
            "Source: FBDS Selected Food Price Watch, March 2025",
            "Federal Bureau of Data and Statistics",
        ),
    ],
)
def test_a_table_note_naming_a_bodys_own_series_gives_the_rows_to_the_body(
    note: str, owner: str
) -> None:
    text = (
        "The Federal Bureau of Data and Statistics (FBDS) published its figures on Monday.\n\n"
        "| Item | Price |\n|---|---|\n| Rice, 50kg | 77,300 |\n| Beans, 1kg | 1,840 |\n\n"
        f"{note}\n"
    )
    assert _claimants(text)["77,300"] == owner


def test_the_line_above_a_table_that_credits_its_source_gives_it_the_rows() -> None:
    """The source named in the line above the table ("Rs/kWh unless stated. Source: X"), and a
    header with dates in it over rows pasted without a rule ("| Market | Week to 13 Apr |")."""
    text = (
        "Power got dearer.\n\n"
        "Rs/kWh unless stated. Source: Tarvani Energy Exchange; LNG: Orient Fuel Assessments\n\n"
        "| Market | Week to 13 Apr | Week to 6 Apr |\n"
        "| Day-ahead | 5.82 | 4.97 |\n"
        "| Real-time | 5.61 | 4.83 |\n"
    )
    assert _claimants(text)["5.82"] == "Tarvani Energy Exchange"
    assert _claimants(text)["4.83"] == "Tarvani Energy Exchange"


def test_guard_a_pasted_row_with_a_very_long_cell_is_read_in_one_pass() -> None:
    """A line of any length is split, not matched by a pattern that could backtrack over it (a
    hostile paste of one huge cell, then a tab and blanks): its last cell is blank, so the line
    is no table's row, and the row after it stands alone."""
    text = "Intro.\n\nx\t" + "a" * 50_000 + "\t" + " " * 500 + "\nx\t1\t2\n"
    assert "|" not in normalise(text).text
