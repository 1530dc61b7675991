"""An article's own analysis or investigation ("a Chronicle analysis of its accounts shows") is
the publisher's statement: when the ingest knows the publisher's name, a name the sentence gives
that is the publisher's, or part of it, is no claimant. Another outlet's analysis stays that
outlet's, and without a publisher's name nothing changes. Every sentence here was written for
this test; every name is invented."""

import pytest

from intake import services as intake_services
from intake.extract import extract_suggestions
from intake.normalise import normalise

_PUBLISHER = "Dunmore Evening Chronicle"


def _claimants(text: str, publisher: str = "") -> list[str]:
    return [
        claimant
        for item in extract_suggestions(normalise(text), publisher=publisher)
        for claimant in item.figure_claimants
    ]


def test_the_publishers_own_analysis_is_the_publishers() -> None:
    text = "The trust has spent £4.1m on agency nurses since 2021, a Chronicle analysis shows.\n"
    assert _claimants(text, _PUBLISHER) == [""]


def test_an_investigation_by_the_publisher_under_its_full_name_is_the_publishers() -> None:
    text = "An investigation by the Dunmore Evening Chronicle found 312 unpaid invoices.\n"
    assert _claimants(text, _PUBLISHER) == [""]


def test_another_outlets_analysis_is_that_outlets() -> None:
    text = "Councils lost £82m to late payments, a Ledger analysis of their accounts found.\n"
    assert _claimants(text, _PUBLISHER) == ["Ledger"]


def test_without_the_publishers_name_the_analysis_is_the_name_it_gives() -> None:
    text = "The trust has spent £4.1m on agency nurses since 2021, a Chronicle analysis shows.\n"
    assert _claimants(text) == ["Chronicle"]


@pytest.mark.django_db
def test_an_ingest_given_the_publishers_name_leaves_its_own_analysis_unattributed() -> None:
    text = (
        "Agency nurses cost the trust £4.1m last year, a Chronicle analysis of its accounts "
        "shows.\n\n"
        "Waiting lists grew 12 percent, the Orrel Health Board said.\n"
    )
    report = intake_services.source_ingest(text=text, origin="trust.txt", publisher_name=_PUBLISHER)
    claimants = {item.figures[0]["as_written"]: item.claimant_name for item in report.suggestions}
    assert claimants == {"£4.1m": "", "12 percent": "Orrel Health Board"}
