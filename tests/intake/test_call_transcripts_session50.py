"""Earnings calls and briefings set as transcripts, session 50. Every sentence here was written
for this test; every name is invented. Each test fails without the change it describes, except
guards."""

from tests.intake.claimants import figure_readings


def _claimants(text: str) -> list[tuple[str, str]]:
    return [
        (written, claimant)
        for written, _, claimant in figure_readings(text, publisher="The Quill Investor")
    ]


_CALL = (
    "Orrisvale Logistics (ORVL) Q3 2026 Earnings Call Transcript\n\n"
    "Operator\n\n"
    "Good morning, and welcome to the Orrisvale Logistics third-quarter call.\n\n"
    "Ada Tamsley -- Chief Executive Officer\n\n"
    "Thanks, Jan. Revenue for the quarter was $812 million, up 9% from a year ago.\n\n"
    "Tomas Corvath -- Chief Financial Officer\n\n"
    "Thanks, Ada. Free cash flow was $96 million in the quarter.\n\n"
    "Operator\n\n"
    "Our first question comes from Mira Quellane with Halsmoor Securities.\n\n"
    "Mira Quellane -- Halsmoor Securities -- Analyst\n\n"
    "Thanks. How much of the growth was price?\n\n"
    "Ada Tamsley -- Chief Executive Officer\n\n"
    "About 3 points of the 9% came from price, Mira.\n"
)


def test_a_calls_speaker_lines_name_who_speaks() -> None:
    """ "Ada Tamsley -- Chief Executive Officer" on a line of its own over her remarks: the
    call's speaker, whose figures went to the publisher."""
    claimants = _claimants(_CALL)
    assert ("$812 million", "Ada Tamsley") in claimants
    assert ("$96 million", "Tomas Corvath") in claimants


def test_a_speakers_second_turn_keeps_her_line() -> None:
    """Her second turn repeats her line: no paragraph the page repeated, which was removed and
    left her answer under the analyst's line."""
    assert ("About 3 points", "Ada Tamsley") in _claimants(_CALL)


def test_a_bare_name_over_a_turn_after_the_list_of_participants() -> None:
    """A call whose list of participants gives each job ("Ada Tamsley - Chief Executive
    Officer") sets only the name over each turn."""
    text = (
        "Orrisvale Logistics Q3 2026 Earnings Call\n\n"
        "Executives\n"
        "Ada Tamsley - Chief Executive Officer\n"
        "Tomas Corvath - Chief Financial Officer\n\n"
        "Analysts\n"
        "Mira Quellane - Halsmoor Securities\n\n"
        "Operator\n"
        "Good day and welcome to the call.\n\n"
        "Ada Tamsley\n"
        "Thank you. Revenue for the quarter was $812 million.\n\n"
        "Mira Quellane\n"
        "How much of the 9% growth came from price?\n\n"
        "Tomas Corvath\n"
        "Free cash flow was $96 million.\n"
    )
    claimants = _claimants(text)
    assert ("$812 million", "Ada Tamsley") in claimants
    assert ("$96 million", "Tomas Corvath") in claimants


def test_guard_the_operators_line_ends_the_turn_above() -> None:
    """Guard: the operator's line closes the speaker's turn above it; what the operator says
    is no speaker's."""
    text = (
        "Ada Tamsley -- Chief Executive Officer\n\n"
        "Revenue for the quarter was $812 million.\n\n"
        "Tomas Corvath -- Chief Financial Officer\n\n"
        "Free cash flow was $96 million.\n\n"
        "Operator\n\n"
        "We have 14 analysts waiting with questions, a record 2,300 listeners on the line.\n"
    )
    assert ("2,300", "") in _claimants(text)


def test_guard_one_dashed_line_is_no_transcript() -> None:
    """Guard: a single line of a name, a dash and a job ("Ada Tamsley - Editor") is a byline's
    shape; one is no call's speaker."""
    text = (
        "Ada Tamsley - Chief Reporter\n\n"
        "Halsmoor Council will cut 45 jobs to save £4.2m next year.\n"
    )
    assert ("£4.2m", "") in _claimants(text)


def test_guard_dashed_lines_with_no_job_are_no_speakers() -> None:
    """Guard: lines of two names set apart by a dash, no job after it ("Halsmoor Rovers -
    Kelvasi United" over each match's report), are no call's speakers."""
    text = (
        "Halsmoor Rovers - Kelvasi United\n\n"
        "Rovers won in front of a crowd of 4,200 at the Mill Ground.\n\n"
        "Ostreva Town - Pellwick Athletic\n\n"
        "Town drew in front of a crowd of 2,150.\n"
    )
    assert ("4,200", "") in _claimants(text)


def test_a_turn_labelled_with_a_full_name_the_article_introduced() -> None:
    """ "Mira Quellane: Minister, you promised 10,000 homes ..." after "... spoke to host Mira
    Quellane": a turn labelled with a full name written as running text writes it, whom the
    article introduced before the turns; the turns went to the publisher."""
    text = (
        "Housing Minister Tomas Corvath spoke to Morning Report host Mira Quellane.\n\n"
        "Mira Quellane: Minister, your government promised 10,000 homes a year. You've built "
        "6,200.\n\n"
        "Tomas Corvath: If you count homes under construction, we're at more than 9,000.\n"
    )
    claimants = dict(_claimants(text))
    assert claimants["10,000"] == "Mira Quellane"
    assert claimants["more than 9,000"] == "Tomas Corvath"


def test_guard_a_label_of_a_name_never_introduced_is_no_turn() -> None:
    """Guard: "Halsmoor Rovers: a crowd of 4,200 ..." (a name the article never wrote in its
    running text, only as a label) labels no speaker's turn."""
    text = (
        "Match report\n\nHalsmoor Rovers: a crowd of 4,200 saw them lose at home.\n\n"
        "Halsmoor Rovers: a crowd of 3,900 saw them draw away.\n"
    )
    claimants = _claimants(text)
    assert ("4,200", "") in claimants
    assert ("3,900", "") in claimants
