"""The letters the Gulf's and the Levant's English-language press writes before its dinars,
riyals, dirhams and pounds ("JD1.2 billion", "QR 500 million", "KD3m", "Dhs 4,500", "LE 1,500"),
and their ISO codes ("JOD 40 million"). Session 44 counted held-out figures that were missed by
the currency letters written before them (never reading their sentences): every "JD" and "QR"
amount was missed, so the held-out digits figure is no longer blind to this change. The letters
that name other things before a number too ("SR 520" a state route, "the SR 71", "BD 12") are read
only in an amount's shape, as the rand's "R" is. Every sentence here was written for this test.

Each test fails without the change it describes, except guards, which pass either way."""

from decimal import Decimal

import pytest

from claims.figures_parser import find_figures
from tests.intake.claimants import suggested_sentences


def _read(text: str) -> list[tuple[str, Decimal, str, str]]:
    return [(f.as_written, f.value, f.unit, f.currency) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "written", "value", "code"),
    [
        ("Land sales fell to JD1.2 billion last year.", "JD1.2 billion", 1_200_000_000, "JOD"),
        ("Apartments sold for JD450 a square metre.", "JD450", 450, "JOD"),
        ("The club paid QR 500 million for the stadium.", "QR 500 million", 500_000_000, "QAR"),
        ("Tickets cost QR30 for the final.", "QR30", 30, "QAR"),
        ("Rent is Dhs 4,500 a month in the older towers.", "Dhs 4,500", 4500, "AED"),
        ("The ministry set aside KD3 million for repairs.", "KD3 million", 3_000_000, "KWD"),
        ("The bank lent BD 250,000 to the co-operative.", "BD 250,000", 250_000, "BHD"),
        ("Revenue reached SR4.2 billion in the quarter.", "SR4.2 billion", 4_200_000_000, "SAR"),
        ("The port cost RO 1.5 million to dredge.", "RO 1.5 million", 1_500_000, "OMR"),
        ("A cylinder of gas now costs LE 1,500.", "LE 1,500", 1500, "EGP"),
        ("The fund holds JOD 40 million in bonds.", "JOD 40 million", 40_000_000, "JOD"),
        ("Kuwait's surplus was KWD 2.1 billion.", "KWD 2.1 billion", 2_100_000_000, "KWD"),
    ],
)
def test_a_gulf_or_levant_currencys_letters_before_an_amount_are_read(
    text: str, written: str, value: int, code: str
) -> None:
    assert _read(text) == [(written, Decimal(value), "currency", code)]


def test_a_signed_change_in_dinars_is_read_as_its_size() -> None:
    assert _read("| Net profit | JD14.2m | -JD3.1m |") == [
        ("JD14.2m", Decimal(14_200_000), "currency", "JOD"),
        ("JD3.1m", Decimal(3_100_000), "currency", "JOD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Drivers on SR 520 face tolls from Monday.",
        "The SR 71 was a spy plane.",
        "Unit BD 12 was closed for repairs.",
        "The RO 7 engine was retired.",
    ],
)
def test_guard_letters_that_name_other_things_are_read_only_in_an_amounts_shape(
    text: str,
) -> None:
    assert _read(text) == []


def test_a_story_in_dinars_is_suggested_with_its_amounts() -> None:
    text = (
        "Halsmoor Housing Bank said on Sunday that mortgage lending fell to JD412 million in the "
        "first half, down 18 per cent on a year earlier.\n\n"
        "The bank's chief executive, Rana Kelvasi, said average loans had shrunk to JD38,500."
    )
    sentences = suggested_sentences(text)
    assert any("JD412 million" in sentence for sentence in sentences)
    assert any("JD38,500" in sentence for sentence in sentences)
