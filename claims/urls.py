"""Public pages. (Filled in by the public pages work.)"""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
