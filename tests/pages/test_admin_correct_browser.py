"""The Correct page in real Chromium, on a phone and on a laptop: a reviewer changes a figure, adds
a citation and writes the public note in one submit, and the public page shows the result."""

from pathlib import Path
from typing import Any

import pytest

from claims.models import ClaimStatus
from tests.factories import SnapshotFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("flushable_db"),
]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PASSWORD = "correct horse battery staple"
NOTE = "The police figure is 24 per cent, not 46; we now cite it."


@pytest.mark.parametrize("width", [360, 1000])
def test_reviewer_corrects_a_figure_and_adds_a_citation_in_one_submit(
    browser: Any, live_server: Any, make_claim: Any, reviewer: Any, width: int
) -> None:
    claim = make_claim(status="published")
    police = SnapshotFactory(
        text="Police data show recorded crime fell by 24 per cent over the same two years."
    )
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    refused: list[str] = []
    tab.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    correct_page = f"/admin/claims/claim/{claim.pk}/workflow/correct/"
    try:
        tab.goto(f"{live_server.url}/admin/login/?next={correct_page}")
        tab.fill("#id_username", reviewer.username)
        tab.fill("#id_password", PASSWORD)
        tab.click("input[type=submit]")
        tab.wait_for_selector("#correct-figures")

        assert tab.input_value("#id_figures-0-value") == "46"
        assert tab.is_visible("#evidence-history")
        # Nothing on the page is wider than the screen but the tables, which scroll.
        page_width = tab.evaluate("document.documentElement.scrollWidth")
        assert page_width <= width + 1, f"the page is {page_width}px wide at {width}px"

        tab.fill("#id_figures-0-value", "24")
        tab.select_option("#id_figures-0-qualifier", "about")
        tab.select_option("#id_citations-1-source", str(police.source_id))
        tab.select_option("#id_citations-1-role", "contradicts")
        tab.fill("#id_citations-1-quote", "recorded crime fell by 24 per cent")
        tab.fill("#id_note", NOTE)
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / f"admin-correct-{width}.png"), full_page=True)
        tab.click("input[type=submit][value='Correct']")
        tab.wait_for_selector(".messagelist")
        assert "Correction stored" in tab.inner_text(".messagelist")

        tab.goto(f"{live_server.url}/claims/{claim.pk}/")
        assert "about 24%" in tab.inner_text(".figure-value")
        assert NOTE in tab.inner_text("[role=note]")
        assert tab.is_visible("text=recorded crime fell by 24 per cent")
        tab.screenshot(path=str(ARTIFACTS / f"claim-corrected-{width}.png"), full_page=True)
    finally:
        context.close()

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CORRECTED
    assert refused == []
