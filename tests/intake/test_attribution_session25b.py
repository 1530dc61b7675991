"""Who states a figure, by shapes of English and of news writing that recur: a table's source
note names its source up to the end of its first sentence, and a note crediting the
publisher's own work leaves the rows the publisher's; a senior judge's style ("Mr Justice X",
"Lady Justice X") is the judge's name, and a judge's finding ("The judge assessed damages at")
is the judge's; a spokesperson named for no body speaks for the body the sentence before
opens with; "pointed out" and "observes" report speech; a minister's portfolio of two briefs
joined by "and" is no part of her name; "per second" after a unit is no "according to"; and a
relative clause "which X expects to ..." gives the figures after its verb to X.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- a table's source note -----------------------------------------------------------------

_TABLE = (
    "Gates rose at every ground this season.\n\n"
    "| Club | Average gate |\n"
    "|---|---|\n"
    "| Ormsley Town | 7,815 |\n"
    "| Holtmere Rovers | 6,204 |\n\n"
)


def test_a_table_notes_source_ends_where_its_first_sentence_does() -> None:
    text = _TABLE + "Source: Ember Basin supporters' trust. Figures include season tickets.\n"
    assert _claimants(text)["7,815"] == "Ember Basin supporters' trust"


def test_an_abbreviation_in_a_table_notes_source_is_no_sentence_end() -> None:
    # Guard: "U.S." keeps its stop inside the source's name.
    text = _TABLE + "Source: U.S. Gate Survey. Figures are rounded.\n"
    assert _claimants(text)["7,815"] == "U.S. Gate Survey"


def test_a_table_note_crediting_the_publishers_projections_leaves_the_rows_the_publishers() -> None:
    text = _TABLE + "Source: Gazette estimates from the clubs' returns. Rounded.\n"
    assert _claimants(text, publisher="The Tenby Gazette")["7,815"] == ""


def test_a_table_note_listing_the_publishers_analysis_after_a_source_is_the_publishers() -> None:
    text = _TABLE + "Source: clubs' published returns; Gatewatch analysis.\n"
    assert _claimants(text, publisher="Gatewatch")["6,204"] == ""


# -- judges ----------------------------------------------------------------------------------

_JUDGMENT = (
    "At trial, Mr Justice Vossington found the haulier liable for the crash.\n\n"
    "He found that the brakes had not been serviced, but he cut the award by 15% because the "
    "claimant wore no seatbelt.\n\n"
    "The judge assessed damages at £1,236,000.\n\n"
    "Lady Justice Ferrant-Lyle agrees with the result but would have assessed the claimant's "
    "share of the blame at 30%. She observes that the lorry had been inspected only 9 days "
    "before the crash.\n\n"
    "The judge applied a multiplier of 18.5 to the lost earnings.\n"
)


def test_a_judges_style_is_the_judges_name() -> None:
    assert _claimants(_JUDGMENT)["15%"] == "Mr Justice Vossington"


def test_the_judges_finding_is_the_judges_who_heard_the_case() -> None:
    assert _claimants(_JUDGMENT)["£1,236,000"] == "Mr Justice Vossington"


def test_an_appeal_judge_named_since_is_not_the_judge_below() -> None:
    assert _claimants(_JUDGMENT)["18.5"] == "Mr Justice Vossington"


def test_an_appeal_judge_who_would_have_assessed_a_figure_states_it() -> None:
    assert _claimants(_JUDGMENT)["30%"] == "Lady Justice Ferrant-Lyle"


def test_she_observes_reports_her_speech() -> None:
    assert _claimants(_JUDGMENT)["9"] == "Lady Justice Ferrant-Lyle"


def test_the_judge_named_by_no_one_is_the_judge() -> None:
    text = "The case was heard in May.\n\nThe judge awarded damages of £48,000.\n"
    assert _claimants(text)["£48,000"] == "the judge"


def test_a_judges_figure_as_a_noun_is_no_finding() -> None:
    # Guard: "the judge's figure of 15%" is the court's assessment, read as the publisher's.
    text = (
        "At trial, Mr Justice Vossington found the haulier liable.\n\n"
        "The judge’s figure of 15% was within the range open to him.\n"
    )
    assert _claimants(text)["15%"] == ""


# -- spokespeople, reported speech and ministers ---------------------------------------------


def test_a_spokesperson_named_for_no_body_speaks_for_the_body_the_sentence_before_opens_with() -> (
    None
):
    text = (
        "The panel met on Tuesday.\n\n"
        "The Ministry of Tramway Works declined to take part. In a written statement, a "
        "spokesperson said track repairs had risen 6 per cent this year.\n"
    )
    assert _claimants(text)["6 per cent"] == "Ministry of Tramway Works"


def test_she_pointed_out_set_in_the_sentence_reports_her_speech() -> None:
    text = (
        "Leocadia Quant-Edge opened the evening.\n\n"
        "Nearly a third of all trainees last year, she pointed out, were over 30.\n"
    )
    assert _claimants(text)["Nearly a third"] == "Leocadia Quant-Edge"


def test_a_portfolio_of_two_briefs_is_no_part_of_the_ministers_name() -> None:
    text = (
        "The canal reopened in spring.\n\n"
        "Ports and Inland Waterways Minister Rosamund Trevaskis said the government had "
        "committed $2.6 billion to dredging.\n"
    )
    assert _claimants(text)["$2.6 billion"] == "Rosamund Trevaskis"


# -- rates and relative clauses --------------------------------------------------------------


def test_per_second_after_a_unit_is_no_according_to() -> None:
    text = (
        "Thessaly Kersey visited the site on Monday.\n\n"
        "She added that pumps moving 9 cubic metres per second would be installed at Holtmere "
        "Weir before the rains.\n"
    )
    assert _claimants(text)["9"] == "Thessaly Kersey"


def test_which_a_named_source_expects_gives_it_the_figures_after_its_verb() -> None:
    text = (
        "Thessaly Kersey visited the site on Monday.\n\n"
        "She said the pumps would be ready before the dry season, which the Weather Service "
        "expects to cut river flows by 25%.\n"
    )
    assert _claimants(text)["25%"] == "Weather Service"


# -- honours, roles and descriptions ---------------------------------------------------------


def test_a_malaysian_honour_is_no_part_of_the_name() -> None:
    text = "KUALA TEPIS: The new bridge will cost RM1.2bil, says Datuk Seri Rahimah Osman Lee.\n"
    assert _claimants(text)["RM1.2bil"] == "Rahimah Osman Lee"


def test_a_minister_by_a_two_brief_title_alone_is_whom_he_said_names_next() -> None:
    text = (
        "The dam was finished in June.\n\n"
        "The Ports and Inland Waterways Minister said the cost rose 38% on steel prices.\n\n"
        "In a written reply to a backbencher, he said progress stood at 57% by June.\n"
    )
    assert _claimants(text)["57%"] == "Ports and Inland Waterways Minister"


def test_a_body_described_in_four_words_shortens_no_other_body() -> None:
    text = (
        "The Harbour Works Minister said the scheme was late.\n\n"
        "Storms cut power to 9,300 homes last year, according to the regional storm response "
        "committee.\n"
    )
    assert _claimants(text)["9,300"] == "regional storm response committee"


def test_a_ward_councillor_in_lowercase_is_whom_she_said_names_next() -> None:
    text = (
        "Campaign organiser Ona Vossley said the group had counted 31 objections.\n\n"
        "Ward councillor Valderine Garrow (Independent, Northmoor) will speak against the scheme. "
        "She said the local plan allocated just 40 acres for employment use.\n"
    )
    assert _claimants(text)["40"] == "Valderine Garrow"


def test_although_its_document_estimates_gives_the_figure_to_the_body_the_clause_is_about() -> None:
    text = (
        "The bypass plan was published in May.\n\n"
        "Harrowdene County Council, the roads authority, has raised no objection, although its "
        "formal response estimates the depot would generate 290 lorry trips a day.\n"
    )
    assert _claimants(text)["290"] == "Harrowdene County Council"


def test_a_forecasters_outlook_gives_its_odds() -> None:
    text = (
        "The Weather Bureau published its annual statement on Tuesday.\n\n"
        "The bureau’s seasonal outlook gives a 60 per cent chance of a wet winter.\n"
    )
    assert _claimants(text)["60 per cent"] == "Weather Bureau"


# -- a republished report and its headings ---------------------------------------------------

_REPUBLISHED = (
    "HUMANITARIAN | REPUBLISHED REPORT\n\n"
    "Editor's note: The following briefing was issued by the Regional Aid Office on 3 May and "
    "is reproduced in full. Figures have not been verified by the Ormsley Post.\n\n"
    "---\n\n"
    "HIGHLIGHTS\n\n"
    "- More than 41,000 people have been displaced across five districts.\n\n"
    "Mental health and psychosocial support (MHPSS)\n"
    "- Needs: Seven of the 12 counselling posts are vacant.\n\n"
    "---\n\n"
    "The ministry disputes the numbers.\n\n"
    "Aid flights into the province rose to 300 a week in May, up from 120 in April.\n"
)


def test_a_republished_reports_unattributed_figures_are_its_issuers() -> None:
    assert _claimants(_REPUBLISHED)["More than 41,000"] == "Regional Aid Office"


def test_a_headings_own_short_form_in_brackets_names_no_source() -> None:
    assert _claimants(_REPUBLISHED)["Seven"] == "Regional Aid Office"


def test_what_follows_the_rule_after_a_republished_report_is_the_sites() -> None:
    # Guard: the report's voice stops at the rule that closes it.
    assert _claimants(_REPUBLISHED)["300"] == ""


# -- sellers' papers, roles after "said" and traders -----------------------------------------


def test_a_developers_sales_brochure_is_the_developers() -> None:
    text = (
        "Flat sales picked up in October.\n\n"
        "Lam Wai Estates priced 210 flats at an average of HK$14,200 per square foot, according "
        "to the developer’s price list.\n"
    )
    assert _claimants(text)["210"] == "Lam Wai Estates"


def test_said_a_role_in_lowercase_then_a_name_is_that_persons() -> None:
    text = (
        "The port had a busy summer.\n\n"
        "“Bookings are running at 4 million for the season,” said chief executive Oriana "
        "Feldcastle.\n"
    )
    assert _claimants(text)["4 million"] == "Oriana Feldcastle"


def test_traders_said_names_the_traders() -> None:
    text = (
        "Prices kept rising in March.\n\n"
        "At the Old Quay Market, a crate of tomatoes now costs GH¢520, up from GH¢410 in "
        "January, traders said.\n"
    )
    assert _claimants(text)["GH¢520"] == "traders"


def test_an_age_before_a_description_leaves_the_person_the_speaker() -> None:
    text = (
        "Food prices rose again in October.\n\n"
        "Rosamund Waite, 52, a bus driver from Ashmere with two sons, said her fuel bill had "
        "gone from £60 to about £85 a week.\n"
    )
    assert _claimants(text)["£60"] == "Rosamund Waite"


def test_said_a_teams_role_then_a_name_is_the_persons_not_the_teams() -> None:
    text = (
        "The Kestrels had a good year.\n\n"
        "“Free parking was a risk,” said Kestrels team president Corvin Pell-Amari. “But "
        "spending in the stands rose $2.10 a head.”\n"
    )
    assert _claimants(text)["$2.10"] == "Corvin Pell-Amari"


def test_by_an_agent_who_found_that_gives_the_finding_to_the_agent() -> None:
    text = (
        "A school was inspected in May.\n\n"
        "A Fenbridge care home has been rated poor by inspectors, who found that almost a "
        "quarter of residents had missed doses of medicine.\n"
    )
    assert _claimants(text)["almost a quarter"] == "inspectors"


# -- unnamed sources and a body's memo -------------------------------------------------------


def test_league_sources_told_the_paper_names_the_sources() -> None:
    text = (
        "Thessaly Ostrowe has agreed to a $212 million contract extension, league sources told the "
        "paper on Tuesday night.\n"
    )
    assert _claimants(text)["$212 million"] == "league sources"


def test_an_unnamed_source_with_why_it_goes_unnamed_is_the_description_before_who() -> None:
    text = (
        "The deal will pay Ostrowe an average of $42.4 million per season, according to a person "
        "close to the talks who asked not to be named.\n"
    )
    assert _claimants(text)["$42.4 million"] == "a person close to the talks"


def test_the_memo_says_is_the_body_that_sent_the_memo() -> None:
    text = (
        "The league told clubs in a memo that the wage cap will be $98.2 million next season.\n\n"
        "The spending floor will rise to $61.5 million, the memo says.\n"
    )
    assert _claimants(text)["$61.5 million"] == "league"
