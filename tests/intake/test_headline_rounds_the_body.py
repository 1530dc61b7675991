"""A headline rounds the figure its story states ("nearly 2,900" over 2,870 in the body): the
story's sentence is the one to check and cite, so the headline is not suggested. A headline
whose figure the story does not give stays. Every line here was written for this test; every
name is invented."""

from tests.intake.claimants import suggested_sentences as _suggested


def test_a_headline_that_rounds_the_bodys_figure_is_not_suggested() -> None:
    text = (
        "Cold snap linked to almost 1,500 extra hospital admissions, audit finds\n\n"
        "January's cold snap was linked to 1,462 more hospital admissions than usual, an audit "
        "by the Northwold Health Observatory found.\n"
    )
    assert _suggested(text) == [
        "January's cold snap was linked to 1,462 more hospital admissions than usual, an audit "
        "by the Northwold Health Observatory found."
    ]


def test_a_headline_that_rounds_a_share_is_not_suggested() -> None:
    text = (
        "Nearly 40% of bridges need repair\n\n"
        "Some 39.4% of the county's bridges need repair, according to the Roads Office.\n"
    )
    assert len(_suggested(text)) == 1


def test_a_headline_whose_figure_the_story_does_not_give_stays() -> None:
    text = (
        "Town loses 2,000 jobs in a year\n\n"
        "The Brackley works closed in May, the council said.\n\n"
        "About 1,100 people worked there.\n"
    )
    assert "Town loses 2,000 jobs in a year" in _suggested(text)


def test_a_headline_of_millions_over_a_body_that_counts_them_is_not_suggested() -> None:
    """ "Millions of" says no more than the body's 3.4 million: the body's sentence is cited."""
    text = (
        "Millions of shoppers' card details exposed in Parvel breach\n\n"
        "The details of 3.4 million cards were left on an open server for six weeks, the "
        "Parvel Retail Group said on Monday.\n"
    )
    assert _suggested(text) == [
        "The details of 3.4 million cards were left on an open server for six weeks, the "
        "Parvel Retail Group said on Monday."
    ]


def test_a_headline_of_millions_over_a_smaller_body_figure_stays() -> None:
    """A body that counts fewer than the vague amount's least (two million) does not state it."""
    text = (
        "Millions of shoppers' card details exposed in Parvel breach\n\n"
        "The details of 640,000 cards were left on an open server for six weeks, the "
        "Parvel Retail Group said on Monday.\n"
    )
    assert "Millions of shoppers' card details exposed in Parvel breach" in _suggested(text)
