"""Who states a figure, by general machinery rather than one sentence's shape: whoever paid for
a study did not state its findings; "the researchers calculate" is theirs; "a force
spokesperson" speaks for the force named before; "X's campaign chief, Ada Moor," introduces the
person "he said" names next; "Her office said" and "His party has pledged" are the person the
pronoun names; ", Ada Moor of the X Party, said" is hers; a poll that "put No ahead" gives its
shares; a pollster's "published tables" are its own; a report that "lowered the bank's growth
forecast" goes on for the bank; a headline's bare role ("Researcher says") names no one; a
one-word name described by "the" and a noun ("Acme, the payroll firm ..., has admitted") is the
subject of its verb.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- studies and their authors ----------------------------------------------------------------


def test_whoever_funded_a_study_did_not_state_its_findings() -> None:
    text = (
        "The trial was funded by Brisk Pharma, and seven of the paper's 13 authors have "
        "received fees from the company, the journal's disclosure statement shows.\n"
    )
    claimants = _claimants(text)
    assert claimants["seven"] != "Brisk Pharma"
    assert claimants["13"] != "Brisk Pharma"


def test_a_study_by_a_body_is_still_its_source() -> None:
    """Guard: "a study by X" names the study's source, as before."""
    text = "A study by the Harlow Institute found that 23% of bridges needed repair.\n"
    assert _claimants(text)["23%"] == "Harlow Institute"


def test_the_researchers_calculate_is_theirs() -> None:
    text = (
        "The researchers calculate that 34 patients would need treatment to prevent one stroke.\n"
    )
    assert _claimants(text)["34"] == "the researchers"


# -- spokespeople, offices and parties ---------------------------------------------------------


def test_a_spokesperson_named_by_a_body_noun_speaks_for_that_body() -> None:
    text = (
        "Recorded crime fell by 4%, Harlow Vale Police said on Friday.\n\n"
        "A force spokesperson said its response times had improved to 88% within the target.\n"
    )
    assert _claimants(text)["88%"] == "Harlow Vale Police"


def test_a_spokesperson_noun_keeps_the_body_that_spoke_not_one_only_mentioned() -> None:
    """Guard: a body the article only mentions is no one's employer here."""
    text = (
        "Ada Kessel, who spent eight years at Brindle University, now runs Harlow College.\n\n"
        "A university spokeswoman said fewer than 12% of lessons were taught by temporary "
        "staff.\n"
    )
    assert _claimants(text)["fewer than 12%"] != "Brindle University"


def test_her_office_is_the_person_the_pronoun_names() -> None:
    text = (
        "The county's commissioner, Ada Kessel-Moor, said the rise in the budget was justified."
        "\n\nHer office said the force now had 1,920 officers.\n"
    )
    assert _claimants(text)["1,920"] == "Ada Kessel-Moor"


def test_her_groups_survey_is_the_persons() -> None:
    text = (
        "Ada Kessel-Moor, who founded the charity Safe Streets, said victims felt ignored.\n\n"
        "Her group's survey of 800 victims found that 37% had not reported the crime.\n"
    )
    assert _claimants(text)["37%"] == "Ada Kessel-Moor"


def test_a_person_of_a_body_between_commas_speaks() -> None:
    text = (
        "But the opposition's housing spokesman, Ben Roe-Tallis of the Civic Party, said only "
        "64 of the 300 homes were finished.\n"
    )
    assert _claimants(text)["64"] == "Ben Roe-Tallis"


def test_his_party_has_pledged_is_the_persons() -> None:
    text = (
        "But the opposition's housing spokesman, Ben Roe-Tallis of the Civic Party, said the "
        "figures were misleading.\n\n"
        "His party has pledged £40m a year to build 900 more homes.\n"
    )
    claimants = _claimants(text)
    assert claimants["£40m"] == "Ben Roe-Tallis"
    assert claimants["900"] == "Ben Roe-Tallis"


def test_an_owners_role_then_a_name_introduces_the_person() -> None:
    text = (
        "The Yes campaign's director, Ada Kessel-Moor, said turnout would be high.\n\n"
        "Keep Tarrow's campaign chief, Ben Roe-Tallis, was unimpressed.\n\n"
        '"Seven of the 10 polls since May have had us ahead," he said.\n'
    )
    assert _claimants(text)["Seven"] == "Ben Roe-Tallis"


# -- polls, reports and forecasts --------------------------------------------------------------


def test_a_poll_that_puts_a_side_ahead_gives_its_shares() -> None:
    text = (
        "Corvel Insights, polling by telephone for the Harlow Post, put No ahead by 47 per cent "
        "to 43 per cent on Tuesday.\n"
    )
    claimants = _claimants(text)
    assert claimants["47 per cent"] == "Corvel Insights"
    assert claimants["43 per cent"] == "Corvel Insights"


def test_a_pollsters_published_tables_are_its_own() -> None:
    text = "According to Corvel's published tables, its sample of 1,120 adults was weighted.\n"
    assert _claimants(text)["1,120"] == "Corvel"


def test_a_report_that_lowers_a_forecast_goes_on_for_its_body() -> None:
    text = (
        "In its quarterly report, the Harlow Central Bank forecast that inflation would fall "
        "to 2% next year.\n\n"
        "The report also lowered the bank's growth forecast to 0.9% from 1.4%.\n"
    )
    claimants = _claimants(text)
    assert claimants["0.9%"] == "Harlow Central Bank"
    assert claimants["1.4%"] == "Harlow Central Bank"


# -- names and fragments -----------------------------------------------------------------------


def test_a_headlines_bare_role_names_no_one() -> None:
    text = "Researcher says 41,000 files were taken.\n"
    assert _claimants(text)["41,000"] == ""


def test_the_role_after_the_is_still_its_holder() -> None:
    """Guard: "the Minister said" is the minister the article named, not a headline's role."""
    text = (
        "The population has risen to 48.2 million, the Minister for Planning, Ada Kessel-Moor, "
        "told the Assembly.\n\n"
        "Presenting the census, the Minister said the population had grown by 9.4 per cent.\n"
    )
    assert _claimants(text)["9.4 per cent"] == "Ada Kessel-Moor"


def test_a_one_word_name_described_then_its_verb_is_the_subject() -> None:
    text = (
        "Paylark, the payroll firm used by thousands of employers across Harlow, has admitted "
        "that 48,000 workers' records were exposed.\n"
    )
    assert _claimants(text)["48,000"] == "Paylark"
