"""Figures a reader sees and the parser missed, and a newsletter's chrome the extractor took for
claims. What is read: an amount in pence written onto the number ("sells for 85p", "up 4p a
litre"), a count before a compound adjective of its own ("1,200 year-round jobs"), a share said
alone before a modal verb ("more than half could not say"), inside quotation marks ("well over
a quarter" of sales) or as a comparison ("a third less than forecast"). What is never suggested:
a newsletter's issue line ("Issue 88 | Monday 2 June 2025 | Free edition"), its pitch for the
paid edition ("Upgrade for £5 a month."), its teaser for what comes next ("Coming up in the
Briefing: ..."), and a headline or standfirst whose clauses a semicolon or a colon joins and
which ends on no full stop. Every sentence here was written for this test; every name is
invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from tests.intake.claimants import suggested_sentences as _suggested


def _read(sentence: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(sentence)]


# -- pence ----------------------------------------------------------------------------------


def test_an_amount_in_pence_written_onto_the_number() -> None:
    assert _read("A pint of semi-skimmed milk now sells for 95p in most shops.") == [
        ("95p", Decimal("0.95"), "currency", "GBP")
    ]
    assert _read("Diesel is up 4p a litre since March.") == [
        ("4p", Decimal("0.04"), "currency", "GBP")
    ]
    assert _read("Shares in Ollerby Foods fell 12p to 340p.") == [
        ("12p", Decimal("0.12"), "currency", "GBP"),
        ("340p", Decimal("3.4"), "currency", "GBP"),
    ]
    assert _read("Fuel duty was frozen at 52.95p.") == [
        ("52.95p", Decimal("0.5295"), "currency", "GBP")
    ]


def test_an_amount_in_pence_as_a_word() -> None:
    assert _read("The stamp will cost 85 pence from April.") == [
        ("85 pence", Decimal("0.85"), "currency", "GBP")
    ]


def test_an_amount_in_pence_is_suggested() -> None:
    text = (
        "Bread prices rose again this month.\n\n"
        "The Marlcote Bakers' Guild said a large loaf now sells for 140p, up 12p on the year.\n"
    )
    assert any("140p" in sentence for sentence in _suggested(text))


def test_what_is_not_pence() -> None:
    """Guard: a time, a p-value, percentage points, a screen's resolution, a coin, a page and
    a code with a p inside it stay what they were."""
    assert _read("The polls close at 10pm and the count starts at 11p.m. sharp.") == []
    assert _read("The effect was significant, and the p-values were corrected.") == []
    assert all(f.unit != "currency" for f in find_figures("Support fell 3pp among the young."))
    assert _read("The camera records 1080p video at 60 frames a second.") == [
        ("60", Decimal(60), "count", "")
    ]
    assert _read("The final streams in 720p only.") == []
    assert _read("Shares closed at 720p, up 15p.") == [
        ("720p", Decimal("7.2"), "currency", "GBP"),
        ("15p", Decimal("0.15"), "currency", "GBP"),
    ]
    assert _read("She found a 2p coin in the lining.") == []
    assert _read("The table is on page 5p of the annex.") == []
    assert _read("The P45 form and the 3P rule were not changed.") == []


@given(
    pence=st.integers(min_value=1, max_value=999),
    frame=st.sampled_from(
        [
            "It sells for {n}p.",
            "It sells for {n}p, the same as last year.",
            "Petrol is up {n}p a litre.",
            "A bag now costs {n}p at the till.",
        ]
    ),
)
def test_any_amount_in_pence_reads_back(pence: int, frame: str) -> None:
    figures = find_figures(frame.format(n=pence))
    assert [(f.value, f.unit, f.currency, f.as_written) for f in figures] == [
        (Decimal(pence) / 100, "currency", "GBP", f"{pence}p")
    ]


@given(hour=st.integers(min_value=1, max_value=12), dots=st.booleans())
def test_no_clock_time_reads_as_pence(hour: int, dots: bool) -> None:
    suffix = "p.m." if dots else "pm"
    figures = find_figures(f"The doors open at {hour}{suffix} on Friday.")
    assert all(figure.currency != "GBP" for figure in figures)


# -- a count before a compound adjective ----------------------------------------------------


def test_a_count_before_a_compound_adjective_of_its_own() -> None:
    assert _read("The resort has 1,200 year-round jobs and twice as many in summer.")[:1] == [
        ("1,200", Decimal(1200), "count", "")
    ]
    assert _read("The county runs 640 year-round shelter places.") == [
        ("640", Decimal(640), "count", "")
    ]


def test_an_age_or_a_span_stays_a_compound() -> None:
    """Guard: "a 12 year-old boy" and "a 10 year-long study" describe someone or something by
    its years; neither is a count."""
    assert _read("A 12 year-old boy was hurt.") == []
    assert _read("It was a 10 year-long study.") == []


# -- a share said alone ---------------------------------------------------------------------


def test_a_share_before_a_modal_verb() -> None:
    figures = find_figures("The poll of 900 tenants found that more than half could not pay.")
    assert [(f.as_written, f.value) for f in figures] == [
        ("900", Decimal(900)),
        ("more than half", Decimal(50)),
    ]
    figures = find_figures("Nearly a third would leave the city if rents rose again.")
    assert [f.as_written for f in figures] == ["Nearly a third"]


def test_a_share_inside_quotation_marks() -> None:
    figures = find_figures('He said the true figure was "well over a quarter" of all sales.')
    assert [(f.as_written, f.value) for f in figures] == [("well over a quarter", Decimal(25))]


def test_a_share_as_a_comparison() -> None:
    figures = find_figures("The scheme cost around a third less than the council had forecast.")
    assert [(f.as_written, f.value) for f in figures] == [("around a third", Decimal("33.33"))]
    figures = find_figures("Imports were a quarter higher than a year earlier.")
    assert [f.as_written for f in figures] == ["a quarter"]


def test_a_half_that_is_no_share() -> None:
    """Guard: halves and quarters of time and of a game stay what they were."""
    assert find_figures("The second half could not have gone worse.") == []
    assert find_figures("In the past three quarters would-be buyers held back.") == []


# -- a newsletter's chrome ------------------------------------------------------------------

_NEWSLETTER = (
    "THE LEDGER LINE\n"
    "Markets. Money. Mischief.\n"
    "Issue 88 | Monday 2 June 2025 | Free edition\n\n"
    "Harbour 2030: a £900m bid, 40,000 new seats and a budget twice the first estimate\n\n"
    "By Oriel Fanshawe-Tait\n\n"
    "The Harbour 2030 bid committee says it has raised £900m from sponsors.\n\n"
    "Its plan adds 40,000 new seats across three grounds, the committee said.\n\n"
    "The city's auditor said the budget was now twice the first estimate of £310m.\n\n"
    "---\n\n"
    "This is the free edition of The Ledger Line. Paid subscribers also get the Briefing and "
    "our weekly data pack. Upgrade for £5 a month or £50 a year.\n\n"
    "Coming up in the Briefing: shirt sponsors, a £25m naming deal and the stadium that moved "
    "twice.\n"
)


def test_a_newsletters_issue_line_is_no_claim() -> None:
    suggested = _suggested(_NEWSLETTER)
    assert not any("Issue 88" in sentence for sentence in suggested)
    for line in (
        "No. 412 · Tuesday, March 4, 2025 · Members' edition",
        "Vol. 3, Issue 17 | 14 May 2024",
        "Edition 9 // Friday 7 November 2025 // Read online",
    ):
        text = f"{line}\n\nThe fund lost £12m last year, its accounts show.\n"
        assert _suggested(text) == ["The fund lost £12m last year, its accounts show."]


def test_a_row_of_figures_set_off_by_bars_is_no_issue_line() -> None:
    """Guard: a table's row, a date beside its figures, is the body's."""
    text = "14 May 2024 | 12% | 14%\n\nThe fund lost £12m last year, its accounts show.\n"
    assert any("12%" in sentence for sentence in _suggested(text))


def test_a_newsletters_pitch_for_its_paid_edition_is_no_claim() -> None:
    suggested = _suggested(_NEWSLETTER)
    assert not any(
        "Upgrade" in sentence or "Paid subscribers" in sentence for sentence in suggested
    )
    assert _suggested("Upgrade now for just $8 a month and read every issue.\n") == []
    assert _suggested("Go premium: $80 a year, cancel whenever you like.\n") == []


def test_an_upgrade_in_the_body_is_a_claim() -> None:
    """Guard: an upgrade or subscribers the story reports on stay claims."""
    text = (
        "The council approved a £2m upgrade for the station on Tuesday.\n\n"
        "Paid subscribers rose 12% to 2.1 million in the quarter, the company said.\n\n"
        "Upgrade work on the line will cost £40m, the operator said.\n"
    )
    assert len(_suggested(text)) == 3


def test_a_newsletters_teaser_for_what_comes_next_is_no_claim() -> None:
    suggested = _suggested(_NEWSLETTER)
    assert not any("Coming up" in sentence for sentence in suggested)
    for teaser in (
        "Next week: the 12 clubs that spent more than they earned.",
        "In the next issue: why 40% of owners want out.",
        "Still to come in Friday's edition: a £3m transfer that never was.",
        "COMING UP: the 5 clubs with the biggest wage bills.",
    ):
        assert _suggested(f"{teaser}\n") == []


def test_next_week_in_a_sentence_is_a_claim() -> None:
    """Guard: a body sentence about next week, with no colon after its opening, is the body."""
    text = "Next week the council will vote on a £4m plan to reopen the baths.\n"
    assert len(_suggested(text)) == 1


def test_a_headline_with_a_colon_and_no_full_stop_sums_up_the_body() -> None:
    suggested = _suggested(_NEWSLETTER)
    assert not any(sentence.startswith("Harbour 2030:") for sentence in suggested)


def test_a_standfirst_of_two_clauses_joined_by_a_semicolon() -> None:
    text = (
        "Ferry fares to rise 9% as operator blames fuel\n\n"
        "Three in five islanders say they already struggle to pay; the operator insists the "
        "rise is the smallest in a decade\n\n"
        "By Cormac Ellery-Vance\n"
        "14 March 2025\n\n"
        "Fares on the Skerrow ferry will rise 9% from April, the operator said on Monday.\n\n"
        "A survey by the islanders' association found three in five residents already struggle "
        "to pay.\n"
    )
    suggested = _suggested(text)
    assert not any(sentence.startswith("Three in five islanders") for sentence in suggested)
    assert any(sentence.startswith("A survey by") for sentence in suggested)


def test_a_standfirst_that_ends_on_a_quotation_without_a_stop() -> None:
    text = (
        'Half of growers expect a loss this year, survey finds; the buyer says it "pays a fair '
        'price"\n\n'
        "A survey of 800 growers found that half expected to make a loss this year.\n"
    )
    suggested = _suggested(text)
    assert not any(sentence.startswith("Half of growers") for sentence in suggested)


def test_body_sentences_with_semicolons_and_colons_stay_claims() -> None:
    """Guard: a paragraph of sentences that end in full stops is the body, whatever joins its
    clauses, and so is a list item's label and figure."""
    text = (
        "Trading was mixed in the first quarter.\n\n"
        "Sales rose 4%; profits fell 2%.\n\n"
        "The verdict was clear: 61% of members voted to strike.\n\n"
        "Two things changed: rents rose 7% and wages rose 3%; neither helped.\n\n"
        "- Rents: up 7% on the year\n"
    )
    suggested = _suggested(text)
    assert "Sales rose 4%; profits fell 2%." in suggested
    assert "The verdict was clear: 61% of members voted to strike." in suggested
    assert any(sentence.startswith("Two things changed") for sentence in suggested)
    assert "- Rents: up 7% on the year" in suggested
