"""Top-level URL map."""

from django.contrib import admin
from django.urls import path
from django.views.generic import RedirectView

admin.site.site_header = "Tally — fact-checkers' desk"
admin.site.site_title = "Tally admin"
admin.site.index_title = "Claims, figures and sources"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
]
