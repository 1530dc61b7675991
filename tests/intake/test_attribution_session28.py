"""Who states a figure, by shapes of English and of news writing that recur: a table's source
printed in its caption, an unnamed source as a sentence's subject, an acronym the article
spelled out, a list heading's bracket that says what the figures count, and titles that stand
before a name.
Every sentence and page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from intake.extract import extract_suggestions
from intake.fetch import read_article_html
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants


def _page(caption: str, *, tag: str = "figcaption") -> str:
    table = (
        "<table><thead><tr><th>Year</th><th>Visitors</th></tr></thead><tbody>"
        "<tr><td>2023</td><td>412,300</td></tr><tr><td>2024</td><td>468,950</td></tr>"
        "</tbody></table>"
    )
    box = (
        f"<figure>{table}<figcaption>{caption}</figcaption></figure>"
        if tag == "figcaption"
        else table.replace("<table>", f"<table><caption>{caption}</caption>")
    )
    return (
        "<html><head><title>Gallery visits climb | Quenmoor Herald</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Gallery visits climb</h1>"
        "<p>The Quellbridge Gallery of Modern Craft had its busiest year since it opened, "
        "with the new wing drawing crowds through the summer months.</p>"
        "<p>Attendance has risen every year since the building reopened after repairs.</p>"
        f"{box}"
        "<p>Director Lisbeth Thwaite-Rasku said she expected the number to keep rising.</p>"
        "</article><footer>© Quenmoor Herald</footer></body></html>"
    )


def _row_claimants(html: str) -> dict[str, str]:
    page = read_article_html(html)
    return _claimants(page.text, publisher=page.publisher)


# -- a table's source, printed in its caption -------------------------------------------------


def test_a_tables_caption_that_names_its_source_credits_the_rows() -> None:
    claimants = _row_claimants(_page("Visitors by year. Source: Quellbridge Gallery Trust"))
    assert claimants["412,300"] == "Quellbridge Gallery Trust"
    assert claimants["468,950"] == "Quellbridge Gallery Trust"


def test_a_caption_element_of_the_table_credits_the_rows_as_a_figcaption_does() -> None:
    claimants = _row_claimants(
        _page("Visitors by year (Source: Quellbridge Gallery Trust)", tag="caption")
    )
    assert claimants["468,950"] == "Quellbridge Gallery Trust"


def test_a_caption_naming_the_owners_annual_reports_credits_the_owner() -> None:
    claimants = _row_claimants(_page("Source: Quellbridge Gallery Trust annual reports."))
    assert claimants["412,300"] == "Quellbridge Gallery Trust"


def test_only_the_note_of_the_caption_is_kept_not_its_title() -> None:
    text = read_article_html(_page("Visitors by year. Source: Quellbridge Gallery Trust")).text
    assert "Source: Quellbridge Gallery Trust" in text
    assert "Visitors by year." not in text


def test_guard_a_caption_that_names_no_source_stays_out_and_the_rows_stay_the_publishers() -> None:
    page = read_article_html(_page("Visitors by year, in thousands"))
    assert "Visitors by year" not in page.text
    assert _claimants(page.text, publisher=page.publisher)["412,300"] == ""


# -- an unnamed source as the sentence's subject ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "source"),
    [
        (
            "A person familiar with the talks said the fee had been set at about €42 a tonne.",
            "about €42",
            "a person familiar with the talks",
        ),
        (
            "Two people close to the board said the offer was worth $3.1 billion.",
            "$3.1 billion",
            "two people close to the board",
        ),
        (
            "People familiar with the matter said the bid valued the group at $880 million.",
            "$880 million",
            "people familiar with the matter",
        ),
        (
            "The airline will cut 640 jobs, two people briefed on the plan said.",
            "640",
            "two people briefed on the plan",
        ),
        (
            "One official close to the negotiations, who asked not to be named, said 19 "
            "ships were affected.",
            "19",
            "one official close to the negotiations",
        ),
    ],
)
def test_an_unnamed_source_that_speaks_is_the_claimant_as_described(
    sentence: str, figure: str, source: str
) -> None:
    text = f"The port's talks with its operators went on into the night.\n\n{sentence}\n"
    assert _claimants(text)[figure] == source


# -- an acronym the article spelled out ---------------------------------------------------------


def test_an_acronym_that_speaks_is_the_name_the_article_spelled_it_out_as() -> None:
    text = (
        "Official figures from the Office for Rail Punctuality (ORP) show 81.4% of trains "
        "arrived on time last year.\n\n"
        "Of the 14 operators, ORP data show that 11 ran fewer trains late than in 2023.\n"
    )
    claimants = _claimants(text)
    assert claimants["81.4%"] == "Office for Rail Punctuality"
    assert claimants["11"] == "Office for Rail Punctuality"


def test_guard_an_acronym_the_article_never_spelled_out_stays_as_written() -> None:
    text = "Of the 14 operators, ORP data show that 11 ran fewer trains late than in 2023.\n"
    assert _claimants(text)["11"] == "ORP"


# -- a list heading's bracket that says what the figures count ---------------------------------


def test_a_list_headings_bracket_in_lower_case_is_no_source() -> None:
    text = (
        "Complaints to the Ostrevale Lending Ombudsman rose again last year, its report shows.\n\n"
        "Firms with most complaints (number received, 2024)\n"
        "1. Pellbrook Mutual: 7,480\n"
        "2. Ostry Credit: 4,113\n"
    )
    claimants = _claimants(text)
    assert claimants["7,480"] != "number received, 2024"
    assert claimants["4,113"] != "number received, 2024"


def test_guard_a_list_headings_bracketed_name_is_still_its_source() -> None:
    text = (
        "Fees rose at every site this year.\n\n"
        "Key figures (Ostrevale Lending Ombudsman)\n"
        "- Complaints: 7,480\n"
        "- Upheld: 41%\n"
    )
    assert _claimants(text)["7,480"] == "Ostrevale Lending Ombudsman"


# -- titles before a name ------------------------------------------------------------------


def test_an_abbreviated_councillors_title_before_a_surname_gives_the_full_name() -> None:
    text = (
        "Councillor Imara Vantreece chairs the shire's economic committee.\n\n"
        '"We have lost 40 young people to the city this year," Cr Vantreece said.\n'
    )
    assert _claimants(text)["40"] == "Imara Vantreece"


def test_a_members_title_before_the_name_is_no_part_of_it() -> None:
    text = "Local TD Sorcha Vashby-Reid, who attended the meeting, said 300 homes were affected.\n"
    assert _claimants(text)["300"] == "Sorcha Vashby-Reid"


def test_the_suggestions_claimant_is_spelled_out_as_its_figures_are() -> None:
    text = (
        "Official figures from the Office for Rail Punctuality (ORP) show 81.4% of trains "
        "arrived on time last year.\n\n"
        "Of the 14 operators, ORP data show that 11 ran fewer trains late than in 2023.\n"
    )
    (_, second) = extract_suggestions(normalise(text))
    assert second.claimant == "Office for Rail Punctuality"


def test_a_tables_source_in_its_figure_caption_is_read_beside_a_title_caption() -> None:
    # The table keeps its title in <caption>; the <figure> round it names the source.
    html = (
        _page("Visitors by year", tag="caption")
        .replace("<table><caption>", "<figure><table><caption>")
        .replace(
            "</table>",
            "</table><figcaption>Source: Quellbridge Gallery Trust</figcaption></figure>",
        )
    )
    assert _row_claimants(html)["468,950"] == "Quellbridge Gallery Trust"


# -- names given in full ---------------------------------------------------------------------


def test_an_acronym_never_spelled_out_is_the_one_name_whose_initials_it_takes() -> None:
    text = (
        "You could once walk into a Quellby Premier Hockey League game minutes before the "
        "start.\n\n"
        "On Tuesday the QPHL said the salary cap would rise to $4.2 million per team.\n"
    )
    assert _claimants(text)["$4.2 million"] == "Quellby Premier Hockey League"


def test_a_title_word_inside_a_bodys_name_titles_no_one() -> None:
    text = (
        "You could once walk into a Quellby Premier Hockey League game minutes before the "
        "start.\n\n"
        "Attendance rose 22 per cent this season, according to figures the league released.\n"
    )
    assert _claimants(text)["22 per cent"] == "Quellby Premier Hockey League"


def test_a_short_form_in_brackets_that_abbreviates_the_name_is_that_name() -> None:
    text = (
        "Tariffs are set by the Vashby Rates Council (Vrco) each March.\n\n"
        "Bills will rise 12.7% from July, Vrco said.\n"
    )
    assert _claimants(text)["12.7%"] == "Vashby Rates Council"


def test_guard_a_word_in_brackets_after_a_person_is_no_short_form_of_her() -> None:
    text = (
        "Sorcha Vashby-Reid (Labour) chairs the committee.\n\n"
        "Bills will rise 12.7% from July, Labour said.\n"
    )
    assert _claimants(text)["12.7%"] == "Labour"


def test_a_surname_is_the_full_name_the_article_gives_further_down() -> None:
    # A live page puts its latest entry first: the person is introduced below.
    text = (
        "9:42pm\n\nVarrick responded that the cut was closer to 9% once a grant was counted.\n\n"
        "7:05pm\n\nCity Manager Ada Varrick said the budget totals $213.9 million.\n"
    )
    assert _claimants(text)["9%"] == "Ada Varrick"


@pytest.mark.parametrize(
    ("sentence", "figure", "name"),
    [
        ("Sorcha Moor TD said 300 homes were affected.", "300", "Sorcha Moor"),
        ("City Clerk Ada Varrick said 41 residents had signed up.", "41", "Ada Varrick"),
        (
            "Relief Commissioner-General Ben Roe said four in five claims were paid.",
            "four in five",
            "Ben Roe",
        ),
    ],
)
def test_titles_and_letters_round_a_name_are_no_part_of_it(
    sentence: str, figure: str, name: str
) -> None:
    assert _claimants(f"The meeting ran late.\n\n{sentence}\n")[figure] == name


def test_a_body_named_by_where_it_is_is_the_body_that_spoke_before() -> None:
    text = (
        "Outages reached 1,276 hours this year, according to a tally kept by Drellham Energy "
        "Insights.\n\n"
        "That is more than the 1,015 hours recorded in 2021, the Quenmoor-based consultancy "
        "said.\n"
    )
    assert _claimants(text)["1,015"] == "Drellham Energy Insights"


def test_a_release_under_an_editors_note_of_its_own_is_its_issuers() -> None:
    text = (
        "The following media release was issued by Quenmoor Botanic Trust on Friday.\n\n"
        "Gardeners logged 1,904 plant species in the annual survey.\n\n"
        "The glasshouses drew 88,300 visitors in 2025.\n\n"
        "ENDS\n\n"
        "Entry costs R95 for adults, the paper found.\n"
    )
    claimants = _claimants(text)
    assert claimants["1,904"] == "Quenmoor Botanic Trust"
    assert claimants["88,300"] == "Quenmoor Botanic Trust"


def test_a_list_of_bands_under_a_lead_in_is_the_lead_ins_sources() -> None:
    text = (
        "The finance minister set out the new bands on Saturday.\n\n"
        "The revised slabs announced by Sorcha Vashby-Reid are:\n"
        "Rs 4 lakh to Rs 8 lakh: 5%\n"
        "Rs 8 lakh to Rs 12 lakh: 10%\n"
        "Turnout: 64.8%\n"
    )
    claimants = _claimants(text)
    assert claimants["5%"] == "Sorcha Vashby-Reid"
    assert claimants["10%"] == "Sorcha Vashby-Reid"
    assert claimants["64.8%"] == "Sorcha Vashby-Reid"


def test_a_caption_naming_the_owners_decisions_credits_the_owner() -> None:
    claimants = _row_claimants(_page("Source: Quellbridge Gallery Trust board decisions"))
    assert claimants["412,300"] == "Quellbridge Gallery Trust"


def test_what_a_caption_says_after_its_source_is_not_kept_as_the_storys_text() -> None:
    page = read_article_html(
        _page("Source: Quellbridge Gallery Trust. Figures for the 12 months to June.")
    )
    assert "Source: Quellbridge Gallery Trust." in page.text
    assert "12 months" not in page.text


def test_a_newspapers_own_calculation_is_no_claimant_of_its_own() -> None:
    # "Courier calculation" is no name: the capital opens a masthead, not the common noun.
    text = (
        "Applications rose again this year.\n\n"
        "The forms raised about Rs 4.1 crore at Rs 250 each, a Courier calculation shows.\n"
    )
    assert _claimants(text)["about Rs 4.1 crore"] == ""


def test_guard_an_institutes_analysis_is_the_institutes() -> None:
    text = "The deficit is $4m, a Quenmoor Institute analysis shows.\n"
    assert _claimants(text)["$4m"] == "Quenmoor Institute"


def test_a_caption_naming_the_owners_observations_credits_the_owner() -> None:
    claimants = _row_claimants(_page("Source: Quellbridge Gallery Trust observations"))
    assert claimants["412,300"] == "Quellbridge Gallery Trust"


def test_a_boxs_bracketed_source_is_read_up_to_its_comma_and_by_its_owner() -> None:
    text = (
        "Pension funds are better funded than a year ago.\n\n"
        "Key figures (Quenmoor Pensions Office survey, end of 2024)\n"
        "- Funds: 1,288\n"
        "- Members: 3.9 million\n"
    )
    assert _claimants(text)["3.9 million"] == "Quenmoor Pensions Office"


def test_a_standfirst_that_shortens_the_name_first_does_not_keep_it_short() -> None:
    text = (
        "QUENMOOR TECH\n\n"
        "How thirsty is the Vashby data centre? The operator and the town disagree\n"
        "Drellham says its campus runs lean. A residents' group says the figures leave out "
        "July.\n\n"
        "By Ada Quenmere\n"
        "21 August 2026\n\n"
        "The town's reservoir fell to 58% of capacity this summer, and a residents' group "
        "started asking how much was going into the cooling system of Drellham Digital "
        "Infrastructure's data centre.\n\n"
        "Drellham said the campus used 36,500 cubic metres of water last year.\n"
    )
    assert _claimants(text)["36,500"] == "Drellham Digital Infrastructure"


def test_guard_a_person_named_by_where_she_is_is_no_body_that_spoke_before() -> None:
    text = (
        "Vashby Analytics counted outages all year.\n\n"
        "Output rose 12%, the Quenmoor-based analyst said.\n"
    )
    assert _claimants(text)["12%"] != "Vashby Analytics"


def test_a_role_with_a_plural_owner_before_the_speakers_name() -> None:
    text = (
        "Rents near the campus rose again.\n\n"
        '"Many of us pay Rs 5,200 a month for a shared room," said students\' union president '
        "Imara Vashby-Reid.\n"
    )
    assert _claimants(text)["Rs 5,200"] == "Imara Vashby-Reid"


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("- Think tank says net debt will hit $87.3 billion", "$87.3 billion"),
        ("Think tank says net debt will hit $87.3 billion", "$87.3 billion"),
        ("- Average class size reported in primary schools: 61 pupils", "61"),
    ],
)
def test_an_items_opening_capital_makes_no_name_of_common_words(line: str, figure: str) -> None:
    text = f"The budget was delivered on Tuesday.\n\nKey points:\n{line}\n"
    claimant = _claimants(text)[figure]
    assert claimant[:1] != "-"
    assert claimant not in ("Think tank", "Average class size")


@pytest.mark.parametrize(
    ("sentence", "figure", "claimant"),
    [
        (
            "City staff estimate the rise would add about $3.85 a month to a bill.",
            "about $3.85",
            "City staff",
        ),
        ("One audience member said 40 people had been turned away.", "40", "One audience member"),
    ],
)
def test_guard_people_described_by_a_common_noun_still_speak(
    sentence: str, figure: str, claimant: str
) -> None:
    assert _claimants(f"The hearing ran late.\n\n{sentence}\n")[figure] == claimant


def test_an_acronyms_full_name_stands_on_its_own_line() -> None:
    text = (
        "Teachers at a rally. Photo: Quenmoor Ledger/Imara Vashby-Reid\n\n"
        "The United Teachers' Guild of Vashby (UTGV) has published a briefing on pay.\n\n"
        "UTGV said 64% of teachers were paid late.\n"
    )
    assert _claimants(text)["64%"] == "United Teachers' Guild of Vashby"


@pytest.mark.parametrize(
    ("sentence", "figure", "name"),
    [
        ("That fee is 11%, said Comrade Imara Vashby-Reid.", "11%", "Imara Vashby-Reid"),
        ("Ben Roe BL said the firm made €3 million last year.", "€3 million", "Ben Roe"),
    ],
)
def test_more_titles_and_letters_round_a_name(sentence: str, figure: str, name: str) -> None:
    assert _claimants(f"The court sat on Monday.\n\n{sentence}\n")[figure] == name


def test_an_edited_version_of_a_release_is_its_issuers_up_to_the_papers_own_section() -> None:
    text = (
        "Unemployment fell to 4.6% in the quarter, according to figures published on Thursday "
        "by Statistics Quenmoor.\n\n"
        "What follows is an edited version of the Statistics Quenmoor release.\n\n"
        "Employment rose by 18,450 over the quarter to 3.05 million.\n\n"
        "Full-time employment increased by 11,200.\n\n"
        "Our take\n\n"
        "The 0.3 percentage-point fall is the largest quarterly drop since 2022.\n"
    )
    claimants = _claimants(text)
    assert claimants["18,450"] == "Statistics Quenmoor"
    assert claimants["11,200"] == "Statistics Quenmoor"
    assert claimants["0.3 percentage-point"] == ""


@pytest.mark.parametrize(
    ("sentence", "figure", "name"),
    [
        (
            "Mohd Irfan Vashby-Tan said prices would rise 4 per cent.",
            "4 per cent",
            "Mohd Irfan Vashby-Tan",
        ),
        ("Maria Inés Quenmere said 12 clinics had closed.", "12", "Maria Inés Quenmere"),
    ],
)
def test_a_three_word_name_keeps_its_first_given_name(
    sentence: str, figure: str, name: str
) -> None:
    assert _claimants(f"Prices moved again this week.\n\n{sentence}\n")[figure] == name


@pytest.mark.parametrize(
    ("sentence", "figure", "name"),
    [
        ("Paramedic Joel Vashmere said 12 calls came in.", "12", "Joel Vashmere"),
        ("Midwife Ada Quenmere said three births were missed.", "three", "Ada Quenmere"),
    ],
)
def test_guard_a_job_that_opens_the_sentence_is_no_given_name(
    sentence: str, figure: str, name: str
) -> None:
    assert _claimants(f"The ward was busy.\n\n{sentence}\n")[figure] == name


def test_a_hyphenated_surname_is_the_full_name_the_article_gives_further_down() -> None:
    text = (
        "9:42pm\n\nQuenmere-Vash confirms the deficit is projected at $3.8 billion.\n\n"
        "7:05pm\n\nFinance Minister Imara Quenmere-Vash rises to deliver the budget.\n"
    )
    assert _claimants(text)["$3.8 billion"] == "Imara Quenmere-Vash"
