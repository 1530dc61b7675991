"""Lines a page carries about itself are never suggested: a newsletter's count of its readers
in its pitch ("Join 6,400 subscribers", "More than 9,000 readers already read it"), a clip's
length on its player ("Duration: 11 min 42 sec"), a placeholder where a chart stood ("[Chart
1: ... Source: X]"), and a correction under an update's label ("Update, 14:20: An earlier
version ..."), a share button's count, a ticker's reading (the weather, the markets, a live page's score),
a file the page offers for download, and a
social network's comment thread under its heading. The story's own figures still are. Every
line here was written for this test.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise

_BODY = "Regular pay rose 5.9% in the year to December, the statistics office said.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Enjoyed this? Get new posts by email. Join 6,400 subscribers.",
        "GET THE MORNING BRIEF: Our free five-minute weekday newsletter. More than 9,000 "
        "readers already read it. Sign up here.",
        "Duration: 11 min 42 sec",
        "Running time: 4 min 10 sec",
        "[Chart 1: Annual growth in regular pay, three-month average, peaking at 8.1% in 2023]",
        "[Graphic: Pay growth by sector, 2024. The two lines were within 0.5 points until May.]",
        "Update, 14:20: An earlier version of this post gave the public-sector figure as 4.2%.",
        "Share on Facebook (47)",
        "Weather: Ballinvara 6°C, heavy showers, gusts up to 70km/h",
        "All Share Index: 14,812.6 ▲0.4%",
        "GOAL! Ostry City 2-1 Eastmere (Reyes 71')",
        "Download the full Q1 2024 market report (24 pages, PDF)",
    ],
)
def test_a_pages_line_about_itself_is_never_suggested(line: str) -> None:
    items = extract_suggestions(normalise(f"{_BODY}{line}\n"))
    assert [item.sentence for item in items] == [_BODY.strip()]


def test_guard_news_of_a_services_subscribers_is_the_storys() -> None:
    text = "The streaming service said it added 6,400 subscribers in the quarter.\n"
    assert extract_suggestions(normalise(text))


def test_guard_a_bracketed_aside_in_a_sentence_is_the_storys() -> None:
    text = "Pay rose 5.9% [Chart: see below] in the year to December, the office said.\n"
    assert extract_suggestions(normalise(text))


def test_a_social_networks_thread_under_its_heading_is_readers_comments() -> None:
    text = (
        f"{_BODY}COMMENTS FROM FACEBOOK (63)\n\nMary Keane: 40 people on trolleys is a disgrace.\n"
    )
    items = extract_suggestions(normalise(text))
    assert all(item.claimant_kind == "commenter" for item in items[1:])
    assert [item.sentence for item in items if item.claimant_kind != "commenter"] == [_BODY.strip()]


def test_guard_a_market_report_sentence_with_an_arrow_is_the_storys() -> None:
    text = "The index closed at 14,812.6, up 0.4% ▲0.4 on the day, its best finish since May, dealers said.\n"
    assert extract_suggestions(normalise(text))


def test_a_meeting_notice_with_a_street_address_after_a_direction_is_not_suggested() -> None:
    notice = "The council meets March 26 at 6 p.m. at City Hall, 200 W. Varrow St."
    items = extract_suggestions(normalise(f"{_BODY}{notice}\n"))
    assert [item.sentence for item in items] == [_BODY.strip()]


def test_guard_a_digests_markets_item_is_the_storys() -> None:
    text = "Markets: the index fell 1.2% on Tuesday after the bank held rates.\n"
    assert extract_suggestions(normalise(text))
