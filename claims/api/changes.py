"""The changes feed: every publication, correction, retraction and shared-record update of a
public claim, in the order they happened, resumable from a cursor, so that a consumer keeps a
copy in step by reading only what changed since it last asked."""

from datetime import timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import selectors
from claims.api.schema import read_errors
from claims.models import ClaimVersion, VersionKind
from core.ids import MAX_ID, parse_id

PAGE_SIZE = 100
# How long a write may stay open between taking its id and committing (claims' writes are
# short transactions): the feed shows a change once this much older than the request.
SETTLING = timedelta(seconds=5)


class ChangeSerializer(serializers.Serializer[Any]):
    cursor = serializers.SerializerMethodField(help_text="Resume after this change: ?since=.")
    claim = serializers.IntegerField(source="claim_id", read_only=True)
    version = serializers.IntegerField(read_only=True)
    kind = serializers.ChoiceField(choices=VersionKind.choices, read_only=True)
    note = serializers.CharField(read_only=True)
    at = serializers.DateTimeField(source="created_at", read_only=True)
    claim_url = serializers.SerializerMethodField(help_text="The claim as it is now.")
    document = serializers.SerializerMethodField(help_text="The claim as this change left it.")

    def get_cursor(self, change: ClaimVersion) -> str:
        return str(change.pk)

    def get_claim_url(self, change: ClaimVersion) -> str:
        return self._absolute(reverse("api:claim-detail", args=[change.claim_id]))

    def get_document(self, change: ClaimVersion) -> str:
        return self._absolute(reverse("api:claim-version", args=[change.claim_id, change.version]))

    def _absolute(self, path: str) -> str:
        return str(self.context["request"].build_absolute_uri(path))


class ChangesPageSerializer(serializers.Serializer[Any]):
    changes = ChangeSerializer(many=True)
    next = serializers.CharField(
        help_text="The cursor to ask with next time (?since=): the last change's, or the one "
        "you sent when there is nothing new."
    )
    more = serializers.BooleanField(help_text="Whether more changes wait: ask again at once.")


class ChangesView(APIView):
    @extend_schema(
        summary="What changed, in order",
        description="Every publication, correction, retraction and update of a public claim "
        "(a shared record it shows, such as its metric or claimant, changed), oldest first, "
        f"{PAGE_SIZE} at a time. Start without `since`; then send the `next` you got. A change "
        f"appears about {SETTLING.seconds} seconds after it is made, so that none is skipped.",
        parameters=[
            OpenApiParameter(
                "since",
                {"type": "integer", "minimum": 0, "maximum": MAX_ID},
                description="The cursor of the last change you have (`next` of your last call).",
            )
        ],
        responses={200: ChangesPageSerializer, **read_errors()},
    )
    def get(self, request: Request) -> Response:
        raw = request.query_params.get("since")
        after = 0
        if raw is not None and raw != "0":  # "0": the `next` of a feed that had no change yet
            cursor = parse_id(raw)
            if cursor is None:
                raise ValidationError(
                    {
                        "since": [
                            f"“{raw[:40]}” is not a cursor this feed gave: send `next` as given."
                        ]
                    }
                )
            after = cursor
        rows = selectors.public_changes(
            after=after, settled_before=timezone.now() - SETTLING, limit=PAGE_SIZE + 1
        )
        more, rows = len(rows) > PAGE_SIZE, rows[:PAGE_SIZE]
        return Response(
            {
                "changes": ChangeSerializer(rows, many=True, context={"request": request}).data,
                "next": str(rows[-1].pk) if rows else str(after),
                "more": more,
            }
        )
