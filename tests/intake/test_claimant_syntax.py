"""Who makes a claim, read from the syntax of English news rather than from any name: titles and
their abbreviations, appositives, "according to" a body's figures, a body that recorded
something, a speaker carried on by "he said" or an open quotation, "the same poll" carrying its
pollster, possessives, a person "of" an organisation, and two sources in one sentence. Every
sentence here was written for this test; every name is invented."""

import pytest

from intake.extract import find_attribution, split_sentences
from tests.intake.claimants import claimants_by_figure as _claimants

# -- titles and their abbreviations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rents rose 9 percent in a year, said Dr. Maren Stoll.", "Maren Stoll"),
        (
            "Waiting lists grew by a fifth, said Prof. Idris Kane of the medical school.",
            "Idris Kane",
        ),
        ("The state has 4,200 unfilled teaching posts, said Gov. Alma Reyes.", "Alma Reyes"),
        ("Fares will rise 6 percent, said Lt. Gov. Tobias Fenn on Monday.", "Tobias Fenn"),
    ],
)
def test_a_title_and_its_abbreviation_are_not_the_name(sentence: str, name: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.name == name


def test_an_abbreviated_title_ends_no_sentence_and_breaks_no_name() -> None:
    text = (
        "There were 48 empty flats on St. Anselm's Road, said Cllr. Colm Doherty. Prof. Ines "
        "Varga said the figure was nearer 60.\n"
    )
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert len(sentences) == 2
    assert _claimants(text) == {"48": "Colm Doherty", "60": "Ines Varga"}


# -- appositives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Dr. Petra Lind, chair of the Association for Rural Midwifery, said 22 maternity "
            "units had shut.",
            "Petra Lind",
        ),
        (
            "Tomas Reyna, a housing analyst at the Brackwater Institute, said rents were up "
            "11 percent.",
            "Tomas Reyna",
        ),
        (
            "Carys Mott, who leads the Union of Bus Drivers, said 300 routes had been cut.",
            "Carys Mott",
        ),
    ],
)
def test_the_speaker_is_the_name_before_an_appositive(sentence: str, name: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.name == name


def test_a_pronoun_after_an_appositive_is_the_named_speaker() -> None:
    text = (
        "Dr. Anouk Fell, president of the College of Paramedics, said crews were exhausted. "
        "She estimated that 90 ambulances a day queued outside hospitals.\n"
    )
    assert _claimants(text) == {"90": "Anouk Fell"}


def test_a_person_of_an_organisation_is_the_person() -> None:
    found = find_attribution(
        "“One in five tenants is behind,” said Lorna Vane of the Renters' League."
    )
    assert found is not None
    assert found.name == "Lorna Vane"


def test_an_organisation_of_somewhere_keeps_its_whole_name() -> None:
    found = find_attribution("Output fell 2 percent, said the Reserve Bank of Tarnia.")
    assert found is not None
    assert found.name == "Reserve Bank of Tarnia"


# -- according to a body's figures, a body that recorded, data from a body ------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Car thefts fell 14% last year, according to police figures.", "police"),
        ("Truancy rose by 8 percent, according to council data released on Friday.", "council"),
        ("Exports grew 3 percent, according to the ministry's own data.", "ministry"),
    ],
)
def test_according_to_a_bodys_figures_is_the_body(sentence: str, name: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Police recorded 812 burglaries between April and June.", "Police"),
        ("The coastguard logged 64 rescues over the summer.", "coastguard"),
        ("Shoplifting rose 20 percent, police figures show.", "police"),
    ],
)
def test_a_body_that_recorded_or_whose_figures_show(sentence: str, name: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.name == name


def test_only_a_body_records_and_an_adjective_is_no_body() -> None:
    police = find_attribution("Police recorded 97 thefts of bicycles in March.")
    assert police is not None and police.name == "Police"
    assert find_attribution("Temperatures recorded 41C in the valley on Sunday.") is None
    assert (
        find_attribution("Unemployment fell to 4 percent, according to official figures.") is None
    )


# -- a speaker carried on ----------------------------------------------------------------------


def test_she_credited_carries_the_speaker_of_the_sentence_before() -> None:
    text = (
        "“Fewer cars were stolen,” said Inspector Halle Quist. She credited a camera scheme "
        "that now covers 35 car parks.\n"
    )
    assert _claimants(text) == {"35": "Halle Quist"}


def test_a_quotation_of_its_own_is_the_last_speakers() -> None:
    text = "“Flour is dearer,” said Ruth Amsel. “Our costs rose 30 percent in a year.”\n"
    assert _claimants(text) == {"30 percent": "Ruth Amsel"}


def test_a_quotation_that_goes_on_is_the_same_speakers_but_not_past_its_paragraph() -> None:
    text = (
        "Ruth Amsel said: “Flour is dearer. Our costs rose 30 percent in a year.”\n\n"
        "Our survey found 12 percent of bakeries had closed.\n"
    )
    assert _claimants(text) == {"30 percent": "Ruth Amsel", "12 percent": ""}


# -- the same poll, possessives, two sources ---------------------------------------------------


def test_the_same_poll_is_the_pollster_named_before() -> None:
    text = (
        "Some 44 percent of residents back the tram plan, according to a Halbrook Research "
        "poll published on Sunday. That is up from 36 percent in the same poll last spring.\n"
    )
    assert _claimants(text) == {
        "Some 44 percent": "Halbrook Research",
        "36 percent": "Halbrook Research",
    }


def test_the_same_survey_carries_its_source_into_the_next_paragraph() -> None:
    text = (
        "Food banks handed out 2.4 million parcels, the Larder Trust said in its annual survey.\n\n"
        "In the same survey, 38 percent of users said they were in work.\n"
    )
    assert _claimants(text)["38 percent"] == "Larder Trust"


def test_a_possessive_body_commissioning_a_survey_is_the_claimant() -> None:
    text = (
        "A poll by the firm Stenbridge Insight found 39 percent support, while a survey "
        "commissioned by the governor's own party put it at 51 percent.\n"
    )
    claimants = _claimants(text)
    assert claimants["39 percent"] == "Stenbridge Insight"
    assert claimants["51 percent"] == "governor's own party"


def test_two_sources_each_with_a_figure_split_by_a_semicolon() -> None:
    text = (
        "The Tenants' Alliance said rents rose 9 percent; the Landlords' Federation put the "
        "rise at 4 percent.\n"
    )
    assert _claimants(text) == {
        "9 percent": "Tenants' Alliance",
        "4 percent": "Landlords' Federation",
    }
