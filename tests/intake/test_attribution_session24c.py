"""Who states a figure, by shapes of English and of news writing that recur: a capitalised word
ending in "-ly" ("Assembly", "Kelly") is a name's last word, not an adverb between a subject and
its verb, so "the X Parents' Assembly said" keeps its whole name; "X, however, said" is X's, the
adverb set off by commas; "X raised $N in a round led by Y, the company said" is X's, the
company that raised the money, not its lead investor's; "according to X figures tabled in
Parliament" is X's, the body the figures are put before being their audience.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- names ending in "-ly" ---------------------------------------------------------------------


def test_a_bodys_name_ending_in_assembly_after_a_possessive_plural_is_whole() -> None:
    text = (
        "Rents in Kerrow rose again this spring.\n\n"
        "The Kerrow Tenants' Assembly said about 4,200 households had signed its petition.\n"
    )
    assert _claimants(text)["about 4,200"] == "Kerrow Tenants' Assembly"


def test_a_persons_surname_ending_in_ly_is_no_adverb() -> None:
    text = (
        "The harbour reopened on Monday.\n\n"
        "Dana Brightly said 310 boats had returned to their moorings.\n"
    )
    assert _claimants(text)["310"] == "Dana Brightly"


def test_guard_a_lower_case_adverb_still_stands_between_a_name_and_its_verb() -> None:
    text = (
        "The harbour reopened on Monday.\n\n"
        "Marlowe Foods quietly said it had cut 300 jobs at its canning plant.\n"
    )
    assert _claimants(text)["300"] == "Marlowe Foods"


# -- an adverb set off by commas -----------------------------------------------------------


def test_a_one_word_name_however_said_is_that_names() -> None:
    text = (
        "Drill sales fell across the region in the year.\n\n"
        "Lindqvist, however, said in a statement on Monday that it had sold more than 92,000 "
        "drills in the year.\n"
    )
    assert _claimants(text)["more than 92,000"] == "Lindqvist"


# -- funding rounds -------------------------------------------------------------------------


def test_a_round_led_by_an_investor_is_the_raising_companys() -> None:
    text = (
        "Corvantel makes software for cold-storage warehouses.\n\n"
        "In May, Corvantel raised $45 million at a $2.5 billion valuation in a round led by "
        "Ostrava Ventures, the company said.\n"
    )
    claimants = _claimants(text)
    assert claimants["$45 million"] == "Corvantel"
    assert claimants["$2.5 billion"] == "Corvantel"


# -- figures put before an audience ------------------------------------------------------------


def test_figures_presented_to_a_parliament_are_their_sources() -> None:
    text = (
        "Hospital budgets are under strain.\n\n"
        "The wage bill for hospital staff reached $81 million last year, according to Health "
        "Department figures presented to the Senate.\n"
    )
    assert _claimants(text)["$81 million"] == "Health Department"
