"""A body named by its kind as a sentence's subject ("the guild counted ...") after a phrase of
time or place that opens the sentence ("In 2024, ", "Over the whole of the year, ", "Last year
"), and by kinds of institution a news report shortens names to ("the guild", "the network",
"the foundation"), also where the name opens on the kind ("the Guild of X").
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants

_NAMED = "The Orrin Valley Nurses Agency said on Monday that trolley numbers had risen again.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2024, the agency counted 121,540 patients on trolleys.",
        "Over the whole of 2024, the agency counted 121,540 patients on trolleys.",
        "Last year the agency counted 121,540 patients on trolleys.",
        "Across the region, the agency counted 121,540 patients on trolleys.",
    ],
)
def test_a_body_as_subject_after_a_phrase_of_time_or_place_is_the_claimant(sentence: str) -> None:
    assert _claimants(f"{_NAMED}{sentence}\n")["121,540"] == "Orrin Valley Nurses Agency"


def test_the_guild_is_the_guild_named_before() -> None:
    text = (
        "The Orrin Valley Nurses Guild said on Monday that trolley numbers had risen again.\n\n"
        "The guild counted 121,540 patients on trolleys last year.\n"
    )
    assert _claimants(text)["121,540"] == "Orrin Valley Nurses Guild"


def test_the_guild_is_a_guild_whose_name_opens_on_its_kind() -> None:
    text = (
        "Orla Brandt chairs the Guild of Parish Treasurers, which meets in May.\n\n"
        "The guild counted 540 charities with less than three months' reserves.\n"
    )
    assert _claimants(text)["540"] == "Guild of Parish Treasurers"


def test_guard_a_phrase_of_time_before_no_body_gives_none() -> None:
    text = f"{_NAMED}In 2024, the waiting list grew to 121,540 patients.\n"
    assert _claimants(text)["121,540"] == ""
