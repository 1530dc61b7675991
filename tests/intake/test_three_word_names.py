"""A person named in three words at a sentence's start keeps her given name though it ends as
a job's word does ("Lilian", "Esther", "Peter", "Victor", "Mary" as "Librarian", "Farmer",
"Doctor", "Secretary"); a first word is read as her job, and left out of her name, where it is
one of the common such words, ends as only jobs do ("Economist", "Volunteer"), or is written
in lower case elsewhere in the article ("the auditor said"). Every sentence here was written
for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


@pytest.mark.parametrize(
    "name",
    ["Lilian Awuor Odindo", "Esther Wambui Kiragu", "Peter Kamau Ndaru", "Mary Ann Dunsley"],
)
def test_a_given_name_with_a_jobs_ending_is_kept(name: str) -> None:
    text = f"The count went on.\n\n{name} said turnout fell to 40% this year.\n"
    assert _claimants(text)["40%"] == name


def test_guard_a_word_the_article_writes_in_lower_case_as_a_job_is_one() -> None:
    text = (
        "The books did not balance.\n\n"
        "Auditor Ada Roe Whitlam said £1.2m could not be traced.\n\n"
        "The auditor said her report would go to the board.\n"
    )
    assert _claimants(text)["£1.2m"] == "Ada Roe Whitlam"


@pytest.mark.parametrize("job", ["Economist", "Volunteer", "Paramedic", "Senior"])
def test_guard_a_common_job_or_a_jobs_own_ending_is_no_part_of_the_name(job: str) -> None:
    text = f"The count went on.\n\n{job} Ada Roe Whitlam said turnout fell to 40% this year.\n"
    assert _claimants(text)["40%"] == "Ada Roe Whitlam"
