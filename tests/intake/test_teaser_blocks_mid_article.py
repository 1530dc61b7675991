"""A teaser block ("Also read", "Related", "More stories") may sit in the middle of a story: its
links go, and the story resumes after it, at a crosshead over paragraphs or at paragraphs
straight away; a comments heading ends it too. A block that closes the page still goes to the
end. Every line here was written for this test; every name is invented."""

from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested

OPENING = (
    "Water tariffs to rise in Kelmora\n\n"
    "The Kelmora water board will raise household tariffs by 11 percent from July, "
    "its chairman said on Monday.\n\n"
)
STORY_GOES_ON = (
    "The board said 4,300 connections had been added in the past year, most of them in the "
    "eastern wards of the city.\n\n"
    "Its treatment plant at Ranvel runs at 92 percent of capacity, according to the board's "
    "annual report.\n\n"
    "Residents' groups said a family of five would pay about 240 rupees more a month under "
    "the new tariff.\n"
)


def _teasers_removed(text: str) -> list[str]:
    result = normalise(text)
    return [
        text[item["original_start"] : item["original_end"]].strip()
        for item in result.removed
        if item["kind"] == "teaser"
    ]


def test_a_mid_article_also_read_block_goes_and_the_story_after_its_crosshead_stays() -> None:
    block = (
        "Also read\n\n"
        "Kelmora metro fares unchanged for third year\n"
        "Monsoon arrives early over the coast, says weather office\n"
        "Five numbers from the state budget\n\n"
    )
    text = f"{OPENING}{block}Why the board wants more\n\n{STORY_GOES_ON}"
    result = normalise(text)
    assert "Why the board wants more" in result.text
    assert "Also read" not in result.text
    assert "metro fares" not in result.text and "Five numbers" not in result.text
    suggested = _suggested(text)
    assert any("4,300 connections" in sentence for sentence in suggested)
    assert any("92 percent" in sentence for sentence in suggested)
    assert any("240 rupees" in sentence for sentence in suggested)
    assert not any("budget" in sentence for sentence in suggested)


def test_a_related_block_then_paragraphs_straight_away() -> None:
    block = "Related\n\nTariff protest planned for Saturday\nBoard chairman faces audit query\n\n"
    text = f"{OPENING}{block}{STORY_GOES_ON}"
    result = normalise(text)
    assert "Tariff protest planned" not in result.text
    assert "Board chairman faces audit query" not in result.text
    assert _teasers_removed(text) == [
        "Related",
        "Tariff protest planned for Saturday",
        "Board chairman faces audit query",
    ]
    assert len(_suggested(text)) == 4  # the opening's sentence and the three after the block


def test_a_block_at_the_end_of_the_page_goes_with_its_standfirsts_and_footer() -> None:
    closing = (
        "More stories\n\n"
        "Kelmora metro fares unchanged for third year\n"
        "The transit authority held fares at 20 rupees a ride for the 3rd year running.\n\n"
        "Monsoon arrives early over the coast\n"
        "Rainfall in the first week was 18 percent above the average, forecasters said.\n\n"
        "Contact us | Advertise | Careers\n"
        "About the Kelmora Herald\n"
    )
    text = f"{OPENING}{STORY_GOES_ON}\n{closing}"
    result = normalise(text)
    for line in ("More stories", "20 rupees", "18 percent", "Contact us", "Kelmora Herald"):
        assert line not in result.text
    suggested = _suggested(text)
    assert len(suggested) == 4
    assert not any("rupees a ride" in sentence or "Rainfall" in sentence for sentence in suggested)


def test_a_block_right_before_the_reader_comments_leaves_the_comments() -> None:
    block = (
        "Read more\n\n"
        "Kelmora metro fares unchanged for third year\n"
        "Monsoon arrives early over the coast\n\n"
    )
    comments = (
        "Reader comments\n\n"
        "ranvel_resident\n"
        "2 hours ago\n"
        "We already pay 30 percent more than the next district.\n"
        "Reply · Like · Report\n"
    )
    text = f"{OPENING}{STORY_GOES_ON}\n{block}{comments}"
    items = extract_suggestions(normalise(text))
    assert [
        (item.sentence, item.claimant) for item in items if item.section == TextSection.COMMENT
    ] == [("We already pay 30 percent more than the next district.", "ranvel_resident")]
    assert "metro fares" not in normalise(text).text


def test_read_also_lines_inline_still_go_one_by_one() -> None:
    text = (
        f"{OPENING}"
        "READ ALSO: Kelmora metro fares unchanged for 3rd year\n\n"
        "The board said 4,300 connections had been added in the past year.\n\n"
        "READ ALSO: Monsoon arrives 9 days early\n\n"
        "Its plant at Ranvel runs at 92 percent of capacity, the board said.\n"
    )
    result = normalise(text)
    assert "READ ALSO" not in result.text
    assert "4,300 connections" in result.text and "92 percent" in result.text
    assert len(_suggested(text)) == 3
