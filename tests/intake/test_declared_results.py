"""A table of results under an official's declaration is the official's: a statutory notice's
"I, X, being the Returning Officer ..., do hereby give notice", or a report's "The returning
officer, X, has declared the result".
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

_ROWS = (
    "| Candidate | Party | Votes |\n\n|---|---|---|\n\n"
    "| Orla Brandt | Harbour First | 1,842 |\n\n| Ivo Marr | Harbour Union | 1,517 |\n"
)


def test_a_statutory_notice_over_a_table_is_the_officers() -> None:
    text = (
        "Brandt won the seat by 325 votes, the count showed.\n\n"
        "I, Tamsin Oyelowo-Hart, being the Returning Officer at the above election, do hereby "
        "give notice that the number of votes recorded for each candidate is as follows:\n\n"
        f"{_ROWS}"
    )
    assert _claimants(text)["1,842"] == "Tamsin Oyelowo-Hart"


def test_an_officer_who_declared_the_result_over_a_table_is_its_source() -> None:
    text = (
        "The returning officer, Tamsin Oyelowo-Hart, has declared the result. The full figures "
        "are below.\n\n"
        f"{_ROWS}"
    )
    assert _claimants(text)["1,517"] == "Tamsin Oyelowo-Hart"


def test_guard_a_table_under_a_line_that_declares_nothing_is_the_publishers() -> None:
    text = f"Brandt won the seat on Thursday night.\n\n{_ROWS}"
    assert _claimants(text)["1,842"] == ""
