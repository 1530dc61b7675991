"""Who states a figure, by shapes of English and of news writing that recur: a body's short
name is the fuller name the article introduced it by.
Every sentence here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from tests.intake.claimants import claimants_by_figure as _claimants

# -- a body's short name, as the article introduced it ------------------------------------


def test_a_body_shortened_after_its_full_name_is_given_in_full() -> None:
    text = (
        "Drovers Hill Motor Services ran 71.2% of its buses on time last year, according to a "
        "report the operator published on Monday.\n\n"
        "Drovers said it now employed 96 drivers, against 88 a year earlier.\n"
    )
    claimants = _claimants(text)
    assert claimants["96"] == "Drovers Hill Motor Services"
    assert claimants["88"] == "Drovers Hill Motor Services"


def test_a_headline_that_shortens_the_name_first_does_not_keep_it_short() -> None:
    text = (
        "Drovers buses late again, operator admits\n\n"
        "Drovers Hill Motor Services ran 71.2% of its buses on time last year, according to a "
        "report the operator published on Monday.\n\n"
        "Drovers said it now employed 96 drivers.\n"
    )
    assert _claimants(text)["96"] == "Drovers Hill Motor Services"


def test_guard_a_name_the_body_wrote_alone_before_its_longer_use_stays_as_written() -> None:
    # "Tessmoor" is a country here before it is the start of its regulator's name: the
    # government that speaks as "Tessmoor" is not the regulator.
    text = (
        "Gas flows from Tessmoor to its neighbours stopped in May.\n\n"
        "The Tessmoor Energy Regulatory Authority fined the pipeline operator in June.\n\n"
        "Tessmoor says the operator owes it 1.9 billion euros.\n"
    )
    assert _claimants(text)["1.9 billion euros"] == "Tessmoor"


def test_guard_a_name_inside_a_longer_one_is_not_that_name() -> None:
    # "Crown Court" in "Quillbrook Crown Court" does not open with "the Crown" as prosecutor.
    text = (
        "Ada Pellow-Marr, 51, was convicted after a trial at Quillbrook Crown Court.\n\n"
        "The defence put the losses at £231,000, not the £612,000 alleged by the Crown.\n"
    )
    assert _claimants(text)["£612,000"] == "Crown"
