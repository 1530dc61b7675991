"""The embed code with no script shows the whole card, footer link included, in a frame from 300
pixels wide up: for a plain claim, a long one with several figures and sources, one corrected
twice and a retracted one, full and compact, light and dark, at 320, 360 and 1000 pixels wide in
Chromium. The height is worked out without a browser (claims/card_height.py); this holds it to
what Chromium draws. Screenshots at 360 and 1000 pixels go to tests/artifacts/."""

import functools
import http.server
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import RequestFactory

from claims import services
from claims.card_height import Font, line_count
from claims.embed import card_frame_height, embed_snippets
from claims.models import Claim, Rank, Verdict
from tests.database_image import DatabaseImages
from tests.factories import (
    EntityFactory,
    MetricFactory,
    SnapshotFactory,
    SourceFactory,
    claim_maker,
    role_user,
)
from tests.local_server import serving
from tests.pages.conftest import rival_claims_maker

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LAZY = 'loading="lazy" '

LONG_STATEMENT = (
    "The city's network of 1,200 facial-recognition cameras, installed between 2014 and 2018 "
    "under a contract worth US$150 million, cut recorded crime by 46 per cent in its first year, "
    "reduced the average police response time from 12 minutes to under four, and led to the "
    "arrest of more than 3,000 suspects, according to the mayor's annual report on public "
    "safety, which also claims that the system paid for itself within two years through lower "
    "policing costs and higher property values in the districts where it was deployed."
)
LONG_NOTE = (
    "The police published the full-year figures after our check: recorded crime rose by 3 per "
    "cent, and the fall of 46 per cent compared two different months of two different years."
)


def _figure(claim: Claim, actor: Any, name: str, value: int, period: str) -> None:
    services.figure_add(
        claim=claim,
        actor=actor,
        metric=MetricFactory(name=name),
        unit="percent",
        value=Decimal(value),
        period=period,
    )


def _cite(claim: Claim, actor: Any, title: str) -> None:
    snapshot = SnapshotFactory(source=SourceFactory(title=title))
    services.citation_add(
        claim=claim, actor=actor, source=snapshot.source, quote="crime fell by 46 per cent"
    )


@pytest.fixture
def fit_cases(db: None, database_images: DatabaseImages) -> Iterator[dict[str, Claim]]:
    """A plain claim, a long one, one corrected twice and a retracted one: built once per
    session (a third of a second through the services) and copied into each test, committed
    for a test with a live server (outside a transaction) and inside the test's own otherwise."""
    copy = database_images.restored if connection.in_atomic_block else database_images.committed
    with copy("card fit: the four claims", _fit_cases, first=True) as claim_ids:
        yield {name: Claim.objects.get(pk=pk) for name, pk in claim_ids.items()}


def _fit_cases() -> dict[str, int]:
    fact_checker, reviewer = role_user("fact_checker"), role_user("reviewer")
    make_claim = claim_maker(fact_checker, reviewer)
    rival_claims = rival_claims_maker(make_claim, reviewer)
    plain = make_claim(status="published")

    long = make_claim(
        status="draft",
        statement=LONG_STATEMENT,
        claimant=EntityFactory(name="Office of the Mayor and the Metropolitan Council"),
    )
    _figure(long, fact_checker, "Fall in recorded crime in the first year of operation", 46, "2018")
    _figure(long, fact_checker, "Average police response time, change", 67, "2017 to 2018")
    _figure(long, fact_checker, "Arrests attributed to camera matches", 30, "2018-2019")
    for n in range(4):
        _cite(
            long, fact_checker, f"Annual report on public safety and the camera network, part {n}"
        )
    services.claim_submit_for_review(claim=long, actor=fact_checker)
    services.claim_publish(
        claim=long, actor=reviewer, verdict=Verdict.MOSTLY_ACCURATE, explanation="Mostly."
    )
    rival = make_claim(status="in_review", statement="Police data show a fall of 24 per cent.")
    figure = rival.figures.get()
    figure.metric = long.figures.first().metric  # type: ignore[union-attr]
    figure.rank = Rank.PREFERRED
    figure.difference = "method"
    figure.save()
    services.claim_publish(claim=rival, actor=reviewer, verdict="accurate", explanation="Yes.")

    corrected = rival_claims()["claim"]
    for verdict in (Verdict.INACCURATE, Verdict.MISLEADING):
        services.claim_correct(claim=corrected, actor=reviewer, verdict=verdict, note=LONG_NOTE)

    retracted = make_claim(status="published")
    services.claim_retract(claim=retracted, actor=reviewer, reason=LONG_NOTE)

    claims = {"plain": plain, "long": long, "corrected": corrected, "retracted": retracted}
    return {name: claim.pk for name, claim in claims.items()}


@pytest.fixture
def editor_site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A plain static web server on another port: the editor's site."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with serving(handler) as base:
        yield base, tmp_path


def _snippets(claims: dict[str, Claim], live_server: Any, *, pin: int) -> list[tuple[str, str]]:
    """Each claim's default and compact embed codes, and the corrected claim's pinned to `pin`."""
    request = RequestFactory().get("/", HTTP_HOST=live_server.url.removeprefix("http://"))
    found = []
    for name, claim in claims.items():
        codes = embed_snippets(claim, request)
        found.append((f"{name}, full", codes["iframe"]))
        found.append((f"{name}, compact", codes["compact"]))
    pinned = embed_snippets(claims["corrected"], request, version=pin)
    found.append((f"corrected, pinned to version {pin}", pinned["iframe"]))
    return found


def _gallery(snippets: list[tuple[str, str]]) -> str:
    """An editor's page: the embed codes as pasted (made eager, so every frame loads at once)."""
    items = "".join(
        f"<section><h2>{name}</h2>{code.replace(LAZY, '')}</section>" for name, code in snippets
    )
    return (
        "<!doctype html><html><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width'><title>Cards</title><style>"
        "body{font-family:serif;margin:8px}h2{font-size:14px;margin:12px 0 4px}"
        "main{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(480px,100%),1fr));"
        "gap:0 16px}</style></head>"
        f"<body><main>{items}</main></body></html>"
    )


MEASURE = """() => {
  const card = document.querySelector('.card'), main = document.querySelector('.main');
  const fill = document.querySelector('.fill'), link = document.querySelector('.foot a');
  const box = link.getBoundingClientRect();
  return {
    width: innerWidth, height: innerHeight,
    cut: main.scrollHeight - main.clientHeight,
    scroll: document.documentElement.scrollHeight - innerHeight,
    link: [box.top, box.bottom, box.left, box.right],
    natural: card.getBoundingClientRect().height - main.clientHeight + fill.offsetHeight,
  };
}"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("flushable_db")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 360, 1000])
def test_the_plain_embed_code_shows_the_whole_card(
    browser, live_server, editor_site, fit_cases, width, theme
):
    corrected = fit_cases["corrected"]
    snippets = _snippets(fit_cases, live_server, pin=corrected.version - 2)
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=theme)
    tab = context.new_page()
    try:
        base, folder = editor_site
        (folder / "cards.html").write_text(_gallery(snippets))
        tab.goto(f"{base}/cards.html")
        frames = tab.locator("iframe[data-tally-card]")
        assert frames.count() == len(snippets)
        for index, (name, _code) in enumerate(snippets):
            frame = tab.frame_locator("iframe[data-tally-card]").nth(index)
            frame.locator(".foot a").wait_for(state="attached")
            box = frames.nth(index).bounding_box()
            assert box is not None
            assert box["width"] >= 300, name
            handle = frames.nth(index).element_handle()
            assert handle is not None
            content = handle.content_frame()
            assert content is not None
            seen = content.evaluate(MEASURE)
            assert seen["scroll"] <= 0, f"{name}: the frame scrolls"
            assert seen["cut"] <= 0, f"{name}: the card is cut by {seen['cut']} px"
            top, bottom, left, right = seen["link"]
            assert top >= 0 and bottom <= seen["height"], f"{name}: footer link outside the frame"
            assert left >= 0 and right <= seen["width"], f"{name}: footer link outside the frame"
            assert seen["natural"] <= box["height"], name
        if width in (360, 1000):
            # Frames from another origin paint only inside the viewport: make it the whole page.
            tall = tab.evaluate("document.documentElement.scrollHeight")
            tab.set_viewport_size({"width": width, "height": tall})
            tab.wait_for_timeout(300)
            folder = ARTIFACTS / "card-fit"
            folder.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(folder / f"all-{width}-{theme}.png"))
            for index, (name, _code) in enumerate(snippets):
                slug = name.replace(", ", "-").replace(" ", "-")
                shot = folder / f"{slug}-{width}-{theme}.png"
                tab.locator("section").nth(index).screenshot(path=str(shot))
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("flushable_db")
def test_an_embed_code_pasted_before_a_correction_still_shows_the_whole_card_after_it(
    browser, live_server, editor_site, make_claim, rival_claims, reviewer
):
    """The code on the editor's page never changes: the room a later correction note, a
    retraction or a newly published competing figure takes was kept when it was copied."""
    data = rival_claims()
    claim, rival = data["claim"], data["rival"]
    services.claim_retract(claim=rival, actor=reviewer, reason="Withdrawn.")
    retracted_later = make_claim(status="published")
    corrected_later = claim
    snippets = _snippets(
        {"corrected": corrected_later, "retracted": retracted_later},
        live_server,
        pin=corrected_later.version,
    )
    # Published after the codes were copied: two corrections with long notes, a retraction, and
    # a competing figure on the corrected claim's measure.
    for verdict in (Verdict.INACCURATE, Verdict.MISLEADING):
        services.claim_correct(
            claim=corrected_later, actor=reviewer, verdict=verdict, note=LONG_NOTE
        )
    services.claim_retract(claim=retracted_later, actor=reviewer, reason=LONG_NOTE)
    newcomer = make_claim(status="in_review", statement="A think tank puts the fall at 31%.")
    figure = newcomer.figures.get()
    figure.metric = data["metric"]
    figure.value = Decimal(31)
    figure.difference = "coverage"
    figure.save()
    services.claim_publish(claim=newcomer, actor=reviewer, verdict="accurate", explanation="Yes.")

    base, folder = editor_site
    (folder / "later.html").write_text(_gallery(snippets))
    for width in (320, 1000):
        context = browser.new_context(viewport={"width": width, "height": 800})
        tab = context.new_page()
        try:
            tab.goto(f"{base}/later.html")
            frames = tab.locator("iframe[data-tally-card]")
            for index, (name, _code) in enumerate(snippets):
                frame = tab.frame_locator("iframe[data-tally-card]").nth(index)
                frame.locator(".alert").first.wait_for()
                handle = frames.nth(index).element_handle()
                assert handle is not None
                content = handle.content_frame()
                assert content is not None
                seen = content.evaluate(MEASURE)
                assert seen["cut"] <= 0, f"{name} at {width}: cut by {seen['cut']} px"
                assert seen["link"][1] <= seen["height"], f"{name} at {width}: footer link cut"
        finally:
            context.close()


@pytest.mark.django_db
def test_the_height_is_worked_out_for_the_narrowest_frame_and_never_shrinks_with_it(fit_cases):
    for claim in fit_cases.values():
        at_300 = card_frame_height(claim)
        assert card_frame_height(claim, width=480) <= at_300
        assert card_frame_height(claim, width=250) >= at_300
        assert card_frame_height(claim, compact=True) < at_300


def test_a_word_longer_than_a_line_runs_on_over_several_lines():
    font = Font(10, 14)
    assert line_count([("x" * 10, font)], 1000) == 1
    assert line_count([("x" * 100, font)], 100) > 5
    assert line_count([("", font)], 100) == 1
    assert line_count([("x" * 100, font)], -40) >= 100  # no endless loop for a silly width
