"""Page chrome is never suggested: timestamps and datelines, captions that end in a credit,
subscription prompts, related-post teasers, fragments; readers' comments only as the
commenter's."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested

BODY = "The council said it would cut 1,200 jobs, about 9 percent of its staff.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Updated 03.04.2019 09:12",
        "Published 14:05, 9 May 2023",
        "Last updated 11:20 BST, Thu 7 September 2023",
        "Published: 02/02/2024 08:15",
        "Posted on March 1, 2024 | 9:02 am",
        "March 14, 2024, 6:45 p.m. ET",
        "Jan. 18, 2024 at 7:00 a.m.",
        "Oct. 3, 2022 12:00 PM",
        "2 hours ago",
        "Sport | 22 April 2024 | 17:48",
    ],
)
def test_timestamps_and_datelines_are_not_suggested(line: str) -> None:
    text = f"{line}\n\n{BODY}"
    assert "dateline" in {span.kind for span in normalise(text).spans}
    assert _suggested(text) == [BODY.strip()]


def test_a_sentence_that_names_a_time_is_still_a_sentence() -> None:
    text = "The port handled 8.4 million containers by 10.30 on Monday, officials said.\n"
    assert _suggested(text) == [text.strip()]


@pytest.mark.parametrize(
    "caption",
    [
        "Supporters rally in the square on Saturday, 3,000 of them. (Photo: AP)",
        "A nurse gives one of 40 vaccines at a clinic. File photo by Sam Keller",
        "Martins celebrates his 24 goals. Picture: Rovers Media",
        "Nurses at work on a ward of 30 beds. Credit: Hollis Pictures",
        "The headquarters, home to 2,000 staff. (Courtesy of Ondra)",
        "Counting under way at 12 tables on Thursday night. Photo: Tom Pryce",
    ],
)
def test_captions_that_end_in_a_credit_are_not_suggested(caption: str) -> None:
    text = f"{BODY}{caption}\n"
    kinds = {span.kind for span in normalise(text).spans}
    assert {"caption", "credit"} <= kinds
    assert _suggested(text) == [BODY.strip()]


@pytest.mark.parametrize(
    "prompt",
    [
        "Subscribe: $1 for 6 months",
        "Get unlimited access for $1 for 6 months. Cancel anytime.",
        "Subscribe now: first month free, then £5.99 a month",
        "Subscribe for $1 a week",
        "Want more health news? Get our free newsletter every Friday.",
        "Sign up to our daily newsletter for 5 stories a day.",
    ],
)
def test_subscription_prompts_are_removed(prompt: str) -> None:
    text = f"{BODY}{prompt}\n\nThe council will vote on 14 March.\n"
    result = normalise(text)
    assert prompt not in result.text
    assert "prompt" in {item["kind"] for item in result.removed}
    assert "The council will vote" in result.text  # the article goes on after it


@pytest.mark.parametrize(
    "teaser",
    [
        "Read more: Five things to watch in the 2 debates",
        "Related: Flu season was the mildest in 10 years",
        "You may also like: Ten tips for cutting your grocery bill",
    ],
)
def test_a_one_line_teaser_goes_and_the_article_goes_on(teaser: str) -> None:
    text = f"{BODY}{teaser}\n\nRents rose 7 percent, the agency said.\n"
    result = normalise(text)
    assert teaser not in result.text
    assert "Rents rose 7 percent" in result.text


def test_a_teaser_list_after_its_heading_goes() -> None:
    text = f"{BODY}Top stories\nMortgage rates hit 15-year high\nBus fares to rise 6%\n"
    assert _suggested(text) == [BODY.strip()]


def test_a_fragment_left_by_a_bad_split_is_not_suggested() -> None:
    text = f"{BODY}Martins celebrates his second goal.\n18.\nRovers won 4 of 5 games.\n"
    assert "18." not in _suggested(text)


def test_a_number_that_describes_a_noun_is_no_figure() -> None:
    text = "Percent changes are calculated on a rolling 12-month basis.\n"
    assert _suggested(text) == []


def test_a_headline_that_repeats_the_body_is_not_suggested() -> None:
    text = "Chipmaker to cut 1,800 jobs\n\nOndra will cut 1,800 jobs, the company said.\n"
    assert _suggested(text) == ["Ondra will cut 1,800 jobs, the company said."]


def test_a_readers_comment_is_the_commenters() -> None:
    text = f"{BODY}3 Comments\n\n  1. joe123\n\n    Burglaries are up 50% on my street!\n"
    items = extract_suggestions(normalise(text))
    comment = next(item for item in items if "50%" in item.sentence)
    assert (comment.section, comment.claimant_kind, comment.claimant) == (
        "comment",
        "commenter",
        "joe123",
    )
