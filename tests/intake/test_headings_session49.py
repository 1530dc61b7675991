"""Headlines and live entries, session 49. Every sentence here was written for this test;
every name is invented. Each test fails without the change it describes, except guards."""

from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import normalise


def _sections(text: str) -> dict[str, str]:
    return {
        figure.as_written: item.section
        for item in extract_suggestions(normalise(text))
        for figure in item.figures
    }


def test_a_headline_that_asks_is_a_headline() -> None:
    """ "Did knife crime really fall by a third?" over the story: a headline that asks, which
    states no claim; it was suggested as the publisher's own, beside the minister's quotation
    of the same figure."""
    text = (
        "Did knife crime really fall by a third?\n\n"
        'Home Secretary Ada Tamsley told the party conference on Tuesday: "Knife crime has '
        'fallen by a third since we took office."\n\n'
        "Figures from the Kelvasi Statistics Office show police recorded 41,200 knife offences "
        "in the year to March."
    )
    suggested = [item.sentence for item in extract_suggestions(normalise(text))]
    assert not any(sentence.startswith("Did knife crime") for sentence in suggested)
    assert any("fallen by a third" in sentence for sentence in suggested)


def test_guard_a_long_question_that_opens_the_story_is_the_story() -> None:
    """Guard: a question longer than a headline that opens the story is its lede; its figures
    are the story's."""
    text = (
        "Why did Halsmoor Council spend £4m on consultants last year while it cut 45 jobs at "
        "the same time?\n\n"
        "The council's own accounts show the money went to 12 firms."
    )
    assert _sections(text)["45"] == TextSection.BODY


def test_a_live_pages_first_entry_is_no_standfirst() -> None:
    """ "09:12 - The X Weather Service has issued a red warning. Gusts of up to 110mph ...":
    the first entry under a live page's title dates itself by its time; it was read as the
    page's standfirst, a heading."""
    text = (
        "Live: Storm Imre\n\n"
        "09:12 - The Halsmoor Weather Service has issued a red warning. Gusts of up to 110mph "
        "are expected on the coast.\n\n"
        "09:40 - Kelvasi Power says 48,000 homes are without electricity."
    )
    assert _sections(text)["up to 110mph"] == TextSection.BODY


def test_a_gallerys_counter_is_no_claim() -> None:
    """ "1 of 12 photos" under a story's picture says where the reader stands in the gallery;
    it was suggested as the publisher's figures."""
    text = (
        "Bank results\n\nQuellane Bank said on Wednesday its annual profit fell 12%.\n\n"
        "1 of 12 photos\n\nThe bank said it would close 40 branches by 2026."
    )
    assert set(_sections(text)) == {"12%", "40"}


def test_guard_a_line_of_a_count_out_of_a_total_is_kept() -> None:
    """Guard: "14 of 21" alone on its line, a box's value under its label, is a figure."""
    text = "Results\n\nWards won by Labour:\n\n14 of 21\n\nThe party said turnout was 38%."
    assert "14" in _sections(text)


def test_a_lead_that_reports_what_a_poll_showed_is_no_standfirst() -> None:
    """ "A X poll gave A 48 percent ..., while a Y survey showed the race tied": a lead that
    reports a study's finding in the past dates and sources it as "said" does; it was read as
    the page's standfirst, a heading."""
    text = (
        "Tamsley extends lead\n\n"
        "A Corvath Research poll for the Herald gave Ada Tamsley 48 percent to Piet Lind's 41 "
        "percent, while a Pellwick Insights survey showed the race tied at 44 percent each.\n\n"
        "The Corvath poll of 1,020 likely voters was conducted by phone."
    )
    assert _sections(text)["44 percent"] == TextSection.BODY
