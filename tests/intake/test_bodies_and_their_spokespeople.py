"""A body named in its sentence speaks through someone or something of its own: "according to
a statement signed by its spokesman, X" or "a statement from their representative" is the body
the sentence names; a body named before an aside ("The Y Legal Centre, which has helped 2,300
households, estimated ...") states the figures in the aside too; a body that disputes
something, "saying" a figure, states it. Every sentence here was written for this test; every
name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_its_spokesmans_statement_is_the_bodys() -> None:
    text = (
        "The Orrin Water Council said leaks had fallen.\n\n"
        "Later, the Bexmoor Farmers' Guild warned that 2,700 farms faced ruin, according to a "
        "statement signed by its spokesman, Mr. Idris Calloway-Nunes.\n"
    )
    assert _claimants(text)["2,700"] == "Bexmoor Farmers' Guild"


def test_their_representatives_statement_is_the_bodys() -> None:
    text = (
        "Fares will rise by 8 per cent, the Quell Valley Commuters' Alliance said, according to "
        "a statement from their representative.\n"
    )
    assert _claimants(text)["8 per cent"] == "Quell Valley Commuters' Alliance"


def test_a_body_before_an_aside_states_the_asides_figures() -> None:
    text = (
        "The Dunmara Tenants' Advice Service, which has advised 5,600 renters this year, "
        "estimated that one in six flats in the town were damp.\n"
    )
    claimants = _claimants(text)
    assert claimants["5,600"] == "Dunmara Tenants' Advice Service"
    assert claimants["one in six"] == "Dunmara Tenants' Advice Service"


def test_a_body_disputing_saying_a_figure_states_it() -> None:
    text = (
        "The Corlett Nurses' Union rejected the trust's account, saying in a statement that "
        "closer to 340 posts were unfilled.\n"
    )
    assert _claimants(text)["340"] == "Corlett Nurses' Union"


def test_the_publishers_own_panel_is_not_the_source_before() -> None:
    text = (
        "Card data from lender Quistan put the figure at 12% for May.\n"
        "Gazette's own panel of readers recorded a 7% rise over the same period.\n\n"
        "© Marlow Gazette 2025\n"
    )
    assert _claimants(text)["7%"] == ""
