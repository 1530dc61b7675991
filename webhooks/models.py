"""Who is told of changes (Subscriber), and each POST made to tell them (Delivery): the log a
subscriber's owner reads when they ask why they missed an event."""

import base64
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from claims.models import ClaimVersion, VersionKind


class EventType(models.TextChoices):
    """The events a subscriber may ask for: one per kind of frozen public version."""

    PUBLISHED = "claim.published", "A claim is published"
    CORRECTED = "claim.corrected", "A claim is corrected"
    RETRACTED = "claim.retracted", "A claim is retracted"
    UPDATED = "claim.updated", "A record a published claim shows changes (its metric, claimant…)"

    @classmethod
    def for_kind(cls, kind: str) -> "EventType":
        return cls(f"claim.{VersionKind(kind).value}")


def new_secret() -> str:
    """A Standard Webhooks signing secret: "whsec_" and 24 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


class Subscriber(models.Model):
    url = models.URLField(max_length=500, help_text="Where the POSTs go (https in production).")
    description = models.CharField(max_length=200, blank=True, help_text="Whose it is, and why.")
    events = models.JSONField(default=list, help_text="The event types it is sent.")
    secret = models.CharField(
        max_length=100,
        default=new_secret,
        editable=False,
        help_text="Signs each POST (Standard Webhooks): give it to the subscriber, once.",
    )
    active = models.BooleanField(default=True)
    # The changes feed's cursor for this subscriber: the id of the last frozen version it was
    # considered for. A new subscriber starts at the newest, so it is not sent the past.
    after_version = models.BigIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url", "id"]

    def __str__(self) -> str:
        return self.url

    def clean(self) -> None:
        if not isinstance(self.events, list) or not self.events:
            raise ValidationError({"events": "Choose at least one event."})
        unknown = [event for event in self.events if event not in EventType.values]
        if unknown:
            raise ValidationError(
                {"events": f"Unknown event types: {', '.join(map(str, unknown))}."}
            )


def new_message_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed (retries spent)"


class Delivery(models.Model):
    """One event for one subscriber, and what became of its POSTs."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    version = models.ForeignKey(ClaimVersion, on_delete=models.PROTECT, related_name="+")
    event_type = models.CharField(max_length=30, choices=EventType.choices)
    # The Standard Webhooks `webhook-id`: the same on every retry, so a receiver can de-duplicate.
    message_id = models.CharField(
        max_length=40, unique=True, default=new_message_id, editable=False
    )
    status = models.CharField(
        max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # Each event is planned for a subscriber once, whoever plans it (two schedulers).
            models.UniqueConstraint(fields=["subscriber", "version"], name="delivery_once"),
            models.CheckConstraint(
                condition=Q(status__in=DeliveryStatus.values), name="delivery_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=DeliveryStatus.DELIVERED) | Q(delivered_at__isnull=False),
                name="delivery_delivered_has_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event_type} → {self.subscriber} ({self.status})"
