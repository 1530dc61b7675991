"""Who states a figure, by shapes of English and of news writing that recur: a surname (one
written with a particle as "Ó" or "van" too) is the person the article introduced in full, and
a body's first word is its full name where the attribution's words give it; a spokesperson
described by a public body's nouns speaks for the one body the article named so, or for the
body as described; a table's note naming a document by its owner, an acronym or a role holder
gives the rows to the owner; a person described by role and employer and left unnamed is the
description ("the department" given its name), and "the same adviser" goes back to it; "he
said" inside a sentence is the person it opens with; a board's letter reprinted below is the
body its heading names; a review "the operator released" or figures "the guild obtained" are
that body's, and "the document" and "it traces" go on with a report cited before; a sentence
in the tense of reported speech goes on with the person who spoke just before; "Of those
surveyed" and a survey of a body's own members are the survey's; what the data is may stand
between its owner and it; a legislature's turn "Hon. A. Moor:" is the person introduced.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- a short name, in full -----------------------------------------------------------------


def test_a_body_introduced_in_the_words_that_name_it_is_given_in_full() -> None:
    text = (
        "The valley produced 48 000 tonnes of pears, according to figures released by the "
        "Syndicat des Poiriers du Vallon (SPV), the growers' body.\n"
    )
    assert _claimants(text)["48 000"] == "Syndicat des Poiriers du Vallon"


def test_a_surname_with_a_particle_is_the_person_introduced_in_full() -> None:
    text = (
        "The club held its annual meeting on Monday.\n\n"
        "Club secretary Niamh Ó Ceallaigh opened the meeting.\n\n"
        "Ó Ceallaigh said the club had sold 1,900 raffle tickets.\n"
    )
    assert _claimants(text)["1,900"] == "Niamh Ó Ceallaigh"


def test_a_surname_after_according_to_is_the_person_the_article_introduced() -> None:
    text = (
        "Opposition Leader Ottilie Brannock-Sze led the attack on housing in Monday's debate.\n\n"
        "According to Brannock-Sze, only 2,210 homes had been built.\n"
    )
    assert _claimants(text)["2,210"] == "Ottilie Brannock-Sze"


# -- a spokesperson described by a body's common nouns -------------------------------------


def test_a_spokesperson_for_a_council_the_article_named_speaks_for_it() -> None:
    text = (
        "The operator's contract with Wendle County Council runs to 2029.\n\n"
        "A council spokesperson said the authority pays £2.1m a year for 14 routes.\n"
    )
    assert _claimants(text)["£2.1m"] == "Wendle County Council"


def test_a_spokesperson_described_by_two_nouns_speaks_for_the_body_named_so() -> None:
    text = (
        "The fares were set by the Farrow Bay Transit Authority in March.\n\n"
        "A transit authority spokesperson told us the 21 million figure is a projection.\n"
    )
    assert _claimants(text)["21 million"] == "Farrow Bay Transit Authority"


def test_a_spokeswoman_for_a_body_the_article_never_named_speaks_for_it_as_described() -> None:
    text = (
        "The heatwave entered its fourth day.\n\n"
        "Clinics have treated 1,720 people for heatstroke, a health ministry spokeswoman said.\n"
    )
    assert _claimants(text)["1,720"] == "the health ministry"


# -- a table's note naming a document by its owner -----------------------------------------

_ROWS = "| Tier | Credit |\n|---|---|\n| Below 99.9% | 10% |\n| Below 98.0% | 30% |\n\n"


def test_a_table_note_naming_a_bodys_document_gives_the_rows_to_the_body() -> None:
    text = (
        "Customers of Vantor Hosting were offline for six hours.\n\n"
        + _ROWS
        + "Source: Vantor Hosting service terms, version 3.\n"
    )
    assert _claimants(text)["10%"] == "Vantor Hosting"


def test_a_table_note_naming_an_acronyms_document_gives_the_rows_to_the_body_spelled_out() -> None:
    text = (
        "The Office des Cidres du Bocage (OCB) published its figures on Monday.\n\n"
        + _ROWS
        + "Source: OCB provisional harvest declarations\n"
    )
    assert _claimants(text)["30%"] == "Office des Cidres du Bocage"


def test_a_table_note_naming_a_role_holders_report_gives_the_rows_to_the_person() -> None:
    text = (
        "Club treasurer Eimear Vallancey told members the appeal had raised €410,000.\n\n"
        "| Source | Amount |\n"
        "|---|---|\n"
        "| Car draw | €120,000 |\n"
        "| Grants | €95,500 |\n\n"
        "Source: Corrabeg Rovers treasurer's report to the AGM\n"
    )
    assert _claimants(text)["€95,500"] == "Eimear Vallancey"


# -- a source described by role and employer, left unnamed ---------------------------------


def test_an_unnamed_source_described_by_role_and_employer_is_the_description() -> None:
    text = (
        "The ward was short of staff all summer.\n\n"
        "A theatre nurse at Glenmoor Infirmary, who asked not to be named, said her list of "
        "31 operations had been cut. She said she had worked 9 unpaid hours that week.\n"
    )
    claimants = _claimants(text)
    assert claimants["31"] == "a theatre nurse at Glenmoor Infirmary"
    assert claimants["9"] == "a theatre nurse at Glenmoor Infirmary"


def test_an_unnamed_official_in_the_department_is_in_the_department_the_article_named() -> None:
    text = (
        "Our review of the Department of Rural Transport's timetable found gaps.\n\n"
        "A senior official in the department, speaking on background, said roughly three in 10 "
        "routes ran late.\n"
    )
    assert (
        _claimants(text)["roughly three in 10"]
        == "a senior official in the Department of Rural Transport"
    )


# -- "he said" inside a sentence that opens with its subject -------------------------------


def test_he_said_inside_a_sentence_is_the_person_it_opens_with() -> None:
    text = (
        "Housing minister Ada Pellworth said 600 homes were finished.\n\n"
        "Planning critic Rowan Tesselaar then turned to the estate, tabling a survey that he "
        "said showed rents had risen from 740 to 910 pounds.\n"
    )
    assert _claimants(text)["740"] == "Rowan Tesselaar"


# -- a body's document the report runs below its note --------------------------------------


def test_a_boards_letter_reprinted_below_is_the_body_its_heading_names() -> None:
    text = (
        "Ardlow Creamery Society will hold its price, the co-op said on Friday.\n\n"
        "The board's letter to members is reprinted in full below.\n\n"
        "----------\n"
        "LETTER TO MEMBERS\n"
        "Ardlow Creamery Society Limited\n\n"
        "The Board has set a base price of 41.5c/L for June supplies.\n\n"
        "Milk intake for June was 96.2 million litres.\n\n"
        "----------\n\n"
        "Farmers said the price was 2c too low.\n"
    )
    assert _claimants(text)["96.2 million"] == "Ardlow Creamery Society"


# -- a document, then the body that made it; "the document" going on ----------------------


def test_a_report_the_operator_published_is_the_operators() -> None:
    text = (
        "Rennick Coastal Ferries ran 71.2% of its sailings on time last year, according to an "
        "annual review the operator released on Monday.\n"
    )
    assert _claimants(text)["71.2%"] == "Rennick Coastal Ferries"


def test_figures_the_union_obtained_are_the_unions() -> None:
    text = (
        "The Guild of Prison Officers published its pay claim on Monday.\n\n"
        "Overtime cost $96 million last year, according to figures the guild obtained through a "
        "records request.\n"
    )
    assert _claimants(text)["$96 million"] == "Guild of Prison Officers"


def test_the_document_goes_on_with_the_report_cited_before() -> None:
    text = (
        "Rennick Coastal Ferries ran 71.2% of its sailings on time last year, according to an "
        "annual review the operator released on Monday.\n\n"
        "The document recorded 18,400 sailings that year.\n"
    )
    assert _claimants(text)["18,400"] == "Rennick Coastal Ferries"


# -- reported speech going on in its tense -------------------------------------------------


def test_a_sentence_in_reported_speech_tense_goes_on_with_the_person_who_said_the_last() -> None:
    text = (
        "The survey was the largest yet.\n\n"
        "Up to 40 per cent of the saplings could die, she said.\n\n"
        "Rangers would revisit 312 plots in May.\n"
    )
    text = "Ecologist Marit Oyelowo-Berg led the count.\n\n" + text
    assert _claimants(text)["312"] == "Marit Oyelowo-Berg"


def test_guard_a_sentence_after_a_bodys_figures_is_not_reported_speech() -> None:
    text = (
        "The Wexley Trust counted 4,100 trees, according to its annual report.\n\n"
        "The new rules would cost landowners £2.3m a year.\n"
    )
    assert _claimants(text)["£2.3m"] == ""


# -- "Of those surveyed, ..." --------------------------------------------------------------


def test_a_share_of_those_surveyed_is_the_surveys() -> None:
    text = (
        "Most ponds in the county are drying out, according to a survey published on Monday "
        "by the Fenmoor Wetland Trust.\n\n"
        "Of the ponds surveyed in June, 58 per cent held less water than a year before.\n"
    )
    assert _claimants(text)["58 per cent"] == "Fenmoor Wetland Trust"


def test_a_sentence_in_the_past_perfect_after_he_said_goes_on_reporting_him() -> None:
    text = (
        "Club secretary Tobias Wennerlund spoke after the meeting.\n\n"
        "The club would spend about €600,000 on the pitch this year, he said. It had also "
        "hired three new coaches, taking its staff to 19.\n"
    )
    assert _claimants(text)["19"] == "Tobias Wennerlund"


# -- unnamed sources after "according to", and "the same agent" ----------------------------


def test_a_source_according_to_described_and_left_unnamed_is_the_description() -> None:
    text = (
        "The striker joined in June.\n\n"
        "He earns around €2.6 million a year, according to an adviser to the player who "
        "asked not to be named.\n\n"
        "The same adviser put the squad's wage bill at €19.4 million.\n"
    )
    claimants = _claimants(text)
    assert claimants["around €2.6 million"] == "an adviser to the player"
    assert claimants["€19.4 million"] == "an adviser to the player"


# -- a report going on as "it traces" and ", and the document puts" -----------------------


def test_it_traces_after_a_paragraph_opening_on_a_bodys_document_is_the_bodys() -> None:
    text = (
        "The outage hit shops across the region.\n\n"
        "Harlow Gridco's incident review, published on Friday, is frank. It traces the "
        "blackout to a faulty relay, which tripped 31 substations.\n"
    )
    assert _claimants(text)["31"] == "Harlow Gridco"


def test_and_the_document_puts_goes_on_with_the_report_cited_before() -> None:
    text = (
        "Rennick Coastal Ferries ran 71.2% of its sailings on time last year, according to an "
        "annual review the operator released on Monday.\n\n"
        "Storms cancelled many crossings, and the document puts the number of lost sailings at "
        "about 1,300.\n"
    )
    assert _claimants(text)["about 1,300"] == "Rennick Coastal Ferries"


# -- what the data is, between its owner and it --------------------------------------------


def test_a_bodys_data_described_between_its_name_and_the_noun_is_the_bodys() -> None:
    text = (
        "The mayor promised 8,000 new trees.\n\n"
        "Harbour Parks Department nursery records show crews planted 5,210 trees in 2025.\n"
    )
    assert _claimants(text)["5,210"] == "Harbour Parks Department"


def test_guard_an_adjective_before_data_names_no_owner() -> None:
    text = "Jobs grew in the county.\n\nState employment data show 1,390 jobs were added.\n"
    assert _claimants(text)["1,390"] != "State"


# -- a legislature's turn labelled with an initial -----------------------------------------


def test_a_turn_labelled_with_a_title_an_initial_and_a_surname_is_the_person_introduced() -> None:
    text = (
        "Housing Minister Oskar Vantongeren defended the program in the house.\n\n"
        "Hon. O. Vantongeren: We have built 3,418 homes this year, Mr. Speaker.\n"
    )
    assert _claimants(text)["3,418"] == "Oskar Vantongeren"


# -- a body's survey of its own members, and the answers to its questions ------------------


def test_a_survey_of_a_bodys_members_is_the_bodys_and_so_are_the_answers() -> None:
    text = (
        "The Guild of Hospital Porters (GHP) published its pay claim on Monday.\n\n"
        "A survey of 3,150 GHP members, carried out in May, found that 64% wanted a new rota. "
        "Asked what would make them stay, 71% named shorter shifts.\n"
    )
    claimants = _claimants(text)
    assert claimants["64%"] == "Guild of Hospital Porters"
    assert claimants["71%"] == "Guild of Hospital Porters"


def test_a_body_named_in_full_where_it_spoke_keeps_its_full_name_where_it_goes_on() -> None:
    text = (
        "The valley produced 48 000 tonnes of pears, according to figures released by the "
        "Syndicat des Poiriers du Vallon (SPV), the growers' body.\n\n"
        "The figures put the average yield at 31 tonnes a hectare.\n"
    )
    assert _claimants(text)["31"] == "Syndicat des Poiriers du Vallon"


def test_had_and_an_irregular_participle_goes_on_reporting_her() -> None:
    text = (
        "Odile Vasseur-Lam, a grower in the valley, said frost took most of her crop.\n\n"
        "She picked 140 crates, she said. She had spent €21 000 on frost fans.\n"
    )
    assert _claimants(text)["€21 000"] == "Odile Vasseur-Lam"


def test_a_sentence_opening_on_an_amount_in_reported_speech_tense_goes_on_reporting_him() -> None:
    text = (
        "League president Obadiah Fenwick-Rao spoke after the auction.\n\n"
        "Fenwick-Rao said the league would keep 20 per cent of the money. About $2.4 million "
        "would go towards 12 new pitches.\n"
    )
    assert _claimants(text)["12"] == "Obadiah Fenwick-Rao"
