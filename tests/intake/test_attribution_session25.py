"""Who states a figure, by shapes of English and of news writing that recur: titles before a
name ("Congresswoman X", "County Engineer X", "Acme CEO Dr X", "Dr. the Hon. X") and an age set
off after it are no part of the person's name; a press release run as sent is its issuer's (a
legislator's office speaks for her, a communications desk for its body) up to its "###"; a
heading in capitals above a paragraph, and an owner's label before a quotation, are no
speaker; a saint's "St." keeps its stop; a newsletter's "(via X)" credits X; a body's named
map, register, figure or document ("X's figure of", "X, whose annual return puts", "the X
Statistics' survey") is its owner's, and "the figure", "that figure would" and "that's from X"
carry or hand on a source; a table's rows of figures are suggested, as its note or lead-in's.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants

# -- titles before a name ------------------------------------------------------------------


def test_a_legislators_one_word_title_is_no_part_of_her_name() -> None:
    text = (
        "The bill passed on Tuesday.\n\n"
        "Congresswoman Maribel Ostrander (4th District) today announced that she has secured "
        "$2.3 million for 14 projects.\n\n"
        '"Families here pay $1.40 for every dollar that comes back," Ostrander said.\n\n'
        "About Congresswoman Ostrander: Maribel Ostrander represents the 4th District.\n"
    )
    assert _claimants(text)["$2.3 million"] == "Maribel Ostrander"


def test_a_county_engineer_is_the_person_not_the_office() -> None:
    text = (
        "The road closed in March.\n\n"
        "County Engineer Tobin Haskett said repairs would cost $1.9 million.\n"
    )
    assert _claimants(text)["$1.9 million"] == "Tobin Haskett"


def test_a_companys_chief_executive_before_a_doctors_name_is_the_doctor() -> None:
    text = (
        "The clinic opened a new ward.\n\n"
        "Brennock Valley Clinic CEO Dr. Imogen Salt said the ward saw 8,100 patients last year.\n"
    )
    assert _claimants(text)["8,100"] == "Imogen Salt"


def test_a_persons_age_set_off_by_commas_stands_between_her_name_and_her_verb() -> None:
    text = (
        "The chapel roof was stripped overnight.\n\n"
        "Treasurer Hollis Tamworth, 68, said the parish had raised £4,100 towards repairs.\n"
    )
    assert _claimants(text)["£4,100"] == "Hollis Tamworth"


# -- a press release run as it was sent ----------------------------------------------------


def test_a_release_from_a_legislators_office_is_the_legislators() -> None:
    text = (
        "Local news for the valley\n\n"
        "Submitted by the Office of Sen. Orla Brindmoor\n\n"
        "FOR IMMEDIATE RELEASE\n\n"
        "The funding includes:\n\n"
        "- $3.4 million for the Cutler Road bridge\n"
    )
    assert _claimants(text)["$3.4 million"] == "Orla Brindmoor"


def test_a_release_issued_by_a_communications_desk_is_the_bodys() -> None:
    text = (
        "Issued by Corporate Communications, Fellmarsh Fire Service\n\n"
        "Crews attended 412 grass fires in the year to March.\n"
    )
    assert _claimants(text)["412"] == "Fellmarsh Fire Service"


def test_the_publishers_note_after_the_end_of_a_release_is_the_publishers() -> None:
    text = (
        "Submitted by the Office of Sen. Orla Brindmoor\n\n"
        "The bridge carries 9,200 vehicles a day.\n\n"
        "###\n\n"
        "EDITOR'S CHECK\n\n"
        "The bridge was built at a cost of $1.3 million.\n"
    )
    claimants = _claimants(text)
    assert claimants["9,200"] == "Orla Brindmoor"
    assert claimants["$1.3 million"] == ""


# -- headings, labels and documents ---------------------------------------------------------


def test_a_crosshead_in_capitals_is_no_part_of_the_body_named_below_it() -> None:
    text = (
        "Here is what we know about the plans.\n\n"
        "WHAT THE BOROUGH WANTS\n\n"
        "Brenlow Borough Council's plan was published last week. "
        "The council says the cut would save £52,000 a year.\n"
    )
    assert _claimants(text)["£52,000"] == "Brenlow Borough Council"


def test_a_bodys_consultation_document_with_an_aside_before_its_verb_is_the_bodys() -> None:
    text = (
        "The library may shut.\n\n"
        "Brenlow Borough Council's consultation document (link in comments) says hours would "
        "be cut from 38 a week to 15.\n"
    )
    assert _claimants(text)["15"] == "Brenlow Borough Council"


def test_an_owners_label_before_a_quotation_is_not_its_speaker() -> None:
    text = (
        "Members voted for strikes.\n\n"
        "Steward’s verdict: “In my office of 55 staff, 47 voted,” says Odile Ferrand, branch "
        "secretary at the depot.\n"
    )
    assert _claimants(text)["47"] == "Odile Ferrand"


def test_a_person_introduced_by_role_who_describes_and_says_is_the_speaker() -> None:
    text = (
        "Staff voted for strikes.\n\n"
        "The agency’s chief executive, Ivo Marlund, described the offer as fair and said it "
        "would add £31.2 million to the pay bill.\n"
    )
    assert _claimants(text)["£31.2 million"] == "Ivo Marlund"


def test_a_saints_stop_in_a_bodys_name_is_kept_as_written() -> None:
    text = (
        "The storm closed the island's hotels.\n\n"
        "The St. Brevan Guesthouse Association said 14 of its 40 members remained closed.\n"
    )
    assert _claimants(text)["14"] == "St. Brevan Guesthouse Association"


# -- a newsletter's credits ---------------------------------------------------------------


def test_a_bullet_crediting_its_source_with_via_is_the_sources() -> None:
    text = (
        "Quick numbers:\n\n"
        "• Tea: a pot now costs £2.85 on average (via Teapot Price Tracker)\n"
        "• Rain: 140mm fell in Ardlow this month (via Ardlow Weather Service)\n"
    )
    assert _claimants(text)["£2.85"] == "Teapot Price Tracker"


def test_a_credit_line_under_an_item_gives_its_unattributed_figures_their_source() -> None:
    text = (
        "Good morning. Here are today's numbers.\n\n"
        "1. BIKES\n"
        "£640m — what riders spent on e-bikes last year, up 9% on the year before.\n"
        "(via the Cycle Traders Guild)\n\n"
        "2. BUSES\n"
        "31% — share of buses late in March, the Transit Office found. "
        "The worst route managed 46%.\n"
        "(via Brenlow Gazette)\n"
    )
    claimants = _claimants(text)
    assert claimants["£640m"] == "Cycle Traders Guild"
    assert claimants["31%"] == "Transit Office"


def test_guard_a_credit_line_does_not_take_over_from_a_source_the_item_named() -> None:
    text = (
        "Good morning. Here are today's numbers.\n\n"
        "1. BUSES\n"
        "31% — share of buses late in March, the Transit Office found. "
        "The worst route managed 46%.\n"
        "(via Brenlow Gazette)\n"
    )
    assert _claimants(text)["46%"] != "Brenlow Gazette"


# -- a source's documents and its figures going on -----------------------------------------


def test_a_bodys_name_ending_in_a_body_word_before_a_possessive_is_whole() -> None:
    text = (
        "Homes on the coast are at risk.\n\n"
        "To ask the minister, with reference to the Kellmouth Tidal Observatory's estimate that "
        "1,650 homes could be lost by 2060, what plans he has.\n"
    )
    assert _claimants(text)["1,650"] == "Kellmouth Tidal Observatory"


def test_a_bodys_named_map_with_an_aside_is_the_bodys() -> None:
    text = (
        "Homes on the coast are at risk.\n\n"
        "The Brenlow Flood Agency's National Shoreline Erosion Risk Map, updated in 2023, "
        "estimates that 2,940 residential properties are at risk.\n"
    )
    assert _claimants(text)["2,940"] == "Brenlow Flood Agency"


def test_that_figure_projected_on_is_its_sources() -> None:
    text = (
        "Homes on the coast are at risk.\n\n"
        "The Brenlow Flood Agency estimates that 2,940 properties are at risk. Without new "
        "defences, that figure would rise to around 7,100.\n"
    )
    assert _claimants(text)["around 7,100"] == "Brenlow Flood Agency"


# -- tables --------------------------------------------------------------------------------

_TABLE = (
    "| Year | Grants made | Households helped within 6 months |\n\n"
    "|---|---|---|\n\n"
    "| 2022-23 | 287 | 4,180 |\n\n"
    "| 2023-24 | 296 | 3,950 |\n\n"
)


def test_a_tables_rows_of_figures_are_suggested_and_its_header_is_not() -> None:
    text = (
        "The fund was cut last year.\n\n"
        + _TABLE
        + "Source: Brenlow Housing Trust, annual report 2024.\n"
    )
    sentences = [item.sentence for item in extract_suggestions(normalise(text))]
    assert "| 2022-23 | 287 | 4,180 |" in sentences
    assert not any("Households helped" in sentence for sentence in sentences)


def test_a_tables_rows_are_the_source_its_note_names() -> None:
    text = (
        "The fund was cut last year.\n\n"
        + _TABLE
        + "Source: Brenlow Housing Trust, annual report 2024.\n"
    )
    assert _claimants(text)["4,180"] == "Brenlow Housing Trust"


def test_a_tables_rows_are_whoever_its_lead_in_names() -> None:
    text = (
        "The fund was cut last year.\n\n"
        "The Brenlow Housing Trust said its grants had fallen, as follows:\n\n" + _TABLE
    )
    assert _claimants(text)["3,950"] == "Brenlow Housing Trust"


# -- more titles, studies and figures going on -----------------------------------------------


def test_a_commonwealth_ministers_style_with_its_article_is_no_part_of_his_name() -> None:
    text = (
        "The storm left the island without power.\n\n"
        "Prime Minister Dr. the Hon. Elric Samsonne told a briefing on Monday that the bill "
        "would be “closer to EC$900 million”.\n"
    )
    assert _claimants(text)["EC$900 million"] == "Elric Samsonne"


def test_whom_a_study_followed_is_its_authors_account() -> None:
    text = (
        "Shorter weeks cut sick days, according to a study posted by researchers at Kelder "
        "University.\n\n"
        "The study, which has not been peer reviewed, followed 48 companies and about 1,650 "
        "employees.\n"
    )
    assert _claimants(text)["about 1,650"] == "Kelder University"


def test_a_persons_age_and_an_aside_after_it_stand_between_her_name_and_her_verb() -> None:
    text = (
        "Rescues are full.\n\n"
        "Ms Quarrie, 61, who runs a kennel near Oxleigh, said 14 of the group's 52 members had "
        "stopped taking dogs.\n"
    )
    assert _claimants(text)["14"] == "Quarrie"


def test_a_survey_with_an_aside_before_whom_it_was_done_by_is_theirs() -> None:
    text = (
        "Visitor numbers rose.\n\n"
        "A survey of 1,950 visitors, carried out for the gallery by Tallis Research in the "
        "summer, found that 37% were visiting for the first time.\n"
    )
    assert _claimants(text)["37%"] == "Tallis Research"


def test_the_figure_described_in_the_next_paragraph_is_its_sources() -> None:
    text = (
        "Shelters took in 22,600 cats last year, according to the Feline Refuge Trust.\n\n"
        "The figure, compiled from returns by 140 shelters, is up 12 per cent on the year "
        "before.\n"
    )
    assert _claimants(text)["12 per cent"] == "Feline Refuge Trust"


def test_guard_the_number_of_something_opens_no_figure_going_on() -> None:
    text = (
        "Shelters took in 22,600 cats last year, according to the Feline Refuge Trust.\n\n"
        "The number of dog licences issued fell to 3,100.\n"
    )
    assert _claimants(text)["3,100"] == ""


def test_a_bodys_figure_of_is_the_bodys() -> None:
    text = (
        "Homes on the coast are at risk.\n\n"
        "The Kellmouth Tidal Observatory's figure of 1,650 homes uses a wider definition.\n"
    )
    assert _claimants(text)["1,650"] == "Kellmouth Tidal Observatory"


def test_a_person_introduced_as_head_of_something_is_whom_she_names_next() -> None:
    text = (
        "Loans fell again.\n\n"
        "When I put the point to the Guild, its head of research, Ines Pardoe, was candid. "
        '"A licence costs us up to four times what a print copy does," she told me.\n'
    )
    assert _claimants(text)["up to four"] == "Ines Pardoe"


def test_a_body_whose_document_puts_a_figure_is_its_owner() -> None:
    text = (
        "Someone publishes this chart every year.\n\n"
        "This year it was the Federation of Reading Rooms, whose annual return puts loans at "
        "96 million.\n"
    )
    assert _claimants(text)["96 million"] == "Federation of Reading Rooms"


def test_the_same_return_later_is_the_bodys_whose_return_gave_the_first_figure() -> None:
    text = (
        "Someone publishes this chart every year.\n\n"
        "This year it was the Federation of Reading Rooms, whose annual return puts loans at "
        "96 million.\n\n"
        "But I spent a weekend with the spreadsheets.\n\n"
        "E-book loans hit 22.5 million, according to the same return.\n"
    )
    assert _claimants(text)["22.5 million"] == "Federation of Reading Rooms"


def test_a_plural_possessive_before_a_document_is_its_owners() -> None:
    text = (
        "Library use has fallen.\n\n"
        "The Office for Leisure Statistics' participation survey — a separate source — found "
        "that 31% of adults had used a library.\n"
    )
    assert _claimants(text)["31%"] == "Office for Leisure Statistics"


def test_figures_tracked_by_a_data_firm_are_the_firms() -> None:
    text = (
        "Investors pulled money from exchanges.\n\n"
        "Net withdrawals from the largest exchanges tracked by data provider Quillmark Data "
        "totalled $520 million on Wednesday.\n"
    )
    assert _claimants(text)["$520 million"] == "Quillmark Data"


def test_a_body_that_advised_an_auditor_that_tells_it() -> None:
    text = (
        "The programme is late.\n\n"
        "The Ministry of Harbours advised the auditor in May that the forecast includes a "
        "contingency of $140 million.\n"
    )
    assert _claimants(text)["$140 million"] == "Ministry of Harbours"


def test_a_lists_lead_in_naming_a_document_by_its_owners_acronym_is_the_owners() -> None:
    text = (
        "The storm caused at least EC$730 million in damage, according to an assessment by "
        "the Leeward Relief Agency (LRA).\n\n"
        "The LRA breakdown, released with the assessment:\n\n"
        "- Housing: EC$210 million\n"
        "- Roads: EC$95 million\n"
    )
    assert _claimants(text)["EC$210 million"] == "Leeward Relief Agency"


def test_the_publishers_own_count_of_a_bodys_list_is_the_publishers() -> None:
    text = (
        "The storm left thousands homeless.\n\n"
        "A Courier count of shelters listed on the relief office's website found 930 people "
        "still in shelters.\n"
    )
    assert _claimants(text, publisher="The Harbour Courier")["930"] == ""


# -- a debate's figures handed to their sources ------------------------------------------------


def test_a_register_known_by_its_own_name_gives_its_figures() -> None:
    text = (
        "Care is in crisis.\n\n"
        "The latest Nursing Staff Register, published in October, shows the workforce grew by "
        "19,200 over that period.\n"
    )
    assert _claimants(text)["19,200"] == "Nursing Staff Register"


def test_a_speaker_who_says_thats_from_a_body_hands_it_the_figure() -> None:
    text = (
        "The debate turned to costs.\n\n"
        "A place now costs £1,180 a week, and that's from the Hearth Homes Association, not "
        "me.\n"
    )
    assert _claimants(text)["£1,180"] == "Hearth Homes Association"


def test_thats_from_a_body_in_the_next_sentence_hands_it_the_figure() -> None:
    text = (
        "The debate turned to costs.\n\n"
        "And 36 per cent of tenants fall behind on rent within a year. Think of that! "
        "That's from the Tolland Institute's research.\n"
    )
    assert _claimants(text)["36 per cent"] == "Tolland Institute"


def test_a_bodys_figure_is_in_a_clause_is_the_bodys_and_so_are_the_same_data() -> None:
    text = (
        "The debate turned to staffing.\n\n"
        "Ben Orrell is right that the Department for Ageing Well's figure is 117,000, but the "
        "same data show that's down from 140,000 the year before.\n"
    )
    claimants = _claimants(text)
    assert claimants["117,000"] == "Department for Ageing Well"
    assert claimants["140,000"] == "Department for Ageing Well"


def test_a_share_of_a_surveys_respondents_who_said_is_the_surveys() -> None:
    text = (
        "Fees rose again.\n\n"
        "A survey by the Corran Students' Union found that 37 percent of the 880 students who "
        "responded had skipped meals. One in five said they worked more than 15 hours a week.\n"
    )
    assert _claimants(text)["One in five"] == "Corran Students' Union"
