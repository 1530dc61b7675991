"""Cursor pagination: stable pages over a list that changes while a client walks it."""

from typing import Any

from rest_framework import serializers
from rest_framework.pagination import CursorPagination
from rest_framework.request import Request

MAX_PAGE_SIZE = 100


class ClaimCursorPagination(CursorPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering: tuple[str, ...] = ("-updated_at", "-id")

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= self.max_page_size:
            # Refused rather than quietly clamped, so a client learns its pages are not that long.
            raise serializers.ValidationError(
                {self.page_size_query_param: [f"Give a whole number from 1 to {MAX_PAGE_SIZE}."]}
            )
        return size

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.cursor_query_param:
                parameter["description"] = (
                    "The `next` or `previous` link's cursor; one this API did not give is 404."
                )
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(
                    {"minimum": 1, "maximum": self.max_page_size, "default": self.page_size}
                )
        return parameters


class FigureCursorPagination(ClaimCursorPagination):
    ordering = ("-id",)


class NameCursorPagination(ClaimCursorPagination):
    ordering = ("id",)
