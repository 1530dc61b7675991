"""Claimants, session 37: a forecast "projects" states, a body's short name after its full one,
and a quotation after a body's statement.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_body_that_projects_a_figure_states_it() -> None:
    text = (
        "Ferry traffic\n\n"
        "Dunmore Ferries carried 2.1 million passengers last year.\n\n"
        "Fenmarsh Analytics projects 2.4 million passengers for 2026.\n"
    )
    assert _claimants(text)["2.4 million"] == "Fenmarsh Analytics"


def test_a_projection_may_name_what_it_projects_before_the_figure() -> None:
    text = (
        "Budget\n\n"
        "The Treasury projects receipts from the levy at $48.5 million, down from $62.3 "
        "million this year.\n"
    )
    found = _claimants(text)
    assert found["$48.5 million"] == "Treasury"
    assert found["$62.3 million"] == "Treasury"


def test_guard_projects_as_a_noun_states_nothing() -> None:
    text = "Budget\n\nThe council's road projects cost $4.2 million last year.\n"
    assert _claimants(text)["$4.2 million"] == ""


def test_a_bodys_short_name_after_its_full_name_is_the_body() -> None:
    text = (
        "Ferry traffic\n\n"
        "By Tom Reddin\n\n"
        "Passenger numbers rose again in the spring.\n\n"
        "Ines Calloway, an analyst at Ostrava Brokers Group, was cautious about the 4% rise.\n\n"
        "Ostrava Brokers said traffic would grow 14% next year.\n"
    )
    assert _claimants(text)["14%"] == "Ostrava Brokers Group"


def test_a_bodys_short_name_that_projects_is_no_person_who_speaks_next() -> None:
    text = (
        "Ferry traffic\n\n"
        "By Tom Reddin\n\n"
        "Passenger numbers rose again in the spring.\n\n"
        "Ines Calloway, an analyst at Ostrava Brokers Group, was cautious about the 4% rise.\n\n"
        "Ostrava Brokers projects 2.4 million passengers for 2026.\n\n"
        '"They need 600,000 more over the summer to get there," he said.\n'
    )
    found = _claimants(text)
    assert found["2.4 million"] == "Ostrava Brokers Group"
    assert found["600,000"] != "Ostrava Brokers Group"


def test_guard_a_persons_two_given_names_stay_the_persons() -> None:
    text = (
        "Floods\n\n"
        "The second phase will now cost RM2.4bil, up from RM1.65bil, says Datuk Seri Kamal "
        "Rizal Bakri.\n\n"
        "Residents' association chairman Osman Tahir, 58, said floodwater rose to 1.5m inside "
        "his house.\n\n"
        "Kamal Rizal said the Federal Government had allocated RM180mil for the project. He "
        "added that two pumps with a capacity of 12 cubic metres a second would be installed.\n"
    )
    found = _claimants(text)
    assert found["RM180mil"] == found["12"]
    assert "Kamal Rizal" in found["12"]


def test_a_quotation_going_on_from_a_bodys_spokesperson_is_theirs() -> None:
    text = (
        "Court\n\n"
        'Quarrybank Concrete denied the claims. "We have never cut corners on safety," a '
        'Quarrybank spokesperson said. "We have recorded 14 near misses since then, against 31 '
        'the year before."\n'
    )
    found = _claimants(text)
    assert found["14"] == found["31"] == "Quarrybank Concrete"


def test_guard_a_quotation_going_on_from_a_person_is_hers() -> None:
    text = (
        "Court\n\n"
        "In a statement, Quarrybank Concrete said it regretted the accident.\n\n"
        '"We have spent €2 million on new scaffolding since," its director, Wenna Tregothnan, '
        'said. "We have recorded 14 near misses since then, against 31 the year before."\n'
    )
    assert _claimants(text)["14"] == "Wenna Tregothnan"


_BOARD = (
    "Investment\n\n"
    "By Ann Lee\n\n"
    "The Harlow Fen Investment Board met on Monday to review the year.\n\n"
)


def test_a_year_before_a_documents_noun_keeps_its_owner() -> None:
    found = _claimants(
        _BOARD + "Investment on the ground totalled $384 million, the board's 2023-24 report "
        "says, against $512 million in 2024, the board's 2024 report says.\n"
    )
    assert found["$384 million"] == "Harlow Fen Investment Board"
    assert found["$512 million"] == "Harlow Fen Investment Board"


def test_a_data_noun_that_opens_a_bodys_name_is_part_of_it() -> None:
    found = _claimants(
        _BOARD + "Robberies fell to 12.4 per 100,000 residents, according to the county records "
        "office.\n"
    )
    assert found["12.4"] == "county records office"


def test_guard_the_bodys_records_stay_the_bodys() -> None:
    found = _claimants(
        _BOARD + "Robberies fell to 12.4 per 100,000 residents, according to county records.\n"
    )
    assert found["12.4"] == "county"


def test_a_list_of_two_bodies_is_no_longer_name_of_the_second() -> None:
    found = _claimants(
        "Rents\n\n"
        "By Ann Lee\n\n"
        "The Harlow Fen Transit Agency and Quillmark Analytics met tenants on Monday.\n\n"
        "Quillmark Analytics estimated that 2,100 units sit empty.\n"
    )
    assert found["2,100"] == "Quillmark Analytics"


def test_guard_a_name_with_and_inside_stays_whole() -> None:
    found = _claimants(
        "Rents\n\n"
        "By Ann Lee\n\n"
        "The Harlow Fen Parks and Recreation Board met tenants on Monday.\n\n"
        "Recreation Board estimated that 2,100 walkers use the paths.\n"
    )
    assert found["2,100"] == "Harlow Fen Parks and Recreation Board"


def test_a_source_named_after_with_gives_the_figures_of_its_forecast() -> None:
    found = _claimants(
        "Trams\n\n"
        "By Ann Lee\n\n"
        "The Harlow Fen Transit Agency runs the network.\n\n"
        "The new branch, which cost $41 million, opens to passengers on Sunday, with the agency "
        "forecasting 2.3m journeys in its first full year.\n"
    )
    assert found["$41 million"] == ""
    assert found["2.3m"] == "Harlow Fen Transit Agency"


def test_guard_a_figure_after_with_and_no_source_stays_the_publishers() -> None:
    found = _claimants("Homes\n\nBy Ann Lee\n\nThe town has 4,000 homes, with 300 more planned.\n")
    assert found["300"] == ""


def test_a_place_between_a_possessive_and_a_forecast_is_no_owner() -> None:
    found = _claimants(
        _BOARD + "Frosts cut yields to 1.4 t/ha, and the board has trimmed its Westmark "
        "forecast to 6.9 million tonnes.\n\nQuillmark said its Eastmere data showed 4% growth.\n"
    )
    assert found["6.9 million"] == "Harlow Fen Investment Board"
    assert found["4%"] == "Quillmark"


def test_guard_a_named_bodys_data_stay_its_own() -> None:
    found = _claimants(_BOARD + "Quillmark Analytics data show 6.9 million tonnes.\n")
    assert found["6.9 million"] == "Quillmark Analytics"


def test_per_annum_names_no_source() -> None:
    found = _claimants(
        _BOARD + "The board approved Rs 1,650 crore for a 3 million tonnes per annum (mtpa) "
        "grinding unit in Westmark.\n"
    )
    assert found["Rs 1,650 crore"] != "Westmark"
    assert found["3 million"] != "Westmark"


def test_projects_before_a_word_opening_with_a_is_a_noun() -> None:
    found = _claimants(
        _BOARD + "Harlow Fen Investment Board projects across the county cost $4.2 million.\n"
    )
    assert found["$4.2 million"] == ""


def test_a_leaders_title_is_no_part_of_her_name() -> None:
    found = _claimants(
        _BOARD + "Leader of the Opposition Ada Moorcroft said 40% of bills had stalled.\n\n"
        "Senate Majority Leader Ben Roebuck said three out of four filers would pay less.\n"
    )
    assert found["40%"] == "Ada Moorcroft"
    assert found["three out of four"] == "Ben Roebuck"


def test_guard_a_paper_named_leader_keeps_its_name() -> None:
    found = _claimants(_BOARD + "The Harlow Leader, a weekly paper, said 40% of bills stalled.\n")
    assert found["40%"] == "Harlow Leader"


def test_a_ledes_opening_word_in_capitals_is_the_common_noun() -> None:
    found = _claimants(
        "School\n\nBy Ann Lee\n\n"
        "INSPECTORS have found that one in six pupils at Harlow Fen High are persistently "
        "absent.\n"
    )
    assert found["one in six"] == "Inspectors"


def test_guard_an_acronym_that_opens_a_sentence_stays_a_name() -> None:
    found = _claimants("Space\n\nBy Ann Lee\n\nNASA said 27 launches were delayed.\n")
    assert found["27"] == "NASA"


def test_a_mayoral_committee_members_title_is_no_part_of_his_name() -> None:
    found = _claimants(
        _BOARD + "MMC for Finance Pieter Mokwena-Venter said the city collected 91.3% of what "
        "it billed.\n\nHealth MEC Ada Moorcroft said 40% of clinics lacked nurses.\n"
    )
    assert found["91.3%"] == "Pieter Mokwena-Venter"
    assert found["40%"] == "Ada Moorcroft"


_WATER = (
    "Water\n\nBy Ann Lee\n\nThe Harlow Fen Water Agency and Quillmark Analytics met on Monday.\n\n"
)


def test_a_body_that_identifies_flags_or_tallies_figures_states_them() -> None:
    found = _claimants(
        _WATER + "Quillmark Analytics identified 4,200 leaks last year.\n\n"
        "Quillmark Analytics flagged 46 pumping stations.\n\n"
        "Quillmark Analytics tallied 312 burst mains.\n\n"
        "Quillmark Analytics pegged the repair bill at $18 million.\n"
    )
    assert found["4,200"] == found["46"] == found["312"] == "Quillmark Analytics"
    assert found["$18 million"] == "Quillmark Analytics"


def test_guard_pegged_without_a_sum_after_at_states_nothing() -> None:
    found = _claimants(
        _WATER + "Quillmark Analytics pegged its hopes on the 14 pumps installed in 2023.\n"
    )
    assert found["14"] == ""


def test_a_body_or_role_after_an_inverted_verb_is_the_one_the_noun_names() -> None:
    found = _claimants(
        _WATER + "Water Minister Ada Moorcroft visited the works.\n\n"
        "There were 4,200 leaks last year, says the agency.\n\n"
        "Repairs cost $18 million, said the minister.\n"
    )
    assert found["4,200"] == "Harlow Fen Water Agency"
    assert found["$18 million"] == "Ada Moorcroft"


def test_figures_on_a_bodys_website_are_the_bodys() -> None:
    found = _claimants(
        _WATER + "There were 4,200 leaks last year, according to data on the agency's "
        "website.\n\nRepairs cost $18 million, according to Quillmark's website.\n"
    )
    assert found["4,200"] == "Harlow Fen Water Agency"
    assert found["$18 million"] == "Quillmark Analytics"


def test_guard_our_own_website_is_the_publishers() -> None:
    found = _claimants(_WATER + "There were 4,200 leaks last year, according to our website.\n")
    assert found["4,200"] == ""


def test_a_quotations_pronoun_is_the_person_the_next_sentence_introduces() -> None:
    found = _claimants(
        "Waits\n\nBy Ann Lee\n\n"
        "“We have cut waits by 12%,” she said. Health Minister Ada Moorcroft was opening a "
        "clinic in Harlow Fen.\n"
    )
    assert found["12%"] == "Ada Moorcroft"


def test_guard_a_quotations_pronoun_named_before_stays_that_person() -> None:
    found = _claimants(
        "Waits\n\nBy Ann Lee\n\n"
        "Ben Roebuck, a surgeon, spoke first. “We have cut waits by 12%,” he said. Health "
        "Minister Ada Moorcroft spoke next.\n"
    )
    assert found["12%"] == "Ben Roebuck"


def test_two_polls_joined_by_and_each_give_their_own_figures() -> None:
    found = _claimants(
        "Poll\n\nBy Ann Lee\n\n"
        "Moorcroft leads 48-41 percent in a Fenwick poll, and 52 to 38 percent in a Quillmark "
        "survey.\n"
    )
    assert found["48"] == found["41 percent"] == "Fenwick"
    assert found["52"] == found["38 percent"] == "Quillmark"


def test_guard_and_that_goes_on_with_the_speakers_words() -> None:
    found = _claimants(
        _WATER + "Quillmark Analytics said leaks rose 12% last year, and that the agency "
        "expects 4,200 repairs this year.\n"
    )
    assert found["12%"] == found["4,200"] == "Quillmark Analytics"
