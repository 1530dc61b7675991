"""Figures the parser misread or lost, and page chrome the extractor took for claims. What is
read: a tally of things counted ("64 out of 71 practices", "45 out of 120 councils") is two
counts, not a share (a share is out of a round number or a small one: "nine out of ten", "37
out of 100"; "N in M" is a rate whatever the number: "1 in 12", "2 in 21"); a share range in
words ("between a fifth and a quarter", "a tenth to a fifth") is two shares; a share that sizes
a change ("a rise of about a third on last year", "an increase of a quarter") is a share. What
is not a figure: the period a figure is spread over ("a 14% raise over three years", "£2bn
over five years"), where "over" says across, not more than, and a time so long ago ("two
seasons ago"). What is never suggested: a page's share, comment and view counters ("1.4k
shares", "Shares: 1,204 | Comments: 87"), and an audio or a video teaser ("Listen: ..., a
three-part series (28 mins)", "Watch: ... (3 min)"). Every sentence here was written for this
test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested


def _values(sentence: str) -> list[tuple[str, Decimal]]:
    return [(f.as_written, f.value) for f in find_figures(sentence)]


def _units(sentence: str) -> list[tuple[str, Decimal, str]]:
    return [(f.as_written, f.value, f.unit) for f in find_figures(sentence)]


_BODY = "Fire crews were called to 312 grass fires last month, the service said.\n\n"


# -- a tally is two counts ----------------------------------------------------------------------


def test_a_tally_of_things_counted_is_two_counts() -> None:
    assert _units(
        "When the paper rang every vet in the county, 64 out of 71 said they had no places."
    ) == [("64", Decimal(64), "count"), ("71", Decimal(71), "count")]
    assert _units("In all, 45 out of 120 councils missed the deadline.") == [
        ("45", Decimal(45), "count"),
        ("120", Decimal(120), "count"),
    ]
    assert _units("Only 17 out of 33 wards met the target.") == [
        ("17", Decimal(17), "count"),
        ("33", Decimal(33), "count"),
    ]


def test_a_share_of_a_round_or_small_number_stays_a_share() -> None:
    """Guard: a share out of ten, a hundred, a small number or thousands, one in any number,
    and "N in M" of any number (the idiom of a rate) are still read as a percentage."""
    for sentence, written, value in (
        ("Nine out of ten residents backed the plan.", "Nine out of ten", "90"),
        ("9 out of 10 said so.", "9 out of 10", "90"),
        ("Of the sample, 37 out of 100 pupils were absent.", "37 out of 100", "37"),
        ("1 in 12 cameras was broken.", "1 in 12", "8.33"),
        ("Across the estate, 7 in 16 homes are rented.", "7 in 16", "43.75"),
        ("The study found 2 in 21 adults were affected.", "2 in 21", "9.52"),
        ("The study found 64 in 71 adults were affected.", "64 in 71", "90.14"),
        ("The risk is 3 in 10,000 a year.", "3 in 10,000", "0.03"),
        ("One in 37 babies is born early.", "One in 37", "2.7"),
        ("On the bypass, 12 out of 25 drivers sped.", "12 out of 25", "48"),
        ("Of the sample, 3 out of every 70 had no cover.", "3 out of every 70", "4.29"),
    ):
        figures = find_figures(sentence)
        assert [f.as_written for f in figures] == [written], sentence
        assert [str(f.value) for f in figures] == [value], sentence
        assert figures[0].unit == "percent", sentence


# -- share ranges and shares of a change ----------------------------------------------------


def test_a_range_of_shares_in_words_is_two_shares() -> None:
    assert _values(
        "The pilot cut decay among five-year-olds by between a fifth and a quarter."
    ) == [("a fifth", Decimal(20)), ("a quarter", Decimal(25))]
    assert _values("Between a third and half of the stock was damaged.") == [
        ("a third", Decimal("33.33")),
        ("half", Decimal(50)),
    ]
    assert _values("Prices could fall by a tenth to a fifth.") == [
        ("a tenth", Decimal(10)),
        ("a fifth", Decimal(20)),
    ]


def test_a_share_that_sizes_a_change_is_a_share() -> None:
    assert _values("Spills rose to 9,120 last year, a rise of about a third on 2024.") == [
        ("9,120", Decimal(9120)),
        ("about a third", Decimal("33.33")),
    ]
    assert _values("Takings showed an increase of a quarter on the year.") == [
        ("a quarter", Decimal(25))
    ]
    assert _values("It was a fall of nearly a fifth in a decade.") == [
        ("nearly a fifth", Decimal(20))
    ]


def test_a_share_that_is_no_share_stays_unread() -> None:
    """Guard: "a third" as an ordinal or a time, and "a quarter" of a year, are no shares."""
    assert _values("It was a rise of a third consecutive month.") == []
    assert _values("They met for a third time on Friday.") == []


def test_a_share_that_sizes_a_change_in_the_body_drops_the_headline() -> None:
    text = (
        "Burst mains in Harrowdale up by a third, watchdog finds\n\n"
        "Water mains burst 2,410 times in Harrowdale last year, a rise of about a third on "
        "2024, according to the Pipes Standards Board.\n"
    )
    assert _suggested(text) == [
        "Water mains burst 2,410 times in Harrowdale last year, a rise of about a third on "
        "2024, according to the Pipes Standards Board."
    ]


# -- a period a figure is spread over -------------------------------------------------------


def test_the_period_a_figure_is_spread_over_is_no_figure() -> None:
    assert _units("Union wants 14% raise over three years, company offers 6.5%") == [
        ("14%", Decimal(14), "percent"),
        ("6.5%", Decimal("6.5"), "percent"),
    ]
    assert _units("The plan will cost £2bn over five years.") == [
        ("£2bn", Decimal(2_000_000_000), "currency")
    ]
    assert _units("Take-up rose from 81% to 86% over three years.") == [
        ("81%", Decimal(81), "percent"),
        ("86%", Decimal(86), "percent"),
    ]


def test_more_than_a_number_of_years_stays_a_figure() -> None:
    """Guard: "over" after "for", or with no figure before it, is "more than"."""
    assert _units("He was jailed for over three years.") == [
        ("over three years", Decimal(3), "years")
    ]
    assert _units("She paid £500 and was banned for over two years.") == [
        ("£500", Decimal(500), "currency"),
        ("over two years", Decimal(2), "years"),
    ]
    assert _units("The inquiry took over four years.") == [("over four years", Decimal(4), "years")]


def test_a_headline_whose_period_the_body_does_not_repeat_is_not_suggested() -> None:
    text = (
        "Nurses want 12% raise over two years, trust offers 4.5%\n\n"
        "The nurses' union is seeking a 12% pay rise over the life of the deal, while the "
        "Vellmoor Hospitals Trust has offered 4.5%, the union said.\n"
    )
    assert _suggested(text) == [
        "The nurses' union is seeking a 12% pay rise over the life of the deal, while the "
        "Vellmoor Hospitals Trust has offered 4.5%, the union said."
    ]


# -- share, comment and view counters -------------------------------------------------------


def test_a_pages_share_and_comment_counters_are_not_suggested() -> None:
    for line in (
        "1.4k shares",
        "Shares: 1,204 | Comments: 87",
        "2.3K views",
        "Likes 45",
        "312 shares · 48 comments",
        "Views: 12,400 | Shares: 310",
        "27 shares",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line
        assert _suggested(f"{line}\n\n{_BODY}") == [_BODY.strip()], line


def test_shares_and_comments_in_a_sentence_are_the_storys() -> None:
    """Guard: a sentence about shares, or a post shared, is news."""
    for sentence in (
        "Shares in the company fell 4% on Monday, the exchange said.",
        "The post was shared 1,400 times, the police said.",
        "The video had 2.3 million views by Friday, the council said.",
    ):
        assert sentence in _suggested(f"{_BODY}{sentence}\n"), sentence


def test_a_comment_count_alone_still_opens_the_comments() -> None:
    """Guard: "3 comments" over a thread is its heading, so what follows is the readers'."""
    text = (
        f"{_BODY}3 comments\n\nharbour_jo\n2 hours ago\n"
        "They said 500 fires last year and nobody believed them.\nReply · 4 likes\n"
    )
    sections = {item.sentence: item.section for item in extract_suggestions(normalise(text))}
    assert sections.get(_BODY.strip()) == "body"
    assert all(section == "comment" for sentence, section in sections.items() if "500" in sentence)


# -- audio and video teasers ----------------------------------------------------------------


def test_an_audio_or_video_teaser_is_not_suggested() -> None:
    for line in (
        "Listen: The River Nobody Owns, a three-part series on the Quarle (28 mins)",
        "Watch: The 48 hours that saved the Fenmoor bridge (6 min)",
        "Podcast: Inside the 2 million-pound fraud, episode 3",
        "Listen again: Our four-part series on the 1,200 lost homes",
        "Video: Three crews fight the Harrow Moor blaze (2:31)",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_a_sentence_that_starts_with_listen_or_watch_is_the_storys() -> None:
    """Guard: "Listen" or "Watch" in a sentence is not a teaser."""
    for sentence in (
        "Watch crews said 14 engines were sent to the fire, the service said.",
        "Listen to residents and you hear that 3 in 10 have been flooded, she said.",
    ):
        assert sentence in _suggested(f"{_BODY}{sentence}\n"), sentence


# -- a time ago -----------------------------------------------------------------------------


def test_a_time_so_long_ago_is_no_figure() -> None:
    """ "Two seasons ago", "three years ago": when something happened, a date, not a figure."""
    assert _values("The rule was brought in two seasons ago.") == []
    assert _values("The depot opened three years ago.") == []
    assert _values("Turnout was 61.2%, down from 66.8% four years ago.") == [
        ("61.2%", Decimal("61.2")),
        ("66.8%", Decimal("66.8")),
    ]
    assert _values("We have 61 boats, against 44 two years ago, she said.") == [
        ("61", Decimal(61)),
        ("44", Decimal(44)),
    ]


def test_a_sentence_whose_only_number_is_a_time_ago_is_not_suggested() -> None:
    sentence = (
        "Dr Ines Marrow-Tate, the league's medical officer, said the figures were "
        '"no surprise" but pointed to the lower tackle height brought in two seasons ago.'
    )
    assert _suggested(f"{_BODY}{sentence}\n") == [_BODY.strip()]


def test_a_length_of_time_stays_a_figure() -> None:
    """Guard: a length of time that is no point in time is still read."""
    assert _units("He was jailed for three years.") == [("three years", Decimal(3), "years")]
    assert _units("The ban lasted 10 years, and ended a week ago.") == [
        ("10 years", Decimal(10), "years")
    ]
