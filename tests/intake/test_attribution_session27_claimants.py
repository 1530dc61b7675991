"""Who states a figure, by shapes of news writing that recur across house styles: papers put before
a body's board are the body's, and "the finance report says" or "the report shows" goes on with
them, as does the sentence after "The performance report painted ..."; a results story's lines
of accounts ("Net income rose to ...") are the company's that reported its results, and the
analysts' consensus it quotes again is the compiler's it named once; a company described by its
trade ("chip designer X") is what "the company" stands for, and "the company said" is the
company its own sentence, or the one before, opens with ("In figures supplied to a paper, the
company said" describes no paper); a body's count of its own work ("The authority closed 8,000
cases") is the body's the article already cited, and "Of those, ..." breaks the count down for
the same source; a sum "by the paper's calculation" is the paper's own; a public body called by
its kind in the opening line is the one body of that kind the article names in full further
down; organisers speak for the body their sentence opens with; a table no note or lead-in
credits sets out the figures of the body the story opens by quoting; an official who "has
announced the totals" gives the figures after it in the paragraph, and the sentence after one
that opens on a body's release ("Monday's release from the X Office was better than feared") reads out
its figures; a press release the paper publishes in full is the issuer's up to its "ENDS"; a
councillor whose role names the council is not the council; "Of the 230 who replied" is whoever
told of the survey; an officer who "raised the company's plan" states it, and "he" after a long
title ("Chief Financial Officer Ada Moor") is the person in full; a page whose first line is a
short name alone has that masthead for its publisher, whose own analysis and "the same figures"
after its own are the publisher's; "the group" is the campaign named with a lower-case noun ("the
Save Our Pier group"), and "Campaigners" the one campaign the article names; a report to cabinet (or a committee) is the one
council whose cabinet the article names.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants

# -- a body's board papers --------------------------------------------------------------------


def test_a_report_known_by_its_subject_goes_on_with_the_board_papers() -> None:
    text = (
        "Papers presented to the Quarrendon Valley Health Trust board on Tuesday show the trust "
        "expects a deficit of £14.2 million this year.\n\n"
        "Owen Barrowby, the finance director, said agency staff were the main cause.\n\n"
        "The trust must save £31 million by March, the finance report says.\n"
    )
    assert _claimants(text)["£31 million"] == "Quarrendon Valley Health Trust"


def test_the_report_shows_at_the_end_goes_on_with_the_board_papers() -> None:
    text = (
        "Papers presented to the Quarrendon Valley Health Trust board on Tuesday show the trust "
        "expects a deficit of £14.2 million this year.\n\n"
        "Owen Barrowby, the finance director, said agency staff were the main cause.\n\n"
        "The number of patients waiting over 12 hours rose to 1,240 in October, the report shows.\n"
    )
    assert _claimants(text)["1,240"] == "Quarrendon Valley Health Trust"


def test_the_sentence_after_the_report_painted_a_picture_reads_out_its_figures() -> None:
    text = (
        "Papers presented to the Quarrendon Valley Health Trust board on Tuesday show the trust "
        "expects a deficit of £14.2 million this year.\n\n"
        "The performance report painted a bleak picture of the emergency department. In "
        "October, 61.8% of patients were seen within four hours.\n"
    )
    assert _claimants(text)["61.8%"] == "Quarrendon Valley Health Trust"


def test_guard_a_board_that_is_no_bodys_name_is_not_taken_for_a_body() -> None:
    text = "Papers presented to the Board on Tuesday show a deficit of £14.2 million.\n"
    assert _claimants(text)["£14.2 million"] == ""


# -- a results story ------------------------------------------------------------------------


_RESULTS = (
    "Chip designer Pellicort Devices reported quarterly revenue of $2.8 billion on Thursday, "
    "ahead of the $2.6 billion analysts expected, according to data compiled by Ostrand.\n\n"
)


def test_a_line_of_the_accounts_is_the_companys_that_reported_them() -> None:
    text = _RESULTS + "Net income rose to $412 million, or 61 cents per share.\n"
    claimants = _claimants(text)
    assert claimants["$412 million"] == "Pellicort Devices"
    assert claimants["61 cents"] == "Pellicort Devices"


def test_a_units_revenue_and_its_margin_are_the_companys() -> None:
    text = (
        _RESULTS + "Revenue from the automotive unit jumped 23% to $910 million. Gross margin "
        "narrowed to 44.1% from 46.0%.\n"
    )
    claimants = _claimants(text)
    assert claimants["23%"] == "Pellicort Devices"
    assert claimants["44.1%"] == "Pellicort Devices"


def test_what_it_earned_excluding_items_is_the_companys() -> None:
    text = _RESULTS + "Excluding items, it earned 88 cents per share.\n"
    assert _claimants(text)["88 cents"] == "Pellicort Devices"


def test_the_consensus_quoted_again_is_the_compilers_named_once() -> None:
    text = (
        _RESULTS
        + "Excluding items, it earned 88 cents per share, beating the consensus of 80 cents.\n"
    )
    claimants = _claimants(text)
    assert claimants["88 cents"] == "Pellicort Devices"
    assert claimants["80 cents"] == "Ostrand"


def test_guard_a_line_of_accounts_with_no_results_reported_is_the_publishers() -> None:
    text = (
        "Pellicort Devices makes chips for cars and phones.\n\n"
        "Net income rose to $412 million last year.\n"
    )
    assert _claimants(text)["$412 million"] == ""


# -- "the company" ----------------------------------------------------------------------------


def test_the_company_is_the_one_its_trade_describes_not_the_data_compiler() -> None:
    text = (
        "Chip designer Pellicort Devices forecast revenue of $3 billion on Thursday.\n\n"
        "That is below the $3.2 billion analysts expected, according to data compiled by "
        "Ostrand.\n\n"
        "For the quarter, the company reported revenue of $2.8 billion.\n"
    )
    assert _claimants(text)["$2.8 billion"] == "Pellicort Devices"


def test_the_company_said_after_a_sentence_that_opens_with_it() -> None:
    text = (
        "Harrowgate Rail has cancelled 120 trains, the operator says.\n\n"
        "Sprinkler ban announced\n\n"
        "Brindle Water will restrict garden sprinklers from Monday for its 800,000 customers. The "
        "company says demand is running 35% above normal.\n"
    )
    assert _claimants(text)["35%"] == "Brindle Water"


# -- a sum by the paper -------------------------------------------------------------------


def test_a_rise_by_the_mastheads_calculation_is_the_publishers() -> None:
    text = (
        "Coinwise\n\n"
        "Storm claims drove complaints up last year, according to the yearly review of the Home "
        "Insurance Complaints Board (HICB).\n\n"
        "The Home Insurance Complaints Board said it received 6,420 complaints about storm "
        "claims, up from 3,910, a rise of 64% by Coinwise's calculation.\n"
    )
    claimants = _claimants(text)
    assert claimants["6,420"] == "Home Insurance Complaints Board"
    assert claimants["64%"] == ""


# -- a body called by its kind first, named in full further down -----------------------------


def test_the_port_authority_in_the_opening_line_is_the_one_named_below() -> None:
    text = (
        "The harbour handled a record 2.4 million containers last year, the port authority said "
        "on Monday.\n\n"
        "Maren Oddvik, chief executive of the Ostervik Port Authority, said the quays were full.\n"
    )
    assert _claimants(text)["2.4 million"] == "Ostervik Port Authority"
    # The suggestion's own claimant, which its page offers and Accept records, is the same.
    (suggestion,) = extract_suggestions(normalise(text))
    assert suggestion.claimant == "Ostervik Port Authority"


def test_guard_a_kind_the_article_names_twice_stays_as_written() -> None:
    text = (
        "The harbour handled a record 2.4 million containers last year, the port authority said "
        "on Monday.\n\n"
        "The Ostervik Port Authority and the Lindholm Port Authority share a pilot service.\n"
    )
    assert _claimants(text)["2.4 million"] == "port authority"


# -- an official who gives out the figures -------------------------------------------------


def test_the_figures_after_an_official_declares_them_are_the_officials() -> None:
    text = (
        "Turnout confirmed\n\n"
        "The county's electoral officer, Marit Selander, has published the final totals. A total "
        "of 61,204 votes were counted, a turnout of 28.4%.\n"
    )
    claimants = _claimants(text)
    assert claimants["61,204"] == "Marit Selander"
    assert claimants["28.4%"] == "Marit Selander"


def test_guard_figures_in_the_next_paragraph_are_not_the_officials() -> None:
    text = (
        "The county's electoral officer, Marit Selander, has published the final totals.\n\n"
        "Queues of 4,100 people formed outside the hall in the rain.\n"
    )
    assert _claimants(text)["4,100"] == ""


def test_the_company_said_after_figures_supplied_to_a_paper_is_not_the_paper() -> None:
    text = (
        "Vennholt Data Centres opened the campus in 2021.\n\n"
        "In figures supplied to Grainline, the company said the site draws 310,000 litres a "
        "day.\n"
    )
    assert _claimants(text)["310,000"] != "Grainline"


def test_according_to_the_company_is_the_company_the_sentence_opens_with() -> None:
    text = (
        "Residents say the campus drinks the town dry, according to the Glenmore Water Board.\n\n"
        "Vennholt holds a grid connection of 150 megawatts, according to the company.\n\n"
        "The rates paid by Vennholt are not public.\n"
    )
    assert _claimants(text)["150"] == "Vennholt"


def test_guard_a_common_noun_opening_the_sentence_is_not_the_company() -> None:
    text = (
        "Norrak Tin Corp reported its results to the exchange on Monday.\n\n"
        "Tin output fell 12% to 8,100 tonnes, and the company now expects lower production, "
        "according to the company.\n"
    )
    assert _claimants(text)["12%"] != "Tin"


# -- a breakdown of the count before -------------------------------------------------------


def test_of_those_breaks_down_the_count_of_the_source_before() -> None:
    text = (
        "Storm claims drove complaints up last year, according to the yearly review of the Home "
        "Insurance Complaints Board.\n\n"
        "The board said it closed 8,905 complaints during the year. Of those, 71% were "
        "resolved within 60 days.\n"
    )
    assert _claimants(text)["71%"] == "Home Insurance Complaints Board"


def test_guard_of_those_with_no_source_before_is_the_publishers() -> None:
    text = "Some 8,905 homes flooded last winter. Of those, 71% were insured.\n"
    assert _claimants(text)["71%"] == ""


# -- a release run in full -----------------------------------------------------------------


_RELEASE = (
    "The following statement was released by Wendle Borough Council on Monday, and we have "
    "published it in full.\n\n"
    "Press release: Libraries to open longer\n\n"
    "Wendle Borough Council has confirmed that its libraries will open on Sundays.\n\n"
    "The change will affect all of the borough's 14 libraries.\n\n"
    "ENDS\n\n"
    "What residents told us\n\n"
    "Queues of 40 people formed at the main library on Saturday.\n"
)


def test_a_release_published_in_full_is_the_issuers_up_to_its_end() -> None:
    assert _claimants(_RELEASE)["14"] == "Wendle Borough Council"


def test_the_reporting_after_the_release_ends_is_the_publishers() -> None:
    assert _claimants(_RELEASE)["40"] == ""


# -- a person whose role names a body ------------------------------------------------------


def test_the_councils_figures_are_not_the_council_leaders() -> None:
    text = (
        "Bins will be emptied every three weeks, Ashcombe Ley District Council said.\n\n"
        'Council leader Cllr Ada Moorcroft said: "This saves us £500,000 a year."\n\n'
        "The council's own figures show 2,310 reports of dumped rubbish last year.\n"
    )
    assert _claimants(text)["2,310"] == "Ashcombe Ley District Council"


# -- a survey's respondents ----------------------------------------------------------------


def test_of_those_who_replied_is_whoever_told_of_the_survey() -> None:
    text = (
        "Rhona Galt, chair of the Brockhurst Residents' Association, said the association had "
        "surveyed its members in spring. Of the 512 who responded, 61% opposed the plan.\n"
    )
    assert _claimants(text)["61%"] == "Rhona Galt"


# -- the masthead ----------------------------------------------------------------------------


def test_the_mastheads_own_analysis_is_the_publishers() -> None:
    text = (
        "Ferrow Live\n\n"
        "Libraries to open two days a week\n\n"
        "Ferrow Borough Council's cabinet cut library hours on Thursday.\n\n"
        "But analysis of the council's report by Ferrow Live shows the four branches took about "
        "92,000 visits last year.\n"
    )
    assert _claimants(text)["about 92,000"] == ""


def test_the_same_figures_after_the_papers_own_are_the_papers() -> None:
    text = (
        "Ferrow Live\n\n"
        "Bin strike enters second week\n\n"
        "The Ferrow Municipal Workers' Union said 86% of members backed the strike.\n\n"
        "Figures obtained by Ferrow Live show the council spent £1.9m on agency staff last "
        "year.\n\n"
        "Staff absence at the depot ran at 5.1%, the same figures show.\n"
    )
    assert _claimants(text)["5.1%"] == ""


def test_guard_a_headline_on_the_first_line_is_no_masthead() -> None:
    text = (
        "Libraries to open just two days a week as council cuts hours\n\n"
        "Analysis by the Ferrow Libraries Trust shows the branches took about 92,000 visits.\n"
    )
    assert _claimants(text)["about 92,000"] == "Ferrow Libraries Trust"


def test_guard_a_short_headline_in_title_case_is_no_masthead() -> None:
    # Headlines set in title case ("Harbour Council Budget Approved") name the story's
    # sources, not the publisher: a claimant named in one stays the claimant.
    text = (
        "Zellbrook Council Budget Approved\n\n"
        "Zellbrook Council said it would spend £4m on roads next year.\n"
    )
    assert _claimants(text)["£4m"] == "Zellbrook Council"


# -- a company's officer ---------------------------------------------------------------------


def test_an_officer_who_raises_the_companys_plan_states_it() -> None:
    text = (
        "Chief Financial Officer Hanne Salvesen spoke to analysts on Thursday.\n\n"
        "Salvesen also raised the company's capital spending plan for the year to $2.1 billion "
        "from $1.8 billion.\n"
    )
    assert _claimants(text)["$2.1 billion"] == "Hanne Salvesen"


def test_he_after_a_long_title_is_the_person_in_full() -> None:
    text = (
        "Operating margin slipped to 12.2%, which Chief Operating Officer Piotr Wren blamed "
        "on freight costs. He said the margin would recover to around 13% next quarter.\n"
    )
    assert _claimants(text)["around 13%"] == "Piotr Wren"


# -- a body's release, then its figures ----------------------------------------------------


def test_the_sentence_after_a_release_from_a_body_reads_out_its_figures() -> None:
    text = (
        "Good morning. Monday's jobs release from the Office for Labour Statistics was mostly "
        "good news. Average weekly pay grew 4.6% in the year to June. Take one from the other "
        "and real pay grew by about 1.5 points.\n"
    )
    claimants = _claimants(text)
    assert claimants["4.6%"] == "Office for Labour Statistics"
    assert claimants["about 1.5 points"] == ""


# -- a campaign's name in lower case -------------------------------------------------------


_CAMPAIGN = (
    "Ailsa Brodie, who chairs the Save Our Pier group, said the pier drew visitors all year.\n\n"
    "Campaigners say the closure would cost 140 jobs.\n\n"
    "A survey carried out by the group drew 1,260 responses.\n"
)


def test_the_group_is_the_campaign_named_with_a_lower_case_noun() -> None:
    text = _CAMPAIGN.replace("Campaigners say the closure would cost 140 jobs.\n\n", "")
    assert _claimants(text)["1,260"] == "Save Our Pier group"


def test_campaigners_are_the_one_campaign_the_article_names() -> None:
    assert _claimants(_CAMPAIGN)["140"] == "Save Our Pier group"


def test_guard_campaigners_with_two_campaigns_named_stay_as_written() -> None:
    text = _CAMPAIGN.replace(
        "Campaigners say",
        "The Keep the Tram group and the Save Our Pier group met. Campaigners say",
    )
    assert _claimants(text)["140"] == "Campaigners"


# -- a report to a council's members ---------------------------------------------------------


_CABINET = (
    "Ferrow Borough Council's cabinet agreed on Thursday to shorten opening hours at its "
    "libraries.\n\n"
    "Around 11 posts will go, according to a report to cabinet.\n\n"
    "Figures in the cabinet report show there were 412,000 visits last year.\n"
)


def test_a_report_to_cabinet_is_the_councils() -> None:
    claimants = _claimants(_CABINET)
    assert claimants["Around 11"] == "Ferrow Borough Council"
    assert claimants["412,000"] == "Ferrow Borough Council"


def test_guard_a_report_to_cabinet_with_two_councils_named_stays_the_publishers() -> None:
    text = _CABINET.replace(
        "libraries.\n\n", "libraries, as Dunholm City Council's cabinet did last year.\n\n"
    )
    assert _claimants(text)["Around 11"] == ""
