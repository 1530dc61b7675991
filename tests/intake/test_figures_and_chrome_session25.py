"""Figures and page chrome from tuning on the set 169-176 and 185-192. Read: a dollar written
with capitals before "$" ("TT$640 million"), a signed change that stands alone ("| −24 pts |",
"+2.5 points — ..."), a measure hyphenated onto its noun ("an 860-km canal"), "twice" as a
multiple, a result glossed after a dash ("52-44 — the lead ..."). Not read: a table's "(€
million)". Never suggested: a social post's rows and counts, its comments as the article's, a
newsletter's signpost, sponsor, poll and reply line, a police appeal's call for witnesses, a
page's download links, a catch-up line, a membership pitch, and a speaker's verbless echo or
signpost. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except guards, which pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import ASIDE, normalise
from tests.intake.claimants import suggested_sentences as _suggested


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(text)]


LEAD = "The harbour board said 1,200 berths were let last year.\n\n"
LEAD_SENTENCE = "The harbour board said 1,200 berths were let last year."


# -- numbers --------------------------------------------------------------------------------


def test_capitals_before_a_dollar_sign_name_that_dollar() -> None:
    assert _read("The storm did TT$640 million of damage, EC$12.5 million of it to roads.") == [
        ("TT$640 million", Decimal(640_000_000), "currency", "TTD"),
        ("EC$12.5 million", Decimal(12_500_000), "currency", "XCD"),
    ]


def test_capitals_no_dollar_is_known_by_are_not_read_as_a_bare_dollar() -> None:
    """Guard: "QQ$40" is no US dollar amount, and no currency is guessed for it."""
    assert _read("Tickets cost QQ$40 each.") == []


@pytest.mark.parametrize(
    ("row", "value", "unit"),
    [
        ("| Staff reporting stress | 64% | 40% | −24 pts |", Decimal(24), "percentage_points"),
        ("| Missed shifts | 1.2 | 0.8 | −15% |", Decimal(15), "percent"),
        ("| Hours worked | 40.5 | 35.1 | -5.4 hrs |", Decimal("5.4"), "count"),
    ],
)
def test_a_signed_change_in_a_tables_cell_is_read_as_its_size(
    row: str, value: Decimal, unit: str
) -> None:
    """Found where the sign sets it off, and read as its size, as every figure is (the parser's
    values are magnitudes: tests/intake/test_number_properties.py)."""
    change = find_figures(row)[-1]
    assert (change.value, change.unit) == (value, unit)
    assert row[change.start - 1] in "-−"


def test_a_change_opening_a_digest_line_with_a_plus_is_read() -> None:
    line = "+2.5 points — the rise in the share of late buses, taking it to 12%, the office says."
    assert _read(line)[0] == ("2.5 points", Decimal("2.5"), "percentage_points", "")


def test_a_change_in_brackets_after_an_amount_is_read_as_its_size() -> None:
    """Guard: "(-3.1%)" after the amount it changes glosses it, as "fell 3.1%" would."""
    assert _read("Parks: £4.2m (-3.1%)")[1][:2] == ("3.1%", Decimal("3.1"))


def test_a_measure_hyphenated_onto_its_noun_is_a_figure() -> None:
    assert _read("The 860-km (534-mile) canal took a 40-tonne dredger.") == [
        ("860-km", Decimal(860), "count", ""),
        ("534-mile", Decimal(534), "count", ""),
        ("40-tonne", Decimal(40), "count", ""),
    ]


def test_a_race_or_a_named_thing_described_by_a_measure_is_no_figure() -> None:
    """Guard: a race named by its distance, a boat pictured by its length."""
    assert _read("She won the 10-mile race aboard the 22-metre Kestrel.") == []


def test_a_tables_scale_in_brackets_is_no_figure() -> None:
    assert _read("| Year | Spending (€ million) | Homes built |") == []
    assert _read("| Year | Outlay (US$ billion) |") == []


def test_a_few_thousand_is_still_counted() -> None:
    """Guard: a scale with a word of quantity before it still counts (read, from session 37,
    as at least two thousand: "a few" of the scale, not the scale alone)."""
    assert [f[1] for f in _read("A few thousand people marched.")] == [Decimal(2000)]


def test_twice_the_rate_is_a_multiple() -> None:
    (twice,) = find_figures("Rents rose to nearly twice the regional average.")
    assert (twice.as_written, twice.value, twice.qualifier) == ("nearly twice", 2, "nearly")


def test_twice_as_how_often_is_no_figure() -> None:
    """Guard: "twice a week", "fined twice" say how often."""
    assert _read("The ferry runs twice a week and the skipper was fined twice.") == []


def test_a_result_glossed_after_a_dash_is_read_as_a_pair() -> None:
    assert [f[1] for f in _read("52-44 — the lead for the new bypass, in a poll.")] == [
        Decimal(52),
        Decimal(44),
    ]


# -- a social post and its comments ---------------------------------------------------------

_GROUP_POST = (
    "Upper Wendle Residents\n"
    "Private group · 12K members\n\n"
    "The parish clerk says the hall will close for 14 weeks from March.\n\n"
    "Like   Comment   Share\n\n"
    "{heading}"
    "Odile Pascoe-Vance\n"
    "The works will cost £48,000, the minutes say.\n"
    "Like · Reply · 3h · 👍 12\n\n"
    "Bram Teller\n"
    "We paid £300 to hire it last time.\n"
    "Like · Reply · 47m · ❤️ 3 😮 2\n\n"
    "View 48 more comments\n"
    "Write a comment…\n"
)


def _sections(text: str) -> list[tuple[str, str]]:
    return [(item.sentence, item.section) for item in extract_suggestions(normalise(text))]


@pytest.mark.parametrize("heading", ["", "Most relevant ▾\n\n"])
def test_a_social_posts_comments_are_known_by_their_rows_of_actions(heading: str) -> None:
    text = _GROUP_POST.format(heading=heading)
    assert _sections(text) == [
        ("The parish clerk says the hall will close for 14 weeks from March.", TextSection.BODY),
        ("The works will cost £48,000, the minutes say.", TextSection.COMMENT),
        ("We paid £300 to hire it last time.", TextSection.COMMENT),
    ]


def test_a_sort_order_heading_opens_a_social_thread() -> None:
    text = f"{LEAD}Most relevant ▾\n\nNell Harrow\nThe fee went up 12% in May.\n"
    assert _sections(text) == [
        (LEAD_SENTENCE, TextSection.BODY),
        ("The fee went up 12% in May.", TextSection.COMMENT),
    ]


def test_a_social_pages_audience_counts_are_chrome() -> None:
    for line in ("Private group · 12K members", "5.1K Followers · Editor at The Weekly Sprocket"):
        assert _suggested(f"{line}\n\n{LEAD}") == [LEAD_SENTENCE]


def test_a_threads_links_to_more_comments_are_chrome() -> None:
    for line in ("View 48 more comments", "See all responses", "Load more replies"):
        assert line not in normalise(f"{LEAD}{line}\n").text


def test_a_count_of_responses_heads_the_thread() -> None:
    text = f"{LEAD}Responses (12)\n\nWhat are your thoughts?\n"
    assert _suggested(text) == [LEAD_SENTENCE]


# -- a newsletter ---------------------------------------------------------------------------


def test_a_newsletters_signpost_poll_and_votes_are_asides() -> None:
    text = (
        "Good morning. Eight numbers today, from ferry fares to fudge. "
        "The council said 300 bins were missed.\n\n"
        "LAST WEEK'S POLL\n"
        "Should the pier open late? 58% of you said yes and 30% said no. (2,115 votes)\n"
    )
    assert _suggested(text) == ["The council said 300 bins were missed."]
    asides = [
        normalise(text).text[span.start : span.end]
        for span in normalise(text).spans
        if span.kind == ASIDE
    ]
    assert "(2,115 votes)" in asides


def test_a_sponsors_line_with_its_small_print_is_chrome() -> None:
    text = f"{LEAD}Earn 5.1% on the Larkspur Saver. Rate variable. T&Cs apply.\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_newsletters_request_for_replies_is_a_prompt() -> None:
    text = f"{LEAD}Reply to this email: we answer every one (well, nine in ten).\n"
    assert _suggested(text) == [LEAD_SENTENCE]


# -- calls to action ------------------------------------------------------------------------


def test_a_police_appeal_for_witnesses_is_chrome() -> None:
    text = (
        f"{LEAD}Anyone with information is asked to call Northmere Police on 101, quoting "
        "reference 12/3456/25.\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


def test_police_reporting_an_appeal_is_still_read() -> None:
    """Guard: the appeal told as news ("Police said anyone who ...") is the story's."""
    text = "Police said anyone who saw the 2 men should call them on 101.\n"
    assert _suggested(text) == [text.strip()]


def test_a_row_of_download_links_with_file_sizes_is_chrome() -> None:
    text = f"{LEAD}Download full report (PDF, 3.1 MB) | Download summary (PDF, 220 KB) | Print\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_programmes_catch_up_line_is_chrome() -> None:
    text = f"{LEAD}Watch again on Harbour TV Player (available for 30 days).\n"
    assert _suggested(text) == [LEAD_SENTENCE]


def test_a_membership_pitch_is_a_prompt() -> None:
    text = (
        f"{LEAD}Not yet a member? Join today at guild.example/join. Membership from £9.50 a "
        "month, and the first two months are free.\n"
    )
    assert _suggested(text) == [LEAD_SENTENCE]


# -- a transcript's asides ------------------------------------------------------------------


def test_a_speakers_verbless_echo_and_signpost_are_asides() -> None:
    text = (
        "PRESENTER: Thanks. Two claims to check there. The register shows 4,100 new nurses.\n\n"
        "CALLER: I had 20 minutes a visit. Twenty minutes! Three years.\n"
    )
    assert _suggested(text) == [
        "The register shows 4,100 new nurses.",
        "CALLER: I had 20 minutes a visit.",
    ]


def test_a_count_and_its_verb_is_no_echo() -> None:
    """Guard: "Six schools close." is a sentence, not an echo."""
    normalised = normalise("The storm hit. Six schools close. Nine died. Two others.\n")
    asides = [normalised.text[s.start : s.end] for s in normalised.spans if s.kind == ASIDE]
    assert asides == ["Two others."]
