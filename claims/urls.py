"""Public pages and embeddable cards."""

from django.urls import path, register_converter
from django.views.generic import RedirectView

from claims.feeds import ChangesFeed, CorrectionsFeed
from claims.views import cards, pages, versions
from core.ids import IdConverter

register_converter(IdConverter, "id")

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="claim_index"), name="home"),
    path("claims/", pages.claim_index, name="claim_index"),
    path("claims/<id:pk>/", pages.claim_page, name="claim_page"),
    path(
        "claims/<id:pk>/versions/<id:number>/",
        versions.claim_version_page,
        name="claim_version_page",
    ),
    path("claims/<id:pk>/<slug:slug>/", pages.claim_page_slug, name="claim_page_slug"),
    path("sources/<id:pk>/", pages.source_page, name="source_page"),
    path("methodology/", pages.methodology, name="methodology"),
    path("corrections/", pages.corrections, name="corrections"),
    path("corrections/feed/", CorrectionsFeed(), name="corrections_feed"),
    path("changes/feed/", ChangesFeed(), name="changes_feed"),
    path("embed/claims/<id:pk>/", cards.claim_card, name="claim_card"),
    path("embed/resize.js", cards.embed_resize_script, name="embed_resize_script"),
    path("oembed", cards.oembed, name="oembed"),
]
