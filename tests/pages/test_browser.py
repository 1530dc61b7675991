"""An editor's view in real Chromium: a page on another origin embeds the card, the card shows
its verdict inside the frame, the resize script fits the frame to the card, and the pages read
without JavaScript. Screenshots go to tests/artifacts/ for a human to look at."""

import functools
import http.server
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import RequestFactory

from claims import services
from claims.embed import embed_snippets
from claims.models import Claim, Verdict
from tests.database_image import DatabaseImages
from tests.factories import claim_maker, role_user
from tests.local_server import serving
from tests.pages.conftest import rival_claims_maker

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("flushable_db"),
]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def other_origin(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A plain static web server on another port: the editor's site."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with serving(handler) as base:
        yield base, tmp_path


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 900, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def corrected_claim(flushable_db: None, database_images: DatabaseImages) -> Iterator[Claim]:
    """The rival claims' published one, corrected: built once per session and committed for
    each test's live server."""
    with database_images.committed(
        "browser: a corrected claim among rivals", _corrected_claim, first=True
    ) as claim_id:
        yield Claim.objects.get(pk=claim_id)


def _corrected_claim() -> int:
    reviewer = role_user("reviewer")
    rival_claims = rival_claims_maker(claim_maker(role_user("fact_checker"), reviewer), reviewer)
    claim = rival_claims()["claim"]
    services.claim_correct(
        claim=claim,
        actor=reviewer,
        verdict=Verdict.INACCURATE,
        explanation="Police figures for the full year show crime rose by 3 per cent.",
        note="The full-year police figures were published after our check.",
    )
    return claim.pk


def snippet_for(claim, live_server) -> dict[str, str]:  # type: ignore[no-untyped-def]
    request = RequestFactory().get("/", HTTP_HOST=live_server.url.removeprefix("http://"))
    return embed_snippets(claim, request)


def test_card_embedded_on_another_origin_shows_its_verdict_and_is_resized(
    page, live_server, other_origin, corrected_claim
):
    base, folder = other_origin
    code = snippet_for(corrected_claim, live_server)["script"]
    # Start the frame far too short: only the resize script can make the card fit.
    code = re.sub(r'height="\d+"', 'height="60"', code)
    (folder / "article.html").write_text(
        "<!doctype html><html><head><meta charset=utf-8><title>An editor's article</title></head>"
        "<body style='font-family:serif;max-width:40rem;margin:2rem auto'><h1>Our article</h1>"
        f"<p>Here is the fact-check:</p>{code}<p>More article text.</p></body></html>"
    )
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text))

    page.goto(f"{base}/article.html")

    frame = page.frame_locator("iframe[data-tally-card]")
    frame.get_by_text("Inaccurate", exact=True).wait_for(state="visible")
    assert frame.get_by_text(corrected_claim.statement).is_visible()
    assert frame.get_by_text("Corrected", exact=False).first.is_visible()
    page.wait_for_function(
        "document.querySelector('iframe[data-tally-card]').getAttribute('height') !== '60'"
    )
    # The card fills its frame; what it needs is its content plus its border, padding and footer.
    card = page.frames[1]
    needed = card.evaluate(
        "document.querySelector('.card').getBoundingClientRect().height"
        " - document.querySelector('.main').clientHeight"
        " + document.querySelector('.fill').offsetHeight"
    )
    box = page.locator("iframe[data-tally-card]").bounding_box()
    assert box is not None
    assert abs(box["height"] - needed) <= 2
    assert needed > 150
    assert card.evaluate("document.querySelector('.main').scrollHeight") <= box["height"]
    assert frame.get_by_role("link", name="Read the full fact-check").is_visible()
    assert not [text for text in violations if "Content Security Policy" in text]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "embedded-on-other-origin.png"), full_page=True)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_card_screenshots(browser, live_server, corrected_claim, theme):
    context = browser.new_context(viewport={"width": 480, "height": 600}, color_scheme=theme)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/embed/claims/{corrected_claim.pk}/?theme={theme}")
        assert tab.get_by_text("Inaccurate", exact=True).is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        tab.locator("article").screenshot(path=str(ARTIFACTS / f"card-{theme}.png"))
        tab.goto(f"{live_server.url}/embed/claims/{corrected_claim.pk}/?theme={theme}&compact=1")
        tab.locator("article").screenshot(path=str(ARTIFACTS / f"card-{theme}-compact.png"))
        pinned = corrected_claim.version - 1
        tab.goto(
            f"{live_server.url}/embed/claims/{corrected_claim.pk}/?theme={theme}&version={pinned}"
        )
        assert tab.get_by_text("Misleading", exact=True).is_visible()
        tab.locator("article").screenshot(path=str(ARTIFACTS / f"card-{theme}-pinned.png"))
    finally:
        context.close()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_claim_page_screenshots_on_desktop_and_phone(browser, live_server, corrected_claim, theme):
    for name, viewport in (
        ("desktop", {"width": 1100, "height": 900}),
        ("phone", {"width": 375, "height": 740}),
    ):
        context = browser.new_context(viewport=viewport, color_scheme=theme)
        tab = context.new_page()
        try:
            tab.goto(f"{live_server.url}/claims/{corrected_claim.pk}/")
            assert tab.get_by_role("main").is_visible()
            assert tab.get_by_role("heading", level=1).inner_text() == corrected_claim.statement
            scroll_width = tab.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= viewport["width"], "the page must not scroll sideways"
            ARTIFACTS.mkdir(exist_ok=True)
            tab.screenshot(path=str(ARTIFACTS / f"claim-page-{theme}-{name}.png"), full_page=True)
        finally:
            context.close()


def test_pages_and_card_read_without_javascript(browser, live_server, corrected_claim):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/claims/{corrected_claim.pk}/")
        assert tab.get_by_text("Inaccurate", exact=True).first.is_visible()
        plain = tab.get_by_label(re.compile(r"^Card \(iframe only"))
        assert plain.input_value().startswith("<iframe")
        tab.goto(f"{live_server.url}/embed/claims/{corrected_claim.pk}/")
        assert tab.get_by_text("Inaccurate", exact=True).is_visible()
        tab.goto(f"{live_server.url}/claims/?q=cameras")
        assert tab.get_by_role("search").is_visible()
    finally:
        context.close()


def test_copy_button_copies_the_embed_code(browser, live_server, corrected_claim):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/claims/{corrected_claim.pk}/")
        tab.get_by_role("button", name="Copy").first.click()
        tab.get_by_text("Copied.").wait_for()
        assert tab.evaluate("navigator.clipboard.readText()").startswith("<iframe")
    finally:
        context.close()
