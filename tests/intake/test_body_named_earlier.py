"""A body named once goes on under a common noun: "the force said" after a police force,
"the lender said" after a building society, "figures released by the force", "The force
recorded ...", and a study's "The paper found ..." or a review's "The review found ..." in the
sentences after it. The noun names the latest body of its kind; with none named it stays the
publisher's. Every sentence here was written for this test; every name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_the_force_is_the_police_force_named_before() -> None:
    text = (
        "Burglaries in the county fell to 3,120 last year, according to figures from Ostley "
        "Valley Police.\n\n"
        "That is 6.1 burglaries per 1,000 households, the force said.\n\n"
        "The force recorded 214 arson attacks over the same period.\n"
    )
    claimants = _claimants(text)
    assert claimants["3,120"] == "Ostley Valley Police"
    assert claimants["6.1"] == "Ostley Valley Police"
    assert claimants["214"] == "Ostley Valley Police"


def test_figures_released_by_the_force_are_the_forces() -> None:
    text = (
        "Cameras run by Carnmoor Constabulary caught 48,000 speeding drivers last year, "
        "according to figures released by the force.\n"
    )
    assert _claimants(text) == {"48,000": "Carnmoor Constabulary"}


def test_the_lender_is_the_building_society_named_before() -> None:
    text = (
        "Average rents rose 5.2% in June, according to Harrowgate Building Society.\n\n"
        "Rents are 11% higher than a year ago, the lender said.\n"
    )
    assert _claimants(text) == {
        "5.2%": "Harrowgate Building Society",
        "11%": "Harrowgate Building Society",
    }


def test_the_paper_and_it_are_the_researchers_who_wrote_it() -> None:
    text = (
        "A new antiviral cut hospital stays by a third, researchers at Penhallow University "
        "have found.\n\n"
        "The results were published on Tuesday in the journal Respiratory Reports. The paper "
        "found that 212 patients recovered within a week, against 164 in the placebo group. It "
        "also reported that rashes affected 3 in 100 patients.\n"
    )
    claimants = _claimants(text)
    assert claimants["212"] == "Penhallow University"
    assert claimants["164"] == "Penhallow University"
    assert claimants["3 in 100"] == "Penhallow University"


def test_the_review_is_the_body_whose_review_it_is() -> None:
    text = (
        "A review by the Castlereagh Schools Inspectorate, published in May, looked at how "
        "academies had spent their budgets since 2021.\n\n"
        "The review found that 62% had cut music lessons. It also showed that a fifth of "
        "teachers had left within two years.\n"
    )
    claimants = _claimants(text)
    assert claimants["62%"] == "Castlereagh Schools Inspectorate"
    assert claimants["a fifth"] == "Castlereagh Schools Inspectorate"


def test_the_force_with_no_force_named_is_no_other_body() -> None:
    text = (
        "Harrowgate Council spent £2.1m on street lighting, its accounts show.\n\n"
        "The force said 30 officers were hurt on Saturday night.\n"
    )
    assert _claimants(text)["30"] == "force"
