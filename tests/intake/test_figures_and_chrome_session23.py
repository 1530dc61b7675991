"""Page chrome the extractor took for claims, figures that only frame one, and the sentences a
suggestion is made of. What is never suggested: a share bar with its counter ("Share |
Email | 46 shares"); a photo's caption whose credit is "Picture by Name" or "| Photo Credit:
A. Name" (the whole caption, every sentence of it); a meeting notice's clock time and street
address; the years that measure a record ("its lowest level in nine years"); someone's years
in office; a figure in what someone calls for ("urged ministers to hire 500 inspectors"); a
headline whose verb makes its figure a floor under the body's ("tops £41m" over £41.6m).
What is read: "p.m." before the day ends no sentence; a paper's own addendum after a press
release's notes to editors ("The Courier adds: ...") is the story again; a quotation of
several sentences is suggested for the sentences with the figures in. Every sentence here
was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions, split_sentences
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure
from tests.intake.claimants import suggested_sentences as _suggested

_BODY = "Fire crews were called to 312 grass fires last month, the service said.\n\n"


# -- a share bar with its counter -------------------------------------------------------------


def test_a_share_bar_with_a_counter_is_not_suggested() -> None:
    for line in (
        "Share | Facebook | Email | 46 shares",
        "Share this page: Mastodon | Copy link | 2.3K shares",
        "Post · Email · Print · 1,204 shares",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line
        assert _suggested(f"{line}\n\n{_BODY}") == [_BODY.strip()], line


def test_a_row_with_a_figure_beside_a_counter_is_not_a_share_bar() -> None:
    """Guard: a field with a figure of its own makes a row a table's, not a share bar."""
    line = "Turnout | 61.4% | Seats won | 12 shares"
    assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip(), line]


# -- captions that end on a credit ------------------------------------------------------------


def test_a_caption_credited_picture_by_is_not_suggested() -> None:
    caption = (
        "Wenna Prowse milks 380 goats at Hollin Moor. She has sold 40 since May. "
        "Picture by Ossian Brede"
    )
    assert _suggested(f"{caption}\n\n{_BODY}") == [_BODY.strip()]


def test_a_caption_whose_credit_opens_on_initials_is_not_suggested() -> None:
    caption = (
        "Commuters wait for a ferry at Kelm Quay on Monday. More than 300 people had "
        "queued since dawn. | Photo Credit: T. K. Varrow"
    )
    assert _suggested(f"{caption}\n\n{_BODY}") == [_BODY.strip()]


# -- a meeting notice ------------------------------------------------------------------------


def test_p_m_before_the_day_ends_no_sentence() -> None:
    text = "The council meets at 7 p.m. Thursday in the Old Hall. Anyone may attend."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "The council meets at 7 p.m. Thursday in the Old Hall.",
        "Anyone may attend.",
    ]


def test_p_m_before_a_new_sentence_still_ends_one() -> None:
    """Guard: "p.m." ends a sentence when what follows is no day ("May said ...")."""
    text = "The doors shut at 6 p.m. May said the queue was short."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "The doors shut at 6 p.m.",
        "May said the queue was short.",
    ]


def test_a_count_before_a_courts_name_is_no_address() -> None:
    """Guard: "40 Crown Court trials" counts trials; a court is no street."""
    sentence = "There were 40 Crown Court trials delayed last year, the court service said."
    assert sentence in _suggested(f"{_BODY}{sentence}\n")


def test_a_meeting_notice_is_not_suggested() -> None:
    notice = "The parish board meets at 6 p.m. Tuesday at the Civic Hall, 210 Larch Street, Orrow."
    assert _suggested(f"{_BODY}{notice}\n") == [_BODY.strip()]
    notice = "Residents can speak at the hearing at 10am at 9 Elm Road, the council said."
    assert _suggested(f"{_BODY}{notice}\n") == [_BODY.strip()]


# -- the years that measure a record, and years in office -------------------------------------


def test_the_years_a_record_is_measured_over_are_not_suggested() -> None:
    for sentence in (
        "Storage in the reservoirs fell to its lowest level in eleven years, the water board said.",
        "Crowds at the ground reached their highest level in two decades, the club said.",
        "It was the first fall in 15 years, the agency said.",
    ):
        assert _suggested(f"{_BODY}{sentence}\n") == [_BODY.strip()], sentence


def test_a_record_with_its_level_is_still_suggested() -> None:
    """Guard: the level the record is of is a figure: the sentence is suggested for it."""
    sentence = "Storage fell to 31% of capacity, its lowest in nine years, the water board said."
    assert sentence in _suggested(f"{_BODY}{sentence}\n")


def test_someones_years_in_office_are_not_suggested() -> None:
    sentence = (
        "Ivo Trask was elected mayor, ending Petra Olm's 14 years in office, the electoral "
        "board said on Monday."
    )
    assert _suggested(f"{_BODY}{sentence}\n") == [_BODY.strip()]


# -- what someone calls for -------------------------------------------------------------------


def test_a_figure_in_what_someone_calls_for_is_not_suggested() -> None:
    for sentence in (
        "She called on the government to guarantee every tenant a repair within 28 days.",
        "The union urged ministers to hire 500 more inspectors, its leader said.",
    ):
        assert _suggested(f"{_BODY}{sentence}\n") == [_BODY.strip()], sentence


def test_a_figure_stated_beside_a_demand_is_still_suggested() -> None:
    """Guard: what the sentence states before the demand, or in a clause after it, is a
    claim."""
    for sentence in (
        "The union said 340 inspectors had left since 2023 and urged ministers to act, its "
        "leader said.",
        "The union urged ministers to act, and said 340 inspectors had left since 2023.",
    ):
        assert sentence in _suggested(f"{_BODY}{sentence}\n"), sentence


# -- a headline whose verb makes its figure a floor ------------------------------------------


_ACCOUNTS = "The club's wage bill rose to £38.7m last season, its accounts show.\n"


def test_a_headline_that_tops_the_bodys_figure_is_not_suggested() -> None:
    # £38.7m rounds to £39m, not £38m: only the verb's floor makes the headline repeat it.
    for headline in ("Athletic wage bill tops £38m", "Athletic wage bill passes £38m"):
        assert _suggested(f"{headline}\n\n{_ACCOUNTS}") == [_ACCOUNTS.strip()], headline


def test_a_headline_floor_far_under_the_body_is_still_suggested() -> None:
    """Guard: a floor far under the body's figure says something the body does not."""
    body = _ACCOUNTS
    headline = "Athletic wage bill tops £25m"
    assert headline in _suggested(f"{headline}\n\n{body}")


# -- a paper's addendum after a press release's notes -----------------------------------------


def test_a_papers_addendum_after_the_notes_to_editors_is_the_story() -> None:
    text = (
        "The charity said 1,240 families asked it for help last year.\n\n"
        "Notes to editors\n\n"
        "1. The charity was founded in 1991 and runs 12 shelters.\n\n"
        "The Ellory Star adds: Figures from the county council show that 412 families "
        "were in temporary housing at the end of March.\n"
    )
    suggested = _suggested(text)
    assert suggested == [
        "The charity said 1,240 families asked it for help last year.",
        "The Ellory Star adds: Figures from the county council show that 412 families "
        "were in temporary housing at the end of March.",
    ]


# -- a quotation of several sentences ---------------------------------------------------------


def test_a_quotation_is_suggested_for_its_sentences_with_figures() -> None:
    text = (
        "Mayor Ivo Trask spoke to supporters on Sunday.\n\n"
        '"More than 90,000 of you voted tonight. That is not a protest, it is a mandate," '
        "he said.\n"
    )
    (item,) = extract_suggestions(normalise(text))
    assert item.sentence == '"More than 90,000 of you voted tonight.'
    assert item.claimant == "Ivo Trask"
    assert claimants_by_figure(text) == {"More than 90,000": "Ivo Trask"}


def test_a_quotation_after_a_colon_keeps_the_sentence_with_the_figure() -> None:
    text = (
        'A spokesperson for the Housing Office said: "No tenant should wait for a repair. '
        'We have spent £48 million on repairs since 2024."\n'
    )
    assert _suggested(text) == ['We have spent £48 million on repairs since 2024."']
    assert claimants_by_figure(text) == {"£48 million": "Housing Office"}


def test_a_quotation_whose_sentences_all_carry_figures_is_whole() -> None:
    """Guard: from the first sentence with a figure to the last, the quotation stays whole."""
    sentence = '"We cut 40 posts in March. We cut 25 more in June," the director, Ada Rell, said.'
    assert _suggested(f"{_BODY}{sentence}\n") == [_BODY.strip(), sentence]


@pytest.mark.parametrize(
    "text",
    [
        "The board meets at 6 p.m. Tuesday.",
        "The doors open at 5 a.m.",
        "Queues formed from 6 a.m., the council said.",
    ],
)
def test_a_clock_time_written_with_stops_is_no_figure(text: str) -> None:
    """ "p.m." ends on a stop, as "pm" does not: the hour before it is a time of day either way."""
    assert find_figures(text) == []
