"""Subscribing, planning what each subscriber is sent, and sending it. The events are the frozen
public versions (claims.models.ClaimVersion) in the changes feed's order: the feed is the
outbox, so a publication's transaction does no more than freeze its version, and a subscriber
added, paused or failing never holds up the newsroom's work."""

import json
from collections.abc import Collection
from datetime import datetime, timedelta
from http.client import HTTPResponse
from typing import Any
from urllib import error, request

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from standardwebhooks.webhooks import Webhook

from claims import documents, selectors
from claims.models import ClaimVersion
from sources.fetch import FetchError, check_url
from webhooks.models import Delivery, DeliveryStatus, EventType, Subscriber

# Like the changes feed (claims.api.changes): a version is sent once every write that took a
# lower id has surely committed.
SETTLING = timedelta(seconds=5)
PLAN_BATCH = 500
# A receiver's answer is read only this far: the log keeps its start, for a person to read.
ANSWER_BYTES = 2000


class DeliveryError(Exception):
    """A POST that did not get a 2xx: the job queue tries again later."""


def _allow_private() -> bool:
    return bool(settings.TALLY_WEBHOOK_ALLOW_PRIVATE)


def subscriber_url_problem(url: str) -> str:
    """Why POSTs cannot go to `url`, or "": the address rules of article fetching (no loopback
    or private address unless TALLY_WEBHOOK_ALLOW_PRIVATE)."""
    try:
        check_url(url, allow_private=_allow_private())
    except FetchError as exc:
        return str(exc).replace(
            "fetching it is not allowed (TALLY_FETCH_ALLOW_PRIVATE)",
            "webhooks may not be sent there (TALLY_WEBHOOK_ALLOW_PRIVATE)",
        )
    return ""


def _check(subscriber: Subscriber) -> None:
    """What a new or changed subscriber must meet: its fields, and the address rules."""
    subscriber.full_clean()
    problem = subscriber_url_problem(subscriber.url)
    if problem:
        raise ValidationError({"url": problem})


@transaction.atomic
def subscriber_create(
    *, url: str, events: Collection[str], actor: User, description: str = ""
) -> Subscriber:
    """A new subscriber, sent every event of `events` from now on (not the past ones)."""
    if not actor.has_perm("webhooks.add_subscriber"):
        raise PermissionDenied("You may not add webhook subscribers.")
    subscriber = Subscriber(
        url=url, events=list(events), description=description.strip(), created_by=actor
    )
    _check(subscriber)
    newest = ClaimVersion.objects.aggregate(newest=Max("id"))["newest"]
    subscriber.after_version = newest or 0
    subscriber.save()
    return subscriber


@transaction.atomic
def subscriber_update(
    *,
    subscriber: Subscriber,
    actor: User,
    url: str,
    events: Collection[str],
    description: str = "",
    active: bool = True,
) -> Subscriber:
    """Change where a subscriber's POSTs go, which events it is sent and whether it is sent any,
    under the rules a new one meets. Its cursor stays: paused and made active again, it is sent
    the events it missed, in order."""
    if not actor.has_perm("webhooks.change_subscriber"):
        raise PermissionDenied("You may not change webhook subscribers.")
    locked = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    locked.url, locked.events = url, list(events)
    locked.description, locked.active = description.strip(), active
    _check(locked)
    locked.save(update_fields=["url", "events", "description", "active"])
    return locked


def deliveries_plan(*, now: datetime | None = None) -> list[Delivery]:
    """For each active subscriber, a Delivery for every settled version since its cursor whose
    event it asked for; the cursor moves past every version looked at. Safe to run twice at
    once: each subscriber is locked while its cursor moves, and a delivery exists once."""
    moment = now or timezone.now()
    planned: list[Delivery] = []
    for subscriber_id in Subscriber.objects.filter(active=True).values_list("id", flat=True):
        with transaction.atomic():
            # Two schedulers planning at once must not both read the same cursor.
            subscriber = Subscriber.objects.select_for_update().get(pk=subscriber_id)
            versions = selectors.public_changes(
                after=subscriber.after_version, settled_before=moment - SETTLING, limit=PLAN_BATCH
            )
            if not versions:
                continue
            wanted = set(subscriber.events)
            new = [
                Delivery(
                    subscriber=subscriber,
                    version=version,
                    event_type=EventType.for_kind(version.kind),
                )
                for version in versions
                if EventType.for_kind(version.kind) in wanted
            ]
            Delivery.objects.bulk_create(new, ignore_conflicts=True)
            planned += list(
                Delivery.objects.filter(subscriber=subscriber, version__in=[d.version for d in new])
            )
            subscriber.after_version = versions[-1].pk
            subscriber.save(update_fields=["after_version"])
    return planned


def payload(delivery: Delivery) -> dict[str, Any]:
    """The body of a delivery's POST, in Standard Webhooks' shape: the event type, when the
    version was made, and the claim as that version left it (its frozen document)."""
    version = ClaimVersion.objects.get(pk=delivery.version_id)
    site = str(settings.TALLY_SITE_URL).rstrip("/")
    return {
        "type": delivery.event_type,
        "timestamp": version.created_at.isoformat().replace("+00:00", "Z"),
        "data": {
            "version": version.version,
            "kind": version.kind,
            "note": version.note,
            "claim": documents.frozen_document(version.document, prefix=site),
        },
    }


def delivery_send(*, delivery: Delivery, now: datetime | None = None) -> Delivery:
    """POST the delivery, signed, and record what happened. A 2xx marks it delivered; anything
    else is recorded and raised (DeliveryError), for the job queue to try again later."""
    delivery = Delivery.objects.select_related("subscriber").get(pk=delivery.pk)
    if delivery.status == DeliveryStatus.DELIVERED:
        return delivery  # a retry of a POST that got through: never sent twice on purpose
    subscriber = delivery.subscriber
    moment = now or timezone.now()
    body = json.dumps(payload(delivery), separators=(",", ":"), ensure_ascii=False)
    signature = Webhook(subscriber.secret).sign(delivery.message_id, moment, body)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Tally-Webhooks/1",
        "webhook-id": delivery.message_id,
        "webhook-timestamp": str(int(moment.timestamp())),
        "webhook-signature": signature,
    }
    delivery.attempts += 1
    delivery.last_attempt_at = moment
    try:
        problem = subscriber_url_problem(subscriber.url)
        if problem:
            raise DeliveryError(problem)
        status, answer = _post(subscriber.url, body.encode(), headers)
    except DeliveryError as exc:
        delivery.last_status_code = None
        delivery.last_error = str(exc)
        delivery.save(
            update_fields=["attempts", "last_attempt_at", "last_status_code", "last_error"]
        )
        raise
    delivery.last_status_code = status
    if 200 <= status < 300:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = moment
        delivery.last_error = ""
        delivery.save()
        return delivery
    delivery.last_error = f"The receiver answered {status}: {answer[:ANSWER_BYTES]}"
    delivery.save()
    raise DeliveryError(delivery.last_error)


def delivery_give_up(*, delivery_id: int, error: str) -> None:
    """The job queue spent its retries: the delivery is marked failed, with the last error."""
    Delivery.objects.filter(pk=delivery_id).exclude(status=DeliveryStatus.DELIVERED).update(
        status=DeliveryStatus.FAILED, last_error=error[:ANSWER_BYTES]
    )


class _NoRedirects(request.HTTPRedirectHandler):
    """A webhook is POSTed where it was registered: a redirect is an answer, not a new address."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    opener = request.build_opener(_NoRedirects())
    req = request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - checked
    timeout = float(settings.TALLY_WEBHOOK_TIMEOUT)
    try:
        response: HTTPResponse
        with opener.open(req, timeout=timeout) as response:
            return response.status, response.read(ANSWER_BYTES).decode("utf-8", "replace")
    except error.HTTPError as exc:
        return exc.code, exc.read(ANSWER_BYTES).decode("utf-8", "replace")
    except (error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeliveryError(f"Cannot reach {url}: {reason}.") from exc
