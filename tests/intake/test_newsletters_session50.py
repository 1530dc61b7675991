"""Newsletters and their comment threads, session 50. Every sentence here was written for this
test; every name is invented. Each test fails without the change it describes, except guards."""

from intake.models import TextSection
from tests.intake.claimants import sections_and_claimants_by_figure


def _read(text: str) -> dict[str, tuple[str, str]]:
    """Each figure as written: its section and its claimant."""
    return sections_and_claimants_by_figure(text)


_HEADER = (
    "The Quellane Ballot Box\n"
    "Three polls, one tight Senate race, and what the crosstabs say\n\n"
    "{byline}\n"
    "Oct 14, 2026\n\n"
    "Good morning. Three things to know this morning.\n\n"
    "Share\n\n"
)
_STORY = (
    "First, the Pellwick Insights poll released Monday has Corvath ahead 48% to 44% among "
    "likely voters.\n\n"
    "{button}"
    "Second, a Halsmoor University survey found 52% of independents disapprove of the "
    "governor.\n\n"
    "12 Comments\n\n"
    "quayside_kate | 2 hours ago\n"
    "I don't trust the 61% number at all.\n"
    "Reply\n"
)


def test_a_byline_over_the_date_and_share_button_opens_no_thread() -> None:
    """ "By Ada Tamsley" over "Oct 14, 2026", then "Share": a name over a time with a comment's
    button after it has a commenter's shape, and the whole newsletter under it was read as her
    comment. A thread is read by its shape only once the story has begun."""
    text = _HEADER.format(byline="By Ada Tamsley") + _STORY.format(button="")
    read = _read(text)
    assert read["48%"] == (TextSection.BODY, "Pellwick Insights")
    assert read["52%"] == (TextSection.BODY, "Halsmoor University")
    assert read["61%"] == (TextSection.COMMENT, "quayside_kate")


def test_a_newsletters_author_over_its_date_is_no_commenter() -> None:
    """A newsletter names its author without "By" over the date, its like count and "Share"
    ("Ada Tamsley / Oct 12, 2026 / 12 / Share"): the same shape, the same header."""
    text = (
        "Kelvasi Votes\n\n"
        "Ada Tamsley\n"
        "Oct 12, 2026\n\n"
        "12\n\n"
        "Share\n\n"
        "The Pellwick Insights poll out Friday found 54% of voters back the bond measure.\n\n"
        "Comments\n\n"
        "Tomas Corvath\n"
        "Oct 12\n"
        "Great breakdown. I think 49% is closer.\n"
        "Like (3)\n"
        "Reply\n"
    )
    read = _read(text)
    assert read["54%"] == (TextSection.BODY, "Pellwick Insights")
    assert read["49%"] == (TextSection.COMMENT, "Tomas Corvath")


def test_a_leave_a_comment_button_mid_post_is_no_thread() -> None:
    """A newsletter sets "Leave a comment" between its paragraphs: where no reader's comment
    follows it, the story goes on after it; it had turned the rest of the post into comments."""
    text = _HEADER.format(byline="By Ada Tamsley") + _STORY.format(button="Leave a comment\n\n")
    read = _read(text)
    assert read["52%"] == (TextSection.BODY, "Halsmoor University")
    assert read["61%"] == (TextSection.COMMENT, "quayside_kate")


def test_guard_a_thread_under_a_leave_a_reply_button_is_the_thread() -> None:
    """Guard: "Leave a Reply" is a button, read as none of the thread; a reader's comment under
    it opens the thread on its own shape."""
    text = (
        "Halsmoor Council will cut 45 jobs, its leader Ada Tamsley said on Tuesday.\n\n"
        "Leave a Reply\n\n"
        "quayside_kate | 2 hours ago\n"
        "They said 3,000 jobs would go last year.\n"
        "Reply\n"
    )
    assert _read(text)["3,000"] == (TextSection.COMMENT, "quayside_kate")


def test_a_discussion_section_of_the_story_is_the_storys() -> None:
    """ "Discussion" over a newsletter's own analysis is a crosshead of the story, not the
    thread's heading: no reader's comment follows it."""
    text = (
        "POLL WATCH\n\n"
        "The Pellwick Insights survey of 812 likely voters has Corvath at 47% and Tamsley at "
        "45%.\n\n"
        "Discussion\n\n"
        "What should we make of a two-point race? The Halsmoor University poll last week put "
        "Tamsley ahead by 3 points, 49% to 46%.\n"
    )
    assert _read(text)["49%"] == (TextSection.BODY, "Halsmoor University")


def test_guard_a_thread_under_a_discussion_heading_is_the_thread() -> None:
    """Guard: under "Discussion", a heading of the story's as often as the thread's, readers'
    comments open the thread on their own shape."""
    text = (
        "The Pellwick Insights survey of 812 likely voters has Corvath at 47%.\n\n"
        "Discussion\n\n"
        "quayside_kate | 2 hours ago\n"
        "I make it 44% at best.\n"
        "Reply\n"
    )
    assert _read(text)["44%"] == (TextSection.COMMENT, "quayside_kate")


def test_a_newsletters_thread_under_discussion_about_this_post() -> None:
    """ "Discussion about this post" heads a newsletter's thread, where each comment is dated
    compactly under its commenter ("Jan Ostreva / 2h"); the comment was read as the story's,
    and "2h" as its commenter."""
    text = (
        "The Pellwick Insights poll released Monday has Corvath ahead 48% to 44% among likely "
        "voters.\n\n"
        "Discussion about this post\n\n"
        "Jan Ostreva\n"
        "2h\n"
        "The 39% for the third party looks low.\n"
        "Reply\n"
    )
    assert _read(text)["39%"] == (TextSection.COMMENT, "Jan Ostreva")
