"""A byline with the reporter's role, desk or place ("By Ada Moor, local democracy reporter") is
a byline, not a heading: read as a heading, its reporter, never introduced as a person, stood
for "the borough council" that spoke first in the story and took its figures (seen in the
admin walk-through's screenshot). And a description with a possessive before a body's name
("Residents' group X disputed ..., saying") is read as "Campaign group X" is. Every sentence
here was written for this test; every name is invented.

Each test fails without the change it describes, except guards, which pass either way."""

import pytest

from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure

_STORY = (
    "Recycling rate climbs after bin overhaul\n\n"
    "{byline}\n\n"
    "The town's household recycling rate rose to 48 per cent last year, the borough council "
    "said on Tuesday.\n\n"
    "Council leader Ines Quarrie said fly-tipping fell by almost a third.\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "By Wenna Tregothnan, local democracy reporter",
        "By Wenna Tregothnan | Economics Editor",
        "By Wenna Tregothnan in Penhallow",
        "By Wenna Tregothnan in Penhallow, Political Correspondent",
        "By Wenna Tregothnan and Osric Delahaye-Mbeki, Environment Desk",
    ],
)
def test_a_byline_with_a_role_or_a_place_names_no_claimant(byline: str) -> None:
    text = _STORY.format(byline=byline)
    assert "byline" in {span.kind for span in normalise(text).spans}
    assert claimants_by_figure(text)["48 per cent"] == "borough council"


@pytest.mark.parametrize(
    "headline",
    [
        "By Christmas, prices will rise 5%",
        "By Monday, 4,000 people had fled the valley",
    ],
)
def test_a_headline_opening_on_by_with_a_figure_is_no_byline(headline: str) -> None:
    """Guard: "By" then a date, with a figure after it, is a headline's."""
    spans = normalise(f"{headline}\n\nThe agency said 12 roads were shut.\n").spans
    assert "byline" not in {span.kind for span in spans}


def test_an_opinion_pieces_byline_with_a_role_names_its_author() -> None:
    text = (
        "Comment\n\n"
        "By Caspian Oyelaran-Voss, columnist\n\n"
        "My own district lost 31 teaching posts in two years.\n"
    )
    assert claimants_by_figure(text)["31"] == "Caspian Oyelaran-Voss"


@pytest.mark.parametrize("description", ["Residents' group", "Parents’ network", "Women's forum"])
def test_a_possessive_description_before_a_bodys_name_that_disputes(description: str) -> None:
    text = (
        "The borough council said collections had improved.\n\n"
        f"{description} Clean Lanes Trewithen disputed the council's account, saying more than "
        "3,000 complaints were logged in the same period.\n"
    )
    assert claimants_by_figure(text)["more than 3,000"] == "Clean Lanes Trewithen"
