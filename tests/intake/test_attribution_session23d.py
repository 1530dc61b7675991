"""Who states a figure, by general machinery rather than one sentence's shape: a broadcast
transcript's turn labelled with an honorific and the surname as running text spells it ("Dr
Brenmoor: ...") is the speaker's; a description and an honorific before a name with its
employer ("Economist Dr Ada Brenmoor of X Bank") leave the person; "according to the
authority's monthly price review" is the authority named before; "Our analysis of X's monthly
reviews shows" is the article's own work; "according to a person familiar with the talks"
gives the figure to that unnamed source.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_broadcast_turn_labelled_with_an_honorific_and_a_surname_is_the_speakers() -> None:
    text = (
        "Speaking on the morning programme, the director of the ward, Dr Ada Brenmoor-Quill, "
        "was asked about the figures.\n\n"
        "Dr Brenmoor-Quill: Last week 38% of our patients waited more than a day for a bed.\n"
    )
    assert _claimants(text)["38%"] == "Ada Brenmoor-Quill"


def test_a_description_and_an_honorific_before_a_name_and_employer_leave_the_person() -> None:
    text = (
        "Economist Dr Ada Brenmoor of Harlow Savings Bank expects inflation to rise to "
        "7.4 per cent in November.\n"
    )
    assert _claimants(text)["7.4 per cent"] == "Ada Brenmoor"


def test_a_bodys_monthly_price_review_is_the_body_named_before() -> None:
    text = (
        "The Harlow Energy Regulatory Authority raised fuel prices on Friday.\n\n"
        "Diesel will go up by $7.15 to $206.90, according to the authority's monthly price "
        "review.\n"
    )
    claimants = _claimants(text)
    assert claimants["$7.15"] == "Harlow Energy Regulatory Authority"
    assert claimants["$206.90"] == "Harlow Energy Regulatory Authority"


def test_our_analysis_of_a_bodys_reviews_is_the_articles_own_work() -> None:
    text = (
        "The Harlow Energy Regulatory Authority raised fuel prices on Friday.\n\n"
        "Our analysis of HERA's monthly reviews shows petrol has risen in eight of the last "
        "11 months.\n"
    )
    assert _claimants(text)["eight"] == ""


def test_guard_a_speaker_quoting_our_analysis_keeps_the_figure() -> None:
    text = (
        "“Our analysis of the union's survey shows 41% of members have second jobs,” said "
        "Ada Brenmoor.\n"
    )
    assert _claimants(text)["41%"] == "Ada Brenmoor"


def test_an_unnamed_source_familiar_with_the_talks_is_the_claimant() -> None:
    text = (
        "The pilots' union wants a rise of 20%.\n\n"
        "Harlow Air has offered 14%, according to a person familiar with the talks.\n"
    )
    assert _claimants(text)["14%"] == "a person familiar with the talks"


def test_guard_according_to_people_in_general_names_no_unnamed_source() -> None:
    text = "Harlow Air has offered 14%, according to people in the industry.\n"
    assert _claimants(text)["14%"] != "people in the industry"
