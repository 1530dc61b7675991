"""A source introduced once and then continued: a study, a report, a ministry or a poll named in
one sentence gives its figures in the next ones without naming itself again ("The team put
...", "It also found ...", "the figures show", "the ministry's own data"), and a pronoun names
the person the paragraph introduced. A sentence that continues nobody's report stays the
publisher's own. Every sentence here was written for this test; every name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_the_team_behind_a_study_gives_the_studys_figures_in_the_next_paragraph() -> None:
    text = (
        "Flooding cost farms £310m last winter, a study by economists at the Dunmere "
        "Institute has found.\n\n"
        "The team put the loss to dairy farms at £120m, and estimates that a quarter of "
        "fields will not be sown this spring.\n"
    )
    assert _claimants(text) == {
        "£310m": "Dunmere Institute",
        "£120m": "Dunmere Institute",
        "a quarter": "Dunmere Institute",
    }


def test_the_report_it_and_the_researchers_carry_the_report_on() -> None:
    text = (
        "Bus journeys fell 14 percent in a decade, according to a report by the Caddon "
        "Transport Trust.\n\n"
        "The report found that 212 routes had been withdrawn.\n\n"
        "It also found that fares had risen 41 percent.\n\n"
        "The researchers said 9 in 10 withdrawn routes had served villages.\n"
    )
    assert _claimants(text) == {
        "14 percent": "Caddon Transport Trust",
        "212": "Caddon Transport Trust",
        "41 percent": "Caddon Transport Trust",
        "9 in 10": "Caddon Transport Trust",
    }


def test_a_clubs_accounts_are_the_club_the_sentence_opens_with() -> None:
    text = "Harwick Rovers lost £4.2m last season, according to the club's annual accounts.\n"
    assert _claimants(text) == {"£4.2m": "Harwick Rovers"}


def test_the_figures_show_is_the_publishers_own_reading_of_them() -> None:
    """A body's accounts cited with "according to" are its statement; "the accounts show", in a
    later paragraph, is the publisher reading them."""
    text = (
        "Harwick Rovers lost £4.2m last season, according to the club's annual accounts.\n\n"
        "The club spent £650,000 on its academy, the accounts show.\n"
    )
    assert _claimants(text)["£650,000"] == ""


def test_a_bodys_own_data_are_the_bodys() -> None:
    text = (
        "The Fisheries Ministry's own data show that catches have fallen by a third since 2021.\n"
    )
    assert _claimants(text) == {"a third": "Fisheries Ministry"}


def test_she_is_the_person_the_paragraph_introduced_though_she_had_not_spoken() -> None:
    text = (
        "Mayor Odile Brannock opened the new depot on Tuesday. She said 48 electric buses "
        "would run from it by June.\n"
    )
    assert _claimants(text) == {"48": "Odile Brannock"}


def test_the_paragraph_that_introduced_a_person_is_what_she_is_read_from() -> None:
    text = (
        "The survey's author is Dr. Wren Talbot, a demographer.\n\n"
        "Councillor Piet Osgood chairs the housing panel. She said 300 homes stood empty.\n"
    )
    assert _claimants(text) == {"300": "Piet Osgood"}


def test_the_publishers_own_sentence_after_a_source_stays_the_publishers() -> None:
    text = (
        "Tram passengers rose 12 percent last year, the Velmont transit authority said.\n\n"
        "Ticket machines were replaced at 40 stops in 2022.\n"
    )
    assert _claimants(text) == {"12 percent": "Velmont transit authority", "40": ""}


def test_a_sentence_in_a_sources_paragraph_that_names_no_one_goes_on_with_it() -> None:
    """News writes a run of a source's figures naming it once: a sentence of its paragraph
    that names no source goes on with the one named last. (Until session 42 only a sentence
    that said it continued the report did; the corpus's writers carry the source three times
    in four, tuning texts 100 figures gained against 34 of the publisher's lost.)"""
    text = (
        "Average rents reached £980, the Lettings Board said. Wages rose 3 percent over the "
        "period.\n"
    )
    assert _claimants(text) == {"£980": "Lettings Board", "3 percent": "Lettings Board"}


def test_the_publishers_sum_in_a_sources_paragraph_stays_the_publishers() -> None:
    """ "That is ...", "By our count ...", a share price: the paper's own sum or the market's
    price, though the paragraph named a source."""
    text = (
        "Average rents reached £980, the Lettings Board said. That is £140 more than a year "
        "ago. By our count, 212 listings were withdrawn. Shares in the largest agent fell 4.2% "
        "on the news.\n"
    )
    assert _claimants(text) == {"£980": "Lettings Board", "£140": "", "212": "", "4.2%": ""}


def test_a_sentence_whose_subject_is_another_name_is_not_given_the_paragraphs_source() -> None:
    """ "The Kelvasi Red Cross sent 40 volunteers": what that body did, in the paper's words,
    though the paragraph's council spoke before."""
    text = (
        "The Velmont council said 1,200 homes were affected. The Kelvasi Red Cross sent 40 "
        "volunteers.\n"
    )
    assert _claimants(text) == {"1,200": "Velmont council", "40": ""}
