"""Claimants intake missed in texts written in other papers' house styles, session 51: notes
over a body's republished report, names written with initials or styles of address, verbs of
saying other papers use, and the body a common noun stands for. Every sentence here was written
for this test; every name is invented. Each test fails without the change it describes, except
guards."""

import pytest

from tests.intake.claimants import claimants_by_figure


def _claimants(text: str, publisher: str = "") -> dict[str, str]:
    return claimants_by_figure(text, publisher=publisher)


# -- a body's report a site runs in full -------------------------------------------------------


def test_a_report_first_published_by_a_body_is_the_bodys() -> None:
    """ "This situation update was first published by X on 14 May. It is republished here": the
    adverb between "was" and "published" leaves the note a note."""
    text = (
        "HALSMOOR HEALTH WIRE\n\n"
        "Measles update: 212 cases in the region\n\n"
        "This situation update was first published by the Halsmoor Public Health Unit on 3 March. "
        "It is republished here in full under the unit's open licence.\n\n"
        "There were 57 new cases of measles confirmed this week, bringing the total to 212.\n"
    )
    claimants = _claimants(text, publisher="Halsmoor Health Wire")
    assert claimants["57"] == "Halsmoor Public Health Unit"
    assert claimants["212"] == "Halsmoor Public Health Unit"


@pytest.mark.parametrize(
    "note",
    [
        "The following is a news release from the Halsmoor Police Department.",
        "Editor's note: This is a media release from the Halsmoor Police Department.",
        "This press release was provided by the Halsmoor Police Department.",
        "This news release has been submitted by the Halsmoor Police Department.",
        "Republished from the Halsmoor Police Department | 12 May 2025",
    ],
)
def test_an_editors_note_over_a_release_names_its_issuer(note: str) -> None:
    text = (
        "Ostreva Patch\n\n"
        "Police make 14 arrests in burglary sweep\n\n"
        f"{note}\n\n"
        "Officers arrested 14 people and recovered $82,000 in stolen goods during a three-week "
        "operation. Burglaries in the area fell 31% compared with the same period last year.\n"
    )
    claimants = _claimants(text, publisher="Ostreva Patch")
    assert claimants["$82,000"] == "Halsmoor Police Department"
    assert claimants["31%"] == "Halsmoor Police Department"


def test_a_news_release_a_story_cites_is_no_editors_note() -> None:
    """Guard: "In a news release from X, officers said ..." is the story's own reporting of the
    release; the story's other figures stay the paper's."""
    text = (
        "Ostreva Patch\n\n"
        "Burglaries fall\n\n"
        "In a news release from the Halsmoor Police Department on Monday, officers said 14 "
        "people had been arrested.\n\n"
        "The town's insurance claims rose 9% last year.\n"
    )
    assert _claimants(text, publisher="Ostreva Patch")["9%"] == ""


# -- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prices rose 12% in March, according to K. Ramachandran.", "K. Ramachandran"),
        (
            "K. Ramachandran, chairman of the Halsmoor Traders Association, said prices rose 12% "
            "in March.",
            "K. Ramachandran",
        ),
        (
            "Prices rose 12% in March, said R.K. Tamsley, secretary of the association.",
            "R.K. Tamsley",
        ),
        (
            '"Prices rose 12% in March," said S. Jaya Kelvasi, president of the Halsmoor Chamber '
            "of Commerce.",
            "S. Jaya Kelvasi",
        ),
        (
            'K. Ramachandran said: "Data from Kelvasi shows prices rose 12% in March."',
            "K. Ramachandran",
        ),
    ],
)
def test_a_name_written_with_initials_is_whole(sentence: str, name: str) -> None:
    """Initials before a family name, as many papers write a name: the initials' stops join the
    name, and the name is given with them."""
    text = f"Traders warn of rising costs\n\nBy Staff Reporter\n\n{sentence}\n"
    assert _claimants(text)["12%"] == name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Smt. Lakshmi Devi Kelvasi", "Lakshmi Devi Kelvasi"),
        ("Shri Ramesh Kumar Halsmoor", "Ramesh Kumar Halsmoor"),
        ("Adv. Thandiwe Ostreva", "Thandiwe Ostreva"),
        ("Haji Rosli Ostreva", "Rosli Ostreva"),
        ("Dato' Sri Azman Pellwick", "Azman Pellwick"),
    ],
)
def test_a_style_of_address_is_no_part_of_a_name(written: str, name: str) -> None:
    text = (
        "Traders warn of rising costs\n\nBy Staff Reporter\n\n"
        f"Prices rose 12% in March, {written} said.\n\n"
        f"{written}, chairman of the Halsmoor Traders Association, said 40 shops had shut.\n"
    )
    claimants = _claimants(text)
    assert claimants["12%"] == name
    assert claimants["40"] == name


def test_a_style_of_address_lets_the_short_name_find_the_whole() -> None:
    """ "Haji Rosli added ...": with "Haji" a style, the name after it is the man the article
    named in full before."""
    text = (
        "Padi farmers get more aid\n\n"
        "KUALA TAMSLEY: The state has set aside RM12 million for padi farmers this year, state "
        "agriculture committee chairman Haji Rosli Ostreva said.\n\n"
        "Haji Rosli added that yields had fallen 8% last season.\n"
    )
    assert _claimants(text)["8%"] == "Rosli Ostreva"


def test_a_market_vendor_is_no_part_of_her_name() -> None:
    text = (
        "Rice prices climb\n\n"
        "Vendor Marisol Tamsley said she now sells 13 sacks a week, down from 20.\n"
    )
    assert _claimants(text)["13"] == "Marisol Tamsley"


# -- verbs of saying ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verb", ["opined", "averred", "remarked", "clarified", "quipped", "decried", "bemoaned"]
)
def test_other_house_styles_verbs_of_saying(verb: str) -> None:
    text = (
        "Traders warn\n\nBy Staff Reporter\n\n"
        f"Prices rose 12% in March, Ada Tamsley {verb}.\n\n"
        f"Ben Ostreva, chairman of the Halsmoor Traders Association, {verb} that 40 shops had "
        "shut.\n"
    )
    claimants = _claimants(text)
    assert claimants["12%"] == "Ada Tamsley"
    assert claimants["40"] == "Ben Ostreva"


@pytest.mark.parametrize(
    "verb", ["hinted that", "regretted that", "reiterated that", "assured traders that"]
)
def test_verbs_of_saying_before_what_is_said(verb: str) -> None:
    text = (
        "Traders warn\n\nBy Staff Reporter\n\n"
        f"Ada Tamsley {verb} prices had risen 12% in March.\n\n"
        f"Ben Ostreva, chairman of the Halsmoor Traders Association, {verb} 40 shops had shut.\n"
    )
    claimants = _claimants(text)
    assert claimants["12%"] == "Ada Tamsley"
    assert claimants["40"] == "Ben Ostreva"


def test_a_product_recall_is_no_speech() -> None:
    """Guard: "recalled" speaks only before "that": a company that recalled cars stated no
    figure by it."""
    text = "Car recall\n\nBy Staff Reporter\n\nKelvasi Motors recalled 12,000 cars in March.\n"
    assert _claimants(text)["12,000"] == ""


# -- the body a common noun stands for ---------------------------------------------------------


def test_the_company_is_the_one_the_paragraph_before_opens_on() -> None:
    """ "X Power reported a profit ... / The company said ...": the company the paragraph just
    before opens on, not a corporation that spoke in an earlier section."""
    text = (
        "Power sector weekly\n\n"
        "1. COAL\n\n"
        "State-owned miner Ostreva Mining Corporation said its output rose 10.2% in 2025.\n\n"
        "2. RESULTS\n\n"
        "Kelvasi Thermal Power reported a net profit of Rs 1,842 crore for the quarter, up 23% "
        "year on year.\n\n"
        "The company said the plant load factor of its fleet averaged 78.5% in the quarter.\n"
    )
    claimants = _claimants(text, publisher="Power sector weekly")
    assert claimants["78.5%"] == "Kelvasi Thermal Power"
    assert claimants["10.2%"] == "Ostreva Mining Corporation"


def test_a_body_written_by_its_place_and_a_common_noun() -> None:
    """ "The Quellane wage board approved ... / ..., the board said": the board as the article
    wrote it, not the fragment "board"."""
    text = (
        "Wage rise\n\n"
        "The Quellane wage board approved a P35 increase in the daily minimum wage. Union leader "
        "Ada Pellwick called it too small.\n\n"
        "The increase is equivalent to 5.4 percent, the board said.\n"
    )
    assert _claimants(text)["5.4 percent"] == "Quellane wage board"


@pytest.mark.parametrize(
    "aside", ["one of the largest suppliers", "part of the Ostreva group", "based in Halsmoor"]
)
def test_the_company_after_an_aside_about_it(aside: str) -> None:
    """ "X, one of the largest suppliers, has written to customers. / The company said ...": an
    aside that places the company among others, says where it is based or whose it is stands
    between it and its verb, as "X, the biggest supplier," does."""
    text = (
        "Supplier letters\n\n"
        f"Northcap Energy, {aside}, has written to customers about their payments.\n\n"
        "The company said around 12 per cent of its customers had seen their payments rise.\n"
    )
    assert _claimants(text)["around 12 per cent"] == "Northcap Energy"
