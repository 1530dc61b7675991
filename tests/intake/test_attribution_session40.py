"""Claimants, session 40: "it" and "the company" that named a person, a place or another kind of
body; a body described by more than its noun; an officer's role before a table's source; a
title's portfolio and a parliament's chamber read into a person's name.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants

_SUMMONED = (
    "By Tom Reed\n\n"
    "The folder belonged to Oona Brack, the housing minister, and it had been summoned by the "
    "Tenants and Landlords Forum, which on Monday published what it called an audit.\n\n"
)


def test_it_is_no_person_introduced_by_her_role() -> None:
    """ "Oona Brack, the housing minister," is a person, whom "It says" cannot mean; with no
    body that spoke before, the figures are the publisher's."""
    text = _SUMMONED + "It says rents have risen 41% in a decade.\n"
    assert _claimants(text)["41%"] == ""


def test_it_after_a_sentence_about_a_bodys_claim_is_the_body() -> None:
    text = _SUMMONED + (
        "The forum's central claim is stark. It says rents have risen 41% in a decade.\n"
    )
    assert _claimants(text)["41%"] == "Tenants and Landlords Forum"


def test_guard_a_bodys_possessive_before_a_sentence_not_opening_on_it_is_no_speaker() -> None:
    """ "The commission's retailer partners ..." is about the partners: "which it says" in the
    sentence after it, which opens on another body, is not the commission's."""
    text = (
        "By Tom Reed\n\n"
        "The Plains Gaming and Lottery Commission approved its budget on Tuesday.\n\n"
        "Executive director Ann Whitby told commissioners that instant tickets make up about 62% "
        "of the lottery's sales.\n\n"
        "Retailers want a bigger cut\n\n"
        "The commission's retailer partners have their own concerns. The Convenience Retailers "
        "Association, which represents about 600 store owners, has asked lawmakers to raise the "
        "base commission, which it says has been 6% since 1998.\n"
    )
    assert _claimants(text)["6%"] != "Plains Gaming and Lottery Commission"


_RETAILER = (
    "By Jo Lark\n\n"
    "Pellmont Outdoor has doubled its share price since 2020. Pellmont opened 40 stores last "
    "year. Pellmont now sells its own tents.\n\n"
    "Written off by its lenders and by Wall Street, the retailer shut 133 stores in 2019.\n\n"
)


def test_a_description_a_verb_follows_is_the_clauses_subject_not_the_name_before_it() -> None:
    """ "... by Wall Street, the retailer shut 133 stores": "the retailer" is the subject of
    "shut", no description of Wall Street, which "the company" was taken for."""
    text = _RETAILER + "The company says average pay has risen 27% since 2019.\n"
    assert _claimants(text)["27%"] == "Pellmont Outdoor"


def test_guard_a_description_a_participle_follows_still_describes_the_name() -> None:
    text = (
        "By Jo Lark\n\n"
        "Ferrow Valley Residents for Water, a group formed in June, disputes the average.\n\n"
        "The group says the site drew 2.3 million litres on a single day.\n"
    )
    assert _claimants(text)["2.3 million"] == "Ferrow Valley Residents for Water"


def test_an_officer_named_after_according_to_is_a_person_not_the_company() -> None:
    """ "according to chief financial officer Ravi Menon" gives no verb of speech to type him
    by; "officer" says he is a person, so "the company" does not mean him."""
    text = (
        "By Jo Lark\n\n"
        "Online sales now account for 37% of revenue, according to chief financial officer "
        "Ravi Menon.\n\n"
        "The company says average pay has risen 27% since 2019.\n"
    )
    assert _claimants(text)["37%"] == "Ravi Menon"
    assert _claimants(text)["27%"] != "Ravi Menon"


def test_guard_a_person_a_body_name_describes_is_not_the_company() -> None:
    """ "A Torrin engineer told ..." is a person ("engineer" now says so), no body "the company"
    could mean, though the name opens on capitals."""
    text = (
        "By Jo Lark\n\n"
        "Torrin Telecom said 1.2 million customers were affected by the breach.\n\n"
        "A Torrin engineer, who asked not to be named, told the Ledger that 37 endpoints had "
        "been left open.\n\n"
        "The company said it had set aside A$12 million to cover remediation costs.\n"
    )
    assert _claimants(text)["A$12 million"] == "Torrin Telecom"


def test_a_body_described_by_more_than_its_noun_is_not_another_kind_of_body() -> None:
    text = (
        "By Ann Lee\n\n"
        "About 9,000 homes were still without power on Sunday, Keswold Power Networks said.\n\n"
        "The county council said at least 40 homes had been flooded.\n"
    )
    assert _claimants(text)["at least 40"] == "county council"


def test_a_department_described_by_its_brief_is_not_the_council_that_spoke_before() -> None:
    text = (
        "By Ann Lee\n\n"
        "The National Disaster Council said 12 people had died.\n\n"
        "The agriculture department said 47,300 hectares of rice farms had been damaged.\n"
    )
    assert _claimants(text)["47,300"] == "agriculture department"


def test_guard_a_body_described_by_words_of_its_name_is_that_body() -> None:
    text = (
        "By Ann Lee\n\n"
        "Farrowby County Council opened two rest centres on Saturday.\n\n"
        "The county council said at least 40 homes had been flooded.\n"
    )
    assert _claimants(text)["at least 40"] == "Farrowby County Council"


def test_a_tables_source_that_names_an_officer_then_the_body_is_the_bodys() -> None:
    text = (
        "By Ann Lee\n\n"
        "Declaration of results\n\n"
        "| Candidate | Party | Votes |\n"
        "|---|---|---|\n"
        "| Brenna Cole | Unity Party | 6,482 |\n"
        "| Samir Oduya | Green Party | 5,917 |\n\n"
        "Source: Returning Officer, National Electoral Authority\n"
    )
    claimants = _claimants(text)
    assert claimants["6,482"] == "National Electoral Authority"
    assert claimants["5,917"] == "National Electoral Authority"


def test_a_heading_of_a_portfolio_and_a_title_is_no_person_he_could_mean() -> None:
    """ "Finance MMC tables the budget" is a heading with no name in it; "He says" is the man
    the next sentence names after his title and portfolio ("MMC for Finance Pieter Marais")."""
    text = (
        "By Ann Lee\n\n"
        "Finance MMC tables the budget\n\n"
        "MMC for Finance Pieter Marais is tabling the budget. He says the city collected 91.3% "
        "of what it billed.\n"
    )
    assert _claimants(text)["91.3%"] == "Pieter Marais"


def test_a_chamber_a_title_names_is_no_part_of_the_persons_name() -> None:
    text = (
        "By Ann Lee\n\n"
        "Leader of the Opposition in the Assembly Sunanda Rao, of the Progress Party, dismissed "
        'the package as a "half-measure".\n\n'
        '"More than 61 lakh farmers have outstanding loans," she said.\n'
    )
    assert _claimants(text)["More than 61 lakh"] == "Sunanda Rao"
