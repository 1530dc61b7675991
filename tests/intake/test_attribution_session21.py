"""New house styles: an inquiry hearing, a magazine long read, a parliamentary debate, a radio
interview transcript and a polling newsletter. Who states a figure there: a transcript's turn
opened by its speaker's name in capitals, a reply in a debate ("replied that"), an answer given
in a hearing ("agreed that"), a figure put to a witness, a question's premise ("asked the
minister whether"), a pollster that "has" a side on a share, "In her view", the possessive owner
of a register or survey, a person introduced as a clause's subject or after a description of
her role. What is never suggested: a pull quote or a standfirst that sums up the story, a
reading time, a paywall meter, a membership appeal, a station's frequency and hours, a
sitting's timetable, someone's own years at their work, and a comment thread's furniture when
the commenter's line carries the time ("name | 2 hours ago", "Name says:"). Every sentence
here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.extract import extract_suggestions
from intake.models import TextSection
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _suggested

BODY = "The council said it would cut 1,200 jobs, about 9 percent of its staff.\n\n"


def _comments(text: str) -> list[tuple[str, str]]:
    return [
        (item.sentence, item.claimant)
        for item in extract_suggestions(normalise(text))
        if item.section == TextSection.COMMENT
    ]


# -- a transcript's turns -----------------------------------------------------------------


def test_a_speaker_label_in_capitals_makes_the_turn_its_speakers() -> None:
    text = (
        "Speaking to host Ravi Dunmore-Ekwe, the fire chief Olwen Tressider-Bake said crews "
        "were stretched. This is an edited transcript.\n\n"
        "DUNMORE-EKWE: Chief, how many fires this summer?\n\n"
        "TRESSIDER-BAKE: We have attended 2,140 grass fires since June. Around 35 homes were "
        "damaged, and I would expect 200 more callouts before the rain.\n"
    )
    assert _claimants(text) == {
        "2,140": "Olwen Tressider-Bake",
        "Around 35": "Olwen Tressider-Bake",
        "200": "Olwen Tressider-Bake",
    }


def test_a_third_person_in_a_turn_keeps_their_own_claim() -> None:
    text = (
        "Presenter Ines Calloway-Tate spoke to the water minister, Dr Bram Oyelowo-Fenn.\n\n"
        "CALLOWAY-TATE: The opposition water spokeswoman, Hettie Marsh-Abara, was here on "
        "Monday. She told us leaks had risen by 18 percent. Is that right?\n\n"
        "OYELOWO-FENN: No. Leaks fell 4 percent last year.\n"
    )
    assert _claimants(text) == {
        "18 percent": "Hettie Marsh-Abara",
        "4 percent": "Bram Oyelowo-Fenn",
    }


def test_a_label_that_names_no_one_introduced_is_no_speaker() -> None:
    """Guard: "UPDATE:" in capitals names no one the article introduced."""
    text = (
        "Firefighter Tom Velland-Ross said crews were tired.\n\n"
        "UPDATE: About 400 homes remain without power in the valley.\n"
    )
    assert _claimants(text) == {"About 400": ""}


# -- a debate and a hearing -----------------------------------------------------------------


def test_a_reply_in_a_debate_is_the_replying_ministers() -> None:
    text = (
        "The shadow schools minister, Ada Pennick-Roe, said 3,100 teachers had quit.\n\n"
        "The schools minister, Colm Ashdown-Vale, replied that there were 468,000 teachers in "
        "post, more than ever. He said vacancies had fallen by 12 per cent.\n"
    )
    assert _claimants(text) == {
        "3,100": "Ada Pennick-Roe",
        "468,000": "Colm Ashdown-Vale",
        "12 per cent": "Colm Ashdown-Vale",
    }


def test_an_answer_agreed_in_a_hearing_is_the_witnesss() -> None:
    text = (
        "The hospital's former chief executive, Marta Quillon-Dade, gave evidence on Monday.\n\n"
        "Under questioning from the panel, Ms Quillon-Dade agreed that 27 per cent of the "
        "scans had been read late.\n"
    )
    assert _claimants(text) == {"27 per cent": "Marta Quillon-Dade"}


def test_a_figure_put_to_a_witness_is_the_counsels() -> None:
    text = (
        "Counsel for the families, Idris Fenwhistle-Obi, questioned the former director.\n\n"
        "Mr Fenwhistle-Obi put it to the witness that the contract had cost £8.2m.\n"
    )
    assert _claimants(text) == {"£8.2m": "Idris Fenwhistle-Obi"}


def test_a_questions_premise_is_the_askers_past_the_bracketed_seat() -> None:
    text = (
        "Intervening, Dame Rosa Tillet-Mbeki (Reform, Harlow North) asked the minister whether "
        "she accepted that 40 rural bus routes had closed since 2019.\n"
    )
    assert _claimants(text) == {"40": "Rosa Tillet-Mbeki"}


# -- polls ----------------------------------------------------------------------------------


def test_a_pollster_that_has_a_side_on_a_share_gives_it() -> None:
    text = (
        "Two polls on the stadium plan came out this week.\n\n"
        "Vellacourt Research, polling online for the Harbour Times, has Yes on 54%.\n\n"
        "Tamsworth Insight, which polled by phone for the No campaign, has Yes on 46%.\n"
    )
    assert _claimants(text) == {"54%": "Vellacourt Research", "46%": "Tamsworth Insight"}


def test_a_pollster_quotes_its_margin() -> None:
    text = "Pellcourt Polling quotes a margin of error of plus or minus 2 percentage points.\n"
    assert _claimants(text) == {"2 percentage points": "Pellcourt Polling"}


def test_a_person_described_by_her_bodys_possessive_speaks_for_herself() -> None:
    text = (
        "Nadia Castellane-Woo, Pellcourt's head of polling, told me the gap was about turnout. "
        "Her panel, she said, found that 29% of renters had never voted.\n"
    )
    assert _claimants(text) == {"29%": "Nadia Castellane-Woo"}


# -- views, registers and bodies ------------------------------------------------------------


def test_in_her_view_is_the_person_she_names() -> None:
    text = (
        "Ottoline Baird-Nakamura has run the town's food bank since it opened and thinks the "
        "official count is too low. In her view, more than 700 families rely on it each week.\n"
    )
    assert _claimants(text)["more than 700"] == "Ottoline Baird-Nakamura"


def test_the_possessive_owner_of_a_register_or_survey_gives_its_figures() -> None:
    text = (
        "Pellham Borough Council said rents had risen sharply.\n\n"
        "According to the council's housing register, 2,310 households are waiting for a home. "
        "A third of them have children, according to the council's 2024 household survey.\n"
    )
    assert _claimants(text) == {
        "2,310": "Pellham Borough Council",
        "A third": "Pellham Borough Council",
    }


def test_a_bodys_first_word_is_no_job_when_the_sentence_describes_the_body() -> None:
    text = (
        "Kestrow Tenants Aid, a housing charity, found that average rents rose from £640 to "
        "£810 a month.\n"
    )
    assert _claimants(text) == {"£640": "Kestrow Tenants Aid", "£810": "Kestrow Tenants Aid"}


# -- people introduced without speaking -----------------------------------------------------


def test_a_person_introduced_as_the_subject_is_who_she_names_next() -> None:
    text = (
        "Just after dawn, Petra Holloway-Nze walks her dog along the empty seafront and counts "
        "the shuttered cafes.\n\n"
        "\u201cNine out of ten of these were open when I was a girl,\u201d she says.\n"
    )
    assert _claimants(text) == {"Nine out of ten": "Petra Holloway-Nze"}


# -- chrome ---------------------------------------------------------------------------------


def test_a_pull_quote_that_repeats_the_story_is_not_suggested() -> None:
    text = (
        "\u201cThree in four of the boats in this harbour are for pleasure now,\u201d says "
        "harbourmaster Ned Carrow-Bligh.\n\n"
        "\u201cThree in four of the boats are for pleasure now\u201d\n\n"
        "The harbour board counted 212 moorings last year.\n"
    )
    suggested = _suggested(text)
    assert "\u201cThree in four of the boats are for pleasure now\u201d" not in suggested
    assert len(suggested) == 2


def test_a_standfirst_above_the_byline_that_sums_up_the_story_is_not_suggested() -> None:
    text = (
        "The empty houses of Gullhaven\n\n"
        "Nearly half the homes on the quay now stand empty all winter. Who will live here?\n\n"
        "By Ada Trelawny-Osei\n\n"
        "The district council estimates that 46 per cent of homes on the quay are second homes, "
        "against 8 per cent across the district.\n"
    )
    assert _suggested(text) == [
        "The district council estimates that 46 per cent of homes on the quay are second homes, "
        "against 8 per cent across the district."
    ]


def test_a_headline_whose_qualifier_bounds_the_bodys_figure_is_not_suggested() -> None:
    text = (
        "Bus use falls by more than a quarter\n\n"
        "Bus journeys in the county fell by 29 per cent last year, the transport board said.\n"
    )
    assert _suggested(text) == [
        "Bus journeys in the county fell by 29 per cent last year, the transport board said."
    ]


def test_a_reading_time_is_not_suggested() -> None:
    text = f"Features \u00b7 12 minute read\n\n{BODY}"
    assert _suggested(text) == [BODY.strip()]


def test_a_paywall_meter_is_not_suggested() -> None:
    text = (
        f"{BODY}"
        "You have read 4 of your 6 free articles this month. Subscribe from \u00a32 a week for "
        "unlimited access.\n"
    )
    assert _suggested(text) == [BODY.strip()]


def test_a_membership_appeal_is_not_suggested() -> None:
    text = (
        f"{BODY}"
        "Get the latest news from the Valley Echo on your phone. Support local journalism: "
        "become a Valley Echo member from \u00a35 a month.\n"
    )
    assert _suggested(text) == [BODY.strip()]


def test_a_stations_frequency_is_no_figure() -> None:
    text = f"{BODY}You can hear the Drive Home Show on 101.6 FM across the county.\n"
    assert _suggested(text) == [BODY.strip()]


def test_a_span_of_clock_hours_is_no_figure() -> None:
    text = f"{BODY}The Late Calls show airs weeknights from 10 to 11 PM.\n"
    assert _suggested(text) == [BODY.strip()]


def test_a_sittings_timetable_is_not_suggested() -> None:
    text = f"{BODY}The tribunal, which is due to sit for 25 days, resumes on Monday.\n"
    assert _suggested(text) == [BODY.strip()]


def test_a_named_persons_own_years_at_their_work_are_not_suggested() -> None:
    text = (
        f"{BODY}Halvard Pike-Umeh has run the bakery on the corner for three decades and "
        "thinks the council is wrong.\n"
    )
    assert _suggested(text) == [BODY.strip()]


def test_a_thread_whose_commenter_line_carries_the_time_is_the_commenters() -> None:
    text = (
        f"{BODY}"
        "Comments (2) | Sort by: Oldest\n\n"
        "mill_lane_mo | 3 hours ago\n"
        "They cut 300 jobs here in 2019 as well.\n"
        "Reply | 12 likes\n\n"
        "Ferrydown Phil | 5 hours ago\n"
        "Half the office is agency staff anyway.\n"
        "Reply | 4 likes\n"
    )
    assert _suggested(text)[0] == BODY.strip()
    assert _comments(text) == [
        ("They cut 300 jobs here in 2019 as well.", "mill_lane_mo"),
        ("Half the office is agency staff anyway.", "Ferrydown Phil"),
    ]


def test_a_blogs_thread_with_says_and_dated_comments_is_the_commenters() -> None:
    text = (
        f"{BODY}"
        '2 thoughts on "Council to cut 1,200 jobs"\n\n'
        "Gwen T. says:\n"
        "March 3, 2025 at 6:40 pm\n"
        "My neighbour is one of the 1,200 and nobody told him.\n\n"
        "Rhodri P. says:\n"
        "March 3, 2025 at 7:02 pm\n"
        "About 40 of them are in the parks team.\n"
    )
    assert _suggested(text)[0] == BODY.strip()
    assert _comments(text) == [
        ("My neighbour is one of the 1,200 and nobody told him.", "Gwen T."),
        ("About 40 of them are in the parks team.", "Rhodri P."),
    ]


def test_a_comments_date_line_names_no_commenter() -> None:
    text = (
        f"{BODY}"
        "Reader comments\n\n"
        "Hal Benbow\n\n"
        "May 19\n\n"
        "The last cuts took 15 per cent of the library staff.\n\n"
        "Like (3) \u00b7 Reply\n"
    )
    assert _comments(text) == [
        ("The last cuts took 15 per cent of the library staff.", "Hal Benbow"),
    ]
