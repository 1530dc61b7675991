"""Readers' comments are recognised by the structure of a comment section: a heading
("Comments (4)", "Join the conversation"), a username line over each comment, "2 hours ago"
and "Reply · Like · Report" lines. What a comment says is suggested only as its commenter's, and
the section's furniture is never suggested. Every line here was written for this test; every
name is invented."""

import pytest

from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import normalise

ARTICLE = (
    "Ferry fares to rise\n\n"
    "Fares on the island ferry will rise 7 percent in April, the Strait Crossings Board said.\n\n"
)


def _comments(text: str) -> list[tuple[str, str, str]]:
    """(sentence, commenter, kind) for every suggestion made from the comment section."""
    return [
        (item.sentence, item.claimant, item.claimant_kind)
        for item in extract_suggestions(normalise(text))
        if item.section == TextSection.COMMENT
    ]


def _article(text: str) -> list[str]:
    return [
        item.sentence
        for item in extract_suggestions(normalise(text))
        if item.section != TextSection.COMMENT
    ]


@pytest.mark.parametrize("heading", ["Comments (4)", "Join the conversation (12)", "4 comments"])
def test_a_comments_heading_with_its_count_opens_the_section(heading: str) -> None:
    text = (
        f"{ARTICLE}{heading}\n\n"
        "GullWatcher, Port Fenn\n"
        "My season pass went up 30 percent last year.\n\n"
        "Tidal Tom\n"
        "Ferries ran late on 60 percent of days in May.\n"
    )
    assert _article(text) == [
        "Fares on the island ferry will rise 7 percent in April, the Strait Crossings Board said."
    ]
    assert _comments(text) == [
        ("My season pass went up 30 percent last year.", "GullWatcher", "commenter"),
        ("Ferries ran late on 60 percent of days in May.", "Tidal Tom", "commenter"),
    ]


def test_a_comment_section_without_a_heading_is_known_by_usernames_times_and_replies() -> None:
    text = (
        f"{ARTICLE}"
        "quayside_kate\n"
        "3 hours ago\n"
        "They said the same in 2019 and fares went up 12 percent.\n"
        "Reply · Like · Report\n\n"
        "HarbourHand\n"
        "2 hours ago\n"
        "Only 40 cars fit on the morning boat.\n"
        "Reply · Like (3) · Report\n"
    )
    assert len(_article(text)) == 1
    assert _comments(text) == [
        (
            "They said the same in 2019 and fares went up 12 percent.",
            "quayside_kate",
            "commenter",
        ),
        ("Only 40 cars fit on the morning boat.", "HarbourHand", "commenter"),
    ]


def test_the_copyright_line_after_the_comments_is_no_comment() -> None:
    text = (
        f"{ARTICLE}Comments (1)\n\n"
        "Skerry Sue\n"
        "Fares have gone up 3 times since 2020.\n\n"
        "© 2025 Strait Herald. All rights reserved.\n"
    )
    normalised = normalise(text)
    at = normalised.text.index("© 2025")
    assert "copyright" in normalised.kinds_at(at, at + 6)
    assert "comment" not in normalised.kinds_at(at, at + 6)
