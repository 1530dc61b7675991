"""The API's documentation pages, served with every asset from this server (no CDN, no web
fonts), so they work offline."""

from typing import Any

from django.http import HttpResponse
from django.template import engines
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularRedocView
from rest_framework.request import Request

# drf-spectacular's page, less the Google Fonts it links in <head>: Redoc falls back to the
# system's fonts.
REDOC_PAGE = engines["django"].from_string(
    """{% extends "drf_spectacular/redoc.html" %}
{% block head %}
<title>{{ title|default:"Redoc" }}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 0; }</style>
{% endblock head %}"""
)


class OfflineRedocView(SpectacularRedocView):
    @extend_schema(exclude=True)
    def get(self, request: Request, *args: Any, **kwargs: Any) -> HttpResponse:
        context = super().get(request, *args, **kwargs).data
        return HttpResponse(REDOC_PAGE.render(context, request))
