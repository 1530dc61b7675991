"""A source the article named in full and then shortens: a body by the words its name ends in
("Lottery Commission" after "the Westerly Lottery Commission"), or by what follows its kind
("Public Works" after "the Department of Public Works"); a person by her given name ("Norsyafiqa
said" after "Datuk Norsyafiqa Ahmad-Lindqvist"); and a body whose name has a word hyphened after
an English prefix ("Co-operative").
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_body_shortened_to_its_last_words_is_the_body_named_in_full_before() -> None:
    text = (
        "The Westerly Lottery Commission oversees ticket sales across the state.\n\n"
        "Ticket sales fell 3.1% to $2.14 billion last year, Lottery Commission figures show.\n"
    )
    assert _claimants(text)["$2.14 billion"] == "Westerly Lottery Commission"


def test_a_body_shortened_to_what_follows_its_kind_is_the_body_named_in_full() -> None:
    text = (
        "The Department of Public Works says a hard winter opened up far more holes than "
        "usual.\n\n"
        "Public Works also estimates that about 8% of pothole reports are duplicates.\n"
    )
    assert _claimants(text)["about 8%"] == "Department of Public Works"


def test_a_person_named_by_her_given_name_is_the_person_introduced_in_full() -> None:
    text = (
        "Plantation Minister Datuk Norsyafiqa Ahmad-Lindqvist said exports had recovered "
        "in the third quarter.\n\n"
        "Norsyafiqa said each eligible smallholder would receive up to RM9,000 per hectare, "
        "compared with RM7,500 previously.\n"
    )
    assert _claimants(text)["RM7,500"] == "Norsyafiqa Ahmad-Lindqvist"


def test_guard_a_part_of_a_body_is_not_the_body() -> None:
    """ "The Board of X Society" is the society's board: "X Society" said later is the society."""
    text = (
        "The Board of Pellowmere Dairy Society has set a base price of 44 cent per litre.\n\n"
        "Pellowmere Dairy Society said 1,730 suppliers would be paid on Friday.\n"
    )
    assert _claimants(text)["1,730"] == "Pellowmere Dairy Society"


def test_a_word_hyphened_after_an_english_prefix_is_part_of_a_body_name() -> None:
    """ "Co-operative", "Anti-corruption": unlike "Leeds-based", no compound adjective before a
    name, but a word of it."""
    assert (
        _claimants(
            "Pellowmere Co-operative Creameries said it had invested €8.5 million in the plant.\n"
        )["€8.5 million"]
        == "Pellowmere Co-operative Creameries"
    )
    assert (
        _claimants("The Anti-corruption Commission said it had opened 212 cases in the year.\n")[
            "212"
        ]
        == "Anti-corruption Commission"
    )
    # "Co-op" alone, a short word after the prefix, is not taken for one.
    assert (
        _claimants(
            "Co-op members voted 412 to 96 against the plan, the Tarrow Co-operative said.\n"
        )["412"]
        == "Tarrow Co-operative"
    )


def test_guard_a_compound_adjective_is_no_word_of_the_name() -> None:
    claimants = _claimants("Leeds-based Quillmark Freight said it would cut 140 jobs.\n")
    assert claimants["140"] == "Quillmark Freight"


def test_guard_places_joined_are_no_body_and_a_quantifier_opens_no_name() -> None:
    text = (
        "Parcels handed out in Pelsby and Greater Wenmoor rose to 61,200.\n\n"
        "Several Progressive Harbour Alliance councillors walked out.\n\n"
        "Greater Wenmoor alone accounted for 12,400 of the parcels, Greater Wenmoor said.\n\n"
        "The cut would cost R74-million, Progressive Harbour Alliance said.\n"
    )
    claimants = _claimants(text)
    assert claimants["12,400"] == "Greater Wenmoor"
    assert claimants["R74-million"] == "Progressive Harbour Alliance"


def test_guard_two_longer_names_leave_the_short_one() -> None:
    text = (
        "The Northern Gaming Control Board and the Southern Gaming Control Board both "
        "reported on Monday.\n\n"
        "Betting handle reached $4.8 billion, Gaming Control Board figures show.\n"
    )
    assert _claimants(text)["$4.8 billion"] == "Gaming Control Board"


# -- "the company" after a company the article made a subject, not a speaker ---------------


def test_the_company_is_the_company_an_earlier_paragraph_had_as_its_subject() -> None:
    text = (
        "Quellhaven Renewables has applied to the county council for permission to build 14 "
        "turbines on the hill.\n\n"
        "Objectors have gathered more than 3,800 names on a petition.\n\n"
        "The company says the wind farm would power about 61,000 homes.\n"
    )
    assert _claimants(text)["about 61,000"] == "Quellhaven Renewables"


def test_guard_a_word_capitalised_as_it_opens_a_sentence_is_no_company() -> None:
    text = (
        "Suppliers must refund credit balances on request, and suppliers hold £2.9bn.\n\n"
        "The company says 12 per cent of its customers are in credit.\n"
    )
    assert _claimants(text)["12 per cent"] != "Suppliers"


# -- "according to" an owner's paper of any kind --------------------------------------------


def test_according_to_a_bodys_letter_or_bulletin_is_the_bodys() -> None:
    text = (
        "Operators will raise prices by up to 50 per cent, the National Spectrum Authority "
        "said on Tuesday.\n\n"
        "Data bundles will go up by 35 per cent, according to the authority's approval letter.\n"
    )
    assert _claimants(text)["35 per cent"] == "National Spectrum Authority"


def test_according_to_a_plural_owners_data_is_the_owners() -> None:
    text = (
        "Tarrow Running Events, the organisers, said 31,200 people finished the race.\n\n"
        "More than half of all finishers, 16,880, were running it for the first time, "
        "according to the organisers' registration data.\n"
    )
    assert _claimants(text)["16,880"] == "Tarrow Running Events"


def test_guard_a_letter_no_one_owns_names_no_source() -> None:
    text = "Data bundles will go up by 35 per cent, according to a letter sent to customers.\n"
    assert _claimants(text)["35 per cent"] == ""


def test_a_documents_modifier_is_no_word_of_its_owners_name() -> None:
    """ "Source: X Port Authority annual reports": the owner is the port authority, not "X Port
    Authority annual", whichever later sentence goes on with it."""
    text = (
        "Ada Marr, chief executive of the Brinmouth Port Authority, said the terminals were "
        "nearly full.\n\n"
        "| Year | TEU |\n\n|---|---|\n\n| 2023 | 1,412,000 |\n\n| 2024 | 1,530,000 |\n\n"
        "Source: Brinmouth Port Authority annual reports. TEU = twenty-foot equivalent unit.\n\n"
        "The port authority estimates that the terminal will support 650 permanent jobs.\n"
    )
    claimants = _claimants(text)
    assert claimants["1,530,000"] == "Brinmouth Port Authority"
    assert claimants["650"] == "Brinmouth Port Authority"
