"""Who states a figure, by general machinery rather than one sentence's shape: "Its members'
survey found" is the body the paragraph before opened with, past an aside about it; "which it
says" with no one before names the sentence's own subject, a body described ("the harbour
committee"); a parliament's transcript labels its turns "Ms MOOR:" and "CHAIR (Ada Moor):";
whoever asks a question does not state its figure; "The contractor, the X joint venture, told"
is X's; a name ending in a place's word ("... Bay") is no person; a Q&A is an interview only
when the words before it say so; a document named with three words after its owner's
possessive is the owner's; "Figures the union obtained ... show" are the union's, and "the
union" shortens "X Alliance"; "the islands' statistics office" is no body named before; a
passive ("confirmed by police") names its speaker after "by"; "The council's estimate ... rose
to" is the council's.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import claimants_by_figure as _claimants

# -- surveys and descriptions ------------------------------------------------------------------


def test_its_members_survey_is_the_body_the_paragraph_before_opened_with() -> None:
    text = (
        "The Harlow Landlords' Federation, which represents 900 letting agents, disputes the "
        "council's count.\n\n"
        "Its annual members' survey found that 41% of agents had fewer tenants than a year ago.\n"
    )
    assert _claimants(text)["41%"] == "Harlow Landlords' Federation"


def test_which_it_says_names_the_sentences_own_subject() -> None:
    text = (
        "Councillor Ada Brenmoor said 80 sailings were already booked.\n\n"
        "The ferry committee she chairs wants a fee of £4 for each car, which it says would "
        "raise about £2m a year.\n"
    )
    claimants = _claimants(text)
    assert claimants["£4"] == "ferry committee"
    assert claimants["about £2m"] == "ferry committee"


def test_a_plural_owners_office_is_no_body_named_before() -> None:
    text = (
        "The Tolvane Housing Authority said 2,400 homes were built last year.\n\n"
        "The regions' statistics office puts the shortfall at 19%.\n"
    )
    assert _claimants(text)["19%"] == "regions' statistics office"


# -- transcripts and Q&As ----------------------------------------------------------------------


def test_a_parliamentary_transcript_labels_turns_with_an_honorific_and_a_bracketed_holder() -> None:
    text = (
        "Rail chief executive Ada Brenmoor appeared before the committee on Thursday.\n\n"
        "CHAIR (Tomas Quillane-Ruiz): How much of the increase is down to the contractor?\n\n"
        "Ms BRENMOOR: About $310 million relates to the contractor's claims.\n\n"
        "CHAIR: In February your board put the utilities figure at $190 million.\n"
    )
    claimants = _claimants(text)
    assert claimants["About $310 million"] == "Ada Brenmoor"
    assert claimants["$190 million"] == "Tomas Quillane-Ruiz"


def test_a_transcript_question_is_not_suggested_for_its_asker() -> None:
    text = (
        "Committee chair Tomas Quillane said the hearing would run all day.\n\n"
        "QUILLANE: Can you guarantee that $2.31 billion is the final number?\n"
    )
    sentences = [item.sentence for item in extract_suggestions(normalise(text))]
    assert not any("$2.31 billion" in sentence for sentence in sentences)


def test_an_explainers_answers_are_the_publishers_not_the_last_person_named() -> None:
    text = (
        "University spokesperson Ada Brenmoor said 39 percent of staff were on short contracts."
        "\n\n"
        "Q&A: Why do the numbers differ?\n\n"
        "Q: Where does the university rank?\n\n"
        "A: On the agency's national table, the university fell six places, to 63rd.\n"
    )
    assert _claimants(text)["six"] != "Ada Brenmoor"


def test_an_interviews_answers_are_the_interviewees() -> None:
    """Guard: a Q&A the article introduces in a sentence is the interviewee's."""
    text = (
        "Port director Ada Brenmoor said the port had its busiest year.\n\n"
        "She spoke with us. The interview has been edited for length.\n\n"
        "Q: How busy has the port been?\n"
        "A: We handled 4.2 million containers last year.\n"
    )
    assert _claimants(text)["4.2 million"] == "Ada Brenmoor"


# -- names beside descriptions -----------------------------------------------------------------


def test_a_description_set_beside_a_name_is_that_names() -> None:
    text = (
        "The contractor, the Corvale Ironworks consortium, told the committee that it had "
        "received 1,140 design changes.\n"
    )
    assert _claimants(text)["1,140"] == "Corvale Ironworks"


def test_a_place_name_followed_by_she_is_no_person() -> None:
    text = (
        "Mara Tollund-Abiye won 1,486 votes, the returning officer, Piet Venmoor-Adeyemi, "
        "announced at the Saltmere Bay Institute.\n\n"
        "How Saltmere Bay voted in 2025\n\n"
        "Ms Tollund-Abiye told supporters that Saltmere Bay was tired of waiting. She thanked "
        "her team.\n\n"
        "The returning officer said 1,102 postal votes had been returned.\n"
    )
    assert _claimants(text)["1,102"] == "Piet Venmoor-Adeyemi"


# -- owners' documents and figures -------------------------------------------------------------


def test_an_owners_document_may_be_named_with_three_words() -> None:
    text = (
        "The Roadstone Industry Alliance's annual road condition survey, published last week, "
        "put the cost of the repair backlog at £14.8bn.\n"
    )
    assert _claimants(text)["£14.8bn"] == "Roadstone Industry Alliance"


def test_figures_the_union_obtained_are_the_unions() -> None:
    text = (
        "The Harlow chapter of the Lab Workers Alliance says the growth has not reached its "
        "members.\n\n"
        "Figures the union obtained through a public records request show that 58 percent of "
        "research staff are on contracts of one year or less.\n"
    )
    assert _claimants(text)["58 percent"] == "Lab Workers Alliance"


def test_a_passive_names_its_speaker_after_by() -> None:
    text = "WHAT WE KNOW\n• Two deaths confirmed by Harlow Vale Police\n"
    assert _claimants(text)["Two"] == "Harlow Vale Police"


def test_a_bodys_estimate_is_its_own_whatever_the_figure_did() -> None:
    text = (
        "The Brenmoor District Council meets on Thursday.\n\n"
        "The council's estimate for repairing the sea wall rose to £6.8m in January, from "
        "£4.1m in 2023.\n"
    )
    claimants = _claimants(text)
    assert claimants["£6.8m"] == "Brenmoor District Council"
    assert claimants["£4.1m"] == "Brenmoor District Council"
