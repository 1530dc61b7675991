"""REST API routes, under /api/: the versioned API, its OpenAPI schema and documentation."""

from django.urls import URLPattern, URLResolver, include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from claims.api import views
from claims.api.changes import ChangesView
from claims.api.docs import OfflineRedocView
from claims.api.figure_reading import FigureReadView
from claims.api.observations import ObservationFeedViewSet

app_name = "api"

router = DefaultRouter()
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("figures", views.FigureViewSet, basename="figure")
router.register("citations", views.CitationViewSet, basename="citation")
router.register("metrics", views.MetricViewSet, basename="metric")
router.register("sources", views.SourceViewSet, basename="source")
router.register("entities", views.EntityViewSet, basename="entity")
router.register("claimreviews", views.ClaimReviewFeedViewSet, basename="claimreview")
router.register("observations", ObservationFeedViewSet, basename="observation")

urlpatterns: list[URLPattern | URLResolver] = [
    path("v1/figures/read/", FigureReadView.as_view(), name="figure-read"),  # before figures/<id>/
    path("v1/", include(router.urls)),
    path("v1/changes/", ChangesView.as_view(), name="changes"),
    path("v1/token/", views.TokenView.as_view(), name="token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves Swagger UI's start-up script as a file: the CSP allows no inline script.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("redoc/", OfflineRedocView.as_view(url_name="api:schema"), name="redoc"),
    re_path(r"^(?P<path>.*)$", views.api_not_found),
]
