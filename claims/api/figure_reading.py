"""What a figure typed as an article writes it would be stored as, asked before saving it: the
API's side of the admin's "We read this as" (claims.figure_input reads it; nothing is stored)."""

from typing import Any

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.api.schema import DETAIL, FIELD_ERRORS
from claims.api.serializers import WRITTEN_HELP, decimal
from claims.figure_input import FigureInputError, read_figure
from claims.models import Qualifier, Unit


class FigureReadInput(serializers.Serializer[Any]):
    written = serializers.CharField(max_length=200, help_text=WRITTEN_HELP)


class FigureReadingSerializer(serializers.Serializer[Any]):
    written = serializers.CharField(help_text="The text as sent.")
    value = decimal(help_text="At full scale: “1.3 billion” is 1300000000.")
    unit = serializers.ChoiceField(choices=Unit.choices)
    currency = serializers.CharField(help_text="ISO 4217 code, for money only; else empty.")
    qualifier = serializers.ChoiceField(choices=Qualifier.choices)
    as_written = serializers.CharField(help_text="What `as_written` would store.")
    display = serializers.CharField(help_text="The figure as pages will show it.")
    summary = serializers.CharField(
        help_text="What was understood, in full: “$240 million — 240,000,000 USD, exactly”."
    )


class FigureReadView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        summary="Read a figure as written, without saving it",
        description="What a figure sent as `written` (to POST /api/v1/claims/{id}/figures/, "
        "PATCH /api/v1/figures/{id}/ or a correction) would be stored as: its value at full "
        "scale, unit, currency and qualifier. A text that is not exactly one figure is refused "
        "with 400 naming `written` and saying why. Nothing is stored.",
        request=FigureReadInput,
        responses={
            200: FigureReadingSerializer,
            400: FIELD_ERRORS,
            **{code: DETAIL[code] for code in (401, 403, 429)},
        },
        examples=[
            OpenApiExample("Money", value={"written": "$240 million"}, request_only=True),
            OpenApiExample("Nearly", value={"written": "nearly 46%"}, request_only=True),
        ],
    )
    def post(self, request: Request) -> Response:
        given = FigureReadInput(data=request.data)
        given.is_valid(raise_exception=True)
        written = given.validated_data["written"]
        reading = read_figure(written)
        if isinstance(reading, FigureInputError):
            raise serializers.ValidationError({"written": [reading.message]})
        answer = {
            "written": written,
            "value": reading.value,
            "unit": reading.unit,
            "currency": reading.currency,
            "qualifier": reading.qualifier,
            "as_written": reading.as_written,
            "display": reading.display,
            "summary": reading.summary,
        }
        return Response(FigureReadingSerializer(answer).data)
