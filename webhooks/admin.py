"""Webhook subscribers (added by an administrator: URL, events; the secret shown to give to the
subscriber) and the log of every delivery."""

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils.html import format_html

from webhooks import services
from webhooks.models import Delivery, EventType, Subscriber


class SubscriberForm(forms.ModelForm):
    url = forms.URLField(max_length=500, assume_scheme="https")
    events = forms.MultipleChoiceField(
        choices=EventType.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Subscriber
        fields = ["url", "description", "events", "active"]

    def clean_url(self) -> str:
        url = str(self.cleaned_data["url"])
        problem = services.subscriber_url_problem(url)
        if problem:
            raise ValidationError(problem)
        return url


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    form = SubscriberForm
    list_display = ["url", "description", "event_list", "active", "created_at"]
    list_filter = ["active"]
    readonly_fields = ["signing_secret", "created_by", "created_at"]

    @admin.display(description="events")
    def event_list(self, subscriber: Subscriber) -> str:
        return ", ".join(subscriber.events)

    @admin.display(description="signing secret")
    def signing_secret(self, subscriber: Subscriber) -> str:
        if subscriber.pk is None:
            return "Made when you save."
        return format_html(
            "<code>{}</code><br>Give it to the subscriber: each POST is signed with it "
            "(Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature).",
            subscriber.secret,
        )

    def save_model(self, request: HttpRequest, obj: Subscriber, form: Any, change: bool) -> None:
        """Through the services, which check the rules again (the form checked them first and
        shows them on its fields: a refusal here is a race, or a permission just withdrawn)."""
        user: Any = request.user
        try:
            if change:
                services.subscriber_update(
                    subscriber=obj,
                    actor=user,
                    url=obj.url,
                    events=obj.events,
                    description=obj.description,
                    active=obj.active,
                )
                return
            created = services.subscriber_create(
                url=obj.url, events=obj.events, description=obj.description, actor=user
            )
        except (ValidationError, PermissionDenied) as exc:
            raise PermissionDenied(str(exc)) from exc
        obj.pk, obj.secret, obj.created_by = created.pk, created.secret, created.created_by
        obj.after_version, obj.created_at = created.after_version, created.created_at


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "subscriber",
        "event_type",
        "status",
        "attempts",
        "last_status_code",
    ]
    list_filter = ["status", "event_type", "subscriber"]
    list_select_related = ["subscriber"]
    readonly_fields = [
        "subscriber",
        "version",
        "event_type",
        "message_id",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "created_at",
        "last_attempt_at",
        "delivered_at",
    ]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
