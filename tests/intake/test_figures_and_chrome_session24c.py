"""Figures and page chrome from tuning on the blind set 163-168: the Zambian kwacha's "K350",
read as the peso's "P52" is (only in a text that names the kwacha, only in an amount's shape),
and teaser headings a section gives its own links ("READ ALSO", "MORE LOCAL NEWS"). Every
sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except guards, which pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from tests.intake.claimants import suggested_sentences

KWACHA = frozenset({"ZMW"})


def _money(sentence: str, named: frozenset[str] = frozenset()) -> list[tuple[str, Decimal, str]]:
    return [
        (f.as_written, f.value, f.currency)
        for f in find_figures(sentence, named=named)
        if f.currency
    ]


def test_k_amounts_are_kwacha_where_the_text_names_the_kwacha() -> None:
    sentence = "A bag of beans sells for between K180 and K240, and the board spent K55 million."
    assert _money(sentence, KWACHA) == [
        ("K180", Decimal(180), "ZMW"),
        ("K240", Decimal(240), "ZMW"),
        ("K55 million", Decimal(55_000_000), "ZMW"),
    ]


def test_k_and_digits_are_no_amount_where_the_kwacha_is_not_named() -> None:
    """Guard: "K2" the mountain, "K9" the dogs, where nothing names the kwacha."""
    assert _money("The K2 team and two K9 units cost the agency dearly.") == []


def test_k_and_digits_without_an_amounts_shape_are_not_read_in_a_kwacha_text() -> None:
    """Guard: in a kwacha text, "K9 units" are still dogs."""
    assert _money("Police brought in two K9 units.", KWACHA) == []


def test_the_kwacha_named_in_one_sentence_reaches_the_others() -> None:
    text = (
        "The kwacha weakened again this month.\n\n"
        "A litre of cooking oil now costs K95 in Lusenga, the traders' union said.\n"
    )
    assert suggested_sentences(text) == [
        "A litre of cooking oil now costs K95 in Lusenga, the traders' union said."
    ]


def test_read_also_and_more_local_news_headings_lead_teasers() -> None:
    text = (
        "The council said 1,200 homes were flooded.\n\n"
        "READ ALSO\n"
        "- Ferry fares up 12% from Monday\n"
        "- Why 1 in 4 drivers skip their MOT\n\n"
        "MORE LOCAL NEWS\n"
        "- Harbour pensioner, 94, swims the bay\n"
        "- Food bank sees 35% jump in referrals\n"
    )
    assert suggested_sentences(text) == ["The council said 1,200 homes were flooded."]


def test_a_sentence_opening_on_more_news_stays() -> None:
    """Guard: a sentence of the story that opens on "More" is no teaser heading."""
    text = "More than 40 news stories were filed, and 12% were corrected, the regulator said.\n"
    assert len(suggested_sentences(text)) == 1


def test_a_text_that_writes_a_letter_with_a_scale_uses_it_for_its_currency() -> None:
    """A paper that writes "K640 million" and "K350 a bag" need not name the kwacha in words:
    only money takes a scale so."""
    text = (
        "The reserve agency has spent K640 million buying grain this season.\n\n"
        "A bag of maize now sells for K350 at the main market, traders said.\n"
    )
    suggested = suggested_sentences(text)
    assert suggested[-1] == "A bag of maize now sells for K350 at the main market, traders said."
