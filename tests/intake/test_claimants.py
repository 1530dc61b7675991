"""Who makes each claim: a quotation's speaker named in the next sentence, "the agency" for the
agency named before, two sources in one sentence each with its own figure, an organisation's
whole name, and never a fragment of the sentence."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extract import extract_suggestions, find_attribution, is_claimant_name
from intake.normalise import normalise


def _claimants(text: str) -> list[tuple[str, list[str]]]:
    return [
        (item.figures[0].as_written, item.figure_claimants)
        for item in extract_suggestions(normalise(text))
    ]


def test_a_quotations_speaker_named_in_the_next_sentence() -> None:
    text = "“Crime fell by 46 per cent in two years.” Mayor Lena Hollis said so on Friday.\n"
    (item,) = extract_suggestions(normalise(text))
    assert item.claimant == "Lena Hollis"


def test_the_agency_is_the_agency_named_before() -> None:
    text = (
        "The Regional Health Agency published its figures on Monday.\n\n"
        "There were 214 confirmed measles cases last year, the agency reported.\n"
    )
    (item,) = extract_suggestions(normalise(text))
    assert item.claimant == "Regional Health Agency"


def test_the_company_is_the_company_the_sentence_names() -> None:
    text = "Chipmaker Ondra will cut 1,800 jobs, about 7 percent of staff, the company said.\n"
    (item,) = extract_suggestions(normalise(text))
    assert item.claimant == "Ondra"


def test_two_sources_in_one_sentence_each_have_their_figure() -> None:
    text = (
        "A Northfield Polling poll gave Andrea Vance 51 percent of the vote, while a second "
        "survey by the Lakeshore Institute showed her rival ahead with 48 percent.\n"
    )
    (item,) = extract_suggestions(normalise(text))
    assert item.figure_claimants == ["Northfield Polling", "Lakeshore Institute"]
    assert [figure["claimant"] for figure in item.as_json()["figures"]] == [
        "Northfield Polling",
        "Lakeshore Institute",
    ]


def test_according_to_one_while_another_puts_it_elsewhere() -> None:
    text = (
        "Renters spend almost 31 percent of their income on housing, according to the "
        "Tenants' Union, while the Office for Housing Statistics puts the figure at 29 percent.\n"
    )
    (item,) = extract_suggestions(normalise(text))
    assert item.figure_claimants == ["Tenants' Union", "Office for Housing Statistics"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Property crime fell 6.5 percent in 2022, the Bureau of Justice Statistics says.",
            "Bureau of Justice Statistics",
        ),
        (
            "Burglaries fell 14 percent, according to figures released by the Marlow County "
            "Sheriff's Office on Tuesday.",
            "Marlow County Sheriff's Office",
        ),
        (
            "Turnout was 36 percent, according to the Secretary of State's office.",
            "Secretary of State's office",
        ),
        (
            "Buses carried 312 million passengers, the Metropolitan Transit Authority said "
            "Wednesday.",
            "Metropolitan Transit Authority",
        ),
        ("“We had 380 fewer break-ins,” said Sheriff Maria Ortega.", "Maria Ortega"),
        (
            "The authority lost $315 million, according to an audit by the state comptroller.",
            "state comptroller",
        ),
        (
            "Ticket prices rose 8 percent, according to the Supporters' Trust.",
            "Supporters' Trust",
        ),
    ],
)
def test_the_whole_name_and_nothing_after_it(sentence: str, name: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert found.name == name


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    text = (
        "The bank's chair, Oliver Grant, said rates would hold at 5.25 percent. “Not yet,” "
        "Grant said. He added that wages had grown 4.1 percent over the year.\n"
    )
    names = {claimant for _, claimants in _claimants(text) for claimant in claimants}
    assert names == {"Oliver Grant"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Those were the hardest hit, with 40 percent behind on rent.",
        "Percent changes of 3 percent are calculated on a rolling basis.",
        "The share of voters was 36 percent.",
        "Prices rose 4 percent on Tuesday, it said.",
    ],
)
def test_a_fragment_of_the_sentence_is_never_a_claimant(sentence: str) -> None:
    found = find_attribution(sentence)
    assert found is None or found.name not in {"those were", "Percent", "voters was", "it"}
    assert found is None or is_claimant_name(found.name)


@pytest.mark.parametrize(
    "name",
    ["those were", "percent", "voters was", "the", "Tuesday", "it", "12 percent", "He"],
)
def test_fragments_days_and_pronouns_are_no_names(name: str) -> None:
    assert not is_claimant_name(name)


@pytest.mark.parametrize(
    "name", ["Lee Park", "Bureau of Justice Statistics", "health officials", "the league"]
)
def test_names_and_bodies_named_by_their_noun_are(name: str) -> None:
    assert is_claimant_name(name)


_LOWER_WORDS = st.sampled_from(
    ["those", "were", "percent", "voters", "was", "the", "of", "share", "rose", "and", "it"]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_LOWER_WORDS, min_size=1, max_size=5).map(" ".join),
    st.sampled_from(["said", "says", "found", "estimates", "reported", "shows"]),
    st.integers(min_value=2, max_value=99),
)
def test_no_claimant_is_a_run_of_stop_words(words: str, verb: str, number: int) -> None:
    found = find_attribution(f"{words} {verb} {number} percent of homes were empty.")
    assert found is None or is_claimant_name(found.name)
    assert found is None or found.name.split()[-1].lower() not in {
        "those",
        "were",
        "percent",
        "was",
        "the",
        "of",
        "it",
    }
