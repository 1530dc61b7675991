"""Claimants and figures, session 46. Every sentence here was written for this test; every name
is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest

from claims.figures_parser import find_figures
from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_surname_after_a_possessive_first_mention_is_the_full_name() -> None:
    """ "after Jonah Tamsley's late double" named him first with an owner's "'s", which the
    full-name lookup did not take as the end of his name: "Tamsley said" gave "Tamsley"."""
    text = (
        "Rovers go top\n\n"
        "Kelvasi Rovers won 3-1 after Jonah Tamsley's late double.\n\n"
        "Tamsley said he had scored 14 goals this season.\n"
    )
    assert _claimants(text)["14"] == "Jonah Tamsley"


def test_guard_a_headline_in_title_case_gives_no_given_name_before_an_owner() -> None:
    """Guard: "Inside Pantrey's $1.5 Billion Bet" capitalises every word; "Inside" is no given
    name of the firm the story goes on to call "Pantrey"."""
    text = (
        "Inside Pantrey’s $1.5 Billion Bet That Delivery Can Pay\n\n"
        "The start-up has opened six kitchens this year.\n\n"
        "Pantrey said it now employs about 2,600 people.\n"
    )
    assert _claimants(text)["about 2,600"] == "Pantrey"


def test_guard_a_common_word_before_an_owner_is_no_given_name() -> None:
    """Guard: "Inside Pantrey’s bet on its own kitchens", a headline in sentence case: "Inside"
    is a word the story writes in lower case, no given name."""
    text = (
        "Inside Pantrey’s bet on its own kitchens\n\n"
        "The start-up cooks inside six kitchens of its own.\n\n"
        "Pantrey said it now employs about 2,600 people.\n"
    )
    assert _claimants(text)["about 2,600"] == "Pantrey"


def test_of_those_opening_a_paragraph_breaks_down_the_count_before_it() -> None:
    """ "Of those, 312,000 have waited more than a year" breaks down the count the paragraph
    before gave, from its source; the rule looked only inside the same paragraph."""
    text = (
        "Hospital waits grow\n\n"
        "Some 7.6 million people are waiting for treatment, Corvath Health data shows.\n\n"
        "Of those, 312,000 have waited more than a year, up from 290,000 in September.\n"
    )
    got = _claimants(text)
    assert got["312,000"] == got["290,000"] == "Corvath Health"


def test_guard_of_those_after_the_papers_own_count_stays_the_papers() -> None:
    """Guard: after a count no source is named for, "Of those" is the paper's own breakdown,
    not that of a source named further back."""
    text = (
        "Hospital waits grow\n\n"
        "Some 7.6 million people are waiting for treatment, Corvath Health data shows.\n\n"
        "The Ledger counted 4,100 complaints about waits this year.\n\n"
        "Of those, 1,200 came from cancer patients.\n"
    )
    assert _claimants(text)["1,200"] == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The poll of 812 likely voters has a margin of error of plus or minus 3.4 points.",
        "The survey was conducted online among 812 likely voters.",
    ],
)
def test_how_a_poll_was_taken_is_its_pollsters_account(sentence: str) -> None:
    """ "The poll of 812 voters has a margin of error ...": the sample and the margin are the
    pollster's, named with the poll before; they went to the publisher."""
    text = (
        "Mayor's race tightens\n\n"
        "Dana Ostreva leads Rick Halsmoor 46% to 41% among likely voters, according to a "
        "Kelvasi College poll released Tuesday.\n\n"
        f"{sentence}\n"
    )
    assert _claimants(text)["812"] == "Kelvasi College"


def test_the_poll_is_the_survey_named_before_not_an_earlier_mention() -> None:
    """A survey named with its pollster ("The latest Pellwick Research survey puts ...") is
    "the poll" of the next paragraph; "a new poll from the Halsmoor Coast", earlier, named a
    place, not the pollster."""
    text = (
        "Swing and spread\n\n"
        "This week: a new poll from the Halsmoor Coast, and your letters.\n\n"
        "The latest Pellwick Research Partners survey, conducted 2-8 September, puts Ada Moor "
        "on 44% among likely voters.\n\n"
        "The poll of 1,206 registered voters has a margin of error of plus or minus 2.8 "
        "percentage points.\n"
    )
    assert _claimants(text)["1,206"] == "Pellwick Research Partners"


def test_guard_it_includes_goes_on_with_the_document_not_the_pollster() -> None:
    """Guard: "It includes" after a budget's figures is the budget's, as before; the verbs of
    a poll's method do not take "includes"."""
    text = (
        "Budget projects deficit as watchdog warns\n\n"
        "The Budget Office said the deficit would be larger.\n\n"
        "The budget forecasts the deficit shrinking to $48.3 billion in 2027-28.\n\n"
        "It includes a $38.6-billion package of new spending over five years.\n"
    )
    assert _claimants(text)["$38.6-billion"] == "the budget"


def test_the_company_after_the_water_company_is_the_body_described_before() -> None:
    """ "..., the water company said" credits a body the story describes and never names;
    "..., the company added" in the next paragraph went to the publisher, as if no body had
    been named."""
    text = (
        "Hosepipe ban\n\n"
        "The reservoir is at 38% of capacity, the water company said on Monday.\n\n"
        "The ban will affect 1.4 million customers, the company added.\n"
    )
    assert _claimants(text)["1.4 million"] == "water company"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("About 4.2 million adults have type 2 diabetes, the charity said.", "2"),
        ("Year 6 pupils scored 73% in reading, the department said.", "6"),
        ("Category 1 calls took 8 minutes 54 seconds on average.", "1"),
        ("Maths teaching in Years 7 to 9 was weaker, inspectors said.", "9"),
    ],
)
def test_a_kind_or_a_school_year_named_by_its_number_is_no_figure(
    sentence: str, label: str
) -> None:
    """ "type 2 diabetes", "Year 6 pupils": a number that names a kind, a year group or a
    category is a label, and was read as a figure when a noun followed it."""
    assert label not in [figure.as_written for figure in find_figures(sentence)]


def test_guard_a_year_counted_in_lower_case_is_still_a_figure() -> None:
    """Guard: "Over the year 412 people were arrested" counts people after a lower-case "year";
    only the capitalised school year is a label."""
    sentence = "Over the year 412 people were arrested, police said."
    assert [figure.as_written for figure in find_figures(sentence)] == ["412"]


def test_it_after_a_ministry_described_and_not_named_is_the_ministry() -> None:
    """ "The agriculture ministry defended the package. In a statement, it said ...": "it" is
    the body the paragraph opens with, which the article describes and never names; the
    description was read by its first word ("agriculture"), so the figures went to the
    publisher."""
    text = (
        "Drought relief\n\n"
        "Farmers say the relief package is too small.\n\n"
        "The agriculture ministry defended the package. In a statement, it said the money "
        "would reach 9,000 farmers by the end of the year.\n"
    )
    assert _claimants(text)["9,000"] == "agriculture ministry"


@pytest.mark.parametrize("role", ["boss", "skipper", "striker", "lawmaker"])
def test_a_person_introduced_after_what_she_is_speaks_as_she_next(role: str) -> None:
    """ "Tamsley boss Karen Quellane disagreed. “...,” she said": "boss" before her name was
    read as no title, so she was not introduced and "she" went to the manager quoted before."""
    text = (
        "Ostreva City 2 Tamsley United 2\n\n"
        "Ostreva City manager Luis Pellwick said his side deserved to win.\n\n"
        f"Tamsley {role} Karen Quellane disagreed. “We were the better side for an hour,” "
        "she said, adding that her team had been without seven first-team players.\n"
    )
    assert _claimants(text)["seven"] == "Karen Quellane"


def test_an_acronym_that_spells_a_pronoun_is_a_bodys_short_name() -> None:
    """ "according to WHO estimates": "WHO" was read as the pronoun "who", so the figure went
    to the publisher; "a WHO official told reporters" gave the bare "official"."""
    text = (
        "Measles deaths\n\n"
        "Measles killed 136,000 people worldwide in 2022, according to WHO estimates.\n\n"
        "The agency has sent 1.2 million doses, a WHO official told reporters.\n"
    )
    got = _claimants(text)
    assert got["136,000"] == "WHO"
    assert got["1.2 million"] == "WHO official"


def test_what_a_named_body_recorded_is_its_figure() -> None:
    """ "Violent offences recorded by the Kelvasi Police Department fell from 4,820 to 4,310":
    the body that records the figures gives them; they went to the source of the sentence
    before ("Police data tell a more mixed story")."""
    text = (
        "Did crime really fall 20%?\n\n"
        "Police data tell a more mixed story. Violent offences recorded by the Kelvasi Police "
        "Department fell from 4,820 in 2021 to 4,310 in 2024.\n"
    )
    assert _claimants(text)["4,820"] == "Kelvasi Police Department"


def test_what_a_camera_recorded_names_no_source() -> None:
    """ "in footage recorded by CCTV, police said": a device records, and is no source; the
    figure went to "CCTV"."""
    text = "Crash\n\nThe car was travelling at 70mph in footage recorded by CCTV, police said.\n"
    assert _claimants(text)["70mph"] == "police"


def test_the_municipal_corporation_is_a_citys_government() -> None:
    """ "According to the municipal corporation": a city's government as South Asian papers
    name it, which was read as no body, so the figure went to the publisher."""
    text = (
        "Old buildings\n\n"
        "According to the municipal corporation, 412 buildings were declared unsafe.\n"
    )
    assert _claimants(text)["412"] == "municipal corporation"


def test_one_of_the_people_is_the_unnamed_source_described_before() -> None:
    """ "..., one of the people said", "..., the person added": the unnamed source the article
    described before ("according to people familiar with the matter"), named again by its
    noun; in a paragraph of their own these went to the publisher."""
    text = (
        "Start-up in talks\n\n"
        "Corvath AI is in talks to raise $400 million, according to two people familiar with "
        "the matter.\n\n"
        "The company has about 300 employees, one of the people said. Its annualised revenue "
        "has passed $100 million, the person added.\n"
    )
    got = _claimants(text)
    assert got["about 300"] == got["$100 million"] == "people familiar with the matter"


def test_the_source_is_the_source_described_before() -> None:
    """ "Under the guidance, the source added, ...": the source a sentence before described
    ("A Tamsley Department of Health source said")."""
    text = (
        "Parking charges\n\n"
        "A Tamsley Department of Health source said the guidance would be published in May.\n\n"
        "Under the guidance, the source added, around 1.6 million people a year would park "
        "free.\n"
    )
    assert _claimants(text)["around 1.6 million"] == "A Tamsley Department of Health source"


def test_guard_the_person_with_no_unnamed_source_before_names_no_one() -> None:
    """Guard: "the person added" where no unnamed source was described is no one's to carry;
    a named body before is not "the person"."""
    text = (
        "Start-up in talks\n\n"
        "Corvath AI said it was in talks with investors.\n\n"
        "The company has about 300 employees, the person added.\n"
    )
    assert _claimants(text)["about 300"] != "Corvath AI"


@pytest.mark.parametrize("verb", ["police data show", "police said"])
def test_police_after_a_constabulary_is_that_force(verb: str) -> None:
    """ "..., police data show" after the Halsmoor Constabulary gave its figures: the force,
    though its name does not say "Police"; the figures went to a bare "police"."""
    text = (
        "Homicides fall\n\n"
        "Halsmoor Constabulary recorded 3,100 violent offences last year.\n\n"
        f"The number of homicides also fell, from 11 in 2019 to nine in 2024, {verb}.\n"
    )
    assert _claimants(text)["nine"] == "Halsmoor Constabulary"


def test_guard_police_with_no_force_named_stay_police() -> None:
    """Guard: where no force was named, "police said" stays the police; a council that spoke
    before is not the force."""
    text = (
        "Homicides fall\n\n"
        "Halsmoor Council said it would fund 40 more wardens.\n\n"
        "The number of homicides also fell to nine in 2024, police said.\n"
    )
    assert _claimants(text)["nine"] == "police"


def test_a_council_spokesperson_speaks_for_the_council_the_page_names_later() -> None:
    """ "A council spokesperson said ..." where the page names the council in full only in a
    box's source note below: that council; the figure went to a bare "council spokesperson"."""
    text = (
        "Council tax to rise 8.9%\n\n"
        "Councillors voted to back the budget.\n\n"
        "A council spokesperson said the reserves included £9.5m already committed to schools.\n\n"
        "Source: Kelvasi County Borough Council budget papers.\n"
    )
    assert _claimants(text)["£9.5m"] == "Kelvasi County Borough Council"


def test_what_a_bodys_document_includes_is_the_bodys() -> None:
    """ "The Halsmoor Council's draft budget includes $12 million for roads": what the
    document holds is its owner's, as what it forecasts is; it went to the publisher."""
    text = "Budget\n\nThe Halsmoor Council's draft budget includes $12 million for roads.\n"
    assert _claimants(text)["$12 million"] == "Halsmoor Council"


@pytest.mark.parametrize(
    ("sentence", "figure", "who"),
    [
        (
            "Interior CS Kipchumba Ostreva said 1,200 officers had been deployed.",
            "1,200",
            "Kipchumba Ostreva",
        ),
        (
            "Treasury PS Njeri Halsmoor told MPs the deficit would narrow to 4.3 per cent.",
            "4.3 per cent",
            "Njeri Halsmoor",
        ),
    ],
)
def test_a_kenyan_cabinet_secretarys_title_is_no_part_of_her_name(
    sentence: str, figure: str, who: str
) -> None:
    """ "Interior CS Ada Moor", "Treasury PS Ben Roe": a cabinet or principal secretary as
    Kenyan papers shorten the title, which was read as part of the name."""
    assert _claimants(f"Security\n\n{sentence}\n")[figure] == who


def test_guard_initials_before_one_name_stay_the_name() -> None:
    """Guard: "CS Tamsley" before one word is an author's initials, not the title."""
    text = "Books\n\nCS Tamsley said the series had sold 4 million copies.\n"
    assert _claimants(text)["4 million"] == "CS Tamsley"


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "The commission deployed 1,140 officials to 112 polling stations.",
            ["1,140", "112"],
        ),
        ("Hoax calls to 999 rose to 4,200 last year.", ["4,200"]),
        ("Callers were put through to 111 within 20 seconds.", ["20"]),
    ],
)
def test_to_before_an_emergency_number_is_a_call_only_after_a_call(
    sentence: str, figures: list[str]
) -> None:
    """ "to 112 polling stations" counts stations; "to" before 999, 111 or 112 was read as
    dialling it wherever it stood, so the count was no figure. After a call it still is one."""
    assert [figure.as_written for figure in find_figures(sentence)] == figures


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The child fare is unchanged at 80 cent.", "80 cent", "0.8"),
        ("Fares rise by 20 cent from Monday.", "20 cent", "0.2"),
        ("On top of last year's 25 cent increase, fares rise again.", "25 cent", "0.25"),
    ],
)
def test_cent_in_the_singular_after_digits_is_an_amount(
    sentence: str, written: str, value: str
) -> None:
    """Irish and euro-area English say "80 cent"; the singular was read as a name ("50 Cent")
    or a coin wherever it stood, so the fare was no figure."""
    (figure,) = find_figures(sentence)
    assert (figure.as_written, str(figure.value), figure.unit) == (written, value, "currency")


@pytest.mark.parametrize(
    "sentence",
    [
        "Listen to 50 Cent on the radio.",
        "Fans of the 50 cent army queued all night.",
        "It was the first time I had seen the (in)famous 50 cent Army in action.",
        "She kept a 10 cent coin for luck.",
        "Not one cent has reached the town yet.",
    ],
)
def test_guard_a_name_a_coin_or_a_figure_of_speech_in_cent_is_no_amount(sentence: str) -> None:
    """Guard: "50 Cent" in capitals, "the (in)famous 50 cent Army", "a 10 cent coin", "not one
    cent": nothing around them says an amount."""
    assert [figure for figure in find_figures(sentence) if figure.unit == "currency"] == []


def test_a_consensus_forecast_lends_its_compiler_to_no_data_after_it() -> None:
    """ "Economists polled by X had expected a reading of 3.2%. Food prices rose 4.5%": the
    consensus is set against the agency's data, whose source goes on; the food prices went to
    the compiler of the forecast."""
    text = (
        "Inflation eases\n\n"
        "Annual inflation eased to 3.1% in November, the statistics agency said. Economists "
        "polled by Kelvasi Wire had expected a reading of 3.2%. Food prices rose 4.5%.\n"
    )
    got = _claimants(text)
    assert got["3.2%"] == "Kelvasi Wire"
    assert got["4.5%"] == "statistics agency"
