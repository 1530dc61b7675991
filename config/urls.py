"""Top-level URL map."""

from django.contrib import admin
from django.urls import include, path

from core.resilience import healthz

admin.site.site_header = "Tally — fact-checkers' desk"
admin.site.site_title = "Tally admin"
admin.site.index_title = "Claims, figures and sources"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]
