"""A metric's competing figures as a small bar chart, drawn on the server as inline SVG for the
claim page and the card: no script, every text escaped, colours from the host page's CSS
variables (so light and dark themes both work), an accessible name, and a visually hidden list
that says in words what the chart draws.

How a figure is drawn, on one axis through zero:
- a value ("exactly", "about", "nearly": the label says which): a bar from zero to it;
- its bounds, when it has them: a range line with end caps, over its bar;
- "at least" and "more than": the bar, then an open end that fades out to the right and ends in
  an arrow;
- "up to" and "less than": a bar that fades in from zero, with a cap at the value.
The claim's own figure comes first and is highlighted (its colour, and a label that says "this
claim", so that colour is not the only sign). Only figures comparable with it are drawn: the same
unit and, for money, the same currency; the others are named in the text alternative. A date is
not charted. Which figures compete is the caller's to say (claims.selectors.public_competitors,
which already leaves out withdrawn ones); this module reads the figures it is given and nothing
else."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from claims.card_height import Font, text_width
from claims.models import Difference, Figure, Qualifier, Rank, Unit, figure_display

OPEN_ABOVE = (Qualifier.AT_LEAST, Qualifier.MORE_THAN)
OPEN_BELOW = (Qualifier.UP_TO, Qualifier.LESS_THAN)
ELLIPSIS = "…"
# Where the axis ends, in per cent of the chart's width: short of the edge when an open end and
# its arrow need the room.
PLOT_END = 97.0
PLOT_END_OPEN = 86.0
OPEN_END = 96.0
ARROW = 7  # the open end's arrow, in pixels
CAP = 3  # a bound's or an "up to" value's cap, in pixels
FADE = (0.55, 0.32, 0.14)  # an open end's three steps, from the value out

# The chart's colours are the host page's (site.css names them --fg, --muted, --link, --line;
# card.css, whose every byte counts, --fg, --mu, --lk, --ln): each rule reads the page's name and
# falls back to the card's. The rules apply to the whole document, so every class starts "tc".
STYLE = (
    ".tc{display:block;overflow:hidden}.tc text{fill:var(--fg)}"
    ".tc .tc-v{font-weight:700}.tc .tc-n{fill:var(--muted,var(--mu))}"
    ".tc .tc-on{fill:var(--link,var(--lk));font-weight:700}"
    ".tc .tc-b{fill:var(--muted,var(--mu))}.tc .tc-o{fill:var(--link,var(--lk))}"
    ".tc .tc-r{fill:var(--fg)}.tc .tc-z{fill:var(--line,var(--ln))}"
)


@dataclass(frozen=True)
class ChartSize:
    """A chart's geometry in pixels. Every row is as tall whatever the width, so the chart's
    height is known before it is drawn (claims.card_height keeps room for it on the card)."""

    font: Font  # the labels' (their first run, the figure, is bold)
    label: int  # the label's baseline, from the row's top
    bar_top: int
    bar: int
    row: int
    label_width: float  # labels are cut to fit this width: the narrowest the chart is drawn at

    def height(self, rows: int) -> int:
        return rows * self.row


# The claim page: a panel at 320 px leaves some 254 px; the card at 300 px, 266 px.
PAGE = ChartSize(
    font=Font(14, 18, bold=True), label=14, bar_top=20, bar=10, row=38, label_width=250
)
CARD = ChartSize(font=Font(12, 15, bold=True), label=12, bar_top=16, bar=8, row=28, label_width=262)


def comparable(own: Figure, other: Figure) -> bool:
    """Whether `other` can be drawn on `own`'s axis: a number in the same unit (and currency)."""
    return (
        own.unit != Unit.DATE
        and other.unit == own.unit
        and other.currency == own.currency
        and own.value is not None
        and other.value is not None
    )


def figure_chart(
    own: Figure,
    rivals: Sequence[Figure],
    *,
    chart_id: str,
    size: ChartSize = PAGE,
    max_rivals: int | None = None,
) -> SafeString | None:
    """The chart of `own` beside the competing figures `rivals` (each with its claim's claimant
    loaded), as HTML: the SVG and its text alternative. None when there is nothing to compare:
    `own` is a date, or no rival is in its unit. `chart_id` must be unique in the page; at most
    `max_rivals` rivals are drawn, and the text alternative says how many more there are."""
    if own.unit == Unit.DATE or own.value is None:
        return None
    drawable = [rival for rival in rivals if comparable(own, rival)]
    if not drawable:
        return None
    other_units = [rival for rival in rivals if not comparable(own, rival)]
    shown = drawable if max_rivals is None else drawable[:max_rivals]
    left_out = len(drawable) - len(shown)
    rows = [own, *shown]

    scale = _Scale(rows)
    height = size.height(len(rows))
    marks = [_row(figure, index, figure is own, scale, size) for index, figure in enumerate(rows)]
    title_id = f"{chart_id}-title"
    name = _name(own, len(shown), left_out, len(other_units))
    svg = format_html(
        '<svg class="tc" role="img" aria-labelledby="{}" width="100%" height="{}" '
        'font-size="{}" focusable="false"><title id="{}">{}</title><style>{}</style>'
        '<g aria-hidden="true"><rect class="tc-z" x="{}%" y="0" width="1" height="{}"/>{}</g></svg>',
        title_id,
        height,
        size.font.size,
        title_id,
        name,
        mark_safe(STYLE),  # noqa: S308  (our constant)
        scale.x(Decimal(0)),
        height,
        mark_safe("".join(marks)),  # noqa: S308  (numbers and our class names; labels escaped)
    )
    return format_html(
        '<div class="chart" id="{}">{}<ul class="visually-hidden">{}{}</ul></div>',
        chart_id,
        svg,
        format_html_join("", "<li>{}</li>", ((_said(f, f is own),) for f in rows)),
        _not_drawn(left_out, other_units),
    )


def chart_rows_height(rivals: int, size: ChartSize) -> int:
    """The height of a chart of the claim's figure and `rivals` competing ones."""
    return size.height(1 + rivals)


# -- drawing ------------------------------------------------------------------------------------


class _Scale:
    """Values to per cent of the chart's width, on one axis that takes in zero, every value and
    every bound."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        ends = [Decimal(0)]
        for figure in figures:
            ends += [
                b for b in (figure.value, figure.lower_bound, figure.upper_bound) if b is not None
            ]
        self.low, self.high = min(ends), max(ends)
        if self.high == self.low:
            self.high = self.low + 1
        opens = any(f.qualifier in OPEN_ABOVE for f in figures)
        self.end = PLOT_END_OPEN if opens else PLOT_END

    def x(self, value: Decimal) -> str:
        share = float((value - self.low) / (self.high - self.low))
        return f"{share * self.end:.2f}"


def _rect(css: str, x: str, right: str, y: int, height: int, opacity: float = 1.0) -> str:
    """A bar from `x` to `right` per cent (SVG has no "right": its width is the difference)."""
    width = max(float(right) - float(x), 0.0)
    fade = f' opacity="{opacity:.2f}"' if opacity < 1 else ""
    return f'<rect class="{css}" x="{x}%" y="{y}" width="{width:.2f}%" height="{height}"{fade}/>'


# Below, every mark is numbers and class names of ours: only the labels are text, and escaped.
def _row(figure: Figure, index: int, own: bool, scale: _Scale, size: ChartSize) -> str:
    assert figure.value is not None  # comparable() saw to it
    top = index * size.row
    y, bar = top + size.bar_top, size.bar
    css = "tc-o" if own else "tc-b"
    value = figure.value
    zero = scale.x(Decimal(0))
    start, end = (scale.x(value), zero) if value < 0 else (zero, scale.x(value))
    parts: list[str] = []
    if figure.qualifier in OPEN_BELOW:
        # Somewhere up to the value: the bar fades in from zero, and a cap marks the value.
        for (left, right), opacity in zip(_steps(start, end), reversed(FADE), strict=True):
            parts.append(_rect(css, left, right, y, bar, opacity))
        shift = f' transform="translate(-{CAP} 0)"' if value >= 0 else ""
        parts.append(
            f'<rect class="{css}" x="{scale.x(value)}%" y="{y - 2}" width="{CAP}" '
            f'height="{bar + 4}"{shift}/>'
        )
    else:
        parts.append(_rect(css, start, end, y, bar))
    if figure.qualifier in OPEN_ABOVE:
        # The value or more: an open end that fades out towards the edge, and an arrow.
        from_x = scale.x(max(value, Decimal(0)))
        for (left, right), opacity in zip(_steps(from_x, f"{OPEN_END:.2f}"), FADE, strict=True):
            parts.append(_rect(css, left, right, y, bar, opacity))
        parts.append(
            f'<svg x="{OPEN_END:.2f}%" y="{y - 2}" overflow="visible"><polygon class="{css}" '
            f'points="0,0 {ARROW},{(bar + 4) / 2:g} 0,{bar + 4}"/></svg>'
        )
    if figure.lower_bound is not None or figure.upper_bound is not None:
        # The bounds: a range line over the bar, a cap at each bound given.
        low = figure.lower_bound if figure.lower_bound is not None else value
        high = figure.upper_bound if figure.upper_bound is not None else value
        parts.append(_rect("tc-r", scale.x(low), scale.x(high), y + bar // 2 - 1, 2))
        for bound in (figure.lower_bound, figure.upper_bound):
            if bound is not None:
                parts.append(
                    f'<rect class="tc-r" x="{scale.x(bound)}%" y="{y - 3}" width="2" '
                    f'height="{bar + 6}" transform="translate(-1 0)"/>'
                )
    shown, note = _label(figure, own, size)
    label = format_html(
        '<text class="tc-l" x="0" y="{}"><tspan class="tc-v{}">{}</tspan><tspan class="{}">{}</tspan></text>',
        top + size.label,
        " tc-on" if own else "",
        shown,
        "tc-on" if own else "tc-n",
        note,
    )
    return str(label) + "".join(parts)


def _steps(left: str, right: str) -> list[tuple[str, str]]:
    """The span from `left` to `right` per cent in three equal steps."""
    a, b = float(left), float(right)
    cuts = [a + (b - a) * n / 3 for n in range(4)]
    return [(f"{cuts[n]:.2f}", f"{cuts[n + 1]:.2f}") for n in range(3)]


# -- words --------------------------------------------------------------------------------------


def _who(figure: Figure) -> str:
    return str(figure.claim.claimant.name)


def _label(figure: Figure, own: bool, size: ChartSize) -> tuple[str, str]:
    """The row's label: the figure, then who says it, cut to fit the narrowest chart."""
    bold, regular = size.font, Font(size.font.size, size.font.line)
    display = figure.display
    room = size.label_width - text_width([(display, bold)])
    if room < 0:
        return _cut(display, bold, size.label_width), ""
    if own:
        return display, _cut(" · this claim", bold, room)
    note = f" · {_who(figure)}"
    if figure.rank == Rank.PREFERRED:
        # Said when there is room: the table and the text alternative say it in any case.
        preferred = note + " (preferred)"
        if text_width([(preferred, regular)]) <= room:
            return display, preferred
    return display, _cut(note, regular, room)


def _cut(text: str, font: Font, width: float) -> str:
    """`text`, cut with an ellipsis to fit `width` pixels; "" when not even a word fits."""
    if text_width([(text, font)]) <= width:
        return text
    for end in range(len(text) - 1, 0, -1):
        cut = text[:end].rstrip() + ELLIPSIS
        if text_width([(cut, font)]) <= width:
            return cut if len(text[:end].strip(" ·")) >= 3 else ""
    return ""


def _said(figure: Figure, own: bool) -> str:
    """One figure in words, for the text alternative."""
    if own:
        return f"{figure.display}: this claim’s figure"
    details = []
    if figure.rank != Rank.NORMAL:
        details.append(Rank(figure.rank).label.lower())
    if figure.difference != Difference.NONE:
        difference = Difference(figure.difference).label.lower()
        details.append(
            f"{difference}: {figure.difference_note}" if figure.difference_note else difference
        )
    range_words = _range_words(figure)
    if range_words:
        details.append(range_words)
    said = f"{figure.display}, from {_who(figure)}"
    return said + (f" ({'; '.join(details)})" if details else "")


def _range_words(figure: Figure) -> str:
    low, high = figure.lower_bound, figure.upper_bound
    if low is not None and high is not None:
        return f"range {_number(figure, low)} to {_number(figure, high)}"
    if low is not None:
        return f"lower bound {_number(figure, low)}"
    if high is not None:
        return f"upper bound {_number(figure, high)}"
    return ""


def _number(figure: Figure, value: Decimal) -> str:
    """`value` in `figure`'s unit: "24%", "USD 5,000"."""
    return figure_display(
        unit=figure.unit,
        value=value,
        qualifier=Qualifier.EXACT,
        currency=figure.currency,
        date_value=None,
        date_value_precision="",
    )


def _name(own: Figure, rivals: int, left_out: int, other_units: int) -> str:
    """The chart's accessible name: what it compares, and what it leaves out."""
    others = rivals + left_out
    name = (
        f"Chart of the figures for {own.metric.name}: this claim’s {own.display} beside "
        f"{others} other figure{'s' if others != 1 else ''}"
    )
    if left_out:
        name += f", {rivals} of them drawn"
    if other_units:
        name += f"; {other_units} in another unit not drawn"
    return name


def _not_drawn(left_out: int, other_units: Sequence[Figure]) -> SafeString:
    items = []
    if left_out:
        items.append(
            format_html(
                "<li>and {} more figure{}, listed on the full fact-check</li>",
                left_out,
                "s" if left_out != 1 else "",
            )
        )
    for figure in other_units:
        items.append(
            format_html("<li>Not drawn, in another unit: {}</li>", _said(figure, own=False))
        )
    return mark_safe("".join(items))  # noqa: S308  (each built with format_html)
