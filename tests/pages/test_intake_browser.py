"""Article intake walked through in real Chromium, on a laptop and on a phone: from the admin
index to "Add article", paste a local news story, open a suggestion (its sentence marked in its
paragraph), choose who says it and each figure's metric and accept; dismiss another with a note;
and see "already checked" on a third whose sentence an earlier article's claim already holds."""

from pathlib import Path
from typing import Any

import pytest

from claims.models import Claim, DecisionStatus
from claims.permissions import GROUP_FACT_CHECKER
from intake import services as intake_services
from intake.models import Suggestion
from tests.factories import EntityFactory, MetricFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("flushable_db"),
]

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "intake"
PASSWORD = "correct horse battery staple"

SPENDING = (
    "The council spent £2.3 million on new wheelie bins and collection lorries, according to "
    "its annual report."
)
ARTICLE = f"""Recycling rate climbs after Riverside bin overhaul

By Hannah Moss, local democracy reporter

Riverside's household recycling rate rose to 48 per cent last year, up from 41 per cent in 2022, \
the borough council said on Tuesday.

{SPENDING}

Council leader Maya Okafor said fly-tipping fell by almost a third after the weekly food waste \
collection began.

Residents' group Clean Streets Riverside disputed the council's account, saying more than 3,000 \
complaints about missed collections were logged in the same period.

The council will publish its full waste strategy in the spring.
"""
# An earlier wire story with the spending sentence, already accepted as a claim.
WIRE_STORY = f"Riverside bins\n\n{SPENDING}\n"


@pytest.mark.parametrize("width", [1000, 360])
def test_fact_checker_pastes_an_article_accepts_dismisses_and_sees_already_checked(
    browser: Any, live_server: Any, width: int
) -> None:
    user = UserFactory(username="ada-factchecker", groups=[GROUP_FACT_CHECKER])
    council = EntityFactory(name="Riverside Borough Council", kind="government")
    recycling = MetricFactory(name="Household recycling rate, Riverside", unit="percent")
    MetricFactory(name="Unemployment rate", unit="percent")
    earlier = intake_services.source_ingest(text=WIRE_STORY, title="Wire: Riverside bins")
    recorded = intake_services.suggestion_accept(
        suggestion=earlier.suggestions[0],
        actor=user,
        claimant=council,
        metrics={0: "Riverside council spending on bins and lorries"},
    )
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        tab.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)

    try:
        tab.goto(f"{live_server.url}/admin/login/?next=/admin/")
        tab.fill("#id_username", "ada-factchecker")
        tab.fill("#id_password", PASSWORD)
        tab.click("input[type=submit]")
        tab.wait_for_selector("#intake-start")
        shot("1-index")

        tab.click("#intake-start >> text=Add article")
        tab.fill("#id_text", ARTICLE)
        tab.fill("#id_title", "Recycling rate climbs after Riverside bin overhaul")
        tab.fill("#id_publisher", "Riverside Gazette")
        tab.click("input[type=submit][value='Add article']")
        tab.wait_for_selector("#result_list")
        assert "4 new suggestions" in tab.inner_text(".messagelist")
        spending_row = tab.locator("#result_list tr", has_text="£2.3 million")
        assert "Already checked" in spending_row.inner_text()
        shot("2-suggestions")

        # Accept: the claimant and each figure's metric chosen on the suggestion's page.
        tab.click("#result_list >> text=household recycling rate")
        tab.wait_for_selector("#decision-form")
        assert "48 per cent" in tab.inner_text("#suggestion-paragraph mark")
        # The council speaks, not the reporter of a byline with a role ("By X, local
        # democracy reporter"), which was once read as a heading naming a body.
        assert tab.input_value("#id_new_claimant") == "borough council"
        tab.click("#decision-form .select2-selection")
        tab.fill(".select2-search__field", "Riverside Bor")
        tab.click(".select2-results__option >> text=Riverside Borough Council")
        tab.select_option("#id_metric_0", str(recycling.pk))
        shot("3-suggestion")
        tab.click("#accept-button")  # the second figure's metric is not chosen yet
        tab.wait_for_selector("#decision-form .errorlist")
        assert "Choose the metric this figure measures" in tab.inner_text("#decision-form")
        assert not Claim.objects.exclude(pk=recorded.pk).exists()
        shot("4-missing-metric")
        tab.fill("#id_new_metric_1", "Household recycling rate, Riverside, 2022 baseline")
        if tab.input_value("#id_metric_0") != str(recycling.pk):
            tab.select_option("#id_metric_0", str(recycling.pk))
        tab.click("#accept-button")
        tab.wait_for_selector(".messagelist")
        assert "Accepted" in tab.inner_text(".messagelist")
        shot("5-accepted-claim")

        # Dismiss another, with a note.
        tab.goto(f"{live_server.url}/admin/intake/suggestion/?status__exact=pending")
        tab.click("#result_list >> text=Clean Streets Riverside")
        tab.wait_for_selector("#decision-form")
        tab.fill("#id_note", "A complaint count, not the council's claim; follow up separately")
        tab.click("#dismiss-button")
        tab.wait_for_selector("#result_list")
        assert "Dismissed" in tab.inner_text(".messagelist")

        # The third is already checked: the earlier claim is linked, the source can be attached.
        tab.click("#result_list >> text=£2.3 million on new wheelie bins")
        tab.wait_for_selector("#already-checked")
        assert tab.is_visible("#duplicate-warning >> text=another appearance instead")
        shot("6-already-checked")
        page_width = tab.evaluate("document.documentElement.scrollWidth")
        assert page_width <= width + 1, f"the page is {page_width}px wide at {width}px"
    finally:
        context.close()

    accepted = Suggestion.objects.get(sentence__contains="household recycling rate")
    assert accepted.status == DecisionStatus.ACCEPTED
    assert accepted.claim is not None
    assert accepted.claim.claimant == council
    assert [figure.metric.name for figure in accepted.claim.figures.order_by("pk")] == [
        recycling.name,
        "Household recycling rate, Riverside, 2022 baseline",
    ]
    dismissed = Suggestion.objects.get(sentence__contains="Clean Streets")
    assert dismissed.status == DecisionStatus.DISMISSED
    assert dismissed.decision_note.startswith("A complaint count")
