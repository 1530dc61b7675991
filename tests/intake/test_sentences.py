"""Sentences are found by pysbd, wrapped: abbreviations, initials, decimals and quotations end
no sentence, a fragment the page left is no sentence, and the pieces are the text itself."""

import itertools
import re
from typing import Any

import pysbd  # type: ignore[import-untyped]
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from intake.extract import _ONE_PIECE, _SEGMENTER, _pieces, segment, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. economy grew 2.3 percent. Dr. Lena Osei spoke at 3 p.m. on Monday.",
            ["The U.S. economy grew 2.3 percent.", "Dr. Lena Osei spoke at 3 p.m. on Monday."],
        ),
        (
            "No. 10 on the list, Cresthaven saw rents rise 7.4 percent. Others fell.",
            ["No. 10 on the list, Cresthaven saw rents rise 7.4 percent.", "Others fell."],
        ),
        (
            "“We had 380 fewer break-ins,” said Sheriff Maria Ortega. She was pleased.",
            ["“We had 380 fewer break-ins,” said Sheriff Maria Ortega.", "She was pleased."],
        ),
        (
            "Turnout rose to 61.2 per cent. (It was 58 per cent in 2019.) Officials were pleased!",
            [
                "Turnout rose to 61.2 per cent.",
                "(It was 58 per cent in 2019.)",
                "Officials were pleased!",
            ],
        ),
    ],
)
def test_abbreviations_decimals_and_quotes_end_no_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_lone_number_left_by_the_page_is_no_sentence() -> None:
    text = "Martins celebrates his second goal.\n18.\nRovers are one of 4 clubs to do it."
    assert _sentences(text) == [
        "Martins celebrates his second goal.",
        "Rovers are one of 4 clubs to do it.",
    ]


def test_a_line_is_a_paragraph_and_no_sentence_runs_over_it() -> None:
    text = "Prices rose 3 percent\nWages rose 2 percent."
    assert _sentences(text) == ["Prices rose 3 percent", "Wages rose 2 percent."]


_WORDS = st.sampled_from(
    [
        "The",
        "council",
        "said",
        "U.S.",
        "Dr.",
        "No.",
        "p.m.",
        "rose",
        "“quoted”",
        "(aside)",
        "percent",
        "Mr.",
        "e.g.",
        "it.",
        "fell!",
        "why?",
        "Ortega",
    ]
)
_NUMBERS = st.one_of(
    st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False).map(str),
    st.integers(min_value=1000, max_value=10**9).map(lambda number: f"{number:,}"),
    st.integers(min_value=0, max_value=999).map(lambda number: f"${number}.5m"),
)
_TEXTS = st.lists(
    st.lists(st.one_of(_WORDS, _NUMBERS), min_size=1, max_size=25).map(" ".join),
    min_size=1,
    max_size=4,
).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
@example("Mr.\nThe")  # a title's stop at a line's end, found once by this test
def test_the_pieces_are_the_text_less_its_whitespace(text: str) -> None:
    pieces = segment(text)
    joined = "".join(text[start:end] for start, end in pieces)
    assert "".join(joined.split()) == "".join(text.split())
    assert all(start < end for start, end in pieces)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(pieces))


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_no_sentence_ends_inside_a_number(text: str) -> None:
    for start, end in segment(text):
        if end < len(text):
            assert not (text[end - 1].isdigit() and text[end].isdigit())
            assert not re.match(r"[.,]\d", text[end - 1 : end + 1])
        assert not (start > 0 and text[start - 1] in ".," and text[start].isdigit())


def _spans(found: list[Any]) -> list[tuple[str, int, int]]:
    return [(span.sent, span.start, span.end) for span in found]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        _TEXTS,
        # repeats, runs of whitespace of every kind, stops and quotes: where a sentence occurs
        # more than once, or ends where the next begins, placing it is the hard part
        st.lists(
            st.sampled_from(["Yes.", "No.", "Yes. ", " ", "\t", "\u00a0", "\u2009", "a", "“", "!"]),
            max_size=30,
        ).map("".join),
        st.text(max_size=80),
    )
)
@example("Yes. Yes. Yes.")
@example("It rose. It rose.\u00a0 It rose.")
def test_sentences_are_placed_in_the_text_as_pysbd_places_them(text: str) -> None:
    """The segmenter places pysbd's sentences with str.find, for speed; where pysbd compiles a
    pattern of each: the same spans on any text, repeats and odd whitespace included."""
    ours = _SEGMENTER
    theirs = pysbd.Segmenter(language="en", clean=False)
    theirs.original_text = ours.original_text = text
    sentences = ours.processor(text).process() if text else []
    assert _spans(ours.sentences_with_char_spans(sentences)) == _spans(
        pysbd.Segmenter.sentences_with_char_spans(theirs, sentences)
    )
    assert [piece for piece in ours.segment(text)] == theirs.segment(text)


# A line that `_ONE_PIECE` takes for one sentence: words, numbers, quotes, brackets, dashes,
# bars, colons, list marks and any characters at all, with at most one stop, at its end.
_NO_STOP = st.text(
    alphabet=st.characters(blacklist_characters=".!?…\n", blacklist_categories=["Cs"]),
    max_size=60,
)
_ONE_PIECE_LINES = st.one_of(
    st.tuples(
        st.lists(
            st.one_of(
                _NO_STOP,
                st.sampled_from(
                    ["a)", "b)", "1)", "ii)", "•", "-", "–", "|", ":", ";", "“", "”", "(", ")"]
                ),
                st.sampled_from(["Mr", "Dr", "No", "U", "S", "e", "g", "Jan", "St", "Inc"]),
                _NUMBERS.map(lambda number: number.replace(".", "")),
            ),
            max_size=12,
        ).map(" ".join),
        st.sampled_from(["", ".", "!", "?", "…", ". ", "  "]),
    ).map("".join),
    _NO_STOP,
)


@settings(max_examples=300, deadline=None)
@given(_ONE_PIECE_LINES)
@example("a) first b) second c) third")
@example("1) Rents 2) Wages 3) Prices")
# Session 53: hypothesis found that pysbd parts a line after a quotation that opens it.
@example("“ ” A.")
def test_a_line_read_as_one_sentence_is_what_pysbd_returns(line: str) -> None:
    """`_pieces` does not ask pysbd where a line has no stop before its end: pysbd would
    return the line whole there, lists, quotes and odd characters included."""
    if _ONE_PIECE.fullmatch(line) and line.strip():
        assert _pieces(line) == [line]
        assert [piece.strip() for piece in _SEGMENTER.segment(line) if piece.strip()] == [
            line.strip()
        ]
