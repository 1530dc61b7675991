"""Reading one number as English writes it: in words ("twenty-three", "a hundred and fifty",
"four and a half million", "two point five billion") and in grouped digits ("1,234,567",
"12 345 678" with plain, no-break or thin spaces).

The English number grammar is text2num's (`text2num(phrase, "en")`, which refuses what is not
one number); this module finds where a phrase of number words starts and ends, and what
text2num does not read itself: "a" for one, "and a half", "point" decimals and trillions.
Whether a number is a figure (a count, a percentage, money) is the figure parser's business.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num  # type: ignore[import-untyped]  # ships no type information

UNITS = [
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
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALE_WORDS: dict[str, int] = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
DIGIT_WORDS = {word: index for index, word in enumerate(UNITS[:10])}

# Spaces that group thousands: plain, no-break, thin and narrow no-break.
GROUP_SPACES = " \u00a0\u2009\u202f"
_HYPHENS = "\\-\u2010\u2011"  # for a character class

_TENS = "|".join(TENS)
_ONE_TO_NINE = "|".join(UNITS[1:10])
_WORD = (
    rf"(?:(?:{_TENS})(?:[{_HYPHENS}](?:{_ONE_TO_NINE}))?"
    rf"|{'|'.join(sorted(UNITS, key=len, reverse=True))}"
    rf"|{'|'.join(SCALE_WORDS)})"
)
_SCALE = "|".join(word for word in SCALE_WORDS if word != "hundred")
# South Asia's scales, written after a number in words as after digits ("two lakh", "three
# crore", "five lakh crore"); text2num knows none of them, so they end the number, never stand
# inside one.
_SOUTH_ASIAN_SCALES = {"lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}
_TRAILING_SCALE = rf"{_SCALE}|lakhs?(?:\s+crores?)?|crores?"
_INTEGER_WORDS = (
    rf"(?:an?\s+(?=(?:hundred|{_SCALE})\b))?{_WORD}(?:(?:\s+and\s+|\s+|[{_HYPHENS}]){_WORD})*"
)
INTEGER_WORDS_PATTERN = _INTEGER_WORDS
# At most a few words ("nine hundred and ninety-nine"), for a number inside a longer pattern,
# where an unbounded run would be tried again from every word of a long one.
SHORT_INTEGER_WORDS_PATTERN = (
    rf"(?:an?\s+(?=hundred\b))?{_WORD}(?:(?:\s+and\s+|\s+|[{_HYPHENS}]){_WORD}){{0,5}}"
)
# One number in words: an integer, then "point" and digits or "and a half", then a scale.
NUMBER_WORDS_PATTERN = (
    rf"(?P<integer>{_INTEGER_WORDS})"
    rf"(?:\s+point(?P<decimals>(?:\s+(?:{'|'.join(DIGIT_WORDS)}))+)"
    # "and a half", hyphened or not ("one-and-a-half million"); "and a quarter", "and three
    # quarters" (session 56).
    rf"|[\s{_HYPHENS}]+and[\s{_HYPHENS}]+(?P<half>a[\s{_HYPHENS}]+(?:half|quarter)|"
    rf"three[\s{_HYPHENS}]+quarters))?"
    rf"(?:\s+(?P<scale>{_TRAILING_SCALE}))?"
)
NUMBER_WORDS = re.compile(rf"(?<![\w{_HYPHENS}]){NUMBER_WORDS_PATTERN}(?!\w)", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s\-\u2010\u2011]+")

# Digits, grouped by commas or by spaces in threes ("12 345 678"), with decimals; never a
# group of four after a space, so that "020 7946 0958" is not read as one number.
# A whole number may end in a vulgar fraction ("2½ years", "a 3¼% rise"), a space between
# them too ("6 ½ minutes", session 54).
_VULGAR_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
DIGITS_PATTERN = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}})+(?!\d)(?:\.\d+)?"
    rf"|\d+(?:\.\d+|[{GROUP_SPACES}]?[{''.join(_VULGAR_FRACTIONS)}])?"
)
DIGITS = re.compile(rf"^(?:{DIGITS_PATTERN})$")

# text2num reads up to the billions; the longest English integer below a thousand trillion
# is far shorter than this many words.
_MAX_WORDS = 40


@dataclass(frozen=True)
class NumberInWords:
    """One number written in words: where, its value, and the scale word it ends with."""

    start: int
    end: int
    value: Decimal
    scale: int = 1


def read_digits(written: str) -> Decimal | None:
    """The value of digits as written, grouping removed: "12 345 678" is 12345678. None when
    `written` is not one grouped or plain number."""
    if not DIGITS.match(written):
        return None
    if written[-1] in _VULGAR_FRACTIONS:
        return Decimal(written[:-1].rstrip(GROUP_SPACES)) + _VULGAR_FRACTIONS[written[-1]]
    plain = written.replace(",", "")
    for space in GROUP_SPACES:
        plain = plain.replace(space, "")
    try:
        return Decimal(plain)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        return None


# A scale's tenths joined to it in speech ("a billion-five", "a million-two"), session 56.
_SPOKEN_TENTHS = re.compile(
    rf"(?:an?|one)\s+(?P<scale>million|billion|trillion)[{_HYPHENS}]"
    r"(?P<tenths>one|two|three|four|five|six|seven|eight|nine)"
)


def read_integer_words(phrase: str) -> int | None:
    """The integer `phrase` says in English words ("twenty-three" is 23, "a hundred and five"
    is 105), or None when it is not one number."""
    spoken = _SPOKEN_TENTHS.fullmatch(phrase.strip().lower())
    if spoken is not None:
        # "a billion-five" is a billion and five tenths of one, as speech says 1.5 billion.
        scale = SCALE_WORDS[spoken.group("scale")]
        return scale + UNITS.index(spoken.group("tenths")) * scale // 10
    words = " ".join(re.sub(rf"[{_HYPHENS}]", " ", phrase).lower().split())
    if not words:
        return None
    words = re.sub(r"^an?\b", "one", words)
    if "trillion" in words:
        high, _, low = words.partition("trillion")
        high_value = _text2num(high.strip())
        low_value = _text2num(low.strip().removeprefix("and ")) if low.strip() else 0
        if high_value is None or low_value is None or not 0 < high_value < 1000:
            return None
        return high_value * 10**12 + low_value
    return _text2num(words)


def _text2num(words: str) -> int | None:
    if not words or len(words.split()) > _MAX_WORDS:
        return None
    try:
        value = text2num(words, "en")
    except ValueError:
        return None
    return int(value)


def read_number_words(phrase: str) -> Decimal | None:
    """The value of one number in words, decimals and scale included: "two point five million"
    is 2500000, "four and a half billion" 4500000000."""
    match = NUMBER_WORDS.fullmatch(phrase.strip())
    if match is None:
        return None
    return _value(match)


_PARTS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.75")}


def _value(match: re.Match[str]) -> Decimal | None:
    integer = read_integer_words(match.group("integer"))
    if integer is None:
        return None
    value = Decimal(integer)
    if match.group("decimals"):
        digits = "".join(str(DIGIT_WORDS[word.lower()]) for word in match.group("decimals").split())
        value += Decimal(f"0.{digits}")
    elif match.group("half"):
        # Half of what the integer counts in: "a million and a half" is 1,500,000, "four and a
        # half million" 4,500,000 (the scale after multiplies both); so for a quarter.
        part = _PARTS[re.split(rf"[\s{_HYPHENS}]+", match.group("half").lower())[-1]]
        last = match.group("integer").split()[-1].lower()
        value += Decimal(SCALE_WORDS.get(last, 1)) * part if not match.group("scale") else part
    if match.group("scale"):
        value *= _scale_value(match.group("scale"))
    return value.to_integral_value() if value == value.to_integral_value() else value


def _scale_value(written: str) -> int:
    """What a scale after a number multiplies it by: "million", "lakh", "lakh crore" (a lakh
    of crores)."""
    value = 1
    for word in written.lower().split():
        value *= SCALE_WORDS.get(word) or _SOUTH_ASIAN_SCALES[word]
    return value


def find_number_words(text: str) -> list[NumberInWords]:
    """Every number written in words in `text`, in order. A run of words that is not one number
    ("five and six", "nineteen eighty-four") is read as the longest numbers it starts with."""
    found: list[NumberInWords] = []
    for match in NUMBER_WORDS.finditer(text):
        whole = _value(match)
        if whole is not None:
            found.append(NumberInWords(match.start(), match.end(), whole, _scale_of(match)))
            continue
        found.extend(_split(text, match.start(), match.end()))
    return found


def _scale_of(match: re.Match[str]) -> int:
    if match.group("scale"):
        return _scale_value(match.group("scale"))
    last = match.group("integer").split()[-1].lower()
    return SCALE_WORDS.get(last, 1) if last != "hundred" else 1


def _split(text: str, start: int, end: int) -> list[NumberInWords]:
    """The numbers a run of number words holds, longest first from the left."""
    tokens = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(text[start:end])]
    found: list[NumberInWords] = []
    for segment in _segments(text, tokens):
        index = 0
        while index < len(segment):
            for last in range(len(segment) - 1, index - 1, -1):
                phrase = text[segment[index][0] : segment[last][1]]
                match = NUMBER_WORDS.fullmatch(phrase)
                value = _value(match) if match else None
                if match is not None and value is not None:
                    found.append(
                        NumberInWords(segment[index][0], segment[last][1], value, _scale_of(match))
                    )
                    index = last + 1
                    break
            else:
                index += 1
    return found


_SMALL = frozenset(UNITS)
_TENS_SET = frozenset(TENS)


def _segments(text: str, tokens: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """`tokens` cut where two words cannot stand together in one number ("one one",
    "nineteen eighty", "twenty twenty"), each piece at most _MAX_WORDS long."""
    segments: list[list[tuple[int, int]]] = [[]]
    previous = ""
    for token in tokens:
        word = text[token[0] : token[1]].lower()
        apart = (previous in _SMALL and (word in _SMALL or word in _TENS_SET)) or (
            previous in _TENS_SET
            and (
                word in _TENS_SET
                or word in ("zero", "ten")
                or (word in _SMALL and UNITS.index(word) > 9)
            )
        )
        if apart or len(segments[-1]) >= _MAX_WORDS:
            segments.append([])
        if not (word == "and" and not segments[-1]):
            segments[-1].append(token)
        previous = word
    return [segment for segment in segments if segment]
