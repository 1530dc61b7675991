"""The API's routes for its tests, with a stand-in for the public claim page while (or if) the
real one is not routed: the API links to it by the name "claim_page"."""

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver, include, path


def claim_page_stand_in(request: HttpRequest, pk: int) -> HttpResponse:
    return HttpResponse(f"claim {pk}")


urlpatterns: list[URLPattern | URLResolver] = [
    path("api/", include("claims.api.urls")),
    path("claims/<int:pk>/", claim_page_stand_in, name="claim_page"),
]
