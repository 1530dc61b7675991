"""Figures typed as an article writes them ("$240 million", "4.5bn", "46%", "over 1bn", "nearly
half a million"): read by the one figure reader into a Figure's fields, shown as read before the
admin stores them, refused with a message when they are not one figure; through the API too, and
a figure as every page shows it reads back as itself."""

from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.figure_input import FigureInputError, FigureReading, read_figure
from claims.figures_parser import ISO_CODES
from claims.models import Claim, Figure, Qualifier, Unit, figure_display
from sources.models import DatePrecision
from tests.factories import MetricFactory
from tests.forms import form_data

# -- the reader ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value", "unit", "currency", "qualifier"),
    [
        ("$240 million", "240000000", Unit.CURRENCY, "USD", Qualifier.EXACT),
        ("4.5bn", "4500000000", Unit.COUNT, "", Qualifier.EXACT),
        ("46%", "46", Unit.PERCENT, "", Qualifier.EXACT),
        ("over 1bn", "1000000000", Unit.COUNT, "", Qualifier.MORE_THAN),
        ("nearly half a million", "500000", Unit.COUNT, "", Qualifier.NEARLY),
        ("almost 90%", "90", Unit.PERCENT, "", Qualifier.NEARLY),
        ("1.3 billion", "1300000000", Unit.COUNT, "", Qualifier.EXACT),
        ("about 12", "12", Unit.COUNT, "", Qualifier.ABOUT),
        ("some 40,000", "40000", Unit.COUNT, "", Qualifier.ABOUT),
        ("around 5%", "5", Unit.PERCENT, "", Qualifier.ABOUT),
        ("more than $4.5 billion", "4500000000", Unit.CURRENCY, "USD", Qualifier.MORE_THAN),
        ("at least 52", "52", Unit.COUNT, "", Qualifier.AT_LEAST),
        ("up to 35 per cent", "35", Unit.PERCENT, "", Qualifier.UP_TO),
        ("less than 5%", "5", Unit.PERCENT, "", Qualifier.LESS_THAN),
        ("under 10", "10", Unit.COUNT, "", Qualifier.LESS_THAN),
        ("fewer than 3", "3", Unit.COUNT, "", Qualifier.LESS_THAN),
        ("10 percentage points", "10", Unit.PERCENTAGE_POINTS, "", Qualifier.EXACT),
        ("15 years", "15", Unit.YEARS, "", Qualifier.EXACT),
        ("£3bn", "3000000000", Unit.CURRENCY, "GBP", Qualifier.EXACT),
        ("KES 240 million", "240000000", Unit.CURRENCY, "KES", Qualifier.EXACT),
        ("A$1.5 billion", "1500000000", Unit.CURRENCY, "AUD", Qualifier.EXACT),
        ("-3.5%", "-3.5", Unit.PERCENT, "", Qualifier.EXACT),
        ("more than -$2 billion", "-2000000000", Unit.CURRENCY, "USD", Qualifier.MORE_THAN),
    ],
)
def test_a_figure_typed_as_written_is_read_into_the_figures_fields(
    written, value, unit, currency, qualifier
):
    reading = read_figure(written)

    assert isinstance(reading, FigureReading), reading
    assert (reading.value, reading.unit, reading.currency, reading.qualifier) == (
        Decimal(value),
        unit,
        currency,
        qualifier,
    )
    assert reading.as_written == written


def test_nearly_and_almost_are_their_own_qualifier_not_about():
    nearly, about = read_figure("nearly 40,000"), read_figure("about 40,000")

    assert isinstance(nearly, FigureReading) and isinstance(about, FigureReading)
    assert (nearly.qualifier, about.qualifier) == (Qualifier.NEARLY, Qualifier.ABOUT)


def test_the_reading_says_what_was_understood_at_full_scale():
    reading = read_figure("$240 million")

    assert isinstance(reading, FigureReading)
    assert reading.summary == "$240 million — 240,000,000 USD, exactly"
    over = read_figure("over 1bn")
    assert isinstance(over, FigureReading)
    assert over.summary == "more than 1 billion — 1,000,000,000 (a count), more than"


def test_the_whole_text_is_kept_as_written_with_its_spaces_tidied():
    reading = read_figure("  spent  $240 million ")

    assert isinstance(reading, FigureReading)
    assert reading.as_written == "spent $240 million"
    assert reading.value == 240_000_000


@pytest.mark.parametrize(
    ("written", "message"),
    [
        (
            "hello",
            "No figure in “hello”: write it as you would in an article, e.g. $240 million, 46%, "
            "at least 52.",
        ),
        ("48 and 41", "“48 and 41” holds two figures (48 and 41): give one."),
        ("", "Type the figure as an article writes it, e.g. $240 million, 46%, at least 52."),
        (
            "millions of people",
            "“millions of people” says how many only vaguely: give the number, e.g. at least 2 "
            "million.",
        ),
        (
            "x" * 201,
            "Write the figure alone, in at most 200 characters, e.g. $240 million, 46%, "
            "at least 52.",
        ),
    ],
)
def test_what_is_not_one_figure_is_refused_with_a_message(written, message):
    assert read_figure(written) == FigureInputError(message)


def test_a_year_alone_is_not_read_as_a_figure():
    refused = read_figure("in 2019")

    assert isinstance(refused, FigureInputError)
    assert refused.message.startswith("No figure in “in 2019”")


# -- format then parse gives the value back ---------------------------------------------------------

NUMBER_UNITS = [Unit.PERCENT, Unit.PERCENTAGE_POINTS, Unit.COUNT, Unit.CURRENCY, Unit.YEARS]


@st.composite
def figures(draw: Any) -> dict[str, Any]:
    unit = draw(st.sampled_from(NUMBER_UNITS))
    places = draw(st.integers(min_value=0, max_value=6))
    whole = draw(
        st.one_of(
            st.integers(min_value=0, max_value=10**17),
            # the round values words are for: 240 million, 4.5 billion
            st.builds(
                lambda digits, scale: digits * 10**scale,
                st.integers(min_value=1, max_value=999),
                st.integers(min_value=3, max_value=12),
            ),
        )
    )
    value = Decimal(whole) / (10**places) if places and whole < 10**17 else Decimal(whole)
    if draw(st.booleans()) and value:
        value = -value
    return {
        "unit": unit,
        "value": value,
        "currency": draw(st.sampled_from(ISO_CODES)) if unit == Unit.CURRENCY else "",
        "qualifier": draw(st.sampled_from(Qualifier.values)),
    }


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(figures())
def test_a_figure_as_shown_reads_back_as_the_same_figure(figure):
    shown = figure_display(date_value=None, date_value_precision=DatePrecision.UNKNOWN, **figure)

    reading = read_figure(shown)

    assert isinstance(reading, FigureReading), (shown, reading)
    assert (reading.value, reading.unit, reading.currency, reading.qualifier) == (
        figure["value"],
        figure["unit"],
        figure["currency"],
        figure["qualifier"],
    ), shown


# -- the admin: the claim page's figures ----------------------------------------------------------

WE_READ_MONEY = "We read this as: $240 million — 240,000,000 USD, exactly."


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def with_new_figure(client: Client, claim: Claim, **row: str) -> dict[str, Any]:
    """The claim's change form as the browser submits it, with a figure row added."""
    data = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    index = int(data["figures-TOTAL_FORMS"])
    data["figures-TOTAL_FORMS"] = str(index + 1)
    data.update(
        {
            f"figures-{index}-qualifier": "exact",
            f"figures-{index}-date_value_precision": "unknown",
            f"figures-{index}-rank": "normal",
            f"figures-{index}-difference": "none",
        }
    )
    data.update({f"figures-{index}-{name}": value for name, value in row.items()})
    return data


def test_a_figure_typed_as_written_is_shown_as_read_and_stored_once_confirmed(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    metric = MetricFactory(unit="currency")
    client.force_login(fact_checker)

    shown = client.post(
        change_url(claim),
        with_new_figure(client, claim, metric=str(metric.pk), written="$240 million"),
    )

    assert shown.status_code == 200
    body = shown.content.decode()
    assert WE_READ_MONEY in body
    assert "Save as read" in body
    assert not claim.figures.filter(metric=metric).exists()  # nothing stored yet

    again = form_data(body, form_id="claim_form")
    assert again["figures-1-read_text"] == "$240 million"
    again["figures-1-confirm_reading"] = "on"
    saved = client.post(change_url(claim), again)

    assert saved.status_code == 302, saved.content.decode()[:3000]
    figure = claim.figures.get(metric=metric)
    assert (figure.value, figure.unit, figure.currency, figure.qualifier, figure.as_written) == (
        Decimal(240_000_000),
        Unit.CURRENCY,
        "USD",
        Qualifier.EXACT,
        "$240 million",
    )


def test_a_tick_confirms_only_the_text_whose_reading_was_shown(client, fact_checker, make_claim):
    claim = make_claim(status="draft")
    metric = MetricFactory()
    client.force_login(fact_checker)
    shown = client.post(
        change_url(claim), with_new_figure(client, claim, metric=str(metric.pk), written="over 1bn")
    )
    data = form_data(shown.content.decode(), form_id="claim_form")
    data["figures-1-confirm_reading"] = "on"
    data["figures-1-written"] = "nearly half a million"  # changed after the reading was shown

    response = client.post(change_url(claim), data)

    assert response.status_code == 200
    assert "We read this as: nearly half a million — 500,000 (a count), nearly." in (
        response.content.decode()
    )
    assert not claim.figures.filter(metric=metric).exists()


def test_an_unreadable_figure_is_an_error_on_its_field_and_nothing_is_stored(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    metric = MetricFactory()
    version = claim.version
    client.force_login(fact_checker)

    response = client.post(
        change_url(claim),
        with_new_figure(client, claim, metric=str(metric.pk), written="48 and 41"),
    )

    assert response.status_code == 200
    assert "“48 and 41” holds two figures (48 and 41): give one." in response.content.decode()
    claim.refresh_from_db()
    assert (claim.figures.count(), claim.version) == (1, version)


def test_a_figure_written_and_a_value_that_disagree_are_refused(client, fact_checker, make_claim):
    claim = make_claim(status="draft")
    client.force_login(fact_checker)
    data = with_new_figure(
        client, claim, metric=str(MetricFactory().pk), written="46%", value="50", unit="percent"
    )

    response = client.post(change_url(claim), data)

    assert response.status_code == 200
    assert "“46%” reads as 46% — 46 per cent, exactly, but the value you set says otherwise" in (
        response.content.decode()
    )
    assert claim.figures.count() == 1


def test_the_value_and_unit_fields_still_work_alone(client, fact_checker, make_claim):
    claim = make_claim(status="draft")
    metric = MetricFactory()
    client.force_login(fact_checker)

    response = client.post(
        change_url(claim),
        with_new_figure(client, claim, metric=str(metric.pk), value="4200", unit="count"),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    assert claim.figures.get(metric=metric).value == 4200


def test_a_new_figure_needs_a_unit_or_a_figure_as_written(client, fact_checker, make_claim):
    claim = make_claim(status="draft")
    client.force_login(fact_checker)

    response = client.post(
        change_url(claim), with_new_figure(client, claim, metric=str(MetricFactory().pk), value="7")
    )

    assert response.status_code == 200
    assert "Choose the unit, or type the figure as written." in response.content.decode()
    assert claim.figures.count() == 1


# -- the admin: the Correct page -------------------------------------------------------------------


def correct_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_workflow", args=[claim.pk, "correct"])


def test_a_correction_typed_as_written_is_shown_as_read_then_stored(client, reviewer, make_claim):
    claim = make_claim(status="published")
    client.force_login(reviewer)
    data = form_data(client.get(correct_url(claim)).content.decode(), form_id="workflow-form")
    data.update({"figures-0-written": "nearly 50%", "note": "The survey said nearly half."})

    shown = client.post(correct_url(claim), data)

    assert shown.status_code == 200
    assert "We read this as: nearly 50% — 50 per cent, nearly." in shown.content.decode()
    claim.refresh_from_db()
    assert claim.status == "published"
    assert claim.figures.get().value == 46

    again = form_data(shown.content.decode(), form_id="workflow-form")
    again["figures-0-confirm_reading"] = "on"
    stored = client.post(correct_url(claim), again)

    assert stored.status_code == 302, stored.content.decode()[:3000]
    claim.refresh_from_db()
    figure = claim.figures.get()
    assert claim.status == "corrected"
    assert (figure.value, figure.qualifier, figure.as_written) == (
        Decimal(50),
        Qualifier.NEARLY,
        "nearly 50%",
    )
    assert figure.display == "nearly 50%"


def test_an_unreadable_correction_is_refused_on_its_row(client, reviewer, make_claim):
    claim = make_claim(status="published")
    version = claim.version
    client.force_login(reviewer)
    data = form_data(client.get(correct_url(claim)).content.decode(), form_id="workflow-form")
    data.update({"figures-0-written": "a lot", "note": "Changed."})

    response = client.post(correct_url(claim), data)

    assert response.status_code == 200
    assert "No figure in “a lot”" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("published", version)


# -- the API ---------------------------------------------------------------------------------------


def token_client(user: Any) -> APIClient:
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def etag_of(client: APIClient, claim_id: int) -> str:
    return str(client.get(f"/api/v1/claims/{claim_id}/")["ETag"])


def test_the_api_says_what_it_reads_without_saving_anything(fact_checker):
    client = token_client(fact_checker)

    response = client.post("/api/v1/figures/read/", {"written": "$240 million"}, format="json")

    assert response.status_code == 200, response.json()
    assert response.json() == {
        "written": "$240 million",
        "value": "240000000.000000",
        "unit": "currency",
        "currency": "USD",
        "qualifier": "exact",
        "as_written": "$240 million",
        "display": "$240 million",
        "summary": "$240 million — 240,000,000 USD, exactly",
    }
    assert not Figure.objects.exists()


def test_the_api_refuses_to_read_what_is_not_one_figure(fact_checker):
    client = token_client(fact_checker)

    response = client.post("/api/v1/figures/read/", {"written": "48 and 41"}, format="json")

    assert response.status_code == 400
    assert response.json() == {"written": ["“48 and 41” holds two figures (48 and 41): give one."]}


@pytest.mark.django_db
def test_reading_a_figure_needs_a_sign_in():
    assert (
        APIClient().post("/api/v1/figures/read/", {"written": "46%"}, format="json").status_code
        == 401
    )


def test_a_figure_is_added_as_written(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)
    metric = MetricFactory()

    added = client.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": metric.pk, "written": "nearly half a million"},
        format="json",
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert added.status_code == 201, added.json()
    figure = claim.figures.get(metric=metric)
    assert (figure.value, figure.unit, figure.qualifier, figure.as_written) == (
        Decimal(500_000),
        Unit.COUNT,
        Qualifier.NEARLY,
        "nearly half a million",
    )
    shown = next(f for f in added.json()["figures"] if f["metric"]["id"] == metric.pk)
    assert shown["display"] == "nearly half a million"


def test_a_figure_written_beside_fields_that_agree_is_added(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)

    added = client.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": MetricFactory().pk, "written": "46%", "unit": "percent", "value": "46"},
        format="json",
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert added.status_code == 201, added.json()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"written": "hello"}, "No figure in “hello”"),
        ({"written": "$240 million", "value": "240"}, "“$240 million” reads as $240 million"),
        ({"written": "46%", "unit": "count"}, "but `unit` count says otherwise"),
    ],
)
def test_an_unreadable_or_contradicted_figure_is_a_400_naming_written(
    fact_checker, make_claim, body, message
):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)
    version = claim.version

    response = client.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": MetricFactory().pk, **body},
        format="json",
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 400
    assert list(response.json()) == ["written"]
    assert message in response.json()["written"][0]
    claim.refresh_from_db()
    assert (claim.figures.count(), claim.version) == (1, version)


def test_a_figure_without_unit_or_written_is_refused_naming_unit(fact_checker, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)

    response = client.post(
        f"/api/v1/claims/{claim.pk}/figures/",
        {"metric": MetricFactory().pk, "value": "7"},
        format="json",
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert response.status_code == 400
    assert list(response.json()) == ["unit"]


def test_a_figure_is_edited_and_corrected_as_written(fact_checker, reviewer, make_claim):
    claim = make_claim(status="draft")
    client = token_client(fact_checker)
    figure = claim.figures.get()

    edited = client.patch(
        f"/api/v1/figures/{figure.pk}/",
        {"written": "over $1bn"},
        format="json",
        HTTP_IF_MATCH=etag_of(client, claim.pk),
    )

    assert edited.status_code == 200, edited.json()
    figure.refresh_from_db()
    assert (figure.value, figure.unit, figure.currency, figure.qualifier) == (
        Decimal(10**9),
        Unit.CURRENCY,
        "USD",
        Qualifier.MORE_THAN,
    )

    published = make_claim(status="published")
    boss = token_client(reviewer)
    corrected = boss.post(
        f"/api/v1/claims/{published.pk}/correct/",
        {
            "note": "The report says almost 40 per cent.",
            "figures": [{"id": published.figures.get().pk, "written": "almost 40%"}],
        },
        format="json",
        HTTP_IF_MATCH=etag_of(boss, published.pk),
    )

    assert corrected.status_code == 200, corrected.json()
    fixed = published.figures.get()
    assert (fixed.value, fixed.qualifier, fixed.as_written) == (
        Decimal(40),
        Qualifier.NEARLY,
        "almost 40%",
    )


def test_the_parser_writes_the_figure_models_own_unit_and_qualifier_values():
    """claims.figures_parser keeps them as plain strings (it imports no Django); read_figure
    turns them into Unit and Qualifier directly, so they must be the model's values."""
    from claims import figures_parser
    from claims.models import Qualifier, Unit

    units = [figures_parser.PERCENT, figures_parser.PERCENTAGE_POINTS, figures_parser.COUNT]
    units += [figures_parser.CURRENCY, figures_parser.YEARS]
    assert set(units) <= set(Unit.values)
    assert set(figures_parser.QUALIFIERS.values()) | {figures_parser.EXACT} <= set(Qualifier.values)
