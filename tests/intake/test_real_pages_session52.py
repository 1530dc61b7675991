"""Failures found when intake read real news pages nobody on the project wrote, session 52 (a
benchmark's pages of news, reviews and shopping guides, labelled blind): a promise's figures
given to no one, a body's home town read as part of its name, anonymous sources counted
loosely ("multiple people familiar with the matter"), a teaser's count of another piece's list,
a listing's state in brackets read as a fact box's source, a body named with its remit in lower
case, a product's listing by its specifications read as claims, "1080p" read as pence, and a
sentence citing one unnamed estimate, or passing on others' reports, given the source its
paragraph named. The pages themselves are not in the project; every sentence here was written
for this test in their shapes, and every name is invented. Each test fails without the change
it describes, except guards."""

import pytest

from claims.figures_parser import find_figures
from tests.intake.claimants import claimants_by_figure, suggested_sentences


def _written(text: str) -> list[str]:
    return [figure.as_written for figure in find_figures(text)]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "At the summit, Prime Minister Ada Pellwick pledged that her country would more than "
            "double its solar output, from 175 gigawatts to 450 gigawatts by 2030.",
            "450",
        ),
        ("Ada Pellwick vowed that 40,000 new homes would be built by 2028.", "40,000"),
    ],
)
def test_a_promise_is_its_makers_claim(sentence: str, figure: str) -> None:
    text = f"Summit ends\n\n{sentence}\n"
    assert claimants_by_figure(text)[figure] == "Ada Pellwick"


def test_guard_a_promise_the_sentence_only_mentions_is_not_its_claim() -> None:
    """ "the homes X pledged in 2024": a promise the sentence measures against, not one it puts
    forward; the count of what was built is the paper's."""
    text = (
        "Homes\n\nOf the 40,000 homes Ada Pellwick pledged in 2024, only 3,100 have been built.\n"
    )
    assert claimants_by_figure(text)["3,100"] == ""


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    text = (
        "Publishers struggle\n\n"
        "Halsmoor-based Quellane, a chain of 30 newspapers, may be another canary in the coal "
        "mine. Quellane reported a loss of $304.7 million on revenue of $167.4 million in the "
        "third quarter.\n"
    )
    assert claimants_by_figure(text)["$304.7 million"] == "Quellane"


@pytest.mark.parametrize("count", ["multiple", "many"])
def test_anonymous_sources_counted_loosely_are_the_source(count: str) -> None:
    text = (
        "Layoffs loom\n\n"
        "More than 4,000 people are expected to receive notice in the coming weeks, according "
        f"to {count} people familiar with the matter.\n"
    )
    assert (
        claimants_by_figure(text)["More than 4,000"] == f"{count} people familiar with the matter"
    )


@pytest.mark.parametrize(
    "teaser",
    ["- 15 Amazing Images of Stars", "- 11 Fascinating Facts About Our Galaxy"],
)
def test_a_teasers_count_of_another_pieces_list_is_no_claim(teaser: str) -> None:
    text = (
        "Galaxies in a computer\n\n"
        "Researchers at the Pellwick Observatory said the simulation ran on 16,000 processors.\n\n"
        f"{teaser}\n"
    )
    assert suggested_sentences(text) == [
        "Researchers at the Pellwick Observatory said the simulation ran on 16,000 processors."
    ]


def test_guard_a_count_of_places_climbed_is_no_list() -> None:
    text = "League table\n\nQuellane University climbed 19 places to 23rd in the guide.\n"
    assert "19" in claimants_by_figure(text)


def test_a_listings_state_in_brackets_is_no_source_of_its_bullets() -> None:
    text = (
        "Phone deals\n\n"
        "Kelvasi Phone 7, Unlocked, 32GB – Black (Renewed)\n\n"
        # Not "401 pixels per inch": since session 54 a count of pixels is a specification.
        "- 5.5-inch display that reaches a brightness of 401 nits\n"
    )
    assert claimants_by_figure(text)["401"] == ""


def test_guard_a_fact_boxs_source_in_brackets_still_is_one() -> None:
    text = (
        "Ferry crossings\n\n"
        "Key figures (Orvanne Harbour Board)\n\n"
        "- Crossings last year: 2.3 million\n"
    )
    assert claimants_by_figure(text)["2.3 million"] == "Orvanne Harbour Board"


@pytest.mark.parametrize(
    ("body", "verb", "claimant"),
    [
        ("The Tamsley Commission on pollution and health", "found that", "Tamsley Commission"),
        ("The Kelvasi Task Force on hospital waits", "reported that", "Kelvasi Task Force"),
    ],
)
def test_a_body_named_with_its_remit_in_lower_case_is_its_verbs_subject(
    body: str, verb: str, claimant: str
) -> None:
    """Not the body that spoke in the sentence before, nor the publisher."""
    text = (
        "Air\n\n"
        "The Ostrevan Health Organization reported that 11 of the 12 most polluted cities were "
        f"in Ostreva. {body} {verb} in 2015 there were 9 million premature deaths.\n"
    )
    assert claimants_by_figure(text)["9 million"] == claimant


def test_guard_a_remit_before_no_verb_of_saying_names_no_speaker() -> None:
    text = (
        "Air\n\n"
        "The Tamsley Commission on pollution and health meets in May. About 9 million people "
        "died early in 2015.\n"
    )
    assert claimants_by_figure(text)["About 9 million"] == ""


@pytest.mark.parametrize(
    "listing",
    [
        "Kelvasi Phone 7, GSM Unlocked, 32GB – Black",
        "Ostreva Watch Series 3 38mm",
        '70" Pellwick 4K UHD Smart TV',
        "Corvath Tab Pro (11-inch, Wi-Fi, 64GB)",
    ],
)
def test_a_products_listing_by_its_specifications_is_no_claim(listing: str) -> None:
    text = (
        "Phone deals\n\n"
        f"{listing}\n\n"
        "The hackers stole 1.4TB of data from 640,000 customers, the Kelvasi Bank said.\n"
    )
    assert suggested_sentences(text) == [
        "The hackers stole 1.4TB of data from 640,000 customers, the Kelvasi Bank said."
    ]


def test_guard_a_listings_price_is_still_a_claim() -> None:
    text = "Deals\n\nOstreva Watch Series 3 38mm for $169.99 (Originally $200)\n"
    assert "$169.99" in claimants_by_figure(text)


def test_a_resolution_in_four_digits_is_no_amount_in_pence() -> None:
    """ "1080p" before a product's name, no word of screens after it: not £10.80."""
    assert _written('The Corvath G3 15" 1080p GTX Laptop costs $799.99.') == ["$799.99"]


def test_guard_a_price_in_pence_in_three_digits_stays_one() -> None:
    assert _written("Shares in Quellane closed at 720p on Friday.") == ["720p"]


def test_a_listing_with_a_price_is_suggested_for_its_prices_only() -> None:
    text = "Deals\n\nOstreva Watch Series 3 38mm Smart Watch for $169.99 (Originally $200)\n"
    assert list(claimants_by_figure(text)) == ["$169.99", "$200"]


def test_guard_a_sentence_keeps_its_measurements_beside_a_price() -> None:
    text = "Deals\n\nThe Ostreva watch has a 38mm face and now costs $169.99, down from $200.\n"
    assert list(claimants_by_figure(text)) == ["38mm", "$169.99", "$200"]


def test_a_sentence_citing_one_unnamed_estimate_does_not_go_on_with_the_paragraphs_source() -> None:
    text = (
        "Air\n\n"
        "The Ostrevan Health Organization reported that 11 of the 12 most polluted cities were in "
        "Ostreva. Pollution has also shaved 3.2 years from the life expectancies of 660 million "
        "people, according to one estimate.\n"
    )
    assert claimants_by_figure(text)["660 million"] == ""


def test_guard_a_sentence_without_its_own_source_goes_on_with_the_paragraphs() -> None:
    text = (
        "Air\n\n"
        "The Ostrevan Health Organization reported that 11 of the 12 most polluted cities were in "
        "Ostreva. Pollution has also shaved 3.2 years from the life expectancies of 660 million "
        "people.\n"
    )
    assert claimants_by_figure(text)["660 million"] == "Ostrevan Health Organization"


def test_a_report_the_paper_passes_on_does_not_go_on_with_the_paragraphs_source() -> None:
    text = (
        "Newspapers\n\n"
        "Ada Tamsley has said she expects to save as much as $300 million from the merger. "
        "Earlier this year, Quellane reportedly laid off more than 60 employees.\n"
    )
    assert claimants_by_figure(text)["more than 60"] == ""
