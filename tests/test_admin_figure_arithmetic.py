"""The admin's figure inline: what a figure was computed from, saved through the services, and its
arithmetic checks shown to fact-checkers as warnings with the computation."""

import pytest
from django.urls import reverse

from claims.models import BasisKind, Claim, Figure
from tests.forms import form_data

pytestmark = pytest.mark.django_db


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def test_the_figure_inline_shows_the_warnings_with_their_arithmetic(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    Figure.objects.filter(claim=claim).update(
        basis=BasisKind.FALL,
        basis_baseline_value=2286,
        basis_end_value=1800,
        basis_baseline_period="2014",
        basis_end_period="March 2015",
    )
    client.force_login(fact_checker)

    body = client.get(change_url(claim)).content.decode()

    checks = body[body.index('class="tally-arithmetic"') :]
    checks = checks[: checks.index("</ul>")]
    assert "tally-badge--warn" in checks
    assert "Does not follow from its values" in checks
    assert "The stated 46% does not follow from its values: they give 21.3%." in checks
    assert "(1,800 − 2,286) ÷ 2,286 = −21.3%: a fall of 21.3%" in checks
    assert "Different or unstated periods" in checks
    # Warnings come first.
    assert "tally-badge--warn" in checks.split("<li>")[1]


def test_a_basis_entered_in_the_admin_is_saved_through_the_services(
    client, fact_checker, make_claim
):
    claim = make_claim(status="draft")
    client.force_login(fact_checker)
    data = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    data.update(
        {
            "figures-0-basis": "share",
            "figures-0-basis_part_value": "46",
            "figures-0-basis_part_counts": "false matches",
            "figures-0-basis_whole_value": "100",
            "figures-0-basis_whole_counts": "alerts",
            "figures-0-basis_read_as": "people scanned",
        }
    )
    version = claim.version

    response = client.post(change_url(claim), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    figure = claim.figures.get()
    assert (figure.basis, figure.basis_part_value, figure.basis_read_as) == (
        "share",
        46,
        "people scanned",
    )
    claim.refresh_from_db()
    assert claim.version > version  # written through the services, which move it on
    body = client.get(change_url(claim)).content.decode()
    assert "A share of one population read as a rate of another" in body


def test_a_part_larger_than_its_whole_is_refused_on_its_field(client, fact_checker, make_claim):
    claim = make_claim(status="draft")
    client.force_login(fact_checker)
    data = form_data(client.get(change_url(claim)).content.decode(), form_id="claim_form")
    data.update(
        {
            "figures-0-basis": "share",
            "figures-0-basis_part_value": "200",
            "figures-0-basis_whole_value": "176",
        }
    )

    response = client.post(change_url(claim), data)

    assert response.status_code == 200
    assert "The part (200) is larger than its whole (176)." in response.content.decode()
    assert claim.figures.get().basis == ""
