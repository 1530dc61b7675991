"""Claimants under a page's headline and standfirst, session 43: an HTML page's text now opens
with them (tests/intake/test_article_html_headline.py), and their words must not rename the
story's sources. A headline set in title case capitalises every word after a name; a headline
gives a shorter form of the name the story gives in full; an owner's mark ends a name; "Below,"
opening a standfirst is no one. And a paper's file picture credited after a slash is a caption.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures
from intake.normalise import CAPTION, normalise
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences


def test_a_title_case_headline_is_no_longer_name() -> None:
    """The headline's capitals ("Quorvex Halts Withdrawals After ...") made the exchange
    "Quorvex Halts Withdrawals After" wherever the story says "Quorvex"."""
    text = (
        "Quorvex Halts Withdrawals After $212M Bridge Exploit\n\n"
        "Quorvex, the mid-sized exchange that says it serves 3.1 million users, paused all "
        "withdrawals on Wednesday after attackers drained $212 million from its bridge, the "
        "company confirmed.\n"
    )
    assert _claimants(text, publisher="The Hashmark")["3.1 million"] == "Quorvex"


def test_guard_a_headline_in_sentence_case_still_names_the_body_in_full() -> None:
    """ "Quorvex Freight Lines" in a headline that is not in title case is the body's full
    name, which its short form later takes, as before."""
    text = (
        "Quorvex Freight Lines to cut 640 jobs as growth stalls\n\n"
        "Staff were told on Tuesday that the company would close two depots.\n\n"
        "Quorvex said it expected a restructuring charge of $45 million.\n"
    )
    assert _claimants(text, publisher="The Ledgerpost")["$45 million"] == "Quorvex Freight Lines"


def test_a_headlines_shorter_form_is_the_name_the_story_gives_in_full() -> None:
    """ "Quorvex Freight" in the headline and "Quorvex Freight Lines Inc." in the story are one
    body: "Quorvex" is that body (intake left the short form, finding two names for it)."""
    text = (
        "Quorvex Freight to cut 640 jobs as growth stalls, memo shows\n\n"
        "Quorvex Freight Lines Inc. will eliminate about 640 jobs, according to an internal memo "
        "seen by The Ledgerpost.\n\n"
        "Quorvex reported revenue of $612 million for its last fiscal year, up 7 per cent.\n"
    )
    claimants = _claimants(text, publisher="The Ledgerpost")
    assert claimants["$612 million"] == "Quorvex Freight Lines Inc"


def test_an_owners_mark_ends_a_name() -> None:
    """ "Tamsley Airlines' Pellwick traffic" in the headline: the airline is "Tamsley
    Airlines", not a name running on to the place (intake left "Tamsley", finding two)."""
    text = (
        "Tamsley Airlines' Pellwick traffic up 12.4% in September as airport posts record\n\n"
        "Tamsley Airlines carried 447,800 passengers through Pellwick airport in September, up "
        "12.4% from a year earlier, the airline said on Tuesday.\n\n"
        "Tamsley reported a quarterly profit of Rs 1,284 crore, up 19%.\n"
    )
    assert _claimants(text, publisher="Corvath News")["Rs 1,284 crore"] == "Tamsley Airlines"


def test_below_opening_a_standfirst_is_no_one() -> None:
    """ "Below, the official release with our charts": "Below" was read as a name, and "the
    release shows" later was given to it."""
    text = (
        "Unemployment falls as services hiring holds up, Statistics Ostreva says\n\n"
        "Jobless total drops for a second quarter running. Below, the official release with "
        "our charts and commentary.\n\n"
        "The unemployment rate fell to 4.6% in the quarter, according to figures published on "
        "Thursday by Statistics Ostreva.\n\n"
        "Some 23,600 people aged 15 to 24 were unemployed, the release shows.\n"
    )
    claimants = _claimants(text, publisher="Kelvasi Business Review")
    assert claimants["Some 23,600"] == "Statistics Ostreva"


def test_a_file_picture_credited_after_a_slash_is_a_caption() -> None:
    """ "Gazette file photo/Ada Moor" closes a caption: its figure is no claim of the story's
    (intake suggested the caption's sentence)."""
    caption = (
        "Crews work on a transformer at the Millrace substation in August. The utility says it "
        "has spent $1.2 billion on upgrades since 2021. Gazette file photo/Ada Quellane"
    )
    text = (
        "Regulators' staff would give Halsmoor Power about half its requested rate hike\n\n"
        f"{caption}\n\n"
        "The staff of the State Energy Regulatory Commission has recommended that Halsmoor "
        "Power receive roughly half of the increase it requested, according to testimony filed "
        "on Tuesday.\n"
    )
    normalised = normalise(text)
    start = normalised.text.index("Crews work")
    assert CAPTION in normalised.kinds_at(start, start + 20)
    assert not any("$1.2 billion" in sentence for sentence in suggested_sentences(text))


# A list under a lead-in that names whose list it is, by a verb of asking or offering or by
# "from" and a body's name: every item is that body's (intake gave the publisher).
_LISTS = [
    pytest.param(
        "The Allied Nurses Union is calling for:\n\n- A pay rise of 11.5% for all staff.\n\n"
        "- An extra 2,000 training places a year.\n",
        {"11.5%": "Allied Nurses Union", "2,000": "Allied Nurses Union"},
        id="is-calling-for",
    ),
    pytest.param(
        "The state government's 2025 budget, tabled in November, promises:\n\n"
        "- A further 24 buses for routes in the hill district\n\n- Free tablets for 3,000 pupils\n",
        {"24": "state government", "3,000": "state government"},
        id="a-documents-owner-promises",
    ),
    pytest.param(
        "From the Department for Coasts and Harbours' answers this week:\n\n"
        "• Claims awaiting a decision on 31 December: 84,215\n\n"
        "• Harbours in use on 28 February: 211\n",
        {
            "84,215": "Department for Coasts and Harbours",
            "211": "Department for Coasts and Harbours",
        },
        id="from-a-bodys-answers",
    ),
    pytest.param(
        "Key points from the Corvath Ridge Securities note:\n\n"
        "- Take rate could fall a further 0.5 percentage points.\n\n"
        "- Electric cars are expected to make up 25% of the fleet by March.\n",
        {"0.5 percentage points": "Corvath Ridge Securities", "25%": "Corvath Ridge Securities"},
        id="key-points-from-a-note",
    ),
]


@pytest.mark.parametrize(("lead_in_and_list", "expected"), _LISTS)
def test_a_lists_lead_in_names_whose_list_it_is(
    lead_in_and_list: str, expected: dict[str, str]
) -> None:
    assert _claimants("Quellane buses\n\n" + lead_in_and_list) == expected


@pytest.mark.parametrize(
    "lead_in",
    [
        "From April the capped rates, for customers paying by direct debit, will be:",
        "From Monday Halsmoor Transit fares will be:",
        "Here is what we found from our own survey of readers:",
    ],
)
def test_guard_a_lead_in_that_says_when_or_is_the_papers_own_names_no_one(lead_in: str) -> None:
    """ "From April" and "From Monday" say when; "our own survey" is the paper's."""
    text = f"Quellane buses\n\n{lead_in}\n\n- Single fare: £2.80\n\n- 42% of riders\n"
    assert set(_claimants(text).values()) == {""}


_RAIN_TABLE = (
    "Storm rainfall\n\nThe storm brought heavy rain to the west on Saturday.\n\n"
    "| Station | Rain (mm) | Share of monthly average |\n|---|---|---|\n"
    "| Slievecorr | 142.0 | 118% |\n| Ballindrum | 96.4 | 81% |\n\n"
)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        (
            "Rainfall in the 24 hours to 9am Sunday. Source: national forecaster (provisional)",
            "national forecaster",
        ),
        (
            "Gauges read at 9am. Source: Kelvasi Weather Service, Pellwick office.",
            "Kelvasi Weather Service",
        ),
        ("Source: Kelvasi Weather Service (provisional)", "Kelvasi Weather Service"),
    ],
)
def test_a_tables_note_credits_its_source_after_a_captions_words(note: str, source: str) -> None:
    """The line under a table names its source after a caption's words (intake gave the
    publisher), in lower case too; a bracket after the name says how final the figures are,
    and is no part of it (intake gave "Kelvasi Weather Service (provisional)")."""
    claimants = _claimants(_RAIN_TABLE + note + "\n")
    assert {claimants[figure] for figure in ("142.0", "118%", "96.4", "81%")} == {source}


def test_guard_a_line_under_a_table_that_credits_no_one_leaves_its_rows_the_papers() -> None:
    claimants = _claimants(_RAIN_TABLE + "Rainfall in the 24 hours to 9am Sunday.\n")
    assert {claimants[figure] for figure in ("142.0", "118%", "96.4", "81%")} == {""}


def test_an_election_result_is_the_authority_that_declared_it() -> None:
    text = (
        "Quellane takes Pellwick ward\n\n"
        "Ada Quellane won the seat with 6,482 votes to 5,917, the Kelvasi Electoral Authority "
        "(KEA) declared early on Friday.\n"
    )
    claimants = _claimants(text)
    assert claimants["6,482"] == claimants["5,917"] == "Kelvasi Electoral Authority"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Cases have risen to 1,214 since the outbreak was declared on Monday.", "1,214"),
        (
            "Votes as declared by the returning officer; shares calculated by us from 87,801 "
            "valid votes.",
            "87,801",
        ),
    ],
)
def test_guard_declared_with_its_agent_after_or_in_the_passive_names_no_one(
    sentence: str, figure: str
) -> None:
    assert _claimants(f"Count night\n\n{sentence}\n")[figure] == ""


def test_staff_who_tell_us_are_the_source() -> None:
    """ "tell" in the present, as "say" is (intake knew "tells" only)."""
    text = "Count night\n\nCouncil staff tell us there are about 160 counting assistants on duty.\n"
    assert _claimants(text)["about 160"] == "Council staff"


def test_an_owners_mark_inside_a_bodys_name_does_not_end_it() -> None:
    """A plural's mark before a body's word is part of the name: "Kelvasi" said is the
    association introduced before, whole (the owner's mark, ending names since this session,
    gave "Kelvasi Growers")."""
    text = (
        "Farm jobs\n\nThe Kelvasi Growers' Association met on Monday. Kelvasi said 40% of farms "
        "had cut staff.\n"
    )
    assert _claimants(text)["40%"] == "Kelvasi Growers' Association"


def test_a_survey_of_a_body_whose_name_holds_a_plurals_mark_is_the_bodys() -> None:
    """ "The X Growers' Association survey found": the association's survey (intake gave
    "Kelvasi Growers", reading the mark as the owner's)."""
    text = (
        "Farm jobs\n\nThe Kelvasi Growers' Association survey found 40% of farms had cut staff.\n"
    )
    assert _claimants(text)["40%"] == "Kelvasi Growers' Association"


@pytest.mark.parametrize(
    ("sentence", "figure", "body"),
    [
        (
            "The Halsmoor Transit monthly bulletin shows 1,200 journeys were cut.",
            "1,200",
            "Halsmoor Transit",
        ),
        (
            "The Pellwick Water annual report shows 1,200 leaks were fixed.",
            "1,200",
            "Pellwick Water",
        ),
        (
            "The Kelvasi Health Ministry weekly update shows 41 new cases.",
            "41",
            "Kelvasi Health Ministry",
        ),
        (
            "The Halsmoor Transit press office said 1,200 journeys were cut.",
            "1,200",
            "Halsmoor Transit",
        ),
        (
            "In a note to clients, Pellwick Securities analysts wrote that margins could fall to 12%.",
            "12%",
            "Pellwick Securities",
        ),
    ],
)
def test_a_bodys_document_or_office_in_lower_case_after_its_name_is_the_bodys(
    sentence: str, figure: str, body: str
) -> None:
    """Intake gave the whole run ("Halsmoor Transit monthly bulletin") as the name."""
    assert _claimants(f"Halsmoor news\n\n{sentence}\n")[figure] == body


def test_guard_a_bodys_papers_named_without_a_document_noun_stay_the_papers() -> None:
    """ "board papers" is no document noun of the rule's: the figure stays the paper's, as
    before."""
    text = "Halsmoor news\n\nThe Pellwick Water board papers show 1,200 leaks were fixed.\n"
    assert _claimants(text)["1,200"] == ""


def test_a_clause_of_place_after_by_is_no_source() -> None:
    """ "splits the figures by where workers sit": "where workers" was read as the figures'
    source, and carried to the paragraph's next sentence."""
    text = (
        "Pay watch\n\nThe third chart splits the earnings figures by where workers sit in the pay "
        "distribution. The lowest-paid fifth saw pay rise 6.3% over the year.\n"
    )
    assert set(_claimants(text).values()) == {""}


@pytest.mark.parametrize(
    ("sentence", "share", "pollster"),
    [
        (
            "Some 17% of voters told Marrable Research they would consider switching.",
            "Some 17%",
            "Marrable Research",
        ),
        (
            "One in five parents told the Kelvasi Parents' Forum that fees had risen by $400.",
            "One in five",
            "Kelvasi Parents' Forum",
        ),
    ],
)
def test_a_share_of_people_who_told_a_pollster_is_the_pollsters(
    sentence: str, share: str, pollster: str
) -> None:
    """The respondents told the pollster: the share is the pollster's (intake gave "voters",
    or the publisher)."""
    assert _claimants(f"Poll watch\n\n{sentence}\n")[share] == pollster


def test_guard_people_who_told_the_paper_stay_the_speakers() -> None:
    """ "told us": no pollster is named, and what the residents said stays theirs."""
    text = "Poll watch\n\nMost of the residents told us they had waited 40 minutes for a bus.\n"
    assert _claimants(text)["40"] == "residents"


def test_a_boxs_source_note_crediting_the_paper_is_the_papers_own() -> None:
    """ "Source: Gazette survey of trust websites" under a box, in the Pellwick Gazette: the
    paper's own work (intake gave "Gazette", as a source apart from the paper)."""
    text = (
        "Parking charges\n\nHOW THE HOSPITALS COMPARE\n- Pellwick General Hospital: £4.50\n"
        "- Halsmoor Royal Infirmary: £3.80\nSource: Gazette survey of trust websites, March\n"
    )
    claimants = _claimants(text, publisher="The Pellwick Gazette")
    assert claimants["£4.50"] == claimants["£3.80"] == ""


def test_guard_a_boxs_source_note_crediting_another_body_is_that_bodys() -> None:
    text = (
        "Parking charges\n\nHOW THE HOSPITALS COMPARE\n- Pellwick General Hospital: £4.50\n"
        "- Halsmoor Royal Infirmary: £3.80\nSource: Kelvasi Health Board survey, March\n"
    )
    claimants = _claimants(text, publisher="The Pellwick Gazette")
    assert claimants["£4.50"] == claimants["£3.80"] == "Kelvasi Health Board"


@pytest.mark.parametrize(
    "sentence",
    [
        "Owners can check by calling Koenraad Customer Care on 1800 563 722.",
        "Ring Kelvasi Water on 0800 555 0199 or visit the website.",
    ],
)
def test_a_number_dialled_after_a_name_is_no_figure(sentence: str) -> None:
    """ "calling X Customer Care on 1800 563 722": intake read "563 722" as a count (the dialling
    word in its -ing form, a name between it and "on", were not read)."""
    assert find_figures(sentence) == []


def test_guard_calling_a_number_of_people_counts_them() -> None:
    assert [f.as_written for f in find_figures("The charity is calling 1,200 families.")] == [
        "1,200"
    ]


def test_a_newsletters_paid_tier_pitch_is_no_claim() -> None:
    text = (
        "Teachers\n\nThe union said 40% of teachers were paid late.\n\n"
        "You are reading the free edition of ChalkLine Weekly. Upgrade to ChalkLine Pro for "
        "N1,500 a month to get job alerts and the full policy tracker.\n"
    )
    assert suggested_sentences(text) == ["The union said 40% of teachers were paid late."]


def test_a_radio_scripts_item_timings_are_no_claims() -> None:
    text = (
        "Bulletin\n\nDUR: 0'17\"\n\nThe council said 12 roads were closed.\n\nTOTAL DUR: 1'52\"\n"
    )
    assert suggested_sentences(text) == ["The council said 12 roads were closed."]


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The shares trade at 1.4x book value.", "1.4x", "1.4"),
        ("The fund returned roughly 3x its money.", "roughly 3x", "3"),
    ],
)
def test_a_multiple_written_with_x_is_a_figure(sentence: str, written: str, value: str) -> None:
    """As "threefold" is (intake read no figure)."""
    figures = find_figures(sentence)
    assert [(f.as_written, f.value) for f in figures] == [(written, Decimal(value))]


@pytest.mark.parametrize("sentence", ["It sold 4x4 vehicles.", "The rate was 1x.", "A 0x1F code."])
def test_guard_a_code_or_a_multiple_of_one_is_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "The Glasmorven Health Board wants to close the ward. The catchment takes in around "
            "61,000 people, according to the board's consultation document.",
            "around 61,000",
            "Glasmorven Health Board",
        ),
        (
            "Brannock County built the arena in 2019. According to county budget figures, the "
            "arena generated $6.2 million in taxes in its first year.",
            "$6.2 million",
            "Brannock County",
        ),
    ],
)
def test_a_bodys_document_or_figures_named_by_what_they_cover_are_its_own(
    text: str, figure: str, owner: str
) -> None:
    """ "the board's consultation document" and "county budget figures": the board's and the
    county's (intake gave the publisher: "document" was no document's noun, and "budget"
    stood between the owner and its figures)."""
    assert _claimants(f"Ward closure\n\n{text}\n")[figure] == owner


@pytest.mark.parametrize(
    ("sentence", "figure", "filer"),
    [
        (
            "According to a securities filing on Monday, Vantorra has set aside $4.5 million.",
            "$4.5 million",
            "Vantorra",
        ),
        (
            "According to its annual report, Halsmoor Gas employs 1,150 people.",
            "1,150",
            "Halsmoor Gas",
        ),
    ],
)
def test_a_filing_no_one_is_named_for_is_its_subjects_own(
    sentence: str, figure: str, filer: str
) -> None:
    """What a body files states its own figures (intake gave the publisher)."""
    assert _claimants(f"Results\n\n{sentence}\n")[figure] == filer


@pytest.mark.parametrize(
    "sentence",
    [
        "According to a statement from the union, Halsmoor Gas has cut 1,150 jobs.",
        "According to a filing by its largest shareholder, Halsmoor Gas has cut 1,150 jobs.",
        "According to court filings, Halsmoor Gas has cut 1,150 jobs.",
    ],
)
def test_guard_a_filing_by_another_is_not_its_subjects(sentence: str) -> None:
    assert _claimants(f"Results\n\n{sentence}\n")["1,150"] != "Halsmoor Gas"
