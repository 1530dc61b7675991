"""A claimant is named whole and is never a fragment: a body named by adjective and noun ("the
fisheries ministry") keeps both words, and "the ministry" after it is that ministry; a lone
capitalised common word opening a sentence ("Personal data ...") names no one; whoever is
"told" something is the hearer, not the claimant; a speaker after an inverted verb ("...,
estimated Ines Carvallo, an analyst") or after an adverb ("had initially said") is found; a
survey's sample size does not hide its pollster. Every sentence here was written for this test;
every name is invented."""

import pytest

from intake.extract import find_attribution
from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_body_named_by_adjective_and_noun_keeps_both_and_the_noun_stands_for_it() -> None:
    text = (
        "Rice output will fall by a quarter, the fisheries and farming ministry said.\n\n"
        "Exports are expected to shrink to $800 million, the ministry said in a statement.\n\n"
        "Only 22 percent of paddies were irrigated, the ministry's own data show.\n"
    )
    assert _claimants(text) == {
        "a quarter": "fisheries and farming ministry",
        "$800 million": "fisheries and farming ministry",
        "22 percent": "fisheries and farming ministry",
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Patient data for 2.4mn people were stolen, the National Health Records Agency "
            "said on Friday.",
            "National Health Records Agency",
        ),
        (
            "Tenant data show private rents rose 11 percent, the Tenancy Standards Office said.",
            "Tenancy Standards Office",
        ),
    ],
)
def test_a_capitalised_common_word_opening_a_sentence_is_no_claimant(
    sentence: str, name: str
) -> None:
    found = find_attribution(sentence, article=sentence)
    assert found is not None
    assert found.name == name


def test_a_lone_capitalised_common_word_is_never_a_claimant() -> None:
    text = "Household data for 1.6mn homes were found on an open server.\n"
    assert _claimants(text) == {"1.6mn": ""}


def test_whoever_is_told_is_the_hearer_not_the_claimant() -> None:
    text = (
        "Cement prices have risen 45 percent since March, Ottilie Brand, head of the Builders' "
        "Guild, told Wirepress.\n"
    )
    assert _claimants(text) == {"45 percent": "Ottilie Brand"}


def test_the_speaker_after_an_inverted_verb_set_off_by_a_comma() -> None:
    text = (
        "The recall could cost the maker up to $95mn, estimated Ines Carvallo, an analyst at "
        "Brookfarrow Capital.\n"
    )
    assert _claimants(text) == {"up to $95mn": "Ines Carvallo"}


def test_a_subject_and_its_verb_with_an_adverb_between() -> None:
    text = "Kestomar had previously said that roughly 700 staff would go.\n"
    assert _claimants(text) == {"roughly 700": "Kestomar"}


def test_a_surveys_sample_size_does_not_hide_its_pollster() -> None:
    text = (
        "In a poll of 1,500 drivers by the research firm Quillon, 64 percent backed a "
        "speed limit of 20mph in towns.\n"
    )
    claimants = _claimants(text)
    assert claimants["64 percent"] == "Quillon"
