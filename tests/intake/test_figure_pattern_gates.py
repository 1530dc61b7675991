"""`find_figures` runs each of its patterns only over a text that holds what the pattern cannot
match without (a digit, or one of its words: claims.figures_parser._NEEDS). That is a speed
measure only: the figures found must be those the patterns find when every one is run."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims import figures_parser
from claims.figures_parser import find_figures

# Words and shapes every pattern reads, and words around them, so that generated texts reach
# each pattern with and without what it needs.
_PIECES = [
    "1",
    "12",
    "3,400",
    "4.5%",
    "£2.6m",
    "48-41",
    "2:21:07",
    "1 hour 12 minutes",
    "4h 12m",
    "one in four",
    "3 out of 10",
    "half",
    "half a grade lower",
    "a third",
    "two-thirds",
    "three quarters",
    "a fifth",
    "an eighth",
    "half a million",
    "a quarter of a billion",
    "several thousand",
    "a few hundred",
    "a couple of million",
    "dozens of",
    "tens of thousands of",
    "millions of",
    "twice the",
    "twice as many",
    "thrice",
    "double the",
    "roughly triple their",
    "treble",
    "more than doubled",
    "nearly tripling",
    "has doubled",
    "have now quadrupled",
    "a quarter of a percentage point",
    "half a point",
    "two dozen",
    "half a dozen",
    "fivefold",
    "2.5x",
    "a 12-fold",
    "one nurse for every eight patients",
    "a point and a half",
    "in a time of",
    "–",
    "HALF",
    "Twice",
    "of",
    "the",
    "rate",
    "people",
    "said",
    "is",
    "were",
    "a",
    ",",
    ".",
    "\n",
]


def _all_patterns_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures_parser, "_NEEDS", {})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
@example(["rents", "have", "more than doubled", "to", "half a million"])
@example(["Millions", "of", "people", "were", "twice the", "rate"])
def test_figure_patterns_gated_find_what_they_found_ungated(pieces: list[str]) -> None:
    """The figures of a text, with the gates and with every pattern run over every text."""
    text = " ".join(pieces)
    gated = find_figures(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _all_patterns_run(monkeypatch)
        ungated = find_figures(text)
    assert gated == ungated


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose by half a point.",
        "Rents have more than doubled since 2014.",
        "Dozens of families were moved.",
        "About a third of staff left.",
        "Several thousand homes lost power.",
        "It costs twice the national rate.",
        "Revenue rose 4.5% to £2.6m.",
    ],
)
def test_each_gate_lets_its_own_figures_through(sentence: str) -> None:
    """A sentence with a figure of each gated kind finds it, as it does with every pattern run."""
    gated = find_figures(sentence)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _all_patterns_run(monkeypatch)
        assert find_figures(sentence) == gated
    assert gated
