"""Top-level URL map."""

from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from core.resilience import healthz, readyz

admin.site.site_header = "Tally — fact-checkers' desk"
admin.site.site_title = "Tally admin"
admin.site.index_title = "Claims, figures and sources"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Suggestions moved from the claims app to intake: fact-checkers' bookmarks still work.
    re_path(
        r"^admin/claims/suggestion/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/intake/suggestion/%(rest)s", query_string=True),
    ),
    path("admin/", admin.site.urls),
    path("api/", include("claims.api.urls")),
    path("", include("claims.urls")),
]
