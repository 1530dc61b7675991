"""Who states a figure, in shapes a trade paper, a city page, a tech site, a newsletter and a
local station's page use: "she said" after a person described by her body's role ("the
association's president"); "It added" after a body spoke in the paragraph before; a trailing
"the ministry's census showed"; two sources in one sentence ("according to the exchange,
while X puts it closer to ..."); a name joined by an ampersand; a list under a lead-in that
names its source; a quotation answered for in the next paragraph; "the statement said"; a
"which says" clause; "the company" when a credit line stands before the company's name; "the
report" a person published; a pollster's work "for" a newspaper; and ", the figures show".
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.extract import guess_kind
from sources.models import EntityKind
from tests.intake.claimants import claimants_by_figure as _claimants

# -- "she said": the latest person -----------------------------------------------------------


def test_she_is_the_person_described_by_her_bodys_role() -> None:
    text = (
        "Wool fetched £4 a kilo on Monday, the Tarrock Wool Exchange reported.\n\n"
        "It has been a hard year, said Ilona Brack-Fenner, the association's president.\n\n"
        "She said feed bills had risen by £9,000 since 2023, and that six in ten members had "
        "sold stock.\n"
    )
    claimants = _claimants(text)
    assert claimants["£9,000"] == "Ilona Brack-Fenner"
    assert claimants["six in ten"] == "Ilona Brack-Fenner"


def test_he_is_the_person_described_by_his_charitys_role() -> None:
    text = (
        "Rents rose 8% last year, the Pellow Lettings Board said.\n\n"
        "Demand is not slowing, said Tomas Greave-Ulloa, the charity's director.\n\n"
        "He said 2,400 families were on its waiting list.\n"
    )
    assert _claimants(text)["2,400"] == "Tomas Greave-Ulloa"


def test_an_exchange_is_a_body_not_a_person() -> None:
    assert guess_kind("Tarrock Wool Exchange", via_speech=True) != EntityKind.PERSON


def test_she_with_no_person_before_is_no_one_named() -> None:
    """ "She" cannot be an exchange that reported (read before as a person for speaking)."""
    text = (
        "Wool fetched £4 a kilo on Monday, the Tarrock Wool Exchange reported.\n\n"
        "She said feed bills had risen by £9,000 since 2023.\n"
    )
    assert _claimants(text)["£9,000"] == ""


# -- "It added": the body that spoke in the paragraph before ---------------------------------


def test_it_added_is_the_body_that_spoke_in_the_paragraph_before() -> None:
    text = (
        "The Drovers' Union's survey of 800 members found that 40% expected a loss.\n\n"
        "The Ministry of Upland Farming said it had paid £20m to 900 farms this year.\n\n"
        "It added that a further £5m would open for applications in May, with awards capped "
        "at £4,000.\n"
    )
    claimants = _claimants(text)
    assert claimants["£5m"] == "Ministry of Upland Farming"
    assert claimants["£4,000"] == "Ministry of Upland Farming"


def test_it_also_said_is_the_body_that_spoke_in_the_paragraph_before() -> None:
    text = (
        "A study by the Harrowgate Institute found that 30% of ponds had dried out.\n\n"
        "The Wetlands Agency of Mirrin said it had restored 140 ponds since 2022.\n\n"
        "It also said 60 more would be dug next year.\n"
    )
    assert _claimants(text)["60"] == "Wetlands Agency of Mirrin"


def test_it_found_after_a_person_is_still_the_study() -> None:
    """Guard: when a person spoke last, "It also found" goes on with the study's body."""
    text = (
        "The Kelmere Institute published a study of 2,000 patients on Monday.\n\n"
        "Dr Ada Pellworth, who was not involved, said the approach was sound.\n\n"
        "It also found that 12% of patients had missed a dose.\n"
    )
    assert _claimants(text)["12%"] == "Kelmere Institute"


# -- "the ministry's census showed" ----------------------------------------------------------


def test_a_trailing_census_of_a_body_named_before() -> None:
    text = (
        "The Ministry of Coastal Affairs said 300 boats had been sold this year.\n\n"
        "Inshore boats made up 41% of the fleet, down 6 percentage points on 2024, the "
        "ministry's July census showed.\n"
    )
    claimants = _claimants(text)
    assert claimants["41%"] == "Ministry of Coastal Affairs"
    assert claimants["6 percentage points"] == "Ministry of Coastal Affairs"


def test_a_trailing_survey_of_a_council_named_before() -> None:
    text = (
        "Brackley District Council said it would build 200 homes.\n\n"
        "Nearly 3,100 households are on the waiting list, the council's annual housing survey "
        "found.\n"
    )
    assert _claimants(text)["Nearly 3,100"] == "Brackley District Council"


def test_according_to_a_bodys_census() -> None:
    text = (
        "The Ministry of Coastal Affairs said 300 boats had been sold this year.\n\n"
        "Inshore boats made up 41% of the fleet, according to the ministry's census.\n"
    )
    assert _claimants(text)["41%"] == "Ministry of Coastal Affairs"


def test_a_census_of_no_body_is_the_publishers() -> None:
    """Guard: "the country's census" names no body that speaks."""
    text = "Inshore boats made up 41% of the fleet, the country's census showed.\n"
    assert _claimants(text)["41%"] == ""


# -- two sources in one sentence -------------------------------------------------------------


def test_each_figure_is_its_own_clauses_source() -> None:
    text = (
        "Copper traded at $9,000 a tonne, the Halverton Metals Exchange reported.\n\n"
        "Stocks of copper are up by about 12% on the year, according to the exchange, while "
        "the Smelters' Guild of Arnmoor puts the rise closer to 20%.\n"
    )
    claimants = _claimants(text)
    assert claimants["about 12%"] == "Halverton Metals Exchange"
    assert claimants["20%"] == "Smelters' Guild of Arnmoor"


def test_the_market_stands_for_the_market_named_before() -> None:
    text = (
        "Cod sold for £3 a kilo, the Dunmore Fish Market said.\n\n"
        "Landings fell 9% in June, according to the market, while the Inshore Skippers' Alliance "
        "says the fall was nearer 15%.\n"
    )
    claimants = _claimants(text)
    assert claimants["9%"] == "Dunmore Fish Market"
    assert claimants["15%"] == "Inshore Skippers' Alliance"


def test_the_exchange_with_no_exchange_named_is_no_one() -> None:
    """Guard: "the exchange" with no exchange named before names no one."""
    text = "Stocks of copper are up by about 12% on the year, according to the exchange.\n"
    assert _claimants(text)["about 12%"] == ""


# -- an ampersand joins one name -------------------------------------------------------------


def test_an_ampersand_joins_one_name_before_a_description() -> None:
    text = (
        "Brindle & Oakes, the country's largest grocer, said in a statement that it paid its "
        "growers £12 a tonne above the market and that 80% of its flour was local.\n"
    )
    claimants = _claimants(text)
    assert claimants["£12"] == "Brindle & Oakes"
    assert claimants["80%"] == "Brindle & Oakes"


def test_the_grocer_stands_for_the_name_with_an_ampersand() -> None:
    text = (
        "Brindle & Oakes, the country's largest grocer, opened 12 stores last year.\n\n"
        "Sales rose 4% in the spring, the grocer said.\n"
    )
    assert _claimants(text)["4%"] == "Brindle & Oakes"


# -- a list under a lead-in that names its source --------------------------------------------


def test_a_list_under_a_lead_in_that_names_a_bodys_report() -> None:
    text = (
        "The number of people sleeping rough rose to 3,100, according to results released on "
        "Tuesday by the Dunmere Regional Housing Agency.\n\n"
        "Here is how the agency's report breaks down the total:\n\n"
        "- In shelters: 1,200\n\n"
        "- Unsheltered: 800, up from 700 in 2024\n\n"
        "- Veterans: 210, down 5% on last year\n"
    )
    claimants = _claimants(text)
    for figure in ("1,200", "800", "700", "210", "5%"):
        assert claimants[figure] == "Dunmere Regional Housing Agency", figure


def test_a_list_under_a_lead_in_that_names_a_councils_figures() -> None:
    text = (
        "Ashvale Borough Council said it had spent £40m on roads.\n\n"
        "This is how the council's figures split the spending:\n\n"
        "- Potholes: £12m\n\n"
        "- Resurfacing: £20m\n"
    )
    claimants = _claimants(text)
    assert claimants["£12m"] == "Ashvale Borough Council"
    assert claimants["£20m"] == "Ashvale Borough Council"


def test_a_list_under_a_lead_in_that_names_no_source_is_the_publishers() -> None:
    """Guard: "Here is how the money is split:" names no source."""
    text = (
        "Ashvale Borough Council said it had spent £40m on roads.\n\n"
        "Here is how the money is split:\n\n"
        "- Potholes: £12m\n\n"
        "- Resurfacing: £20m\n"
    )
    assert _claimants(text)["£12m"] == ""


# -- a quotation answered for in the next paragraph ------------------------------------------


def test_a_quotation_paragraph_answered_for_in_the_next_paragraph() -> None:
    text = (
        "Mayor Odile Farrant-Obi said the city would add 500 beds by 2027.\n\n"
        '"At least 30% of what the mayor calls new beds are winter cots."\n\n'
        "That claim came from Piers Anwoode-Tal, director of the Lantern Row Trust, which runs "
        "two day centres.\n"
    )
    assert _claimants(text)["At least 30%"] == "Piers Anwoode-Tal"


def test_a_warning_answered_for_in_the_next_paragraph() -> None:
    text = (
        "Mayor Odile Farrant-Obi said the city would add 500 beds by 2027.\n\n"
        '"Half of these beds will close every spring."\n\n'
        "The warning came from Piers Anwoode-Tal, who runs the Lantern Row Trust.\n"
    )
    assert _claimants(text)["Half"] == "Piers Anwoode-Tal"


def test_a_quotation_paragraph_not_answered_for_goes_on_with_the_speaker_before() -> None:
    """Guard: a next paragraph that does not point back names no speaker for it."""
    text = (
        "Mayor Odile Farrant-Obi said the city would add 500 beds by 2027.\n\n"
        '"At least 30% of the new beds will be in new buildings."\n\n'
        "Piers Anwoode-Tal runs the Lantern Row Trust.\n"
    )
    assert _claimants(text)["At least 30%"] == "Odile Farrant-Obi"


# -- "the statement said" --------------------------------------------------------------------


def test_the_statement_said_is_the_body_that_issued_a_statement() -> None:
    text = (
        "The Fernhollow Group said in a statement that it had found no misuse of the data.\n\n"
        '"Since then we have invested more than €5 million in security," the statement said.\n'
    )
    assert _claimants(text)["more than €5 million"] == "Fernhollow Group"


def test_according_to_the_statement_is_the_body_that_issued_it() -> None:
    text = (
        "The Quarry Lane Trust said in a statement on Friday that the site would close.\n\n"
        "The Mayor of Brisk, Ada Quell, said she was saddened.\n\n"
        "Some 40 staff will lose their jobs, according to the statement.\n"
    )
    assert _claimants(text)["Some 40"] == "Quarry Lane Trust"


def test_the_statement_said_with_no_statement_before_is_no_one_named() -> None:
    """Guard: a statement no one was said to issue names no one."""
    text = '"We have invested more than €5 million in security," the statement said.\n'
    assert _claimants(text)["more than €5 million"] == ""


# -- a "which says" clause -------------------------------------------------------------------


def test_a_which_says_clause_is_its_subjects() -> None:
    text = "Fernhollow, which says it has 6 million users, raised $40m from investors last year.\n"
    claimants = _claimants(text)
    assert claimants["6 million"] == "Fernhollow"
    assert claimants["$40m"] == ""


def test_a_which_claims_clause_of_a_trust_is_the_trusts() -> None:
    text = (
        "The Yarrow Trust, which claims to have helped 2,300 families, opened a centre costing "
        "£1.2m.\n"
    )
    claimants = _claimants(text)
    assert claimants["2,300"] == "Yarrow Trust"
    assert claimants["£1.2m"] == ""


def test_a_which_clause_that_says_nothing_is_the_publishers() -> None:
    """Guard: "which has" is the publisher's description."""
    text = "Fernhollow, which has 6 million users, raised $40m from investors last year.\n"
    assert _claimants(text) == {"6 million": "", "$40m": ""}


# -- "the company" after a credit line -------------------------------------------------------


def test_the_company_is_not_run_into_a_credit_line_before_it() -> None:
    text = (
        "Illustration: Ada Marrow / Widget Review\n\n"
        "Fernhollow Labs, the company behind the app, was fined €2m on Tuesday.\n\n"
        "The company says the tool has been used 1.3 million times.\n"
    )
    assert _claimants(text)["1.3 million"] == "Fernhollow Labs"


# -- "the report" a person published ---------------------------------------------------------


def test_the_report_a_person_published() -> None:
    text = (
        "The city's chief inspector, Ada Brennick-Oduya, said in a report published on Monday "
        "that costs had reached $2bn.\n\n"
        "Security costs alone have risen from $80m to $210m, according to the report, which "
        "blames a late redesign.\n\n"
        "The report found that 9 of the 20 contracts had been awarded without tender.\n"
    )
    claimants = _claimants(text)
    for figure in ("$80m", "$210m", "9", "20"):
        assert claimants[figure] == "Ada Brennick-Oduya", figure


def test_the_report_a_body_published_not_its_critic() -> None:
    """Guard: a person who talks about the report did not publish it."""
    text = (
        "The Tarn Valley Trust published a report on Monday.\n\n"
        "Ada Quillby, a councillor, said the report was flawed.\n\n"
        "According to the report, 40% of the valley's farms are losing money.\n"
    )
    assert _claimants(text)["40%"] == "Tarn Valley Trust"


# -- a pollster's work "for" a newspaper -----------------------------------------------------


def test_polling_for_a_newspaper_is_the_pollsters() -> None:
    text = (
        "Support for the scheme has fallen to 44% from 61%, according to polling by Fenmore "
        "Research for the Ashby Evening Star.\n"
    )
    claimants = _claimants(text)
    assert claimants["44%"] == "Fenmore Research"
    assert claimants["61%"] == "Fenmore Research"


def test_a_survey_for_a_body_is_the_pollsters() -> None:
    text = (
        "A survey by Pellam Insights for the Kestrel Farmers' Union found 30% of members had "
        "cut staff.\n"
    )
    assert _claimants(text)["30%"] == "Pellam Insights"


def test_a_name_that_holds_for_keeps_it() -> None:
    """Guard: "for" inside a body's own name is part of it."""
    text = "Child poverty rose to 29%, according to research by the Institute for Family Study.\n"
    assert _claimants(text)["29%"] == "Institute for Family Study"


# -- ", the figures show" --------------------------------------------------------------------


def test_the_figures_show_carries_the_body_whose_figures_they_are() -> None:
    text = (
        "Forty people died on the roads last year, according to figures released by Tarnmoor "
        "Police on Monday.\n\n"
        "A further 300 were hurt, the force said.\n\n"
        "Cyclists accounted for 9 of the deaths and walkers for about one in five, the figures "
        "show.\n"
    )
    claimants = _claimants(text)
    assert claimants["9"] == "Tarnmoor Police"
    assert claimants["about one in five"] == "Tarnmoor Police"


def test_the_data_show_carries_the_body_whose_data_they_are() -> None:
    text = (
        "Hospital admissions rose 7% last winter, according to data published by the Fennick "
        "Health Board.\n\n"
        "Flu accounted for 1,200 of them, the data show.\n"
    )
    assert _claimants(text)["1,200"] == "Fennick Health Board"


def test_the_figures_show_with_no_body_before_is_the_publishers() -> None:
    """Guard: with no body's figures given before, "the figures show" is the publisher's."""
    text = "Cyclists accounted for 9 of the 40 deaths last year, the figures show.\n"
    assert _claimants(text)["9"] == ""


def test_the_figures_show_after_another_speaker_is_the_publishers() -> None:
    """Guard: once someone else has spoken, "the figures" are the publisher's reading."""
    text = (
        "Forty people died on the roads last year, according to figures released by Tarnmoor "
        "Police on Monday.\n\n"
        '"Every death is a family," said Sergeant Ada Vell.\n\n'
        "Cyclists accounted for 9 of the deaths, the figures show.\n"
    )
    assert _claimants(text)["9"] == ""


# -- "by the union's estimate" ---------------------------------------------------------------


def test_by_a_bodys_estimate_is_the_bodys() -> None:
    text = (
        "The Kelby Bakers' Union said members had lost £2m this year.\n\n"
        "A baker keeps about 9p of every loaf, by the union's estimate.\n"
    )
    assert _claimants(text)["about 9p"] == "Kelby Bakers' Union"


def test_by_a_named_bodys_count_is_the_bodys() -> None:
    text = "Some 1,400 families were evicted last year, by the Harlow Tenants Trust's count.\n"
    assert _claimants(text)["Some 1,400"] == "Harlow Tenants Trust"


def test_a_rise_by_more_than_an_estimate_is_not_the_estimators() -> None:
    """Guard: "rose by more than the council's estimate" is no one's claim but the publisher's."""
    text = "Costs rose 12% last year, by more than the council's estimate.\n"
    assert _claimants(text)["12%"] == ""
