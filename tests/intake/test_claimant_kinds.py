"""What kind of claimant a name is comes from how the article describes it and from the shape
of the name, never from a list of known names."""

import pytest

from intake.extract import extract_suggestions, find_attribution, guess_kind, split_sentences
from intake.normalise import normalise


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Shipping company Quorvex said 40 ships were waiting.", "Quorvex", "company"),
        ("“40 ships waited,” said Quorvex, a Danish shipping company.", "Quorvex", "company"),
        ("The watchdog Pellmark said 40 ships were waiting.", "Pellmark", "organisation"),
        (
            "“40 ships waited,” said Pellmark, an alliance of dock workers.",
            "Pellmark",
            "organisation",
        ),
        (
            "“40 ships waited,” said Lee Park, a senior researcher at Pellmark.",
            "Lee Park",
            "person",
        ),
        (
            "Writing for harbour news site Dockline, Lee Park says 40 ships waited.",
            "Lee Park",
            "person",
        ),
    ],
)
def test_the_article_says_what_a_name_is(sentence: str, name: str, kind: str) -> None:
    found = find_attribution(sentence)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)


def test_a_spokesman_for_a_company_is_a_person() -> None:
    found = find_attribution("“We moved 40 ships,” said Lee Park, a spokesman for the company.")
    assert found is not None
    assert (found.name, found.kind) == ("Lee Park", "person")


def test_a_description_elsewhere_in_the_article_counts() -> None:
    text = (
        "Quorvex, a shipping data firm, tracks the port.\n\n"
        "Quorvex said 40 ships were waiting offshore at the peak.\n"
    )
    (item,) = extract_suggestions(normalise(text))
    assert (item.claimant, item.claimant_kind) == ("Quorvex", "company")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harbour Watch", "organisation"),
        ("Coastal Fairness Project", "organisation"),
        ("Pellridge Institute for Coastal Studies", "research"),
        ("Dockline Gazette", "media"),
        ("Ministry of Ports", "government"),
        ("Quorvex Holdings", "company"),
        ("Orrin Analytics", "company"),
    ],
)
def test_the_words_of_a_name_say_what_it_names(name: str, kind: str) -> None:
    assert guess_kind(name, via_speech=True) == kind


def test_a_brand_with_a_capital_inside_is_a_company_not_a_person() -> None:
    assert guess_kind("QuorvexData", via_speech=True) == "company"
    assert guess_kind("DeepQuorvex", via_speech=True) == "company"
    assert guess_kind("McAdam", via_speech=True) == "person"
    assert guess_kind("DeLora", via_speech=True) == "person"


def test_an_acronym_that_speaks_is_no_person() -> None:
    assert guess_kind("QPX", via_speech=True) == "organisation"


def test_a_name_that_speaks_and_reads_like_a_persons_is_a_person() -> None:
    assert guess_kind("Lee Park", via_speech=True) == "person"


def test_dotted_initials_end_no_sentence() -> None:
    text = "The Q.R.S. report, e.g. its annex, counts 40 ships. It was late."
    spans = split_sentences(text)
    assert [text[start:end] for start, end in spans] == [
        "The Q.R.S. report, e.g. its annex, counts 40 ships.",
        "It was late.",
    ]
