"""Lists of short lines that each end on a figure, session 50. Every sentence here was written
for this test; every name is invented. Each test fails without the change it describes, except
guards."""

from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import sections_and_claimants_by_figure

_STORY = (
    "Tamsley wins District 31\n\n"
    "Ada Tamsley has won the District 31 seat, according to provisional results from the "
    "Kelvasi Electoral Commission.\n\n"
    "Results\n"
    "Ada Tamsley (KL) 14,882\n"
    "Tomas Corvath (RA) 13,678\n"
    "Mira Quellane (Ind) 2,311\n\n"
    "Source: Kelvasi Electoral Commission, provisional results\n"
)


def _read(text: str) -> dict[str, tuple[str, str]]:
    return sections_and_claimants_by_figure(text, publisher="Kelvasi Herald")


def test_a_results_box_is_rows_of_its_sources_figures() -> None:
    """ "Ada Tamsley (KL) 14,882" line under line in the story's body, "Source: X" under them:
    rows of a table, stated (they were headings, a count not in the body suggested as the
    publisher's own), and the source's the note names."""
    read = _read(_STORY)
    assert read["2,311"] == ("body", "Kelvasi Electoral Commission")
    assert read["13,678"] == ("body", "Kelvasi Electoral Commission")


def test_guard_a_source_note_under_prose_credits_no_list() -> None:
    """Guard: a "Source:" line under a paragraph of prose credits it with nothing."""
    text = (
        "Turnout was 48.2% across the district, the paper's own count shows.\n"
        "Spoilt ballots came to 214.\n\n"
        "Source: Kelvasi Electoral Commission\n"
    )
    assert _read(text)["48.2%"][1] == ""


def test_guard_points_above_the_story_are_its_standfirst() -> None:
    """Guard: short lines ending on a figure under the headline, before the story begins, sum
    the story up: headings, suggested for no figure the story states."""
    text = (
        "Copper output slides as strike enters fourth week\n\n"
        "By Ada Tamsley\n\n"
        "Summary\n"
        "Second-quarter copper output down 12%\n"
        "Full-year forecast cut by about 8%\n\n"
        "KELVASI, July 14 - Pellwick Mining said on Monday its copper output fell 12% in the "
        "second quarter, and it cut its full-year forecast by about 8%.\n"
    )
    suggested = extract_suggestions(normalise(text), publisher="Kelvasi Herald")
    assert not any(item.sentence.startswith("Second-quarter") for item in suggested)
