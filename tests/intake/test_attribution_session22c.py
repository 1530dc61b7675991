"""Who states a figure, by general machinery rather than one sentence's shape: a company's
filing with an exchange or a regulator is the company's, and "the company" shortens a name
whose own words say it is one ("... Corp", "... plc"); a role named by its owner's possessive
and then the person who holds it ("a report by the council's director of finance, Ada Moor,");
a pronoun's colon that opens a quotation ("He went on: “...”"); a person set off in apposition
who "put" a figure "at" something; a person introduced with an age ("For Ada Moor, 34, from
X, ..."), who goes on as "she"; a body whose name joins "of the" ("Friends of the Marsh"); and
a phrase of a sentence that ends in a pronoun ("Let's start with what we found") is no name.
Figures that are no claim: a duration inside a quotation ("for 20 years"), a time ago ("two
seasons ago") and a person's age in apposition.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _suggested

# -- a company's filing with an exchange or a regulator --------------------------------------


def test_a_filing_with_an_exchange_is_the_filing_companys() -> None:
    text = (
        "Harlow miner Quenby Metals Corp cut its forecast on Monday.\n\n"
        "Zinc output fell 9% in the quarter, according to a filing with the Tarrow Stock "
        "Exchange.\n"
    )
    assert _claimants(text)["9%"] == "Quenby Metals Corp"


def test_a_filing_to_a_regulator_is_the_filing_companys() -> None:
    text = (
        "Brisk Foods plc said sales had slowed.\n\n"
        "Revenue fell to £41m from £52m, according to a regulatory filing to the Vale "
        "Securities Commission.\n"
    )
    claimants = _claimants(text)
    assert claimants["£41m"] == "Brisk Foods plc"
    assert claimants["£52m"] == "Brisk Foods plc"


def test_the_filing_goes_on_as_the_filing_companys() -> None:
    text = (
        "Harlow miner Quenby Metals Corp cut its forecast on Monday.\n\n"
        "Zinc output fell 9% in the quarter, according to a filing with the Tarrow Stock "
        "Exchange.\n\n"
        "The filing showed profit fell to $40 million from $61 million.\n"
    )
    claimants = _claimants(text)
    assert claimants["$40 million"] == "Quenby Metals Corp"
    assert claimants["$61 million"] == "Quenby Metals Corp"


def test_the_company_shortens_a_name_that_says_it_is_one() -> None:
    text = (
        "Ostwick miner Pellam Copper Corp reported lower output on Tuesday, according to the "
        "Norland Stock Exchange.\n\n"
        "The strike is costing about 900 tonnes of output a day, the company estimates.\n"
    )
    assert _claimants(text)["about 900"] == "Pellam Copper Corp"


def test_an_exchanges_own_statement_stays_the_exchanges() -> None:
    """Guard: figures the exchange itself gives, not a filing with it, are the exchange's."""
    text = "Trading volumes rose 14% last month, according to the Tarrow Stock Exchange.\n"
    assert _claimants(text)["14%"] == "Tarrow Stock Exchange"


# -- a role named by its owner's possessive, then the person ---------------------------------


def test_a_report_by_a_bodys_officer_named_after_is_the_persons() -> None:
    text = (
        "A report to the meeting by the council's director of finance, Ada Kessel-Moor, said "
        "the scheme would cost £41m.\n"
    )
    assert _claimants(text)["£41m"] == "Ada Kessel-Moor"


def test_a_report_by_a_bodys_treasurer_named_after_is_the_persons() -> None:
    text = (
        "A paper by the trust's chief financial officer, Tomas Ferrand-Lee, put the deficit "
        "at £8.2m.\n"
    )
    assert _claimants(text)["£8.2m"] == "Tomas Ferrand-Lee"


def test_a_report_by_a_role_with_no_name_stays_the_bodys() -> None:
    """Guard: a report by a role that no name follows stays the role's body noun phrase."""
    text = "Gellow Borough Council met on Monday.\n\nA report by the council put the gap at £6m.\n"
    assert _claimants(text)["£6m"] == "Gellow Borough Council"


# -- a pronoun and a colon that opens a quotation --------------------------------------------


def test_he_went_on_colon_quote_is_the_speaker_before() -> None:
    text = (
        "Judge Ada Kessel-Moor said the fraud had been planned for months.\n\n"
        'She went on: "The starting point for fraud of this kind is five years."\n'
    )
    assert _claimants(text)["five years"] == "Ada Kessel-Moor"


def test_she_added_colon_quote_is_the_speaker_before() -> None:
    """Guard: a name before the pronoun's colon held before this change, and still does."""
    text = (
        "Tomas Ferrand-Lee, the club's chairman, said the season had been hard.\n\n"
        'He added: "We lost £2.3m on the stadium alone."\n'
    )
    assert _claimants(text)["£2.3m"] == "Tomas Ferrand-Lee"


def test_a_pronoun_colon_with_no_quote_is_no_speaker() -> None:
    """Guard: "It is simple: 40% of ..." names no one."""
    text = "It is simple: 40% of the town's buses are late.\n"
    assert _claimants(text)["40%"] == ""


# -- a person set off in apposition who "put" a figure "at" ----------------------------------


def test_a_person_in_apposition_who_put_a_figure_at() -> None:
    """Guard: "put the X at" held before this change, and still does."""
    text = (
        "The defence's accountant, Ada Kessel-Moor, put the real losses at £231,000, far "
        "below the charge.\n"
    )
    assert _claimants(text)["£231,000"] == "Ada Kessel-Moor"


def test_a_person_in_apposition_who_puts_a_figure_at() -> None:
    """Guard: "puts the X at" held before this change, and still does."""
    text = "The union's economist, Tomas Ferrand-Lee, puts the shortfall at £4.1bn.\n"
    assert _claimants(text)["£4.1bn"] == "Tomas Ferrand-Lee"


# -- a person introduced with an age --------------------------------------------------------


def test_a_person_introduced_with_an_age_goes_on_as_she() -> None:
    text = (
        "Energy Minister Tomas Ferrand-Lee promised action.\n\n"
        "For Ada Kessel-Moor, 41, from Brindle, the rise came at the worst time.\n\n"
        '"Another £30 a month will finish us," she said.\n'
    )
    assert _claimants(text)["£30"] == "Ada Kessel-Moor"


def test_a_person_opening_with_an_age_goes_on_as_he() -> None:
    text = (
        "Council leader Ada Kessel-Moor defended the rise.\n\n"
        "Tomas Ferrand-Lee, 58, of Harle Road, has lived on the estate for decades.\n\n"
        '"My rent went up £40 in a year," he said.\n'
    )
    assert _claimants(text)["£40"] == "Tomas Ferrand-Lee"


# -- a body whose name joins "of the" -------------------------------------------------------


def test_a_friends_of_the_body_is_named_whole() -> None:
    text = (
        "Friends of the Marsh, a volunteer group that counts birds every spring, said numbers "
        "had fallen.\n\n"
        "Of the 412 nests its volunteers found, 38% had failed, the group said.\n"
    )
    claimants = _claimants(text)
    assert claimants["38%"] == "Friends of the Marsh"


def test_a_society_for_the_body_is_named_whole() -> None:
    text = (
        "The Society for the Harle Meadows, a residents' campaign, opposes the plan.\n\n"
        "About 2,100 people have signed its petition, the campaign said.\n"
    )
    assert _claimants(text)["About 2,100"] == "Society for the Harle Meadows"


# -- a phrase that ends in a pronoun is no name ---------------------------------------------


def test_a_phrase_ending_in_we_is_no_claimant() -> None:
    text = (
        "PRESENTER: Good morning. Let's start with what we found. When we called 50 "
        "surgeries, 41 said they were full.\n\n"
        "PRESENTER: The health board would say it spent an extra £9m this year.\n"
    )
    claimants = _claimants(text)
    assert "Let's" not in claimants["£9m"]
    assert "we" not in claimants["£9m"].split()


def test_a_capitalised_phrase_ending_in_they_is_no_claimant() -> None:
    text = (
        "Trading was slow. Here is what they found. Prices rose 4% in the month, the board "
        "reported.\n"
    )
    assert "Here" not in _claimants(text).get("4%", "")


# -- figures that are no claim ---------------------------------------------------------------


def test_a_duration_inside_a_quotation_is_no_claim() -> None:
    text = (
        'The store will close in May. "Some of these people have worked here for 20 years," '
        "she said.\n"
    )
    assert not any("20 years" in sentence for sentence in _suggested(text))


def test_a_duration_with_a_claim_in_a_quotation_stays() -> None:
    """Guard: a quotation whose duration is the claim ("waited 18 months") is suggested."""
    text = '"Patients have waited for 18 months on average," the surgeon said.\n'
    assert any("18 months" in sentence for sentence in _suggested(text))


def test_a_time_ago_is_no_claim() -> None:
    """Guard: a time ago ("two seasons ago") alone is no claim."""
    text = (
        "The coach said the numbers were no surprise but pointed to the lower tackle height "
        "brought in two seasons ago.\n"
    )
    assert _suggested(text) == []


def test_an_age_in_apposition_is_no_claim() -> None:
    text = "For Ada Kessel-Moor, 34, from Brindle, the news could not have come at a worse time.\n"
    assert _suggested(text) == []


# -- "our" body in a quotation or a transcript's turn is the speaker's -----------------------


def test_our_association_in_a_turn_is_the_speakers() -> None:
    text = (
        "The programme spoke to Dr Ada Kessel-Moor, who chairs the Association of Rural Vets, "
        "and to the Brindle Farmers Union.\n\n"
        "KESSEL-MOOR: Our association surveyed its members in May, and 41 per cent said they "
        "would retire early.\n"
    )
    assert _claimants(text)["41 per cent"] == "Ada Kessel-Moor"


def test_our_trust_in_a_quotation_is_the_speakers() -> None:
    """Guard: a quotation's speaker named after it still speaks for "our trust"."""
    text = (
        "The Harle Nurses Union and the Brindle Trust met on Monday.\n\n"
        "Tomas Ferrand-Lee, a nurse in Brindle, spoke at the rally.\n\n"
        '"Our trust surveyed 3,000 patients last week," he said.\n'
    )
    assert _claimants(text)["3,000"] == "Tomas Ferrand-Lee"


def test_a_person_heard_from_and_described_goes_on_as_she() -> None:
    """Guard: a person heard from and described by a role goes on as "she"."""
    text = (
        "Before the vote, Cllr Tomas Ferrand-Lee said 12 of the 19 sites had been surveyed.\n\n"
        "Councillors also heard from Ada Kessel-Moor, chair of the Brindle Tenants "
        "Association, who handed in a petition.\n\n"
        "She said one in four homes on the estate had damp.\n"
    )
    assert _claimants(text)["one in four"] == "Ada Kessel-Moor"


def test_a_body_after_a_preposition_is_no_person() -> None:
    """Guard: a body described after "by" is no "she"."""
    text = (
        "Tomas Ferrand-Lee, the mayor, opened the meeting.\n\n"
        "Residents on the estate had complained for years to Harle Water Services, a "
        "utility, about leaks.\n\n"
        "He said 40% of pipes were old.\n"
    )
    assert _claimants(text)["40%"] == "Tomas Ferrand-Lee"


def test_a_report_by_a_person_described_after_is_the_persons() -> None:
    """Guard: the name first, then the role."""
    text = (
        "A report by Ada Kessel-Moor, the council's finance director, said the scheme would "
        "cost £41m.\n"
    )
    assert _claimants(text)["£41m"] == "Ada Kessel-Moor"


def test_he_told_the_court_colon_quote_is_the_speaker_before() -> None:
    """Guard: "He told the court: “...”" names the speaker before."""
    text = (
        "Prosecuting, Tomas Ferrand-Lee said the scheme had run for two years.\n\n"
        'He told the court: "At least 140 families lost their savings."\n'
    )
    assert _claimants(text)["At least 140"] == "Tomas Ferrand-Lee"


# -- "put" a thing "at" a figure; a figure its own source gives after it ---------------------


def test_a_person_who_put_any_thing_at_a_figure() -> None:
    text = (
        "The defence's accountant, Ada Kessel-Moor, put customers' real losses at £231,000, "
        "far below the charge.\n"
    )
    assert _claimants(text)["£231,000"] == "Ada Kessel-Moor"


def test_a_figure_alleged_by_a_source_after_it_is_the_sources() -> None:
    text = (
        "The defence's accountant, Ada Kessel-Moor, put the losses at £231,000, not the "
        "£612,000 alleged by the Crown.\n"
    )
    claimants = _claimants(text)
    assert claimants["£231,000"] == "Ada Kessel-Moor"
    assert claimants["£612,000"] == "Crown"


def test_a_figure_reported_by_a_company_after_it_is_the_companys() -> None:
    text = (
        "Tomas Ferrand-Lee said his group's sensors had recorded 212 spills, against the 74 "
        "reported by Harle Water.\n"
    )
    claimants = _claimants(text)
    assert claimants["212"] == "Tomas Ferrand-Lee"
    assert claimants["74"] == "Harle Water"


def test_a_figure_driven_by_something_keeps_its_claimant() -> None:
    """Guard: "driven by" names a cause, not a source."""
    text = "Sales rose 12%, driven by strong demand, Tomas Ferrand-Lee said.\n"
    assert _claimants(text)["12%"] == "Tomas Ferrand-Lee"


def test_a_staff_tenure_in_a_quotation_is_no_claim() -> None:
    text = '"Many of our staff have worked at this plant for 30 years," he said.\n'
    assert _suggested(text) == []


def test_a_trend_over_years_stays_a_claim() -> None:
    """Guard: prices that have risen for ten years are a claim."""
    text = '"Prices have risen for 10 years in a row," the economist Ada Kessel-Moor said.\n'
    assert any("10 years" in sentence for sentence in _suggested(text))


def test_an_age_at_a_sentences_start_is_no_claim() -> None:
    text = "Tomas Ferrand-Lee, 58, of Harle Road, has lived on the estate since he was a boy.\n"
    assert _suggested(text) == []


def test_a_count_set_off_after_a_place_with_money_stays() -> None:
    """Guard: a sentence with an age beside a sum still states the sum."""
    text = "Ada Kessel-Moor, 71, of Brindle, lost a £7,200 deposit.\n"
    assert any("£7,200" in sentence for sentence in _suggested(text))


def test_an_age_beside_a_small_count_keeps_the_sentence() -> None:
    """Guard: "X, 47, ..., was convicted of nine counts" stays a suggestion."""
    text = "Tomas Ferrand-Lee, 47, of Harle Road, was convicted of nine counts of fraud.\n"
    assert any("nine" in sentence for sentence in _suggested(text))
