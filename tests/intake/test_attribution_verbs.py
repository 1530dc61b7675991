"""The verbs news uses to attribute a figure go well beyond "said": a source "has disclosed",
"stated", "revealed", "confirmed", "conceded" or "acknowledged" it, in any tense, with an
auxiliary or an adverb between, before or after the subject. Every sentence here was written
for this test; every name is invented."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Rice imports rose to 640,000 tonnes, the Commissioner for Trade, Alhaji Musa "
            "Okonkwo-Berg, has disclosed.",
            "Musa Okonkwo-Berg",
        ),
        (
            "Fuel subsidies cost 2.3 trillion naira last year, the Director of Budget, Ms. "
            "Ifeoma Castellanos, stated on Tuesday.",
            "Ifeoma Castellanos",
        ),
        (
            "The Tarrow Ports Authority confirmed that 1,240 containers were held at the docks.",
            "Tarrow Ports Authority",
        ),
        (
            "Vennick Rail conceded that 38 percent of its trains ran late in March.",
            "Vennick Rail",
        ),
        (
            "The Halden Water Board has acknowledged that 41,000 homes lost supply.",
            "Halden Water Board",
        ),
    ],
)
def test_a_source_attributed_by_a_verb_other_than_said(sentence: str, claimant: str) -> None:
    (figure,) = _claimants(sentence + "\n").items()
    assert figure[1] == claimant


def test_it_stated_continues_the_body_the_paragraph_named() -> None:
    text = (
        "The Orlen Valley Statistics Agency released its quarterly labour bulletin on "
        "Thursday. It stated that 52,000 jobs were added in the quarter.\n"
    )
    assert _claimants(text) == {"52,000": "Orlen Valley Statistics Agency"}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Revenue rose 12 per cent, disclosed the Finance Commissioner, Mr. Adewale "
            "Fenwick-Obi.",
            "Adewale Fenwick-Obi",
        ),
        (
            '"We have cut waiting lists by 14,000," insisted Health Minister Priya '
            "Ramaswamy-Doyle.",
            "Priya Ramaswamy-Doyle",
        ),
        (
            "The Reserve Bank of Indora, in its policy statement, projected growth of 6.8 per "
            "cent.",
            "Reserve Bank of Indora",
        ),
        (
            "Meanwhile, the commission, which oversees the vote, has revealed that 1.2 million "
            "ballots were spoiled.",
            "commission",
        ),
        (
            "Senator Ruth Akinyi-Lowe has lamented that only 30 per cent of the budget was "
            "released.",
            "Ruth Akinyi-Lowe",
        ),
    ],
)
def test_a_speaker_after_the_verb_or_past_an_aside(sentence: str, claimant: str) -> None:
    (figure,) = _claimants(sentence + "\n").items()
    assert figure[1] == claimant


def test_a_projection_is_not_a_speaker() -> None:
    """ "was projected to grow" says what is expected, not who expects it."""
    text = (
        "The city's population was projected to grow by 40,000, the Valdor Planning Office said.\n"
    )
    assert _claimants(text) == {"40,000": "Valdor Planning Office"}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Prime Minister Ada Kwenu-Hart was quoted as saying 60 per cent of voters backed her.",
            "Ada Kwenu-Hart",
        ),
        (
            "The Indian Council of Agricultural Research (ICAR) stated in its report that wheat "
            "output rose 6 per cent.",
            "Indian Council of Agricultural Research",
        ),
    ],
)
def test_quoted_as_saying_and_a_bracketed_acronym(sentence: str, claimant: str) -> None:
    (figure,) = _claimants(sentence + "\n").items()
    assert figure[1] == claimant
