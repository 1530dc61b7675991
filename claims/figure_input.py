"""A figure typed as an article writes it ("$240 million", "4.5bn", "46%", "over 1bn", "nearly
half a million"), read into a Figure's fields by the one figure reader (`claims.figures_parser`),
or refused with a message a person can act on. The admin and the API call `read_figure`; it
stores nothing."""

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

from claims import figures_parser
from claims.figures_format import digits
from claims.models import Qualifier, Unit, figure_display
from sources.models import DatePrecision

MAX_LENGTH: Final = 200  # Figure.as_written

# A sign typed in front of the number ("-3.5%", "more than -$2 billion", "minus 2 points"): the
# parser reads magnitudes in running text, where a dash before a number is a range or a
# compound, never a sign.
_SIGN: Final = re.compile(
    rf"^(?P<qualifier>(?:{'|'.join(map(re.escape, figures_parser.QUALIFIERS))})\s+)?"
    r"(?:[-\u2212\u2013]\s*|minus\s+)(?=\S)",
    re.IGNORECASE,
)
EXAMPLES: Final = "$240 million, 46%, at least 52"


@dataclass(frozen=True)
class FigureReading:
    """What a typed figure says, as a Figure's fields."""

    value: Decimal
    unit: str
    currency: str
    qualifier: str
    as_written: str

    def fields(self) -> dict[str, Any]:
        """The Figure fields the reading fills (a number figure has no date)."""
        return {
            "value": self.value,
            "unit": self.unit,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "as_written": self.as_written,
            "date_value": None,
            "date_value_precision": DatePrecision.UNKNOWN,
        }

    @property
    def display(self) -> str:
        """The reading as every page shows a figure: "more than $4.5 billion"."""
        return figure_display(
            unit=self.unit,
            value=self.value,
            qualifier=self.qualifier,
            currency=self.currency,
            date_value=None,
            date_value_precision=DatePrecision.UNKNOWN,
        )

    @property
    def summary(self) -> str:
        """What was understood, at full scale: "$240 million — 240,000,000 USD, exactly"."""
        if self.unit == Unit.CURRENCY:
            amount = f"{digits(self.value)} {self.currency}"
        elif self.unit == Unit.COUNT:
            amount = f"{digits(self.value)} (a count)"
        else:
            amount = f"{digits(self.value)} {Unit(self.unit).label}"
        return f"{self.display} — {amount}, {Qualifier(self.qualifier).label}"


@dataclass(frozen=True)
class FigureInputError:
    """Why a typed text is not one figure, said to the person who typed it."""

    message: str


def read_figure(text: str) -> FigureReading | FigureInputError:
    """The one figure `text` writes, or why it cannot be read as one."""
    written = " ".join(text.split())
    if not written:
        return FigureInputError(f"Type the figure as an article writes it, e.g. {EXAMPLES}.")
    if len(written) > MAX_LENGTH:
        return FigureInputError(
            f"Write the figure alone, in at most {MAX_LENGTH} characters, e.g. {EXAMPLES}."
        )
    sign = _SIGN.match(written)
    body = (sign.group("qualifier") or "") + written[sign.end() :] if sign else written
    figures = figures_parser.find_figures(body)
    if not figures:
        return FigureInputError(
            f"No figure in “{written}”: write it as you would in an article, e.g. {EXAMPLES}."
        )
    if len(figures) > 1:
        numbers = " and ".join(figure.as_written.strip() for figure in figures[:2])
        count = "two figures" if len(figures) == 2 else f"{len(figures)} figures"
        return FigureInputError(f"“{written}” holds {count} ({numbers}): give one.")
    figure = figures[0]
    if figure.kind == "vague":
        return FigureInputError(
            f"“{written}” says how many only vaguely: give the number, e.g. at least 2 million."
        )
    # The parser writes Figure's own values (tests/test_figure_input.py holds it to them).
    qualifier = Qualifier(figure.qualifier)
    return FigureReading(
        value=-figure.value if sign else figure.value,
        unit=Unit(figure.unit),
        currency=figure.currency,
        qualifier=qualifier,
        as_written=written,
    )
