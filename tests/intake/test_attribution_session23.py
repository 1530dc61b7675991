"""Who states a figure, by general machinery rather than one sentence's shape: a military rank
before a name is a title, and initials after a job title are the name's ("Managing Director S.
Ada Moor"); "Official figures" is an adjective, no claimant; a station's segment named after
its channel number ("a 7 On Call analysis") is the station's own work; a club's accounts,
cited after its name, go on as the club's when a later sentence opens on them or cites them;
"by her calculations" is hers; "the X's own estimate" is a noun phrase, not X estimating; a
surname capitalised is no common noun shortening a name; "the office" is the body the article
described as an office; "Its" opening a paragraph is the body the paragraph before was about;
"She rejected ..., saying" is hers; "of what X reported" and "after the X report" name no
source of the sentence's figure.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- titles and initials ---------------------------------------------------------------------


def test_a_military_rank_before_a_name_is_a_title() -> None:
    text = (
        "The charity's chief executive, Brigadier Ada Kessel-Moor, said: “More than 400 "
        "veterans are on the housing register.”\n"
    )
    assert _claimants(text)["More than 400"] == "Ada Kessel-Moor"


def test_initials_after_a_job_title_are_the_names() -> None:
    text = (
        "Managing Director S. Ada Kessel told reporters that the city was receiving barely 58% "
        "of the water it needs.\n"
    )
    assert _claimants(text)["58%"] == "S. Ada Kessel"


def test_initials_after_a_portfolio_and_title_are_the_names() -> None:
    text = (
        "Housing Minister P. Benedikt Oyelaran said the state had released Rs 1.2 billion for "
        "repairs.\n"
    )
    assert _claimants(text)["Rs 1.2 billion"] == "P. Benedikt Oyelaran"


# -- fragments that are no claimant ------------------------------------------------------------


def test_official_figures_name_no_one() -> None:
    text = "Official figures show just 1,720 homeless veterans across the country.\n"
    assert _claimants(text)["1,720"] == ""


def test_an_owners_own_estimate_is_a_noun_phrase_not_a_verb() -> None:
    text = (
        "Professor Ada Kessel said her team's audit found that 35% of the water was lost.\n\n"
        "The Harlow Water Board's own estimate of such losses is about a quarter, she noted, "
        "because it does not count illegal connections.\n"
    )
    assert _claimants(text)["about a quarter"] == "Ada Kessel"


def test_what_a_source_reported_is_measured_not_quoted() -> None:
    text = (
        "Brisk Phones says it shipped 14.2 million handsets in the quarter.\n\n"
        "That is a gap of 2.4 million phones, or about 17% of what Brisk Phones reported.\n"
    )
    claimants = _claimants(text)
    assert claimants["2.4 million"] == ""
    assert claimants["about 17%"] == ""


def test_a_report_a_figure_followed_is_not_its_source() -> None:
    text = "Brisk Phones shares fell 3.8% on Tuesday after the Quellmore report.\n"
    assert _claimants(text)["3.8%"] == ""


def test_a_report_that_gives_the_figure_stays_its_source() -> None:
    """Guard: a named report that states the figure is still its source."""
    text = "A Quellmore report puts the phone maker's shipments at 11.8 million.\n"
    assert _claimants(text)["11.8 million"] == "Quellmore"


# -- a station's own segment -------------------------------------------------------------------


def test_a_segment_named_after_the_channel_number_is_the_stations_own() -> None:
    text = (
        "Fewer than two-thirds of urgent calls got a deputy on scene within 12 minutes, a 7 On "
        "Call analysis of dispatch records found.\n"
    )
    assert _claimants(text, publisher="Harlow 7 News")["Fewer than two-thirds"] == ""


# -- a document that goes on -----------------------------------------------------------------


def test_a_clubs_accounts_go_on_as_the_clubs() -> None:
    text = (
        "Harlow Rovers spent more on wages than they earned last season, the club's latest "
        "accounts show.\n\n"
        "The accounts, filed on Friday for the year to 31 May, show the wage bill rose 18% to "
        "£41.6m.\n\n"
        "Average league attendance rose to 24,318 from 21,760, according to the accounts.\n"
    )
    claimants = _claimants(text)
    assert claimants["18%"] == "Harlow Rovers"
    assert claimants["£41.6m"] == "Harlow Rovers"
    assert claimants["24,318"] == "Harlow Rovers"


def test_by_her_calculations_is_hers() -> None:
    text = (
        "Ada Kessel, a chartered accountant, estimates that the summer signings added £4m to "
        "the wage bill.\n\n"
        "By her calculations, that would take wages to about 115% of turnover.\n"
    )
    assert _claimants(text)["about 115%"] == "Ada Kessel"


# -- whom a noun or a pronoun names ----------------------------------------------------------


def test_a_capitalised_surname_is_no_common_noun() -> None:
    text = (
        "Ben Roe of Renew Harlow has been elected mayor, ending Ada Kessel's 12 years in "
        "office, the Harlow Electoral Commission said.\n\n"
        "“More than 160,000 of you voted for change tonight,” Roe said.\n\n"
        "Kessel conceded shortly before midnight in a speech to party workers.\n\n"
        "She said her party had still come first in three of the city's nine districts.\n"
    )
    assert _claimants(text)["three"] in {"Kessel", "Ada Kessel"}


def test_the_office_is_the_body_described_as_one() -> None:
    text = (
        "Export earnings fell 17 per cent, according to figures released by the Harlow Dairy "
        "Council.\n\n"
        "Harlow Trade & Investment, the state government's trade office, said new markets "
        "would take time.\n\n"
        "The office said a trade deal would cut the tariff from 12 per cent to 4 per cent.\n"
    )
    assert _claimants(text)["12 per cent"] == "Harlow Trade & Investment"


def test_its_opening_a_paragraph_is_the_body_the_paragraph_before_was_about() -> None:
    text = (
        "Each doctor now cares for 2,310 people, according to figures published by the Health "
        "Data Service.\n\n"
        "The Ministry of Health and Primary Care rejects that picture.\n\n"
        "Its own figures, which count doctors in training, show the workforce grew by 1,900, "
        "a spokeswoman said.\n"
    )
    assert _claimants(text)["1,900"] == "Ministry of Health and Primary Care"


def test_a_pronoun_then_saying_is_the_pronouns() -> None:
    text = (
        "Housing Minister Ada Kessel said the state had released £1.2m for repairs. She "
        "rejected the opposition's charge that warnings had been ignored, saying the city had "
        "received 31% less rain than normal.\n"
    )
    assert _claimants(text)["31%"] == "Ada Kessel"
