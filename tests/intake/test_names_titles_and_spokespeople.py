"""Who speaks, by name: a surname alone is the full name the article introduced first; a title
with an "of" phrase ("Chief Inspector of Prisons", "Minister of State for Health") is no part
of the name; a spokesperson speaks for the body named with them; the hearer of "told X" never
makes the claim; a name after "said" that opens the reported clause ("she said Vantor had
...") is what is talked about, not who speaks. Every sentence here was written for this test;
every name is invented."""

import pytest

from tests.intake.claimants import claimants_by_figure as _claimants


def test_a_surname_alone_is_the_full_name_introduced_without_speaking() -> None:
    text = (
        "The appeal was led by Dr. Amara Villanueva-Osei, a paediatrician in Kisumu.\n\n"
        "Villanueva-Osei said 212 children were treated in a week.\n"
    )
    assert _claimants(text) == {"212": "Amara Villanueva-Osei"}


def test_a_titled_surname_is_the_full_name_said_before() -> None:
    text = (
        "Mrs. Priti Sandoval-Kerr, chair of the parents' forum, attended the meeting.\n\n"
        '"Fees have gone up by 30 per cent," Mrs. Sandoval-Kerr noted.\n'
    )
    assert _claimants(text) == {"30 per cent": "Priti Sandoval-Kerr"}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        (
            "Chief Inspector of Constabulary Ruairi Mbatha-Lowe said 44 forces had been visited.",
            "Ruairi Mbatha-Lowe",
        ),
        (
            "Minister of State for Health Deirdre Okafor-Lund told MPs that 9,300 nurses had "
            "been hired.",
            "Deirdre Okafor-Lund",
        ),
        (
            "Secretary of the Treasury Anton Delacroix-Ime said tariffs raised $12 billion.",
            "Anton Delacroix-Ime",
        ),
    ],
)
def test_a_title_with_an_of_phrase_is_no_part_of_the_name(sentence: str, claimant: str) -> None:
    (figure,) = _claimants(sentence + "\n").items()
    assert figure[1] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A Marlow Energy spokeswoman later said 3,100 homes were still without power.\n",
            "Marlow Energy",
        ),
        (
            "An Education Ministry spokesman separately confirmed that 620 schools had shut.\n",
            "Education Ministry",
        ),
        (
            'A Quillon Airways spokesperson hit back: "We flew 96 percent of our schedule."\n',
            "Quillon Airways",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_named_with_them(text: str, claimant: str) -> None:
    (figure,) = _claimants(text).items()
    assert figure[1] == claimant


def test_the_hearer_of_told_is_never_the_claimant() -> None:
    """A broadcaster that heard an inspector, and ran an analysis of its own, is not the source
    of the report the inspectorate then published: "It found" is the inspectorate's."""
    text = (
        "A Coast FM analysis of court records found that 3 in 10 hearings were delayed.\n\n"
        "Chief Inspector Ada Moor-Quayle told Coast FM that the courts were struggling.\n\n"
        "The Courts Inspectorate has just published its annual review. It found that 61 "
        "courts had a backlog.\n"
    )
    assert _claimants(text) == {"3 in 10": "Coast FM", "61": "Courts Inspectorate"}


def test_a_name_that_opens_the_reported_clause_is_not_the_speaker() -> None:
    text = (
        "Ines Carvalho-Drummond, an economist at Selby College, reviewed the claim. She said "
        "Vantor Holdings had counted from a bad year and that the real gain was 3 percent.\n"
    )
    assert _claimants(text) == {"3 percent": "Ines Carvalho-Drummond"}


def test_a_spokesperson_of_a_body_named_by_its_noun_is_the_body_named_before() -> None:
    text = (
        "The Transport Ministry said fares would rise in May.\n\n"
        "A Ministry spokesman later said 1,400 buses would be replaced.\n"
    )
    assert _claimants(text) == {"1,400": "Transport Ministry"}


def test_a_hearer_described_then_named_is_not_the_claimant() -> None:
    text = (
        "The Harbour Ministry told the committee's chair, Ada Moor-Lind, that 40 ships were "
        "impounded.\n"
    )
    assert _claimants(text) == {"40": "Harbour Ministry"}
