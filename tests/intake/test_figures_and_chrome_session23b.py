"""Page chrome and figures from tuning on the blind set 93-100. What is read: a comment count
above the story (under the byline, beside the share buttons) is the page's counter, not the
comment thread's heading, so the story under it stays the story's; a fraction of a point is
that many points ("a quarter of a percentage point" is 0.25 percentage points); a share that
sizes a change said by "down" or "rose" ("down almost a quarter to 112,000 tonnes"); a share
restated in brackets ("two-thirds (64%) had") is still a share. What is never suggested: a
share row whose buttons carry their counts in brackets ("Share: Email (21) | Post | Copy
link"); a betting advert's legal notice ("18+ | Gamble responsibly"); an introductory price
("First month £1, then £6.99 a month."); a poll's note on method ("Methodology: ..."); a
standfirst under a site's navigation row. Every sentence here was written for this test;
every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested

_BODY = "Fire crews were called to 312 grass fires last month, the service said.\n\n"
_HEADER = (
    "Grass fires double as dry spell drags on\n\n"
    "By Orla Penhallow, Rural Affairs Reporter\n"
    "Published 4 June 2026, 08:15\n\n"
)


def _sections(text: str) -> dict[str, str]:
    return {item.sentence: item.section for item in extract_suggestions(normalise(text))}


def _read(sentence: str) -> list[tuple[str, Decimal, str]]:
    return [(f.as_written, f.value, f.unit) for f in find_figures(sentence)]


# -- a comment count above the story ---------------------------------------------------------


def test_a_comment_count_under_the_byline_is_a_counter_not_the_thread() -> None:
    for count in ("17 comments", "Comments (17)", "17 Comments"):
        text = f"{_HEADER}{count}\n\n{_BODY}Most were started by sparks from farm machinery.\n"
        assert _sections(text).get(_BODY.strip()) == "body", count


def test_a_comment_count_under_a_standfirst_of_sentences_is_a_counter() -> None:
    text = (
        "Grass fires double as dry spell drags on\n\n"
        "Crews are stretched. Farmers are told to hold off.\n\n"
        "By Orla Penhallow\nPublished 4 June 2026, 08:15\n\n"
        f"Comments (9)\n\n{_BODY}"
    )
    assert _sections(text).get(_BODY.strip()) == "body"


def test_a_thread_heading_after_the_story_still_opens_the_comments() -> None:
    """The count above the story is a counter, and the heading after the story still opens
    the thread: what follows it is the readers'."""
    text = (
        f"{_HEADER}17 comments\n\n{_BODY}COMMENTS (17)\n\nheathside_pete\n2 hours ago\n"
        "They said 500 fires last year and nobody believed them.\nReply · 4 likes\n"
    )
    sections = _sections(text)
    assert sections.get(_BODY.strip()) == "body"
    assert all(section == "comment" for sentence, section in sections.items() if "500" in sentence)


def test_a_thread_pasted_without_its_story_is_still_comments() -> None:
    """Guard: a heading with a commenter and a time under it opens the thread wherever it is."""
    text = (
        "Comments (2)\n\nheathside_pete\n2 hours ago\n"
        "They said 500 fires last year and nobody believed them.\nReply · 4 likes\n"
    )
    comments = [span for span in normalise(text).spans if span.kind == "comments"]
    assert [span.start for span in comments] == [0]


# -- chrome -----------------------------------------------------------------------------------


def test_a_share_row_whose_buttons_count_in_brackets_is_not_suggested() -> None:
    for line in (
        "Share: Email (21) | Post | Copy link",
        "Share this story: Messenger (1.2K) | Email | Print",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line
        assert _suggested(f"{line}\n\n{_BODY}") == [_BODY.strip()], line


def test_a_row_of_names_with_counts_in_brackets_is_a_tables() -> None:
    """Guard: without the word "Share" opening it, counts in brackets are a table's figures."""
    line = "North ward (214) | South ward (180) | East ward (95)"
    assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip(), line]


def test_a_betting_adverts_notice_is_not_suggested() -> None:
    for line in (
        "18+ | Gamble responsibly | helpline.example",
        "21+ only. Odds subject to change.",
        "Please bet responsibly. 18+ T&Cs apply.",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_a_sentence_about_gambling_and_adults_is_the_storys() -> None:
    """Guard: a long sentence of the story that names an age and gambling is the story's."""
    sentence = (
        "The survey of 2,400 people aged 18+ found that one in eight had gambled online in the "
        "past month, the commission said."
    )
    assert sentence in _suggested(f"{_BODY}{sentence}\n")


def test_an_introductory_price_is_not_suggested() -> None:
    for line in (
        "SUBSCRIBE: Read every story on our site and app. First month £1, then £6.99 a month.",
        "First 3 months for $1, then $4 a week.",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_a_polls_note_on_method_is_not_suggested() -> None:
    for line in (
        "Methodology: Pollbright interviewed 2,104 adults online between 3 and 6 May. Margin of "
        "error +/- 2.1 points.",
        "About this survey: 1,030 parents were asked in April; results are weighted by region.",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_a_poll_described_in_the_story_is_the_storys() -> None:
    """Guard: the story's own sentence on how a poll was done is no labelled note."""
    sentence = "The Pollbright survey interviewed 2,104 adults, the firm said."
    assert sentence in _suggested(f"{_BODY}{sentence}\n")


def test_a_standfirst_under_a_navigation_row_is_not_suggested() -> None:
    text = (
        "THE HILLSIDE POST\n"
        "News | Farming | Sport | Business | Jobs\n\n"
        "FARMING\n\n"
        "Grass fires double as dry spell drags on\n\n"
        "Crews attended 312 fires in May. Farmers are told to hold off.\n\n"
        "Orla Penhallow, Rural Affairs Reporter\n"
        "Published 4 June 2026, 08:15\n\n"
        f"{_BODY}"
    )
    assert _suggested(text) == [_BODY.strip()]


# -- figures ----------------------------------------------------------------------------------


def test_a_fraction_of_a_point_is_that_many_points() -> None:
    assert _read("The bank cut its rate by a quarter of a percentage point to 3.5%.") == [
        ("a quarter of a percentage point", Decimal("0.25"), "percentage_points"),
        ("3.5%", Decimal("3.5"), "percent"),
    ]
    assert _read("Mortgage rates rose half a percentage point.") == [
        ("half a percentage point", Decimal("0.5"), "percentage_points"),
    ]
    assert _read("A quarter-percentage-point cut is expected.")[0][1:] == (
        Decimal("0.25"),
        "percentage_points",
    )
    assert _read("Three-quarters of a percentage point was added.")[0][1] == Decimal("0.75")


def test_a_share_that_sizes_a_change_said_as_down_or_rose_is_a_share() -> None:
    assert _read("Exports were down almost a quarter to 112,000 tonnes.") == [
        ("almost a quarter", Decimal(25), "percent"),
        ("112,000", Decimal(112000), "count"),
    ]
    assert _read("Sales rose a fifth on the year.") == [("a fifth", Decimal(20), "percent")]


def test_a_quarter_that_is_a_period_or_a_time_stays_unread() -> None:
    """Guard: the quarter to March is a period, a quarter to six a clock time."""
    assert _read("Profits were down in the quarter to March.") == []
    assert _read("The alarm went at a quarter to six.") == []


def test_a_share_restated_in_brackets_is_still_a_share() -> None:
    assert _read("Almost two-thirds (64%) had a mental health condition.") == [
        ("Almost two-thirds", Decimal("66.67"), "percent"),
        ("64%", Decimal(64), "percent"),
    ]
    assert [f[0] for f in _read("A third (33.4 per cent) of voters agreed.")] == [
        "A third",
        "33.4 per cent",
    ]
