"""HTTP caching rules for the API."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers


class VaryOnCredentialsMiddleware:
    """An API answer depends on who asks (anonymous clients see public claims only, staff see
    drafts), so a shared cache or CDN must keep one copy per credential, never serve a staff
    answer to the public."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path_info.startswith("/api/"):
            patch_vary_headers(response, ("Authorization", "Cookie"))
        return response
