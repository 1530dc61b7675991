"""Who states a figure, and what is no claim, by English syntax rather than one sentence's
shape: a body's name longer than five words opening a paragraph is what "it" names after it; a
noun phrase summing up a clause (", a move the board said would ...") gives its speaker only
what its relative clause says; a contrast a past report does not set back in tense is the
publisher's; an interview turn labelled with a surname as running text spells it is that
person's; "the register" is the register of the body said to publish it; a possessive's
noun phrase is no claimant's name; a quotation under a lead-in ending "the club said:" is the
club's; a lowercase role before a full name introduces a person; the outlet's own indirect
question states nothing; "Diplomats in X said" is the diplomats', not the place's; a body
described after its bracketed acronym, or after a capitalised "But", speaks; "according to the
bureau's weekly price monitor" is the bureau's.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.extract import is_claimant_name
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences


def test_a_long_body_name_opening_the_paragraph_is_what_it_names_after_it() -> None:
    text = (
        "The Grain Traders and Millers League of Tolvey denied any hoarding. In a statement, "
        "it said its members' costs had risen by around 12 percent.\n"
    )
    assert _claimants(text)["around 12 percent"] == "Grain Traders and Millers League of Tolvey"


def test_a_clause_summed_up_by_a_move_a_body_said_would_is_not_the_bodys() -> None:
    text = (
        "Fares rose after the council cut the bus subsidy to 12 percent from 30 percent in May, "
        "a move the Tolvey Transport Board (TTB) said would add as much as $2 to a weekly "
        "ticket.\n"
    )
    claimants = _claimants(text)
    assert claimants["12 percent"] == ""
    assert claimants["30 percent"] == ""
    assert claimants["as much as $2"] == "Tolvey Transport Board"


def test_guard_a_speaker_of_the_whole_sentence_keeps_the_clause_summed_up() -> None:
    text = (
        "The Tolvey Transport Board said fares rose 12 percent in May, a rise the board said "
        "would last until the autumn.\n"
    )
    assert _claimants(text)["12 percent"] == "Tolvey Transport Board"


def test_a_present_tense_contrast_after_a_past_report_is_the_publishers() -> None:
    text = (
        'Transport Minister Ada Pellinger told the assembly on Monday that the new bridge was "on '
        'schedule", although its cost has risen from $40m to $95m since work began.\n'
    )
    claimants = _claimants(text)
    assert claimants["$40m"] == ""
    assert claimants["$95m"] == ""


def test_guard_a_contrast_set_back_in_tense_stays_the_speakers() -> None:
    text = (
        "Transport Minister Ada Pellinger said the new bridge was on schedule, although its cost "
        "had risen from $40m to $95m since work began.\n"
    )
    claimants = _claimants(text)
    assert claimants["$40m"] == "Ada Pellinger"
    assert claimants["$95m"] == "Ada Pellinger"


def test_an_interview_turn_labelled_with_a_surname_in_running_text_is_the_persons() -> None:
    text = (
        "We asked Joel Whitcombe-Ardent, head of wholesaler Tolvey Drug Supply, how stocks are "
        "holding up.\n\n"
        "TR: How much stock are you holding?\n\n"
        "Whitcombe-Ardent: We used to hold about four weeks of stock. Now it's nine weeks for "
        "anything on the list.\n\n"
        "TR: What does that cost?\n\n"
        "Whitcombe-Ardent: Our borrowing has gone up by $12m.\n"
    )
    claimants = _claimants(text)
    assert claimants["about four"] == "Joel Whitcombe-Ardent"
    assert claimants["nine"] == "Joel Whitcombe-Ardent"
    assert claimants["$12m"] == "Joel Whitcombe-Ardent"


def test_guard_a_label_word_that_names_no_one_introduced_is_no_speaker() -> None:
    text = (
        "Joel Whitcombe-Ardent runs a pharmacy in Tolvey.\n\n"
        "Note: Prices of the commonest painkillers rose 14% in May.\n"
    )
    assert _claimants(text)["14%"] == ""


def test_according_to_the_register_is_the_body_said_to_publish_it() -> None:
    text = (
        "The number of drugs in short supply reached 212 in May, the highest since the Tolvey "
        "Medicines Office (TMO) began publishing its register in 2018.\n\n"
        "Painkillers accounted for 40 of the shortages and inhalers for 17, according to the "
        "register.\n"
    )
    claimants = _claimants(text)
    assert claimants["40"] == "Tolvey Medicines Office"
    assert claimants["17"] == "Tolvey Medicines Office"


def test_a_possessives_noun_phrase_is_no_claimants_name() -> None:
    assert not is_claimant_name("Tolvey Hornets' fair price")
    assert not is_claimant_name("Tolvey's below average")
    # Guards: a role or a body a possessive owns is a claimant.
    assert is_claimant_name("Tolvey's chief executive")
    assert is_claimant_name("Tolvey Albion")


def test_a_headline_calling_a_figure_someones_claim_gives_no_fragment_as_claimant() -> None:
    text = (
        "£450 for a seat: Tolvey's \"fair price\" claim doesn't add up\n\n"
        "The cheapest adult season ticket will cost £450 next season, up from £400, the club "
        "confirmed on Friday.\n"
    )
    claimants = _claimants(text)
    assert "fair price" not in claimants["£450"]
    assert "fair price" not in claimants["£400"]


def test_a_quotation_under_a_lead_in_ending_said_and_a_colon_is_the_bodys() -> None:
    text = (
        "Tolvey Albion Football Club raised its ticket prices on Friday.\n\n"
        "In a statement on its website, the club said:\n\n"
        '"Our prices remain below the league average of £700. Costs have risen by 15% over two '
        'seasons."\n'
    )
    claimants = _claimants(text)
    assert claimants["£700"] == "Tolvey Albion Football Club"
    assert claimants["15%"] == "Tolvey Albion Football Club"


def test_a_lowercase_role_before_a_full_name_introduces_the_speaker_of_the_quote_after() -> None:
    text = (
        "Union chair Ada Pellinger-Quill didn't hold back when we spoke to her.\n\n"
        '"We surveyed 900 members and 64% said they would strike. This is a proud town. People '
        'are choosing between rent and food."\n'
    )
    claimants = _claimants(text)
    assert claimants["900"] == "Ada Pellinger-Quill"
    assert claimants["64%"] == "Ada Pellinger-Quill"
    # The quotation's figure-free sentences are no part of what is suggested.
    assert not any("proud town" in sentence for sentence in suggested_sentences(text))


def test_the_outlets_own_indirect_question_is_no_claim() -> None:
    text = (
        "The council says the average bill is £420.\n\n"
        "We asked the council whether it would publish the sums behind its £420 average.\n"
    )
    assert not any(sentence.startswith("We asked") for sentence in suggested_sentences(text))


def test_guard_a_speakers_question_with_a_premise_is_still_suggested() -> None:
    text = (
        "Ada Pellinger asked the minister whether he accepted that 40% of police stations in "
        "her constituency had closed.\n"
    )
    assert any("40%" in sentence for sentence in suggested_sentences(text))


def test_people_in_a_place_who_speak_are_the_claimant_not_the_place() -> None:
    text = (
        'Diplomats in Tolvey said a donor conference could raise "well under half" of what '
        "the agency has asked for.\n"
    )
    assert _claimants(text)["well under half"] == "Diplomats in Tolvey"


def test_guard_officials_in_a_named_body_are_that_body() -> None:
    text = "Officials in the Tolvey Treasury said the deficit would reach 4% next year.\n"
    assert _claimants(text)["4%"] == "Tolvey Treasury"


def test_a_body_described_after_its_bracketed_acronym_is_the_speaker() -> None:
    text = (
        "The Tolvey Growers Union (TGU), a coalition of rice growers, said farm-gate prices had "
        "fallen to as low as $17 a sack.\n"
    )
    assert _claimants(text)["$17"] == "Tolvey Growers Union"


def test_a_body_described_after_an_opening_but_is_the_speaker() -> None:
    text = (
        "But the Tolvey Growers Union, a coalition of rice growers, said farm-gate prices had "
        "fallen to as low as $17 a sack.\n"
    )
    assert _claimants(text)["$17"] == "Tolvey Growers Union"


def test_a_bodys_weekly_price_monitor_is_the_body_named_before() -> None:
    text = (
        "The Tolvey Statistics Bureau publishes food prices every week.\n\n"
        "Regular rice averaged $47.60 a sack, up from $44.25 a month earlier, according to the "
        "bureau's weekly price monitor.\n"
    )
    claimants = _claimants(text)
    assert claimants["$47.60"] == "Tolvey Statistics Bureau"
    assert claimants["$44.25"] == "Tolvey Statistics Bureau"
