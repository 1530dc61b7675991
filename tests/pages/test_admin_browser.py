"""The fact-checkers' desk in real Chromium: log in, read a claim with its competing figures,
and move it through the workflow by clicking, with the site's CSP in force."""

from pathlib import Path
from typing import Any

import pytest

from claims.models import ClaimStatus
from claims.permissions import GROUP_FACT_CHECKER
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("flushable_db"),
]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
PASSWORD = "correct horse battery staple"


def test_fact_checker_logs_in_reads_competing_figures_and_submits_for_review(
    browser: Any, live_server: Any, make_claim: Any
) -> None:
    claim = make_claim(status="draft")
    UserFactory(username="ada-factchecker", groups=[GROUP_FACT_CHECKER])
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    refused: list[str] = []
    tab.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    try:
        tab.goto(f"{live_server.url}/admin/login/?next=/admin/claims/claim/{claim.pk}/change/")
        tab.fill("#id_username", "ada-factchecker")
        tab.fill("#id_password", PASSWORD)
        tab.click("input[type=submit]")
        tab.wait_for_selector("#competing-figures")

        assert tab.is_visible("text=Competing figures")
        assert tab.is_visible("#figures-group")
        assert (
            tab.locator("#citations-group .tally-badge--ok").first.inner_text()
            == "Found in snapshot"
        )
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / "admin-claim-change.png"), full_page=True)

        tab.click("text=Submit for review")
        tab.fill("#id_note", "Figures and quote checked against the snapshot.")
        tab.click("input[type=submit][value='Submit for review']")
        tab.wait_for_selector(".messagelist")
        assert "The claim is now in review" in tab.inner_text(".messagelist")
    finally:
        context.close()

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert refused == []
