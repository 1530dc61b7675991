"""Claimants, session 49. Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.extract import _without_title_stops
from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    ("sentence", "figure", "speaker"),
    [
        ("Prime Minister Ada May said 14,000 homes would be built.", "14,000", "Ada May"),
        ("Economist Jan Pellwick estimated losses at €90m.", "€90m", "Jan Pellwick"),
        (
            "Economist Jan van der Pellwick estimated losses at €90m.",
            "€90m",
            "Jan van der Pellwick",
        ),
        ("Nurse April Tamsley said 40 staff had left since January.", "40", "April Tamsley"),
    ],
)
def test_a_months_word_in_a_persons_name_is_part_of_it(
    sentence: str, figure: str, speaker: str
) -> None:
    """A month's word is a person's name after a given name ("Ada May") and, for the
    abbreviations a month keeps only before its day, before a surname ("Jan Pellwick"): the
    name was cut to "Ada", "Pellwick", "Nurse"."""
    assert _claimants(f"Pledges\n\n{sentence}")[figure] == speaker


def test_a_months_surname_named_again_with_an_honorific_is_the_person() -> None:
    """ "..., Ms May said" after "Ada May" is Ada May; it was read as "Ms"."""
    text = (
        "Schools pledge\n\nAda May said the plan was fully costed.\n\n"
        "The government would open 300 new schools by 2030, Ms May said."
    )
    assert _claimants(text)["300"] == "Ada May"


@pytest.mark.parametrize(
    "sentence",
    [
        "In May Halsmoor Council said it had fixed 2,100 potholes.",
        "On 12 May Halsmoor Council said it had fixed 2,100 potholes.",
        "Halsmoor Council said on Jan 12 it had fixed 2,100 potholes.",
        "The Halsmoor Council June survey found it had fixed 2,100 potholes.",
        "Since May Halsmoor Council said it had fixed 2,100 potholes.",
        "In Jan Halsmoor Council said it had fixed 2,100 potholes.",
    ],
)
def test_guard_a_month_beside_a_body_is_the_month(sentence: str) -> None:
    """Guard: the month a body spoke in, or its survey's month, is no word of its name."""
    assert _claimants(f"Potholes\n\n{sentence}")["2,100"] == "Halsmoor Council"


@pytest.mark.parametrize(
    "sentence",
    [
        "In June Tamsley said the council had fixed 2,100 potholes.",
        "Late July Tamsley said the council had fixed 2,100 potholes.",
        "Repairs peaked in Jan, Tamsley said, after the council fixed 2,100 potholes.",
    ],
)
def test_guard_a_month_beside_a_persons_name_is_the_month(sentence: str) -> None:
    """Guard: a full month's word before a surname is the month, and so is an abbreviation that
    a comma ends; the person is the one the article introduced."""
    text = f"Potholes\n\nAda Tamsley leads Halsmoor Council.\n\n{sentence}"
    assert _claimants(text)["2,100"] == "Ada Tamsley"


@pytest.mark.parametrize(
    ("sentence", "figure", "speaker"),
    [
        (
            "Tomas Corvath Jr., the club's owner, said attendance rose to 18,400.",
            "18,400",
            "Tomas Corvath Jr",
        ),
        ("Tomas Corvath, Jr., said attendance rose to 18,400.", "18,400", "Tomas Corvath Jr"),
        ("Tomas Corvath, Sr. said attendance rose to 18,400.", "18,400", "Tomas Corvath Sr"),
        ("Quellane Ltd., the club's lender, said 40 loans had failed.", "40", "Quellane Ltd"),
    ],
)
def test_a_name_that_ends_in_an_abbreviation_keeps_its_aside(
    sentence: str, figure: str, speaker: str
) -> None:
    """A name ending in "Jr.", "Sr." or a legal form with its stop, then a comma ("Tomas Corvath
    Jr., the club's owner, said"), reads as the same name without the stop: the figure went to
    the publisher or to the aside's noun ("lender"), and ", Jr.," was read as the name "Jr"."""
    assert _claimants(f"Club news\n\n{sentence}")[figure] == speaker


@pytest.mark.parametrize(
    ("named", "noun", "body"),
    [
        ("The Halsmoor Weather Service", "The forecaster", "Halsmoor Weather Service"),
        (
            "The Kelvasi Meteorological Department",
            "The forecaster",
            "Kelvasi Meteorological Department",
        ),
        ("The Halsmoor Rail Company", "The operator", "Halsmoor Rail Company"),
    ],
)
def test_the_forecaster_and_the_operator_are_the_body_named_for_what_it_runs(
    named: str, noun: str, body: str
) -> None:
    """ "The forecaster said" after a weather service, "the operator said" after a railway
    company, whose names hold neither noun: the figure went to "forecaster" or "operator"."""
    text = (
        f"Storm disrupts travel\n\n{named} said 140 services were cancelled on Monday.\n\n"
        f"{noun} said gusts of 90km/h were likely on the coast."
    )
    assert _claimants(text)["90km/h"] == body


def test_guard_the_body_described_as_the_operator_is_the_operator() -> None:
    """Guard: "operator Tamsley Airport Holdings" described so, then an airline named, then "the
    operator's data": the operator is the body the article called so, not the latest name with
    a transport word."""
    text = (
        "Airport traffic\n\nPassenger numbers rose 6.8% to 1.2 million, according to the monthly "
        "report of operator Tamsley Airport Holdings.\n\n"
        "Quellane Airlines carried 410,000 of them, the airline said.\n\n"
        "Aircraft movements rose 4.1% to 11,940, the operator's data showed."
    )
    assert _claimants(text)["11,940"] == "Tamsley Airport Holdings"


def test_a_turn_labelled_with_a_full_name_in_capitals_is_that_persons() -> None:
    """A debate's or an interview's transcript whose turns open with the speaker's full name in
    capitals ("ADA TAMSLEY: We built 1,200 homes"), the speakers introduced nowhere else: each
    turn's figures went to the publisher. A surname-only turn after it is the same person; a
    company's name labels its statement."""
    text = (
        "Mayoral debate\n\nThe two candidates clashed over housing on Tuesday night.\n\n"
        "ADA TAMSLEY: We built 1,200 homes in four years.\n\n"
        "PIET CORVATH: Only 300 of them were affordable.\n\n"
        "MARY-KATE MCCORVATH: Our waiting lists have grown by 18% since January.\n\n"
        "TAMSLEY: That is simply untrue. 640 were.\n\n"
        "PELLWICK HOMES: We will build 450 more next year."
    )
    claimants = _claimants(text)
    assert claimants["1,200"] == "Ada Tamsley"
    assert claimants["300"] == "Piet Corvath"
    assert claimants["18%"] == "Mary-Kate McCorvath"
    assert claimants["640"] == "Ada Tamsley"
    # A body's name labels its statement as a person's does.
    assert claimants["450"] == "Pellwick Homes"


@pytest.mark.parametrize(
    "label",
    [
        # A role is no name, nor is an unnamed speaker's label.
        "THE MAYOR: Rents in Halsmoor rose by 14% last year.\n\nHOST: Why?",
        "UNIDENTIFIED MAN: Rents in Halsmoor rose by 14% last year.\n\nHOST: Why?",
        # Nor is a heading's or a live page's wording.
        "KEY FIGURES: Rents in Halsmoor rose by 14% last year.\n\nHOST: Why?",
        "FACT CHECK: Rents in Halsmoor rose by 14% last year.\n\nUPDATE: More soon.",
        "BREAKING NEWS: Rents in Halsmoor rose by 14% last year.\n\nUPDATE: More soon.",
        # A newspaper's name labels its own questions: the publisher's.
        "HALSMOOR GAZETTE: Rents in Halsmoor rose by 14% last year?\n\nADA TAMSLEY: Yes.",
    ],
)
def test_guard_a_label_in_capitals_that_names_no_one(label: str) -> None:
    """Guard: a role, an unnamed speaker, a heading's or a live page's words before a colon are
    no one's name, and a newspaper's is its own; the figure stays the publisher's."""
    assert _claimants(f"Housing\n\n{label}")["14%"] == ""


def test_guard_a_series_title_over_a_story_is_no_speaker() -> None:
    """Guard: "PRICED OUT: PART 2 OF 3" over a story is two words in capitals before a colon,
    but no transcript's turn (the story has no other): it names no one whom "the records" could
    be read as."""
    text = (
        "Housing\n\nPRICED OUT: PART 2 OF 3\n\n"
        "The Lantern obtained 9,000 tenancy records from Halsmoor Council.\n\n"
        "The records show that rents in Halsmoor rose by 14% last year."
    )
    assert "Priced Out" not in _claimants(text).values()


def test_official_data_is_no_name() -> None:
    """ "Official data showed ...": "Official" is an adjective capitalised to open the sentence;
    the figure was given to "Official data", a fragment, as "Official figures" never was."""
    text = (
        "Housing\n\n"
        "Official data showed that Halsmoor has 14,200 households in temporary accommodation."
    )
    assert _claimants(text)["14,200"] == ""


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "A report by MPs on the Kelvasi Housing Committee found 1 in 8 homes were empty.",
            "Kelvasi Housing Committee",
        ),
        (
            "Members of the Kelvasi Housing Committee found 1 in 8 homes were empty.",
            "Kelvasi Housing Committee",
        ),
        ("Directors of Tamsley Foods said 1 in 8 stores would close.", "Tamsley Foods"),
    ],
)
def test_a_bodys_members_speak_for_it(sentence: str, body: str) -> None:
    """ "MPs on the X Committee", "Members of the X Committee", "Directors of X Foods": the
    members were given as the name ("MPs on the Kelvasi Housing Committee")."""
    assert _claimants(f"Housing\n\n{sentence}")["1 in 8"] == body


def test_guard_members_of_a_persons_family_are_no_body() -> None:
    """Guard: "Members of Ada Tamsley's family" are not Ada Tamsley."""
    text = "Inquest\n\nMembers of Ada Tamsley's family said 14 people had written to them."
    assert _claimants(text)["14"] not in ("Ada", "Ada Tamsley")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Medics Without Walls said it had treated 700 patients.", "Medics Without Walls"),
        (
            "Aid group Medics Without Walls said it had treated 700 patients.",
            "Medics Without Walls",
        ),
        (
            "Reporters Without Frontiers said 700 journalists were jailed.",
            "Reporters Without Frontiers",
        ),
    ],
)
def test_a_name_with_a_capitalised_preposition_in_it(sentence: str, body: str) -> None:
    """ "Medics Without Walls said": "Without" opens a modifier's phrase in lower case, but
    capitalised between a name's words it is one of them; the figure went to the publisher,
    and "Reporters" was read as a description before the name "Without Frontiers"."""
    assert _claimants(f"Aid\n\n{sentence}")["700"] == body


@pytest.mark.parametrize(
    ("named", "part"),
    [
        ("the health ministry", "The ministry's surveillance unit has recorded"),
        (
            "the Halsmoor Ministry of Health",
            "The ministry's surveillance unit said it had recorded",
        ),
        (
            "the Halsmoor Ministry of Health",
            "The ministry's chief epidemiologist said it had recorded",
        ),
    ],
)
def test_a_bodys_unit_or_specialist_speaks_for_it(named: str, part: str) -> None:
    """ "The ministry's surveillance unit has recorded 1,912 cases" after the ministry spoke:
    the ministry's, not the fragment "ministry's surveillance unit"; "the ministry's chief
    epidemiologist said" gave the publisher (an epidemiologist spoke for no one)."""
    text = (
        f"Outbreak\n\nCholera has killed 38 people, {named} said on Tuesday.\n\n"
        f"{part} 1,912 suspected cases."
    )
    claimants = _claimants(text)
    assert claimants["1,912"] == claimants["38"] != ""


def test_guard_a_sentence_that_opens_with_without_names_no_one_by_it() -> None:
    """Guard: "Without Halsmoor Council's grant, ..." opens a modifier's phrase; the body that
    speaks is the sentence's subject."""
    text = (
        "Aid\n\nWithout Halsmoor Council's grant, 700 families would go hungry, "
        "the Tamsley Trust said."
    )
    assert _claimants(text)["700"] == "Tamsley Trust"


def test_guard_a_role_holders_office_is_no_person() -> None:
    """Guard: "the mayor's office said" after Mayor Ada Tamsley spoke is her office, not her."""
    text = (
        "Trees\n\nMayor Ada Tamsley said the city planted 9,000 trees last year.\n\n"
        "The mayor's office said 3,700 of them were saplings."
    )
    assert _claimants(text)["3,700"] != "Ada Tamsley"


def test_a_body_puts_a_figure_higher_at_its_own() -> None:
    """ "Local officials put the death toll higher, at 52": a comparison's comma before "at"
    kept the verb from reading as a source's giving its figure (the publisher's)."""
    text = (
        "Outbreak\n\nCholera has killed 38 people, the health ministry said.\n\n"
        "Halsmoor Council put the death toll higher, at 52."
    )
    assert _claimants(text)["52"] == "Halsmoor Council"


def test_a_data_regulator_is_no_owner_of_data() -> None:
    """ "fined 410m euros by the Kelvasi data regulator": "Kelvasi data" was read as a study's
    name, and "Kelvasi" given as the source of the fine and of the users' count."""
    text = (
        "Fine\n\nQuellane Systems has been fined 410m euros by the Kelvasi data regulator for "
        "mishandling the records of 3.2 million users."
    )
    assert "Kelvasi" not in _claimants(text).values()


def test_researchers_from_a_body_set_off_by_commas_speak_for_it() -> None:
    """ "The researchers, from Corvath University, followed 3,100 children": where they are from
    set off by commas; the figure went to the publisher."""
    text = (
        "Sleep study\n\nThe researchers, from Corvath University, followed 3,100 children for "
        "two years."
    )
    assert _claimants(text)["3,100"] == "Corvath University"


@pytest.mark.parametrize("title", ["Baroness", "Vice-Chancellor", "Ombudsman", "Senior Counsel"])
def test_a_peers_a_vice_chancellors_or_a_counsels_title_is_no_part_of_the_name(
    title: str,
) -> None:
    """ "Baroness Ada Tamsley said": the style before the name was kept as part of it."""
    text = f"Update\n\n{title} Ada Tamsley said 40 people had been hurt."
    assert _claimants(text)["40"] == "Ada Tamsley"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Tamsley, MBE, said 40 people had been hurt.",
        "Ada Tamsley, PhD, said 40 people had been hurt.",
        "Ada Tamsley PhD said 40 people had been hurt.",
        "Ada Tamsley - the council's spokeswoman - said 40 people had been hurt.",
        "Ada Tamsley – the council's spokeswoman – said 40 people had been hurt.",
        "Halsmoor Council's Ada Tamsley said 40 people had been hurt.",
        "Pellwick Homes' Ada Tamsley said 40 people had been hurt.",
    ],
)
def test_the_letters_an_aside_or_an_owner_around_a_name_are_no_part_of_it(sentence: str) -> None:
    """Letters after a name set off by commas (", MBE,", read as the name "MBE") or a degree's
    ("PhD", kept in the name); a role set off by dashes (the figure went to the publisher); a
    body's possessive before its person ("Halsmoor Council's Ada Tamsley", kept whole)."""
    assert _claimants(f"Update\n\n{sentence}")["40"] == "Ada Tamsley"


def test_guard_an_owners_unit_is_no_person() -> None:
    """Guard: "Halsmoor Council's Data Team" is the council's team, no person's name."""
    text = "Update\n\nHalsmoor Council's Data Team said 40 people had been hurt."
    assert _claimants(text)["40"] != "Data Team"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Ministry of Health and Social Care's figures show 40 people were hurt.",
            "Ministry of Health and Social Care",
        ),
        (
            "According to the Kelvasi Society for the Prevention of Cruelty to Animals, 40 "
            "people had been hurt.",
            "Kelvasi Society for the Prevention of Cruelty to Animals",
        ),
        (
            "A report by the Kelvasi Society for the Prevention of Cruelty to Animals found 40 "
            "people were hurt.",
            "Kelvasi Society for the Prevention of Cruelty to Animals",
        ),
    ],
)
def test_a_long_names_last_word_and_its_to_are_part_of_it(sentence: str, body: str) -> None:
    """The possessive last word of a name joined by "of" or "and" ("... and Social Care's
    figures") was dropped (the name cut to "... and Social"); "to" inside a long name after its "for" ("... Cruelty to Animals")
    cut it at "to"."""
    assert _claimants(f"Update\n\n{sentence}")["40"] == body


def test_guard_a_name_run_into_another_keeps_to_its_own_words() -> None:
    """Guard: "Orrin Metrics Valdora's biggest broker" names Orrin Metrics, not a body "Orrin
    Metrics Valdora": only a name joined by "of" or "and" goes on to its possessive word."""
    text = "Update\n\nData compiled by Orrin Metrics Valdora's biggest broker show 40% of trades failed."
    assert _claimants(text)["40%"] == "Orrin Metrics"


def test_guard_a_route_from_one_place_to_another_is_no_name() -> None:
    """Guard: "from Wenlow to Castlebury" joins two places, no name; "to" joins a long name's
    words only after its "of" or "for"."""
    text = (
        "Fares\n\nA Pellwick Gazette comparison of fare tables shows a weekly ticket from Wenlow "
        "to Castlebury now costs £18 more than the same journey by bus."
    )
    assert _claimants(text)["£18"] != "Wenlow to Castlebury"


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for Tamsley Foods plc said 40 people had been hurt.",
        "Tamsley Foods plc has recorded 40 injuries this year.",
        "Tamsley Foods plc's figures show 40 people were hurt.",
    ],
)
def test_a_company_named_with_plc_in_lower_case(sentence: str) -> None:
    """ "Tamsley Foods plc": the legal form in lower case is the name's last word; the figure
    went to the publisher or to "spokesperson for Tamsley Foods plc"."""
    assert _claimants(f"Update\n\n{sentence}")["40"] == "Tamsley Foods plc"


@pytest.mark.parametrize(
    "sentence",
    [
        "Halsmoor Council plans to sell 14 car parks, its spokesman said.",
        "Halsmoor Council plans to sell 14 car parks, its finance chief said.",
        "Halsmoor Council plans to sell 14 car parks, the council's finance chief said.",
    ],
)
def test_an_unnamed_officer_speaks_for_the_body_the_sentence_opens_with(sentence: str) -> None:
    """ "X plans to sell 14 car parks, its spokesman said": the officer, whom the article does
    not name, speaks for the body; the figure went to "spokesman", "finance chief" or "council's
    finance chief"."""
    assert _claimants(f"Car parks\n\n{sentence}")["14"] == "Halsmoor Council"


@pytest.mark.parametrize("officer", ["the union's spokesman", "the minister"])
def test_guard_an_officer_of_another_body_is_not_the_subjects(officer: str) -> None:
    """Guard: "the union's spokesman" or "the minister" after "Halsmoor Council plans ..."
    speaks for the union or the government, not for the council the sentence opens with."""
    text = f"Car parks\n\nHalsmoor Council plans to sell 14 car parks, {officer} said."
    assert _claimants(text)["14"] != "Halsmoor Council"


def test_an_engineers_abbreviated_style_ends_no_sentence() -> None:
    """ "the Minister of Works, Engr. Dave Ostreva, has disclosed": "Engr." as the West African
    papers write it ended the sentence there, and the figure went to the publisher."""
    text = (
        "Roads\n\nThe Federal Government will spend N2.4 trillion on road projects in 2025, the "
        "Minister of Works, Engr. Dave Ostreva, has disclosed."
    )
    assert _claimants(text)["N2.4 trillion"] == "Dave Ostreva"


def test_the_cm_is_the_chief_minister_the_article_named() -> None:
    """ "Chief Minister Piet Quellane announced ... / the CM said": the office by its letters is
    its holder, as "the chief minister said" is; the figure went to "CM"."""
    text = (
        "Jobs\n\nThe state will regularise 5,000 contract workers, Chief Minister Piet Quellane "
        "announced on Wednesday.\n\n"
        "Addressing a gathering, the CM said the move would cost Rs 240 crore a year."
    )
    assert _claimants(text)["Rs 240 crore"] == "Piet Quellane"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Tamsley Foods will cut 14 jobs, its boss said.", "Tamsley Foods"),
        ("Tamsley Foods will cut 14 jobs, the firm's boss said.", "Tamsley Foods"),
        ("Halsmoor Police will hire 14 officers, its chief constable said.", "Halsmoor Police"),
    ],
)
def test_a_boss_and_a_chief_constable_speak_for_their_body(sentence: str, body: str) -> None:
    """ "its boss said", "the firm's boss said", "its chief constable said": neither noun was
    read as an officer who speaks for the body, and the figure went to the publisher."""
    assert _claimants(f"News\n\n{sentence}")["14"] == body


def test_guard_a_firms_boss_is_no_councils() -> None:
    """Guard: "the firm's boss" speaks for a company; a council the sentence opens with is
    none ("the firm" is the contractor the story names elsewhere)."""
    text = "News\n\nHalsmoor Council will close 14 libraries, the firm's boss said."
    assert _claimants(text)["14"] != "Halsmoor Council"


def test_said_a_spokesperson_for_a_body_after_the_figure() -> None:
    """ "40 people were hurt, said a spokesperson for the Halsmoor Fire Department": the body
    its unnamed spokesperson speaks for, after the verb, as "said the X" is read; the figure
    went to the publisher."""
    text = "Fire\n\n40 people were hurt, said a spokesperson for the Halsmoor Fire Department."
    assert _claimants(text)["40"] == "Halsmoor Fire Department"


_TOKENS = [
    "Ada", "Tamsley", "Tamsley,", "Jr.,", "Jr.", "Sr.", "MBE,", "MBE", "PhD,", "KC,", "Ltd.,",
    "Inc.", "Engr.", "Dr.", "St.", "said", "the", "40", "\n", ",", ".", "Halsmoor", "Foods",
    # Whole shapes each rewrite reads, which single words rarely line up into.
    "Tamsley, MBE, said", "Tamsley, KC, OBE, said", "Corvath, Jr., said", "Ltd., the",
]  # fmt: skip


@given(st.lists(st.sampled_from(_TOKENS), max_size=40))
def test_reading_titles_and_letters_keeps_every_position(tokens: list[str]) -> None:
    """The stops and commas around titles, "Jr." and letters after a name are rewritten in
    place (`_without_title_stops`): the text keeps its length, so every figure and quote found
    in it points at the article's own characters."""
    text = " ".join(tokens)
    assert len(_without_title_stops(text)) == len(text)
    assert len(_without_title_stops(text, keep_saints=False)) == len(text)


def test_according_to_a_survey_named_by_its_pollster() -> None:
    """ "according to the Pellwick survey" after a Corvath poll and a Pellwick Insights survey
    in one sentence: the survey the name says, not the latest poll or survey (Corvath's)."""
    text = (
        "Polls\n\nA Corvath Research poll gave Ada Tamsley 48 percent, while a Pellwick "
        "Insights survey showed the race tied at 44 percent.\n\n"
        "Among independents, Tamsley leads 46-38, according to the Pellwick survey."
    )
    assert _claimants(text)["46"] == "Pellwick Insights"


@pytest.mark.parametrize(
    "sentence",
    [
        "The figure of 40 came from the Halsmoor Fire Department.",
        "The number, 40, comes from the Halsmoor Fire Department.",
    ],
)
def test_the_body_a_figure_came_from(sentence: str) -> None:
    """ "The figure of 40 came from the X Fire Department": the body the sentence says its
    figure came from; the figure went to the publisher."""
    assert _claimants(f"Fire\n\n{sentence}")["40"] == "Halsmoor Fire Department"
