"""The competing figures' chart (claims.chart), drawn without a database or a browser: which
figures it draws and how, what it says in words, and that its text is escaped and its markup
well formed. tests/pages/test_chart_browser.py looks at it in Chromium."""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from typing import Any

import pytest

from claims.card_height import text_width
from claims.chart import CARD, PAGE, chart_rows_height, figure_chart
from claims.models import Claim, Figure, Metric, Qualifier, Rank, Unit
from sources.models import Entity

SVG = "{http://www.w3.org/2000/svg}"
METRIC = Metric(name="Fall in recorded crime", unit=Unit.PERCENT)


def figure(value: str | None, who: str = "City Hall", **fields: Any) -> Figure:
    return Figure(
        metric=METRIC,
        claim=Claim(claimant=Entity(name=who)),
        unit=fields.pop("unit", Unit.PERCENT),
        value=Decimal(value) if value is not None else None,
        **fields,
    )


def parsed(html: str) -> ET.Element:
    """The chart's HTML as XML (it is well formed, or this fails), with the SVG namespace."""
    return ET.fromstring(  # noqa: S314  (our own output, in a test)
        html.replace('<svg class="tc"', '<svg xmlns="http://www.w3.org/2000/svg" class="tc"', 1)
    )


def svg_of(html: str) -> ET.Element:
    found = parsed(html).find(f"{SVG}svg")
    assert found is not None
    return found


def labels(html: str) -> list[str]:
    return ["".join(t.itertext()) for t in svg_of(html).iter(f"{SVG}text")]


def items(html: str) -> list[str]:
    return ["".join(li.itertext()) for li in parsed(html).iter("li")]


OWN = figure("46")
PREFERRED = figure("24", "Police", rank=Rank.PREFERRED, difference="method")


def test_the_claims_own_figure_comes_first_highlighted_beside_its_rivals():
    html = figure_chart(OWN, [PREFERRED, figure("31", "Think tank")], chart_id="c1")

    assert html is not None
    assert labels(html) == ["46% · this claim", "24% · Police (preferred)", "31% · Think tank"]
    bars = [r for r in svg_of(html).iter(f"{SVG}rect") if r.get("class") in ("tc-o", "tc-b")]
    assert [bar.get("class") for bar in bars] == ["tc-o", "tc-b", "tc-b"]
    # Bars from zero, as long as their values: 46 is the longest.
    widths = [float(bar.get("width", "").rstrip("%")) for bar in bars]
    assert widths[0] == max(widths) and widths[1] < widths[2] < widths[0]
    assert widths[1] / widths[0] == pytest.approx(24 / 46, rel=0.01)


def test_the_chart_is_named_and_said_in_words():
    html = figure_chart(OWN, [PREFERRED], chart_id="c1")

    assert html is not None
    svg = svg_of(html)
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c1-title"
    title = svg.find(f"{SVG}title")
    assert title is not None and title.get("id") == "c1-title"
    assert title.text == (
        "Chart of the figures for Fall in recorded crime: this claim’s 46% beside 1 other figure"
    )
    assert items(html) == [
        "46%: this claim’s figure",
        "24%, from Police (preferred; different method)",
    ]
    assert 'class="visually-hidden"' in html
    # The picture's own texts are hidden from screen readers, which read the name and the list.
    group = svg.find(f"{SVG}g")
    assert group is not None and group.get("aria-hidden") == "true"


def test_bounds_are_drawn_as_a_range_with_caps():
    ranged = figure("24", "Police", lower_bound=Decimal(20), upper_bound=Decimal(28))
    html = figure_chart(OWN, [ranged], chart_id="c1")

    assert html is not None
    marks = [r for r in svg_of(html).iter(f"{SVG}rect") if r.get("class") == "tc-r"]
    assert len(marks) == 3  # the range line and a cap at each bound
    assert "24%, from Police (range 20% to 28%)" in items(html)


def test_at_least_is_an_open_end_with_an_arrow_and_up_to_fades_in_to_a_cap():
    html = figure_chart(
        OWN,
        [
            figure("30", "Union", qualifier=Qualifier.AT_LEAST),
            figure("60", "Leaflet", qualifier=Qualifier.UP_TO),
        ],
        chart_id="c1",
    )

    assert html is not None
    svg = svg_of(html)
    arrows = list(svg.iter(f"{SVG}polygon"))
    assert len(arrows) == 1 and arrows[0].get("class") == "tc-b"
    faded = [r.get("opacity") for r in svg.iter(f"{SVG}rect") if r.get("opacity")]
    assert faded == ["0.55", "0.32", "0.14", "0.14", "0.32", "0.55"]
    assert labels(html)[1:] == ["at least 30% · Union", "up to 60% · Leaflet"]


def test_figures_in_another_unit_are_named_but_not_drawn_and_dates_are_not_charted():
    count = figure("1200", "Blog", unit=Unit.COUNT)
    euros = figure("5", "Bank", unit=Unit.CURRENCY, currency="EUR")
    dollars = figure("7", "Fund", unit=Unit.CURRENCY, currency="USD")

    assert figure_chart(OWN, [count], chart_id="c1") is None  # nothing to compare
    html = figure_chart(OWN, [PREFERRED, count], chart_id="c1")
    assert html is not None
    assert len(labels(html)) == 2
    assert items(html)[-1] == "Not drawn, in another unit: 1,200, from Blog"
    assert "1 in another unit not drawn" in html
    money = figure_chart(
        figure("6", unit=Unit.CURRENCY, currency="USD"), [euros, dollars], chart_id="m"
    )
    assert money is not None and len(labels(money)) == 2
    when = figure(None, unit=Unit.DATE)
    assert figure_chart(when, [figure(None, "Other", unit=Unit.DATE)], chart_id="d") is None


def test_negative_values_run_left_of_zero():
    html = figure_chart(figure("-2.5"), [figure("4", "Other")], chart_id="c1")

    assert html is not None
    zero = svg_of(html).find(f"{SVG}g/{SVG}rect")
    assert zero is not None and zero.get("class") == "tc-z"
    assert float(zero.get("x", "").rstrip("%")) > 0  # the axis starts below zero


def test_the_card_draws_at_most_its_rivals_and_says_how_many_more():
    rivals = [figure(str(n), f"Rival {n}") for n in range(10, 15)]
    html = figure_chart(OWN, rivals, chart_id="chart", size=CARD, max_rivals=3)

    assert html is not None
    assert len(labels(html)) == 4
    assert items(html)[-1] == "and 2 more figures, listed on the full fact-check"
    assert svg_of(html).get("height") == str(chart_rows_height(3, CARD))


def test_labels_are_cut_to_the_narrowest_chart():
    long_name = "The Metropolitan Office for the Statistics of Public Safety and Policing"
    html = figure_chart(OWN, [figure("24", long_name, rank=Rank.PREFERRED)], chart_id="c1")

    assert html is not None
    label = labels(html)[1]
    assert label.startswith("24% · The Metropolitan") and label.endswith("…")
    assert "(preferred)" not in label  # dropped before the name is cut
    regular = type(PAGE.font)(PAGE.font.size, PAGE.font.line)
    assert text_width([("24%", PAGE.font), (label[3:], regular)]) <= PAGE.label_width
    assert long_name in items(html)[1]  # said in full in words


def test_text_is_escaped_and_there_is_no_script():
    hostile = figure("24", '<script>alert(1)</script> & "Co"')
    html = figure_chart(OWN, [hostile], chart_id="c1")

    assert html is not None
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    parsed(html)  # still well formed
    assert not re.search(r"\son\w+=", html)  # no event handler attributes
