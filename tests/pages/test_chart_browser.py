"""The competing figures' chart as Chromium draws it, on the claim page and the full card, light
and dark, at 360 and 1000 pixels: the claim's own figure highlighted, a range with its caps, an
"at least" figure's open end, an "up to" figure's fade; no withdrawn, draft or other-unit figure
drawn; the card whole in its frame; and what a screen reader gets (the accessibility tree): the
chart's name and its list of figures. Screenshots go to tests/artifacts/chart/."""

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claims import services
from claims.embed import card_frame_height
from claims.models import Claim, Metric, Qualifier, Rank, Verdict
from tests.database_image import DatabaseImages
from tests.factories import claim_maker, role_user
from tests.pages.conftest import _move_figure, rival_claims_maker

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "chart"


@pytest.fixture
def charted(flushable_db: None, database_images: DatabaseImages) -> Iterator[dict[str, Any]]:
    """The rival claims (46% against a preferred 24%, and a draft's 99.5%), the preferred one
    with bounds, and three more published figures for the metric: "at least 30%", "up to 60%"
    and a count, which is not comparable; and a retracted claim's 80%, which is withdrawn.
    Built once per session and committed for each test's live server (seven claims through the
    services, a quarter of a second each time)."""
    with database_images.committed(
        "chart browser: the charted claims", _charted, first=True
    ) as ids:
        yield {
            "claim": Claim.objects.get(pk=ids["claim"]),
            "rival": Claim.objects.get(pk=ids["rival"]),
            "draft": Claim.objects.get(pk=ids["draft"]),
            "metric": Metric.objects.get(pk=ids["metric"]),
        }


def _charted() -> dict[str, int]:
    reviewer = role_user("reviewer")
    make_claim = claim_maker(role_user("fact_checker"), reviewer)
    data = rival_claims_maker(make_claim, reviewer)()
    metric = data["metric"]
    rival = data["rival"].figures.get()
    rival.lower_bound, rival.upper_bound = Decimal(20), Decimal(28)
    rival.save()

    def published(statement: str, **figure: Any) -> Claim:
        claim = make_claim(status="in_review", statement=statement)
        _move_figure(claim, metric=metric, **figure)
        services.claim_publish(
            claim=claim, actor=reviewer, verdict=Verdict.MOSTLY_ACCURATE, explanation="Close."
        )
        return claim

    published(
        "A union says at least 30 per cent.",
        value=Decimal(30),
        qualifier=Qualifier.AT_LEAST,
        difference="coverage",
    )
    published(
        "An opposition leaflet says up to 60 per cent.",
        value=Decimal(60),
        qualifier=Qualifier.UP_TO,
        rank=Rank.DEPRECATED,
    )
    published("A blog counts 1,200 fewer crimes.", unit="count", value=Decimal(1200))
    withdrawn = published("A tabloid said 80 per cent.", value=Decimal(80))
    services.claim_retract(claim=withdrawn, actor=reviewer, reason="Made up.")
    return {name: made.pk for name, made in data.items()}


def _shoot(tab: Any, locator: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    locator.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def _chart_tree(tab: Any) -> str:
    return str(tab.locator(".chart").first.aria_snapshot())


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("flushable_db")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1000])
def test_the_claim_page_draws_the_competing_figures_and_says_them_in_words(
    browser, live_server, charted, width, theme
):
    claim = charted["claim"]
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=theme)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/claims/{claim.pk}/")
        chart = tab.locator(".chart > svg")
        assert chart.count() == 1
        assert chart.is_visible()
        box = chart.bounding_box()
        assert box is not None
        panel = tab.locator(".panel", has=chart).bounding_box()
        assert panel is not None
        assert box["x"] >= panel["x"] and box["x"] + box["width"] <= panel["x"] + panel["width"]
        # The own figure, the preferred 24%, "at least 30%" and "up to 60%": four rows.
        assert tab.locator(".chart > svg text.tc-l").count() == 4
        assert tab.locator(".chart svg .tc-o").count() >= 1
        texts = tab.locator(".chart > svg text.tc-l").all_text_contents()
        assert texts[0].startswith("46%")
        assert not any("80%" in t or "99.5" in t or "1,200" in t for t in texts)
        # The colours come from the page's variables: the own bar is the link colour.
        own_fill = tab.evaluate("getComputedStyle(document.querySelector('.tc-o')).fill")
        link = tab.evaluate("getComputedStyle(document.querySelector('main a')).color")
        assert own_fill == link
        assert tab.locator(".chart script").count() == 0

        tree = _chart_tree(tab)
        assert 'img "Chart of the figures for Fall in recorded crime, 2018:' in tree
        assert "46%: this claim’s figure" in tree
        assert "24%, from" in tree and "range 20% to 28%" in tree
        assert "at least 30%" in tree and "up to 60%" in tree
        assert "Not drawn, in another unit: 1,200" in tree
        assert "80%" not in tree and "99.5" not in tree
        # The chart's own texts are the picture's: a screen reader gets its name, then the list.
        lines = tree.splitlines()
        assert lines[0].startswith(("- img ", "- 'img ")), tree
        assert "- list:" in tree and tree.count("- listitem:") == 5
        assert "listitem" not in lines[0] and "text:" not in tree
        image = tab.get_by_role("img", name="Chart of the figures for Fall in recorded crime")
        assert image.count() == 1

        _shoot(tab, tab.locator(".panel", has=chart), f"page-{width}-{theme}")
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("flushable_db")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [360, 1000])
def test_the_full_card_draws_the_chart_inside_its_frame(
    browser, live_server, charted, width, theme
):
    claim = charted["claim"]
    height = card_frame_height(claim, width=min(width, 480))
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/embed/claims/{claim.pk}/?theme={theme}")
        chart = tab.locator(".chart > svg")
        assert chart.is_visible()
        assert tab.locator(".chart > svg text.tc-l").count() == 4
        cut = tab.evaluate(
            "(() => { const m = document.querySelector('.main');"
            " return m.scrollHeight - m.clientHeight; })()"
        )
        assert cut <= 0, f"the card is cut by {cut} px"
        link = tab.locator(".foot a").bounding_box()
        assert link is not None and link["y"] + link["height"] <= height
        own_fill = tab.evaluate("getComputedStyle(document.querySelector('.tc-o')).fill")
        link_colour = tab.evaluate("getComputedStyle(document.querySelector('.foot a')).color")
        assert own_fill == link_colour

        tree = _chart_tree(tab)
        assert 'img "Chart of the figures for Fall in recorded crime, 2018:' in tree
        assert "46%: this claim’s figure" in tree
        assert "Not drawn, in another unit: 1,200" in tree
        _shoot(tab, tab.locator(".card"), f"card-{width}-{theme}")
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("flushable_db")
def test_the_chart_is_drawn_without_script(browser, live_server, charted):
    claim = charted["claim"]
    context = browser.new_context(viewport={"width": 360, "height": 900}, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/claims/{claim.pk}/")
        assert tab.locator(".chart > svg rect.tc-o").first.is_visible()
        tab.goto(f"{live_server.url}/embed/claims/{claim.pk}/")
        assert tab.locator(".chart > svg rect.tc-o").first.is_visible()
    finally:
        context.close()
