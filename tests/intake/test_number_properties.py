"""Properties of reading numbers (claims.numbers, and the figure parser around it): any integer
written out in English words by a formatter of this test's own is read back; any digits grouped
by commas or spaces are read back; shares, ranges and poll pairs carry their values; and no
text, however odd, makes the parser raise or point outside the text."""

import itertools
import time
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from claims.numbers import read_digits, read_integer_words, read_number_words

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALE_NAMES = ["", "thousand", "million", "billion", "trillion"]


def _below_thousand(number: int, *, british: bool, hyphen: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(number, 100)
    if hundreds:
        words += [ONES[hundreds], "hundred"]
    if rest:
        if hundreds and british:
            words.append("and")
        if rest < 20:
            words.append(ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            if not ones:
                words.append(TENS[tens])
            elif hyphen:
                words.append(f"{TENS[tens]}-{ONES[ones]}")
            else:
                words += [TENS[tens], ONES[ones]]
    return words


def in_words(number: int, *, british: bool = False, hyphen: bool = True) -> str:
    """`number` in English words: 1205 is "one thousand two hundred five" (or, British,
    "one thousand two hundred and five")."""
    if number == 0:
        return "zero"
    groups = []
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            continue
        if british and index == 0 and group < 100 and words:
            words.append("and")  # "two thousand and five"
        words += _below_thousand(group, british=british, hyphen=hyphen)
        if SCALE_NAMES[index]:
            words.append(SCALE_NAMES[index])
    return " ".join(words)


def test_the_formatter_writes_english() -> None:
    assert in_words(23) == "twenty-three"
    assert in_words(1205, british=True) == "one thousand two hundred and five"
    assert in_words(2005, british=True) == "two thousand and five"
    assert in_words(3_000_040, hyphen=False) == "three million forty"
    assert in_words(10**12) == "one trillion"


integers = st.integers(min_value=0, max_value=10**15 - 1)
styles = st.fixed_dictionaries({"british": st.booleans(), "hyphen": st.booleans()})


@given(number=integers, style=styles)
def test_any_integer_in_words_reads_back(number: int, style: dict[str, bool]) -> None:
    assert read_integer_words(in_words(number, **style)) == number


@given(number=st.integers(min_value=2, max_value=10**15 - 1), style=styles)
def test_any_count_in_words_is_one_figure_covering_its_words(
    number: int, style: dict[str, bool]
) -> None:
    words = in_words(number, **style)
    text = f"Officials counted {words} ballots by hand."
    figures = find_figures(text)
    assert [(figure.value, figure.unit, figure.as_written) for figure in figures] == [
        (Decimal(number), "count", words)
    ]


@given(
    number=st.integers(min_value=0, max_value=999_999),
    digits=st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=4),
)
def test_decimals_in_words_read_back(number: int, digits: list[int]) -> None:
    phrase = f"{in_words(number)} point {' '.join(ONES[digit] for digit in digits)}"
    expected = Decimal(f"{number}.{''.join(map(str, digits))}")
    assert read_number_words(phrase) == expected


@given(
    number=st.integers(min_value=1, max_value=99),
    scale=st.sampled_from(["thousand", "million", "billion"]),
    hyphened=st.booleans(),
)
def test_and_a_half_is_half_of_what_the_number_counts_in(
    number: int, scale: str, hyphened: bool
) -> None:
    """ "one-and-a-half million" was read as "million" (the hyphens kept "and a half" apart),
    and "a million and a half" as 1,000,000.5: the half is of the scale."""
    joined = "-and-a-half" if hyphened else " and a half"
    size = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[scale]
    for words, value in (
        (f"{in_words(number)}{joined} {scale}", (Decimal(number) + Decimal("0.5")) * size),
        (f"a {scale} and a half", Decimal(size) * Decimal("1.5")),
    ):
        figures = find_figures(f"Officials counted {words} ballots by hand.")
        assert [(figure.value, figure.as_written) for figure in figures] == [(value, words)]


@given(
    number=st.integers(min_value=1, max_value=99),
    scale=st.sampled_from(["thousand", "million", "billion"]),
    part=st.sampled_from([("a half", "0.5"), ("a quarter", "0.25"), ("three quarters", "0.75")]),
    joiner=st.sampled_from(["-", "\u2010", "\u2011"]),
)
def test_and_a_part_is_that_part_of_what_the_number_counts_in(
    number: int, scale: str, part: tuple[str, str], joiner: str
) -> None:
    """ "three and a quarter million" was read as 3 and 1,000,000 (session 56); a part joined by
    any hyphen the reader takes ("one\u2010and\u2010a\u2010quarter") had raised a KeyError."""
    words, share = part
    joined = joiner.join([in_words(number).replace(" ", joiner), "and", *words.split()])
    written = f"{joined} {scale}"
    size = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[scale]
    figures = find_figures(f"Officials counted {written} ballots by hand.")
    expected = (Decimal(number) + Decimal(share)) * size
    assert [(figure.value, figure.as_written) for figure in figures] == [(expected, written)]


SOUTH_ASIAN_SCALES = {"lakh": 10**5, "crore": 10**7, "lakh crore": 10**12}


@given(
    number=st.integers(min_value=1, max_value=999),
    scale=st.sampled_from(sorted(SOUTH_ASIAN_SCALES)),
    plural=st.booleans(),
    style=styles,
)
def test_a_number_in_words_before_a_lakh_or_a_crore_is_scaled_by_it(
    number: int, scale: str, plural: bool, style: dict[str, bool]
) -> None:
    """ "nearly two lakh posts", "three crore households": the scale ends the number in words,
    as it does digits ("2 lakh"); the figure was "two" and the scale dropped."""
    words = f"{in_words(number, **style)} {scale}{'s' if plural else ''}"
    figures = find_figures(f"Officials counted {words} ballots by hand.")
    assert [(figure.value, figure.as_written) for figure in figures] == [
        (Decimal(number * SOUTH_ASIAN_SCALES[scale]), words)
    ]


GROUP_SEPARATORS = [",", " ", "\u00a0", "\u2009", "\u202f"]


def grouped(number: int, separator: str) -> str:
    return f"{number:,}".replace(",", separator)


@given(
    number=st.integers(min_value=0, max_value=10**17),
    separator=st.sampled_from(GROUP_SEPARATORS),
    decimals=st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,3}", fullmatch=True)),
)
def test_any_grouped_digits_read_back(number: int, separator: str, decimals: str) -> None:
    written = grouped(number, separator) + decimals
    assert read_digits(written) == Decimal(f"{number}{decimals}")
    figures = find_figures(f"The fund holds {written} dollars.")
    assert [(figure.value, figure.currency, figure.as_written) for figure in figures] == [
        (Decimal(f"{number}{decimals}"), "USD", f"{written} dollars")
    ]


@given(
    numerator=st.integers(min_value=1, max_value=100),
    denominator=st.integers(min_value=2, max_value=100),
    numerator_in_words=st.booleans(),
    denominator_in_words=st.booleans(),
)
def test_a_share_is_its_percentage(
    numerator: int, denominator: int, numerator_in_words: bool, denominator_in_words: bool
) -> None:
    if numerator > denominator:
        numerator, denominator = denominator, numerator
    if numerator == denominator == 1:
        return
    first = in_words(numerator) if numerator_in_words else str(numerator)
    second = in_words(denominator) if denominator_in_words else str(denominator)
    figures = find_figures(f"The study found {first} in {second} adults were affected.")
    expected = (Decimal(100) * numerator / denominator).quantize(Decimal("0.01"))
    assert [(figure.value, figure.unit) for figure in figures] == [(expected, "percent")]


@given(
    low=st.integers(min_value=0, max_value=99),
    high=st.integers(min_value=1, max_value=100),
    form=st.sampled_from(["between {} and {} percent", "{}-{}%", "{} to {} percent"]),
)
def test_a_range_is_a_floor_and_a_ceiling(low: int, high: int, form: str) -> None:
    if low >= high:
        low, high = high - 1, low + 1
    figures = find_figures(f"Economists expect {form.format(low, high)} growth.")
    assert [(figure.value, figure.unit, figure.qualifier) for figure in figures] == [
        (Decimal(low), "percent", "at_least"),
        (Decimal(high), "percent", "up_to"),
    ]


@given(
    leader=st.integers(min_value=1, max_value=100),
    trailer=st.integers(min_value=0, max_value=100),
    dash=st.sampled_from(["-", "\u2013"]),
)
def test_a_poll_pair_is_two_figures_as_written(leader: int, trailer: int, dash: str) -> None:
    if trailer > leader:
        leader, trailer = trailer, leader
    figures = find_figures(f"The incumbent leads {leader}{dash}{trailer} percent.")
    assert [(figure.value, figure.unit, figure.qualifier) for figure in figures] == [
        (Decimal(leader), "percent", "exact"),
        (Decimal(trailer), "percent", "exact"),
    ]


NUMBERISH = [
    *ONES,
    *TENS[2:],
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "a",
    "and",
    "half",
    "third",
    "quarter",
    "of",
    "in",
    "out",
    "to",
    "between",
    "from",
    "point",
    "points",
    "percent",
    "per",
    "cent",
    "%",
    "$",
    "€",
    "£",
    "bn",
    "m",
    "k",
    "-",
    "\u2013",
    ",",
    ".",
    ":",
    "/",
    "+",
    "(",
    ")",
    "0",
    "7",
    "12",
    "345",
    "2019",
    "1,000",
    "3.5",
    "nearly",
    "more than",
    "at least",
    "No.",
    "page",
    "past",
    "o'clock",
    "Formula",
    "One",
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(NUMBERISH), st.sampled_from(["", " ", "  ", "\u00a0", "-", "\n"])
        ),
        max_size=40,
    )
)
def test_number_heavy_text_gives_figures_that_point_at_themselves(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(word + gap for word, gap in pieces)
    _assert_well_formed(text, find_figures(text))


@given(st.text(max_size=300))
def test_any_text_gives_figures_that_point_at_themselves(text: str) -> None:
    _assert_well_formed(text, find_figures(text))


def _assert_well_formed(text: str, figures: list) -> None:  # type: ignore[type-arg]
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.as_written
        assert figure.value >= 0
    spans = [(figure.start, figure.end) for figure in figures]
    assert all(first[1] <= second[0] for first, second in itertools.pairwise(spans))


def test_a_long_run_of_number_words_is_read_in_about_linear_time() -> None:
    """Measured at well under 0.3 s each; an unbounded pattern retried from every word of the
    run took 10 s for the first."""
    for run in (
        "one " * 3000,
        "twenty " * 3000,
        "nine hundred ninety-nine " * 1000,
        "one in " * 2000,
    ):
        started = time.perf_counter()
        find_figures(run)
        assert time.perf_counter() - started < 3, run[:30]
