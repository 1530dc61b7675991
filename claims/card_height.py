"""How tall a card is at a given width, worked out without a browser: the plain iframe that editors
paste (and that oEmbed returns) runs no script on the host's page, so its height must be right
before anything loads, and stay right when a correction or a retraction later adds to the card.

The card's stylesheet (templates/claims/card.css) gives every text a font size and a line height
in pixels, so a card's height is its lines times their heights plus fixed paddings and margins;
the numbers below are that stylesheet's, and tests/pages/test_card_fit.py holds them to what
Chromium draws. Widths are over-estimated from DejaVu Sans Bold, the widest of the fonts that
`system-ui` resolves to on common systems, and a line is broken only at spaces: a line here
holds no more words than the same line in any browser."""

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# -- text ---------------------------------------------------------------------------------------

# Advance widths in em of DejaVu Sans Bold, rounded up by class; a regular glyph is at most
# _REGULAR of its bold width.
_EM = {
    char: em
    for chars, em in (
        (" '", 0.35),
        (",.:;ijl/\\|IJ", 0.40),
        ("-f!()[]", 0.46),
        ('tr_`"*', 0.53),
        ("?zcs", 0.60),
        ("xvykaeo$0123456789", 0.70),
        ("hnu{}bdgpq", 0.72),
        ("YZPCBRXAVKLTEFS", 0.78),
        ("UGDHNOQ", 0.85),
        ("&w#+<=>^~", 0.93),
        ("MW@%m", 1.11),
    )
    for char in chars
}
_ASCII_EM = 0.85
_REGULAR = 0.93


def _em(char: str) -> float:
    if char in _EM:
        return _EM[char]
    if char < "\x80":
        return _ASCII_EM
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    category = unicodedata.category(char)
    if category.startswith("M") or category == "Cf":
        return 0.0  # combining marks and invisible format characters take no room of their own
    if category.startswith("L"):
        return 0.8
    return 1.0  # dashes, ellipses, quotation marks, currency and other symbols


@dataclass(frozen=True)
class Font:
    size: float
    line: float
    bold: bool = False
    caps: bool = False
    tracking: float = 0.0  # letter spacing, in em


def _char_widths(parts: Sequence[tuple[str, Font]]) -> list[tuple[str, float]]:
    widths = []
    for text, font in parts:
        scale = font.size * (1.0 if font.bold else _REGULAR)
        for char in text.upper() if font.caps else text:
            widths.append((char, _em(char) * scale + font.tracking * font.size))
    return widths


def line_count(parts: Sequence[tuple[str, Font]], width: float) -> int:
    """Lines that the runs of text `parts` fill in a box `width` pixels wide, breaking at spaces
    and, for a word longer than a line, anywhere in it (the card sets overflow-wrap: anywhere)."""
    width = max(width, 1.0)  # an absurd maxwidth from an oEmbed consumer gets an absurd height
    chars = _char_widths(parts)
    words: list[float] = []
    space = 0.0
    current: float | None = None
    for char, advance in chars:
        if char.isspace():  # the card collapses white space, as HTML does
            space = max(space, advance)
            if current is not None:
                words.append(current)
                current = None
        else:
            current = (current or 0.0) + advance
    if current is not None:
        words.append(current)
    if not words:
        return 1
    lines, used = 1, 0.0
    for word in words:
        if used == 0.0:
            used = word
        elif used + space + word <= width:
            used += space + word
        else:
            lines += 1
            used = word
        if used > width:  # an unbreakable word: it runs on over as many lines as it needs
            extra = math.ceil(used / width) - 1
            lines += extra
            used -= extra * width
    return lines


def text_lines(text: str, font: Font, width: float) -> int:
    return line_count([(text, font)], width)


def text_width(parts: Sequence[tuple[str, Font]]) -> float:
    """The width in pixels of the runs of text `parts` on one line, over-estimated as above."""
    return sum(advance for _, advance in _char_widths(parts))


# -- the card's stylesheet, in numbers ----------------------------------------------------------

BORDER = 1
PADDING = (14, 16)  # top and bottom, left and right
COMPACT_PADDING = (10, 12)
GAP = 8  # a paragraph's bottom margin, and the gap between the verdict and the brand
ALERT_PADDING = (6, 10)
ALERT_RULE = 4
SOURCES_INDENT = 18
SOURCES_LABEL_TOP = 10
FOOT_RULE = 1
FOOT_PADDING = 8
VERDICT_PADDING = (2, 9)

SMALL = Font(13, 19)
SMALL_BOLD = Font(13, 19, bold=True)
KICKER = Font(12, 17, bold=True)
LABEL = Font(11, 16, bold=True, caps=True, tracking=0.04)
VERDICT = Font(15, 21, bold=True)
STATEMENT = Font(18, 24, bold=True)
COMPACT_STATEMENT = Font(16, 21, bold=True)
NUMBER = Font(20, 26, bold=True)
COMPACT_NUMBER = Font(16, 21, bold=True)


@dataclass(frozen=True)
class Block:
    """A paragraph of the card: its height and its vertical margins, which collapse with its
    neighbours' as CSS does."""

    height: float
    top: float = 0.0
    bottom: float = GAP


def _paragraph(parts: Sequence[tuple[str, Font]], width: float, *, top: float = 0.0) -> Block:
    line = max(font.line for _, font in parts)
    return Block(line_count(parts, width) * line, top=top)


def stack_height(blocks: Sequence[Block]) -> float:
    """Blocks inside a box that starts a formatting context: adjacent margins collapse, the first
    top and last bottom margins stay inside the box."""
    total, previous_bottom = 0.0, 0.0
    for index, block in enumerate(blocks):
        total += block.top if index == 0 else max(previous_bottom, block.top)
        total += block.height
        previous_bottom = block.bottom
    return total + (previous_bottom if blocks else 0.0)


# -- a card -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardText:
    """The words a card shows, as the card's template prints them."""

    alerts: Sequence[Sequence[tuple[str, Font]]]
    verdict: str
    brand: str
    kicker: str
    statement: str
    claimant: Sequence[tuple[str, Font]]
    figures: Sequence[tuple[str, str]]  # (the figure, its caption)
    rival: Sequence[tuple[str, Font]] | None
    sources: Sequence[str]
    more_sources: bool
    foot: str
    compact: bool
    # The competing figures' chart (claims.chart): its height in pixels, fixed whatever the
    # width, or 0 for none.
    chart: float = 0.0


def card_blocks(card: CardText, *, width: int) -> list[tuple[str, Block]]:
    """The card's paragraphs, top to bottom, named by their class in the template; the footer
    last."""
    pad_x = (COMPACT_PADDING if card.compact else PADDING)[1]
    inner = width - 2 * BORDER - 2 * pad_x
    blocks: list[tuple[str, Block]] = []
    for alert in card.alerts:
        lines = line_count(alert, inner - ALERT_RULE - 2 * ALERT_PADDING[1])
        blocks.append(("alert", Block(lines * SMALL.line + 2 * ALERT_PADDING[0])))
    verdict_width = text_width([(card.verdict, VERDICT)]) + 2 * VERDICT_PADDING[1]
    brand_width = text_width([(card.brand, SMALL_BOLD)])
    badge = VERDICT.line + 2 * VERDICT_PADDING[0]
    if verdict_width + GAP + brand_width <= inner:
        top = max(badge, SMALL.line)
    else:
        top = badge + GAP + text_lines(card.brand, SMALL_BOLD, inner) * SMALL.line
    blocks.append(("top", Block(top)))
    kicker = text_lines(card.kicker, KICKER, inner) * KICKER.line
    blocks.append(("kicker", Block(kicker, bottom=2)))
    font = COMPACT_STATEMENT if card.compact else STATEMENT
    blocks.append(
        ("statement", Block(text_lines(card.statement, font, inner) * font.line, bottom=4))
    )
    blocks.append(("claimant", _paragraph(card.claimant, inner)))
    number = COMPACT_NUMBER if card.compact else NUMBER
    for figure, caption in card.figures:
        height = text_lines(figure, number, inner) * number.line
        if caption:
            height += text_lines(caption, SMALL, inner) * SMALL.line
        blocks.append(("figure", Block(height)))
    if card.rival is not None:
        blocks.append(("rival", _paragraph(card.rival, inner)))
    if card.chart:
        blocks.append(("chart", Block(card.chart)))
    if card.sources:
        blocks.append(("label", Block(LABEL.line, top=SOURCES_LABEL_TOP, bottom=2)))
        lines = sum(text_lines(s, SMALL, inner - SOURCES_INDENT) for s in card.sources)
        lines += int(card.more_sources)
        blocks.append(("sources", Block(lines * SMALL.line)))
    foot = FOOT_RULE + FOOT_PADDING + text_lines(card.foot, SMALL, inner) * SMALL.line
    blocks.append(("foot", Block(foot, bottom=0)))
    return blocks


def card_height(card: CardText, *, width: int) -> int:
    """The height in pixels of the iframe that shows `card` whole when `width` pixels wide."""
    pad_y = (COMPACT_PADDING if card.compact else PADDING)[0]
    *main, (_, foot) = card_blocks(card, width=width)
    total = 2 * BORDER + 2 * pad_y + stack_height([block for _, block in main]) + foot.height
    return math.ceil(total)
