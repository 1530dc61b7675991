"""Who states a figure, by general machinery rather than one sentence's shape: a subject found
past a relative clause between it and its verb ("X, which surveys its members, puts ...");
an inline colon lead-in owned by a speaker or a possessive ("the federation said: ...", "The
union's figures: ..."); a share of respondents who "said" is a survey's finding, not a
speaker; a role or body noun that disputes something "saying ..."; the body in "a claim the
council disputes, pointing to ..."; passive "published by the directorate" before "show";
"the directorate" for a name that ends in "Directorate"; a trailing name holding "and";
"auditors" as the authors of the audit named before; a list under "the report's key
findings:"; a document "seen by" a paper is its owner's; "The team, led by Dr X,"; a
quotation answered for by "That was X, ..."; and a person's biography (years in a post, the
family in a description) is no check-worthy figure.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _suggested

# -- a relative clause between a subject and its verb ---------------------------------------


def test_a_body_with_a_which_clause_after_while_puts_its_figure() -> None:
    text = (
        "Police recorded 8,100 thefts from farms last year, while the Drummond Growers' "
        "Council, which polls its members, puts the true number at more than 30,000.\n"
    )
    claimants = _claimants(text)
    assert claimants["more than 30,000"] == "Drummond Growers' Council"


def test_a_body_with_a_which_clause_opening_the_sentence_puts_its_figure() -> None:
    text = "The Farrow Cyclists' Club, which runs rides every weekend, puts membership at 1,300.\n"
    assert _claimants(text)["1,300"] == "Farrow Cyclists' Club"


def test_a_person_whose_description_holds_a_which_clause_speaks() -> None:
    text = (
        "Ada Kessel-Moor, chair of the Brindle Tenants Union, which represents tenants across "
        "the city, said rents had risen 12% this year.\n"
    )
    assert _claimants(text)["12%"] == "Ada Kessel-Moor"


def test_a_person_whose_role_holds_a_who_clause_speaks() -> None:
    text = (
        "Tomas Ferrand-Lee, secretary of the Harle Anglers Guild, whose members fish the "
        "upper river, said catches had fallen by a third.\n"
    )
    assert _claimants(text)["a third"] == "Tomas Ferrand-Lee"


def test_a_thing_with_a_which_clause_is_no_speaker() -> None:
    """Guard: a rule with a relative clause that "cost" jobs names no claimant."""
    text = "The rule, which took effect in 2023, cost the town 40 jobs, a study estimates.\n"
    assert _claimants(text)["40"] != "rule"


# -- an inline colon lead-in --------------------------------------------------------------------


def test_a_reporting_clause_before_a_colon_governs_what_follows() -> None:
    text = (
        "The Brask Retail Federation published its spring survey on Monday.\n\n"
        "Orders slowed in spring, the federation said: 62% of Brask's shopkeepers said "
        "sales had fallen, up from 48% a year earlier.\n"
    )
    claimants = _claimants(text)
    assert claimants["62%"] == "Brask Retail Federation"
    assert claimants["48%"] == "Brask Retail Federation"


def test_a_named_reporting_clause_before_a_colon_governs_what_follows() -> None:
    text = (
        "Ward closures were the main cause, the Tellow Health Trust said: 71% of the town's "
        "older patients said they had waited four hours, against 55% last year.\n"
    )
    assert _claimants(text)["71%"] == "Tellow Health Trust"
    assert _claimants(text)["55%"] == "Tellow Health Trust"


def test_a_bodys_figures_before_a_colon_are_the_bodys() -> None:
    text = (
        "The Orrin Nurses Union has campaigned for more staff since 2022.\n\n"
        "The union's figures: 41% of wards are short-staffed, up from 30% in 2022, and the "
        "average shift has grown from 8 hours to 11.\n"
    )
    claimants = _claimants(text)
    assert claimants["41%"] == "Orrin Nurses Union"
    assert claimants["30%"] == "Orrin Nurses Union"


def test_a_named_bodys_data_before_a_colon_are_the_bodys() -> None:
    text = "The Pelham Ferry Company's data: 12% of sailings were cancelled in March.\n"
    assert _claimants(text)["12%"] == "Pelham Ferry Company"


def test_a_plain_colon_lead_in_names_no_one() -> None:
    """Guard: "The result:" owns nothing; the figure stays the publisher's."""
    text = "The result: 30 families were rehoused within a month.\n"
    assert _claimants(text)["30"] == ""


# -- a share of respondents who "said" ------------------------------------------------------


def test_respondents_to_its_survey_are_the_surveys_finding() -> None:
    text = (
        "Figures gathered by the Wenlow Carers' Network, a charity run by volunteers, paint a "
        "grim picture.\n\n"
        "Of the 640 carers who answered its survey in May, 38% said they had had no break all "
        "year and one in six had given up work.\n"
    )
    claimants = _claimants(text)
    assert claimants["640"] == "Wenlow Carers' Network"
    assert claimants["38%"] == "Wenlow Carers' Network"
    assert claimants["one in six"] == "Wenlow Carers' Network"


def test_respondents_to_their_poll_are_the_pollsters_finding() -> None:
    text = (
        "The Calder Allotment Society said on Monday that water was its members' main worry.\n\n"
        "Of the 900 members who responded to its poll, 61% said water charges had risen.\n"
    )
    assert _claimants(text)["61%"] == "Calder Allotment Society"


# -- a role or body noun that disputes, saying ... --------------------------------------------


def test_the_minister_who_disputes_saying_gives_her_figure() -> None:
    text = (
        "Housing Minister Ada Quell-Ryder announced £20m for new homes on Monday.\n\n"
        "Critics said the state was 400 inspectors short.\n\n"
        'The minister disputed the figure, saying the shortfall was "closer to 80" and that 50 '
        "new inspectors would start in May.\n"
    )
    claimants = _claimants(text)
    assert claimants["80"] == "Ada Quell-Ryder"
    assert claimants["50"] == "Ada Quell-Ryder"


def test_the_agency_that_rejects_a_claim_saying_gives_its_figure() -> None:
    text = (
        "The Porth Water Agency said on Monday that leaks had fallen 8%.\n\n"
        "Campaigners said few pipes had been checked.\n\n"
        "The agency rejected the claim, saying 1,200 inspections had been carried out.\n"
    )
    assert _claimants(text)["1,200"] == "Porth Water Agency"


def test_a_crowd_that_disputes_is_no_claimant() -> None:
    """Guard: a noun that is neither a role nor a body names no one by disputing."""
    text = "The crowd disputed the decision, saying 30 people had been hurt.\n"
    assert _claimants(text)["30"] == ""


# -- "a claim the council disputes, pointing to ..." ------------------------------------------


def test_the_body_that_disputes_a_claim_gives_the_figure_it_points_to() -> None:
    text = (
        "The Hadley Street Traders Group says footfall has dropped 12% since the bypass opened, "
        "a claim the council disputes, pointing to its own counts, which show a rise of 3%.\n"
    )
    claimants = _claimants(text)
    assert claimants["12%"] == "Hadley Street Traders Group"
    assert claimants["3%"] == "council"


def test_a_named_body_that_rejects_a_figure_gives_its_own() -> None:
    text = (
        "The Rossal Drivers' Club says 40% of roads need repair, a figure the Rossal Highways "
        "Board rejects, citing its own survey, which found 22%.\n"
    )
    claimants = _claimants(text)
    assert claimants["40%"] == "Rossal Drivers' Club"
    assert claimants["22%"] == "Rossal Highways Board"


# -- passive "published by" before its verb, and "the directorate" ----------------------------


def test_figures_published_by_a_body_noun_are_that_bodys() -> None:
    text = (
        "Catches will be cut by 15%, the Lowther Marine Directorate said on Monday.\n\n"
        "Figures published by the directorate show that 140 boats fish the bank, 60 of them "
        "from the harbour at the bank.\n"
    )
    claimants = _claimants(text)
    assert claimants["140"] == "Lowther Marine Directorate"
    assert claimants["60"] == "Lowther Marine Directorate"


def test_data_compiled_by_an_inspectorate_are_its() -> None:
    text = (
        "The Carrow Prisons Inspectorate visited 30 jails last year.\n\n"
        "Data compiled by the inspectorate show that 23 prisons were overcrowded, most of them "
        "near the coast.\n"
    )
    assert _claimants(text)["23"] == "Carrow Prisons Inspectorate"


def test_the_directorate_in_a_second_clause_is_the_directorate() -> None:
    text = (
        "Quotas were cut 20%, the Lowther Marine Directorate said on Monday.\n\n"
        "The Lowther Skippers Association, which represents crews along the coast, says the "
        "cut will cost the fleet £6m, while the directorate puts the loss at closer to £4m.\n"
    )
    claimants = _claimants(text)
    assert claimants["£6m"] == "Lowther Skippers Association"
    assert claimants["£4m"] == "Lowther Marine Directorate"


def test_the_foundation_in_a_second_clause_is_the_foundation() -> None:
    text = (
        "The Mereside Arts Foundation gave £2m in grants last year.\n\n"
        "Theatres say they need £5m more, while the foundation puts the gap at £3m.\n"
    )
    assert _claimants(text)["£3m"] == "Mereside Arts Foundation"


# -- a trailing name that holds "and" ---------------------------------------------------------


def test_a_trailing_council_name_with_and_is_whole() -> None:
    text = (
        "About 300 people work in the mills, one in four of them from out of town, Brill and "
        "Tarrant District Council estimates.\n"
    )
    claimants = _claimants(text)
    assert claimants["About 300"] == "Brill and Tarrant District Council"
    assert claimants["one in four"] == "Brill and Tarrant District Council"


def test_a_trailing_partnership_name_with_and_is_whole() -> None:
    text = "Some 1,200 trees were felled last year, Ashby and Crane Woodland Trust said.\n"
    assert _claimants(text)["Some 1,200"] == "Ashby and Crane Woodland Trust"


# -- "auditors" are the audit's authors -------------------------------------------------------


def test_auditors_are_the_author_of_the_audit_named_before() -> None:
    text = (
        "Late trains cost the Perrin Rail Company £4m last year, according to an audit released "
        "Monday by State Auditor Ines Varga-Holt.\n\n"
        "Auditors rode 900 trains between May and July and found that 14% ran late, compared "
        "with 5% of buses.\n"
    )
    claimants = _claimants(text)
    assert claimants["900"] == "Ines Varga-Holt"
    assert claimants["14%"] == "Ines Varga-Holt"


def test_inspectors_are_the_author_of_the_inspection_named_before() -> None:
    text = (
        "Care homes in Delby are failing, according to an inspection report published by the "
        "Delby Care Commission.\n\n"
        "Inspectors visited 60 homes and found that 22 had too few staff at night.\n"
    )
    assert _claimants(text)["22"] == "Delby Care Commission"


def test_auditors_with_no_audit_before_are_no_one_named() -> None:
    """Guard: with no audit named before, "auditors" names no claimant."""
    text = "Auditors visited 300 stations last year and found that 12% had broken lifts.\n"
    assert _claimants(text)["12%"] == ""


# -- a list under a document's findings ---------------------------------------------------------


def test_a_list_under_the_reports_key_findings_is_the_reports_issuer() -> None:
    text = (
        "Bus fares rose faster than wages, according to a report published on Tuesday by the "
        "transport charity Fair Fares Now.\n\n"
        "The report's key findings:\n\n"
        "- 2.1 million people rely on buses to get to work\n\n"
        "- Fares rose 31% in five years\n"
    )
    claimants = _claimants(text)
    assert claimants["2.1 million"] == "Fair Fares Now"
    assert claimants["31%"] == "Fair Fares Now"


def test_a_list_under_the_audits_other_findings_is_the_auditors() -> None:
    text = (
        "Lost tickets cost the Ardle Ferry Board £2m, according to an audit released Monday by "
        "State Auditor Ines Varga-Holt.\n\n"
        "Among the audit's other findings:\n\n"
        "- Ticket checks covered fewer than 3% of passengers\n\n"
        "- Gates costing $9 million were open on 35% of visits\n"
    )
    claimants = _claimants(text)
    assert claimants["fewer than 3%"] == "Ines Varga-Holt"
    assert claimants["35%"] == "Ines Varga-Holt"


# -- a document "seen by" someone -------------------------------------------------------------


def test_a_costing_seen_by_a_paper_is_its_owners() -> None:
    text = "The Treasury's own costing, seen by the Herald, puts the annual bill at £1.7bn.\n"
    assert _claimants(text)["£1.7bn"] == "Treasury"


def test_a_review_seen_by_a_paper_is_its_owners() -> None:
    text = (
        "The Norbridge Water Board's internal review, seen by the Courier, found 46 leaks "
        "that had gone unrepaired for a year.\n"
    )
    assert _claimants(text)["46"] == "Norbridge Water Board"


# -- "The team, led by Dr X," -----------------------------------------------------------------


def test_the_team_led_by_a_named_person_is_hers() -> None:
    text = (
        "Researchers at the University of Kelso reported a fall in admissions on Monday.\n\n"
        "The team, led by Dr Ama Serrat-Quinn, an epidemiologist at the university, compared "
        "2,300 admissions before and after the scheme.\n"
    )
    assert _claimants(text)["2,300"] == "Ama Serrat-Quinn"


def test_the_group_led_by_a_named_person_is_his() -> None:
    text = "The group, led by Professor Ivo Dallin-Hart, surveyed 4,100 households.\n"
    assert _claimants(text)["4,100"] == "Ivo Dallin-Hart"


# -- a quotation answered for by "That was X" --------------------------------------------------


def test_a_quotation_answered_for_by_that_was_a_name_is_theirs() -> None:
    text = (
        "The office stood by its $3 million estimate, said a spokesperson, Ruth Calloway-Dunn.\n\n"
        '"We are asking honest drivers to pay $4.50 a day while others park for free."\n\n'
        "That was Councilmember Ida Fenwright-Obi, who chairs the parking committee, speaking "
        "at a hearing on Monday.\n"
    )
    assert _claimants(text)["$4.50"] == "Ida Fenwright-Obi"


def test_a_quotation_answered_for_by_that_was_a_titled_name_is_theirs() -> None:
    text = (
        "Rents rose 6% last year, said Ben Orrick-Lamb, an agent.\n\n"
        '"Nobody can live on 1,200 a month here."\n\n'
        "That was Mayor Celia Ward-Banner, speaking on local radio.\n"
    )
    assert _claimants(text)["1,200"] == "Celia Ward-Banner"


# -- a biography is no check-worthy figure ------------------------------------------------------


def test_years_in_a_past_post_are_a_biography() -> None:
    text = (
        "Professor Ada Wrenlow, who took over as principal in 2022 after eight years as dean of "
        "law at another university, was in no mood to apologise.\n"
    )
    assert _suggested(text) == []


def test_a_family_in_a_persons_description_is_a_biography() -> None:
    text = (
        "Its chairman, Ivo Tarrant, a skipper who fishes with his two sons on the 14-metre "
        "Seabright, said the survey had been carried out at the wrong time of year.\n"
    )
    assert _suggested(text) == []


def test_a_count_of_children_as_a_finding_is_still_suggested() -> None:
    """Guard: a count of children that is the story's finding is still check-worthy."""
    text = "A study by the Orley Institute found that 40% of two-child families were in debt.\n"
    assert _suggested(text) != []


# -- a noun that shortens a name the article gave ---------------------------------------------


def test_the_guide_is_the_named_guide_before_a_colon() -> None:
    text = (
        "Delmont College rose 12 places in the Fenlow Guide this year.\n\n"
        "Teaching drove the rise, the guide said: 84% of Delmont's students said they were "
        "satisfied, up from 71% two years earlier.\n"
    )
    claimants = _claimants(text)
    assert claimants["84%"] == "Fenlow Guide"
    assert claimants["71%"] == "Fenlow Guide"


def test_the_agency_is_the_public_authority_named_before() -> None:
    text = (
        "Fare dodging cost the Corrin Valley Transit Authority $9 million, an audit found.\n\n"
        "The authority has cut 40 routes, and has hired 12 inspectors, the agency said in a "
        "written response.\n"
    )
    assert _claimants(text)["40"] == "Corrin Valley Transit Authority"
