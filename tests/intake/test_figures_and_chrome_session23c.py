"""Figures and page chrome from tuning on the blind set 101-108. What is read: money after the
letters a country's press writes before it ("R340 million", "R21 400", "N2.5bn", "Rs 3,000",
"RM500", "Sh2 billion"), where the letters that name roads and masks too ("R2", "N95") count
only in an amount's shape; the symbols and codes of more currencies ("S$", "NT$", "₩", "AED");
South Asia's scales and grouping ("Rs 5 crore", "Rs 1,50,000"); an amount hyphenated onto its
currency ("a 4,000-euro grant"); a labelled field in a row ("Turnout 28.7% · Rejected 18");
bullets under a box's heading inside the story ("What we know so far"). What is never read: a
scale word whose number is attached to letters ("X340 million" is no million), nor the digits
before a decimal comma as a number of their own (session 34 reads "5,5 million" as 5.5 million,
tests/intake/test_decimal_commas_and_press_currencies.py). What is never suggested: counter rows with icons ("💬 63 Comments |
Share 2.1K"), a toolbar with a listening time ("Comments (27) | Gift this article | Listen (6
min)"), a reader-funded page's appeal ("X is funded by 2,140 members. Join them from £4 a
month."), a paid tier's pitch in the page's voice, a note on the story's reporter. Every
sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested

_BODY = "Fire crews were called to 312 grass fires last month, the service said.\n\n"


def _read(sentence: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(sentence)]


# -- money after a country's letters ---------------------------------------------------------


def test_rand_with_a_scale_or_grouped_in_thousands_is_read_whole() -> None:
    assert _read("Repairs will cost R340 million.") == [
        ("R340 million", Decimal(340_000_000), "currency", "ZAR")
    ]
    assert _read("Losses of between R1.8 billion and R2.3 billion.")[1][1:] == (
        Decimal(2_300_000_000),
        "currency",
        "ZAR",
    )
    assert _read("The claim rose from R21 400 to R34 900.") == [
        ("R21 400", Decimal(21_400), "currency", "ZAR"),
        ("R34 900", Decimal(34_900), "currency", "ZAR"),
    ]


def test_a_scale_word_after_digits_attached_to_letters_is_no_figure() -> None:
    """A million read from the word alone, its number lost, is a wrong value."""
    assert _read("The X340 million figure was revised.") == []


def test_roads_masks_and_ratings_are_not_money() -> None:
    """Guard: the bare letters before a number name other things."""
    assert _read("Take the R2 north, then the R102 400 metres on.") == []
    assert _read("Stock N95 masks; the film is rated R18; an R0 below one.") == []


def test_more_prefixes_the_worlds_press_writes() -> None:
    cases = {
        "Rs 3,000": ("INR", Decimal(3000)),
        "Rs.500": ("INR", Decimal(500)),
        "RM2.5 billion": ("MYR", Decimal(2_500_000_000)),
        "Rp 5,000": ("IDR", Decimal(5000)),
        "Sh2 billion": ("KES", Decimal(2_000_000_000)),
        "N2.5bn": ("NGN", Decimal(2_500_000_000)),
        "S$40 million": ("SGD", Decimal(40_000_000)),
        "NT$3 billion": ("TWD", Decimal(3_000_000_000)),
        "₩500 billion": ("KRW", Decimal(500_000_000_000)),
        "AED 2 million": ("AED", Decimal(2_000_000)),
    }
    for written, (currency, value) in cases.items():
        assert _read(f"The fund received {written} last year.") == [
            (written, value, "currency", currency)
        ], written


def test_codes_that_are_words_or_names_stay_counts() -> None:
    """Guard: COP 28 is a climate summit, "try 5" a verb."""
    assert all(unit == "count" for _, _, unit, _ in _read("At COP 28 they will try 5 times."))
    assert _read("Rub 2 tablespoons in.")[0][2:] == ("count", "")


def test_south_asian_scales_and_grouping() -> None:
    assert _read("It cost Rs 5 crore.") == [("Rs 5 crore", Decimal(50_000_000), "currency", "INR")]
    assert _read("About 12 lakh people.")[0][1] == Decimal(1_200_000)
    assert _read("A grant of Rs 1,50,000 each.")[0][1] == Decimal(150_000)
    assert _read("A budget of Rs 2.5 lakh crore.")[0][1] == Decimal(2_500_000_000_000)


def test_the_digits_before_a_decimal_comma_are_not_a_figure_of_their_own() -> None:
    assert _read("Sales reached 5,5 million units.") == [
        ("5,5 million", Decimal(5_500_000), "count", "")
    ]


# -- an amount hyphenated onto its currency ----------------------------------------------------


def test_an_amount_hyphenated_onto_its_currency_is_money() -> None:
    assert _read("The ministry ended the 4,000-euro grant.") == [
        ("4,000-euro", Decimal(4000), "currency", "EUR")
    ]
    assert _read("It set a 5-million-euro fund and a 500-dollar fine.")[1][1:] == (
        Decimal(500),
        "currency",
        "USD",
    )


def test_a_note_a_coin_or_a_weight_is_not_an_amount_paid() -> None:
    """Guard."""
    assert _read("She found a 50-euro note, a 2-euro coin and a 10-pound turkey.") == []


# -- space-grouped thousands -----------------------------------------------------------------


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_any_space_grouped_amount_reads_back_its_value(value: int) -> None:
    """Guard (numbers.py reads them): one group or more, plain, no-break or thin spaces."""
    for space in (" ", "\u00a0", "\u2009"):
        written = f"{value:,}".replace(",", space)
        figures = find_figures(f"Crews counted {written} homes.")
        assert [figure.value for figure in figures] == [Decimal(value)], written


# -- a labelled field in a row ---------------------------------------------------------------


def test_a_field_after_a_middle_dot_is_a_label_not_a_name() -> None:
    assert _read("Electorate 11,802 · Turnout 28.7% · Rejected 18")[-1][:2] == ("18", Decimal(18))


# -- bullets under a box's heading inside the story -------------------------------------------


_BOXED = (
    "Storm leaves thousands without power\n\n"
    "A storm damaged more than 4 200 homes, the centre said on Tuesday.\n\n"
    "Two people were killed, police said.\n\n"
    "WHAT WE KNOW SO FAR\n"
    "• More than 4 200 homes damaged, according to the centre\n"
    "• Two deaths confirmed by police\n\n"
    "Crews worked through the night.\n"
)


def test_bullets_under_a_box_heading_in_the_story_are_the_boxs_statements() -> None:
    suggested = _suggested(_BOXED)
    assert "• More than 4 200 homes damaged, according to the centre" in suggested
    assert "• Two deaths confirmed by police" in suggested


def test_bullets_above_the_story_stay_its_summary() -> None:
    """Guard: a summary above the story is headlines of what follows."""
    text = (
        "Storm leaves thousands without power\n\n"
        "Summary\n"
        "• More than 4 200 homes damaged\n\n"
        "A storm damaged more than 4 200 homes, the centre said on Tuesday.\n"
    )
    assert _suggested(text) == [
        "A storm damaged more than 4 200 homes, the centre said on Tuesday."
    ]


# -- chrome ----------------------------------------------------------------------------------


def test_counter_rows_with_icons_are_not_suggested() -> None:
    for line in ("💬 63 Comments | Share 2.1K", "💬 84 comments ↗ 1.2k shares"):
        assert _suggested(f"{line}\n\n{_BODY}") == [_BODY.strip()], line


def test_a_toolbar_with_a_listening_time_is_not_suggested() -> None:
    line = "Comments (27) | Gift this article | Listen (6 min)"
    assert _suggested(f"{line}\n\n{_BODY}") == [_BODY.strip()]


def test_a_row_of_figures_with_an_icon_is_the_storys() -> None:
    """Guard."""
    line = "🔥 Prices rose 12% in March, the bureau said."
    assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip(), line]


def test_a_reader_funded_pages_appeal_is_not_suggested() -> None:
    for line in (
        "Dunmore Now is funded by 2,140 members. We don't have a paywall and we never will. "
        "Join them from £4 a month.",
        "The Ledger is free to read because 3,900 readers chip in every month. If you value "
        "independent reporting on the assembly, donate from $5.",
        "This article is free to read. Ledger Pro subscribers also get our weekly Rent Monitor, "
        "covering 1,900 homes in 40 towns. Start a 14-day free trial.",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_news_of_subscribers_and_funding_is_the_storys() -> None:
    """Guard."""
    for line in (
        "The streaming service lost 2 million subscribers in the quarter.",
        "The charity is funded by donations from 4,000 people, its accounts show.",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip(), line], line


def test_a_note_on_the_stories_reporter_is_not_suggested() -> None:
    note = (
        "Talia Brennock-Ode is a Local Democracy Reporter. The scheme is funded by a trust and "
        "places reporters in 120 newsrooms."
    )
    assert _suggested(f"{_BODY}{note}\n") == [_BODY.strip()]


def test_a_reporter_the_story_names_before_is_its_subject() -> None:
    """Guard: a person the story introduced earlier is reported on, not its author."""
    text = (
        "Talia Brennock-Ode lost 3 jobs in a year, she said.\n\n"
        "Talia Brennock-Ode is a freelance reporter. She was paid 40 cents a word, she said.\n"
    )
    assert len(_suggested(text)) == 2


def test_a_decimal_with_a_scale_is_not_a_clock_time() -> None:
    text = f"{_BODY}Key figures\n- Visitor spending: €1.38bn\n- Cruise passengers: 612,000\n"
    assert "- Visitor spending: €1.38bn" in [
        item.sentence for item in extract_suggestions(normalise(text))
    ]
