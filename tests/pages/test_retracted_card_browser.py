"""A retracted claim's card, full and compact, as Chromium draws it at 320, 360 and 1000 pixels
in the frame its embed code would have: the retraction and its reason are visible, no live
verdict badge is, and the footer's link is inside the frame. Screenshots go to
tests/artifacts/retracted-card/."""

from pathlib import Path

import pytest

from claims import services
from claims.embed import card_frame_height
from claims.models import Verdict

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "retracted-card"
REASON = (
    "The ministry withdrew the report our verdict rested on, and the figures it has published "
    "since do not cover the same districts."
)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("flushable_db")
@pytest.mark.parametrize("compact", [False, True], ids=["full", "compact"])
@pytest.mark.parametrize("width", [320, 360, 1000])
def test_a_retracted_card_shows_the_reason_and_no_live_verdict(
    browser, live_server, rival_claims, reviewer, width, compact
):
    claim = rival_claims()["claim"]
    services.claim_correct(
        claim=claim, actor=reviewer, verdict=Verdict.MOSTLY_ACCURATE, note="Rounded."
    )
    services.claim_retract(claim=claim, actor=reviewer, reason=REASON)
    claim.refresh_from_db()
    height = card_frame_height(claim, compact=compact, width=min(width, 480))
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    try:
        tab.goto(f"{live_server.url}/embed/claims/{claim.pk}/{'?compact=1' if compact else ''}")
        badge = tab.locator(".verdict")
        assert badge.count() == 1
        assert badge.inner_text() == "Retracted"
        assert badge.is_visible()
        assert tab.locator(".v-mostly-accurate, .v-misleading, .v-accurate").count() == 0
        alert = tab.locator(".alert.retraction")
        assert alert.is_visible()
        said = alert.inner_text()
        assert said.startswith("Retracted ")
        assert "Verdict withdrawn: Mostly accurate." in said
        assert ("The ministry withdrew the report" if compact else REASON) in said
        assert tab.locator(".figure").count() == 0
        link = tab.locator(".foot a").bounding_box()
        assert link is not None and link["y"] + link["height"] <= height
        cut = tab.evaluate(
            "(() => { const m = document.querySelector('.main');"
            " return m.scrollHeight - m.clientHeight; })()"
        )
        assert cut <= 0, f"the card is cut by {cut} px"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        kind = "compact" if compact else "full"
        tab.screenshot(path=str(ARTIFACTS / f"{kind}-{width}.png"), full_page=True)
    finally:
        context.close()
