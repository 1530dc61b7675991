"""REST API routes. (Filled in by the API work.)"""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
