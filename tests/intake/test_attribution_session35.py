"""Attribution mended in session 35: "according to the consultancy" names the firm the article
described as one, as "the consultancy said" did; a subject set off by a description ("X, the
mid-sized exchange that ..., paused ...") is the company "the company confirmed" shortens; "the
co-op" shortens a co-operative's whole name; "the report says" names the body the article gave
that document ("X ran a deficit, its annual report shows"). Every text
here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_according_to_a_described_body_noun_names_the_body() -> None:
    text = (
        "Office rents\n\n"
        "Grade A rents in the city rose 2.3% in 2024, according to Quistmoor Lane Partners, a "
        "property consultancy.\n\n"
        "Rents in the old town fell 2.6% over the year, according to the consultancy.\n"
    )
    assert _claimants(text)["2.6%"] == "Quistmoor Lane Partners"


def test_guard_according_to_a_noun_the_article_gave_no_body_stays_the_publishers() -> None:
    text = (
        "Office rents\n\n"
        "Grade A rents in the city rose 2.3% in 2024, the mayor's office said.\n\n"
        "Rents in the old town fell 2.6% over the year, according to the consultancy.\n"
    )
    assert _claimants(text)["2.6%"] == ""


def test_a_subject_set_off_by_its_description_is_the_company_that_confirms() -> None:
    text = (
        "Exchange halts withdrawals\n\n"
        "Brevantix, the mid-sized exchange that says it serves 3.1 million users, paused all "
        "withdrawals on Wednesday after attackers drained roughly $212 million from its bridge, "
        "the company confirmed in a post.\n"
    )
    claimants = _claimants(text)
    assert claimants["roughly $212 million"] == "Brevantix"
    assert claimants["3.1 million"] == "Brevantix"


def test_the_co_op_shortens_a_co_operatives_whole_name() -> None:
    text = (
        "Milk price\n\n"
        "The Dunlavin Co-operative Society will pay its 2,150 milk suppliers 44.5 cent per litre "
        "for May supplies, unchanged from April, the co-op confirmed on Thursday.\n\n"
        "Supplies rose 4% in May, according to the co-op.\n"
    )
    claimants = _claimants(text)
    assert claimants["2,150"] == "Dunlavin Co-operative Society"
    assert claimants["4%"] == "Dunlavin Co-operative Society"


def test_the_report_says_names_the_body_whose_report_its_shows() -> None:
    text = (
        "Charity accounts\n\n"
        "The Brenwick Trust, the young carers' charity, ran a deficit last year as demand rose, "
        "its latest annual report shows.\n\n"
        "The number of young carers the charity supported rose to 21,640, from 18,980 in "
        "2022-23, the report says.\n\n"
        "Its shops raised £1.2m, according to the report.\n"
    )
    claimants = _claimants(text)
    assert claimants["21,640"] == "Brenwick Trust"
    assert claimants["£1.2m"] == "Brenwick Trust"


_RELEASE = (
    "Sheriff's office reports record calls\n\n"
    "By Ada Plimsett\n\n"
    "The Tolland County Sheriff's Office released its annual summary on Monday, and 41 "
    "readers wrote in about it. The Ledger is publishing the release below.\n\n"
    "---\n\n"
    "FOR IMMEDIATE RELEASE\n"
    "{issuer}\n"
    "Media contact: Lt. Dana Wroxley, (740) 555-0182\n\n"
    "TOLLAND COUNTY SHERIFF'S OFFICE RELEASES 2024 SUMMARY\n\n"
    "Deputies made 2,917 arrests during the year, compared with 2,688 in 2023.\n\n"
    "The jail booked 6,203 people.\n\n"
    "###\n\n"
    "---\n\n"
    "The jail is rated for 240 beds, so it ran about 20 percent over its limit.\n"
)


def test_a_releases_own_header_names_whose_release_it_is() -> None:
    claimants = _claimants(_RELEASE.format(issuer="Tolland County Sheriff's Office"))
    assert claimants["2,917"] == "Tolland County Sheriff's Office"
    assert claimants["6,203"] == "Tolland County Sheriff's Office"
    # The paper's own paragraphs, above the release and after its end ("###"), are its own.
    assert claimants["about 20 percent"] == ""
    assert claimants["41"] == ""


def test_guard_a_header_over_no_body_line_gives_the_release_no_voice() -> None:
    text = _RELEASE.format(issuer="Feb. 10, 2025")
    assert _claimants(text)["2,917"] == ""


def test_a_surveys_respondents_answers_are_the_surveys() -> None:
    text = (
        "Manufacturers gloomier\n\n"
        "Optimism among small manufacturers fell this spring, according to the Yarnfield "
        "Fabricators Association's second-quarter outlook survey, released Tuesday.\n\n"
        "Tariffs weighed on orders.\n\n"
        "Fifty-eight percent of responding members said they expect sales to increase, down "
        "from 67% in the first quarter.\n\n"
        "Seventy-one percent of respondents named input costs as their top challenge.\n\n"
        "About a third of firms surveyed plan to hire.\n"
    )
    claimants = _claimants(text)
    assert claimants["Fifty-eight percent"] == "Yarnfield Fabricators Association"
    assert claimants["Seventy-one percent"] == "Yarnfield Fabricators Association"
    assert claimants["About a third"] == "Yarnfield Fabricators Association"


def test_guard_members_with_no_survey_before_stay_the_publishers() -> None:
    text = (
        "Union vote\n\n"
        "The Yarnfield Fabricators Association said on Tuesday it would press for exclusions.\n\n"
        "Fifty-eight percent of members work in shops of fewer than 50 people.\n"
    )
    assert _claimants(text)["Fifty-eight percent"] == ""


def test_according_to_a_named_bodys_titled_document_names_the_body() -> None:
    text = (
        "Harvest\n\n"
        "The winter crop is now forecast at 61.4 million tonnes, up 19 per cent on last season, "
        "according to the National Harvest Estimates Bureau's December Crop Report, released on "
        "Tuesday.\n"
    )
    assert _claimants(text)["61.4 million"] == "National Harvest Estimates Bureau"


def test_an_editors_note_may_say_when_before_who_issued_the_release() -> None:
    text = (
        "Transit ridership up\n\n"
        "Editor's note: The following news release was issued Tuesday afternoon by the "
        "Ostrevale Transit Commission and is republished in full.\n\n"
        "----------------------------------------\n\n"
        "Ridership rose 6.1 per cent in 2024, to 14.2 million trips.\n\n"
        "----------------------------------------\n\n"
        "The union said 38 jobs would go.\n"
    )
    claimants = _claimants(text)
    assert claimants["6.1 per cent"] == "Ostrevale Transit Commission"
    assert claimants["38"] != "Ostrevale Transit Commission"


def test_a_calls_turn_labelled_with_the_speakers_firm_in_brackets_is_hers() -> None:
    text = (
        "Quarterly call\n\n"
        "Chief executive Dara Quellin said revenue rose 18%.\n\n"
        "Marcus Dalbrecht (Kelvaro Securities): Congrats on the quarter. Net revenue "
        "retention came in at 114%. That's down from 117% a year ago.\n"
    )
    claimants = _claimants(text)
    assert claimants["114%"] == "Marcus Dalbrecht"
    assert claimants["117%"] == "Marcus Dalbrecht"


def test_an_office_of_is_no_company_that_the_company_shortens() -> None:
    text = (
        "Rate case\n\n"
        "Tarnwell Power & Light asked regulators for an additional $186.4 million a year, the "
        "utility said.\n\n"
        "The Office of Public Energy Advocate, which represents residential customers, argued "
        "for $41.2 million.\n\n"
        "For a typical customer, the utility's request would raise the monthly bill from "
        "$142.18 to $158.73, according to the company's filing.\n"
    )
    assert _claimants(text)["$158.73"] != "Office of Public Energy Advocate"


def test_her_presentation_speaks_for_her() -> None:
    text = (
        "School board\n\n"
        "Superintendent Tamsyn Farrowby said the division faced a structural problem.\n\n"
        "Her presentation showed average class sizes rising from 22.4 students to 24.1 next "
        "year.\n"
    )
    assert _claimants(text)["24.1"] == "Tamsyn Farrowby"


def test_guard_her_husband_is_no_document_of_hers() -> None:
    text = (
        "Flood\n\n"
        "Resident Ana Trevisk said the water rose in minutes.\n\n"
        "Her husband said they lost 40 years of photographs and $12,000 of furniture.\n"
    )
    assert _claimants(text)["$12,000"] != "Ana Trevisk"


def test_a_described_speaker_who_points_out_is_the_speaker_not_her_employer() -> None:
    text = (
        "Heart trial\n\n"
        "Professor Cormick Tellwyn, a heart specialist at Sorrelbrook University, pointed out "
        "that the absolute reduction was 3.7 percentage points.\n"
    )
    assert _claimants(text)["3.7 percentage points"] == "Cormick Tellwyn"


def test_a_peoples_adjective_is_no_claimant() -> None:
    text = (
        "Heatwaves\n\n"
        "Emergency admissions rise by 3.6 per cent on heatwave days, according to the largest "
        "Australian study of its kind.\n"
    )
    assert _claimants(text)["3.6 per cent"] != "Australian"


def test_guard_a_one_word_name_that_speaks_keeps_it() -> None:
    text = (
        "Energy\n\n"
        "Tessarian said prices would rise 4% next year. Tessarian's filings show 120,000 "
        "customers.\n\n"
        "Orvalese cameras cut crime by 46%, Orvalese said.\n"
    )
    claimants = _claimants(text)
    assert claimants["4%"] == "Tessarian"
    assert claimants["46%"] == "Orvalese"


def test_a_canadian_councillors_abbreviated_title_breaks_no_name() -> None:
    text = (
        "Transit\n\n"
        '"Riders are coming back," said Commission Chair Coun. Eskil Ostwyn. "But fares '
        'cover only about 31 cents of every dollar."\n'
    )
    assert _claimants(text)["about 31 cents"] == "Eskil Ostwyn"


def test_a_bodys_officials_are_no_name_the_body_noun_shortens() -> None:
    text = (
        "Tuition\n\n"
        "Halvorby State University raised tuition 4.9%, University officials said.\n\n"
        "The university counted 17,806 students last fall, down 1.8% from the year before.\n"
    )
    assert _claimants(text)["17,806"] == "Halvorby State University"


def test_a_person_opened_on_by_her_bodys_role_and_described_after_speaks() -> None:
    text = (
        "Budget\n\n"
        "Faculty Senate chair Dr. Leander Pettingale, one of several speakers during public "
        "comment, said faculty had lost 3% in real pay.\n"
    )
    assert _claimants(text)["3%"] == "Leander Pettingale"


def test_a_legislators_party_and_district_are_no_claimant() -> None:
    text = (
        "Wildfires\n\n"
        '"This state spent half a billion dollars putting fires out," state Sen. Eivind '
        "Voightly, R-Pinecrest, said at a hearing Wednesday.\n\n"
        "Sen. Ada Morrow, D-Lake View, said 12 counties were affected.\n"
    )
    claimants = _claimants(text)
    assert claimants["half a billion dollars"] == "Eivind Voightly"
    assert claimants["12"] == "Ada Morrow"


def test_a_results_line_may_name_its_period_and_an_aside_before_its_verb() -> None:
    text = (
        "Results\n\n"
        "Helmsly Software reported first-quarter results on Thursday that came in ahead of "
        "expectations, the company said.\n\n"
        "Revenue for the quarter ended March 31, the first of Helmsly's 2026 fiscal year, rose "
        "18% from a year earlier to $412.6 million.\n"
    )
    assert _claimants(text)["$412.6 million"] == "Helmsly Software"


_HEADED_RELEASE = (
    "Transit news\n\n"
    "The commission sent out its annual figures on Tuesday, and 41 readers wrote in.\n\n"
    "---\n\n"
    "NEWS RELEASE\n"
    "For immediate release\n\n"
    "Ridership climbs for third straight year; commission to consider service changes\n\n"
    "DALMOUTH, ONT. — The Dalmouth Transit Commission carried 14.2 million trips in 2024, an "
    "increase of 6.1 per cent over 2023.\n\n"
    "Ridership now stands at 88 per cent of 2019 levels.\n\n"
    "{end}"
    "The union said 38 jobs would go.\n"
)


def test_a_release_whose_header_names_no_one_is_its_first_sentences_subjects() -> None:
    claimants = _claimants(_HEADED_RELEASE.format(end="-30-\n\n---\n\n"))
    assert claimants["88 per cent"] == "Dalmouth Transit Commission"
    assert claimants["41"] == ""


def test_guard_without_the_releases_end_its_first_subject_gives_no_voice() -> None:
    claimants = _claimants(_HEADED_RELEASE.format(end=""))
    assert claimants["88 per cent"] == ""
