"""The intake bench's claimant comparison (bench/intake_quality.py `claimant_key`): what it
sets aside when it compares intake's claimant with a label's, and what it keeps apart."""

import re
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.intake.bench_module import load_bench


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_bench()


@pytest.mark.parametrize(
    ("label", "intake"),
    [
        ("Superintendent Ada Roe-Quill", "Ada Roe-Quill"),
        ("Judge Fionn Bracewell", "Fionn Bracewell"),
        ("Detective Chief Inspector Jo Ravensdale-Oyo", "Jo Ravensdale-Oyo"),
        ("Mayor Ines Drummore", "Ines Drummore"),
        ("Oxtallow Precast Ltd", "Oxtallow Precast"),
        ("Vellingrath Holdings plc", "Vellingrath Holdings"),
        ("Lanterna Systems, Inc.", "Lanterna Systems"),
        ("Dr Ada Roe", "Ada Roe"),
        # Session 35: a middle initial, as a release's header writes a name.
        ("Sheriff Wade A. Kostrin", "Wade Kostrin"),
        ("Ada J. Roe", "Ada Roe"),
        # Session 36: a professor's grade, and an Irish police rank.
        ("Associate Professor Tamsin Roe-Quill", "Tamsin Roe-Quill"),
        ("Detective Garda Aine Ni Bhraonain", "Aine Ni Bhraonain"),
        ("Superintendent Dr. Ada Roe", "Ada Roe"),
        # Session 51: Indian, Malaysian and Ethiopian styles, and a lawyer's.
        ("Shri Ramesh Kumar Halsmoor", "Ramesh Kumar Halsmoor"),
        ("Smt. Lakshmi Devi", "Lakshmi Devi"),
        ("Haji Rosli Ostreva", "Rosli Ostreva"),
        ("Dato Sri Azman Pellwick", "Azman Pellwick"),
        ("Adv. Thandiwe Ostreva", "Thandiwe Ostreva"),
    ],
)
def test_a_rank_an_office_and_a_legal_form_are_set_aside(
    bench: ModuleType, label: str, intake: str
) -> None:
    assert bench.claimant_key(label) == bench.claimant_key(intake)


@pytest.mark.parametrize(
    ("label", "intake"),
    [
        # An office named for itself is a body, not a title before a person's name.
        ("the Mayor's Office", "Office"),
        ("General Foundries Research", "Foundries Research"),
        ("Oxtallow Precast Ltd", "Oxtallow"),
        # A letter alone is a name's word where no given name stands before it.
        ("J. Roe", "Roe"),
    ],
)
def test_guard_what_names_someone_else_stays_apart(
    bench: ModuleType, label: str, intake: str
) -> None:
    assert bench.claimant_key(label) != bench.claimant_key(intake)


def test_the_bench_finds_a_table_row_labelled_as_copied_from_the_page(bench: ModuleType) -> None:
    """A row a writer copied from the page ("June\\t341\\t190", cells apart by tabs or spaces)
    is the row the text writes between bars: the bench counted its figures as lost."""
    from intake.normalise import normalise

    normalised = normalise(
        "Cases by month\n\n| Month | Cases | Units |\n|---|---|---|\n| June | 341 | 190 |\n"
    )
    where = bench._locate(normalised, "June\t341\t190")
    assert where is not None
    assert normalised.text[where[0] : where[1]] == "June | 341 | 190"
    assert bench._locate(normalised, "| June | 341 | 190 |") is not None
    assert bench._locate(normalised, "June 190 341") is None


_WORDS = st.sampled_from(["Ada", "rose", "4.1%", "|", "June", "341", "the", "a", "Moor's"])
_GAPS = st.sampled_from([" ", "  ", "\t", "\n", " | ", "\u00a0", "|", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=30),
    since=st.integers(min_value=0, max_value=29),
    length=st.integers(min_value=1, max_value=8),
    gap=_GAPS,
)
def test_the_bench_finds_a_snippet_where_a_pattern_of_its_words_would(
    bench: ModuleType, words: list[tuple[str, str]], since: int, length: int, gap: str
) -> None:
    """The bench finds a label with a plain search in the text folded once (each run of spaces
    and bars one space), not a pattern compiled for each label: the same place as the pattern
    the label's words make, apart by any run of whitespace or bars, on any text."""
    from types import SimpleNamespace

    text = "".join(word + between for word, between in words)
    snippet = gap.join(word for word, _ in words[since : since + length]) or "Ada"
    pattern = r"(?:\s|\|)+".join(re.escape(word) for word in snippet.replace("|", " ").split())
    match = re.search(pattern, text)
    expected = (match.start(), match.end()) if match else None
    bench._folded.cache_clear()
    assert bench._locate(SimpleNamespace(text=text), snippet) == expected
