"""Papers put to a public body's board are the body's: "according to papers presented to the
trust's board", "The board papers show". Every sentence here was written for this test; every
name is invented.

Each test fails without the change it describes, except those marked as guards."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_papers_presented_to_a_bodys_board_are_the_bodys() -> None:
    text = (
        "Only 58% of patients at Kelderwick Community Health Trust were seen within four "
        "hours in May, according to papers presented to the trust's board on Thursday.\n"
    )
    assert _claimants(text)["58%"] == "Kelderwick Community Health Trust"


def test_the_board_papers_are_the_body_whose_board_the_article_names() -> None:
    text = (
        "Kelderwick Community Health Trust has missed its waiting target again, the trust's "
        "board heard on Thursday.\n\n"
        "The board papers show 1,240 patients waited more than 12 hours in May.\n"
    )
    assert _claimants(text)["1,240"] == "Kelderwick Community Health Trust"


def test_guard_board_papers_of_two_bodies_name_neither() -> None:
    text = (
        "Kelderwick Community Health Trust and Orvanne Valley Council both met on Thursday; the "
        "trust's board and the council's cabinet heard the figures.\n\n"
        "The board papers show 1,240 patients waited more than 12 hours in May.\n"
    )
    assert _claimants(text)["1,240"] == ""
