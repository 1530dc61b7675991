"""Finding a fact-checker's quote in a source's text, whatever whitespace the source uses."""

from hypothesis import assume, given
from hypothesis import strategies as st

from sources.quotes import fold_whitespace, locate_quote, normalize_quote, word_count


def test_exact_quote_is_found_at_its_offsets():
    text = "The mayor said crime fell by 46 per cent last year."
    match = locate_quote(text, "crime fell by 46 per cent")

    assert match is not None
    assert (match.start, match.end) == (15, 40)
    assert text[match.start : match.end] == "crime fell by 46 per cent"
    assert match.prefix == "The mayor said "
    assert match.suffix == " last year."


def test_quote_typed_with_plain_spaces_is_found_across_a_non_breaking_space():
    text = "Officials said 46\u00a0per cent fewer crimes were recorded."
    match = locate_quote(text, "46 per cent fewer crimes")

    assert match is not None
    assert text[match.start : match.end] == "46\u00a0per cent fewer crimes"


def test_quote_is_found_across_line_breaks_and_doubled_spaces_with_original_offsets():
    text = "Intro.\n\nCrime fell\n  by 46\r\nper cent\tin 2018. The end."
    match = locate_quote(text, "Crime fell by 46 per cent in 2018.")

    assert match is not None
    assert match.start == text.index("Crime")
    assert text[match.start : match.end] == "Crime fell\n  by 46\r\nper cent\tin 2018."
    assert match.suffix == " The end."


def test_quote_with_its_own_odd_whitespace_is_found_in_plain_text():
    text = "Crime fell by 46 per cent."
    match = locate_quote(text, "  Crime\u00a0fell\nby ")

    assert match is not None
    assert text[match.start : match.end] == "Crime fell by"


def test_repeated_quote_is_disambiguated_by_its_prefix():
    text = "In Leeds it rose 5 per cent. In York it rose 5 per cent."
    second = text.rindex("it rose 5 per cent")

    match = locate_quote(text, "it rose 5 per cent", prefix="In York")

    assert match is not None
    assert match.start == second
    assert text[match.start : match.end] == "it rose 5 per cent"


def test_repeated_quote_is_disambiguated_by_its_suffix():
    text = "Spending rose 5 per cent in 2019 and rose 5 per cent in 2020."
    second = text.rindex("rose 5 per cent")

    match = locate_quote(text, "rose 5 per cent", suffix="in 2020")

    assert match is not None
    assert match.start == second


def test_repeated_quote_without_context_resolves_to_the_first_occurrence():
    text = "up 5 per cent, then up 5 per cent again"
    match = locate_quote(text, "up 5 per cent")

    assert match is not None
    assert match.start == 0


def test_quote_that_is_not_in_the_text_is_not_found():
    assert locate_quote("Crime fell by 46 per cent.", "crime fell by 64 per cent") is None


def test_matching_is_case_sensitive():
    assert locate_quote("Crime fell by 46 per cent.", "CRIME FELL") is None


def test_empty_or_blank_quote_is_not_found():
    assert locate_quote("Some text.", "") is None
    assert locate_quote("Some text.", " \n\u00a0 ") is None


def test_fold_whitespace_maps_each_folded_character_to_its_original_offset():
    folded, offsets = fold_whitespace("a \u00a0\nb  c")

    assert folded == "a b c"
    assert offsets == [0, 1, 4, 5, 7]


def test_word_count_counts_words_whatever_the_whitespace():
    assert word_count("crime  fell\u00a0by\n46") == 4
    assert word_count("   ") == 0
    assert word_count("") == 0


_WORDISH = st.text(
    alphabet=st.sampled_from(list("abcXYZ.,'\u00e9 \u00a0\n\t\r")), min_size=1, max_size=80
)


@given(text=_WORDISH, data=st.data())
def test_any_substring_is_found_with_the_same_folded_content(text, data):
    start = data.draw(st.integers(min_value=0, max_value=len(text) - 1), label="start")
    end = data.draw(st.integers(min_value=start + 1, max_value=len(text)), label="end")
    quote = text[start:end]
    assume(normalize_quote(quote))

    match = locate_quote(text, quote)

    assert match is not None
    assert 0 <= match.start < match.end <= len(text)
    assert normalize_quote(text[match.start : match.end]) == normalize_quote(quote)
