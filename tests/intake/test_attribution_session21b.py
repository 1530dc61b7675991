"""New house styles: a live blog, a match report with a club's accounts, a charity's press
release run as sent, an outbreak Q&A with bulleted lists, and an op-ed by an outside writer.
Who states a figure there: the author of an opinion piece (named by its byline or the
biography it closes on) and the issuer of a press release, for what they name no source for;
a lead-in that ends in a colon, for the list under it; a data firm named after its trade; a
club's accounts set off by a date and an aside; the person named after an owner's role; a
sentence that points back ("That is the estimate of ..."). What is never suggested: a live
blog's entry headlines, a "Most viewed" list, a match's box of scorers and attendance, a press
release's notes to editors, an author's biography, a pull quote that repeats the body, when
something happened counted back from now, and an age that bounds a group. Every sentence here
was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants
from tests.intake.claimants import suggested_sentences as _suggested

# -- chrome ---------------------------------------------------------------------------------


def test_a_live_blog_entrys_headline_is_not_suggested() -> None:
    text = (
        "Heatwave live: hospitals under strain\n\n"
        "10:20 BST\n"
        "Demand up by a fifth\n\n"
        "Brenlow Water said demand had reached 910 megalitres a day.\n\n"
        "09:05 BST\n"
        "Trains slowed\n\n"
        "Orrin Rail said 38 services had been cancelled.\n"
    )
    suggested = _suggested(text)
    assert "Demand up by a fifth" not in suggested
    assert len(suggested) == 2


def test_a_most_viewed_list_is_not_suggested() -> None:
    text = (
        "Brenlow Water said demand had reached 910 megalitres a day.\n\n"
        "Most viewed\n"
        "Cathedral bells restored after 80 years of silence\n"
        "Ferry fares to rise by 6 per cent\n"
    )
    assert _suggested(text) == ["Brenlow Water said demand had reached 910 megalitres a day."]


def test_a_matchs_box_of_scorers_and_attendance_is_not_suggested() -> None:
    text = (
        "Harlow Vale 2-0 Tennick United\n\n"
        "Scorers: Obi-Marsh 12, Penrose 71. Attendance: 18,420.\n\n"
        "The club said season-ticket sales had risen by 14% this year.\n"
    )
    assert _suggested(text) == ["The club said season-ticket sales had risen by 14% this year."]


def test_one_labelled_figure_on_its_own_line_is_no_box() -> None:
    """A single field may be the story's own figure, set apart: still suggested."""
    text = (
        "Polls closed at 10pm in the Westmere by-election.\n\n"
        "Turnout: 61.2%.\n\n"
        "The returning officer said counting would finish by 3am.\n"
    )
    assert "Turnout: 61.2%." in _suggested(text)


def test_an_interviews_answer_line_is_no_box() -> None:
    """Guard: "A: 40." is an answer, not a labelled value."""
    text = (
        "We spoke to the harbour master, Ines Calloway-Ruiz.\n\n"
        "Q: How many boats sank in the storm?\n\n"
        "A: About 40, most of them moored inside the wall.\n"
    )
    assert "About 40" in _claimants(text)


def test_a_press_releases_notes_to_editors_are_not_suggested() -> None:
    text = (
        "The Tansy Trust said it had planted 12,000 trees this winter.\n\n"
        "Notes to editors\n"
        "1. A sapling costs the trust about £4 to plant.\n"
        "2. The trust has 310 volunteers.\n"
    )
    assert _suggested(text) == ["The Tansy Trust said it had planted 12,000 trees this winter."]


def test_when_something_happened_counted_back_is_not_suggested() -> None:
    text = (
        "Three years ago this spring, I walked the length of the canal with a notebook.\n\n"
        "The towpath is 14 miles long.\n"
    )
    assert _suggested(text) == ["The towpath is 14 miles long."]


def test_an_age_that_bounds_a_group_is_not_suggested() -> None:
    text = (
        "Who should get the booster?\n"
        "People over 75, care home residents and anyone with a weak heart.\n\n"
        "Around 9,000 doses were given in the first week, the health board said.\n"
    )
    suggested = _suggested(text)
    assert "People over 75, care home residents and anyone with a weak heart." not in suggested
    assert len(suggested) == 1


def test_a_pull_quote_with_a_stop_that_repeats_the_body_is_not_suggested() -> None:
    text = (
        "Opinion\n\n"
        "By Ottilie Brandvold-Essien\n\n"
        "We asked 800 nurses about their shifts, and nearly three in four said they had "
        "skipped a break.\n\n"
        "\u201cNearly three in four nurses told us they skip breaks.\u201d\n\n"
        "That has to change.\n"
    )
    suggested = _suggested(text)
    assert "\u201cNearly three in four nurses told us they skip breaks.\u201d" not in suggested
    assert len(suggested) == 1


# -- whose voice a piece is in --------------------------------------------------------------


def test_an_opinion_pieces_unsourced_figures_are_its_authors_named_in_her_bio() -> None:
    text = (
        "Opinion | Guest Column\n\n"
        "The ferry subsidy is money well spent\n\n"
        "Last winter I counted 46 cars queueing for the 7am crossing on a single morning. "
        "The service carried 210,000 passengers last year.\n\n"
        "The port authority says only 180,000 passengers used the ferry.\n\n"
        "Ysolde Hamarsk-Oyo is a research fellow at the Coastal Transport Unit. She sailed "
        "the route for 15 years.\n"
    )
    assert _claimants(text) == {
        "46": "Ysolde Hamarsk-Oyo",
        "210,000": "Ysolde Hamarsk-Oyo",
        "180,000": "port authority",
    }


def test_an_opinion_pieces_byline_names_its_author() -> None:
    text = (
        "Comment\n\n"
        "By Caspar Lindqvist-Amadi\n\n"
        "My own district lost 31 teaching posts in two years.\n"
    )
    assert _claimants(text)["31"] == "Caspar Lindqvist-Amadi"


def test_a_news_storys_reporters_bio_makes_no_author_voice() -> None:
    """Guard: without an opinion label, the figures the story names no source for are the
    publisher's."""
    text = (
        "The ferry carried 210,000 passengers last year.\n\n"
        "Ysolde Hamarsk-Oyo is a transport reporter at the Gazette.\n"
    )
    assert _claimants(text) == {"210,000": ""}


def test_a_press_releases_unsourced_figures_are_its_issuers() -> None:
    text = (
        "THE ASHFORD BUGLE\n\n"
        "Submitted by Canal Friends Society\n\n"
        "Volunteers cleared 42 tonnes of rubbish from the canal this year, up from 35 tonnes.\n\n"
        "The Bugle reported in May that 30 moorings had been closed for repairs.\n\n"
        "\u00a9 2025 The Ashford Bugle\n"
    )
    assert _claimants(text) == {
        "42": "Canal Friends Society",
        "35": "Canal Friends Society",
        "30": "",
    }


# -- lead-ins, data firms and owners --------------------------------------------------------


def test_a_lead_in_with_a_colon_gives_the_list_under_it_its_source() -> None:
    text = (
        "According to Friday's bulletin from the Pellow County Health Department:\n"
        "- 212 confirmed cases, up from 180\n"
        "- 19 people in hospital\n"
    )
    assert _claimants(text) == {
        "212": "Pellow County Health Department",
        "180": "Pellow County Health Department",
        "19": "Pellow County Health Department",
    }


def test_a_data_firm_named_after_its_trade_gives_its_figures() -> None:
    text = "According to the data company Goalmetric, the visitors had 61% of possession.\n"
    assert _claimants(text) == {"61%": "Goalmetric"}


def test_an_owners_accounts_set_off_by_a_date_and_an_aside_are_the_owners() -> None:
    text = "The club's accounts for the year to 31 May, released on Friday, show a loss of £9.2m.\n"
    assert _claimants(text) == {"£9.2m": "club"}


def test_a_time_word_is_no_part_of_a_bodys_name_in_a_headline() -> None:
    text = (
        "Wanderers win on day club reveals debts\n\n"
        "A crowd of 24,100 watched the game, the club said.\n"
    )
    assert _claimants(text) == {"24,100": "club"}


def test_the_person_named_after_an_owners_role_speaks() -> None:
    text = (
        "\u201cWe scored 40 goals last season,\u201d said Wanderers' head coach, "
        "Bettina Oyelaran-Voss.\n"
    )
    assert _claimants(text) == {"40": "Bettina Oyelaran-Voss"}


def test_a_person_named_after_a_lowercase_title_is_who_she_names() -> None:
    text = (
        "The motion's author, council member Renata Holloway-Iqbal, has a simple case. "
        "Only 30 percent of landlords are registered, she said.\n"
    )
    assert _claimants(text) == {"30 percent": "Renata Holloway-Iqbal"}


def test_a_person_described_deep_in_the_opening_is_who_he_names() -> None:
    text = (
        "Now a motion tabled by Osric Penhallow-Diaz, a county councillor, would "
        "end the scheme. He argues that it costs $3 million a year.\n"
    )
    assert _claimants(text) == {"$3 million": "Osric Penhallow-Diaz"}


def test_a_sentence_that_points_back_names_the_source_of_the_one_before() -> None:
    text = (
        "Repairs could cost between £20m and £25m. That is the estimate of Hollis Varga-Tamm, "
        "a surveyor at the firm Brackwell Lane, who said costs could rise.\n"
    )
    assert _claimants(text) == {"£20m": "Hollis Varga-Tamm", "£25m": "Hollis Varga-Tamm"}


def test_the_chamber_is_the_chamber_of_commerce_named_before() -> None:
    text = (
        "The Pellmouth Chamber of Commerce said 300 shops had shut for the day. "
        "The chamber put the cost in lost trade at £2.1m.\n"
    )
    assert _claimants(text) == {
        "300": "Pellmouth Chamber of Commerce",
        "£2.1m": "Pellmouth Chamber of Commerce",
    }


def test_a_noun_and_a_name_are_on_one_line() -> None:
    text = (
        "Parcels rose again, say volunteers at the Harrow Pantry Network\n\n"
        "Food banks gave out 9,000 parcels, according to a report from the Harrow Pantry "
        "Network.\n\n"
        "The charity also estimates that 1,200 families go without.\n"
    )
    # The first word of the paragraph after the name ("Food") is never the charity.
    assert _claimants(text)["1,200"] in ("Harrow Pantry Network", "charity")


def test_a_relative_clauses_put_at_is_its_subjects() -> None:
    text = "Penrose joined in June for a fee the club put at £6.5m.\n"
    assert _claimants(text) == {"£6.5m": "club"}
