"""The admin's intake pages and webhook subscribers against hostile POST bodies: every refused
value is a form error shown beside its field, never a 500, and nothing is decided or stored."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim
from intake import services as intake_services
from intake.models import Suggestion
from sources.models import Entity, Source
from tests.forms import form_data
from webhooks.models import Subscriber

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Harbour crime.\n\nThe mayor, Jane Smith, said crime fell by 46 per cent after the cameras "
    "went up last year.\n\nThe harbour master said the port added 12 new cranes."
)


@pytest.fixture
def suggestion(fact_checker) -> Suggestion:  # type: ignore[no-untyped-def]
    report = intake_services.source_ingest(
        text=ARTICLE, origin="harbour.txt", publisher_name="Harbour News"
    )
    return next(s for s in report.suggestions if "46 per cent" in s.sentence)


def _decide(client, suggestion: Suggestion, decision: str, **fields: object):  # type: ignore[no-untyped-def]
    data = {"new_claimant": "Jane Smith", "new_metric_0": "Fall in crime", **fields}
    return client.post(reverse(f"admin:intake_suggestion_{decision}", args=[suggestion.pk]), data)


@pytest.mark.parametrize(
    "claimant",
    ["abc", "99999999999999999999", str(2**63), "\x00", "1e3", "x" * 10_000, ["1", "abc"]],
)
@pytest.mark.parametrize("decision", ["accept", "dismiss", "change"])
def test_a_claimant_that_is_no_entity_id_is_a_form_error_not_a_500(
    client, fact_checker, suggestion, claimant, decision
):
    """Django's autocomplete widget looked every posted value up to draw it as selected, so
    "abc" raised ValueError and a number beyond bigint OverflowError: a 500 for the page that
    should have said "Select a valid choice"."""
    client.force_login(fact_checker)

    response = _decide(client, suggestion, decision, claimant=claimant)

    assert response.status_code == 200
    assert "Select a valid choice. That choice is not one of the available choices." in (
        response.content.decode()
    )
    suggestion.refresh_from_db()
    assert suggestion.status == "pending"


def test_a_recorded_claimant_chosen_by_id_is_still_accepted(client, fact_checker, suggestion):
    client.force_login(fact_checker)
    publisher = Source.objects.get(pk=suggestion.source_id).publisher

    response = _decide(client, suggestion, "accept", claimant=str(publisher.pk), new_claimant="")

    assert response.status_code == 302
    suggestion.refresh_from_db()
    assert suggestion.status == "accepted"
    assert suggestion.claim.claimant == publisher


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("new_claimant_kind", "pirate", "Select a valid choice. pirate is not one of the"),
        ("new_claimant_kind", "\x00", "Select a valid choice."),
        ("note", "why\x00not", "Null characters are not allowed."),
    ],
)
@pytest.mark.parametrize("decision", ["accept", "dismiss"])
def test_every_refused_decision_field_shows_its_error(
    client, fact_checker, suggestion, field, value, message, decision
):
    """The page came back with no error at all for these two fields: the button seemed to do
    nothing."""
    client.force_login(fact_checker)

    response = _decide(client, suggestion, decision, **{field: value})

    assert response.status_code == 200
    assert message in response.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.status == "pending"


@pytest.mark.parametrize(
    ("request_key", "message"),
    [
        ("k" * 65, "This form&#x27;s key was not issued by Tally: open Add article again."),
        ("key\x00", "Null characters are not allowed."),
    ],
)
def test_add_article_says_why_it_refused_a_hidden_request_key(
    client, fact_checker, request_key, message
):
    client.force_login(fact_checker)
    sources_before = Source.objects.count()

    response = client.post(
        reverse("admin:intake_suggestion_add_article"),
        {"text": ARTICLE, "request_key": request_key},
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Source.objects.count() == sources_before


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", "Enter a valid URL."),
        ("http://\x00/", "Null characters are not allowed."),
        ("ftp://files.example/a.txt", "Only http and https URLs can be fetched, not ftp."),
        ("http://127.0.0.1/", "a loopback, private or reserved address"),
        ("http://[::1]/x", "a loopback, private or reserved address"),
        ("http://2130706433/", "Enter a valid URL."),  # 127.0.0.1 as one number
        ("http://" + "a" * 300 + ".example/", "Enter a valid URL."),
        ("https://" + "x" * 100_000, "Enter a valid URL."),
    ],
)
def test_add_article_by_url_refuses_what_it_must_not_fetch_naming_why(
    client, fact_checker, url, message
):
    client.force_login(fact_checker)

    response = client.post(reverse("admin:intake_suggestion_add_article"), {"url": url})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Source.objects.exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", "Enter a valid URL."),
        ("http://10.1.2.3/hook", "webhooks may not be sent there"),
        ("http://[::ffff:127.0.0.1]/hook", "webhooks may not be sent there"),
        ("http://0x7f000001/hook", "Enter a valid URL."),  # 127.0.0.1 in hex
        ("http://2130706433/hook", "Enter a valid URL."),
        ("http://169.254.169.254/latest/meta-data/", "webhooks may not be sent there"),
        ("ftp://93.184.216.34/hook", "Only http and https URLs can be fetched, not ftp."),
        ("https://" + "x" * 600, "Ensure this value has at most 500 characters"),
    ],
)
def test_a_webhook_subscriber_address_that_breaks_the_rules_is_a_form_error(
    client, admin_user, settings, url, message
):
    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = False
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:webhooks_subscriber_add"),
        {"url": url, "events": ["claim.published"], "active": "on"},
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize("events", [["claim.exploded"], [], ["\x00"]])
def test_a_webhook_subscriber_with_no_known_event_is_a_form_error(
    client, admin_user, settings, events
):
    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = True
    client.force_login(admin_user)

    response = client.post(
        reverse("admin:webhooks_subscriber_add"),
        {"url": "http://93.184.216.34/hook", "events": events, "active": "on"},
    )

    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_post_without_a_csrf_token_is_refused_and_decides_nothing(fact_checker, suggestion):
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)

    response = _decide(client, suggestion, "dismiss", note="no token")

    assert response.status_code == 403
    suggestion.refresh_from_db()
    assert suggestion.status == "pending"


# Every admin form with an autocomplete field (core.autocomplete): Django's widget looked up the
# posted value unchecked while drawing the refused form, a 500 for "abc" or a number past bigint.
AUTOCOMPLETE_FORMS = [
    ("admin:claims_claim_add", "claim_form", "claimant", {"statement": "Crime fell."}),
    ("admin:claims_claim_add", "claim_form", "figures-0-metric", {"statement": "Crime fell."}),
    ("admin:sources_source_add", "source_form", "publisher", {"title": "A report"}),
    ("admin:sources_source_add", "source_form", "parent", {"title": "A report"}),
    ("admin:sources_snapshot_add", "snapshot_form", "source", {"text": "Some text."}),
]


@pytest.mark.parametrize("junk", ["abc", "99999999999999999999", "-1", "1_0"])
@pytest.mark.parametrize(("name", "form_id", "field", "fields"), AUTOCOMPLETE_FORMS)
def test_an_autocomplete_field_given_no_id_is_a_form_error_not_a_500(
    client, admin_user, name, form_id, field, fields, junk
):
    client.force_login(admin_user)
    url = reverse(name)
    data = form_data(client.get(url).content.decode(), form_id=form_id)
    if field.startswith("figures-"):  # a figure row of the claim's inline, added as a user would
        data.update({"figures-TOTAL_FORMS": "1", "figures-0-value": "46"})
    data.update({**fields, field: junk})
    counts = (Claim.objects.count(), Source.objects.count())

    response = client.post(url, data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert (Claim.objects.count(), Source.objects.count()) == counts


@pytest.mark.parametrize("model", ["entity", "source"])
def test_an_address_typed_without_its_scheme_is_kept_as_https(client, reviewer, model):  # type: ignore[no-untyped-def]
    """As the intake and webhook forms take it; Django 5's default, http, is on its way out."""
    client.force_login(reviewer)
    add = reverse(f"admin:sources_{model}_add")
    data = form_data(client.get(add).content.decode())
    name = {"entity": {"name": "Harbour Board", "slug": "harbour-board", "kind": "government"}}
    data.update(name.get(model, {"title": "Harbour report", "kind": "report"}))
    data["url"] = "harbour.example/report-2024"
    saved = client.post(add, data)
    assert saved.status_code == 302, saved.content.decode()[:3000]
    stored = Source.objects.get() if model == "source" else Entity.objects.get(slug="harbour-board")
    assert stored.url == "https://harbour.example/report-2024"
