"""Webhooks: a subscriber (added in the admin: URL, events) gets a signed POST (Standard
Webhooks) for each publication, correction and retraction it asked for, delivered by the job
queue with retries and a delivery log; the address rules of article fetching apply."""

import json
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from claims import services as claim_services
from core.models import Job
from tests.job_runner import run_jobs
from tests.local_server import serving
from webhooks import jobs, services
from webhooks.models import Delivery, DeliveryStatus, EventType, Subscriber

pytestmark = pytest.mark.django_db

LATER = timedelta(seconds=30)  # past the feed's settling time


class Receiver:
    """A subscriber's endpoint on 127.0.0.1: records each POST, answers `status`."""

    def __init__(self) -> None:
        self.posts: list[tuple[dict[str, str], bytes]] = []
        self.status = 204
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b"thanks" if receiver.status < 300 else b"try later")

            def log_message(self, *args: Any) -> None:
                pass

        self.handler = Handler
        self.url = ""


@pytest.fixture
def receiver(settings) -> Iterator[Receiver]:  # type: ignore[no-untyped-def]
    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = True  # the receiver is on loopback
    settings.TALLY_SITE_URL = "https://tally.example"
    server = Receiver()
    with serving(server.handler) as base:
        server.url = f"{base}/hooks/tally"
        yield server


@pytest.fixture
def admin_user(django_user_model):  # type: ignore[no-untyped-def]
    return django_user_model.objects.create_superuser("webhook-admin", "a@example.com", "pw")


def subscribe(receiver: Receiver, admin_user: Any, events: list[str] | None = None) -> Subscriber:
    return services.subscriber_create(
        url=receiver.url,
        events=events or [EventType.PUBLISHED, EventType.CORRECTED, EventType.RETRACTED],
        actor=admin_user,
        description="A newsroom's CMS",
    )


def test_a_publication_is_posted_signed_and_verifiable(receiver, admin_user, make_claim):
    subscriber = subscribe(receiver, admin_user)
    claim = make_claim(status="published")

    planned = services.deliveries_plan(now=timezone.now() + LATER)
    assert len(planned) == 1
    services.delivery_send(delivery=planned[0])

    headers, body = receiver.posts[0]
    event = Webhook(subscriber.secret).verify(body, headers)  # raises if the signature is wrong
    assert event["type"] == "claim.published"
    assert event["data"]["claim"]["id"] == claim.pk
    assert (
        event["data"]["claim"]["links"]["self"]
        == f"https://tally.example/api/v1/claims/{claim.pk}/"
    )
    assert headers["webhook-id"] == planned[0].message_id
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
        DeliveryStatus.DELIVERED,
        1,
        204,
    )


def test_a_tampered_body_fails_verification(receiver, admin_user, make_claim):
    subscriber = subscribe(receiver, admin_user)
    make_claim(status="published")
    services.delivery_send(delivery=services.deliveries_plan(now=timezone.now() + LATER)[0])
    headers, body = receiver.posts[0]
    with pytest.raises(WebhookVerificationError):
        Webhook(subscriber.secret).verify(body.replace(b"published", b"corrected"), headers)


def test_only_the_events_asked_for_are_sent_and_never_the_past(
    receiver, admin_user, make_claim, reviewer
):
    before = make_claim(status="published")
    subscribe(receiver, admin_user, events=[EventType.CORRECTED])
    claim = make_claim(status="published")
    claim_services.claim_correct(claim=claim, actor=reviewer, note="The period was 2015.")
    claim_services.claim_correct(claim=before, actor=reviewer, note="Fixed.")

    planned = services.deliveries_plan(now=timezone.now() + LATER)

    assert sorted((d.event_type, d.version.claim_id) for d in planned) == sorted(
        [("claim.corrected", claim.pk), ("claim.corrected", before.pk)]
    )
    assert services.deliveries_plan(now=timezone.now() + LATER) == []  # the cursor moved on


def test_the_queue_delivers_retries_a_failing_receiver_and_logs_each_attempt(
    receiver, admin_user, make_claim
):
    subscribe(receiver, admin_user)
    make_claim(status="published")
    receiver.status = 503

    jobs.enqueue(jobs.plan_webhook_deliveries, key="plan:now")  # what the scheduler runs
    run_jobs()
    assert Delivery.objects.count() == 0  # not settled yet: a later run plans it
    services_plan = services.deliveries_plan(now=timezone.now() + LATER)
    for delivery in services_plan:
        jobs.enqueue(jobs.send_webhook, key=f"webhook:{delivery.pk}", delivery_id=delivery.pk)
    run_jobs()

    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
        DeliveryStatus.PENDING,
        1,
        503,
    )
    assert "503" in delivery.last_error
    job = Job.objects.get(key=f"webhook:{delivery.pk}")
    assert job.status == "retrying"

    receiver.status = 200
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(id=job.result_id).update(run_after=timezone.now())
    run_jobs()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)
    assert len(receiver.posts) == 2
    assert receiver.posts[0][0]["webhook-id"] == receiver.posts[1][0]["webhook-id"]


def test_a_delivery_whose_retries_are_spent_is_marked_failed(receiver, admin_user, make_claim):
    subscribe(receiver, admin_user)
    make_claim(status="published")
    receiver.status = 500
    delivery = services.deliveries_plan(now=timezone.now() + LATER)[0]
    Delivery.objects.filter(pk=delivery.pk).update(attempts=jobs.DELIVERY_RETRIES)

    jobs.enqueue(jobs.send_webhook, key="last", delivery_id=delivery.pk)
    run_jobs()

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED
    assert "500" in delivery.last_error


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/hook",
        "http://10.0.0.7/hook",
        "http://[::1]/hook",
        "ftp://example.com/x",
        "http://h:99999/",
    ],
)
def test_loopback_private_and_malformed_addresses_are_refused(admin_user, url):
    with pytest.raises(ValidationError) as refused:
        services.subscriber_create(url=url, events=[EventType.PUBLISHED], actor=admin_user)
    assert "url" in refused.value.message_dict
    assert not Subscriber.objects.exists()


def test_unknown_events_are_refused(admin_user, settings):
    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = True
    with pytest.raises(ValidationError) as refused:
        services.subscriber_create(
            url="http://127.0.0.1/x", events=["claim.deleted"], actor=admin_user
        )
    assert "events" in refused.value.message_dict


def test_only_those_allowed_add_subscribers(fact_checker, settings):
    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = True
    with pytest.raises(PermissionDenied):
        services.subscriber_create(
            url="http://127.0.0.1/x", events=[EventType.PUBLISHED], actor=fact_checker
        )


def test_the_admin_adds_a_subscriber_shows_its_secret_and_logs_deliveries(
    client, receiver, admin_user, make_claim, settings
):
    client.force_login(admin_user)
    response = client.post(
        reverse("admin:webhooks_subscriber_add"),
        {"url": receiver.url, "description": "CMS", "events": ["claim.published"], "active": "on"},
    )
    assert response.status_code == 302, response.content[:1500]
    subscriber = Subscriber.objects.get()
    page = client.get(reverse("admin:webhooks_subscriber_change", args=[subscriber.pk]))
    assert subscriber.secret in page.content.decode()
    make_claim(status="published")
    services.delivery_send(delivery=services.deliveries_plan(now=timezone.now() + LATER)[0])
    log = client.get(reverse("admin:webhooks_delivery_changelist")).content.decode()
    assert "claim.published" in log and "Delivered" in log

    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = False
    refused = client.post(
        reverse("admin:webhooks_subscriber_add"),
        {"url": "http://10.1.2.3/x", "events": ["claim.published"], "active": "on"},
    )
    assert refused.status_code == 200
    assert "webhooks may not be sent there" in refused.content.decode()
    assert Subscriber.objects.count() == 1


def test_the_payload_is_the_frozen_version_not_the_live_claim(
    receiver, admin_user, make_claim, reviewer
):
    subscribe(receiver, admin_user)
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    old_name = metric.name
    delivery = services.deliveries_plan(now=timezone.now() + LATER)[0]
    claim_services.shared_record_update(record=metric, actor=reviewer, changes={"name": "Renamed"})

    services.delivery_send(delivery=delivery)

    event = json.loads(receiver.posts[0][1])
    assert event["data"]["claim"]["figures"][0]["metric"]["name"] == old_name


def test_the_admin_changes_a_subscriber_through_the_rules_and_a_paused_one_catches_up(
    client, receiver, admin_user, make_claim, settings
):
    """A change goes through subscriber_update: the address rules hold for an edit as for a new
    subscriber, and a subscriber paused then made active again is sent what it missed."""
    subscriber = services.subscriber_create(
        url=receiver.url, events=[EventType.PUBLISHED], actor=admin_user
    )
    change = reverse("admin:webhooks_subscriber_change", args=[subscriber.pk])
    client.force_login(admin_user)
    paused = client.post(
        change, {"url": receiver.url, "description": "CMS", "events": ["claim.published"]}
    )
    assert paused.status_code == 302
    subscriber.refresh_from_db()
    assert (subscriber.active, subscriber.description) == (False, "CMS")
    claim = make_claim(status="published")
    assert services.deliveries_plan(now=timezone.now() + LATER) == []

    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = False
    refused = client.post(
        change, {"url": "http://10.1.2.3/x", "events": ["claim.published"], "active": "on"}
    )
    assert refused.status_code == 200
    assert "webhooks may not be sent there" in refused.content.decode()
    subscriber.refresh_from_db()
    assert (subscriber.url, subscriber.active) == (receiver.url, False)

    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = True
    resumed = client.post(
        change, {"url": receiver.url, "events": ["claim.published"], "active": "on"}
    )
    assert resumed.status_code == 302
    planned = services.deliveries_plan(now=timezone.now() + LATER)
    assert [(d.version.claim_id, d.event_type) for d in planned] == [
        (claim.pk, EventType.PUBLISHED)
    ]


def test_only_those_allowed_change_subscribers(admin_user, fact_checker, settings):
    settings.TALLY_WEBHOOK_ALLOW_PRIVATE = True
    subscriber = services.subscriber_create(
        url="http://127.0.0.1/x", events=[EventType.PUBLISHED], actor=admin_user
    )
    with pytest.raises(PermissionDenied):
        services.subscriber_update(
            subscriber=subscriber,
            actor=fact_checker,
            url="http://127.0.0.1/y",
            events=[EventType.PUBLISHED],
        )
    with pytest.raises(ValidationError) as refused:
        services.subscriber_update(
            subscriber=subscriber, actor=admin_user, url="http://127.0.0.1/y", events=[]
        )
    assert "events" in refused.value.message_dict
    subscriber.refresh_from_db()
    assert subscriber.url == "http://127.0.0.1/x"
