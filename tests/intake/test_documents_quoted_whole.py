"""Documents an article quotes whole or runs as sent: a letter quoted over several paragraphs
inside one pair of marks, a quotation of several paragraphs each opened with its mark, a
bulletin that an editor's note says is "below" and "reproduced in full", and a fact-check's
box that asks "What was claimed" and "Who claimed it".
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

_LETTER = (
    "Tenants at Larchway Court received the letter last week.\n\n"
    "In the letter, signed by its head of housing, the Brindle Vale Housing Trust says:\n\n"
    "“Dear tenant,\n\n"
    "From 1 May your weekly rent will rise by 3.4%, the most the rules allow.\n\n"
    "This year we will spend £9.2m on repairs across our 4,100 homes.\n\n"
    "Yours faithfully,\n\n"
    "Head of Housing, Brindle Vale Housing Trust”\n\n"
    "Larchway Court has 40 flats on six floors.\n"
)


def test_a_letter_quoted_whole_in_one_pair_of_marks_is_its_writers() -> None:
    found = _claimants(_LETTER)
    assert found["3.4%"] == "Brindle Vale Housing Trust"
    assert found["£9.2m"] == "Brindle Vale Housing Trust"


def test_guard_what_follows_the_letters_closing_mark_is_not_the_letters() -> None:
    assert _claimants(_LETTER)["40"] == ""


def test_guard_a_quotation_of_several_paragraphs_each_opened_with_its_mark_goes_on() -> None:
    text = (
        "Ferryman's Union secretary Agnieszka Thorneloe-Baptiste said:\n\n"
        "“We have lost 14 crossings a week since the timetable changed.\n\n"
        "“Passengers tell us they wait up to 50 minutes in the rain.\n\n"
        "“And the operator has cut 22 crew posts since spring.”\n"
    )
    found = _claimants(text)
    assert found["22"] == "Agnieszka Thorneloe-Baptiste"


def test_guard_a_mark_left_open_by_mistake_does_not_speak_for_what_follows() -> None:
    """A paragraph that does not open with a mark, where the next mark opens another
    quotation, is not inside the one left open before it."""
    text = (
        'Union secretary Agnieszka Thorneloe-Baptiste said: "We have lost 14 crossings a week.\n\n'
        "The operator has cut 22 crew posts since spring, its accounts show.\n\n"
        '"It is a disgrace," said passenger Milo Ferrant.\n'
    )
    assert _claimants(text)["22"] == ""


def test_a_bulletin_below_an_editors_note_is_its_publishers() -> None:
    text = (
        "Editor's note: The bulletin below was published by the Coastal Health Monitoring "
        "Agency at 9am today and is reproduced in full, with its permission.\n\n"
        "---\n\n"
        "Weekly respiratory bulletin\n\n"
        "Uptake among adults aged 65 and over reached 68.2%, down from 70.9% a year ago.\n"
    )
    assert _claimants(text)["68.2%"] == "Coastal Health Monitoring Agency"


def test_a_fact_checks_what_was_claimed_line_is_who_claimed_its() -> None:
    text = (
        "What was claimed: Burglaries in Tollby have tripled since 2020, with 3,000 last year.\n\n"
        "Who claimed it: Tollby Watchdog, a campaign page\n\n"
        "Our verdict: False\n"
    )
    assert _claimants(text)["3,000"] == "Tollby Watchdog"


def test_a_letter_reproduced_below_without_marks_is_its_signers_up_to_its_sign_off() -> None:
    text = (
        "The union has written to the operator demanding a better offer.\n\n"
        "The letter, signed by General Secretary Orla Pemberton-Adu, is reproduced in full "
        "below.\n\n"
        "Dear Mr Pellward,\n\n"
        "In our ballot last month, 91 per cent of members rejected the offer.\n\n"
        "Yours sincerely,\n\n"
        "Orla Pemberton-Adu\n\n"
        "The operator said its offer of 4.5 per cent was fair.\n\n"
        "Depots in the region employ 2,300 staff.\n"
    )
    found = _claimants(text)
    assert found["91 per cent"] == "Orla Pemberton-Adu"
    # After the sign-off, the page's reporting again.
    assert found["2,300"] == ""
