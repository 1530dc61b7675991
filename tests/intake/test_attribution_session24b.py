"""Who states a figure, by shapes of English and of news formats that recur: a call's or a
hearing's turn labelled with a job and a full name ("CFO Ada Moor: ...") is that person's, to the
turn's end; a name whose capital carries an accent is a name after a title; a body a person's
pronoun owns ("By his office's count", "surveyed by her office") works for that person; an
honorific before a name's first or middle word ("Mr Faizal", "Ms Lim") is the person whose full
name holds it, and a title's last word is never a given name; "X now expects" is X's; a company's
guidance names what it forecasts before the figure; a revision of one's own forecast or target
states the new figure; an analysts' consensus is its compiler's, the rest of the sentence its
subject's; a subordinate clause with its own speaker after a market move ("X jumped 9% after it
said ...") is that speaker's; an index that moves is no source; one capitalised word that counts
shortens a body named before; a person described after being named ("The retired nurse said")
is that person; "the same period" in a clause goes back to the clause before; a spokesman
speaks for the body his sentence opens with; a surname opening a sentence introduces its person
for "he"; documents are their issuer's; a budget or a plan no issuer is named for, and a
fact-check's post, are claimants themselves; a consultation's list of options is the consulting
body's.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- transcripts -----------------------------------------------------------------------------


def test_a_turn_labelled_with_a_job_and_a_full_name_is_that_persons_to_its_end() -> None:
    text = (
        "Marnock Instruments beat forecasts on Wednesday.\n\n"
        "Below are edited excerpts from the call with analysts.\n\n"
        "CFO Ada Strand-Ibe: Operating margin was 21.4%, up two points. For next year we expect "
        "sales of $3.2 billion to $3.4 billion.\n\n"
        "Analyst Ben Quillan-Roe, Cardwyn Partners: Ada, is 40% growth in defence realistic?\n\n"
        "CEO Tomas Yarrowby: I think it is. We booked 1,900 orders in the quarter.\n"
    )
    claimants = _claimants(text)
    assert claimants["21.4%"] == "Ada Strand-Ibe"
    assert claimants["$3.2 billion"] == "Ada Strand-Ibe"
    assert claimants["$3.4 billion"] == "Ada Strand-Ibe"
    assert claimants["40%"] == "Ben Quillan-Roe"
    assert claimants["1,900"] == "Tomas Yarrowby"


def test_a_hearings_turn_labelled_senator_and_a_full_name_is_the_senators() -> None:
    text = (
        "The committee questioned the agency's head on Tuesday.\n\n"
        "Senator Ines Dunlevy: Your agency spent $48 million on consultants last year.\n"
    )
    assert _claimants(text)["$48 million"] == "Ines Dunlevy"


def test_guard_a_label_that_names_no_person_is_no_speaker() -> None:
    text = (
        "Marnock Instruments beat forecasts on Wednesday.\n\n"
        "Executive Summary Report: Revenue rose 14% in the quarter.\n"
    )
    assert _claimants(text)["14%"] == ""


# -- names and titles ------------------------------------------------------------------------


def test_a_name_whose_capital_carries_an_accent_is_a_name_after_a_long_title() -> None:
    text = (
        "Parliamentary Budget Officer Élodie Marchand-Obi said the shortfall would reach "
        "$14.2 billion.\n\n"
        "She estimated that each point of weaker growth adds $900 million.\n"
    )
    claimants = _claimants(text)
    assert claimants["$14.2 billion"] == "Élodie Marchand-Obi"
    assert claimants["$900 million"] == "Élodie Marchand-Obi"


def test_a_count_by_a_body_a_persons_pronoun_owns_is_that_persons() -> None:
    text = (
        "Auditor Ben Hesketh-Lund said the fund was in trouble.\n\n"
        "By his office's count, the fund would be short of $2.4 billion by 2031.\n"
    )
    assert _claimants(text)["$2.4 billion"] == "Ben Hesketh-Lund"


def test_a_persons_report_speaks_for_the_person() -> None:
    text = (
        "Auditor Ben Hesketh-Lund criticised the plan on Monday.\n\n"
        "His report said inflation would reach 2.1 per cent.\n"
    )
    assert _claimants(text)["2.1 per cent"] == "Ben Hesketh-Lund"


def test_figures_gathered_by_a_body_a_persons_pronoun_owns_are_that_persons() -> None:
    text = (
        "Auditor Ben Hesketh-Lund criticised the plan on Monday.\n\n"
        "His report said the scheme assumed inflation of 2.1 per cent, while analysts consulted "
        "by his office expected 3.4 per cent.\n"
    )
    claimants = _claimants(text)
    assert claimants["2.1 per cent"] == "Ben Hesketh-Lund"
    assert claimants["3.4 per cent"] == "Ben Hesketh-Lund"


def test_a_figure_estimated_by_a_body_a_persons_pronoun_owns_is_that_persons() -> None:
    text = (
        "Auditor Ben Hesketh-Lund criticised the plan on Monday.\n\n"
        "The fund faces a gap of $610 million estimated by his office.\n"
    )
    assert _claimants(text)["$610 million"] == "Ben Hesketh-Lund"


def test_an_honorific_before_a_given_name_is_the_person_whose_full_name_opens_with_it() -> None:
    text = (
        "Minister for Coastal Affairs Faizal Rahim-Ong said sea walls would cost $2 billion.\n\n"
        '"Nearly eight in 10 of the walls are sound," Mr Faizal said.\n'
    )
    assert _claimants(text)["Nearly eight in 10"] == "Faizal Rahim-Ong"


def test_an_honorific_before_a_middle_family_name_is_the_person_named_in_full() -> None:
    text = (
        "Ms Grace Lim Shu Fen, chief executive of Harbourside Homes, expects prices to rise "
        "3 per cent.\n\n"
        "Ms Lim said about 2,000 flats would be finished next year.\n"
    )
    assert _claimants(text)["about 2,000"] == "Grace Lim Shu Fen"


def test_a_titles_last_word_is_never_taken_for_a_given_name() -> None:
    text = (
        "Minister for Coastal Affairs Faizal Rahim-Ong spoke in the chamber on Monday.\n\n"
        '"Nearly eight in 10 of the walls are sound," Mr Faizal said.\n'
    )
    assert _claimants(text)["Nearly eight in 10"] == "Faizal"


def test_guard_a_one_word_body_name_without_an_honorific_is_no_persons() -> None:
    # No honorific, so no person's given name is looked for. Until session 27 the short name
    # stayed as written; since then a body's short name is the fuller name the article
    # introduced it by (tests/intake/test_attribution_session27.py).
    text = (
        "Harrowgate Airways reported a profit of $40 million on Monday.\n\n"
        "Harrowgate said it carried 2.2 million passengers.\n"
    )
    assert _claimants(text)["2.2 million"] == "Harrowgate Airways"


# -- companies and their forecasts -----------------------------------------------------------


def test_a_body_that_now_expects_a_figure_is_its_claimant() -> None:
    text = "Dalbrook Foods now expects annual sales of about $2.1 billion.\n"
    assert _claimants(text)["about $2.1 billion"] == "Dalbrook Foods"


def test_a_forecast_that_names_what_it_forecasts_before_the_figure_is_the_forecasters() -> None:
    text = "Marnock Group on Monday forecast full-year revenue of about $900 million.\n"
    assert _claimants(text)["about $900 million"] == "Marnock Group"


def test_guard_a_forecast_as_a_noun_is_no_verb() -> None:
    text = "Sales reached $8.7 billion, short of its forecast of $9 billion.\n"
    claimants = _claimants(text)
    assert claimants["$8.7 billion"] == ""
    assert claimants["$9 billion"] == ""


def test_a_revision_of_ones_own_price_target_is_the_analysts() -> None:
    text = (
        "In a note to clients, Brinmoor Capital analyst Ada Strand-Ibe cut her price target on "
        "Velloway to $31 from $36.\n"
    )
    claimants = _claimants(text)
    assert claimants["$31"] == "Ada Strand-Ibe"
    assert claimants["$36"] == "Ada Strand-Ibe"


def test_guard_a_cut_in_a_rate_is_no_forecast() -> None:
    text = "The central bank cut the rate to 4.25% on Thursday.\n"
    assert _claimants(text)["4.25%"] == ""


def test_an_analysts_consensus_is_its_compilers_and_the_forecast_its_subjects() -> None:
    text = (
        "Orvane Systems on Monday forecast second-half revenue of between $1.2 billion and $1.3 "
        "billion, below the $1.45 billion analysts had expected, according to estimates compiled "
        "by Quillan Data.\n\n"
        "For the first half, the company reported profit of $310 million.\n"
    )
    claimants = _claimants(text)
    assert claimants["$1.2 billion"] == "Orvane Systems"
    assert claimants["$1.3 billion"] == "Orvane Systems"
    assert claimants["$1.45 billion"] == "Quillan Data"
    # The company is the one the story is about, not the firm that compiled the consensus.
    assert claimants["$310 million"] == "Orvane Systems"


def test_guard_a_consensus_with_no_subject_speaking_stays_the_compilers() -> None:
    text = "Sales rose 4%, above the 3% analysts expected, according to Quillan Data.\n"
    claimants = _claimants(text)
    assert claimants["4%"] == "Quillan Data"
    assert claimants["3%"] == "Quillan Data"


def test_a_subordinate_clause_with_its_own_speaker_after_a_market_move_is_the_speakers() -> None:
    text = (
        "Courier firm Dashlow jumped 9% to $14.20 after it said bookings rose 15% to 2.1 million "
        "parcels.\n\n"
        "Velloway shares fell 2% to $30.10, after the company trimmed its annual outlook to "
        "between 40,000 and 42,000 units.\n"
    )
    claimants = _claimants(text)
    assert claimants["9%"] == ""
    assert claimants["$14.20"] == ""
    assert claimants["15%"] == "Dashlow"
    assert claimants["2.1 million"] == "Dashlow"
    assert claimants["2%"] == ""
    assert claimants["$30.10"] == ""
    assert claimants["40,000"] == "Velloway"
    assert claimants["42,000"] == "Velloway"


def test_another_body_speaking_in_the_subordinate_clause_leaves_the_move_alone() -> None:
    text = "Shares in Velloway fell 3% after the regulator said it would fine the firm $2m.\n"
    claimants = _claimants(text)
    assert claimants["3%"] == ""
    assert claimants["$2m"] == "regulator"


def test_an_index_that_moves_is_no_source() -> None:
    text = (
        "Solvent Mining said it would cut 300 jobs.\n\n"
        "The wider Kestrafield Markets index slipped 1.1% to 7,204 points.\n"
    )
    claimants = _claimants(text)
    assert claimants["1.1%"] == ""
    assert claimants["7,204 points"] == ""


def test_one_capitalised_word_that_counts_shortens_a_body_named_before() -> None:
    text = (
        "Yarrowby Property Analytics found that median rents rose 6% in the year.\n\n"
        "Yarrowby counted 418 new listings in May, a record.\n"
    )
    assert _claimants(text)["418"] == "Yarrowby Property Analytics"


def test_guard_one_word_that_counts_and_shortens_no_body_is_no_claimant() -> None:
    text = "Hollins counted 12 votes in the ward.\n"
    assert _claimants(text)["12"] == ""


# -- people named before ---------------------------------------------------------------------


def test_a_person_described_after_being_named_is_that_person() -> None:
    text = (
        "For buyers like Mr Cardwyn Ashe, 44, prices matter.\n\n"
        "The retired nurse said he paid $410,000 for a house in May.\n\n"
        "The 44-year-old said he had viewed 22 houses.\n"
    )
    claimants = _claimants(text)
    assert claimants["$410,000"] == "Cardwyn Ashe"
    assert claimants["22"] == "Cardwyn Ashe"


def test_guard_a_description_reaches_back_no_further_than_the_paragraph_before() -> None:
    text = (
        "Ms Ada Roe-Ibe, 61, bought her flat in May.\n\n"
        "Prices rose again in June.\n\n"
        "The retired nurse said she paid $300,000.\n"
    )
    assert _claimants(text)["$300,000"] == ""


def test_the_same_period_in_a_clause_goes_back_to_the_clause_before() -> None:
    text = (
        "Yarrowby Property Analytics found that median rents rose 6% in the year.\n\n"
        "Opposition MP Ada Moor-Quill countered that wages had risen by 5% over two years, while "
        "rents had climbed by 11% over the same period.\n"
    )
    claimants = _claimants(text)
    assert claimants["5%"] == "Ada Moor-Quill"
    assert claimants["11%"] == "Ada Moor-Quill"


def test_guard_the_same_period_in_a_sentence_of_its_own_keeps_the_source_before() -> None:
    text = (
        "Figures from the Yarrowby Housing Bureau showed wages rose 5% in 2024.\n\n"
        "Rents rose 11% over the same period.\n"
    )
    assert _claimants(text)["11%"] == "Yarrowby Housing Bureau"


def test_a_spokesman_speaks_for_the_body_his_sentence_opens_with() -> None:
    text = (
        "The Tolvey County Parks Department said it had closed 14 playgrounds.\n\n"
        "State figures from the Department of Parks showed 212 closures across the state.\n\n"
        "The parks department has planted 900 trees since March, a spokesman said.\n"
    )
    assert _claimants(text)["900"] == "Tolvey County Parks Department"


def test_guard_a_spokesman_in_a_sentence_without_a_body_subject_speaks_for_the_paragraphs() -> None:
    text = (
        "The Tolvey County Parks Department said it had closed 14 playgrounds. A spokesman "
        "said 40 staff had left.\n"
    )
    assert _claimants(text)["40"] == "Tolvey County Parks Department"


def test_a_surname_opening_a_sentence_introduces_its_person_for_he() -> None:
    text = (
        "Tomas Moor-Quill scored 80 as Harlow beat Dunlevy by six wickets.\n\n"
        '"We gave away 20 runs too many," Ben Strand-Ibe said.\n\n'
        "Moor-Quill was the first to leave.\n\n"
        '"I just tried to stay calm," he said.\n\n'
        "He said he had faced 3,000 balls in the nets.\n"
    )
    assert _claimants(text)["3,000"] == "Tomas Moor-Quill"


# -- documents -------------------------------------------------------------------------------


def test_documents_are_the_bodys_said_to_issue_them_and_they_go_on() -> None:
    text = (
        "Water bills will rise, according to consultation documents published by the Velloway "
        "Water Board on Monday.\n\n"
        "The documents say 30 per cent of the pipes are past their design life.\n\n"
        "They also show the board replaced only 4 per cent of them last year.\n"
    )
    claimants = _claimants(text)
    assert claimants["30 per cent"] == "Velloway Water Board"
    assert claimants["4 per cent"] == "Velloway Water Board"


def test_guard_documents_the_paper_has_seen_are_its_own() -> None:
    text = (
        "The Cardwyn Trust said its accounts were in order.\n\n"
        "Documents seen by the Courier show the trust lent $3 million to its chair.\n\n"
        "The documents also show a further 12 loans to staff.\n"
    )
    assert _claimants(text)["12"] == ""


def test_a_budget_no_issuer_is_named_for_is_the_claimant() -> None:
    text = (
        "Finance Minister Ada Moor-Quill announced the plan on Tuesday.\n\n"
        "The budget forecasts a deficit of $12 billion next year.\n\n"
        "It includes a $2 billion fund for hospitals.\n\n"
        "Nearly a quarter of the new money will go to schools, according to the budget "
        "documents.\n\n"
        "The state will cut 900 jobs, the budget says.\n"
    )
    claimants = _claimants(text)
    assert claimants["$12 billion"] == "the budget"
    assert claimants["$2 billion"] == "the budget"
    assert claimants["Nearly a quarter"] == "the budget documents"
    assert claimants["900"] == "the budget"


def test_a_budget_whose_issuer_is_named_is_the_issuers() -> None:
    text = (
        "The Velloway Arts Trust published its budget on Monday.\n\n"
        "The budget forecasts a surplus of $40,000.\n"
    )
    assert _claimants(text)["$40,000"] == "Velloway Arts Trust"


def test_guard_a_budget_is_the_body_that_spoke_just_before_it() -> None:
    text = (
        "The Cardwyn Trust said it would spend $2 million on repairs.\n\n"
        "The budget forecasts a surplus of $40,000.\n"
    )
    assert _claimants(text)["$40,000"] == "Cardwyn Trust"


def test_a_body_further_back_did_not_issue_the_budget() -> None:
    text = (
        "The Cardwyn Trust said it would spend $2 million on repairs.\n\n"
        "Finance Minister Ada Moor-Quill announced the plan on Tuesday.\n\n"
        "Ministers met again on Wednesday.\n\n"
        "The budget forecasts a deficit of $12 billion next year.\n"
    )
    assert _claimants(text)["$12 billion"] == "the budget"


def test_guard_a_plan_a_body_is_said_to_describe_is_the_bodys() -> None:
    text = (
        "The Tolvey council published a housing plan on Monday.\n\n"
        "The plan includes 400 homes, the council said.\n"
    )
    assert _claimants(text)["400"] != "the plan"


def test_guard_a_body_includes_no_figures_as_a_document_does() -> None:
    text = "Solvent Mining said profit rose.\n\nThe firm includes 40 staff in its count.\n"
    assert _claimants(text)["40"] == ""


def test_a_fact_checks_post_claims_what_follows_its_verb() -> None:
    text = (
        'A post shared 9,000 times since Friday claims that "7 in 10 new homes go to investors" '
        "and that prices have doubled.\n"
    )
    claimants = _claimants(text)
    assert claimants["9,000"] == ""
    assert claimants["7 in 10"] == "the post"


def test_guard_what_a_video_shows_by_a_bodys_account_is_the_bodys() -> None:
    text = "A video posted on Friday shows 40 police officers, the force said.\n"
    assert _claimants(text)["40"] == "force"


def test_a_consultations_options_are_the_consulting_bodys() -> None:
    text = (
        "Bills will rise next year, the Velloway Water Board said on Monday.\n\n"
        "The options before members are:\n\n"
        "• Option A: renew 12km of pipes a year, a rise of $180 a household\n"
        "• Option B: renew 6km of pipes a year, a rise of $95 a household\n"
    )
    claimants = _claimants(text)
    assert claimants["$180"] == "Velloway Water Board"
    assert claimants["$95"] == "Velloway Water Board"


def test_guard_options_with_no_body_before_are_the_publishers() -> None:
    text = (
        "Here is what buyers can choose.\n\n"
        "The options are:\n\n"
        "• Option A: a fixed rate of 4.1% for five years\n"
    )
    assert _claimants(text)["4.1%"] == ""
