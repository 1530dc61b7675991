"""A Q&A interview: the answers ("A: ...") are the interviewee's, introduced before the
questions, however many sentences an answer runs to; the questions are the publisher's. Every
sentence here was written for this test; every name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_each_answer_is_the_interviewees() -> None:
    text = (
        "Harbour master Tomasz Elkington-Raye said the port handled record tonnage this year.\n\n"
        "We asked him about the season ahead.\n\n"
        "Q: How busy has the port been?\n"
        "A: Very. We took in 1,840 ships, and about 60 per cent of them were container ships.\n\n"
        "Q: And next year?\n"
        "A: We are hiring. There will be 45 more pilots by June.\n"
    )
    claimants = _claimants(text)
    assert claimants["1,840"] == "Tomasz Elkington-Raye"
    assert claimants["about 60 per cent"] == "Tomasz Elkington-Raye"
    assert claimants["45"] == "Tomasz Elkington-Raye"


def test_answers_with_question_and_answer_spelled_out() -> None:
    text = (
        "The novelist Priya Abernathy-Sol says her second book outsold her first.\n\n"
        "Question: How many copies has the book sold?\n"
        "Answer: Just over 200,000, which still surprises me.\n"
    )
    assert _claimants(text)["Just over 200,000"] == "Priya Abernathy-Sol"


def test_a_line_opening_with_a_capital_a_is_no_answer_without_questions() -> None:
    text = "A: 4,000 tickets went on sale at noon, and all sold within an hour.\n"
    assert _claimants(text)["4,000"] == ""
