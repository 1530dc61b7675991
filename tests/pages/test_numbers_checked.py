"""The claim page's "How we checked the numbers": each figure recomputed from what it was
computed from, in words and with the arithmetic, for readers."""

import pytest
from django.urls import reverse

from claims.models import BasisKind, Figure

pytestmark = pytest.mark.django_db


def test_the_claim_page_shows_how_we_checked_the_numbers(client, make_claim):
    claim = make_claim(status="published")
    Figure.objects.filter(claim=claim).update(
        basis=BasisKind.FALL,
        basis_baseline_value=2286,
        basis_end_value=1234,
        basis_end_period="2015",
        basis_note="The city's own crime statistics.",
    )

    body = client.get(reverse("claim_page", args=[claim.pk])).content.decode()

    section = body[body.index('id="arithmetic-heading"') : body.index('id="sources-heading"')]
    assert "How we checked the numbers" in section
    assert "The stated 46% follows from the values it was computed from." in section
    assert "(1,234 − 2,286) ÷ 2,286 = −46.0%: a fall of 46.0%" in section
    assert "The sources do not say which period the baseline covers" in section
    assert "The city&#x27;s own crime statistics." in section
    assert body.index('id="figures-heading"') < body.index('id="arithmetic-heading"')


def test_a_claim_whose_figures_record_no_basis_has_no_such_section(client, make_claim):
    claim = make_claim(status="published")

    body = client.get(reverse("claim_page", args=[claim.pk])).content.decode()

    assert "How we checked the numbers" not in body


def test_the_seeded_uk_figure_tells_readers_it_is_a_share_of_alerts(client, seed_dataset):
    from claims.models import Claim

    claim = Claim.objects.get(seed_key="hawkins-uk-police-trials-91-percent-false-positives")

    body = client.get(reverse("claim_page", args=[claim.pk])).content.decode()

    assert "A share of one population read as a rate of another." in body
    assert "91% is a share of cases (matches the facial recognition system flagged)" in body
