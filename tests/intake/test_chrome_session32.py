"""Page chrome that carries figures and is never a claim: a share row that names the networks
and counts on them ("Share | Facebook 1.4k | X | Email"), a teaser labelled "READ |", a file
the page offers with its format and size ("(ODS, 212KB)"), and a subscription's or an event's
pitch (ad-free reading for a price, a bracketed price before what paid subscribers get, a
discount for subscribers, an early-bird price, a membership's renewal). Every line here was
written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from tests.intake.claimants import suggested_sentences

_STORY = "Waiting times rose again, the health board said on Tuesday.\n\n"
_AFTER = "\n\nThe board said 4,120 patients waited more than 12 hours in March.\n"


@pytest.mark.parametrize(
    "line",
    [
        "Share | Facebook 1.4k | X | Email | Copy link",
        "[Share]  WhatsApp  Facebook  LinkedIn  |  2.3K shares",
        "READ | Harbour fares up 14% as operators cut routes",
        "Table 3104 - Waits by hospital (ODS, 212KB)",
        "Ledger Plus: match highlights, full stats and ad-free reading for €4.99 a month. Join now",
        "The Brief is reader-supported. Paid subscribers (£7.50/month or £75/year) get full "
        "crosstabs and the weekly model update.",
        "Early-bird passes Rs 14,500 + GST until 30 April. Ledger subscribers get 15% off.",
        "Harbour Members: renew before May 31 and save 15% on 2025-26 memberships. Adult "
        "memberships from $289.",
    ],
)
def test_a_pages_chrome_with_figures_is_not_suggested(line: str) -> None:
    sentences = suggested_sentences(_STORY + line + _AFTER)
    assert sentences == ["The board said 4,120 patients waited more than 12 hours in March."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices fell 4% on Tuesday, the exchange said.",
        "The full report (PDF, 2MB) says 41% of wards missed the target.",
        "Members voted 312 to 140 to renew the agreement, the union said.",
    ],
)
def test_guard_news_that_shares_a_pitchs_words_is_suggested(sentence: str) -> None:
    assert sentence in suggested_sentences(_STORY + sentence + _AFTER)
